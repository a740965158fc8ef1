#pragma once

#include "core/audience.h"
#include "core/mentoring.h"
#include "server/compensationservice.h"
#include "server/conversationservice.h"
#include "server/result.h"
#include "server/unitofwork.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/conversationstore.h"
#include "storage/mentoringstore.h"

namespace warmline::server {

// Mentor sessions (导师制): who mentors whom, and the whispers given. A whisper is addressed to
// exactly one agent, the mentee — its event's audience is that agent alone and never
// customer-visible, and it is stored apart from the conversation's messages — so no path that
// serves a customer can carry one. Starting and ending a session is audited: being watched is
// never silent.
//
// In an approve-before-send session the mentee's replies wait here (ReplyHold) until the mentor
// approves — perhaps edited — or returns them; the trainee profile's lower compensation authority
// is applied by CompensationService from the open session, so both lapse when it ends.
class MentoringService final : public ReplyHold
{
public:
    MentoringService(QSqlDatabase db, storage::AccountStore &accounts, ConversationService &conversations,
                     CompensationService &compensation);

    // The mentee's team, for the caller's scope check (nullopt: no such agent).
    std::optional<qint64> teamOf(qint64 agentId);
    std::optional<storage::AgentRecord> agent(qint64 agentId) { return m_accounts.agent(agentId); }
    // The team whose queue a conversation is in (0: organisation-wide; nullopt: no such conversation).
    std::optional<qint64> teamOfConversation(qint64 conversationId)
    {
        const auto conversation = m_conversations.conversations().summary(conversationId);
        return conversation ? std::optional(conversation->teamId) : std::nullopt;
    }

    Result<core::MentorSession> start(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 menteeId,
                                      qint64 nowMs);
    // Ends the session; its mentor (or an administrator) ends it.
    Result<core::MentorSession> end(UnitOfWork &work, const storage::AgentRecord &caller, qint64 sessionId,
                                    qint64 nowMs);
    // Sets the trainee profile of an open session; the mentee's desk is told its new authority.
    Result<core::MentorSession> setProfile(UnitOfWork &work, const storage::AgentRecord &mentor,
                                           core::MentorSession profile, qint64 nowMs);
    Result<core::Whisper> whisper(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 sessionId,
                                  qint64 conversationId, const QString &body, qint64 nowMs);

    // What a mentee reads about one session.
    struct Feedback
    {
        core::MentorSession session;
        std::optional<core::Review> review;
        QList<core::Bookmark> bookmarks;
    };
    // Marks a message of the mentee's; the mentee reads it with the session's review.
    Result<core::Bookmark> bookmark(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 sessionId,
                                    qint64 messageId, const QString &note, qint64 nowMs);
    // The rubric of an ended session (written again, it replaces the first); the mentee is told.
    Result<Feedback> review(UnitOfWork &work, const storage::AgentRecord &mentor, core::Review review,
                            qint64 nowMs);
    // The agent's latest ended sessions as a mentee, newest first.
    QList<Feedback> feedbackOf(qint64 menteeId);
    // Review mode: the conversation and what happened in it (not_found: no such conversation).
    Result<std::pair<core::ConversationSummary, QList<core::ReplayStep>>> replay(qint64 conversationId);
    // Every session ended with the agent, oldest first (up to `limit`): their progress over time.
    QList<Feedback> historyOf(qint64 menteeId, int limit);

    // The open sessions the agent is in and the latest whispers of each.
    QList<core::MentorSession> openSessionsWith(qint64 agentId);
    QList<core::Whisper> whispersOf(const QList<core::MentorSession> &sessions);
    QList<core::HeldReply> waitingRepliesOf(const QList<core::MentorSession> &sessions);

    // Approve-before-send.
    std::optional<Result<core::HeldReply>> hold(UnitOfWork &work, const storage::AgentRecord &agent,
                                                const core::ConversationSummary &conversation,
                                                const QString &text, const QString &clientOpId,
                                                qint64 nowMs) override;
    // Sends the held reply (body: the mentor's edit, empty for as written) exactly once: approving
    // it again answers with the message already sent.
    Result<core::HeldReply> approve(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 heldId,
                                    const QString &body, const QString &note, qint64 nowMs);
    // Gives it back to the mentee with what to change; nothing reaches the customer.
    Result<core::HeldReply> giveBack(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 heldId,
                                     const QString &note, qint64 nowMs);

private:
    // The held reply, if it is in a session of the mentor's (others' do not exist for them).
    Result<core::HeldReply> ownHeld(const storage::AgentRecord &mentor, qint64 heldId);
    std::optional<Error> decide(UnitOfWork &work, core::HeldReply held, qint64 mentorId, qint64 nowMs,
                                core::HeldReply *decided);
    std::optional<Error> announceHeld(UnitOfWork &work, const core::HeldReply &held, qint64 mentorId,
                                      qint64 nowMs);
    std::optional<Error> announceAuthority(UnitOfWork &work, const core::MentorSession &session,
                                           qint64 nowMs);
    std::optional<Error> announce(UnitOfWork &work, const core::MentorSession &session, qint64 nowMs);
    // The caller's own session, or not_found: another mentor's session does not exist for them.
    Result<core::MentorSession> ownSession(const storage::AgentRecord &mentor, qint64 sessionId);
    Feedback feedbackFor(const core::MentorSession &session);
    std::optional<Error> audit(const storage::AgentRecord &actor, const QString &action,
                               const core::MentorSession &session, qint64 nowMs);

    storage::AccountStore &m_accounts;
    ConversationService &m_conversations;
    CompensationService &m_compensation;
    storage::MentoringStore m_store;
    storage::AuditLog m_audit;
};

} // namespace warmline::server
