#include "server/modules/openinglinemodule.h"

#include "protocol/openingmessages.h"
#include "protocol/openingreplies.h"

namespace warmline::server {

using core::Permission;

OpeningLineModule::OpeningLineModule(OpeningLineService &openings)
    : m_openings(openings)
{
}

namespace {

// The service's values as the acks carry them (docs/protocol.md, "Opening lines, the team library
// and contests").

protocol::OpeningOutcomes outcomesOf(const LineOutcomes &o)
{
    return {o.uses, o.warm, o.warmKnown, o.resolved, o.resolvedKnown, o.praised};
}

protocol::OpeningLine lineOf(const AgentLine &line)
{
    const storage::OpeningLineRecord &record = line.line;
    protocol::OpeningLine wire;
    wire.id = record.id;
    wire.channelKind = record.channelKind;
    wire.title = record.title;
    wire.active = record.active;
    wire.originLibraryId = record.originLibrary;
    wire.createdAt = record.createdAt;
    wire.updatedAt = record.updatedAt;
    wire.deleted = record.deleted;
    wire.language = record.language;
    if (!line.versions.isEmpty()) {
        wire.version = line.versions.constFirst().version.version;
        wire.source = line.versions.constFirst().version.source;
    }
    for (const AgentLineVersion &version : line.versions)
        wire.versions.append({version.version.version, version.version.source, version.version.createdAt,
                              outcomesOf(version.outcomes)});
    wire.outcomes = outcomesOf(line.outcomes);
    return wire;
}

protocol::OpeningLineReply asLineReply(const AgentLine &line)
{
    return {lineOf(line)};
}

protocol::OpeningSaveReply asSaveReply(const SavedLine &saved)
{
    protocol::OpeningSaveReply reply{lineOf(saved.line), {}};
    for (const core::TemplateDiagnostic &warning : saved.warnings)
        reply.warnings.append({int(warning.position), int(warning.length), warning.message});
    return reply;
}

protocol::LibraryLine libraryLineOf(const storage::LibraryLineRecord &line)
{
    return {line.id,        line.channelKind,  line.title, line.source, line.authorId,     line.authorName,
            line.contestId, line.contestTheme, line.rank,  line.score,  line.adoptedCount, line.publishedAt};
}

protocol::Contest contestOf(const ContestView &view)
{
    const storage::ContestRecord &c = view.contest;
    return {c.id,        c.theme,
            c.startsAt,  c.endsAt,
            c.createdBy, c.createdByName,
            c.createdAt, c.publishedAt > 0 ? std::optional<qint64>(c.publishedAt) : std::nullopt,
            view.state};
}

protocol::ContestRow rowOf(const ContestListing &listing)
{
    protocol::ContestRow row{contestOf(listing.contest), std::nullopt, std::nullopt};
    if (listing.count) {
        row.entries = listing.count->entries;
        row.submitted = listing.count->submitted;
    }
    return row;
}

// The means are the judges' only once one has scored the entry.
protocol::ContestEntry entryOf(const EntryStanding &standing)
{
    const storage::ContestEntryRecord &e = standing.entry;
    const bool judged = e.judges > 0;
    const auto judgedOnly = [judged](double mean) { return judged ? std::optional(mean) : std::nullopt; };
    return {e.entryId,
            e.agentId,
            e.agentName,
            e.lineId,
            e.version,
            e.channelKind,
            e.title,
            e.source,
            e.submittedAt,
            int(e.judges),
            judgedOnly(e.judgeScore),
            judgedOnly(e.warmth),
            judgedOnly(e.clarity),
            judgedOnly(e.fit),
            outcomesOf(standing.outcomes),
            standing.outcomeRate,
            standing.score,
            standing.rank};
}

protocol::LeaderboardReply asLeaderboard(const Standings &standings)
{
    protocol::LeaderboardReply reply{contestOf(standings.contest), {}, OpeningLineService::scoreFormula()};
    for (const EntryStanding &standing : standings.entries) {
        protocol::RankedEntry entry{entryOf(standing), {}};
        for (const storage::JudgeScoreRecord &score : standing.scores)
            entry.scores.append(
                {score.judgeId, score.judgeName, score.warmth, score.clarity, score.fit, score.comment});
        reply.entries.append(std::move(entry));
    }
    return reply;
}

protocol::ContestPublishReply asPublished(const Publication &publication)
{
    protocol::ContestPublishReply reply{publication.contestId, {}};
    for (const Winner &winner : publication.winners)
        reply.published.append({entryOf(winner.standing), winner.libraryId});
    return reply;
}

} // namespace

void OpeningLineModule::registerRoutes(Router &router)
{
    using namespace protocol;
    router.query<OpeningListRequest>(name(), OpeningListRequest::type, Permission::KeepOpeningLines,
                                     [this](RequestContext &context, const OpeningListRequest &) {
                                         OpeningListReply reply;
                                         for (const AgentLine &line : m_openings.lines(context.agent().id))
                                             reply.lines.append(lineOf(line));
                                         return Result<OpeningListReply>{Done<OpeningListReply>{reply}};
                                     });
    router.command<OpeningSaveRequest>(
        name(), OpeningSaveRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningSaveRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_openings.save(work, context.agent(), request, now), asSaveReply);
        });
    router.command<OpeningActivateRequest>(
        name(), OpeningActivateRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningActivateRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_openings.activate(work, context.agent(), request.lineId, request.active, now),
                             asLineReply);
        });
    router.command<OpeningDeleteRequest>(
        name(), OpeningDeleteRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const OpeningDeleteRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_openings.remove(work, context.agent(), request.lineId, now),
                             [](qint64 lineId) { return OpeningDeleteReply{lineId}; });
        });
    router.query<LibraryListRequest>(name(), LibraryListRequest::type, Permission::KeepOpeningLines,
                                     [this](RequestContext &context, const LibraryListRequest &) {
                                         LibraryListReply reply;
                                         for (const auto &line : m_openings.library(context.agent().teamId))
                                             reply.lines.append(libraryLineOf(line));
                                         return Result<LibraryListReply>{Done<LibraryListReply>{reply}};
                                     });
    router.command<LibraryAdoptRequest>(
        name(), LibraryAdoptRequest::type, Permission::KeepOpeningLines,
        [this](RequestContext &context, const LibraryAdoptRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_openings.adopt(work, context.agent(), request, now), asLineReply);
        });
    router.command<ContestCreateRequest>(
        name(), ContestCreateRequest::type, Permission::JudgeContests,
        [this](RequestContext &context, const ContestCreateRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_openings.createContest(work, context.agent(), request, now),
                             [](const ContestView &contest) { return ContestReply{contestOf(contest)}; });
        });
    router.query<ContestListRequest>(
        name(), ContestListRequest::type, Permission::EnterContests,
        [this](RequestContext &context, const ContestListRequest &) {
            ContestListReply reply;
            for (const ContestListing &listing : m_openings.contests(context.agent(), context.nowMs))
                reply.contests.append(rowOf(listing));
            reply.canJudge = core::allows(context.agent().role, Permission::JudgeContests);
            return Result<ContestListReply>{Done<ContestListReply>{reply}};
        });
    router.command<ContestSubmitRequest>(
        name(), ContestSubmitRequest::type, Permission::EnterContests,
        [this](RequestContext &context, const ContestSubmitRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(
                m_openings.submit(work, context.agent(), request, now), [](const Submission &entry) {
                    return ContestSubmitReply{entry.entryId, entry.contestId, entry.lineId, entry.version};
                });
        });
    router.command<ContestScoreRequest>(
        name(), ContestScoreRequest::type, Permission::JudgeContests,
        [this](RequestContext &context, const ContestScoreRequest &request, UnitOfWork &work,
               qint64 now) -> Result<ContestScoreReply> {
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
            return mapResult(m_openings.score(work, context.agent(), request, now),
                             [](const ScoredEntry &entry) {
                                 return ContestScoreReply{entry.entryId, entry.contestId};
                             });
        });
    router.query<ContestLeaderboardRequest>(
        name(), ContestLeaderboardRequest::type, Permission::EnterContests,
        [this](RequestContext &context, const ContestLeaderboardRequest &request) {
            return mapResult(m_openings.leaderboard(context.agent(), request.contestId, context.nowMs),
                             asLeaderboard);
        });
    router.command<ContestPublishRequest>(
        name(), ContestPublishRequest::type, Permission::JudgeContests,
        [this](RequestContext &context, const ContestPublishRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_openings.publish(work, context.agent(), request, now), asPublished);
        });
}

} // namespace warmline::server
