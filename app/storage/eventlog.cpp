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
        "INSERT INTO events (kind, audience, customer_id, conversation_id, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.kind);
    q.addBindValue(event.audience == Audience::All ? QStringLiteral("all") : QStringLiteral("staff"));
    q.addBindValue(event.customerId > 0 ? QVariant(event.customerId) : QVariant());
    q.addBindValue(event.conversationId > 0 ? QVariant(event.conversationId) : QVariant());
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
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
        q.prepare(
            QStringLiteral("SELECT seq, kind, audience, customer_id, conversation_id, payload FROM events "
                           "WHERE seq > ? AND customer_id = ? AND audience = 'all' ORDER BY seq LIMIT ?"));
        q.addBindValue(since);
        q.addBindValue(customerId);
    } else {
        q.prepare(
            QStringLiteral("SELECT seq, kind, audience, customer_id, conversation_id, payload FROM events "
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
        e.audience = q.value(2).toString() == QLatin1StringView("all") ? Audience::All : Audience::Staff;
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
