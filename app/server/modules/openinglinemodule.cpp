#include "server/modules/openinglinemodule.h"

#include "protocol/openingmessages.h"

namespace warmline::server {

using core::Permission;

OpeningLineModule::OpeningLineModule(OpeningLineService &openings)
    : m_openings(openings)
{
}

void OpeningLineModule::registerRoutes(Router &router)
{
    using namespace protocol;
    router.query<OpeningListRequest>(
        name(), OpeningListRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningListRequest &) -> Outcome {
            return Success{{{QStringLiteral("lines"), m_openings.lines(context.agent().id)}}, 0};
        });
    router.command<OpeningSaveRequest>(
        name(), OpeningSaveRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningSaveRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.save(work, context.agent(), request, now);
        });
    router.command<OpeningActivateRequest>(
        name(), OpeningActivateRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningActivateRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.activate(work, context.agent(), request.lineId, request.active, now);
        });
    router.command<OpeningDeleteRequest>(
        name(), OpeningDeleteRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningDeleteRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.remove(work, context.agent(), request.lineId, now);
        });
    router.query<LibraryListRequest>(
        name(), LibraryListRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const LibraryListRequest &) -> Outcome {
            return Success{{{QStringLiteral("lines"), m_openings.library(context.agent().teamId)}}, 0};
        });
    router.command<LibraryAdoptRequest>(
        name(), LibraryAdoptRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const LibraryAdoptRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.adopt(work, context.agent(), request, now);
        });
    router.command<ContestCreateRequest>(
        name(), ContestCreateRequest::type, Permission::JudgeContests,
        [this](RequestContext &context, const ContestCreateRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.createContest(work, context.agent(), request, now);
        });
    router.query<ContestListRequest>(
        name(), ContestListRequest::type, Permission::EnterContests,
        [this](RequestContext &context, const ContestListRequest &) -> Outcome {
            return Success{
                {{QStringLiteral("contests"), m_openings.contests(context.agent(), context.nowMs)},
                 {QStringLiteral("canJudge"), core::allows(context.agent().role, Permission::JudgeContests)}},
                0};
        });
    router.command<ContestSubmitRequest>(
        name(), ContestSubmitRequest::type, Permission::EnterContests,
        [this](RequestContext &context, const ContestSubmitRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.submit(work, context.agent(), request, now);
        });
    router.command<ContestScoreRequest>(
        name(), ContestScoreRequest::type, Permission::JudgeContests,
        [this](RequestContext &context, const ContestScoreRequest &request, UnitOfWork &work,
               qint64 now) -> Outcome {
            for (const auto &[key, value] : {std::pair{QStringLiteral("warmth"), request.warmth},
                                             std::pair{QStringLiteral("clarity"), request.clarity},
                                             std::pair{QStringLiteral("fit"), request.fit}}) {
                if (value == 0) {
                    return Error{protocol::ErrorCode::MissingField,
                                 QStringLiteral("payload.%1 is required (1 to 5)").arg(key),
                                 QStringLiteral("payload.") + key,
                                 {}};
                }
            }
            return m_openings.score(work, context.agent(), request, now);
        });
    router.query<ContestLeaderboardRequest>(
        name(), ContestLeaderboardRequest::type, Permission::EnterContests,
        [this](RequestContext &context, const ContestLeaderboardRequest &request) {
            return m_openings.leaderboard(context.agent(), request.contestId, context.nowMs);
        });
    router.command<ContestPublishRequest>(
        name(), ContestPublishRequest::type, Permission::JudgeContests,
        [this](RequestContext &context, const ContestPublishRequest &request, UnitOfWork &work, qint64 now) {
            return m_openings.publish(work, context.agent(), request, now);
        });
}

} // namespace warmline::server
