#pragma once

#include "core/presence.h"

#include <QComboBox>
#include <QIdentityProxyModel>
#include <QList>

class QAction;
class QActionGroup;

namespace warmline::sync {
class AgentWorkspace;
}

namespace warmline::ui {

QString presenceLabel(core::Presence presence);
QColor presenceColor(core::Presence presence);
QIcon presenceIcon(core::Presence presence);

// Adds the presence light (Qt::DecorationRole) to the rows of a list whose `presenceRole` holds a
// core::Presence as int; rows without one are left as they are.
class PresenceIconProxy final : public QIdentityProxyModel
{
public:
    PresenceIconProxy(int presenceRole, QObject *parent = nullptr)
        : QIdentityProxyModel(parent)
        , m_presenceRole(presenceRole)
    {
    }
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_presenceRole;
};

// The agent's own status in the status bar — available, busy, away — with the same choice as
// menu actions (Ctrl+Alt+1/2/3). Routing offers customers only to available agents; supervisors
// see the choice at once.
class PresenceSelector final : public QComboBox
{
    Q_OBJECT
public:
    explicit PresenceSelector(sync::AgentWorkspace &workspace, QWidget *parent = nullptr);

    // Checkable actions for a menu, kept in step with the box.
    QList<QAction *> actions() const { return m_actions; }

private:
    void show(core::Presence presence);

    sync::AgentWorkspace &m_workspace;
    QActionGroup *m_group = nullptr;
    QList<QAction *> m_actions;
};

} // namespace warmline::ui
