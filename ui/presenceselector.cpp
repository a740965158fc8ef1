#include "ui/presenceselector.h"

#include "sync/agentworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QPainter>
#include <QPixmap>

namespace warmline::ui {

namespace {

constexpr std::array chosen{core::Presence::Available, core::Presence::Busy, core::Presence::Away};

} // namespace

QString presenceLabel(core::Presence presence)
{
    switch (presence) {
    case core::Presence::Available:
        return PresenceSelector::tr("Available");
    case core::Presence::Busy:
        return PresenceSelector::tr("Busy");
    case core::Presence::Away:
        return PresenceSelector::tr("Away");
    case core::Presence::Offline:
        return PresenceSelector::tr("Offline");
    }
    return {};
}

QColor presenceColor(core::Presence presence)
{
    switch (presence) {
    case core::Presence::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case core::Presence::Busy:
        return QColor(0xc6, 0x28, 0x28);
    case core::Presence::Away:
        return QColor(0xef, 0x8f, 0x00);
    case core::Presence::Offline:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QIcon presenceIcon(core::Presence presence)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(presenceColor(presence));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(dot);
}

QVariant PresenceIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QVariant presence = QIdentityProxyModel::data(index, m_presenceRole);
        if (presence.isValid())
            return presenceIcon(core::Presence(presence.toInt()));
    }
    return QIdentityProxyModel::data(index, role);
}

PresenceSelector::PresenceSelector(sync::AgentWorkspace &workspace, QWidget *parent)
    : QComboBox(parent)
    , m_workspace(workspace)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("presenceSelector"));
    setToolTip(tr("Your status: customers are offered to you only while you are available"));
    int shortcut = 1;
    for (const core::Presence presence : chosen) {
        addItem(presenceIcon(presence), presenceLabel(presence), int(presence));
        auto *action = new QAction(presenceIcon(presence), presenceLabel(presence), this);
        action->setCheckable(true);
        action->setData(int(presence));
        action->setShortcut(QKeySequence(tr("Ctrl+Alt+%1").arg(shortcut++)));
        m_group->addAction(action);
        m_actions.append(action);
        connect(action, &QAction::triggered, this, [this, presence] { m_workspace.setPresence(presence); });
    }
    connect(this, &QComboBox::activated, this,
            [this](int index) { m_workspace.setPresence(core::Presence(itemData(index).toInt())); });
    connect(&m_workspace, &sync::AgentWorkspace::presenceChanged, this, &PresenceSelector::show);
    show(m_workspace.presence());
}

void PresenceSelector::show(core::Presence presence)
{
    const int index = findData(int(presence));
    if (index >= 0)
        setCurrentIndex(index);
    for (QAction *action : std::as_const(m_actions))
        action->setChecked(action->data().toInt() == int(presence));
}

} // namespace warmline::ui
