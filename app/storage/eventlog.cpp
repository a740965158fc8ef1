#include "storage/eventlog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

EventLog::EventLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> EventLog::append(StoredEvent &event, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO events (kind, audience, customer_id, conversation_id, payload, created_at, reach, "
        "team_id, agent_id, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const core::Audience &audience = event.audience;
    q.addBindValue(event.kind);
    q.addBindValue(audience.customerVisible ? QStringLiteral("all") : QStringLiteral("staff"));
    q.addBindValue(event.customerId > 0 ? QVariant(event.customerId) : QVariant());
    q.addBindValue(event.conversationId > 0 ? QVariant(event.conversationId) : QVariant());
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    q.addBindValue(core::reachName(audience.reach));
    q.addBindValue(audience.teamId > 0 ? QVariant(audience.teamId) : QVariant());
    q.addBindValue(audience.agentId > 0 ? QVariant(audience.agentId) : QVariant());
    q.addBindValue(audience.reach == core::Audience::Reach::Role ? QVariant(core::roleName(audience.role))
                                                                 : QVariant());
    if (!q.exec())
        return std::nullopt;
    event.seq = q.lastInsertId().toLongLong();
    return event.seq;
}

qint64 EventLog::headSeq()
{
    // sqlite_sequence remembers the highest seq ever handed out, even after pruning.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'events'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 EventLog::oldestRetainedSeq()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT min(seq) FROM events")) && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return headSeq() + 1;
}

QList<StoredEvent> EventLog::readAfter(qint64 since, qint64 customerId, int limit)
{
    QList<StoredEvent> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (customerId > 0) {
        q.prepare(QStringLiteral(
            "SELECT seq, kind, audience, customer_id, conversation_id, payload, reach, team_id, "
            "agent_id, role FROM events "
            "WHERE seq > ? AND customer_id = ? AND audience = 'all' ORDER BY seq LIMIT ?"));
        q.addBindValue(since);
        q.addBindValue(customerId);
    } else {
        q.prepare(QStringLiteral(
            "SELECT seq, kind, audience, customer_id, conversation_id, payload, reach, team_id, "
            "agent_id, role FROM events "
            "WHERE seq > ? ORDER BY seq LIMIT ?"));
        q.addBindValue(since);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        StoredEvent e;
        e.seq = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.audience.customerVisible = q.value(2).toString() == QLatin1StringView("all");
        // An unknown reach (a newer server's log) is treated as the narrowest: one agent, nobody.
        e.audience.reach = core::reachFromName(q.value(6).toString()).value_or(core::Audience::Reach::Agent);
        e.audience.teamId = q.value(7).toLongLong();
        e.audience.agentId = q.value(8).toLongLong();
        e.audience.role = core::roleFromName(q.value(9).toString()).value_or(core::Role::Agent);
        e.customerId = q.value(3).toLongLong();
        e.conversationId = q.value(4).toLongLong();
        e.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        result.append(e);
    }
    return result;
}

int EventLog::prune(qint64 keep)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE seq <= ?"));
    q.addBindValue(headSeq() - keep);
    if (!q.exec())
        return 0;
    return q.numRowsAffected();
}

} // namespace warmline::storage
