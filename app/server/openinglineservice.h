#pragma once

#include "core/conversation.h"
#include "core/openingline.h"
#include "core/permission.h"
#include "protocol/openingmessages.h"
#include "server/conversationservice.h"
#include "server/result.h"
#include "storage/accountstore.h"
#include "storage/conteststore.h"
#include "storage/openinglinestore.h"
#include "storage/profilestore.h"

#include <optional>
#include <QSqlDatabase>

namespace warmline::server {

// What followed the uses of a line or of one version of it: counts; the *Known ones say how many
// uses have that outcome decided yet.
struct LineOutcomes
{
    qint64 uses = 0, warm = 0, warmKnown = 0, resolved = 0, resolvedKnown = 0, praised = 0;
    void add(const LineOutcomes &other);
    qint64 successes() const { return warm + resolved + praised; }
    qint64 trials() const { return uses + warmKnown + resolvedKnown; }
};

struct AgentLineVersion
{
    storage::OpeningVersionRecord version;
    LineOutcomes outcomes;
};

// One of an agent's opening lines with its versions, newest first, and what followed each.
struct AgentLine
{
    storage::OpeningLineRecord line;
    QList<AgentLineVersion> versions;
    LineOutcomes outcomes; // over all versions
};

// A line as saved, and what the template language warns about in its text.
struct SavedLine
{
    AgentLine line;
    QList<core::TemplateDiagnostic> warnings;
};

// A contest and its state on the server's clock: upcoming, open, judging or published.
struct ContestView
{
    storage::ContestRecord contest;
    QString state;
};

// A contest as one staff member sees it listed: with its entries and whether theirs is among them
// (nullopt when they could not be counted).
struct ContestListing
{
    ContestView contest;
    std::optional<storage::ContestEntryCount> count;
};

// An entry where the leaderboard puts it. score and rank are set once a judge scored it.
struct EntryStanding
{
    storage::ContestEntryRecord entry;
    LineOutcomes outcomes; // of the line version entered
    double outcomeRate = 0;
    std::optional<double> score;
    std::optional<int> rank;
    QList<storage::JudgeScoreRecord> scores; // when asked for with the judges' comments
};

struct Standings
{
    ContestView contest;
    QList<EntryStanding> entries; // best first, unjudged ones last
};

// An agent's entry: a snapshot of their line's current version.
struct Submission
{
    qint64 entryId = 0, contestId = 0, lineId = 0;
    int version = 0;
};

struct ScoredEntry
{
    qint64 entryId = 0, contestId = 0;
};

struct Winner
{
    EntryStanding standing;
    qint64 libraryId = 0;
};

struct Publication
{
    qint64 contestId = 0;
    QList<Winner> winners;
};

// Personal opening lines, their outcomes, team contests and the team library (schema 007). Writes
// run inside the caller's UnitOfWork; the note*() hooks run inside the unit of work of the
// conversation request that caused them, so an outcome is recorded exactly when its cause is.
//
// A use is detected on the server: the agent's first reply in a conversation is a use of their
// active line for the conversation's channel kind when it contains the line's fixed text (the
// literal text outside [ ] and fallbacks, ignoring spaces, punctuation and case) in order, or —
// for lines with under 4 characters of fixed text — when it starts with the line as the server
// renders it for that customer now. Edits to the variable parts and additions after the line do
// not hide a use; a rewrite does.
class OpeningLineService final
{
public:
    OpeningLineService(QSqlDatabase db, storage::ProfileStore &profiles);

    // The agent's lines (not deleted), each with its versions and outcome numbers.
    QList<AgentLine> lines(qint64 agentId);
    // The team library, newest first.
    QList<storage::LibraryLineRecord> library(qint64 teamId);
    // The team's contests, each with the viewer's part in it.
    QList<ContestListing> contests(const storage::AgentRecord &viewer, qint64 nowMs);
    Result<Standings> leaderboard(const storage::AgentRecord &viewer, qint64 contestId, qint64 nowMs);
    // How a leaderboard's score is computed (combinedScore), as the leaderboard states it.
    static QString scoreFormula();

    Result<SavedLine> save(UnitOfWork &work, const storage::AgentRecord &agent,
                           const protocol::OpeningSaveRequest &request, qint64 nowMs);
    Result<AgentLine> activate(UnitOfWork &work, const storage::AgentRecord &agent, qint64 lineId,
                               bool active, qint64 nowMs);
    // The id of the line deleted.
    Result<qint64> remove(UnitOfWork &work, const storage::AgentRecord &agent, qint64 lineId, qint64 nowMs);
    // The agent's copy of the library line.
    Result<AgentLine> adopt(UnitOfWork &work, const storage::AgentRecord &agent,
                            const protocol::LibraryAdoptRequest &request, qint64 nowMs);
    Result<ContestView> createContest(UnitOfWork &work, const storage::AgentRecord &agent,
                                      const protocol::ContestCreateRequest &request, qint64 nowMs);
    Result<Submission> submit(UnitOfWork &work, const storage::AgentRecord &agent,
                              const protocol::ContestSubmitRequest &request, qint64 nowMs);
    Result<ScoredEntry> score(UnitOfWork &work, const storage::AgentRecord &judge,
                              const protocol::ContestScoreRequest &request, qint64 nowMs);
    Result<Publication> publish(UnitOfWork &work, const storage::AgentRecord &judge,
                                const protocol::ContestPublishRequest &request, qint64 nowMs);

    // Records uses and outcomes from the conversation module's domain events, inside the unit of
    // work that raised them.
    void subscribeTo(DomainEventBus &bus);

    // Outcome hooks (errors roll the whole request back).
    std::optional<Error> noteAgentReply(const storage::AgentRecord &agent, qint64 conversationId,
                                        const QString &text, qint64 nowMs);
    std::optional<Error> noteCustomerMessage(qint64 conversationId, const QString &text, qint64 nowMs);
    std::optional<Error> noteResolved(const storage::AgentRecord &agent, qint64 conversationId, qint64 nowMs);

    // How long after a use the customer's first answer still counts as a warm reply.
    static constexpr qint64 warmReplyWindowMs = 10 * 60 * 1000;
    // Praise recorded for the customer this long after a use counts for it.
    static constexpr qint64 praiseWindowMs = 7LL * 24 * 60 * 60 * 1000;
    static constexpr int maxLinesPerAgent = 50;
    // Whether `reply` is a use of the template `source` (see the class comment); `rendered` is the
    // line rendered for the customer, used for lines with little fixed text.
    static bool isUseOf(const QString &source, const QString &reply, const QString &rendered);
    // The documented leaderboard formula (docs/opening-lines.md).
    static double combinedScore(double meanJudgeScore, qint64 successes, qint64 trials);

private:
    // A line's language follows its newest text; an active line that changes language replaces
    // the agent's active line of that language and kind.
    std::optional<protocol::Error> followLanguage(const storage::AgentRecord &agent, qint64 lineId,
                                                  const QString &language, qint64 nowMs);
    std::optional<AgentLine> line(qint64 lineId);
    QHash<qint64, QHash<int, LineOutcomes>> outcomesOf(const QList<qint64> &lineIds);
    QList<EntryStanding> rankedEntries(const storage::ContestRecord &contest, bool withComments);
    template<typename ContestEvent>
    std::optional<qint64> appendContestEvent(UnitOfWork &work, qint64 contestId, qint64 teamId, qint64 nowMs);

    storage::ProfileStore &m_profiles;
    storage::ContestStore m_contests;
    storage::OpeningLineStore m_lines;
};

} // namespace warmline::server
