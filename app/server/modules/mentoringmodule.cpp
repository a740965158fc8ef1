#include "server/modules/mentoringmodule.h"

#include "protocol/mentoringmessages.h"
#include "server/clientsession.h"

#include <QDate>
#include <QDateTime>

namespace warmline::server {

using core::Permission;
using protocol::Error;
using protocol::ErrorCode;

namespace {

protocol::MentorSessionReply sessionReply(const core::MentorSession &session)
{
    return {protocol::MentorSessionInfo::of(session)};
}

protocol::FeedbackInfo feedbackInfo(const MentoringService::Feedback &feedback)
{
    return protocol::FeedbackInfo::of(feedback.session, feedback.review, feedback.bookmarks);
}

} // namespace

MentoringModule::MentoringModule(MentoringService &mentoring, SupervisionService &supervision,
                                 OutcomeMetrics &metrics)
    : m_mentoring(mentoring)
    , m_supervision(supervision)
    , m_metrics(metrics)
{
}

void MentoringModule::registerRoutes(Router &router)
{
    using namespace protocol;
    router.command<MentorStartRequest>(
        name(), MentorStartRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorStartRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_mentoring.start(work, context.agent(), request.menteeId, now), sessionReply);
        },
        [this](RequestContext &context, const MentorStartRequest &request) {
            return outOfScope(context, request.menteeId);
        });
    router.command<MentorEndRequest>(
        name(), MentorEndRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorEndRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_mentoring.end(work, context.agent(), request.sessionId, now), sessionReply);
        });
    router.command<MentorWhisperRequest>(
        name(), MentorWhisperRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorWhisperRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(
                m_mentoring.whisper(work, context.agent(), request.sessionId, request.conversationId,
                                    request.body, now),
                [](const core::Whisper &whisper) { return WhisperReply{WhisperInfo::of(whisper)}; });
        });
    router.command<MentorProfileRequest>(
        name(), MentorProfileRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorProfileRequest &request, UnitOfWork &work, qint64 now) {
            core::MentorSession profile;
            profile.id = request.sessionId;
            profile.approveReplies = request.approveReplies;
            profile.compensationLimit = request.compensationLimit;
            profile.approveCompensation = request.approveCompensation;
            return mapResult(m_mentoring.setProfile(work, context.agent(), profile, now), sessionReply);
        });
    const auto heldReply = [](const core::HeldReply &held) {
        return HeldReplyReply{HeldReplyInfo::of(held)};
    };
    router.command<MentorApproveRequest>(
        name(), MentorApproveRequest::type, Permission::MentorAgents,
        [this, heldReply](RequestContext &context, const MentorApproveRequest &request, UnitOfWork &work,
                          qint64 now) {
            return mapResult(
                m_mentoring.approve(work, context.agent(), request.heldId, request.body, request.note, now),
                heldReply);
        });
    router.command<MentorReturnRequest>(
        name(), MentorReturnRequest::type, Permission::MentorAgents,
        [this, heldReply](RequestContext &context, const MentorReturnRequest &request, UnitOfWork &work,
                          qint64 now) {
            return mapResult(m_mentoring.giveBack(work, context.agent(), request.heldId, request.note, now),
                             heldReply);
        });
    router.command<MentorBookmarkRequest>(
        name(), MentorBookmarkRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorBookmarkRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(
                m_mentoring.bookmark(work, context.agent(), request.sessionId, request.messageId,
                                     request.note, now),
                [](const core::Bookmark &bookmark) { return BookmarkReply{BookmarkInfo::of(bookmark)}; });
        });
    router.command<MentorReviewRequest>(
        name(), MentorReviewRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorReviewRequest &request, UnitOfWork &work, qint64 now) {
            const core::Review review{request.sessionId,
                                      request.empathy,
                                      request.ownership,
                                      request.resolution,
                                      request.warmth,
                                      request.notes,
                                      0};
            return mapResult(m_mentoring.review(work, context.agent(), review, now),
                             [](const MentoringService::Feedback &feedback) {
                                 return MentorFeedbackReply{feedbackInfo(feedback)};
                             });
        });
    router.query<MentorFeedbackRequest>(
        name(), MentorFeedbackRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const MentorFeedbackRequest &) -> Result<FeedbackListReply> {
            FeedbackListReply reply;
            for (const MentoringService::Feedback &feedback : m_mentoring.feedbackOf(context.agent().id))
                reply.feedback.append(feedbackInfo(feedback));
            return Done<FeedbackListReply>{reply};
        });
    router.query<MentorProgressRequest>(
        name(), MentorProgressRequest::type, Permission::MentorAgents,
        [this](RequestContext &context, const MentorProgressRequest &request) {
            return progress(context, request.menteeId);
        },
        [this](RequestContext &context, const MentorProgressRequest &request) {
            return outOfScope(context, request.menteeId);
        });
    router.query<MentorReplayRequest>(
        name(), MentorReplayRequest::type, Permission::MentorAgents,
        [this](RequestContext &, const MentorReplayRequest &request) {
            return mapResult(m_mentoring.replay(request.conversationId), [](const auto &replay) {
                ReplayReply reply{replay.first, {}};
                for (const core::ReplayStep &step : replay.second)
                    reply.steps.append(ReplayStepInfo::of(step));
                return reply;
            });
        },
        [this](RequestContext &context, const MentorReplayRequest &request) {
            return conversationOutOfScope(context, request.conversationId);
        });
    router.query<MentoringStateRequest>(
        name(), MentoringStateRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const MentoringStateRequest &) -> Result<MentoringStateReply> {
            const storage::AgentRecord &me = context.agent();
            MentoringStateReply reply;
            const QList<core::MentorSession> sessions = m_mentoring.openSessionsWith(me.id);
            for (const core::MentorSession &session : sessions)
                reply.sessions.append(MentorSessionInfo::of(session));
            for (const core::Whisper &whisper : m_mentoring.whispersOf(sessions))
                reply.whispers.append(WhisperInfo::of(whisper));
            for (const core::HeldReply &held : m_mentoring.waitingRepliesOf(sessions))
                reply.held.append(HeldReplyInfo::of(held));
            if (core::allows(me.role, Permission::MentorAgents)) {
                for (const core::RosterEntry &entry :
                     m_supervision.roster(context.session.scope(), context.nowMs)) {
                    if (entry.role != core::Role::Agent || entry.agentId == me.id)
                        continue;
                    // Mentors see presence and load, not what a mentee spent.
                    core::RosterEntry mentee = entry;
                    mentee.spentToday = {};
                    mentee.dailyBudget = {};
                    reply.mentees.append(mentee);
                }
            }
            return Done<MentoringStateReply>{reply};
        });
}

Result<protocol::MentorProgressReply> MentoringModule::progress(RequestContext &context, qint64 menteeId)
{
    const auto mentee = m_mentoring.agent(menteeId);
    if (!mentee || mentee->role != core::Role::Agent) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no frontline agent %1").arg(menteeId),
                     QStringLiteral("payload.menteeId"),
                     {}};
    }
    protocol::MentorProgressReply reply;
    reply.menteeId = menteeId;
    reply.menteeName = mentee->displayName;
    for (const MentoringService::Feedback &feedback : m_mentoring.historyOf(menteeId, 50))
        reply.sessions.append(feedbackInfo(feedback));
    // The last 30 days on the server's calendar, today included.
    const QDate today = QDateTime::fromMSecsSinceEpoch(context.nowMs).date();
    protocol::MetricsQueryRequest period;
    period.agentId = menteeId;
    period.fromDay = today.addDays(-29).toString(Qt::ISODate);
    period.toDay = today.toString(Qt::ISODate);
    auto figures = m_metrics.figures(context.session.scope(), context.nowMs, period);
    if (auto *error = std::get_if<Error>(&figures))
        return std::move(*error);
    const protocol::MetricsReply &outcomes = std::get<Done<protocol::MetricsReply>>(figures).value;
    reply.fromDay = outcomes.fromDay;
    reply.toDay = outcomes.toDay;
    reply.outcomes = outcomes.total;
    reply.outcomes.spent = 0; // mentors coach conduct; money is the supervisor's
    reply.outcomes.budget = 0;
    return Done<protocol::MentorProgressReply>{reply};
}

// A conversation in another team's queue is not the mentor's to replay: refused and audited.
std::optional<Refusal> MentoringModule::conversationOutOfScope(RequestContext &context, qint64 conversationId)
{
    const auto team = m_mentoring.teamOfConversation(conversationId);
    if (!team || *team == 0 || context.session.scope().coversTeam(*team))
        return std::nullopt; // unknown: the handler's not_found
    return Refusal{Error{ErrorCode::Forbidden,
                         QStringLiteral("conversation %1 is in a team you do not look after; its own "
                                        "team's trainer or supervisor reviews it")
                             .arg(conversationId),
                         QStringLiteral("payload.conversationId"),
                         {{QStringLiteral("teamId"), *team}}},
                   QStringLiteral("conversation:%1").arg(conversationId)};
}

// Mentors coach the agents of the teams they look after; naming anyone else is refused and audited.
std::optional<Refusal> MentoringModule::outOfScope(RequestContext &context, qint64 menteeId)
{
    const auto team = m_mentoring.teamOf(menteeId);
    if (!team || context.session.scope().coversTeam(*team))
        return std::nullopt; // an unknown agent is the handler's not_found
    return Refusal{Error{ErrorCode::Forbidden,
                         QStringLiteral("agent %1 is in a team you do not look after; their own team's "
                                        "trainer or supervisor mentors them")
                             .arg(menteeId),
                         QStringLiteral("payload.menteeId"),
                         {{QStringLiteral("teamId"), *team}}},
                   QStringLiteral("agent:%1").arg(menteeId)};
}

} // namespace warmline::server
