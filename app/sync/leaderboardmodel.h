#pragma once

#include "sync/keyedlistmodel.h"
#include "sync/openinglinecontroller.h"

#include <optional>

namespace warmline::sync {

// One entry of a contest's leaderboard as the server sends it (docs/protocol.md, Entry).
struct LeaderboardEntry
{
    struct JudgeScore
    {
        qint64 judgeId = 0;
        QString judgeName;
        int warmth = 0, clarity = 0, fit = 0;
        QString comment;
        friend bool operator==(const JudgeScore &, const JudgeScore &) = default;
    };

    qint64 entryId = 0;
    qint64 agentId = 0;
    QString agentName;
    QString title;
    QString source;
    int judges = 0;
    std::optional<int> serverRank; // present when judged
    int rank = 0;                  // as shown: the server's (ties share one)
    bool tied = false;
    double judgeScore = 0; // mean over judges, 1–5
    double score = 0;      // combined, 0–1
    OpeningLineController::Outcomes outcomes;
    QList<JudgeScore> scores; // oldest first

    bool judged() const { return serverRank.has_value(); }
    friend bool operator==(const LeaderboardEntry &, const LeaderboardEntry &) = default;
};

// A contest's leaderboard (contest.leaderboard): entries best first, judged ones ranked, unjudged
// ones after them without a rank. Entries with the same score share a rank (1, 1, 3): the server
// orders a tie by judges and submission, which is an order, not a difference in merit.
class LeaderboardModel final : public KeyedListModel<LeaderboardEntry>
{
    Q_OBJECT
public:
    enum Column { Rank, Agent, Line, Judges, JudgesMean, Outcomes, Score, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        AgentIdRole,
        AgentNameRole,
        TitleRole,
        SourceRole,
        JudgesRole,     // int: judges who scored it
        JudgedRole,     // bool
        RankRole,       // int, shared by ties; null when not judged
        TiedRole,       // bool: another entry has the same rank
        JudgeScoreRole, // double 1–5; null when not judged
        ScoreRole,      // double 0–1; null when not judged
        UsesRole,       // qint64
    };
    Q_ENUM(Role)

    explicit LeaderboardModel(QObject *parent = nullptr);

    // The entries of a contest.leaderboard answer.
    void setBoard(const protocol::LeaderboardReply &board);
    void setEntries(QList<LeaderboardEntry> entries);
    static QList<LeaderboardEntry> entriesOf(const QList<protocol::RankedEntry> &entries);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const LeaderboardEntry &row) const override;
};

} // namespace warmline::sync
