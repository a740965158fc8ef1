#include "server/openinglineservice.h"

#include "assist/escalation.h"
#include "assist/repeatdetector.h"
#include "core/openingline.h"
#include "core/profile.h"
#include "core/statistics.h"
#include "protocol/messages.h"

#include <algorithm>
#include <QDateTime>

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

QJsonObject contestJson(const storage::ContestRecord &contest, qint64 nowMs)
{
    return {{QStringLiteral("id"), contest.id},
            {QStringLiteral("theme"), contest.theme},
            {QStringLiteral("startsAt"), contest.startsAt},
            {QStringLiteral("endsAt"), contest.endsAt},
            {QStringLiteral("createdBy"), contest.createdBy},
            {QStringLiteral("createdByName"), contest.createdByName},
            {QStringLiteral("createdAt"), contest.createdAt},
            {QStringLiteral("publishedAt"),
             contest.publishedAt > 0 ? QJsonValue(contest.publishedAt) : QJsonValue()},
            {QStringLiteral("state"), contestState(contest, nowMs)}};
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

void OpeningLineService::Outcomes::add(const Outcomes &other)
{
    uses += other.uses;
    warm += other.warm;
    warmKnown += other.warmKnown;
    resolved += other.resolved;
    resolvedKnown += other.resolvedKnown;
    praised += other.praised;
}

QJsonObject OpeningLineService::Outcomes::toJson() const
{
    return {{QStringLiteral("uses"), uses},
            {QStringLiteral("warmReplies"), warm},
            {QStringLiteral("warmKnown"), warmKnown},
            {QStringLiteral("resolvedFirstContact"), resolved},
            {QStringLiteral("resolvedKnown"), resolvedKnown},
            {QStringLiteral("praised"), praised}};
}

QHash<qint64, QHash<int, OpeningLineService::Outcomes>>
OpeningLineService::outcomesOf(const QList<qint64> &lineIds)
{
    QHash<qint64, QHash<int, Outcomes>> result;
    for (const storage::OpeningOutcomeRecord &record : m_lines.outcomes(lineIds, praiseWindowMs)) {
        Outcomes outcomes;
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

std::optional<QJsonObject> OpeningLineService::lineJson(qint64 lineId)
{
    const auto record = m_lines.line(lineId);
    if (!record)
        return std::nullopt;
    QJsonObject line{{QStringLiteral("id"), record->id},
                     {QStringLiteral("channelKind"), record->channelKind},
                     {QStringLiteral("title"), record->title},
                     {QStringLiteral("active"), record->active},
                     {QStringLiteral("originLibraryId"),
                      record->originLibrary ? QJsonValue(*record->originLibrary) : QJsonValue()},
                     {QStringLiteral("createdAt"), record->createdAt},
                     {QStringLiteral("updatedAt"), record->updatedAt},
                     {QStringLiteral("deleted"), record->deleted},
                     {QStringLiteral("language"), record->language}};
    const auto outcomes = outcomesOf({lineId}).value(lineId);
    const auto versions = m_lines.versions(lineId);
    if (!versions)
        return std::nullopt;
    QJsonArray list;
    Outcomes total;
    for (const storage::OpeningVersionRecord &version : *versions) {
        const Outcomes these = outcomes.value(version.version);
        total.add(these);
        if (list.isEmpty()) {
            line.insert(QStringLiteral("version"), version.version);
            line.insert(QStringLiteral("source"), version.source);
        }
        list.append(QJsonObject{{QStringLiteral("version"), version.version},
                                {QStringLiteral("source"), version.source},
                                {QStringLiteral("createdAt"), version.createdAt},
                                {QStringLiteral("outcomes"), these.toJson()}});
    }
    line.insert(QStringLiteral("versions"), list);
    line.insert(QStringLiteral("outcomes"), total.toJson());
    return line;
}

QJsonArray OpeningLineService::lines(qint64 agentId)
{
    QJsonArray result;
    for (qint64 id : m_lines.lineIdsOf(agentId)) {
        if (auto line = lineJson(id))
            result.append(*line);
    }
    return result;
}

Outcome OpeningLineService::save(UnitOfWork &, const storage::AgentRecord &agent,
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
    const auto line = lineJson(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    QJsonArray warnings;
    for (const core::TemplateDiagnostic &warning : parsed.warnings())
        warnings.append(QJsonObject{{QStringLiteral("position"), warning.position},
                                    {QStringLiteral("length"), warning.length},
                                    {QStringLiteral("message"), warning.message}});
    return Success{{{QStringLiteral("line"), *line}, {QStringLiteral("warnings"), warnings}}, 0};
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

Outcome OpeningLineService::activate(UnitOfWork &, const storage::AgentRecord &agent, qint64 lineId,
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
    const auto line = lineJson(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    return Success{{{QStringLiteral("line"), *line}}, 0};
}

Outcome OpeningLineService::remove(UnitOfWork &, const storage::AgentRecord &agent, qint64 lineId,
                                   qint64 nowMs)
{
    const auto deleted = m_lines.markDeleted(lineId, agent.id, nowMs);
    if (!deleted)
        return internalError(QStringLiteral("delete the line"));
    if (!*deleted)
        return lineNotFound(lineId);
    return Success{{{QStringLiteral("lineId"), lineId}}, 0};
}

QJsonArray OpeningLineService::library(qint64 teamId)
{
    QJsonArray result;
    for (const storage::LibraryLineRecord &line : m_lines.library(teamId)) {
        result.append(QJsonObject{
            {QStringLiteral("id"), line.id},
            {QStringLiteral("channelKind"), line.channelKind},
            {QStringLiteral("title"), line.title},
            {QStringLiteral("source"), line.source},
            {QStringLiteral("authorId"), line.authorId},
            {QStringLiteral("authorName"), line.authorName},
            {QStringLiteral("contestId"), line.contestId ? QJsonValue(*line.contestId) : QJsonValue()},
            {QStringLiteral("contestTheme"), line.contestTheme},
            {QStringLiteral("rank"), line.rank ? QJsonValue(*line.rank) : QJsonValue()},
            {QStringLiteral("score"), line.score ? QJsonValue(*line.score) : QJsonValue()},
            {QStringLiteral("adoptedCount"), line.adoptedCount},
            {QStringLiteral("publishedAt"), line.publishedAt}});
    }
    return result;
}

Outcome OpeningLineService::adopt(UnitOfWork &work, const storage::AgentRecord &agent,
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
    Outcome saved = this->save(work, agent, save, nowMs);
    auto *success = std::get_if<Success>(&saved);
    if (!success)
        return saved;
    const qint64 lineId =
        success->payload.value(QStringLiteral("line")).toObject().value(QStringLiteral("id")).toInteger();
    if (!m_lines.setOrigin(lineId, request.libraryId))
        return internalError(QStringLiteral("remember where the line came from"));
    if (!m_lines.countAdoption(request.libraryId))
        return internalError(QStringLiteral("count the adoption"));
    if (request.activate)
        return activate(work, agent, lineId, true, nowMs);
    const auto line = lineJson(lineId);
    if (!line)
        return internalError(QStringLiteral("read the line"));
    return Success{{{QStringLiteral("line"), *line}}, 0};
}

template<typename ContestEvent>
std::optional<qint64> OpeningLineService::appendContestEvent(UnitOfWork &work, qint64 contestId,
                                                             qint64 teamId, qint64 nowMs)
{
    return work.append(ContestEvent{{contestId, teamId}}, core::Audience::team(teamId), 0, 0, nowMs);
}

QJsonArray OpeningLineService::contests(const storage::AgentRecord &viewer, qint64 nowMs)
{
    QJsonArray result;
    for (const storage::ContestRecord &row : m_contests.ofTeam(viewer.teamId)) {
        QJsonObject object = contestJson(row, nowMs);
        if (const auto count = m_contests.entryCount(row.id, viewer.id)) {
            object.insert(QStringLiteral("entries"), count->entries);
            object.insert(QStringLiteral("submitted"), count->submitted);
        }
        result.append(object);
    }
    return result;
}

Outcome OpeningLineService::createContest(UnitOfWork &work, const storage::AgentRecord &agent,
                                          const protocol::ContestCreateRequest &request, qint64 nowMs)
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
    return Success{{{QStringLiteral("contest"), contestJson(*row, nowMs)}}, *seq};
}

Outcome OpeningLineService::submit(UnitOfWork &work, const storage::AgentRecord &agent,
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
    return Success{{{QStringLiteral("entryId"), *entryId},
                    {QStringLiteral("contestId"), request.contestId},
                    {QStringLiteral("lineId"), request.lineId},
                    {QStringLiteral("version"), line->version}},
                   *seq};
}

Outcome OpeningLineService::score(UnitOfWork &work, const storage::AgentRecord &judge,
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
    return Success{{{QStringLiteral("entryId"), request.entryId}, {QStringLiteral("contestId"), row->id}},
                   *seq};
}

QJsonArray OpeningLineService::rankedEntries(const storage::ContestRecord &contest, bool withComments)
{
    struct Entry
    {
        QJsonObject json;
        std::optional<double> combined;
        qint64 id = 0;
    };
    QList<Entry> entries;
    QList<qint64> lineIds;
    for (const storage::ContestEntryRecord &record : m_contests.entries(contest.id)) {
        Entry entry;
        entry.id = record.entryId;
        entry.json = {{QStringLiteral("entryId"), record.entryId},
                      {QStringLiteral("agentId"), record.agentId},
                      {QStringLiteral("agentName"), record.agentName},
                      {QStringLiteral("lineId"), record.lineId},
                      {QStringLiteral("version"), record.version},
                      {QStringLiteral("channelKind"), record.channelKind},
                      {QStringLiteral("title"), record.title},
                      {QStringLiteral("source"), record.source},
                      {QStringLiteral("submittedAt"), record.submittedAt},
                      {QStringLiteral("judges"), record.judges}};
        if (record.judges > 0) {
            entry.json.insert(QStringLiteral("judgeScore"), record.judgeScore);
            entry.json.insert(QStringLiteral("warmth"), record.warmth);
            entry.json.insert(QStringLiteral("clarity"), record.clarity);
            entry.json.insert(QStringLiteral("fit"), record.fit);
        }
        lineIds.append(record.lineId);
        entries.append(entry);
    }
    const auto outcomes = outcomesOf(lineIds);
    for (Entry &entry : entries) {
        const Outcomes these = outcomes.value(entry.json.value(QStringLiteral("lineId")).toInteger())
                                   .value(entry.json.value(QStringLiteral("version")).toInt());
        entry.json.insert(QStringLiteral("outcomes"), these.toJson());
        const double outcomeRate = double(these.successes() + 1) / double(these.trials() + 2);
        entry.json.insert(QStringLiteral("outcomeRate"), outcomeRate);
        if (entry.json.contains(QStringLiteral("judgeScore"))) {
            entry.combined = combinedScore(entry.json.value(QStringLiteral("judgeScore")).toDouble(),
                                           these.successes(), these.trials());
            entry.json.insert(QStringLiteral("score"), *entry.combined);
        }
        if (withComments) {
            QJsonArray list;
            for (const storage::JudgeScoreRecord &score : m_contests.scoresOf(entry.id)) {
                list.append(QJsonObject{{QStringLiteral("judgeId"), score.judgeId},
                                        {QStringLiteral("judgeName"), score.judgeName},
                                        {QStringLiteral("warmth"), score.warmth},
                                        {QStringLiteral("clarity"), score.clarity},
                                        {QStringLiteral("fit"), score.fit},
                                        {QStringLiteral("comment"), score.comment}});
            }
            entry.json.insert(QStringLiteral("scores"), list);
        }
    }
    // Scored entries by combined score (ties: more judges, then earlier entry); unscored ones after.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.combined.has_value() != b.combined.has_value())
            return a.combined.has_value();
        if (a.combined && *a.combined != *b.combined)
            return *a.combined > *b.combined;
        return a.json.value(QStringLiteral("judges")).toInteger() >
               b.json.value(QStringLiteral("judges")).toInteger();
    });
    // Tied entries rank, and are published, alike, whatever ordered them within the tie.
    QList<double> scores;
    for (const Entry &entry : entries) {
        if (entry.combined)
            scores.append(*entry.combined);
    }
    const QList<int> ranks = core::competitionRanks(scores);
    QJsonArray result;
    qsizetype ranked = 0;
    for (Entry &entry : entries) {
        if (entry.combined)
            entry.json.insert(QStringLiteral("rank"), ranks.at(ranked++));
        result.append(entry.json);
    }
    return result;
}

Outcome OpeningLineService::leaderboard(const storage::AgentRecord &viewer, qint64 contestId, qint64 nowMs)
{
    const auto row = m_contests.contest(contestId);
    if (!row || row->teamId != viewer.teamId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("your team has no contest %1").arg(contestId),
                     QStringLiteral("payload.contestId"),
                     {}};
    }
    return Success{
        {{QStringLiteral("contest"), contestJson(*row, nowMs)},
         {QStringLiteral("entries"), rankedEntries(*row, true)},
         {QStringLiteral("formula"),
          QStringLiteral("0.7 * (mean judge score - 1) / 4 + 0.3 * (successes + 1) / (trials + 2)")}},
        0};
}

Outcome OpeningLineService::publish(UnitOfWork &work, const storage::AgentRecord &judge,
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
    const QJsonArray ranked = rankedEntries(*row, false);
    QJsonArray published;
    for (const QJsonValue &value : ranked) {
        const QJsonObject entry = value.toObject();
        // Ranks only grow down the list; an entry tied with the last winner wins too.
        if (!entry.contains(QStringLiteral("rank")) ||
            entry.value(QStringLiteral("rank")).toInt() > request.winners)
            break;
        storage::WinnerRecord winner;
        winner.teamId = row->teamId;
        winner.channelKind = entry.value(QStringLiteral("channelKind")).toString();
        winner.title = entry.value(QStringLiteral("title")).toString();
        winner.source = entry.value(QStringLiteral("source")).toString();
        winner.authorId = entry.value(QStringLiteral("agentId")).toInteger();
        winner.contestId = row->id;
        winner.entryId = entry.value(QStringLiteral("entryId")).toInteger();
        winner.rank = entry.value(QStringLiteral("rank")).toInt();
        winner.score = entry.value(QStringLiteral("score")).toDouble();
        winner.publishedAt = nowMs;
        const auto libraryId = m_contests.insertWinner(winner);
        if (!libraryId)
            return internalError(QStringLiteral("publish the winners"));
        QJsonObject winnerJson = entry;
        winnerJson.insert(QStringLiteral("libraryId"), *libraryId);
        published.append(winnerJson);
    }
    if (published.isEmpty()) {
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
    return Success{{{QStringLiteral("contestId"), row->id}, {QStringLiteral("published"), published}}, *seq};
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
