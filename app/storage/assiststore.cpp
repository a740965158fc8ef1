#include "storage/assiststore.h"

#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

void count(TemplateCounts &counts, const QString &action, qint64 n)
{
    if (action == QLatin1StringView("inserted"))
        counts.inserted += n;
    else if (action == QLatin1StringView("sent"))
        counts.sent += n;
    else if (action == QLatin1StringView("edited"))
        counts.edited += n;
    else if (action == QLatin1StringView("ignored"))
        counts.ignored += n;
}

} // namespace

AssistStore::AssistStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> AssistStore::record(const SuggestionFeedback &feedback, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO assist_feedback (agent_id, conversation_id, message_id, intent, "
                             "template_id, source, action, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(feedback.agentId);
    q.addBindValue(feedback.conversationId);
    q.addBindValue(feedback.messageId);
    q.addBindValue(feedback.intent);
    q.addBindValue(feedback.templateId.isEmpty() ? QVariant() : QVariant(feedback.templateId));
    q.addBindValue(feedback.source);
    q.addBindValue(feedback.action);
    q.addBindValue(nowMs);
    if (!q.exec())
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QHash<QString, TemplateCounts> AssistStore::templateCounts()
{
    QHash<QString, TemplateCounts> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT template_id, action, count(*) FROM assist_feedback "
                               "WHERE template_id IS NOT NULL GROUP BY template_id, action")))
        return result;
    while (q.next())
        count(result[q.value(0).toString()], q.value(1).toString(), q.value(2).toLongLong());
    return result;
}

TemplateCounts AssistStore::templateCounts(const QString &templateId)
{
    TemplateCounts counts;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT action, count(*) FROM assist_feedback WHERE template_id = ? GROUP BY action"));
    q.addBindValue(templateId);
    if (q.exec()) {
        while (q.next())
            count(counts, q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

QList<LearnedExample> AssistStore::learnedExamples(int limit)
{
    QList<LearnedExample> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.id, m.body, f.intent FROM assist_feedback f "
                             "JOIN messages m ON m.id = f.message_id "
                             "WHERE f.action IN ('sent', 'edited') ORDER BY f.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result.prepend({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

qint64 AssistStore::learnedCount()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM assist_feedback WHERE action IN ('sent', 'edited')")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<PastReply> AssistStore::pastReplies(int limit)
{
    QList<PastReply> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Newest first by id (ids grow with time), which needs no index on resolved_at.
    q.prepare(QStringLiteral("SELECT c.id, "
                             "(SELECT body FROM messages WHERE conversation_id = c.id AND sender = "
                             "'customer' ORDER BY id LIMIT 1), "
                             "(SELECT body FROM messages WHERE conversation_id = c.id AND sender = 'agent' "
                             "ORDER BY id DESC LIMIT 1) "
                             "FROM conversations c WHERE c.status = 'resolved' ORDER BY c.id DESC LIMIT ?"));
    q.addBindValue(limit * 2);
    if (!q.exec())
        return result;
    while (q.next() && result.size() < limit) {
        PastReply reply{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        if (!reply.question.isEmpty() && !reply.reply.isEmpty())
            result.append(reply);
    }
    return result;
}

} // namespace warmline::storage
