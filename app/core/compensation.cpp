#include "core/compensation.h"

#include <algorithm>
#include <array>

namespace warmline::core {

namespace {

constexpr std::array remedyKeys = {
    std::pair{RemedyKind::Coupon, "coupon"},
    std::pair{RemedyKind::PartialRefund, "partial_refund"},
    std::pair{RemedyKind::FullRefund, "full_refund"},
    std::pair{RemedyKind::Replacement, "replacement"},
    std::pair{RemedyKind::FreeReturnShipping, "free_return_shipping"},
    std::pair{RemedyKind::Points, "points"},
    std::pair{RemedyKind::GoodwillGift, "goodwill_gift"},
};

constexpr Money yuan(qint64 amount)
{
    return Money::fromMinor(amount * 100);
}

// Tier decides how generous the default gestures are.
int tierLevel(const QString &tier)
{
    if (tier == QLatin1StringView("vip"))
        return 3;
    if (tier == QLatin1StringView("gold"))
        return 2;
    if (tier == QLatin1StringView("silver"))
        return 1;
    return 0;
}

int partialRefundPercent(const QString &category)
{
    if (category == QLatin1StringView("damaged_item"))
        return 30;
    if (category == QLatin1StringView("quality") || category == QLatin1StringView("missing_parts"))
        return 20;
    if (category == QLatin1StringView("late_delivery"))
        return 10;
    return 15;
}

Remedy makeRemedy(RemedyKind kind, const CompensationContext &context)
{
    Remedy remedy;
    remedy.kind = kind;
    const int level = tierLevel(context.tier);
    switch (kind) {
    case RemedyKind::Coupon: {
        static constexpr qint64 byTier[] = {10, 15, 20, 30};
        // Someone who has had trouble before gets a little more: the third complaint is not the first.
        Money value = yuan(byTier[level] + (context.previousComplaints >= 3 ? 10 : 0));
        remedy.cost = std::min(value, std::max(context.orderAmount, yuan(5)));
        break;
    }
    case RemedyKind::PartialRefund:
        remedy.percent = partialRefundPercent(context.complaintCategory);
        // Rounded to the nearest fen with integers only.
        remedy.cost = Money::fromMinor((context.orderAmount.minor() * remedy.percent + 50) / 100);
        break;
    case RemedyKind::FullRefund:
    case RemedyKind::Replacement:
        remedy.cost = context.orderAmount;
        break;
    case RemedyKind::FreeReturnShipping:
        remedy.cost = yuan(12);
        break;
    case RemedyKind::Points: {
        static constexpr qint64 byTier[] = {500, 800, 1000, 2000};
        remedy.points = byTier[level];
        remedy.cost = Money::fromMinor(remedy.points); // 100 points = ¥1, so one point costs one fen
        break;
    }
    case RemedyKind::GoodwillGift:
        remedy.cost = yuan(8);
        break;
    }
    return remedy;
}

struct CategoryPolicy
{
    const char *category;
    std::array<RemedyKind, 3> singles;
    std::array<std::pair<RemedyKind, RemedyKind>, 2> combinations;
};

using K = RemedyKind;
constexpr CategoryPolicy policies[] = {
    {"late_delivery",
     {K::Coupon, K::Points, K::PartialRefund},
     {{{K::Coupon, K::Points}, {K::PartialRefund, K::GoodwillGift}}}},
    {"damaged_item",
     {K::Replacement, K::FullRefund, K::PartialRefund},
     {{{K::Replacement, K::FreeReturnShipping}, {K::FullRefund, K::FreeReturnShipping}}}},
    {"wrong_item",
     {K::Replacement, K::FullRefund, K::Coupon},
     {{{K::Replacement, K::FreeReturnShipping}, {K::FullRefund, K::FreeReturnShipping}}}},
    {"quality",
     {K::Replacement, K::PartialRefund, K::FullRefund},
     {{{K::Replacement, K::FreeReturnShipping}, {K::PartialRefund, K::Coupon}}}},
    {"missing_parts",
     {K::Replacement, K::PartialRefund, K::Coupon},
     {{{K::PartialRefund, K::Coupon}, {K::PartialRefund, K::Points}}}},
    {"billing",
     {K::PartialRefund, K::Coupon, K::Points},
     {{{K::PartialRefund, K::Points}, {K::Coupon, K::Points}}}},
    {"refund",
     {K::FullRefund, K::Points, K::Coupon},
     {{{K::FullRefund, K::FreeReturnShipping}, {K::PartialRefund, K::Coupon}}}},
    {"account",
     {K::Points, K::Coupon, K::GoodwillGift},
     {{{K::Coupon, K::Points}, {K::Points, K::GoodwillGift}}}},
    {"service_attitude",
     {K::Coupon, K::Points, K::GoodwillGift},
     {{{K::Coupon, K::GoodwillGift}, {K::Coupon, K::Points}}}},
};

// For a category nobody wrote a policy for: small gestures that fit any complaint.
constexpr CategoryPolicy fallback = {
    "", {K::Coupon, K::Points, K::GoodwillGift}, {{{K::Coupon, K::Points}, {K::Coupon, K::GoodwillGift}}}};

const CategoryPolicy &policyFor(const QString &category)
{
    for (const CategoryPolicy &policy : policies) {
        if (category == QLatin1StringView(policy.category))
            return policy;
    }
    return fallback;
}

bool countsTowardOrder(RemedyKind kind)
{
    return kind != RemedyKind::FreeReturnShipping;
}

// Lowers the adjustable amounts of `remedies` (last first, never below one fen) until they fit in
// `room`; false when they cannot. A full refund or a replacement is all or nothing.
bool fitToRoom(QList<Remedy> &remedies, Money room, Money orderAmount)
{
    Money excess = countedTowardOrder(remedies) - room;
    for (qsizetype i = remedies.size() - 1; i >= 0 && excess > Money(); --i) {
        Remedy &remedy = remedies[i];
        if (!countsTowardOrder(remedy.kind) || remedy.kind == RemedyKind::FullRefund ||
            remedy.kind == RemedyKind::Replacement)
            continue;
        const Money lowest = Money::fromMinor(1);
        const Money cut = std::min(excess, remedy.cost - lowest);
        if (cut <= Money())
            continue;
        remedy = remedyWithCost(remedy.kind, remedy.cost - cut, orderAmount);
        excess -= cut;
    }
    return excess <= Money();
}

CompensationOption makeOption(const QList<Remedy> &remedies, const CompensationContext &context)
{
    CompensationOption option;
    option.remedies = remedies;
    // Chance that the customer accepts at least one part: 1 − Π(1 − pᵢ), in basis points so that
    // it stays integer arithmetic.
    qint64 declineBasisPoints = 10000;
    for (const Remedy &remedy : remedies) {
        option.cost += remedy.cost;
        const int percent = acceptancePercent(remedyKey(remedy.kind), context.offered, context.accepted);
        declineBasisPoints = declineBasisPoints * (100 - percent) / 100;
    }
    option.acceptancePercent = int((10000 - declineBasisPoints + 50) / 100);
    option.authority = checkAuthority(option.cost, context.authority);
    return option;
}

} // namespace

QString remedyKey(RemedyKind kind)
{
    for (const auto &[value, key] : remedyKeys) {
        if (value == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<RemedyKind> remedyFromKey(QStringView key)
{
    for (const auto &[value, name] : remedyKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

Authority defaultAuthority(Role role)
{
    switch (role) {
    case Role::Agent:
    case Role::Trainer:
        // The essays' example: a ¥5 gesture must never need an approval chain. ¥50 per case
        // covers coupons, points, shipping and most partial refunds.
        return {yuan(50), yuan(300), {}};
    case Role::Supervisor:
        return {yuan(500), yuan(3000), {}};
    case Role::Admin:
        return {yuan(2000), yuan(20000), {}};
    }
    return {};
}

AuthorityCheck checkAuthority(Money cost, const Authority &authority)
{
    if (cost > authority.perCaseLimit)
        return AuthorityCheck::OverCaseLimit;
    if (cost > authority.remainingToday())
        return AuthorityCheck::OverDailyBudget;
    return AuthorityCheck::Within;
}

QString CompensationOption::key() const
{
    QStringList keys;
    for (const Remedy &remedy : remedies)
        keys.append(remedyKey(remedy.kind));
    return keys.join(QLatin1Char('+'));
}

AmountBounds remedyBounds(RemedyKind kind, Money orderAmount)
{
    const Money fen = Money::fromMinor(1);
    switch (kind) {
    case RemedyKind::FullRefund:
    case RemedyKind::Replacement:
        return {std::max(orderAmount, fen), orderAmount};
    case RemedyKind::PartialRefund:
        return {fen, orderAmount};
    case RemedyKind::Coupon:
    case RemedyKind::Points:
        return {fen, std::max(orderAmount, yuan(5))};
    case RemedyKind::FreeReturnShipping:
    case RemedyKind::GoodwillGift:
        return {fen, yuan(50)};
    }
    return {fen, Money()};
}

Money orderCeiling(Money orderAmount)
{
    return std::max(orderAmount, yuan(5));
}

Money countedTowardOrder(const QList<Remedy> &remedies)
{
    Money total;
    for (const Remedy &remedy : remedies) {
        if (countsTowardOrder(remedy.kind))
            total += remedy.cost;
    }
    return total;
}

Money orderRoom(Money orderAmount, Money given)
{
    return std::max(orderCeiling(orderAmount) - given, Money());
}

Money countedTowardOrder(const Compensation &compensation)
{
    switch (compensation.status) {
    case CompensationStatus::Rejected:
        return Money();
    case CompensationStatus::Offered:
    case CompensationStatus::Effective:
    case CompensationStatus::Switched:
        if (compensation.kind == CompensationKind::Offer) {
            Money dearest;
            // Once switched the choice is final: only what is given counts.
            if (compensation.status == CompensationStatus::Switched)
                return countedTowardOrder(compensation.remedies);
            for (const QList<Remedy> &option : compensation.options)
                dearest = std::max(dearest, countedTowardOrder(option));
            return dearest;
        }
        return countedTowardOrder(compensation.remedies);
    case CompensationStatus::PendingApproval:
    case CompensationStatus::Approved:
        return countedTowardOrder(compensation.remedies);
    }
    return Money();
}

Money givenOnOrder(const QList<Compensation> &compensations, qint64 excludeId)
{
    Money total;
    for (const Compensation &compensation : compensations) {
        if (compensation.id != excludeId)
            total += countedTowardOrder(compensation);
    }
    return total;
}

Remedy remedyWithCost(RemedyKind kind, Money cost, Money orderAmount)
{
    Remedy remedy;
    remedy.kind = kind;
    remedy.cost = cost;
    if (kind == RemedyKind::PartialRefund && orderAmount.minor() > 0)
        remedy.percent = int((cost.minor() * 100 + orderAmount.minor() / 2) / orderAmount.minor());
    if (kind == RemedyKind::Points)
        remedy.points = cost.minor();
    return remedy;
}

Money totalCost(const QList<Remedy> &remedies)
{
    Money total;
    for (const Remedy &remedy : remedies)
        total += remedy.cost;
    return total;
}

QString remediesKey(const QList<Remedy> &remedies)
{
    QStringList keys;
    for (const Remedy &remedy : remedies)
        keys.append(remedyKey(remedy.kind));
    return keys.join(QLatin1Char('+'));
}

namespace {

constexpr std::array statusNames = {
    std::pair{CompensationStatus::Offered, "offered"},
    std::pair{CompensationStatus::Effective, "effective"},
    std::pair{CompensationStatus::PendingApproval, "pending_approval"},
    std::pair{CompensationStatus::Approved, "approved"},
    std::pair{CompensationStatus::Rejected, "rejected"},
    std::pair{CompensationStatus::Switched, "switched"},
};

constexpr std::array kindNames = {
    std::pair{CompensationKind::Decision, "decision"},
    std::pair{CompensationKind::ApprovalRequest, "approval_request"},
    std::pair{CompensationKind::Offer, "offer"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, QStringView key)
{
    for (const auto &[value, name] : names) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString compensationStatusName(CompensationStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<CompensationStatus> compensationStatusFromName(QStringView name)
{
    return valueOf(statusNames, name);
}

QString compensationKindName(CompensationKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<CompensationKind> compensationKindFromName(QStringView name)
{
    return valueOf(kindNames, name);
}

bool compensationIsGiven(CompensationStatus status)
{
    return status == CompensationStatus::Effective || status == CompensationStatus::Approved ||
           status == CompensationStatus::Switched;
}

QString authorityCheckName(AuthorityCheck check)
{
    switch (check) {
    case AuthorityCheck::Within:
        return QStringLiteral("within");
    case AuthorityCheck::OverCaseLimit:
        return QStringLiteral("over_case_limit");
    case AuthorityCheck::OverDailyBudget:
        return QStringLiteral("over_daily_budget");
    }
    return {};
}

int acceptancePercent(const QString &remedyKey, const QMap<QString, qint64> &offered,
                      const QMap<QString, qint64> &accepted)
{
    const qint64 given = std::max<qint64>(0, offered.value(remedyKey));
    const qint64 taken = std::clamp<qint64>(accepted.value(remedyKey), 0, given);
    return int(((taken + 1) * 200 + (given + 2)) / ((given + 2) * 2));
}

QList<CompensationOption> proposeOptions(const CompensationContext &context)
{
    const CategoryPolicy &policy = policyFor(context.complaintCategory);
    const Money room = orderRoom(context.orderAmount, context.givenOnOrder);
    QList<CompensationOption> options;
    auto add = [&](QList<Remedy> remedies) {
        if (!fitToRoom(remedies, room, context.orderAmount))
            return;
        CompensationOption option = makeOption(remedies, context);
        // Lowering a gesture can make two options the same.
        for (const CompensationOption &existing : std::as_const(options)) {
            if (existing.key() == option.key() && existing.cost == option.cost)
                return;
        }
        options.append(option);
    };
    for (RemedyKind kind : policy.singles)
        add({makeRemedy(kind, context)});
    for (const auto &[first, second] : policy.combinations)
        add({makeRemedy(first, context), makeRemedy(second, context)});
    std::sort(options.begin(), options.end(), [](const CompensationOption &a, const CompensationOption &b) {
        if (a.acceptancePercent != b.acceptancePercent)
            return a.acceptancePercent > b.acceptancePercent;
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return a.key() < b.key();
    });
    return options;
}

} // namespace warmline::core
