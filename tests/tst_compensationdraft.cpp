// The compensation picker's rules without its widgets: ticked options merged into one compensation,
// typed amounts, their bounds, the order's room, the agent's authority, and what the agent may do
// next (decide, ask for approval, offer) with what to tell them. All amounts in fen.

#include "sync/compensationdraft.h"

#include <QTest>

using namespace warmline;
using core::AuthorityCheck;
using core::Money;
using core::RemedyKind;
using sync::CompensationDraft;

namespace warmline::core {
// Money in failure messages, as fen.
char *toString(Money amount)
{
    return QTest::toString(QStringLiteral("%1 fen").arg(amount.minor()));
}
} // namespace warmline::core

namespace {

Money yuan(qint64 amount)
{
    return Money::fromMinor(amount * 100);
}

core::Remedy remedy(RemedyKind kind, Money cost)
{
    core::Remedy result;
    result.kind = kind;
    result.cost = cost;
    return result;
}

core::CompensationOption option(const QList<core::Remedy> &remedies)
{
    core::CompensationOption result;
    result.remedies = remedies;
    result.cost = core::totalCost(remedies);
    return result;
}

// An agent's authority: ¥50 per case, ¥300 a day, of which `used` is given or held.
core::AuthorityStatus agent(Money used = Money())
{
    core::AuthorityStatus status;
    status.agentId = 7;
    status.perCaseLimit = yuan(50);
    status.dailyBudget = yuan(300);
    status.spentToday = used;
    return status;
}

// A draft for a ¥200 order with nothing given on it yet, for an agent with agent()'s authority.
CompensationDraft draftFor(const QList<core::CompensationOption> &options, Money used = Money())
{
    CompensationDraft draft(options);
    draft.setAuthority(agent(used));
    draft.setOrder(yuan(200), Money());
    return draft;
}

} // namespace

class TestCompensationDraft : public QObject
{
    Q_OBJECT
private slots:
    void nothingPickedEnablesNothing();
    void mergingSharedRemedyCountsItOnce();
    void editedAmountReplacesProposedCost();
    void typedAmountsOfUntickedRemediesDoNotCount();
    void amountOutOfBoundsIsTypedProblem();
    void unreadableAmountIsTypedProblem();
    void overOrderRoomRefusedEvenWithinAuthority();
    void dearestOfferedOptionMustFitTheOrder();
    void decideOrApprovalAtCaseLimit();
    void approvalAboveTodaysBudget();
    void offerNeedsTwoToThreeOptions();
    void offerNeedsEachWithinCaseLimit();
    void offerNeedsDearestWithinRemainingBudget();
    void noReasonEnablesNothing();
    void ticksFollowTheOptions();
};

void TestCompensationDraft::nothingPickedEnablesNothing()
{
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))})});
    draft.setReason(QStringLiteral("late parcel"));
    QVERIFY(!draft.isPicked());
    QVERIFY(draft.combinedRemedies().isEmpty());
    QCOMPARE(draft.totalCost(), Money());
    QVERIFY(draft.isValid());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::NothingPicked);
    QVERIFY(!draft.canDecide());
    QVERIFY(!draft.canAskApproval());
    QVERIFY(!draft.canOffer());
}

void TestCompensationDraft::mergingSharedRemedyCountsItOnce()
{
    // A ¥10 coupon alone, and a ¥10 coupon with a ¥12 return label: together the coupon is given once.
    CompensationDraft draft = draftFor(
        {option({remedy(RemedyKind::Coupon, yuan(10))}),
         option({remedy(RemedyKind::Coupon, yuan(10)), remedy(RemedyKind::FreeReturnShipping, yuan(12))})});
    draft.setChecked(0, true);
    draft.setChecked(1, true);
    draft.setReason(QStringLiteral("late parcel"));

    const QList<core::Remedy> combined = draft.combinedRemedies();
    QCOMPARE(combined.size(), 2);
    QCOMPARE(combined.at(0).kind, RemedyKind::Coupon);
    QCOMPARE(combined.at(0).cost, yuan(10));
    QCOMPARE(combined.at(1).kind, RemedyKind::FreeReturnShipping);
    QCOMPARE(combined.at(1).cost, yuan(12));
    QCOMPARE(draft.totalCost(), yuan(22));
    QCOMPARE(draft.totalCheck(), AuthorityCheck::Within);

    // Offered, each option stays whole.
    const QList<QList<core::Remedy>> offered = draft.offerOptions();
    QCOMPARE(offered.size(), 2);
    QCOMPARE(offered.at(0).size(), 1);
    QCOMPARE(offered.at(1).size(), 2);
    QCOMPARE(core::totalCost(offered.at(0)), yuan(10));
    QCOMPARE(core::totalCost(offered.at(1)), yuan(22));

    QVERIFY(draft.canDecide());
    QVERIFY(!draft.canAskApproval());
    QVERIFY(draft.canOffer());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);
}

void TestCompensationDraft::editedAmountReplacesProposedCost()
{
    // A ¥20 partial refund and a ¥20 refund + ¥5 gift; the agent types ¥30 for the refund.
    CompensationDraft draft = draftFor(
        {option({remedy(RemedyKind::PartialRefund, yuan(20))}),
         option({remedy(RemedyKind::PartialRefund, yuan(20)), remedy(RemedyKind::GoodwillGift, yuan(5))})});
    draft.setChecked(0, true);
    draft.setTypedAmount(RemedyKind::PartialRefund, yuan(30));
    QVERIFY(draft.hasTypedAmount(RemedyKind::PartialRefund));
    QVERIFY(draft.isAmountAccepted(RemedyKind::PartialRefund));

    const QList<core::Remedy> combined = draft.combinedRemedies();
    QCOMPARE(combined.size(), 1);
    QCOMPARE(combined.first().cost, yuan(30));
    QCOMPARE(combined.first().percent, 15); // ¥30 of ¥200
    QCOMPARE(draft.totalCost(), yuan(30));
    QCOMPARE(draft.optionCost(0), yuan(30));
    // The other card shows the typed refund too, though it is not ticked.
    QCOMPARE(draft.optionCost(1), yuan(35));
    QCOMPARE(draft.optionCheck(1), AuthorityCheck::Within);

    // ¥48 for the refund puts the untouched combination above the ¥50 case limit.
    draft.setTypedAmount(RemedyKind::PartialRefund, yuan(48));
    QCOMPARE(draft.optionCost(1), yuan(53));
    QCOMPARE(draft.optionCheck(1), AuthorityCheck::OverCaseLimit);

    // Without the typed amount, the proposal counts again.
    draft.clearTypedAmount(RemedyKind::PartialRefund);
    QVERIFY(!draft.hasTypedAmount(RemedyKind::PartialRefund));
    QCOMPARE(draft.totalCost(), yuan(20));
    QCOMPARE(draft.optionCost(1), yuan(25));
}

void TestCompensationDraft::typedAmountsOfUntickedRemediesDoNotCount()
{
    CompensationDraft draft = draftFor(
        {option({remedy(RemedyKind::Coupon, yuan(10))}), option({remedy(RemedyKind::Points, yuan(8))})});
    draft.setChecked(0, true);
    // Typed while points were ticked, then unticked: kept, but neither costed nor checked.
    draft.setTypedAmount(RemedyKind::Points, yuan(900));
    QCOMPARE(draft.optionCost(1), yuan(8));
    QVERIFY(draft.isValid());
    QCOMPARE(draft.totalCost(), yuan(10));

    // Ticked again, it counts — and ¥900 is above the points' ¥200 bound for this order.
    draft.setChecked(1, true);
    const CompensationDraft::Validity validity = draft.validity();
    QCOMPARE(validity.problem, CompensationDraft::Problem::AmountOutOfBounds);
    QCOMPARE(validity.kind, RemedyKind::Points);
}

void TestCompensationDraft::amountOutOfBoundsIsTypedProblem()
{
    // A goodwill gift may be ¥0.01–¥50; the agent types ¥60.
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))}),
                                        option({remedy(RemedyKind::GoodwillGift, yuan(10))})});
    draft.setChecked(0, true);
    draft.setChecked(1, true);
    draft.setReason(QStringLiteral("broken vase"));
    draft.setTypedAmount(RemedyKind::Coupon, yuan(12));
    draft.setTypedAmount(RemedyKind::GoodwillGift, yuan(60));

    const CompensationDraft::Validity validity = draft.validity();
    QVERIFY(!validity.isValid());
    QCOMPARE(validity.problem, CompensationDraft::Problem::AmountOutOfBounds);
    QCOMPARE(validity.kind, RemedyKind::GoodwillGift);
    QCOMPARE(validity.bounds.minimum, Money::fromMinor(1));
    QCOMPARE(validity.bounds.maximum, yuan(50));
    QVERIFY(draft.isAmountAccepted(RemedyKind::Coupon));
    QVERIFY(!draft.isAmountAccepted(RemedyKind::GoodwillGift));
    // The refused amount does not count: the proposal stands in for it.
    QCOMPARE(draft.optionCost(1), yuan(10));
    QCOMPARE(draft.totalCost(), yuan(22));
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Problem);
    QVERIFY(!draft.canDecide());
    QVERIFY(!draft.canAskApproval());
    QVERIFY(!draft.canOffer());

    // Bounds the server sent replace the default ones.
    draft.setBounds(RemedyKind::GoodwillGift, {yuan(1), yuan(80)});
    QVERIFY(draft.isValid());
    QCOMPARE(draft.totalCost(), yuan(72));
    draft.setBounds(RemedyKind::Coupon, {yuan(15), yuan(40)});
    const CompensationDraft::Validity tighter = draft.validity();
    QCOMPARE(tighter.problem, CompensationDraft::Problem::AmountOutOfBounds);
    QCOMPARE(tighter.kind, RemedyKind::Coupon);
    QCOMPARE(tighter.bounds.minimum, yuan(15));
    QCOMPARE(tighter.bounds.maximum, yuan(40));
}

void TestCompensationDraft::unreadableAmountIsTypedProblem()
{
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))})});
    draft.setChecked(0, true);
    draft.setReason(QStringLiteral("late parcel"));
    draft.setUnreadableAmount(RemedyKind::Coupon);
    QVERIFY(draft.hasTypedAmount(RemedyKind::Coupon));
    QVERIFY(!draft.isAmountAccepted(RemedyKind::Coupon));
    const CompensationDraft::Validity validity = draft.validity();
    QCOMPARE(validity.problem, CompensationDraft::Problem::AmountOutOfBounds);
    QCOMPARE(validity.kind, RemedyKind::Coupon);
    QCOMPARE(validity.bounds.maximum, yuan(200)); // a coupon: at most the order amount
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Problem);
    QVERIFY(!draft.canDecide());
}

void TestCompensationDraft::overOrderRoomRefusedEvenWithinAuthority()
{
    // A ¥30 order with ¥10 already given: ¥20 is left. A ¥25 coupon is within the ¥50 case limit.
    CompensationDraft draft(
        {option({remedy(RemedyKind::Coupon, yuan(25))}),
         option({remedy(RemedyKind::Coupon, yuan(15)), remedy(RemedyKind::FreeReturnShipping, yuan(15))})});
    draft.setAuthority(agent());
    draft.setOrder(yuan(30), yuan(10));
    draft.setReason(QStringLiteral("late parcel"));
    QCOMPARE(draft.orderRoom(), yuan(20));
    QVERIFY(!draft.orderIsFull());

    draft.setChecked(0, true);
    QCOMPARE(draft.totalCheck(), AuthorityCheck::Within);
    const CompensationDraft::Validity validity = draft.validity();
    QCOMPARE(validity.problem, CompensationDraft::Problem::OverOrderRoom);
    QCOMPARE(validity.room, yuan(20));
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Problem);
    QVERIFY(!draft.canDecide());
    QVERIFY(!draft.canAskApproval());

    // ¥30 in all, but return shipping pays the courier: only the ¥15 coupon counts toward the order.
    draft.setChecked(0, false);
    draft.setChecked(1, true);
    QCOMPARE(draft.totalCost(), yuan(30));
    QVERIFY(draft.isValid());
    QVERIFY(draft.canDecide());

    // Exactly the room is fine; a fen more is not.
    draft.setTypedAmount(RemedyKind::Coupon, yuan(20));
    QVERIFY(draft.isValid());
    draft.setTypedAmount(RemedyKind::Coupon, yuan(20) + Money::fromMinor(1));
    QCOMPARE(draft.validity().problem, CompensationDraft::Problem::OverOrderRoom);

    // An order that got its full value has no room at all.
    draft.setOrder(yuan(30), yuan(30));
    QVERIFY(draft.orderIsFull());
}

void TestCompensationDraft::dearestOfferedOptionMustFitTheOrder()
{
    // ¥20 left on the order. Together the first option's ¥5 coupon is given — but offered, the
    // customer may choose the ¥25 one, which does not fit.
    CompensationDraft draft(
        {option({remedy(RemedyKind::Coupon, yuan(5))}), option({remedy(RemedyKind::Coupon, yuan(25))})});
    draft.setAuthority(agent());
    draft.setOrder(yuan(30), yuan(10));
    draft.setReason(QStringLiteral("late parcel"));
    draft.setChecked(0, true);
    draft.setChecked(1, true);
    QCOMPARE(draft.totalCost(), yuan(5));
    const CompensationDraft::Validity validity = draft.validity();
    QCOMPARE(validity.problem, CompensationDraft::Problem::OverOrderRoom);
    QCOMPARE(validity.room, yuan(20));
    QVERIFY(!draft.canOffer());
    QVERIFY(!draft.canDecide());
}

void TestCompensationDraft::decideOrApprovalAtCaseLimit()
{
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(50))})});
    draft.setChecked(0, true);
    draft.setReason(QStringLiteral("late parcel"));

    // Equal to the ¥50 case limit is within it: decide alone.
    QCOMPARE(draft.totalCost(), yuan(50));
    QCOMPARE(draft.totalCheck(), AuthorityCheck::Within);
    QCOMPARE(draft.optionCheck(0), AuthorityCheck::Within);
    QVERIFY(draft.canDecide());
    QVERIFY(!draft.canAskApproval());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);

    // A fen more needs a supervisor.
    draft.setTypedAmount(RemedyKind::Coupon, yuan(50) + Money::fromMinor(1));
    QCOMPARE(draft.totalCheck(), AuthorityCheck::OverCaseLimit);
    QCOMPARE(draft.optionCheck(0), AuthorityCheck::OverCaseLimit);
    QVERIFY(!draft.canDecide());
    QVERIFY(draft.canAskApproval());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);
}

void TestCompensationDraft::approvalAboveTodaysBudget()
{
    // ¥280 of ¥300 used today: ¥20 left, so a ¥30 coupon (within the case limit) needs approval.
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(30))})}, yuan(280));
    draft.setChecked(0, true);
    draft.setReason(QStringLiteral("late parcel"));
    QCOMPARE(draft.totalCheck(), AuthorityCheck::OverDailyBudget);
    QVERIFY(!draft.canDecide());
    QVERIFY(draft.canAskApproval());
    draft.setTypedAmount(RemedyKind::Coupon, yuan(20));
    QCOMPARE(draft.totalCheck(), AuthorityCheck::Within);
    QVERIFY(draft.canDecide());
}

void TestCompensationDraft::offerNeedsTwoToThreeOptions()
{
    // ¥10 + ¥20 + ¥15 + ¥5 = ¥50: all four together are still within the case limit.
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))}),
                                        option({remedy(RemedyKind::PartialRefund, yuan(20))}),
                                        option({remedy(RemedyKind::GoodwillGift, yuan(15))}),
                                        option({remedy(RemedyKind::Points, yuan(5))})});
    draft.setReason(QStringLiteral("late parcel"));

    draft.setChecked(0, true);
    QCOMPARE(draft.checkedCount(), 1);
    QVERIFY(!draft.isOfferable());
    QVERIFY(!draft.canOffer());
    QVERIFY(draft.canDecide());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);

    draft.setChecked(1, true);
    QCOMPARE(draft.checkedCount(), 2);
    QVERIFY(draft.isOfferable());
    QVERIFY(draft.canOffer());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);

    draft.setChecked(2, true);
    QCOMPARE(draft.checkedCount(), 3);
    QVERIFY(draft.canOffer());
    QCOMPARE(draft.offerOptions().size(), 3);
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);

    draft.setChecked(3, true);
    QCOMPARE(draft.checkedCount(), 4);
    QVERIFY(!draft.isOfferable());
    QVERIFY(!draft.canOffer());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::TooManyToOffer);
    // Still given together.
    QCOMPARE(draft.totalCost(), yuan(50));
    QVERIFY(draft.canDecide());
}

void TestCompensationDraft::offerNeedsEachWithinCaseLimit()
{
    // A ¥10 coupon and a ¥60 partial refund: the refund is above the ¥50 case limit.
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))}),
                                        option({remedy(RemedyKind::PartialRefund, yuan(60))})});
    draft.setReason(QStringLiteral("late parcel"));
    draft.setChecked(0, true);
    draft.setChecked(1, true);
    QVERIFY(draft.isValid());
    QCOMPARE(draft.optionCheck(1), AuthorityCheck::OverCaseLimit);
    QVERIFY(!draft.isOfferable());
    QVERIFY(!draft.canOffer());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::NotOfferable);
    // Together (¥70) they can still be asked for.
    QVERIFY(!draft.canDecide());
    QVERIFY(draft.canAskApproval());

    // At the limit exactly, it may be offered.
    draft.setTypedAmount(RemedyKind::PartialRefund, yuan(50));
    QVERIFY(draft.isOfferable());
    QVERIFY(draft.canOffer());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::Ready);
}

void TestCompensationDraft::offerNeedsDearestWithinRemainingBudget()
{
    // ¥20 left today. A ¥10 coupon and a ¥25 refund: each within the case limit, the dearest not
    // within what is left.
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))}),
                                        option({remedy(RemedyKind::PartialRefund, yuan(25))})},
                                       yuan(280));
    draft.setReason(QStringLiteral("late parcel"));
    draft.setChecked(0, true);
    draft.setChecked(1, true);
    QVERIFY(!draft.isOfferable());
    QVERIFY(!draft.canOffer());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::NotOfferable);

    // A ¥20 refund fits exactly: offerable, though both together (¥30) are above today's budget.
    draft.setTypedAmount(RemedyKind::PartialRefund, yuan(20));
    QVERIFY(draft.isOfferable());
    QVERIFY(draft.canOffer());
    QCOMPARE(draft.totalCheck(), AuthorityCheck::OverDailyBudget);
    QVERIFY(!draft.canDecide());
    QVERIFY(draft.canAskApproval());
}

void TestCompensationDraft::noReasonEnablesNothing()
{
    CompensationDraft draft = draftFor({option({remedy(RemedyKind::Coupon, yuan(10))}),
                                        option({remedy(RemedyKind::PartialRefund, yuan(60))}),
                                        option({remedy(RemedyKind::GoodwillGift, yuan(15))})});
    draft.setChecked(0, true);
    draft.setChecked(2, true);
    for (const QString &reason : {QString(), QStringLiteral("   \t")}) {
        draft.setReason(reason);
        QVERIFY(!draft.hasReason());
        QVERIFY(draft.isValid());
        QVERIFY(draft.isOfferable());
        QCOMPARE(draft.hint(), CompensationDraft::Hint::NeedReason);
        QVERIFY(!draft.canDecide());
        QVERIFY(!draft.canAskApproval());
        QVERIFY(!draft.canOffer());
    }
    // Above authority too: without a reason, no approval request either.
    draft.setChecked(1, true);
    QCOMPARE(draft.totalCheck(), AuthorityCheck::OverCaseLimit);
    QCOMPARE(draft.hint(), CompensationDraft::Hint::NeedReason);
    QVERIFY(!draft.canAskApproval());

    draft.setReason(QStringLiteral("late parcel"));
    QVERIFY(draft.canAskApproval());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::NotOfferable);
}

void TestCompensationDraft::ticksFollowTheOptions()
{
    CompensationDraft draft = draftFor(
        {option({remedy(RemedyKind::Coupon, yuan(10))}), option({remedy(RemedyKind::Points, yuan(5))})});
    draft.setChecked(1, true);
    draft.setChecked(0, true);
    draft.setChecked(0, true); // twice is once
    draft.setChecked(5, true); // no such option
    draft.setChecked(-1, true);
    QCOMPARE(draft.checkedOptions(), QList<int>({0, 1}));
    QVERIFY(draft.isChecked(0));
    QVERIFY(!draft.isChecked(5));
    QCOMPARE(draft.optionCost(5), Money());

    // New options: the old ticks would point at other ones.
    draft.setTypedAmount(RemedyKind::Coupon, yuan(12));
    draft.setOptions({option({remedy(RemedyKind::Coupon, yuan(8))})});
    QVERIFY(draft.checkedOptions().isEmpty());
    QCOMPARE(draft.hint(), CompensationDraft::Hint::NothingPicked);
    QVERIFY(draft.hasTypedAmount(RemedyKind::Coupon));
    draft.setChecked(0, true);
    QCOMPARE(draft.totalCost(), yuan(12));
}

QTEST_APPLESS_MAIN(TestCompensationDraft)
#include "tst_compensationdraft.moc"
