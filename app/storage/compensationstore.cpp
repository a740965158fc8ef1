#include "storage/compensationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

// Stored remedies carry kind and amount; percent and points are derived again when read, so the
// stored form cannot disagree with the amount.
QJsonArray remediesJson(const QList<core::Remedy> &remedies)
{
    QJsonArray array;
    for (const core::Remedy &remedy : remedies)
        array.append(QJsonObject{{QStringLiteral("kind"), core::remedyKey(remedy.kind)},
                                 {QStringLiteral("amount"), remedy.cost.minor()}});
    return array;
}

QList<core::Remedy> remediesFrom(const QJsonArray &array, core::Money orderAmount)
{
    QList<core::Remedy> remedies;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        if (const auto kind = core::remedyFromKey(object.value(QStringLiteral("kind")).toString()))
            remedies.append(core::remedyWithCost(
                *kind, core::Money::fromMinor(object.value(QStringLiteral("amount")).toInteger()),
                orderAmount));
    }
    return remedies;
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

QVariant nullableIndex(int value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

const QString selectColumns = QStringLiteral(R"(
SELECT k.id, k.kind, k.status, k.complaint_id, c.category, k.customer_id, cu.display_name, k.order_id,
       coalesce(k.conversation_id, 0), k.agent_id, a.display_name, k.options, coalesce(k.chosen_index, -1),
       coalesce(k.previous_index, -1), k.remedies, k.amount, k.requested_amount, k.reason,
       coalesce(k.approver_id, 0), coalesce(ap.display_name, ''), k.approver_comment,
       coalesce(k.escalated_at, 0), k.created_at, k.updated_at, coalesce(k.switch_deadline, 0),
       o.amount_cents, k.hold, coalesce(k.budget_agent_id, 0), coalesce(k.budget_day, '')
FROM compensations k
JOIN complaints c ON c.id = k.complaint_id
JOIN customers cu ON cu.id = k.customer_id
JOIN orders o ON o.id = k.order_id
JOIN agents a ON a.id = k.agent_id
LEFT JOIN agents ap ON ap.id = k.approver_id
)");

CompensationRow rowFrom(const QSqlQuery &q)
{
    CompensationRow row;
    core::Compensation &c = row.compensation;
    const core::Money orderAmount = core::Money::fromMinor(q.value(25).toLongLong());
    c.id = q.value(0).toLongLong();
    c.kind = core::compensationKindFromName(q.value(1).toString()).value_or(core::CompensationKind::Decision);
    c.status =
        core::compensationStatusFromName(q.value(2).toString()).value_or(core::CompensationStatus::Effective);
    c.complaintId = q.value(3).toLongLong();
    c.complaintCategory = q.value(4).toString();
    c.customerId = q.value(5).toLongLong();
    c.customerName = q.value(6).toString();
    c.orderId = q.value(7).toLongLong();
    c.conversationId = q.value(8).toLongLong();
    c.agentId = q.value(9).toLongLong();
    c.agentName = q.value(10).toString();
    for (const QJsonValue &option : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        c.options.append(remediesFrom(option.toArray(), orderAmount));
    c.chosenIndex = q.value(12).toInt();
    c.previousIndex = q.value(13).toInt();
    c.remedies = remediesFrom(QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array(), orderAmount);
    c.amount = core::Money::fromMinor(q.value(15).toLongLong());
    c.requestedAmount = core::Money::fromMinor(q.value(16).toLongLong());
    c.reason = q.value(17).toString();
    c.approverId = q.value(18).toLongLong();
    c.approverName = q.value(19).toString();
    c.approverComment = q.value(20).toString();
    row.escalatedAtMs = q.value(21).toLongLong();
    c.escalated = row.escalatedAtMs > 0;
    c.createdAtMs = q.value(22).toLongLong();
    c.updatedAtMs = q.value(23).toLongLong();
    c.switchDeadlineMs = q.value(24).toLongLong();
    c.orderAmount = orderAmount;
    row.hold = core::Money::fromMinor(q.value(26).toLongLong());
    row.budgetAgentId = q.value(27).toLongLong();
    row.budgetDay = q.value(28).toString();
    return row;
}

} // namespace

CompensationStore::CompensationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ComplaintContext> CompensationStore::complaint(qint64 complaintId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(R"(
SELECT c.id, c.category, coalesce(c.resolution, ''), c.customer_id, cu.display_name, cu.tier, c.order_id,
       c.product_id, o.amount_cents,
       (SELECT count(*) FROM complaints WHERE customer_id = c.customer_id AND id <> c.id),
       coalesce(c.conversation_id, 0)
FROM complaints c JOIN orders o ON o.id = c.order_id JOIN customers cu ON cu.id = c.customer_id
WHERE c.id = ?)"));
    q.addBindValue(complaintId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ComplaintContext context;
    context.complaintId = q.value(0).toLongLong();
    context.category = q.value(1).toString();
    context.resolution = q.value(2).toString();
    context.customerId = q.value(3).toLongLong();
    context.customerName = q.value(4).toString();
    context.tier = q.value(5).toString();
    context.orderId = q.value(6).toLongLong();
    context.productId = q.value(7).toLongLong();
    context.orderAmount = core::Money::fromMinor(q.value(8).toLongLong());
    context.previousComplaints = q.value(9).toInt();
    context.conversationId = q.value(10).toLongLong();
    return context;
}

core::AuthorityStatus CompensationStore::authority(qint64 agentId, core::Role role, const QString &day,
                                                   qint64 nowMs)
{
    core::AuthorityStatus status;
    status.agentId = agentId;
    const core::Authority defaults = core::defaultAuthority(role);
    status.perCaseLimit = defaults.perCaseLimit;
    status.dailyBudget = defaults.dailyBudget;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT per_case_limit, daily_budget FROM agent_authority WHERE agent_id = ?"));
    q.addBindValue(agentId);
    if (q.exec() && q.next()) {
        status.perCaseLimit = core::Money::fromMinor(q.value(0).toLongLong());
        status.dailyBudget = core::Money::fromMinor(q.value(1).toLongLong());
        status.custom = true;
    }
    q.prepare(QStringLiteral(R"(
SELECT coalesce(sum(CASE WHEN status IN ('effective', 'approved', 'switched') THEN amount ELSE 0 END), 0),
       coalesce(sum(CASE WHEN status = 'offered' THEN hold
                         WHEN status = 'effective' AND kind = 'offer' AND hold > amount
                              AND switch_deadline > ? THEN hold - amount
                         ELSE 0 END), 0)
FROM compensations WHERE budget_agent_id = ? AND budget_day = ?)"));
    q.addBindValue(nowMs);
    q.addBindValue(agentId);
    q.addBindValue(day);
    if (q.exec() && q.next()) {
        status.spentToday = core::Money::fromMinor(q.value(0).toLongLong());
        status.heldToday = core::Money::fromMinor(q.value(1).toLongLong());
    }
    return status;
}

bool CompensationStore::setAuthority(qint64 agentId, core::Money perCaseLimit, core::Money dailyBudget,
                                     qint64 setBy, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO agent_authority (agent_id, per_case_limit, daily_budget, set_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (agent_id) DO UPDATE SET per_case_limit = "
        "excluded.per_case_limit, "
        "daily_budget = excluded.daily_budget, set_by = excluded.set_by, updated_at = excluded.updated_at"));
    q.addBindValue(agentId);
    q.addBindValue(perCaseLimit.minor());
    q.addBindValue(dailyBudget.minor());
    q.addBindValue(setBy);
    q.addBindValue(nowMs);
    return q.exec();
}

std::optional<qint64> CompensationStore::insert(const CompensationRow &row)
{
    const core::Compensation &c = row.compensation;
    QJsonArray options;
    for (const auto &option : c.options)
        options.append(remediesJson(option));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO compensations (kind, status, complaint_id, customer_id, order_id, conversation_id, "
        "agent_id, options, chosen_index, previous_index, remedies, amount, requested_amount, hold, reason, "
        "budget_agent_id, budget_day, switch_deadline, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(core::compensationKindName(c.kind));
    q.addBindValue(core::compensationStatusName(c.status));
    q.addBindValue(c.complaintId);
    q.addBindValue(c.customerId);
    q.addBindValue(c.orderId);
    q.addBindValue(nullable(c.conversationId));
    q.addBindValue(c.agentId);
    q.addBindValue(compact(options));
    q.addBindValue(nullableIndex(c.chosenIndex));
    q.addBindValue(nullableIndex(c.previousIndex));
    q.addBindValue(compact(remediesJson(c.remedies)));
    q.addBindValue(c.amount.minor());
    q.addBindValue(c.requestedAmount.minor());
    q.addBindValue(row.hold.minor());
    q.addBindValue(c.reason);
    q.addBindValue(nullable(row.budgetAgentId));
    q.addBindValue(row.budgetDay.isEmpty() ? QVariant() : QVariant(row.budgetDay));
    q.addBindValue(nullable(c.switchDeadlineMs));
    q.addBindValue(c.createdAtMs);
    q.addBindValue(c.updatedAtMs);
    if (!q.exec())
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool CompensationStore::update(const CompensationRow &row)
{
    const core::Compensation &c = row.compensation;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE compensations SET status = ?, chosen_index = ?, previous_index = ?, remedies = ?, amount = "
        "?, "
        "budget_agent_id = ?, budget_day = ?, approver_id = ?, approver_comment = ?, escalated_at = ?, "
        "switch_deadline = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(core::compensationStatusName(c.status));
    q.addBindValue(nullableIndex(c.chosenIndex));
    q.addBindValue(nullableIndex(c.previousIndex));
    q.addBindValue(compact(remediesJson(c.remedies)));
    q.addBindValue(c.amount.minor());
    q.addBindValue(nullable(row.budgetAgentId));
    q.addBindValue(row.budgetDay.isEmpty() ? QVariant() : QVariant(row.budgetDay));
    q.addBindValue(nullable(c.approverId));
    // A null QString binds as NULL, which the NOT NULL column refuses: no comment is an empty one.
    q.addBindValue(c.approverComment.isNull() ? QStringLiteral("") : c.approverComment);
    q.addBindValue(nullable(row.escalatedAtMs));
    q.addBindValue(nullable(c.switchDeadlineMs));
    q.addBindValue(c.updatedAtMs);
    q.addBindValue(c.id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<CompensationRow> CompensationStore::row(qint64 compensationId)
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral("WHERE k.id = ?"));
    q.addBindValue(compensationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowFrom(q);
}

QList<core::Compensation> CompensationStore::select(const QString &where, const QVariantList &values,
                                                    int limit)
{
    QList<core::Compensation> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns + where + QStringLiteral(" LIMIT ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(rowFrom(q).compensation);
    return result;
}

QList<core::Compensation> CompensationStore::ofComplaint(qint64 complaintId)
{
    return select(QStringLiteral("WHERE k.complaint_id = ? ORDER BY k.id DESC"), {complaintId}, 50);
}

QList<core::Compensation> CompensationStore::ofOrder(qint64 orderId)
{
    // Every row: the order's ceiling counts them all, and one order never has many.
    return select(QStringLiteral("WHERE k.order_id = ? ORDER BY k.id"), {orderId}, 100000);
}

QList<core::Compensation> CompensationStore::pendingApprovals()
{
    return select(QStringLiteral("WHERE k.status = 'pending_approval' ORDER BY k.created_at, k.id"), {}, 500);
}

QList<core::Compensation> CompensationStore::answeredApprovals(int limit)
{
    return select(QStringLiteral("WHERE k.kind = 'approval_request' AND k.status IN ('approved', 'rejected') "
                                 "ORDER BY k.updated_at DESC, k.id DESC"),
                  {}, limit);
}

QList<qint64> CompensationStore::dueForEscalation(qint64 createdBefore)
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM compensations WHERE status = 'pending_approval' AND "
                             "escalated_at IS NULL AND created_at <= ? ORDER BY created_at, id"));
    q.addBindValue(createdBefore);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool CompensationStore::setComplaintResolution(qint64 complaintId, const QString &resolution,
                                               std::optional<bool> accepted)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE complaints SET resolution = ?, accepted = ? WHERE id = ?"));
    q.addBindValue(resolution);
    q.addBindValue(accepted ? QVariant(int(*accepted)) : QVariant());
    q.addBindValue(complaintId);
    return q.exec();
}

} // namespace warmline::storage
