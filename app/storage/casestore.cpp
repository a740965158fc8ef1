#include "storage/casestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

// The case's columns, then `extra` (column 13).
QString caseSelect(const QString &extra = QStringLiteral("0"))
{
    return QStringLiteral("SELECT k.id, k.title, k.story, k.non_standard, k.outcome, k.lessons, "
                          "k.conversation_id, k.channel, "
                          "k.agent_name, COALESCE(author.display_name, ''), k.created_at, "
                          "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM case_tags WHERE case_id = "
                          "k.id ORDER BY tag)), "
                          "(SELECT count(*) FROM case_messages WHERE case_id = k.id), %1 "
                          "FROM cases k LEFT JOIN agents author ON author.id = k.author_id ")
        .arg(extra);
}

core::ServiceCase caseFrom(const QSqlQuery &q)
{
    core::ServiceCase c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.story = q.value(2).toString();
    c.nonStandard = q.value(3).toString();
    c.outcome = q.value(4).toString();
    c.lessons = q.value(5).toString();
    c.conversationId = q.value(6).toLongLong();
    c.channel = core::channelFromName(q.value(7).toString()).value_or(core::Channel::Web);
    c.agentName = q.value(8).toString();
    c.authorName = q.value(9).toString();
    c.createdAtMs = q.value(10).toLongLong();
    c.tags = q.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return c;
}

} // namespace

CaseStore::CaseStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> CaseStore::add(const core::ServiceCase &c, qint64 authorId, const IndexText &index,
                                     qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO cases (conversation_id, title, story, non_standard, outcome, lessons, channel, "
        "agent_name, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(c.conversationId), QVariant(c.title), QVariant(c.story), QVariant(c.nonStandard),
          QVariant(c.outcome), QVariant(c.lessons), QVariant(core::channelName(c.channel)),
          QVariant(c.agentName), QVariant(authorId), QVariant(nowMs)})
        q.addBindValue(value);
    if (!q.exec())
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO case_tags (case_id, tag) VALUES (?, ?)"));
    for (const QString &tag : c.tags) {
        q.addBindValue(id);
        q.addBindValue(tag);
        if (!q.exec())
            return std::nullopt;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO case_messages (case_id, position, sender, author, body, at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.transcript.size(); ++i) {
        const core::CaseMessage &m = c.transcript.at(i);
        q.addBindValue(id);
        q.addBindValue(qint64(i));
        q.addBindValue(core::senderName(m.sender));
        q.addBindValue(m.author);
        q.addBindValue(m.body);
        q.addBindValue(m.atMs);
        if (!q.exec())
            return std::nullopt;
    }
    q.prepare(QStringLiteral("INSERT INTO cases_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(index.title);
    q.addBindValue(index.body);
    q.addBindValue(index.tags);
    if (!q.exec())
        return std::nullopt;
    return id;
}

std::optional<core::ServiceCase> CaseStore::serviceCase(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.prepare(caseSelect() + QStringLiteral("WHERE k.id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    core::ServiceCase c = caseFrom(q);
    q.prepare(QStringLiteral(
        "SELECT sender, author, body, at FROM case_messages WHERE case_id = ? ORDER BY position"));
    q.addBindValue(caseId);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        c.transcript.append({core::senderFromName(q.value(0).toString()).value_or(core::Sender::System),
                             q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    return c;
}

std::optional<qint64> CaseStore::caseOfConversation(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<CaseStore::Hit> CaseStore::search(const QString &match, const QString &tag, int limit)
{
    QList<Hit> hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString tagFilter =
        tag.isEmpty() ? QString()
                      : QStringLiteral("AND EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = k.id AND "
                                       "t.tag = ?) ");
    if (match.isEmpty()) {
        q.prepare(caseSelect() + QStringLiteral("WHERE 1 ") + tagFilter +
                  QStringLiteral("ORDER BY k.created_at DESC, k.id DESC LIMIT ?"));
    } else {
        // bm25() is lower for better matches; the title counts three times, tags twice the body.
        q.prepare(caseSelect(QStringLiteral("-bm25(cases_fts, 3.0, 1.0, 2.0)")) +
                  QStringLiteral("JOIN cases_fts ON cases_fts.rowid = k.id WHERE cases_fts MATCH ? ") +
                  tagFilter + QStringLiteral("ORDER BY bm25(cases_fts, 3.0, 1.0, 2.0) LIMIT ?"));
        q.addBindValue(match);
    }
    if (!tag.isEmpty())
        q.addBindValue(tag);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next())
        hits.append({caseFrom(q), q.value(13).toDouble(), q.value(12).toInt()});
    return hits;
}

QList<QPair<QString, int>> CaseStore::tagCounts()
{
    QList<QPair<QString, int>> counts;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT tag, count(*) AS n FROM case_tags GROUP BY tag ORDER BY n DESC, tag")))
        return counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

qint64 CaseStore::casesWithTerm(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT doc FROM cases_vocab WHERE term = ?"));
    q.addBindValue(token);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CaseStore::caseCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList CaseStore::indexedTokens(qint64 caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title || ' ' || body || ' ' || tags FROM cases_fts WHERE rowid = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::optional<qint64> CaseStore::demoConversation(const QString &category, bool english, int messages)
{
    QSqlQuery q(m_db);
    // The best fit first: an accepted resolution, a longer conversation, the newest.
    q.prepare(
        QStringLiteral("SELECT c.id FROM conversations c JOIN complaints k ON k.conversation_id = c.id "
                       "JOIN customers cu ON cu.id = c.customer_id "
                       "WHERE c.status = 'resolved' AND c.assigned_agent_id IS NOT NULL AND k.category = ? "
                       "AND (cu.locale LIKE 'zh%') = ? "
                       "AND (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) >= ? "
                       "AND NOT EXISTS (SELECT 1 FROM cases WHERE conversation_id = c.id) "
                       "ORDER BY k.accepted = 1 DESC, (SELECT count(*) FROM messages m WHERE "
                       "m.conversation_id = c.id) DESC, "
                       "c.id DESC LIMIT 1"));
    q.addBindValue(category);
    q.addBindValue(english ? 0 : 1);
    q.addBindValue(messages);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<core::PersonalData> CaseStore::personalDataOf(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT cu.id, cu.display_name, COALESCE(cu.phone, ''), COALESCE(cu.email, ''), "
        "COALESCE(cu.city, ''), cu.locale FROM conversations c JOIN customers cu ON cu.id = c.customer_id "
        "WHERE c.id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 customerId = q.value(0).toLongLong();
    core::PersonalData data{
        q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), {},
        q.value(5).toString()};
    q.prepare(QStringLiteral("SELECT order_no FROM orders WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        data.orderNos.append(q.value(0).toString());
    return data;
}

int CaseStore::bookmarksIn(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM mentor_bookmarks b JOIN messages m ON m.id = b.message_id "
                             "WHERE m.conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<CaseStore::Candidate> CaseStore::candidates(int limit)
{
    QList<Candidate> found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Bookmarked conversations first (a mentor saw something worth keeping), then the latest
    // finished ones; never one that is a case already.
    q.prepare(QStringLiteral(
        "WITH marked AS (SELECT m.conversation_id AS id, count(*) AS n FROM mentor_bookmarks b "
        "  JOIN messages m ON m.id = b.message_id GROUP BY m.conversation_id) "
        "SELECT c.id, c.channel, cu.display_name, COALESCE(a.display_name, ''), c.status, "
        "  COALESCE(marked.n, 0), "
        "  COALESCE((SELECT body FROM messages WHERE conversation_id = c.id ORDER BY id DESC LIMIT 1), ''), "
        "  c.updated_at, COALESCE(qu.team_id, 0), COALESCE(c.assigned_agent_id, 0) "
        "FROM conversations c JOIN customers cu ON cu.id = c.customer_id "
        "LEFT JOIN agents a ON a.id = c.assigned_agent_id LEFT JOIN queues qu ON qu.name = c.queue "
        "LEFT JOIN marked ON marked.id = c.id "
        "WHERE (c.status = 'resolved' OR marked.n > 0) AND c.assigned_agent_id IS NOT NULL "
        "  AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.conversation_id = c.id) "
        "ORDER BY marked.n IS NULL, c.updated_at DESC, c.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return found;
    while (q.next()) {
        Candidate candidate;
        core::CaseCandidate &c = candidate.candidate;
        c.conversationId = q.value(0).toLongLong();
        c.channel = core::channelFromName(q.value(1).toString()).value_or(core::Channel::Web);
        c.customerName = q.value(2).toString();
        c.agentName = q.value(3).toString();
        c.status = core::conversationStatusFromName(q.value(4).toString())
                       .value_or(core::ConversationStatus::Resolved);
        c.bookmarks = q.value(5).toInt();
        c.lastMessage = q.value(6).toString();
        c.updatedAtMs = q.value(7).toLongLong();
        candidate.teamId = q.value(8).toLongLong();
        candidate.assigneeId = q.value(9).toLongLong();
        found.append(candidate);
    }
    return found;
}

} // namespace warmline::storage
