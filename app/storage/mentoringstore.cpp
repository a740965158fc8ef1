#include "storage/mentoringstore.h"

#include "storage/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

const QString sessionColumns = QStringLiteral(
    "SELECT s.id, s.mentor_id, mentor.display_name, s.mentee_id, mentee.display_name, mentee.team_id, "
    "s.started_at, s.ended_at, s.approve_replies, s.compensation_limit, s.approve_compensation "
    "FROM mentor_sessions s "
    "JOIN agents mentor ON mentor.id = s.mentor_id JOIN agents mentee ON mentee.id = s.mentee_id ");

core::MentorSession sessionFrom(const QSqlQuery &query)
{
    core::MentorSession session;
    session.id = query.value(0).toLongLong();
    session.mentorId = query.value(1).toLongLong();
    session.mentorName = query.value(2).toString();
    session.menteeId = query.value(3).toLongLong();
    session.menteeName = query.value(4).toString();
    session.menteeTeamId = query.value(5).toLongLong();
    session.startedAtMs = query.value(6).toLongLong();
    session.endedAtMs = query.value(7).toLongLong();
    session.approveReplies = query.value(8).toBool();
    if (!query.value(9).isNull())
        session.compensationLimit = query.value(9).toLongLong();
    session.approveCompensation = query.value(10).toBool();
    return session;
}

const QString whisperColumns =
    QStringLiteral("SELECT w.id, w.session_id, w.conversation_id, mentor.display_name, w.body, w.created_at "
                   "FROM mentor_whispers w JOIN mentor_sessions s ON s.id = w.session_id "
                   "JOIN agents mentor ON mentor.id = s.mentor_id ");

core::Whisper whisperFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toString(),   query.value(4).toString(),   query.value(5).toLongLong()};
}

const QString bookmarkColumns =
    QStringLiteral("SELECT b.id, b.session_id, b.message_id, m.conversation_id, m.body, b.note, b.created_at "
                   "FROM mentor_bookmarks b JOIN messages m ON m.id = b.message_id ");

core::Bookmark bookmarkFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toLongLong(), query.value(4).toString(),   query.value(5).toString(),
            query.value(6).toLongLong()};
}

const QString heldColumns = QStringLiteral(
    "SELECT h.id, h.session_id, h.conversation_id, s.mentee_id, mentee.display_name, h.body, h.client_op_id, "
    "h.held_at, h.state, h.sent_body, h.message_id, h.note, h.decided_at FROM held_replies h "
    "JOIN mentor_sessions s ON s.id = h.session_id JOIN agents mentee ON mentee.id = s.mentee_id ");

core::HeldReply heldFrom(const QSqlQuery &query)
{
    core::HeldReply held;
    held.id = query.value(0).toLongLong();
    held.sessionId = query.value(1).toLongLong();
    held.conversationId = query.value(2).toLongLong();
    held.menteeId = query.value(3).toLongLong();
    held.menteeName = query.value(4).toString();
    held.body = query.value(5).toString();
    held.clientOpId = query.value(6).toString();
    held.heldAtMs = query.value(7).toLongLong();
    held.state = core::heldStateFromName(query.value(8).toString()).value_or(core::HeldReply::State::Waiting);
    held.sentBody = query.value(9).toString();
    held.messageId = query.value(10).toLongLong();
    held.note = query.value(11).toString();
    held.decidedAtMs = query.value(12).toLongLong();
    return held;
}

} // namespace

MentoringStore::MentoringStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<core::MentorSession> MentoringStore::sessions(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sessionColumns + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<core::MentorSession> found;
    if (!query.exec())
        return found;
    while (query.next())
        found.append(sessionFrom(query));
    return found;
}

std::optional<core::MentorSession> MentoringStore::session(qint64 sessionId)
{
    const auto found = sessions(QStringLiteral("WHERE s.id = ?"), {sessionId});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<core::MentorSession> MentoringStore::openSessionOf(qint64 menteeId)
{
    const auto found = sessions(QStringLiteral("WHERE s.mentee_id = ? AND s.ended_at IS NULL"), {menteeId});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<core::MentorSession> MentoringStore::openSessionsWith(qint64 agentId)
{
    return sessions(QStringLiteral("WHERE (s.mentor_id = ? OR s.mentee_id = ?) AND s.ended_at IS NULL "
                                   "ORDER BY s.started_at, s.id"),
                    {agentId, agentId});
}

std::optional<qint64> MentoringStore::start(qint64 mentorId, qint64 menteeId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO mentor_sessions (mentor_id, mentee_id, started_at) VALUES (?, ?, ?)"));
    query.addBindValue(mentorId);
    query.addBindValue(menteeId);
    query.addBindValue(nowMs);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool MentoringStore::end(qint64 sessionId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE mentor_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL"));
    query.addBindValue(nowMs);
    query.addBindValue(sessionId);
    return query.exec();
}

bool MentoringStore::setProfile(const core::MentorSession &session)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE mentor_sessions SET approve_replies = ?, compensation_limit = ?, "
                                 "approve_compensation = ? WHERE id = ? AND ended_at IS NULL"));
    query.addBindValue(session.approveReplies);
    query.addBindValue(session.compensationLimit ? QVariant(*session.compensationLimit)
                                                 : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(session.approveCompensation);
    query.addBindValue(session.id);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<qint64> MentoringStore::hold(qint64 sessionId, qint64 conversationId, const QString &body,
                                           const QString &clientOpId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO held_replies (session_id, conversation_id, body, client_op_id, "
                                 "held_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(sessionId), QVariant(conversationId), QVariant(body),
                                  QVariant(clientOpId), QVariant(nowMs)})
        query.addBindValue(value);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

QList<core::HeldReply> MentoringStore::heldReplies(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(heldColumns + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<core::HeldReply> found;
    if (!query.exec())
        return found;
    while (query.next())
        found.append(heldFrom(query));
    return found;
}

std::optional<core::HeldReply> MentoringStore::heldReply(qint64 heldId)
{
    const auto found = heldReplies(QStringLiteral("WHERE h.id = ?"), {heldId});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<core::HeldReply> MentoringStore::heldReplyOf(const QString &clientOpId)
{
    const auto found = heldReplies(QStringLiteral("WHERE h.client_op_id = ?"), {clientOpId});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<core::HeldReply> MentoringStore::waitingReplies(qint64 sessionId)
{
    return heldReplies(QStringLiteral("WHERE h.session_id = ? AND h.state = 'waiting' ORDER BY h.id"),
                       {sessionId});
}

bool MentoringStore::decide(const core::HeldReply &held)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE held_replies SET state = ?, sent_body = ?, message_id = ?, note = ?, "
                       "decided_at = ? WHERE id = ? AND state = 'waiting'"));
    query.addBindValue(core::heldStateName(held.state));
    query.addBindValue(held.state == core::HeldReply::State::Sent ? QVariant(held.sentBody)
                                                                  : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(idOrNull(held.messageId));
    query.addBindValue(held.note.isNull() ? QStringLiteral("") : held.note); // a null QString binds NULL
    query.addBindValue(held.decidedAtMs);
    query.addBindValue(held.id);
    // Exactly one decision: a second one finds nothing waiting and changes nothing.
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<qint64> MentoringStore::addWhisper(qint64 sessionId, qint64 conversationId, const QString &body,
                                                 qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO mentor_whispers (session_id, conversation_id, body, created_at) "
                       "VALUES (?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(idOrNull(conversationId));
    query.addBindValue(body);
    query.addBindValue(nowMs);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<core::Whisper> MentoringStore::whisper(qint64 whisperId)
{
    QSqlQuery query(m_db);
    query.prepare(whisperColumns + QStringLiteral("WHERE w.id = ?"));
    query.addBindValue(whisperId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return whisperFrom(query);
}

QList<core::Whisper> MentoringStore::whispers(qint64 sessionId, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT * FROM (") + whisperColumns +
                  QStringLiteral("WHERE w.session_id = ? ORDER BY w.id DESC LIMIT ?) ORDER BY id"));
    query.addBindValue(sessionId);
    query.addBindValue(limit);
    QList<core::Whisper> found;
    if (!query.exec())
        return found;
    while (query.next())
        found.append(whisperFrom(query));
    return found;
}

QList<core::ReplayStep> MentoringStore::replay(qint64 conversationId)
{
    // One ordered union: each source says when, what kind, who, what and its detail; ties keep
    // the order things are written in (the source, then its id).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT at, kind, actor, text, detail, amount FROM ("
        " SELECT m.created_at AS at, 'message' AS kind, COALESCE(a.display_name, '') AS actor,"
        "  m.body AS text, m.sender AS detail, NULL AS amount, 0 AS source, m.id AS id"
        "  FROM messages m LEFT JOIN agents a ON a.id = m.agent_id WHERE m.conversation_id = ?"
        " UNION ALL"
        " SELECT f.created_at, 'suggestion', a.display_name, f.intent, f.action, NULL, 1, f.id"
        "  FROM assist_feedback f JOIN agents a ON a.id = f.agent_id WHERE f.conversation_id = ?"
        " UNION ALL"
        " SELECT l.created_at, 'compensation', COALESCE(a.display_name, ''),"
        "  COALESCE(json_extract(l.details, '$.status'), ''), l.action,"
        "  json_extract(l.details, '$.amount'), 2, l.seq"
        "  FROM audit_log l JOIN compensations c ON l.subject = 'compensation:' || c.id"
        "  LEFT JOIN agents a ON l.actor = 'agent:' || a.id WHERE c.conversation_id = ?"
        " UNION ALL"
        " SELECT h.held_at, 'held', a.display_name, h.body, 'waiting', NULL, 3, h.id"
        "  FROM held_replies h JOIN mentor_sessions s ON s.id = h.session_id"
        "  JOIN agents a ON a.id = s.mentee_id WHERE h.conversation_id = ?"
        " UNION ALL"
        " SELECT h.decided_at, 'held', a.display_name,"
        "  CASE WHEN h.state = 'sent' THEN h.sent_body ELSE h.note END, h.state, NULL, 4, h.id"
        "  FROM held_replies h JOIN mentor_sessions s ON s.id = h.session_id"
        "  JOIN agents a ON a.id = s.mentor_id WHERE h.conversation_id = ? AND h.decided_at IS NOT NULL"
        " UNION ALL"
        " SELECT w.created_at, 'whisper', a.display_name, w.body, '', NULL, 5, w.id"
        "  FROM mentor_whispers w JOIN mentor_sessions s ON s.id = w.session_id"
        "  JOIN agents a ON a.id = s.mentor_id WHERE w.conversation_id = ?"
        ") ORDER BY at, source, id"));
    for (int i = 0; i < 6; ++i) // Qt's SQLite binding is positional: once per "?"
        query.addBindValue(conversationId);
    QList<core::ReplayStep> steps;
    if (!query.exec())
        return steps;
    while (query.next()) {
        core::ReplayStep step{query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(),   query.value(3).toString(),
                              query.value(4).toString(),   std::nullopt};
        if (!query.value(5).isNull())
            step.amount = query.value(5).toLongLong();
        steps.append(step);
    }
    return steps;
}

QList<core::MentorSession> MentoringStore::endedSessionsOf(qint64 menteeId, int limit)
{
    return sessions(QStringLiteral("WHERE s.mentee_id = ? AND s.ended_at IS NOT NULL "
                                   "ORDER BY s.ended_at DESC, s.id DESC LIMIT ?"),
                    {menteeId, limit});
}

bool MentoringStore::messageIsTheirs(qint64 messageId, qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                       "WHERE m.id = ? AND (c.assigned_agent_id = ? OR EXISTS (SELECT 1 FROM "
                       "messages x WHERE x.conversation_id = m.conversation_id AND x.agent_id = ?))"));
    query.addBindValue(messageId);
    query.addBindValue(agentId);
    query.addBindValue(agentId);
    return query.exec() && query.next();
}

std::optional<qint64> MentoringStore::addBookmark(qint64 sessionId, qint64 messageId, const QString &note,
                                                  qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO mentor_bookmarks (session_id, message_id, note, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(messageId);
    query.addBindValue(note);
    query.addBindValue(nowMs);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<core::Bookmark> MentoringStore::bookmark(qint64 bookmarkId)
{
    QSqlQuery query(m_db);
    query.prepare(bookmarkColumns + QStringLiteral("WHERE b.id = ?"));
    query.addBindValue(bookmarkId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return bookmarkFrom(query);
}

QList<core::Bookmark> MentoringStore::bookmarks(qint64 sessionId)
{
    QSqlQuery query(m_db);
    query.prepare(bookmarkColumns + QStringLiteral("WHERE b.session_id = ? ORDER BY b.id"));
    query.addBindValue(sessionId);
    QList<core::Bookmark> found;
    if (!query.exec())
        return found;
    while (query.next())
        found.append(bookmarkFrom(query));
    return found;
}

bool MentoringStore::saveReview(const core::Review &review)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO mentor_reviews (session_id, empathy, ownership, resolution, warmth, notes, reviewed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET empathy = excluded.empathy, "
        "ownership = excluded.ownership, resolution = excluded.resolution, warmth = excluded.warmth, "
        "notes = excluded.notes, reviewed_at = excluded.reviewed_at"));
    for (const QVariant &value :
         {QVariant(review.sessionId), QVariant(review.empathy), QVariant(review.ownership),
          QVariant(review.resolution), QVariant(review.warmth), QVariant(review.notes),
          QVariant(review.reviewedAtMs)})
        query.addBindValue(value);
    return query.exec();
}

std::optional<core::Review> MentoringStore::review(qint64 sessionId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT session_id, empathy, ownership, resolution, warmth, notes, reviewed_at "
                       "FROM mentor_reviews WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return core::Review{query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt(),
                        query.value(3).toInt(),      query.value(4).toInt(), query.value(5).toString(),
                        query.value(6).toLongLong()};
}

} // namespace warmline::storage
