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
};

struct CompensationOption
{
    QList<Remedy> remedies; // one remedy, or a combination
    Money cost;
    int acceptancePercent = 0; // estimated from history, 0–100
    AuthorityCheck authority = AuthorityCheck::Within;
    bool withinAuthority() const { return authority == AuthorityCheck::Within; }
    QString key() const; // "replacement+free_return_shipping": stable, for the wire and tests
};

// At least three options for every category, single remedies first considered by how customers
// accepted them before, then combinations; sorted by estimated acceptance (highest first), then
// by cost (cheapest first), then by key.
QList<CompensationOption> proposeOptions(const CompensationContext &context);

// Acceptance estimate for one remedy: (accepted + 1) / (offered + 2) — Laplace's rule, so an
// untried remedy starts at 50 % rather than at 0 or 100 — as whole percent, rounded.
int acceptancePercent(const QString &remedyKey, const QMap<QString, qint64> &offered,
                      const QMap<QString, qint64> &accepted);

} // namespace warmline::core
