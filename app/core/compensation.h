#pragma once

#include "core/money.h"
#include "core/role.h"

#include <optional>
#include <QList>
#include <QMap>
#include <QString>

namespace warmline::core {

// The policy behind the compensation picker (赋能化 and 选择化 in the product brief): for a
// complaint, propose several remedies and combinations, each with its cost, how likely customers
// accepted it before, and whether the agent may decide it alone. Pure: no I/O, no clock, no
// floating point in money or in anything a test compares.

// The remedies; their keys are the `resolution` keys of core/vocabulary.h.
enum class RemedyKind {
    Coupon,
    PartialRefund,
    FullRefund,
    Replacement,
    FreeReturnShipping,
    Points,
    GoodwillGift
};

QString remedyKey(RemedyKind kind);
std::optional<RemedyKind> remedyFromKey(QStringView key);

struct Remedy
{
    RemedyKind kind = RemedyKind::Coupon;
    Money cost;        // what it costs the company
    int percent = 0;   // partial refund: share of the order amount
    qint64 points = 0; // points: how many (100 points cost ¥1)
    friend bool operator==(const Remedy &, const Remedy &) = default;
};

// What an agent may give on their own. Within both limits a decision takes effect at once;
// above either, it becomes a request for a supervisor's approval.
struct Authority
{
    Money perCaseLimit;
    Money dailyBudget;
    Money spentToday;

    Money remainingToday() const { return dailyBudget > spentToday ? dailyBudget - spentToday : Money(); }
};

Authority defaultAuthority(Role role);

enum class AuthorityCheck { Within, OverCaseLimit, OverDailyBudget };
AuthorityCheck checkAuthority(Money cost, const Authority &authority);

struct CompensationContext
{
    QString complaintCategory; // core/vocabulary.h complaint category key
    Money orderAmount;
    QString tier; // standard, silver, gold, vip
    int previousComplaints = 0;
    // Resolution key → times offered / times accepted, for this product (or merchant).
    QMap<QString, qint64> offered;
    QMap<QString, qint64> accepted;
    Authority authority;
    Money givenOnOrder; // what the order's other compensations already give or hold (givenOnOrder())
};

struct CompensationOption
{
    QList<Remedy> remedies; // one remedy, or a combination
    Money cost;
    int acceptancePercent = 0; // estimated from history, 0–100
    AuthorityCheck authority = AuthorityCheck::Within;
    bool withinAuthority() const { return authority == AuthorityCheck::Within; }
    QString key() const; // "replacement+free_return_shipping": stable, for the wire and tests
    friend bool operator==(const CompensationOption &, const CompensationOption &) = default;
};

// Three single remedies and two combinations for every category, each fitted to what is left of
// the order's ceiling (orderRoom): gestures in a combination are lowered to fit, and an option that
// cannot fit is left out — so an order that already got its full value gets none. Sorted by
// estimated acceptance (highest first), then by cost (cheapest first), then by key.
QList<CompensationOption> proposeOptions(const CompensationContext &context);

// What an agent may set a remedy's amount to when editing it: never zero, never negative, and never
// more than the remedy can be worth for this order (a refund or replacement is the order amount; a
// coupon or points at most the order amount, but at least ¥5; a shipping label or gift at most ¥50).
struct AmountBounds
{
    Money minimum;
    Money maximum;
    bool contains(Money amount) const { return amount >= minimum && amount <= maximum; }
    bool isEmpty() const { return maximum < minimum; }
    friend bool operator==(const AmountBounds &, const AmountBounds &) = default;
};
AmountBounds remedyBounds(RemedyKind kind, Money orderAmount);

// What one order may receive in all, whatever the number of complaints, decisions, approvals and
// offers: refunds, replacements, coupons, points and gifts together never exceed what refunding the
// order costs (its amount, or ¥5 for a cheaper one, like a coupon's bound). Return shipping pays the
// courier, not the customer, and is not counted.
Money orderCeiling(Money orderAmount);
Money countedTowardOrder(const QList<Remedy> &remedies);
// What is left of the ceiling after `given` (never negative).
Money orderRoom(Money orderAmount, Money given);

// A remedy of `kind` worth `cost`, with the derived percentage (partial refund, rounded) and number
// of points (one point per fen).
Remedy remedyWithCost(RemedyKind kind, Money cost, Money orderAmount);
Money totalCost(const QList<Remedy> &remedies);
// "coupon+points": the remedies' keys in order.
QString remediesKey(const QList<Remedy> &remedies);

// Acceptance estimate for one remedy: (accepted + 1) / (offered + 2) — Laplace's rule, so an
// untried remedy starts at 50 % rather than at 0 or 100 — as whole percent, rounded.
int acceptancePercent(const QString &remedyKey, const QMap<QString, qint64> &offered,
                      const QMap<QString, qint64> &accepted);

// The life of a compensation (docs/protocol.md, "Compensation"):
//   decide        → effective
//   ask approval  → pending_approval → approved | rejected
//   offer         → offered → effective (customer chose) → switched (customer changed their mind)
enum class CompensationStatus { Offered, Effective, PendingApproval, Approved, Rejected, Switched };
enum class CompensationKind { Decision, ApprovalRequest, Offer };

QString compensationStatusName(CompensationStatus status);
std::optional<CompensationStatus> compensationStatusFromName(QStringView name);
QString compensationKindName(CompensationKind kind);
std::optional<CompensationKind> compensationKindFromName(QStringView name);
// Money the customer actually gets in this state.
bool compensationIsGiven(CompensationStatus status);

struct Compensation
{
    qint64 id = 0;
    CompensationKind kind = CompensationKind::Decision;
    CompensationStatus status = CompensationStatus::Effective;
    qint64 complaintId = 0;
    QString complaintCategory;
    qint64 customerId = 0;
    QString customerName;
    qint64 orderId = 0;
    qint64 conversationId = 0; // 0: none
    qint64 agentId = 0;        // who decided, asked or offered
    QString agentName;
    QList<QList<Remedy>> options; // offers: the 2–3 options; otherwise the one asked for
    int chosenIndex = -1;         // offers: the option the customer chose (-1: not yet)
    int previousIndex = -1;       // offers: the option chosen before a switch (-1: none)
    QList<Remedy> remedies;       // what is given (or asked for) now
    Money amount;                 // their total
    Money requestedAmount;        // approval requests: the amount first asked for
    QString reason;
    qint64 approverId = 0;
    QString approverName;
    QString approverComment;
    bool escalated = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 switchDeadlineMs = 0; // offers: the customer may switch until then (0: not chosen yet)
    Money orderAmount;           // the order's amount
    Money orderGiven;            // what the order's other compensations give or hold (givenOnOrder)
    friend bool operator==(const Compensation &, const Compensation &) = default;
};

// What one compensation counts toward its order's ceiling: given money, a pending request's amount
// (it may still be approved) and an open or chosen offer's dearest option (the customer may still
// pick or switch to it). Rejected requests count nothing.
Money countedTowardOrder(const Compensation &compensation);
// The sum of that over the compensations of one order, leaving out the one with id `excludeId`.
Money givenOnOrder(const QList<Compensation> &compensations, qint64 excludeId = 0);

// An agent's authority as the server counts it for one day. `spentToday` is money given;
// `heldToday` is held for customers who may still pick or switch to a dearer offered option.
struct AuthorityStatus
{
    qint64 agentId = 0;
    Money perCaseLimit;
    Money dailyBudget;
    Money spentToday;
    Money heldToday;
    bool custom = false;   // set by a supervisor rather than the role's default
    bool mentored = false; // lowered for an open mentor session (the trainee profile)
    Authority authority() const { return {perCaseLimit, dailyBudget, spentToday + heldToday}; }
    friend bool operator==(const AuthorityStatus &, const AuthorityStatus &) = default;
};

QString authorityCheckName(AuthorityCheck check);

} // namespace warmline::core
