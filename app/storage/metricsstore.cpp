#include "storage/metricsstore.h"

#include "core/compensation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace warmline::storage {

namespace {

// A conversation's team is its queue's; a queue without a row is organisation-wide (team 0).
const QString kTeamOfQueue =
    QStringLiteral("coalesce((SELECT q.team_id FROM queues q WHERE q.name = c.queue), 0)");

std::optional<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::nullopt;
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return std::nullopt;
    return q;
}

} // namespace

MetricsStore::MetricsStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<MetricsStore::Team>> MetricsStore::teams()
{
    auto q = run(m_db, QStringLiteral("SELECT id, name FROM teams ORDER BY id"), {});
    if (!q)
        return std::nullopt;
    QList<Team> teams;
    while (q->next())
        teams.append({q->value(0).toLongLong(), q->value(1).toString()});
    return teams;
}

std::optional<QList<MetricsStore::Staff>> MetricsStore::staff()
{
    auto q = run(m_db, QStringLiteral(R"(
SELECT a.id, a.display_name, a.role, coalesce(a.team_id, 0), k.daily_budget
FROM agents a LEFT JOIN agent_authority k ON k.agent_id = a.id ORDER BY a.id)"),
                 {});
    if (!q)
        return std::nullopt;
    QList<Staff> staff;
    while (q->next()) {
        Staff member;
        member.id = q->value(0).toLongLong();
        member.name = q->value(1).toString();
        member.role = core::roleFromName(q->value(2).toString()).value_or(core::Role::Agent);
        member.teamId = q->value(3).toLongLong();
        member.dailyBudget = q->value(4).isNull() ? core::defaultAuthority(member.role).dailyBudget
                                                  : core::Money::fromMinor(q->value(4).toLongLong());
        staff.append(member);
    }
    return staff;
}

std::optional<QList<MetricsStore::Resolved>> MetricsStore::resolved(qint64 fromMs, qint64 toMs,
                                                                    qint64 repeatWindowMs)
{
    auto q = run(m_db,
                 QStringLiteral(R"(
SELECT c.id, %1, c.assigned_agent_id, c.resolved_at,
       EXISTS (SELECT 1 FROM conversation_transfers t
               WHERE t.conversation_id = c.id AND t.from_agent_id IS NOT NULL),
       EXISTS (SELECT 1 FROM conversations n
               WHERE n.customer_id = c.customer_id AND n.id <> c.id
                 AND n.created_at > c.resolved_at AND n.created_at <= c.resolved_at + ?)
FROM conversations c
WHERE c.status = 'resolved' AND c.assigned_agent_id IS NOT NULL
  AND c.resolved_at >= ? AND c.resolved_at < ?
ORDER BY c.id)")
                     .arg(kTeamOfQueue),
                 {repeatWindowMs, fromMs, toMs});
    if (!q)
        return std::nullopt;
    QList<Resolved> rows;
    while (q->next()) {
        rows.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                     q->value(3).toLongLong(), q->value(4).toBool(), q->value(5).toBool()});
    }
    return rows;
}

std::optional<QList<MetricsStore::CustomerLine>> MetricsStore::customerLinesAfterPerson(qint64 fromMs,
                                                                                        qint64 toMs)
{
    auto q = run(m_db, QStringLiteral(R"(
SELECT m.conversation_id, m.body
FROM messages m JOIN conversations c ON c.id = m.conversation_id
WHERE c.status = 'resolved' AND c.assigned_agent_id IS NOT NULL
  AND c.resolved_at >= ? AND c.resolved_at < ?
  AND m.sender = 'customer'
  AND m.created_at >= (SELECT min(a.created_at) FROM messages a
                       WHERE a.conversation_id = m.conversation_id AND a.sender = 'agent')
ORDER BY m.id)"),
                 {fromMs, toMs});
    if (!q)
        return std::nullopt;
    QList<CustomerLine> lines;
    while (q->next())
        lines.append({q->value(0).toLongLong(), q->value(1).toString()});
    return lines;
}

std::optional<QList<MetricsStore::StatusChange>> MetricsStore::statusChanges(qint64 fromMs, qint64 toMs)
{
    auto q = run(m_db, QStringLiteral(R"(
SELECT e.conversation_id, e.payload, e.created_at
FROM events e
WHERE e.kind IN ('conversation.created', 'conversation.updated')
  AND e.conversation_id IN (SELECT p.conversation_id FROM events p
                            WHERE p.kind IN ('conversation.created', 'conversation.updated') AND p.created_at >= ? AND p.created_at < ?)
  AND e.created_at < ?
ORDER BY e.conversation_id, e.seq)"),
                 {fromMs, toMs, toMs});
    if (!q)
        return std::nullopt;
    QList<StatusChange> changes;
    while (q->next()) {
        const QJsonObject conversation = QJsonDocument::fromJson(q->value(1).toString().toUtf8())
                                             .object()
                                             .value(QStringLiteral("conversation"))
                                             .toObject();
        StatusChange change;
        change.conversationId = q->value(0).toLongLong();
        change.status = conversation.value(QStringLiteral("status")).toString();
        change.teamId = conversation.value(QStringLiteral("teamId")).toInteger();
        change.agentId = conversation.value(QStringLiteral("assignedAgentId")).toInteger();
        change.atMs = q->value(2).toLongLong();
        changes.append(change);
    }
    return changes;
}

std::optional<QList<MetricsStore::RowWait>> MetricsStore::waitsWithoutEvents(qint64 fromMs, qint64 toMs)
{
    auto q = run(m_db,
                 QStringLiteral(R"(
SELECT c.id, %1, c.assigned_agent_id, c.queued_at, c.assigned_at
FROM conversations c
WHERE c.assigned_at >= ? AND c.assigned_at < ? AND c.queued_at IS NOT NULL
  AND c.assigned_agent_id IS NOT NULL AND c.assigned_at >= c.queued_at
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.conversation_id = c.id AND e.kind IN ('conversation.created', 'conversation.updated'))
ORDER BY c.id)")
                     .arg(kTeamOfQueue),
                 {fromMs, toMs});
    if (!q)
        return std::nullopt;
    QList<RowWait> waits;
    while (q->next()) {
        waits.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                      q->value(3).toLongLong(), q->value(4).toLongLong()});
    }
    return waits;
}

std::optional<QList<MetricsStore::Spend>> MetricsStore::spend(const QString &fromDay, const QString &toDay)
{
    // The same money CompensationStore::authority counts as spent (holds of open offers are a
    // reservation, not spend).
    auto q = run(m_db, QStringLiteral(R"(
SELECT budget_agent_id, budget_day, sum(amount)
FROM compensations
WHERE status IN ('effective', 'approved', 'switched') AND budget_agent_id IS NOT NULL
  AND budget_day >= ? AND budget_day <= ?
GROUP BY budget_agent_id, budget_day
ORDER BY budget_day, budget_agent_id)"),
                 {fromDay, toDay});
    if (!q)
        return std::nullopt;
    QList<Spend> rows;
    while (q->next()) {
        rows.append({q->value(0).toLongLong(), q->value(1).toString(),
                     core::Money::fromMinor(q->value(2).toLongLong())});
    }
    return rows;
}

std::optional<QList<MetricsStore::BotConversation>> MetricsStore::botConversations(qint64 fromMs, qint64 toMs)
{
    auto q = run(m_db,
                 QStringLiteral(R"(
SELECT c.id, %1, c.created_at, c.status = 'resolved', c.handoff IS NOT NULL,
       c.queued_at IS NOT NULL OR c.assigned_agent_id IS NOT NULL
FROM conversations c
WHERE c.created_at >= ? AND c.created_at < ?
  AND (c.handoff IS NOT NULL
       OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.sender = 'bot'))
ORDER BY c.id)")
                     .arg(kTeamOfQueue),
                 {fromMs, toMs});
    if (!q)
        return std::nullopt;
    QList<BotConversation> rows;
    while (q->next()) {
        rows.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                     q->value(3).toBool(), q->value(4).toBool(), q->value(5).toBool()});
    }
    return rows;
}

std::optional<QList<MetricsStore::AgentLine>> MetricsStore::agentLinesAfterHandover(qint64 fromMs,
                                                                                    qint64 toMs)
{
    auto q = run(m_db,
                 QStringLiteral(R"(
SELECT m.id, m.conversation_id, m.agent_id, %1, m.created_at, m.body, coalesce(c.handoff, ''),
       coalesce((SELECT min(t.created_at) FROM conversation_transfers t
                 WHERE t.conversation_id = c.id AND t.from_agent_id IS NOT NULL), 0),
       coalesce((SELECT o.order_no FROM orders o WHERE o.id = c.order_id), '')
FROM messages m JOIN conversations c ON c.id = m.conversation_id
WHERE m.sender = 'agent' AND m.agent_id IS NOT NULL AND m.created_at >= ? AND m.created_at < ?
  AND (c.handoff IS NOT NULL
       OR EXISTS (SELECT 1 FROM conversation_transfers t
                  WHERE t.conversation_id = c.id AND t.from_agent_id IS NOT NULL))
ORDER BY m.id)")
                     .arg(kTeamOfQueue),
                 {fromMs, toMs});
    if (!q)
        return std::nullopt;
    QList<AgentLine> lines;
    while (q->next()) {
        AgentLine line;
        line.messageId = q->value(0).toLongLong();
        line.conversationId = q->value(1).toLongLong();
        line.agentId = q->value(2).toLongLong();
        line.teamId = q->value(3).toLongLong();
        line.atMs = q->value(4).toLongLong();
        line.body = q->value(5).toString();
        line.handoff = q->value(6).toString();
        line.firstTransferAtMs = q->value(7).toLongLong();
        line.orderNumber = q->value(8).toString();
        lines.append(line);
    }
    return lines;
}

} // namespace warmline::storage
