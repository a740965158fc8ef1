#include "ui/transferdialog.h"

#include "protocol/supervisionmessages.h"
#include "sync/transfertargetmodel.h"
#include "ui/presenceselector.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::TransferTargetModel;

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
    m_model = new TransferTargetModel(this);
    auto *icons = new PresenceIconProxy(TransferTargetModel::PresenceRole, this);
    icons->setSourceModel(m_model);
    m_targets = new QListView(this);
    m_targets->setObjectName(QStringLiteral("transferTargets"));
    m_targets->setModel(icons);
    m_targets->setUniformItemSizes(true);
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

    connect(m_targets->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransferDialog::refreshButtons);
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
    m_model->setTargets(targets);
    m_status->setText(m_model->rowCount() > 0 ? tr("Choose who takes over:")
                                              : tr("Nobody else can take this conversation right now."));
    if (const int row = m_model->firstReachableRow(); row >= 0)
        m_targets->setCurrentIndex(m_targets->model()->index(row, 0));
    refreshButtons();
}

void TransferDialog::refreshButtons()
{
    const qsizetype length = m_note->toPlainText().trimmed().size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(protocol::maxTransferNoteLength));
    m_counter->setStyleSheet(length > protocol::maxTransferNoteLength ? QStringLiteral("color: #b3261e;")
                                                                      : QString());
    const bool chosen = m_targets->currentIndex().data(TransferTargetModel::ReachableRole).toBool();
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
    return m_targets->currentIndex().data(TransferTargetModel::AgentIdRole).toLongLong();
}

QString TransferDialog::toQueue() const
{
    return m_targets->currentIndex().data(TransferTargetModel::QueueRole).toString();
}

QString TransferDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace warmline::ui
