#pragma once

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

// A team contest as stored; its state follows from the clock and is the service's to decide.
struct ContestRecord
{
    qint64 id = 0, teamId = 0, startsAt = 0, endsAt = 0, createdBy = 0, createdAt = 0, publishedAt = 0;
    QString theme, createdByName;
};

// How many entries a contest has and whether one agent's is among them.
struct ContestEntryCount
{
    qint64 entries = 0;
    bool submitted = false;
};

// The newest version of an agent's line, as an entry copies it.
struct EntrySource
{
    QString channelKind, title, source;
    int version = 0;
};

// An entry with the aggregate of its judges' scores (the means are meaningful only when judges > 0).
struct ContestEntryRecord
{
    qint64 entryId = 0, contestId = 0, agentId = 0, lineId = 0, submittedAt = 0, judges = 0;
    int version = 0;
    QString agentName, channelKind, title, source;
    double judgeScore = 0, warmth = 0, clarity = 0, fit = 0;
};

struct JudgeScoreRecord
{
    qint64 entryId = 0, judgeId = 0, scoredAt = 0;
    QString judgeName, comment;
    int warmth = 0, clarity = 0, fit = 0;
};

// A contest winner as it enters the team library.
struct WinnerRecord
{
    qint64 teamId = 0, authorId = 0, contestId = 0, entryId = 0, publishedAt = 0;
    QString channelKind, title, source;
    int rank = 0;
    double score = 0;
};

// Contests, their entries and judges' scores (schema 7). Writes run inside the caller's write
// transaction, so an entry replacing an earlier one and the scores it drops commit together.
// A team id of 0 stands for agents without a team (NULL in the schema).
class ContestStore final
{
public:
    explicit ContestStore(QSqlDatabase db);

    std::optional<ContestRecord> contest(qint64 contestId);
    // The team's newest 100 contests, latest start first.
    QList<ContestRecord> ofTeam(qint64 teamId);
    std::optional<ContestEntryCount> entryCount(qint64 contestId, qint64 agentId);
    std::optional<qint64> insert(const ContestRecord &contest);
    bool markPublished(qint64 contestId, qint64 publishedAt);

    std::optional<EntrySource> entrySource(qint64 lineId, qint64 agentId);
    // The scores of the agent's entry, which a new submission makes stale.
    bool removeScoresOfEntry(qint64 contestId, qint64 agentId);
    // Inserts the agent's entry or replaces the one they had (record.entryId, judges and means unused).
    bool upsertEntry(const ContestEntryRecord &entry);
    std::optional<qint64> entryId(qint64 contestId, qint64 agentId);
    // The contest and author of an entry, as contestId and agentId.
    std::optional<ContestEntryRecord> entryOwner(qint64 entryId);
    // Entries with their score aggregates, in the order they were first submitted.
    QList<ContestEntryRecord> entries(qint64 contestId);

    // Records or replaces a judge's score (judgeName unused).
    bool upsertScore(const JudgeScoreRecord &score);
    // The judges' scores of an entry, oldest first (scoredAt not read).
    QList<JudgeScoreRecord> scoresOf(qint64 entryId);

    std::optional<qint64> insertWinner(const WinnerRecord &winner);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
