#pragma once

#include "core/mentoring.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace warmline::storage {

// Mentor sessions and whispers. Callers hold the write transaction for changes.
class MentoringStore final
{
public:
    explicit MentoringStore(QSqlDatabase db);

    std::optional<core::MentorSession> session(qint64 sessionId);
    // The mentee's open session, if a mentor is with them now.
    std::optional<core::MentorSession> openSessionOf(qint64 menteeId);
    // Open sessions the agent is in, as mentor or mentee, oldest first.
    QList<core::MentorSession> openSessionsWith(qint64 agentId);
    std::optional<qint64> start(qint64 mentorId, qint64 menteeId, qint64 nowMs);
    bool end(qint64 sessionId, qint64 nowMs);
    // Writes the session's trainee profile (approveReplies, compensationLimit, approveCompensation).
    bool setProfile(const core::MentorSession &session);

    // Approve-before-send.
    std::optional<qint64> hold(qint64 sessionId, qint64 conversationId, const QString &body,
                               const QString &clientOpId, qint64 nowMs);
    std::optional<core::HeldReply> heldReply(qint64 heldId);
    std::optional<core::HeldReply> heldReplyOf(const QString &clientOpId);
    // The session's replies still waiting, oldest first.
    QList<core::HeldReply> waitingReplies(qint64 sessionId);
    // Records the one decision on a waiting reply (its state, sentBody, messageId, note, decidedAtMs);
    // false when it was no longer waiting.
    bool decide(const core::HeldReply &held);

    std::optional<qint64> addWhisper(qint64 sessionId, qint64 conversationId, const QString &body,
                                     qint64 nowMs);
    std::optional<core::Whisper> whisper(qint64 whisperId);
    // The latest `limit` whispers of a session, oldest first.
    QList<core::Whisper> whispers(qint64 sessionId, int limit);

    // Whether the message is in a conversation of the agent's: assigned to them, or one they wrote in.
    bool messageIsTheirs(qint64 messageId, qint64 agentId);
    std::optional<qint64> addBookmark(qint64 sessionId, qint64 messageId, const QString &note, qint64 nowMs);
    std::optional<core::Bookmark> bookmark(qint64 bookmarkId);
    QList<core::Bookmark> bookmarks(qint64 sessionId);
    bool saveReview(const core::Review &review);
    std::optional<core::Review> review(qint64 sessionId);
    // Everything that happened in a conversation, in time order, for review mode: its messages,
    // the suggestions reacted to, compensation steps (from the audit trail), held replies and
    // their decisions, and whispers about it.
    QList<core::ReplayStep> replay(qint64 conversationId);
    // The mentee's ended sessions, newest first.
    QList<core::MentorSession> endedSessionsOf(qint64 menteeId, int limit);

private:
    QList<core::MentorSession> sessions(const QString &where, const QVariantList &values);
    QList<core::HeldReply> heldReplies(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace warmline::storage
