#include "server/openinglineservice.h"

#include "assist/escalation.h"
#include "assist/repeatdetector.h"
#include "core/openingline.h"
#include "core/profile.h"
#include "core/statistics.h"
#include "protocol/messages.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonArray>

namespace warmline::server {

using protocol::conversationNotFound;
using protocol::ErrorCode;
using protocol::internalError;

namespace {

Error lineNotFound(qint64 lineId, const QString &field = QStringLiteral("payload.lineId"))
{
    return Error{ErrorCode::NotFound, QStringLiteral("you have no opening line %1").arg(lineId), field, {}};
}

// Spaces, punctuation and symbols removed, case folded: what "contains the line's text" compares.
QString normalized(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        result.append(c);
    }
    return result.toCaseFolded();
}

// The literal text of the top level of a template: what every rendering of it contains.
QStringList fixedFragments(const core::ParsedTemplate &parsed)
{
    QStringList fragments;
    for (const core::TemplateNode &node : parsed.nodes) {
        if (node.kind != core::TemplateNode::Kind::Text)
            continue;
        const QString text = normalized(node.text);
        if (!text.isEmpty())
            fragments.append(text);
    }
    return fragments;
}

QString defaultTitle(const QString &source)
{
    const QString simple = source.simplified();
    return simple.size() <= 24 ? simple : simple.left(23) + QChar(0x2026);
}

Error invalidTemplate(const core::ParsedTemplate &parsed)
{
    const QList<core::TemplateDiagnostic> errors = parsed.errors();
    const core::TemplateDiagnostic &first = errors.constFirst();
    QJsonArray all;
    for (const core::TemplateDiagnostic &error : errors) {
        all.append(QJsonObject{{QStringLiteral("position"), error.position},
                               {QStringLiteral("length"), error.length},
                               {QStringLiteral("message"), error.message}});
    }
    return Error{ErrorCode::InvalidField,
                 QStringLiteral("the opening line has an error at position %1: %2")
                     .arg(first.position)
                     .arg(first.message),
                 QStringLiteral("payload.source"),
                 {{QStringLiteral("position"), first.position},
                  {QStringLiteral("length"), first.length},
                  {QStringLiteral("errors"), all}}};
}

QString contestState(const storage::ContestRecord &contest, qint64 nowMs)
{
    if (contest.publishedAt > 0)
        return QStringLiteral("published");
    if (nowMs < contest.startsAt)
        return QStringLiteral("upcoming");
    if (nowMs < contest.endsAt)
        return QStringLiteral("open");
    return QStringLiteral("judging");
}

ContestView viewOf(const storage::ContestRecord &contest, qint64 nowMs)
{
    return {contest, contestState(contest, nowMs)};
}

} // namespace

OpeningLineService::OpeningLineService(QSqlDatabase db, storage::ProfileStore &profiles)
    : m_profiles(profiles)
    , m_contests(db)
    , m_lines(std::move(db))
{
}

double OpeningLineService::combinedScore(double meanJudgeScore, qint64 successes, qint64 trials)
{
    const double judges = (meanJudgeScore - 1.0) / 4.0;
    const double outcomes = double(successes + 1) / double(trials + 2);
    return 0.7 * judges + 0.3 * outcomes;
}

bool OpeningLineService::isUseOf(const QString &source, const QString &reply, const QString &rendered)
{
    const core::ParsedTemplate parsed = core::parseOpeningLine(source);
    if (!parsed.isValid())
        return false;
    const QString said = normalized(reply);
    const QStringList fragments = fixedFragments(parsed);
    if (core::codePointCount(fragments.join(QString())) >= 4) {
        qsizetype from = 0;
        for (const QString &fragment : fragments) {
            const qsizetype at = said.indexOf(fragment, from);
            if (at < 0)
                return false;
            from = at + fragment.size();
        }
        return true;
    }
    const QString line = normalized(rendered);
    return !line.isEmpty() && said.startsWith(line);
}

QString OpeningLineService::scoreFormula()
{
    return QStringLiteral("0.7 * (mean judge score - 1) / 4 + 0.3 * (successes + 1) / (trials + 2)");
}

void LineOutcomes::add(const LineOutcomes &other)
{
    uses += other.uses;
    warm += other.warm;
    warmKnown += other.warmKnown;
    resolved += other.resolved;
    resolvedKnown += other.resolvedKnown;
    praised += other.praised;
}

QHash<qint64, QHash<int, LineOutcomes>> OpeningLineService::outcomesOf(const QList<qint64> &lineIds)
{
    QHash<qint64, QHash<int, LineOutcomes>> result;
    for (const storage::OpeningOutcomeRecord &record : m_lines.outcomes(lineIds, praiseWindowMs)) {
        LineOutcomes outcomes;
        outcomes.uses = record.uses;
        outcomes.warm = record.warm;
        outcomes.warmKnown = record.warmKnown;
        outcomes.resolved = record.resolved;
        outcomes.resolvedKnown = record.resolvedKnown;
        outcomes.praised = record.praised;
        result[record.lineId][record.version] = outcomes;
    }
    return result;
}

std::optional<AgentLine> OpeningLineService::line(qint64 lineId)
{
    const auto record = m_lines.line(lineId);
    if (!record)
        return std::nullopt;
    const auto versions = m_lines.versions(lineId);
    if (!versions)
        return std::nullopt;
    AgentLine line{*record, {}, {}};
    const auto outcomes = outcomesOf({lineId}).value(lineId);
    for (const storage::OpeningVersionRecord &version : *versions) {
        const LineOutcomes these = outcomes.value(version.version);
        line.outcomes.add(these);
        line.versions.append({version, these});
    }
    return line;
}

QList<AgentLine> OpeningLineService::lines(qint64 agentId)
{
    QList<AgentLine> result;
    for (qint64 id : m_lines.lineIdsOf(agentId)) {
        if (auto line = this->line(id))
            result.append(std::move(*line));
    }
    return result;
}

Result<SavedLine> OpeningLineService::save(UnitOfWork &, const storage::AgentRecord &agent,
                                           const protocol::OpeningSaveRequest &request, qint64 nowMs)
{
    const core::ParsedTemplate parsed = core::parseOpeningLine(request.source);
    if (!parsed.isValid())
        return invalidTemplate(parsed);
    qint64 lineId = request.lineId;
    if (lineId == 0) {
        if (request.channelKind.isEmpty()) {
            return Error{ErrorCode::MissingField,
                         QStringLiteral("a new line needs payload.channelKind (chat or phone)"),
                         QStringLiteral("payload.channelKind"),
                         {}};
        }
        const auto count = m_lines.lineCount(agent.id);
        if (!count)
            return internalError(QStringLiteral("count your lines"));
        if (*count >= maxLinesPerAgent) {
            return Error{
                ErrorCode::InvalidState,
                QStringLiteral("you already have %1 opening lines; delete one first").arg(maxLinesPerAgent),
                {},
                {}};
        }
        storage::OpeningLineRecord created;
        created.agentId = agent.id;
        created.teamId = agent.teamId;
        created.channelKind = request.channelKind;
        created.title =
            request.title.trimmed().isEmpty() ? defaultTitle(request.source) : request.title.trimmed();
        created.createdAt = nowMs;
        created.updatedAt = nowMs;
        created.language = core::openingLineLanguage(request.source);
        const auto id = m_lines.insertLine(created);
        if (!id)
            return internalError(QStringLiteral("create the line"));
        lineId = *id;
    } else {
        const auto existing = m_lines.line(lineId);
        if (!existing || existing->deleted || existing->agentId != agent.id)
            return lineNotFound(lineId);
        if (!request.title.trimmed().isEmpty() && !m_lines.rename(lineId, request.title.trimmed(), nowMs))
            return internalError(QStringLiteral("rename the line"));
    }
    const auto versions = m_lines.versions(lineId);
    if (!versions)
        return internalError(QStringLiteral("read the line"));
    const bool hasVersion = !versions->isEmpty();
    const int latest = hasVersion ? versions->constFirst().version : 0;
    // Saving the text it already has is not a new version.
    if (!hasVersion || versions->constFirst().source != request.source) {
        if (!m_lines.insertVersion(lineId, {latest + 1, request.source, nowMs}))
            return internalError(QStringLiteral("save the version"));
        if (!m_lines.touch(lineId, nowMs))
            return internalError(QStringLiteral("save the line"));
        if (auto error = followLanguage(agent, lineId, core::openingLineLanguage(request.source), nowMs))
            return *error;
    }
    auto line = this->line(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    return Done<SavedLine>{{std::move(*line), parsed.warnings()}};
}

std::optional<Error> OpeningLineService::followLanguage(const storage::AgentRecord &agent, qint64 lineId,
                                                        const QString &language, qint64 nowMs)
{
    const auto line = m_lines.line(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    if (line->language == language)
        return std::nullopt;
    if (line->active && !m_lines.deactivateOthers(agent.id, line->channelKind, language, lineId, nowMs))
        return internalError(QStringLiteral("change the active line"));
    if (!m_lines.setLanguage(lineId, language))
        return internalError(QStringLiteral("set the line's language"));
    return std::nullopt;
}

Result<AgentLine> OpeningLineService::activate(UnitOfWork &, const storage::AgentRecord &agent, qint64 lineId,
                                               bool active, qint64 nowMs)
{
    const auto existing = m_lines.line(lineId);
    if (!existing || existing->deleted || existing->agentId != agent.id)
        return lineNotFound(lineId);
    // Clear first: the partial unique index allows one active line per agent, kind and language at
    // any moment.
    if (!m_lines.deactivateOthers(agent.id, existing->channelKind, existing->language, 0, nowMs))
        return internalError(QStringLiteral("change the active line"));
    if (active && !m_lines.activate(lineId, nowMs))
        return internalError(QStringLiteral("activate the line"));
    auto line = this->line(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    return Done<AgentLine>{std::move(*line)};
}

Result<qint64> OpeningLineService::remove(UnitOfWork &, const storage::AgentRecord &agent, qint64 lineId,
                                          qint64 nowMs)
{
    const auto deleted = m_lines.markDeleted(lineId, agent.id, nowMs);
    if (!deleted)
        return internalError(QStringLiteral("delete the line"));
    if (!*deleted)
        return lineNotFound(lineId);
    return Done<qint64>{lineId};
}

QList<storage::LibraryLineRecord> OpeningLineService::library(qint64 teamId)
{
    return m_lines.library(teamId);
}

Result<AgentLine> OpeningLineService::adopt(UnitOfWork &work, const storage::AgentRecord &agent,
                                            const protocol::LibraryAdoptRequest &request, qint64 nowMs)
{
    const auto original = m_lines.libraryLine(request.libraryId, agent.teamId);
    if (!original) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("your team's library has no line %1").arg(request.libraryId),
                     QStringLiteral("payload.libraryId"),
                     {}};
    }
    protocol::OpeningSaveRequest save;
    save.channelKind = original->channelKind;
    save.title = request.title.isEmpty() ? original->title : request.title;
    save.source = original->source;
    Result<SavedLine> saved = this->save(work, agent, save, nowMs);
    if (auto *error = std::get_if<Error>(&saved))
        return std::move(*error);
    const qint64 lineId = std::get<Done<SavedLine>>(saved).value.line.line.id;
    if (!m_lines.setOrigin(lineId, request.libraryId))
        return internalError(QStringLiteral("remember where the line came from"));
    if (!m_lines.countAdoption(request.libraryId))
        return internalError(QStringLiteral("count the adoption"));
    if (request.activate)
        return activate(work, agent, lineId, true, nowMs);
    auto line = this->line(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    return Done<AgentLine>{std::move(*line)};
}

template<typename ContestEvent>
std::optional<qint64> OpeningLineService::appendContestEvent(UnitOfWork &work, qint64 contestId,
                                                             qint64 teamId, qint64 nowMs)
{
    return work.append(ContestEvent{{contestId, teamId}}, core::Audience::team(teamId), 0, 0, nowMs);
}

QList<ContestListing> OpeningLineService::contests(const storage::AgentRecord &viewer, qint64 nowMs)
{
    QList<ContestListing> result;
    for (const storage::ContestRecord &row : m_contests.ofTeam(viewer.teamId))
        result.append({viewOf(row, nowMs), m_contests.entryCount(row.id, viewer.id)});
    return result;
}

Result<ContestView> OpeningLineService::createContest(UnitOfWork &work, const storage::AgentRecord &agent,
                                                      const protocol::ContestCreateRequest &request,
                                                      qint64 nowMs)
{
    if (!core::allows(agent.role, core::Permission::JudgeContests)) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("only supervisors, trainers and administrators open contests"),
                     {},
                     {}};
    }
    if (request.endsAt <= request.startsAt) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("a contest ends after it starts"),
                     QStringLiteral("payload.endsAt"),
                     {}};
    }
    if (request.endsAt <= nowMs) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("a contest cannot end in the past"),
                     QStringLiteral("payload.endsAt"),
                     {}};
    }
    storage::ContestRecord created;
    created.teamId = agent.teamId;
    created.theme = request.theme.trimmed();
    created.startsAt = request.startsAt;
    created.endsAt = request.endsAt;
    created.createdBy = agent.id;
    created.createdAt = nowMs;
    const auto id = m_contests.insert(created);
    if (!id)
        return internalError(QStringLiteral("open the contest"));
    const auto row = m_contests.contest(*id);
    const auto seq = appendContestEvent<protocol::ContestChangedEvent>(work, *id, agent.teamId, nowMs);
    if (!row || !seq)
        return internalError(QStringLiteral("log the contest"));
    return Done<ContestView>{viewOf(*row, nowMs), *seq};
}

Result<Submission> OpeningLineService::submit(UnitOfWork &work, const storage::AgentRecord &agent,
                                              const protocol::ContestSubmitRequest &request, qint64 nowMs)
{
    const auto row = m_contests.contest(request.contestId);
    if (!row || row->teamId != agent.teamId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("your team has no contest %1").arg(request.contestId),
                     QStringLiteral("payload.contestId"),
                     {}};
    }
    const QString state = contestState(*row, nowMs);
    if (state != QLatin1StringView("open")) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("contest %1 takes entries only while it is open (it is %2)")
                         .arg(request.contestId)
                         .arg(state),
                     {},
                     {{QStringLiteral("state"), state}}};
    }
    const auto line = m_contests.entrySource(request.lineId, agent.id);
    if (!line)
        return lineNotFound(request.lineId);
    // A new submission replaces the agent's earlier entry, and the scores it had no longer apply.
    if (!m_contests.removeScoresOfEntry(request.contestId, agent.id))
        return internalError(QStringLiteral("replace your entry"));
    storage::ContestEntryRecord entry;
    entry.contestId = request.contestId;
    entry.agentId = agent.id;
    entry.lineId = request.lineId;
    entry.version = line->version;
    entry.channelKind = line->channelKind;
    entry.title = line->title;
    entry.source = line->source;
    entry.submittedAt = nowMs;
    if (!m_contests.upsertEntry(entry))
        return internalError(QStringLiteral("record your entry"));
    const auto entryId = m_contests.entryId(request.contestId, agent.id);
    if (!entryId)
        return internalError(QStringLiteral("read your entry"));
    const auto seq =
        appendContestEvent<protocol::ContestChangedEvent>(work, request.contestId, agent.teamId, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the entry"));
    return Done<Submission>{{*entryId, request.contestId, request.lineId, line->version}, *seq};
}

Result<ScoredEntry> OpeningLineService::score(UnitOfWork &work, const storage::AgentRecord &judge,
                                              const protocol::ContestScoreRequest &request, qint64 nowMs)
{
    if (!core::allows(judge.role, core::Permission::JudgeContests)) {
        return Error{
            ErrorCode::Forbidden, QStringLiteral("only supervisors and trainers judge contests"), {}, {}};
    }
    std::optional<storage::ContestRecord> row;
    qint64 authorId = 0;
    if (const auto owner = m_contests.entryOwner(request.entryId)) {
        row = m_contests.contest(owner->contestId);
        authorId = owner->agentId;
    }
    if (!row || row->teamId != judge.teamId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("your team's contests have no entry %1").arg(request.entryId),
                     QStringLiteral("payload.entryId"),
                     {}};
    }
    if (authorId == judge.id) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("nobody judges their own entry; another judge scores it"),
                     QStringLiteral("payload.entryId"),
                     {}};
    }
    const QString state = contestState(*row, nowMs);
    if (state == QLatin1StringView("upcoming") || state == QLatin1StringView("published")) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("contest %1 is %2; entries are scored while it is open or being judged")
                         .arg(row->id)
                         .arg(state),
                     {},
                     {{QStringLiteral("state"), state}}};
    }
    storage::JudgeScoreRecord scored;
    scored.entryId = request.entryId;
    scored.judgeId = judge.id;
    scored.warmth = request.warmth;
    scored.clarity = request.clarity;
    scored.fit = request.fit;
    scored.comment = request.comment;
    scored.scoredAt = nowMs;
    if (!m_contests.upsertScore(scored))
        return internalError(QStringLiteral("record the score"));
    const auto seq = appendContestEvent<protocol::ContestChangedEvent>(work, row->id, judge.teamId, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the score"));
    return Done<ScoredEntry>{{request.entryId, row->id}, *seq};
}

QList<EntryStanding> OpeningLineService::rankedEntries(const storage::ContestRecord &contest,
                                                       bool withComments)
{
    QList<EntryStanding> entries;
    QList<qint64> lineIds;
    for (const storage::ContestEntryRecord &record : m_contests.entries(contest.id)) {
        EntryStanding entry;
        entry.entry = record;
        lineIds.append(record.lineId);
        entries.append(entry);
    }
    const auto outcomes = outcomesOf(lineIds);
    for (EntryStanding &entry : entries) {
        entry.outcomes = outcomes.value(entry.entry.lineId).value(entry.entry.version);
        entry.outcomeRate = double(entry.outcomes.successes() + 1) / double(entry.outcomes.trials() + 2);
        if (entry.entry.judges > 0)
            entry.score =
                combinedScore(entry.entry.judgeScore, entry.outcomes.successes(), entry.outcomes.trials());
        if (withComments)
            entry.scores = m_contests.scoresOf(entry.entry.entryId);
    }
    // Scored entries by combined score (ties: more judges, then earlier entry); unscored ones after.
    std::stable_sort(entries.begin(), entries.end(), [](const EntryStanding &a, const EntryStanding &b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        if (a.score && *a.score != *b.score)
            return *a.score > *b.score;
        return a.entry.judges > b.entry.judges;
    });
    // Tied entries rank, and are published, alike, whatever ordered them within the tie.
    QList<double> scores;
    for (const EntryStanding &entry : std::as_const(entries)) {
        if (entry.score)
            scores.append(*entry.score);
    }
    const QList<int> ranks = core::competitionRanks(scores);
    qsizetype ranked = 0;
    for (EntryStanding &entry : entries) {
        if (entry.score)
            entry.rank = ranks.at(ranked++);
    }
    return entries;
}

Result<Standings> OpeningLineService::leaderboard(const storage::AgentRecord &viewer, qint64 contestId,
                                                  qint64 nowMs)
{
    const auto row = m_contests.contest(contestId);
    if (!row || row->teamId != viewer.teamId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("your team has no contest %1").arg(contestId),
                     QStringLiteral("payload.contestId"),
                     {}};
    }
    return Done<Standings>{{viewOf(*row, nowMs), rankedEntries(*row, true)}};
}

Result<Publication> OpeningLineService::publish(UnitOfWork &work, const storage::AgentRecord &judge,
                                                const protocol::ContestPublishRequest &request, qint64 nowMs)
{
    if (!core::allows(judge.role, core::Permission::JudgeContests)) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("only supervisors and trainers publish contest winners"),
                     {},
                     {}};
    }
    const auto row = m_contests.contest(request.contestId);
    if (!row || row->teamId != judge.teamId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("your team has no contest %1").arg(request.contestId),
                     QStringLiteral("payload.contestId"),
                     {}};
    }
    const QString state = contestState(*row, nowMs);
    if (state == QLatin1StringView("published") || state == QLatin1StringView("upcoming")) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("contest %1 is %2; only an open or judged contest is published")
                         .arg(row->id)
                         .arg(state),
                     {},
                     {{QStringLiteral("state"), state}}};
    }
    Publication published{row->id, {}};
    for (const EntryStanding &entry : rankedEntries(*row, false)) {
        // Ranks only grow down the list; an entry tied with the last winner wins too.
        if (!entry.rank || *entry.rank > request.winners)
            break;
        storage::WinnerRecord winner;
        winner.teamId = row->teamId;
        winner.channelKind = entry.entry.channelKind;
        winner.title = entry.entry.title;
        winner.source = entry.entry.source;
        winner.authorId = entry.entry.agentId;
        winner.contestId = row->id;
        winner.entryId = entry.entry.entryId;
        winner.rank = *entry.rank;
        winner.score = entry.score.value_or(0);
        winner.publishedAt = nowMs;
        const auto libraryId = m_contests.insertWinner(winner);
        if (!libraryId)
            return internalError(QStringLiteral("publish the winners"));
        published.winners.append({entry, *libraryId});
    }
    if (published.winners.isEmpty()) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("no entry of contest %1 has a judge's score yet; score entries first")
                         .arg(row->id),
                     {},
                     {}};
    }
    if (!m_contests.markPublished(row->id, nowMs))
        return internalError(QStringLiteral("close the contest"));
    if (!appendContestEvent<protocol::ContestChangedEvent>(work, row->id, row->teamId, nowMs))
        return internalError(QStringLiteral("log the publication"));
    const auto seq = appendContestEvent<protocol::LibraryChangedEvent>(work, row->id, row->teamId, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the publication"));
    return Done<Publication>{published, *seq};
}

void OpeningLineService::subscribeTo(DomainEventBus &bus)
{
    bus.subscribe<domain::AgentReplied>(
        [this](UnitOfWork &, const domain::AgentReplied &event, qint64 nowMs) {
            return noteAgentReply(event.agent, event.conversationId, event.text, nowMs);
        });
    bus.subscribe<domain::CustomerWrote>(
        [this](UnitOfWork &, const domain::CustomerWrote &event, qint64 nowMs) {
            return noteCustomerMessage(event.conversationId, event.text, nowMs);
        });
    bus.subscribe<domain::ConversationResolved>(
        [this](UnitOfWork &, const domain::ConversationResolved &event, qint64 nowMs) {
            return noteResolved(event.agent, event.conversationId, nowMs);
        });
}

std::optional<Error> OpeningLineService::noteAgentReply(const storage::AgentRecord &agent,
                                                        qint64 conversationId, const QString &text,
                                                        qint64 nowMs)
{
    const auto opening = m_lines.opening(conversationId);
    if (!opening)
        return internalError(QStringLiteral("check the opening line"));
    // Only the agent's first reply in the conversation can be an opener, and a conversation has one use.
    if (!opening->exists || opening->agentReplies != 1 || opening->uses != 0)
        return std::nullopt;
    const auto channel = core::channelFromName(opening->channel);
    if (!channel)
        return std::nullopt;
    const auto candidates = m_lines.activeVersions(agent.id, protocol::channelKindOf(*channel));
    if (!candidates)
        return internalError(QStringLiteral("check the opening line"));
    // One active line per language: whichever the reply used.
    const auto profile = m_profiles.profile(opening->customerId, opening->orderId);
    qint64 lineId = 0;
    int version = 0;
    for (const storage::ActiveVersionRecord &candidate : *candidates) {
        QString rendered;
        if (profile) {
            rendered = core::renderOpeningLine(candidate.source,
                                               core::openingContextFor(*profile, agent.displayName, *channel,
                                                                       QDateTime::fromMSecsSinceEpoch(nowMs)))
                           .text;
        }
        if (isUseOf(candidate.source, text, rendered)) {
            lineId = candidate.lineId;
            version = candidate.version;
            break;
        }
    }
    if (!lineId)
        return std::nullopt;
    storage::OpeningUseRecord use;
    use.lineId = lineId;
    use.version = version;
    use.conversationId = conversationId;
    use.agentId = agent.id;
    use.customerId = opening->customerId;
    use.usedAt = nowMs;
    if (!m_lines.insertUse(use))
        return internalError(QStringLiteral("record the opening line's use"));
    return std::nullopt;
}

std::optional<Error> OpeningLineService::noteCustomerMessage(qint64 conversationId, const QString &text,
                                                             qint64 nowMs)
{
    const auto uses = m_lines.usesIn(conversationId);
    if (!uses)
        return internalError(QStringLiteral("check the opening line"));
    if (uses->isEmpty())
        return std::nullopt;
    const storage::OpeningUseRecord &use = uses->constFirst();
    if (!use.repliedWarmly) {
        // Warm: the customer answered soon, and not in confusion, distress or asking for someone else.
        const bool warm =
            nowMs - use.usedAt <= warmReplyWindowMs && !assist::detectEscalation(text, {}, 1.0).escalate();
        if (!m_lines.setRepliedWarmly(use.id, warm))
            return internalError(QStringLiteral("record the customer's answer"));
    }
    if (assist::soundsLikePraise(text) && !m_lines.markPraised(use.id))
        return internalError(QStringLiteral("record the praise"));
    return std::nullopt;
}

std::optional<Error> OpeningLineService::noteResolved(const storage::AgentRecord &agent,
                                                      qint64 conversationId, qint64)
{
    // First contact: the agent who opened with the line is the one who resolved, and still holds
    // the conversation (it was not handed to anyone else).
    if (!m_lines.recordResolution(conversationId, agent.id))
        return internalError(QStringLiteral("record the resolution"));
    return std::nullopt;
}

} // namespace warmline::server
