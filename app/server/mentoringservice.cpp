#include "server/mentoringservice.h"

#include "core/permission.h"
#include "protocol/mentoringmessages.h"

namespace warmline::server {

using protocol::ErrorCode;
using protocol::internalError;

namespace {

QString actorOf(const storage::AgentRecord &agent)
{
    return QStringLiteral("agent:%1").arg(agent.id);
}

Error sessionNotFound(qint64 sessionId)
{
    return Error{ErrorCode::NotFound,
                 QStringLiteral("there is no mentor session %1").arg(sessionId),
                 QStringLiteral("payload.sessionId"),
                 {}};
}

} // namespace

MentoringService::MentoringService(QSqlDatabase db, storage::AccountStore &accounts,
                                   ConversationService &conversations, CompensationService &compensation)
    : m_accounts(accounts)
    , m_conversations(conversations)
    , m_compensation(compensation)
    , m_store(db)
    , m_audit(db)
{
}

std::optional<qint64> MentoringService::teamOf(qint64 agentId)
{
    const auto agent = m_accounts.agent(agentId);
    return agent ? std::optional(agent->teamId) : std::nullopt;
}

std::optional<Error> MentoringService::announce(UnitOfWork &work, const core::MentorSession &session,
                                                qint64 nowMs)
{
    // Both ends, each on every workstation they have open.
    const protocol::MentorSessionEvent event{protocol::MentorSessionInfo::of(session)};
    for (const qint64 agentId : {session.menteeId, session.mentorId}) {
        if (!work.append(event, core::Audience::agent(agentId), 0, 0, nowMs))
            return internalError(QStringLiteral("log the mentor session"));
    }
    return std::nullopt;
}

std::optional<Error> MentoringService::audit(const storage::AgentRecord &actor, const QString &action,
                                             const core::MentorSession &session, qint64 nowMs)
{
    const storage::AuditEntry entry{
        0,
        nowMs,
        actorOf(actor),
        action,
        QStringLiteral("agent:%1").arg(session.menteeId),
        {{QStringLiteral("sessionId"), session.id}, {QStringLiteral("mentorId"), session.mentorId}}};
    if (!m_audit.append(entry))
        return internalError(QStringLiteral("write the audit log"));
    return std::nullopt;
}

Result<core::MentorSession> MentoringService::start(UnitOfWork &work, const storage::AgentRecord &mentor,
                                                    qint64 menteeId, qint64 nowMs)
{
    const auto mentee = m_accounts.agent(menteeId);
    if (!mentee) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no agent %1").arg(menteeId),
                     QStringLiteral("payload.menteeId"),
                     {}};
    }
    if (mentee->id == mentor.id) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("a mentor session is with someone else; choose an agent"),
                     QStringLiteral("payload.menteeId"),
                     {}};
    }
    if (mentee->role != core::Role::Agent) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("%1 is not a frontline agent; mentor sessions are for agents")
                         .arg(mentee->displayName),
                     QStringLiteral("payload.menteeId"),
                     {}};
    }
    if (const auto open = m_store.openSessionOf(menteeId)) {
        if (open->mentorId == mentor.id)
            return Done<core::MentorSession>{*open}; // already watching: nothing changes
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("%1 is already in a session with %2; one mentor at a time")
                         .arg(mentee->displayName, open->mentorName),
                     QStringLiteral("payload.menteeId"),
                     {{QStringLiteral("sessionId"), open->id}}};
    }
    const auto id = m_store.start(mentor.id, menteeId, nowMs);
    const auto session = id ? m_store.session(*id) : std::nullopt;
    if (!session)
        return internalError(QStringLiteral("start the mentor session"));
    if (auto error = audit(mentor, QStringLiteral("mentor.started"), *session, nowMs))
        return *error;
    if (auto error = announce(work, *session, nowMs))
        return *error;
    return Done<core::MentorSession>{*session, work.lastSeq()};
}

Result<core::MentorSession> MentoringService::end(UnitOfWork &work, const storage::AgentRecord &caller,
                                                  qint64 sessionId, qint64 nowMs)
{
    const auto session = m_store.session(sessionId);
    if (!session)
        return sessionNotFound(sessionId);
    if (session->mentorId != caller.id && caller.role != core::Role::Admin) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("only %1, who mentors this session, ends it").arg(session->mentorName),
                     QStringLiteral("payload.sessionId"),
                     {}};
    }
    if (!session->isOpen())
        return Done<core::MentorSession>{*session};
    // What still waits goes back to the mentee, to send on their own authority now.
    for (const core::HeldReply &held : m_store.waitingReplies(sessionId)) {
        core::HeldReply returned = held;
        returned.state = core::HeldReply::State::Returned;
        if (auto error = decide(work, returned, session->mentorId, nowMs, nullptr))
            return *error;
    }
    if (!m_store.end(sessionId, nowMs))
        return internalError(QStringLiteral("end the mentor session"));
    const auto ended = m_store.session(sessionId);
    if (!ended)
        return internalError(QStringLiteral("read the mentor session"));
    if (auto error = audit(caller, QStringLiteral("mentor.ended"), *ended, nowMs))
        return *error;
    if (auto error = announce(work, *ended, nowMs))
        return *error;
    if (session->compensationLimit || session->approveCompensation) {
        if (auto error = announceAuthority(work, *ended, nowMs))
            return *error;
    }
    return Done<core::MentorSession>{*ended, work.lastSeq()};
}

Result<core::MentorSession> MentoringService::setProfile(UnitOfWork &work, const storage::AgentRecord &mentor,
                                                         core::MentorSession profile, qint64 nowMs)
{
    const auto found = ownSession(mentor, profile.id);
    if (const auto *error = std::get_if<Error>(&found))
        return *error;
    const core::MentorSession &session = std::get<Done<core::MentorSession>>(found).value;
    if (!session.isOpen()) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("the session with %1 has ended; its profile lapsed with it")
                         .arg(session.menteeName),
                     QStringLiteral("payload.sessionId"),
                     {}};
    }
    if (!m_store.setProfile(profile))
        return internalError(QStringLiteral("store the trainee profile"));
    const auto updated = m_store.session(session.id);
    if (!updated)
        return internalError(QStringLiteral("read the mentor session"));
    const storage::AuditEntry entry{
        0,
        nowMs,
        actorOf(mentor),
        QStringLiteral("mentor.profile"),
        QStringLiteral("agent:%1").arg(session.menteeId),
        {{QStringLiteral("sessionId"), session.id},
         {QStringLiteral("approveReplies"), updated->approveReplies},
         {QStringLiteral("compensationLimit"),
          updated->compensationLimit ? QJsonValue(*updated->compensationLimit) : QJsonValue()},
         {QStringLiteral("approveCompensation"), updated->approveCompensation}}};
    if (!m_audit.append(entry))
        return internalError(QStringLiteral("write the audit log"));
    if (auto error = announce(work, *updated, nowMs))
        return *error;
    if (auto error = announceAuthority(work, *updated, nowMs))
        return *error;
    // Turning approval off lets nothing through unseen: what waits still needs a decision.
    return Done<core::MentorSession>{*updated, work.lastSeq()};
}

std::optional<Error> MentoringService::announceAuthority(UnitOfWork &work, const core::MentorSession &session,
                                                         qint64 nowMs)
{
    const auto mentee = m_accounts.agent(session.menteeId);
    if (!mentee)
        return internalError(QStringLiteral("read the mentee"));
    return m_compensation.announceAuthority(work, *mentee, nowMs);
}

std::optional<Result<core::HeldReply>> MentoringService::hold(UnitOfWork &work,
                                                              const storage::AgentRecord &agent,
                                                              const core::ConversationSummary &conversation,
                                                              const QString &text, const QString &clientOpId,
                                                              qint64 nowMs)
{
    if (clientOpId.isEmpty())
        return std::nullopt;
    // The same request again (a re-send after a lost ack) finds its hold, whatever became of it.
    if (auto existing = m_store.heldReplyOf(clientOpId))
        return Result<core::HeldReply>{Done<core::HeldReply>{*existing}};
    const auto session = m_store.openSessionOf(agent.id);
    if (!session || !session->approveReplies)
        return std::nullopt;
    const auto id = m_store.hold(session->id, conversation.id, text, clientOpId, nowMs);
    const auto held = id ? m_store.heldReply(*id) : std::nullopt;
    if (!held)
        return Result<core::HeldReply>{internalError(QStringLiteral("hold the reply"))};
    if (auto error = announceHeld(work, *held, session->mentorId, nowMs))
        return Result<core::HeldReply>{*error};
    return Result<core::HeldReply>{Done<core::HeldReply>{*held, work.lastSeq()}};
}

std::optional<Error> MentoringService::announceHeld(UnitOfWork &work, const core::HeldReply &held,
                                                    qint64 mentorId, qint64 nowMs)
{
    // Both see it waiting, and both see what became of it; no customer-facing audience ever does.
    const protocol::HeldReplyEvent event{protocol::HeldReplyInfo::of(held)};
    for (const qint64 agentId : {held.menteeId, mentorId}) {
        if (!work.append(event, core::Audience::agent(agentId), 0, 0, nowMs))
            return internalError(QStringLiteral("log the held reply"));
    }
    return std::nullopt;
}

Result<core::HeldReply> MentoringService::ownHeld(const storage::AgentRecord &mentor, qint64 heldId)
{
    const auto held = m_store.heldReply(heldId);
    const auto session = held ? m_store.session(held->sessionId) : std::nullopt;
    if (!held || !session || session->mentorId != mentor.id) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no reply %1 waiting for you").arg(heldId),
                     QStringLiteral("payload.heldId"),
                     {}};
    }
    return Done<core::HeldReply>{*held};
}

std::optional<Error> MentoringService::decide(UnitOfWork &work, core::HeldReply held, qint64 mentorId,
                                              qint64 nowMs, core::HeldReply *decided)
{
    held.decidedAtMs = nowMs;
    if (!m_store.decide(held))
        return internalError(QStringLiteral("record the decision on the reply"));
    if (decided)
        *decided = held;
    // Who let what reach a customer on someone else's name, and what was held back, is on record.
    const storage::AuditEntry entry{
        0,
        nowMs,
        QStringLiteral("agent:%1").arg(mentorId),
        held.state == core::HeldReply::State::Sent ? QStringLiteral("mentor.approved")
                                                   : QStringLiteral("mentor.returned"),
        QStringLiteral("agent:%1").arg(held.menteeId),
        {{QStringLiteral("heldId"), held.id},
         {QStringLiteral("conversationId"), held.conversationId},
         {QStringLiteral("edited"), held.state == core::HeldReply::State::Sent && held.sentBody != held.body},
         {QStringLiteral("messageId"), held.messageId}}};
    if (!m_audit.append(entry))
        return internalError(QStringLiteral("write the audit log"));
    return announceHeld(work, held, mentorId, nowMs);
}

Result<core::HeldReply> MentoringService::approve(UnitOfWork &work, const storage::AgentRecord &mentor,
                                                  qint64 heldId, const QString &body, const QString &note,
                                                  qint64 nowMs)
{
    auto found = ownHeld(mentor, heldId);
    if (const auto *error = std::get_if<Error>(&found))
        return *error;
    core::HeldReply held = std::get<Done<core::HeldReply>>(found).value;
    if (held.state == core::HeldReply::State::Sent)
        return Done<core::HeldReply>{held}; // approved before: it went out then, and only then
    if (held.state == core::HeldReply::State::Returned) {
        return Error{
            ErrorCode::InvalidState,
            QStringLiteral("this reply went back to %1; they will send it again").arg(held.menteeName),
            QStringLiteral("payload.heldId"),
            {}};
    }
    const auto mentee = m_accounts.agent(held.menteeId);
    if (!mentee)
        return internalError(QStringLiteral("read the mentee"));
    const QString text = body.isEmpty() ? held.body : body;
    // The mentee's reply, on the mentee's name and request id: their desk matches it with its echo.
    auto sent =
        m_conversations.sendApproved(work, *mentee, held.conversationId, text, held.clientOpId, nowMs);
    if (auto *error = std::get_if<Error>(&sent)) {
        if (error->code == ErrorCode::InvalidState || error->code == ErrorCode::Forbidden)
            error->message += QStringLiteral("; return the reply to %1 instead").arg(held.menteeName);
        return *error;
    }
    held.state = core::HeldReply::State::Sent;
    held.sentBody = std::get<Done<core::Message>>(sent).value.body;
    held.messageId = std::get<Done<core::Message>>(sent).value.id;
    held.note = note;
    core::HeldReply decided;
    if (auto error = decide(work, held, mentor.id, nowMs, &decided))
        return *error;
    return Done<core::HeldReply>{decided, work.lastSeq()};
}

Result<core::HeldReply> MentoringService::giveBack(UnitOfWork &work, const storage::AgentRecord &mentor,
                                                   qint64 heldId, const QString &note, qint64 nowMs)
{
    auto found = ownHeld(mentor, heldId);
    if (const auto *error = std::get_if<Error>(&found))
        return *error;
    core::HeldReply held = std::get<Done<core::HeldReply>>(found).value;
    if (held.state == core::HeldReply::State::Returned)
        return Done<core::HeldReply>{held};
    if (held.state == core::HeldReply::State::Sent) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("this reply was approved and has reached the customer"),
                     QStringLiteral("payload.heldId"),
                     {}};
    }
    held.state = core::HeldReply::State::Returned;
    held.note = note;
    core::HeldReply decided;
    if (auto error = decide(work, held, mentor.id, nowMs, &decided))
        return *error;
    return Done<core::HeldReply>{decided, work.lastSeq()};
}

Result<core::Whisper> MentoringService::whisper(UnitOfWork &work, const storage::AgentRecord &mentor,
                                                qint64 sessionId, qint64 conversationId, const QString &body,
                                                qint64 nowMs)
{
    const auto session = m_store.session(sessionId);
    if (!session || session->mentorId != mentor.id) {
        // Someone else's session is none of the caller's business: it does not exist for them.
        return sessionNotFound(sessionId);
    }
    if (!session->isOpen()) {
        return Error{
            ErrorCode::InvalidState,
            QStringLiteral("this session has ended; start a new one to advise %1").arg(session->menteeName),
            QStringLiteral("payload.sessionId"),
            {}};
    }
    if (conversationId > 0) {
        const auto conversation = m_conversations.conversations().summary(conversationId);
        if (!conversation || conversation->assignedAgentId != session->menteeId) {
            return Error{ErrorCode::InvalidField,
                         QStringLiteral("conversation %1 is not one of %2's")
                             .arg(conversationId)
                             .arg(session->menteeName),
                         QStringLiteral("payload.conversationId"),
                         {}};
        }
    }
    const auto id = m_store.addWhisper(sessionId, conversationId, body, nowMs);
    const auto whisper = id ? m_store.whisper(*id) : std::nullopt;
    if (!whisper)
        return internalError(QStringLiteral("record the whisper"));
    // Exactly one reader: the mentee. Not the conversation's audience, never the customer's.
    if (!work.append(protocol::WhisperEvent{protocol::WhisperInfo::of(*whisper)},
                     core::Audience::agent(session->menteeId), 0, 0, nowMs))
        return internalError(QStringLiteral("log the whisper"));
    return Done<core::Whisper>{*whisper, work.lastSeq()};
}

Result<core::MentorSession> MentoringService::ownSession(const storage::AgentRecord &mentor, qint64 sessionId)
{
    const auto session = m_store.session(sessionId);
    if (!session || session->mentorId != mentor.id)
        return sessionNotFound(sessionId);
    return Done<core::MentorSession>{*session};
}

MentoringService::Feedback MentoringService::feedbackFor(const core::MentorSession &session)
{
    return {session, m_store.review(session.id), m_store.bookmarks(session.id)};
}

Result<core::Bookmark> MentoringService::bookmark(UnitOfWork &, const storage::AgentRecord &mentor,
                                                  qint64 sessionId, qint64 messageId, const QString &note,
                                                  qint64 nowMs)
{
    const auto found = ownSession(mentor, sessionId);
    if (const auto *error = std::get_if<Error>(&found))
        return *error;
    const core::MentorSession &session = std::get<Done<core::MentorSession>>(found).value;
    if (!m_store.messageIsTheirs(messageId, session.menteeId)) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("message %1 is not in one of %2's conversations")
                         .arg(messageId)
                         .arg(session.menteeName),
                     QStringLiteral("payload.messageId"),
                     {}};
    }
    const auto id = m_store.addBookmark(sessionId, messageId, note, nowMs);
    const auto bookmark = id ? m_store.bookmark(*id) : std::nullopt;
    if (!bookmark)
        return internalError(QStringLiteral("record the bookmark"));
    return Done<core::Bookmark>{*bookmark};
}

Result<MentoringService::Feedback> MentoringService::review(UnitOfWork &work,
                                                            const storage::AgentRecord &mentor,
                                                            core::Review review, qint64 nowMs)
{
    const auto found = ownSession(mentor, review.sessionId);
    if (const auto *error = std::get_if<Error>(&found))
        return *error;
    const core::MentorSession &session = std::get<Done<core::MentorSession>>(found).value;
    if (session.isOpen()) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("the session with %1 is still open; end it, then review it")
                         .arg(session.menteeName),
                     QStringLiteral("payload.sessionId"),
                     {}};
    }
    review.reviewedAtMs = nowMs;
    if (!m_store.saveReview(review))
        return internalError(QStringLiteral("store the review"));
    if (auto error = audit(mentor, QStringLiteral("mentor.reviewed"), session, nowMs))
        return *error;
    const Feedback feedback = feedbackFor(session);
    if (!work.append(protocol::MentorReviewedEvent{protocol::FeedbackInfo::of(
                         feedback.session, feedback.review, feedback.bookmarks)},
                     core::Audience::agent(session.menteeId), 0, 0, nowMs))
        return internalError(QStringLiteral("log the review"));
    return Done<Feedback>{feedback, work.lastSeq()};
}

QList<MentoringService::Feedback> MentoringService::feedbackOf(qint64 menteeId)
{
    QList<Feedback> feedback;
    for (const core::MentorSession &session : m_store.endedSessionsOf(menteeId, 20))
        feedback.append(feedbackFor(session));
    return feedback;
}

QList<core::MentorSession> MentoringService::openSessionsWith(qint64 agentId)
{
    return m_store.openSessionsWith(agentId);
}

Result<std::pair<core::ConversationSummary, QList<core::ReplayStep>>>
MentoringService::replay(qint64 conversationId)
{
    const auto conversation = m_conversations.conversations().summary(conversationId);
    if (!conversation)
        return protocol::conversationNotFound(conversationId);
    return Done<std::pair<core::ConversationSummary, QList<core::ReplayStep>>>{
        {*conversation, m_store.replay(conversationId)}};
}

QList<MentoringService::Feedback> MentoringService::historyOf(qint64 menteeId, int limit)
{
    QList<Feedback> history;
    const QList<core::MentorSession> sessions = m_store.endedSessionsOf(menteeId, limit);
    for (auto session = sessions.crbegin(); session != sessions.crend(); ++session)
        history.append(feedbackFor(*session));
    return history;
}

QList<core::HeldReply> MentoringService::waitingRepliesOf(const QList<core::MentorSession> &sessions)
{
    QList<core::HeldReply> held;
    for (const core::MentorSession &session : sessions)
        held += m_store.waitingReplies(session.id);
    return held;
}

QList<core::Whisper> MentoringService::whispersOf(const QList<core::MentorSession> &sessions)
{
    QList<core::Whisper> whispers;
    for (const core::MentorSession &session : sessions)
        whispers += m_store.whispers(session.id, 100);
    return whispers;
}

} // namespace warmline::server
