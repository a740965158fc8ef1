#include "ui/transferdialog.h"

#include "protocol/supervisionmessages.h"
#include "ui/presenceselector.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

enum TargetRole { AgentIdRole = Qt::UserRole + 1, QueueRole };

} // namespace

TransferDialog::TransferDialog(sync::AgentWorkspace &workspace, const QString &customerName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer %1").arg(customerName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pass %1 to a colleague or a queue. They read your note first and see the "
                                "whole conversation, so the customer never has to repeat anything.")
                                 .arg(customerName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(tr("Loading colleagues and queues…"), this);
    m_status->setObjectName(QStringLiteral("transferStatus"));
    layout->addWidget(m_status);
    m_targets = new QListWidget(this);
    m_targets->setObjectName(QStringLiteral("transferTargets"));
    m_targets->setMinimumHeight(180);
    layout->addWidget(m_targets, 1);
    auto *noteLabel = new QLabel(tr("&Why are you passing this on?"), this);
    layout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("transferNote"));
    m_note->setPlaceholderText(tr("For example: refund approved, the returns team books the pickup"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_note->installEventFilter(this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    m_counter = new QLabel(this);
    m_counter->setAlignment(Qt::AlignRight);
    layout->addWidget(m_counter);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Transfer (Ctrl+Enter)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_targets, &QListWidget::currentRowChanged, this, &TransferDialog::refreshButtons);
    connect(m_note, &QPlainTextEdit::textChanged, this, &TransferDialog::refreshButtons);
    connect(&workspace, &sync::AgentWorkspace::transferTargetsLoaded, this, &TransferDialog::showTargets);
    connect(&workspace, &sync::AgentWorkspace::operationFailed, this,
            [this](const QString &operation, const protocol::Error &) {
                if (operation == protocol::TransferTargetsRequest::type)
                    m_status->setText(tr("Could not load colleagues. Close this and try again when you are "
                                         "back online."));
            });
    refreshButtons();
    resize(460, 480);
    workspace.loadTransferTargets();
}

void TransferDialog::showTargets(const sync::TransferTargets &targets)
{
    m_targets->clear();
    QList<core::RosterEntry> colleagues = targets.colleagues;
    // Available colleagues with the most room first; those who cannot take it last, greyed out.
    std::stable_sort(colleagues.begin(), colleagues.end(),
                     [](const core::RosterEntry &a, const core::RosterEntry &b) {
                         const auto rank = [](const core::RosterEntry &entry) {
                             switch (entry.presence) {
                             case core::Presence::Available:
                                 return 0;
                             case core::Presence::Busy:
                                 return 1;
                             case core::Presence::Away:
                                 return 2;
                             case core::Presence::Offline:
                                 break;
                             }
                             return 3;
                         };
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         return a.active - a.capacity < b.active - b.capacity;
                     });
    for (const core::RosterEntry &colleague : colleagues) {
        auto *item = new QListWidgetItem(presenceIcon(colleague.presence),
                                         tr("%1 — %2 · %3 of %4 conversations")
                                             .arg(colleague.name, presenceLabel(colleague.presence))
                                             .arg(colleague.active)
                                             .arg(colleague.capacity),
                                         m_targets);
        item->setData(AgentIdRole, colleague.agentId);
        const bool reachable =
            colleague.presence == core::Presence::Available || colleague.presence == core::Presence::Busy;
        if (!reachable) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 is %2: the customer would wait unseen")
                                 .arg(colleague.name, presenceLabel(colleague.presence).toLower()));
        }
    }
    for (const sync::TransferTargets::Queue &queue : targets.queues) {
        auto *item = new QListWidgetItem(queue.teamName.isEmpty()
                                             ? tr("Queue: %1").arg(queue.name)
                                             : tr("Queue: %1 (%2)").arg(queue.name, queue.teamName),
                                         m_targets);
        item->setData(QueueRole, queue.name);
        item->setToolTip(tr("The customer waits there for whoever is free next"));
    }
    m_status->setText(m_targets->count() > 0 ? tr("Choose who takes over:")
                                             : tr("Nobody else can take this conversation right now."));
    for (int row = 0; row < m_targets->count(); ++row) {
        if (m_targets->item(row)->flags() & Qt::ItemIsEnabled) {
            m_targets->setCurrentRow(row);
            break;
        }
    }
    refreshButtons();
}

void TransferDialog::refreshButtons()
{
    const qsizetype length = m_note->toPlainText().trimmed().size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(protocol::maxTransferNoteLength));
    m_counter->setStyleSheet(length > protocol::maxTransferNoteLength ? QStringLiteral("color: #b3261e;")
                                                                      : QString());
    const QListWidgetItem *current = m_targets->currentItem();
    const bool chosen = current && (current->flags() & Qt::ItemIsEnabled);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(chosen && length > 0 && length <= protocol::maxTransferNoteLength);
}

bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

qint64 TransferDialog::toAgentId() const
{
    const QListWidgetItem *current = m_targets->currentItem();
    return current ? current->data(AgentIdRole).toLongLong() : 0;
}

QString TransferDialog::toQueue() const
{
    const QListWidgetItem *current = m_targets->currentItem();
    return current ? current->data(QueueRole).toString() : QString();
}

QString TransferDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace warmline::ui
