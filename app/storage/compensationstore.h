#pragma once

#include "core/compensation.h"

#include <optional>
#include <QSqlDatabase>

namespace warmline::storage {

// What the policy engine needs to know about a complaint.
struct ComplaintContext
{
    qint64 complaintId = 0;
    QString category;
    QString resolution; // empty while open
    qint64 customerId = 0;
    QString customerName;
    QString tier;
    qint64 orderId = 0;
    qint64 productId = 0;
    core::Money orderAmount;
    int previousComplaints = 0; // the customer's other complaints
    qint64 conversationId = 0;  // the conversation it was raised in (0: none)
};

// A compensation row with the bookkeeping behind the budget meter.
struct CompensationRow
{
    core::Compensation compensation;
    core::Money hold;         // offers: the dearest option
    qint64 budgetAgentId = 0; // whose daily budget it counts against (0: nobody's yet)
    QString budgetDay;        // YYYY-MM-DD
    qint64 escalatedAtMs = 0;
};

// Compensation decisions, approvals and offers, and agents' authority. Every write runs inside the
// caller's write transaction, so the checks that precede it and the audit entry that follows it
// commit (or roll back) together with it.
class CompensationStore final
{
public:
    explicit CompensationStore(QSqlDatabase db);

    std::optional<ComplaintContext> complaint(qint64 complaintId);

    // The authority of an agent on `day` at `nowMs` (holds of offers whose window closed no longer count).
    core::AuthorityStatus authority(qint64 agentId, core::Role role, const QString &day, qint64 nowMs);
    bool setAuthority(qint64 agentId, core::Money perCaseLimit, core::Money dailyBudget, qint64 setBy,
                      qint64 nowMs);

    std::optional<qint64> insert(const CompensationRow &row);
    // Writes the mutable fields of row.compensation (status, choice, remedies, amount, approver,
    // escalation, window) and the budget fields.
    bool update(const CompensationRow &row);
    std::optional<CompensationRow> row(qint64 compensationId);
    QList<core::Compensation> ofComplaint(qint64 complaintId);
    QList<core::Compensation> ofOrder(qint64 orderId);
    QList<core::Compensation> pendingApprovals();
    QList<core::Compensation> answeredApprovals(int limit);
    // Pending requests created at or before `createdBefore` and not yet escalated.
    QList<qint64> dueForEscalation(qint64 createdBefore);

    // The complaint's resolution follows the compensation given (the profile statistics follow it
    // through the triggers of schema version 3).
    bool setComplaintResolution(qint64 complaintId, const QString &resolution, std::optional<bool> accepted);

private:
    QList<core::Compensation> select(const QString &where, const QVariantList &values, int limit);
    QSqlDatabase m_db;
};

} // namespace warmline::storage
