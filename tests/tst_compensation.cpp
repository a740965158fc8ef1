// The compensation policy: authority limits to the fen, options for every complaint category,
// acceptance estimates from history, tier differences. Pure logic, data-driven.

#include "core/compensation.h"
#include "core/vocabulary.h"

#include <algorithm>
#include <optional>
#include <QLocale>
#include <QTest>

using namespace warmline;
using core::AuthorityCheck;
using core::Money;

Q_DECLARE_METATYPE(warmline::core::AuthorityCheck)

class TestCompensation : public QObject
{
    Q_OBJECT
private slots:
    void authorityLimits_data();
    void authorityLimits();
    void everyCategoryGetsChoices_data();
    void everyCategoryGetsChoices();
    void damagedItemOptionsFollowHistory();
    void acceptanceFromHistory_data();
    void acceptanceFromHistory();
    void tierChangesTheGesture();
    void partialRefundRoundsToTheFen();
    void authorityDependsOnRole();
    void editedAmountsStayWithinBounds_data();
    void editedAmountsStayWithinBounds();
    void remedyWithCostDerivesPercentAndPoints();
    void combinationWithinTheRestOfTheBudget();
    void optionsFitWhatIsLeftOfTheOrder_data();
    void optionsFitWhatIsLeftOfTheOrder();
    void whatCountsTowardTheOrder();
    void parsesTypedAmountsWithoutFloatingPoint_data();
    void parsesTypedAmountsWithoutFloatingPoint();
    void statusNamesRoundTrip();
};

namespace {

core::CompensationContext context(const QString &category, qint64 orderFen,
                                  const QString &tier = QStringLiteral("standard"))
{
    core::CompensationContext c;
    c.complaintCategory = category;
    c.orderAmount = Money::fromMinor(orderFen);
    c.tier = tier;
    c.authority = core::defaultAuthority(core::Role::Agent);
    return c;
}

// The option with this key among `options`, or nullopt: callers QVERIFY that it was found before
// comparing anything of it.
std::optional<core::CompensationOption> findOption(const QList<core::CompensationOption> &options,
                                                   QStringView key)
{
    const auto it =
        std::find_if(options.cbegin(), options.cend(),
                     [key](const core::CompensationOption &option) { return option.key() == key; });
    if (it == options.cend())
        return std::nullopt;
    return *it;
}

} // namespace

void TestCompensation::authorityLimits_data()
{
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("spentToday");
    QTest::addColumn<AuthorityCheck>("expected");
    // Agent: ¥50 per case, ¥300 a day.
    QTest::newRow("nothing") << qint64(0) << qint64(0) << AuthorityCheck::Within;
    QTest::newRow("a ¥5 gesture") << qint64(500) << qint64(0) << AuthorityCheck::Within;
    QTest::newRow("exactly at the case limit") << qint64(5000) << qint64(0) << AuthorityCheck::Within;
    QTest::newRow("one fen over the case limit")
        << qint64(5001) << qint64(0) << AuthorityCheck::OverCaseLimit;
    QTest::newRow("exactly the rest of the budget")
        << qint64(2000) << qint64(28000) << AuthorityCheck::Within;
    QTest::newRow("one fen over the budget")
        << qint64(2001) << qint64(28000) << AuthorityCheck::OverDailyBudget;
    QTest::newRow("budget used up") << qint64(1) << qint64(30000) << AuthorityCheck::OverDailyBudget;
    QTest::newRow("overspent (after an approval)")
        << qint64(1) << qint64(35000) << AuthorityCheck::OverDailyBudget;
    QTest::newRow("over both: case limit reported")
        << qint64(9000) << qint64(30000) << AuthorityCheck::OverCaseLimit;
}

void TestCompensation::authorityLimits()
{
    QFETCH(qint64, cost);
    QFETCH(qint64, spentToday);
    QFETCH(AuthorityCheck, expected);
    core::Authority authority = core::defaultAuthority(core::Role::Agent);
    authority.spentToday = Money::fromMinor(spentToday);
    QCOMPARE(core::checkAuthority(Money::fromMinor(cost), authority), expected);
}

void TestCompensation::everyCategoryGetsChoices_data()
{
    QTest::addColumn<QString>("category");
    for (const QString &category : core::complaintCategories())
        QTest::newRow(qPrintable(category)) << category;
    QTest::newRow("a category from a newer server") << QStringLiteral("drone_crash");
}

void TestCompensation::everyCategoryGetsChoices()
{
    QFETCH(QString, category);
    const auto options = core::proposeOptions(context(category, 29900));
    QVERIFY2(options.size() >= 3, "at least three options");
    int combinations = 0;
    QStringList keys;
    for (int i = 0; i < options.size(); ++i) {
        const auto &option = options[i];
        QVERIFY(!option.remedies.isEmpty());
        combinations += option.remedies.size() > 1;
        QVERIFY(!keys.contains(option.key()));
        keys.append(option.key());
        Money sum;
        for (const auto &remedy : option.remedies) {
            QVERIFY(core::remedyFromKey(core::remedyKey(remedy.kind)).has_value());
            QVERIFY(core::resolutions().contains(core::remedyKey(remedy.kind)));
            sum += remedy.cost;
        }
        QCOMPARE(option.cost, sum);
        QVERIFY(option.acceptancePercent >= 0 && option.acceptancePercent <= 100);
        if (i > 0)
            QVERIFY(options[i - 1].acceptancePercent >= option.acceptancePercent);
    }
    QVERIFY2(combinations >= 1, "at least one combination");
    // A fresh order's options never give more than the order is worth.
    for (const auto &option : options)
        QVERIFY2(core::countedTowardOrder(option.remedies) <= Money::fromMinor(29900),
                 qPrintable(option.key()));
}

void TestCompensation::damagedItemOptionsFollowHistory()
{
    auto c = context(QStringLiteral("damaged_item"), 19900);
    // Customers of this product took replacements far more often than refunds.
    c.offered = {{"replacement", 40}, {"full_refund", 40}, {"partial_refund", 20}};
    c.accepted = {{"replacement", 36}, {"full_refund", 10}, {"partial_refund", 4}};
    const auto options = core::proposeOptions(c);
    QCOMPARE(options.first().key(), QStringLiteral("replacement+free_return_shipping"));
    QCOMPARE(options.first().cost, Money::fromMinor(19900 + 1200));
    // A ¥199 replacement is more than an agent's ¥50 per case: it needs approval.
    QCOMPARE(options.first().authority, AuthorityCheck::OverCaseLimit);
    const auto partial = std::find_if(options.cbegin(), options.cend(), [](const auto &o) {
        return o.key() == QLatin1StringView("partial_refund");
    });
    QVERIFY(partial != options.cend());
    QCOMPARE(partial->remedies.first().percent, 30);
    QCOMPARE(partial->cost, Money::fromMinor(5970));
    QCOMPARE(partial->authority, AuthorityCheck::OverCaseLimit);
    // 4 of 20 accepted → (4+1)/(20+2) = 22.7 % → 23.
    QCOMPARE(partial->acceptancePercent, 23);
}

void TestCompensation::acceptanceFromHistory_data()
{
    QTest::addColumn<qint64>("offered");
    QTest::addColumn<qint64>("accepted");
    QTest::addColumn<int>("percent");
    QTest::newRow("never tried: 50 %") << qint64(0) << qint64(0) << 50;
    QTest::newRow("9 of 10") << qint64(10) << qint64(9) << 83;
    QTest::newRow("0 of 10") << qint64(10) << qint64(0) << 8;
    QTest::newRow("all of 1000") << qint64(1000) << qint64(1000) << 100;
    QTest::newRow("more accepted than offered is clamped") << qint64(2) << qint64(5) << 75;
}

void TestCompensation::acceptanceFromHistory()
{
    QFETCH(qint64, offered);
    QFETCH(qint64, accepted);
    QFETCH(int, percent);
    QCOMPARE(core::acceptancePercent(QStringLiteral("coupon"), {{"coupon", offered}}, {{"coupon", accepted}}),
             percent);
}

void TestCompensation::tierChangesTheGesture()
{
    // A late ¥500 order for a customer of `tier` who complained `previous` times before.
    auto optionsFor = [](const QString &tier, int previous = 0) {
        auto c = context(QStringLiteral("late_delivery"), 50000, tier);
        c.previousComplaints = previous;
        return core::proposeOptions(c);
    };
    const auto standardCoupon = findOption(optionsFor(QStringLiteral("standard")), u"coupon");
    const auto vipCoupon = findOption(optionsFor(QStringLiteral("vip")), u"coupon");
    const auto repeatCoupon = findOption(optionsFor(QStringLiteral("standard"), 3), u"coupon");
    const auto goldPoints = findOption(optionsFor(QStringLiteral("gold")), u"points");
    const auto vipCombination = findOption(optionsFor(QStringLiteral("vip")), u"coupon+points");
    const auto silverCombination = findOption(optionsFor(QStringLiteral("silver")), u"coupon+points");
    QVERIFY(standardCoupon);
    QVERIFY(vipCoupon);
    QVERIFY(repeatCoupon);
    QVERIFY(goldPoints);
    QVERIFY(vipCombination);
    QVERIFY(silverCombination);
    QCOMPARE(standardCoupon->cost, Money::fromMinor(1000));
    QCOMPARE(vipCoupon->cost, Money::fromMinor(3000));
    QCOMPARE(repeatCoupon->cost, Money::fromMinor(2000));
    QCOMPARE(goldPoints->cost, Money::fromMinor(1000));
    QVERIFY(vipCombination->cost > silverCombination->cost);
    // A coupon is never worth more than the order it makes up for (small orders keep ¥5).
    const auto cheapCoupon =
        findOption(core::proposeOptions(context(QStringLiteral("late_delivery"), 300, QStringLiteral("vip"))),
                   u"coupon");
    QVERIFY(cheapCoupon);
    QCOMPARE(cheapCoupon->cost, Money::fromMinor(500));
}

void TestCompensation::partialRefundRoundsToTheFen()
{
    // 30 % of ¥99.99 is 2999.7 fen: rounded to 3000, never a floating-point amount.
    const auto partial =
        findOption(core::proposeOptions(context(QStringLiteral("damaged_item"), 9999)), u"partial_refund");
    QVERIFY(partial);
    QCOMPARE(partial->remedies.first().percent, 30);
    QCOMPARE(partial->cost, Money::fromMinor(3000));
}

void TestCompensation::authorityDependsOnRole()
{
    QCOMPARE(core::defaultAuthority(core::Role::Agent).perCaseLimit, Money::fromMinor(5000));
    QCOMPARE(core::defaultAuthority(core::Role::Supervisor).perCaseLimit, Money::fromMinor(50000));
    auto c = context(QStringLiteral("wrong_item"), 19900);
    c.authority = core::defaultAuthority(core::Role::Supervisor);
    const auto options = core::proposeOptions(c);
    QVERIFY(!options.isEmpty());
    for (const auto &option : options)
        QCOMPARE(option.authority, AuthorityCheck::Within);
}

void TestCompensation::editedAmountsStayWithinBounds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("orderFen");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("coupon of one fen") << "coupon" << qint64(19900) << qint64(1) << true;
    QTest::newRow("coupon of nothing") << "coupon" << qint64(19900) << qint64(0) << false;
    QTest::newRow("negative coupon") << "coupon" << qint64(19900) << qint64(-100) << false;
    QTest::newRow("coupon worth the order") << "coupon" << qint64(19900) << qint64(19900) << true;
    QTest::newRow("coupon one fen above the order") << "coupon" << qint64(19900) << qint64(19901) << false;
    QTest::newRow("¥5 coupon on a ¥3 order") << "coupon" << qint64(300) << qint64(500) << true;
    QTest::newRow("partial refund of the whole order")
        << "partial_refund" << qint64(9999) << qint64(9999) << true;
    QTest::newRow("partial refund above the order")
        << "partial_refund" << qint64(9999) << qint64(10000) << false;
    QTest::newRow("replacement at the order amount")
        << "replacement" << qint64(19900) << qint64(19900) << true;
    QTest::newRow("cheaper replacement") << "replacement" << qint64(19900) << qint64(19899) << false;
    QTest::newRow("full refund of a free order") << "full_refund" << qint64(0) << qint64(0) << false;
    QTest::newRow("shipping label ¥50") << "free_return_shipping" << qint64(19900) << qint64(5000) << true;
    QTest::newRow("shipping label ¥50.01")
        << "free_return_shipping" << qint64(19900) << qint64(5001) << false;
    QTest::newRow("gift ¥8") << "goodwill_gift" << qint64(100) << qint64(800) << true;
}

void TestCompensation::editedAmountsStayWithinBounds()
{
    QFETCH(QString, kind);
    QFETCH(qint64, orderFen);
    QFETCH(qint64, amount);
    QFETCH(bool, allowed);
    const auto remedy = core::remedyFromKey(kind);
    QVERIFY(remedy);
    QCOMPARE(core::remedyBounds(*remedy, Money::fromMinor(orderFen)).contains(Money::fromMinor(amount)),
             allowed);
}

void TestCompensation::remedyWithCostDerivesPercentAndPoints()
{
    const auto refund = core::remedyWithCost(core::RemedyKind::PartialRefund, Money::fromMinor(5970),
                                             Money::fromMinor(19900));
    QCOMPARE(refund.percent, 30);
    const auto points =
        core::remedyWithCost(core::RemedyKind::Points, Money::fromMinor(800), Money::fromMinor(19900));
    QCOMPARE(points.points, 800);
    QCOMPARE(core::totalCost({refund, points}), Money::fromMinor(6770));
    QCOMPARE(core::remediesKey({refund, points}), QStringLiteral("partial_refund+points"));
    // The policy engine's own remedies are reproduced exactly from their cost.
    const auto options = core::proposeOptions(context(QStringLiteral("damaged_item"), 19900));
    QVERIFY(!options.isEmpty());
    for (const auto &option : options) {
        for (const auto &remedy : option.remedies)
            QCOMPARE(core::remedyWithCost(remedy.kind, remedy.cost, Money::fromMinor(19900)), remedy);
    }
}

void TestCompensation::combinationWithinTheRestOfTheBudget()
{
    // ¥290 spent of ¥300: a ¥10 coupon still fits, coupon + points (¥15) does not.
    auto c = context(QStringLiteral("late_delivery"), 50000);
    c.authority.spentToday = Money::fromMinor(29000);
    const auto options = core::proposeOptions(c);
    const auto coupon = findOption(options, u"coupon");
    const auto combination = findOption(options, u"coupon+points");
    QVERIFY(coupon);
    QVERIFY(combination);
    QCOMPARE(coupon->authority, AuthorityCheck::Within);
    QCOMPARE(combination->authority, AuthorityCheck::OverDailyBudget);
}

void TestCompensation::optionsFitWhatIsLeftOfTheOrder_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("orderFen");
    QTest::addColumn<qint64>("givenFen");
    QTest::addColumn<int>("minimumOptions");
    QTest::newRow("nothing given yet") << QStringLiteral("quality") << qint64(7990) << qint64(0) << 3;
    QTest::newRow("a coupon given: no full refund")
        << QStringLiteral("damaged_item") << qint64(30990) << qint64(4000) << 1;
    QTest::newRow("cheap order, gestures lowered")
        << QStringLiteral("quality") << qint64(1500) << qint64(0) << 3;
    QTest::newRow("all but a yuan given")
        << QStringLiteral("late_delivery") << qint64(7990) << qint64(7890) << 1;
    QTest::newRow("full value given") << QStringLiteral("damaged_item") << qint64(7990) << qint64(7990) << 0;
    QTest::newRow("more than the value given")
        << QStringLiteral("refund") << qint64(7990) << qint64(9000) << 0;
}

void TestCompensation::optionsFitWhatIsLeftOfTheOrder()
{
    QFETCH(QString, category);
    QFETCH(qint64, orderFen);
    QFETCH(qint64, givenFen);
    QFETCH(int, minimumOptions);
    core::CompensationContext c = context(category, orderFen);
    c.givenOnOrder = Money::fromMinor(givenFen);
    const Money room = core::orderRoom(c.orderAmount, c.givenOnOrder);
    const auto options = core::proposeOptions(c);
    QVERIFY2(options.size() >= minimumOptions, qPrintable(QString::number(options.size())));
    if (room == Money())
        QVERIFY(options.isEmpty());
    for (const auto &option : options) {
        QVERIFY2(core::countedTowardOrder(option.remedies) <= room, qPrintable(option.key()));
        QCOMPARE(option.cost, core::totalCost(option.remedies));
        for (const auto &remedy : option.remedies)
            QVERIFY2(remedy.cost > Money(), qPrintable(option.key()));
    }
}

void TestCompensation::whatCountsTowardTheOrder()
{
    using core::CompensationKind;
    using core::CompensationStatus;
    using core::RemedyKind;
    const Money order = Money::fromMinor(10000);
    auto make = [&](CompensationKind kind, CompensationStatus status, QList<QList<core::Remedy>> options) {
        core::Compensation c;
        static qint64 id = 0;
        c.id = ++id;
        c.kind = kind;
        c.status = status;
        c.options = options;
        c.remedies = options.first();
        return c;
    };
    const auto coupon = core::remedyWithCost(RemedyKind::Coupon, Money::fromMinor(2000), order);
    const auto shipping = core::remedyWithCost(RemedyKind::FreeReturnShipping, Money::fromMinor(1200), order);
    const auto refund = core::remedyWithCost(RemedyKind::PartialRefund, Money::fromMinor(3000), order);
    const QList<core::Compensation> all = {
        make(CompensationKind::Decision, CompensationStatus::Effective,
             {{coupon, shipping}}), // 20: shipping not counted
        make(CompensationKind::ApprovalRequest, CompensationStatus::PendingApproval,
             {{refund}}), // 30: may be approved
        make(CompensationKind::ApprovalRequest, CompensationStatus::Rejected, {{refund}}), // 0
        make(CompensationKind::Offer, CompensationStatus::Offered, {{coupon}, {refund}}),  // 30: the dearest
    };
    QCOMPARE(core::givenOnOrder(all), Money::fromMinor(8000));
    QCOMPARE(core::givenOnOrder(all, all.at(1).id), Money::fromMinor(5000));
    QCOMPARE(core::orderRoom(order, core::givenOnOrder(all)), Money::fromMinor(2000));
    QCOMPARE(core::orderRoom(order, Money::fromMinor(12000)), Money());
    // A cheap order still allows a ¥5 gesture, like a coupon's bound.
    QCOMPARE(core::orderCeiling(Money::fromMinor(300)), Money::fromMinor(500));
    // A switched offer counts what was finally given, not its dearest option.
    core::Compensation switched =
        make(CompensationKind::Offer, CompensationStatus::Switched, {{coupon}, {refund}});
    switched.remedies = {coupon};
    QCOMPARE(core::countedTowardOrder(switched), Money::fromMinor(2000));
}

void TestCompensation::parsesTypedAmountsWithoutFloatingPoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("fen"); // -1: refused
    QTest::newRow("whole yuan") << "12"
                                << "zh_CN" << qint64(1200);
    QTest::newRow("one decimal") << "12.5"
                                 << "en" << qint64(1250);
    QTest::newRow("two decimals") << "0.01"
                                  << "en" << qint64(1);
    QTest::newRow("with sign and grouping") << "¥1,299.00"
                                            << "en" << qint64(129900);
    QTest::newRow("full-width yuan sign") << "￥8.80"
                                          << "zh_CN" << qint64(880);
    QTest::newRow("German decimal comma") << "12,50"
                                          << "de" << qint64(1250);
    QTest::newRow("0.1 + 0.2 stays exact") << "0.30"
                                           << "en" << qint64(30);
    QTest::newRow("three decimals") << "1.005"
                                    << "en" << qint64(-1);
    QTest::newRow("negative") << "-5"
                              << "en" << qint64(-1);
    QTest::newRow("letters") << "12abc"
                             << "en" << qint64(-1);
    QTest::newRow("empty") << ""
                           << "en" << qint64(-1);
    QTest::newRow("absurd") << "99999999999"
                            << "en" << qint64(-1);
}

void TestCompensation::parsesTypedAmountsWithoutFloatingPoint()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(qint64, fen);
    const auto parsed = core::parseAmount(text, QLocale(locale));
    QCOMPARE(parsed.has_value(), fen >= 0);
    if (parsed)
        QCOMPARE(parsed->minor(), fen);
    if (parsed)
        QCOMPARE(core::parseAmount(core::formatAmount(*parsed, QLocale(locale)), QLocale(locale)), parsed);
}

void TestCompensation::statusNamesRoundTrip()
{
    for (auto status : {core::CompensationStatus::Offered, core::CompensationStatus::Effective,
                        core::CompensationStatus::PendingApproval, core::CompensationStatus::Approved,
                        core::CompensationStatus::Rejected, core::CompensationStatus::Switched})
        QCOMPARE(core::compensationStatusFromName(core::compensationStatusName(status)), status);
    QVERIFY(core::compensationIsGiven(core::CompensationStatus::Switched));
    QVERIFY(!core::compensationIsGiven(core::CompensationStatus::PendingApproval));
    QVERIFY(!core::compensationIsGiven(core::CompensationStatus::Offered));
}

QTEST_GUILESS_MAIN(TestCompensation)
#include "tst_compensation.moc"
