#include "ui/compensationpanel.h"

#include "core/money.h"
#include "protocol/messages.h"
#include "sync/agentworkspace.h"
#include "sync/compensationcontroller.h"
#include "sync/compensationdraft.h"
#include "sync/vocabularylabels.h"
#include "ui/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace warmline::ui {

using core::AuthorityCheck;
using core::CompensationStatus;
using core::Money;
using sync::CompensationController;

namespace {

QString money(Money amount)
{
    return core::formatMoney(amount, QLocale());
}

QString when(qint64 ms)
{
    return sync::dateTimeLabel(ms);
}

QString markText(AuthorityCheck check)
{
    switch (check) {
    case AuthorityCheck::Within:
        return CompensationPanel::tr("✓ Within your authority");
    case AuthorityCheck::OverCaseLimit:
        return CompensationPanel::tr("Needs approval: above your case limit");
    case AuthorityCheck::OverDailyBudget:
        return CompensationPanel::tr("Needs approval: above today's budget");
    }
    return {};
}

// Deciding is immediate and cannot be taken back: from this amount on the agent confirms first.
// Smaller gestures (the essays' ¥5) never ask.
constexpr Money kConfirmDecisionsFrom = Money::fromMinor(2000);

QString markColor(AuthorityCheck check)
{
    return check == AuthorityCheck::Within ? QStringLiteral("#1b7a3a") : QStringLiteral("#a15c00");
}

void setMeter(QProgressBar *meter, Money value, Money maximum, const QString &text, bool over)
{
    const qint64 top = std::max<qint64>(1, maximum.minor());
    meter->setRange(0, int(std::min<qint64>(top, std::numeric_limits<int>::max())));
    meter->setValue(int(std::clamp<qint64>(value.minor(), 0, meter->maximum())));
    meter->setFormat(text);
    meter->setStyleSheet(over ? QStringLiteral("QProgressBar::chunk { background: #d9822b; }")
                              : QStringLiteral("QProgressBar::chunk { background: #3c8d5a; }"));
}

} // namespace

CompensationPanel::CompensationPanel(sync::AgentWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_controller(*workspace.compensation())
{
    setObjectName(QStringLiteral("compensationPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("compensationEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Everything wraps to the dock's width; nothing hides to the right.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);

    auto *complaintRow = new QHBoxLayout;
    auto *complaintLabel = new QLabel(tr("&Complaint:"), content);
    m_complaints = new QComboBox(content);
    m_complaints->setObjectName(QStringLiteral("complaintCombo"));
    complaintLabel->setBuddy(m_complaints);
    complaintRow->addWidget(complaintLabel);
    complaintRow->addWidget(m_complaints, 1);
    layout->addLayout(complaintRow);
    connect(m_complaints, &QComboBox::activated, this,
            [this](int index) { m_controller.selectComplaint(m_complaints->itemData(index).toLongLong()); });

    m_caseLabel = new QLabel(content);
    m_caseLabel->setWordWrap(true);
    m_caseMeter = new QProgressBar(content);
    m_caseMeter->setObjectName(QStringLiteral("caseMeter"));
    m_budgetLabel = new QLabel(content);
    m_budgetLabel->setWordWrap(true);
    m_budgetMeter = new QProgressBar(content);
    m_budgetMeter->setObjectName(QStringLiteral("budgetMeter"));
    for (QProgressBar *meter : {m_caseMeter, m_budgetMeter}) {
        meter->setTextVisible(true);
        meter->setAlignment(Qt::AlignCenter);
        meter->setMaximumHeight(fontMetrics().height() + 6);
    }
    m_orderLabel = new QLabel(content);
    m_orderLabel->setObjectName(QStringLiteral("orderGivenLabel"));
    m_orderLabel->setWordWrap(true);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_caseLabel);
    layout->addWidget(m_caseMeter);
    layout->addWidget(m_budgetLabel);
    layout->addWidget(m_budgetMeter);

    auto *optionsTitle = new QLabel(tr("<b>Options</b> — tick one, or several to combine them"), content);
    layout->addWidget(optionsTitle);
    auto *cards = new QWidget(content);
    m_cardsLayout = new QVBoxLayout(cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(4);
    layout->addWidget(cards);
    m_noRoom = new QLabel(content);
    m_noRoom->setObjectName(QStringLiteral("noRoomNotice"));
    m_noRoom->setWordWrap(true);
    m_noRoom->setStyleSheet(QStringLiteral("color: #a15c00;"));
    layout->addWidget(m_noRoom);

    m_amountsBox = new QGroupBox(tr("Amounts (you may adjust them)"), content);
    m_amounts = new QFormLayout(m_amountsBox);
    layout->addWidget(m_amountsBox);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("compensationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *reasonLabel = new QLabel(tr("&Reason (for the record):"), content);
    m_reason = new QLineEdit(content);
    m_reason->setObjectName(QStringLiteral("compensationReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. parcel five days late, customer needed it for a birthday"));
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &CompensationPanel::refreshState);

    auto *buttons = new QHBoxLayout;
    m_decide = new QPushButton(tr("&Decide"), content);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(
        tr("Give the ticked options together, now: within your authority it takes effect at once"));
    m_offer = new QPushButton(tr("O&ffer to customer"), content);
    m_offer->setObjectName(QStringLiteral("offerButton"));
    m_offer->setToolTip(tr("Let the customer choose one of the 2 or 3 ticked options"));
    m_approval = new QPushButton(tr("Ask for a&pproval"), content);
    m_approval->setObjectName(QStringLiteral("approvalButton"));
    m_approval->setToolTip(tr("Above your authority: a supervisor approves, amends or rejects it"));
    buttons->addWidget(m_decide);
    buttons->addWidget(m_offer);
    buttons->addWidget(m_approval);
    layout->addLayout(buttons);
    connect(m_decide, &QPushButton::clicked, this, &CompensationPanel::decide);
    connect(m_offer, &QPushButton::clicked, this, &CompensationPanel::offer);
    connect(m_approval, &QPushButton::clicked, this, &CompensationPanel::askApproval);
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_decide->isEnabled())
            decide();
        else if (m_approval->isEnabled())
            askApproval();
    });

    m_feedback = new QLabel(content);
    m_feedback->setObjectName(QStringLiteral("compensationFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    layout->addWidget(new QLabel(tr("<b>For this complaint</b>"), content));
    m_history = new QLabel(content);
    m_history->setObjectName(QStringLiteral("compensationHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_history);
    layout->addStretch(1);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    connect(&m_controller, &CompensationController::changed, this, &CompensationPanel::rebuild);
    connect(&m_controller, &CompensationController::stateChanged, this, &CompensationPanel::rebuild);
    connect(&m_controller, &CompensationController::busyChanged, this, &CompensationPanel::refreshState);
    connect(&m_controller, &CompensationController::done, this, &CompensationPanel::onDone);
    connect(&m_controller, &CompensationController::failed, this, &CompensationPanel::onFailed);
    connect(&m_controller, &CompensationController::updated, this, [this](const core::Compensation &c) {
        showFeedback(compensationStateText(c), c.status == CompensationStatus::Rejected);
    });
    rebuild();
}

QString CompensationPanel::feedbackText() const
{
    return m_feedback->text();
}

void CompensationPanel::showFeedback(const QString &text, bool problem)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                      : QStringLiteral("color: #1b5e20;"));
}

void CompensationPanel::rebuild()
{
    using State = CompensationController::State;
    switch (m_controller.state()) {
    case State::NoConversation:
        m_empty->setText(tr("Open a conversation to settle the customer's complaint here."));
        m_stack->setCurrentIndex(0);
        m_feedback->clear();
        return;
    case State::NoOrder:
        m_empty->setText(
            tr("This conversation is not linked to an order yet. In the Customer panel, select the "
               "order it is about and choose “Discuss this order”."));
        m_stack->setCurrentIndex(0);
        return;
    case State::NoComplaint:
        m_empty->setText(
            tr("No complaint is recorded for this order. In the Customer panel, select the order "
               "and use “Log complaint”; the options appear here."));
        m_stack->setCurrentIndex(0);
        return;
    case State::Loading:
        if (m_controller.options().isEmpty()) {
            m_empty->setText(tr("Loading the options…"));
            m_stack->setCurrentIndex(0);
            return;
        }
        break;
    case State::Ready:
        break;
    }
    m_stack->setCurrentIndex(1);
    // The complaint selector.
    m_complaints->clear();
    for (const core::ComplaintRow &complaint : m_controller.complaints()) {
        QString text = sync::complaintCategoryLabel(complaint.category) + QStringLiteral(" · ") +
                       sync::dateLabel(complaint.createdAtMs);
        if (!complaint.resolution.isEmpty())
            text +=
                QStringLiteral(" · ") + tr("resolved: %1").arg(sync::resolutionLabel(complaint.resolution));
        m_complaints->addItem(text, complaint.id);
        if (complaint.id == m_controller.complaintId())
            m_complaints->setCurrentIndex(m_complaints->count() - 1);
    }
    rebuildCards();
    refreshHistory();
    refreshState();
}

void CompensationPanel::rebuildCards()
{
    // Cards are rebuilt only when the options themselves change, so ticks survive a budget update.
    QStringList keys;
    for (const core::CompensationOption &option : m_controller.options())
        keys.append(option.key() + QLatin1Char(':') + QString::number(option.cost.minor()));
    const QString cardsKey = keys.join(QLatin1Char(','));
    const bool sameOptions = m_cardsForComplaint == m_controller.complaintId() && m_cardsKey == cardsKey;
    if (sameOptions)
        return; // only the authority marks may have moved: refreshState redraws them
    if (m_cardsForComplaint != m_controller.complaintId())
        m_editedText.clear();
    m_cardsForComplaint = m_controller.complaintId();
    m_cardsKey = cardsKey;
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_checks.clear();
    const auto &options = m_controller.options();
    for (int i = 0; i < options.size(); ++i) {
        const core::CompensationOption &option = options.at(i);
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("optionCard%1").arg(i));
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(8, 6, 8, 6);
        cardLayout->setSpacing(2);
        auto *top = new QHBoxLayout;
        QStringList names;
        for (const core::Remedy &remedy : option.remedies)
            names.append(sync::resolutionLabel(core::remedyKey(remedy.kind)));
        auto *check = new QCheckBox(names.join(QStringLiteral(" + ")), card);
        check->setObjectName(QStringLiteral("optionCheck%1").arg(i));
        QFont bold = check->font();
        bold.setBold(true);
        check->setFont(bold);
        auto *cost = new QLabel(money(option.cost), card);
        cost->setObjectName(QStringLiteral("optionCost"));
        cost->setFont(bold);
        top->addWidget(check, 1);
        top->addWidget(cost);
        cardLayout->addLayout(top);
        auto *bottom = new QHBoxLayout;
        auto *acceptance =
            new QLabel(tr("≈ %1 % of customers accepted this").arg(option.acceptancePercent), card);
        acceptance->setForegroundRole(QPalette::PlaceholderText);
        acceptance->setWordWrap(true);
        auto *mark = new QLabel(markText(option.authority), card);
        mark->setObjectName(QStringLiteral("authorityMark"));
        mark->setWordWrap(true);
        mark->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mark->setStyleSheet(QStringLiteral("color: %1;").arg(markColor(option.authority)));
        bottom->addWidget(acceptance, 1);
        bottom->addWidget(mark);
        cardLayout->addLayout(bottom);
        check->setToolTip(remediesText(option.remedies));
        connect(check, &QCheckBox::toggled, this, [this] {
            rebuildAmountEditors();
            refreshState();
        });
        m_checks.append(check);
        m_cardsLayout->addWidget(card);
    }
    rebuildAmountEditors();
}

QList<int> CompensationPanel::checkedOptions() const
{
    QList<int> checked;
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i)->isChecked())
            checked.append(i);
    }
    return checked;
}

void CompensationPanel::rebuildAmountEditors()
{
    for (QLineEdit *editor : std::as_const(m_amountEditors))
        m_editedText.insert(m_amountEditors.key(editor), editor->text());
    while (m_amounts->rowCount() > 0)
        m_amounts->removeRow(0);
    m_amountEditors.clear();
    const auto &options = m_controller.options();
    for (int index : checkedOptions()) {
        for (const core::Remedy &remedy : options.at(index).remedies) {
            const int kind = int(remedy.kind);
            if (m_amountEditors.contains(kind))
                continue;
            auto *editor = new QLineEdit(m_amountsBox);
            editor->setObjectName(QStringLiteral("amount_%1").arg(core::remedyKey(remedy.kind)));
            const core::AmountBounds bounds = m_controller.bounds(remedy.kind);
            editor->setText(m_editedText.value(kind, core::formatAmount(remedy.cost, QLocale())));
            editor->setToolTip(
                tr("In yuan, from %1 to %2").arg(money(bounds.minimum), money(bounds.maximum)));
            editor->setPlaceholderText(core::formatAmount(remedy.cost, QLocale()));
            connect(editor, &QLineEdit::textEdited, this, [this, kind](const QString &text) {
                m_editedText.insert(kind, text);
                refreshState();
            });
            m_amountEditors.insert(kind, editor);
            m_amounts->addRow(sync::resolutionLabel(core::remedyKey(remedy.kind)) + QStringLiteral(" (¥)"),
                              editor);
        }
    }
    m_amountsBox->setVisible(!m_amountEditors.isEmpty());
}

sync::CompensationDraft CompensationPanel::draft() const
{
    sync::CompensationDraft draft(m_controller.options());
    draft.setAuthority(m_controller.authority());
    draft.setOrder(m_controller.orderAmount(), m_controller.orderGiven());
    for (const core::CompensationOption &option : m_controller.options()) {
        for (const core::Remedy &remedy : option.remedies)
            draft.setBounds(remedy.kind, m_controller.bounds(remedy.kind));
    }
    for (int index : checkedOptions())
        draft.setChecked(index, true);
    for (auto it = m_amountEditors.cbegin(); it != m_amountEditors.cend(); ++it)
        draft.setTypedAmount(core::RemedyKind(it.key()), core::parseAmount(it.value()->text(), QLocale()));
    draft.setReason(m_reason->text());
    return draft;
}

void CompensationPanel::markAmountEditors(const sync::CompensationDraft &draft)
{
    for (auto it = m_amountEditors.cbegin(); it != m_amountEditors.cend(); ++it) {
        const bool ok = draft.isAmountAccepted(core::RemedyKind(it.key()));
        it.value()->setStyleSheet(ok ? QString() : QStringLiteral("background: #fde7e7;"));
    }
}

QString CompensationPanel::problemText(const sync::CompensationDraft &draft) const
{
    const sync::CompensationDraft::Validity validity = draft.validity();
    switch (validity.problem) {
    case sync::CompensationDraft::Problem::None:
        return {};
    case sync::CompensationDraft::Problem::AmountOutOfBounds:
        return tr("%1: enter an amount from %2 to %3.")
            .arg(sync::resolutionLabel(core::remedyKey(validity.kind)), money(validity.bounds.minimum),
                 money(validity.bounds.maximum));
    case sync::CompensationDraft::Problem::OverOrderRoom:
        return tr("That is more than this order can still get: %1 is left of its %2 "
                  "(%3 already given or held). Choose less.")
            .arg(money(validity.room), money(draft.orderAmount()), money(draft.orderGiven()));
    }
    return {};
}

void CompensationPanel::refreshCards(const sync::CompensationDraft &draft)
{
    // Each card shows what it costs with the amounts typed, and whether that is within authority.
    for (int i = 0; i < m_checks.size() && i < draft.options().size(); ++i) {
        QWidget *card = m_checks.at(i)->parentWidget();
        const AuthorityCheck check = draft.optionCheck(i);
        if (auto *label = card->findChild<QLabel *>(QStringLiteral("optionCost")))
            label->setText(money(draft.optionCost(i)));
        if (auto *mark = card->findChild<QLabel *>(QStringLiteral("authorityMark"))) {
            mark->setText(markText(check));
            mark->setStyleSheet(QStringLiteral("color: %1;").arg(markColor(check)));
        }
    }
}

void CompensationPanel::refreshMeters(const sync::CompensationDraft &draft)
{
    const core::AuthorityStatus &authority = draft.authority();
    const Money cost = draft.totalCost();
    m_caseLabel->setText(tr("Per case you may give up to <b>%1</b>").arg(money(authority.perCaseLimit)));
    setMeter(m_caseMeter, cost, authority.perCaseLimit,
             tr("this selection %1 of %2").arg(money(cost), money(authority.perCaseLimit)),
             cost > authority.perCaseLimit);
    const Money used = authority.spentToday + authority.heldToday;
    const Money remaining = authority.authority().remainingToday();
    m_budgetLabel->setText(tr("Today: %1 given, %2 held for customers' choices, <b>%3 left</b> of %4")
                               .arg(money(authority.spentToday), money(authority.heldToday), money(remaining),
                                    money(authority.dailyBudget)));
    setMeter(m_budgetMeter, used + cost, authority.dailyBudget,
             tr("%1 of %2 with this selection").arg(money(used + cost), money(authority.dailyBudget)),
             cost > remaining);
}

void CompensationPanel::refreshState()
{
    if (m_controller.state() != CompensationController::State::Ready &&
        m_controller.state() != CompensationController::State::Loading)
        return;
    const sync::CompensationDraft chosen = draft();
    markAmountEditors(chosen);
    refreshMeters(chosen);
    refreshCards(chosen);
    const Money room = chosen.orderRoom();
    m_orderLabel->setText(chosen.orderGiven() > Money()
                              ? tr("Order %1: %2 already given or held on it, <b>%3 left</b> to give.")
                                    .arg(money(chosen.orderAmount()), money(chosen.orderGiven()), money(room))
                              : tr("Order %1: nothing given on it yet.").arg(money(chosen.orderAmount())));
    m_noRoom->setVisible(chosen.options().isEmpty());
    m_noRoom->setText(chosen.orderIsFull()
                          ? tr("This order has already had its full value (%1). Nothing more can be given "
                               "on it; if the customer needs more, ask a supervisor what else can be done.")
                                .arg(money(chosen.orderAmount()))
                          : tr("No option fits the %1 that is left on this order.").arg(money(room)));
    const bool idle = !m_controller.isBusy();
    m_decide->setEnabled(idle && chosen.canDecide());
    m_approval->setEnabled(idle && chosen.canAskApproval());
    m_offer->setEnabled(idle && chosen.canOffer());

    using Hint = sync::CompensationDraft::Hint;
    const Hint hint = chosen.hint();
    QString summary;
    switch (hint) {
    case Hint::NothingPicked:
        summary = tr("Tick an option to give it, or 2–3 options to let the customer choose.");
        break;
    case Hint::Problem:
        summary = problemText(chosen);
        break;
    case Hint::NeedReason:
    case Hint::TooManyToOffer:
    case Hint::NotOfferable:
    case Hint::Ready:
        summary =
            tr("Together: <b>%1</b> — %2").arg(money(chosen.totalCost()), markText(chosen.totalCheck()));
        if (hint == Hint::NeedReason)
            summary += QStringLiteral("<br>") + tr("Write a short reason to go on.");
        else if (hint == Hint::TooManyToOffer)
            summary += QStringLiteral("<br>") + tr("Offer at most 3 options to the customer.");
        else if (hint == Hint::NotOfferable)
            summary += QStringLiteral("<br>") +
                       tr("To offer them, every option must be within your case limit and the dearest within "
                          "today's budget.");
        break;
    }
    m_summary->setText(summary);
}

void CompensationPanel::refreshHistory()
{
    QStringList entries;
    for (const core::Compensation &c : m_controller.compensations()) {
        entries.append(QStringLiteral("<p>%1<br><span style=\"color:gray\">%2</span></p>")
                           .arg(compensationStateText(c).toHtmlEscaped(),
                                tr("Reason: %1 · %2").arg(c.reason, when(c.updatedAtMs)).toHtmlEscaped()));
    }
    m_history->setText(entries.isEmpty() ? tr("Nothing given or asked for yet.") : entries.join(QString()));
}

QString CompensationPanel::historyText() const
{
    return m_history->text();
}

void CompensationPanel::resetSelection()
{
    m_editedText.clear();
    for (QCheckBox *check : std::as_const(m_checks)) {
        const QSignalBlocker blocker(check);
        check->setChecked(false);
    }
    m_reason->clear();
    rebuildAmountEditors();
    refreshState();
}

bool CompensationPanel::confirmDecision(Money cost)
{
    if (cost < kConfirmDecisionsFrom)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Decide now?"),
                    tr("Give %1 now? It takes effect at once and cannot be undone.")
                        .arg(remediesText(draft().combinedRemedies())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDecision"));
    QPushButton *yes = box.addButton(tr("&Give %1").arg(money(cost)), QMessageBox::AcceptRole);
    box.addButton(tr("&Not yet"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

void CompensationPanel::decide()
{
    const sync::CompensationDraft chosen = draft();
    if (!chosen.isPicked() || !chosen.isValid())
        return;
    if (!confirmDecision(chosen.totalCost()))
        return;
    showFeedback(tr("Deciding…"));
    m_controller.decide(chosen.combinedRemedies(), m_reason->text());
}

void CompensationPanel::askApproval()
{
    const sync::CompensationDraft chosen = draft();
    if (!chosen.isPicked() || !chosen.isValid())
        return;
    showFeedback(tr("Sending to the supervisors…"));
    m_controller.requestApproval(chosen.combinedRemedies(), m_reason->text());
}

void CompensationPanel::offer()
{
    const sync::CompensationDraft chosen = draft();
    if (chosen.checkedCount() < 2 || !chosen.isValid())
        return;
    showFeedback(tr("Offering…"));
    m_controller.offer(chosen.offerOptions(), m_reason->text());
}

void CompensationPanel::onDone(const QString &type, const core::Compensation &compensation)
{
    QString text;
    if (type == protocol::CompensationDecideRequest::type)
        text = tr("Effective now: %1 (%2). Tell the customer what they get.")
                   .arg(remediesText(compensation.remedies), money(compensation.amount));
    else if (type == protocol::CompensationApprovalRequest::type)
        text = tr("Waiting for a supervisor: %1 (%2). Their answer appears here.")
                   .arg(remediesText(compensation.remedies), money(compensation.amount));
    else
        text =
            tr("Offered to the customer. Their choice appears here; they may switch once within %n day(s).",
               nullptr, int(std::max<qint64>(1, m_controller.switchWindowSeconds() / 86400)));
    showFeedback(text);
    resetSelection();
}

void CompensationPanel::onFailed(const QString &, const protocol::Error &error)
{
    switch (error.code) {
    case protocol::ErrorCode::OverAuthority:
        showFeedback(
            tr("This is above your authority now (your limit or today's budget changed). Nothing was "
               "given. Ask for approval, or choose less."),
            true);
        m_controller.reload();
        break;
    case protocol::ErrorCode::OverOrderValue:
        showFeedback(
            tr("This order cannot get that much: only %1 of its value is left (something was given "
               "on it meanwhile). Nothing was given. Choose less.")
                .arg(money(Money::fromMinor(error.details.value(QStringLiteral("room")).toInteger()))),
            true);
        m_controller.reload();
        break;
    case protocol::ErrorCode::InvalidField:
        showFeedback(tr("The server refused an amount: %1. Correct it and try again.").arg(error.message),
                     true);
        break;
    case protocol::ErrorCode::InvalidState:
        showFeedback(tr("This is within your authority: decide it yourself instead of asking."), true);
        m_controller.reload();
        break;
    default:
        showFeedback(errorText(error), true);
        break;
    }
}

} // namespace warmline::ui
