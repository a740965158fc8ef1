#include "ui/approvalspanel.h"

#include "core/money.h"
#include "sync/approvalsmodel.h"
#include "sync/compensationcontroller.h"
#include "sync/vocabularylabels.h"
#include "ui/channelpresentation.h"
#include "ui/compensationpanel.h"
#include "ui/errortext.h"

#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace warmline::ui {

using core::Money;

namespace {

QString money(Money amount)
{
    return core::formatMoney(amount, QLocale());
}

} // namespace

ApprovalsPanel::ApprovalsPanel(sync::ApprovalQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("approvalsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *pendingLabel = new QLabel(tr("<b>&Waiting for your answer</b>"), this);
    m_pendingModel = new sync::PendingApprovalsModel(this);
    m_pending = new QListView(this);
    m_pending->setModel(m_pendingModel);
    m_pending->setObjectName(QStringLiteral("pendingApprovals"));
    m_pending->setWordWrap(true);
    m_pending->setTextElideMode(Qt::ElideNone);
    m_pending->setResizeMode(QListView::Adjust);
    m_pending->setAlternatingRowColors(true);
    pendingLabel->setBuddy(m_pending);
    layout->addWidget(pendingLabel);
    layout->addWidget(m_pending, 2);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    m_amountsBox = new QGroupBox(tr("Amounts (change them to amend)"), this);
    m_amounts = new QFormLayout(m_amountsBox);
    layout->addWidget(m_amountsBox);

    auto *commentLabel = new QLabel(tr("&Comment for the agent:"), this);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setMaxLength(500);
    m_comment->setPlaceholderText(tr("Needed to amend or reject"));
    commentLabel->setBuddy(m_comment);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    connect(m_comment, &QLineEdit::textChanged, this, &ApprovalsPanel::refreshButtons);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_amend = new QPushButton(tr("A&mend"), this);
    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_reject = new QPushButton(tr("Re&ject"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_reject);
    layout->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPanel::approve);
    connect(m_amend, &QPushButton::clicked, this, &ApprovalsPanel::amend);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPanel::reject);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("approvalFeedback"));
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);

    layout->addWidget(new QLabel(tr("<b>Answered lately</b>"), this));
    m_answeredModel = new sync::AnsweredApprovalsModel(this);
    m_answered = new QListView(this);
    m_answered->setModel(m_answeredModel);
    m_answered->setObjectName(QStringLiteral("answeredApprovals"));
    m_answered->setWordWrap(true);
    m_answered->setTextElideMode(Qt::ElideNone);
    m_answered->setResizeMode(QListView::Adjust);
    layout->addWidget(m_answered, 1);

    connect(&m_queue, &sync::ApprovalQueue::changed, this, &ApprovalsPanel::refreshLists);
    connect(&m_queue, &sync::ApprovalQueue::arrived, this, [this](const core::Compensation &request) {
        if (request.agentId != m_queue.myId() && m_queue.canAnswer()) {
            QApplication::alert(window());
            emit requestArrived();
        }
    });
    connect(&m_queue, &sync::ApprovalQueue::answeredByMe, this, [this](const core::Compensation &c) {
        showFeedback(compensationStateText(c));
        m_comment->clear();
    });
    connect(&m_queue, &sync::ApprovalQueue::failed, this, [this](const protocol::Error &error) {
        if (error.code == protocol::ErrorCode::OverAuthority)
            showFeedback(
                tr("This is above your own authority. Amend it to less, or leave it to an administrator."),
                true);
        else if (error.code == protocol::ErrorCode::InvalidState)
            showFeedback(tr("Someone answered this request already. The list shows what they decided."),
                         true);
        else
            showFeedback(errorText(error), true);
    });
    connect(m_pending->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_refreshing)
            showSelected();
    });
    connect(&m_clock, &QTimer::timeout, this, &ApprovalsPanel::refreshLists);
    m_clock.start(30000);
    refreshLists();
}

int ApprovalsPanel::pendingCount() const
{
    return int(m_queue.pending().size());
}

void ApprovalsPanel::showFeedback(const QString &text, bool problem)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                      : QStringLiteral("color: #1b5e20;"));
}

qint64 ApprovalsPanel::selectedId() const
{
    return m_pending->currentIndex().data(sync::PendingApprovalsModel::CompensationIdRole).toLongLong();
}

void ApprovalsPanel::refreshLists()
{
    const qint64 keep = selectedId();
    {
        const QScopedValueRollback refreshing(m_refreshing, true);
        m_pendingModel->setMyId(m_queue.myId());
        m_pendingModel->setNow(QDateTime::currentMSecsSinceEpoch());
        m_pendingModel->setRequests(m_queue.pending());
        // When the request on screen was answered, the next one is the oldest, not its neighbour.
        QModelIndex current = m_pendingModel->indexOfKey(keep);
        if (!current.isValid())
            current = m_pendingModel->index(0, 0);
        if (current != m_pending->currentIndex())
            m_pending->setCurrentIndex(current);
    }
    m_answeredModel->setAnswers(m_queue.answered());
    if (m_pendingModel->rowCount() == 0 && m_queue.canAnswer())
        m_detail->setText(tr("Nothing is waiting. New requests appear here the moment an agent asks."));
    showSelected();
}

void ApprovalsPanel::showSelected()
{
    const auto request = m_queue.request(selectedId());
    if (!request || request->status != core::CompensationStatus::PendingApproval) {
        m_shownId = 0;
        while (m_amounts->rowCount() > 0)
            m_amounts->removeRow(0);
        m_amountEditors.clear();
        m_amountsBox->setVisible(false);
        if (m_pendingModel->rowCount() > 0)
            m_detail->clear();
        refreshButtons();
        return;
    }
    // The approver weighs the request against the order: its value and what it already got (on any
    // of its complaints), so nobody approves a second full refund by accident.
    const Money left = core::orderRoom(request->orderAmount, request->orderGiven);
    const QString order = request->orderGiven > Money()
                              ? tr("Order %1 · already given or held on it: %2 · %3 left")
                                    .arg(money(request->orderAmount), money(request->orderGiven), money(left))
                              : tr("Order %1 · nothing given on it yet").arg(money(request->orderAmount));
    m_detail->setText(
        tr("<b>%1</b> for %2 (%3)<br>%4<br>%5<br>Reason: “%6”")
            .arg(remediesText(request->remedies).toHtmlEscaped(), request->customerName.toHtmlEscaped(),
                 sync::complaintCategoryLabel(request->complaintCategory).toHtmlEscaped(),
                 order.toHtmlEscaped(),
                 tr("asked by %1 at %2")
                     .arg(request->agentName.toHtmlEscaped(), sync::dateTimeLabel(request->createdAtMs)),
                 request->reason.toHtmlEscaped()));
    if (m_shownId != request->id) {
        m_shownId = request->id;
        while (m_amounts->rowCount() > 0)
            m_amounts->removeRow(0);
        m_amountEditors.clear();
        for (const core::Remedy &remedy : request->remedies) {
            auto *editor = new QLineEdit(core::formatAmount(remedy.cost, QLocale()), m_amountsBox);
            editor->setObjectName(QStringLiteral("amendAmount_%1").arg(core::remedyKey(remedy.kind)));
            connect(editor, &QLineEdit::textEdited, this, &ApprovalsPanel::refreshButtons);
            m_amountEditors.insert(int(remedy.kind), editor);
            m_amounts->addRow(sync::resolutionLabel(core::remedyKey(remedy.kind)) + QStringLiteral(" (¥)"),
                              editor);
        }
    }
    m_amountsBox->setVisible(!m_amountEditors.isEmpty());
    refreshButtons();
}

std::optional<QList<core::Remedy>> ApprovalsPanel::amendedRemedies() const
{
    const auto request = m_queue.request(m_shownId);
    if (!request)
        return std::nullopt;
    QList<core::Remedy> remedies;
    for (const core::Remedy &remedy : request->remedies) {
        QLineEdit *editor = m_amountEditors.value(int(remedy.kind));
        const auto amount =
            editor ? core::parseAmount(editor->text(), QLocale()) : std::optional<Money>(remedy.cost);
        if (!amount || amount->minor() <= 0) {
            if (editor)
                editor->setStyleSheet(QStringLiteral("background: #fde7e7;"));
            return std::nullopt;
        }
        if (editor)
            editor->setStyleSheet(QString());
        remedies.append(core::remedyWithCost(remedy.kind, *amount, {}));
    }
    return remedies;
}

void ApprovalsPanel::refreshButtons()
{
    const auto request = m_queue.request(m_shownId);
    const bool answerable = request && m_queue.canAnswer() && request->agentId != m_queue.myId();
    const bool commented = !m_comment->text().trimmed().isEmpty();
    const auto amended = amendedRemedies();
    const bool changed = amended && request && core::totalCost(*amended) != request->amount;
    m_approve->setEnabled(answerable && !changed);
    m_amend->setEnabled(answerable && changed && commented);
    m_reject->setEnabled(answerable && commented);
    m_comment->setEnabled(answerable);
    if (request && request->agentId == m_queue.myId())
        showFeedback(tr("This is your own request: another supervisor or an administrator answers it."));
}

void ApprovalsPanel::approve()
{
    if (m_shownId)
        m_queue.approve(m_shownId, m_comment->text());
}

void ApprovalsPanel::amend()
{
    const auto remedies = amendedRemedies();
    if (m_shownId && remedies)
        m_queue.amend(m_shownId, *remedies, m_comment->text());
}

void ApprovalsPanel::reject()
{
    if (m_shownId)
        m_queue.reject(m_shownId, m_comment->text());
}

} // namespace warmline::ui
