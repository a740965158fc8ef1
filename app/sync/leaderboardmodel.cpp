#include "sync/leaderboardmodel.h"

#include <QLocale>

namespace warmline::sync {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent)
    : KeyedListModel(parent)
{
}

qint64 LeaderboardModel::keyOf(const LeaderboardEntry &row) const
{
    return row.entryId;
}

QList<LeaderboardEntry> LeaderboardModel::entriesOf(const QList<protocol::RankedEntry> &ranked)
{
    QList<LeaderboardEntry> entries;
    entries.reserve(ranked.size());
    for (const protocol::RankedEntry &e : ranked) {
        LeaderboardEntry entry;
        entry.entryId = e.entryId;
        entry.agentId = e.agentId;
        entry.agentName = e.agentName;
        entry.title = e.title;
        entry.source = e.source;
        entry.judges = e.judges;
        entry.serverRank = e.rank;
        entry.judgeScore = e.judgeScore.value_or(0);
        entry.score = e.score.value_or(0);
        entry.outcomes = OpeningLineController::Outcomes::of(e.outcomes);
        for (const protocol::JudgeScore &score : e.scores)
            entry.scores.append(
                {score.judgeId, score.judgeName, score.warmth, score.clarity, score.fit, score.comment});
        entries.append(entry);
    }
    return entries;
}

void LeaderboardModel::setBoard(const protocol::LeaderboardReply &board)
{
    setEntries(entriesOf(board.entries));
}

void LeaderboardModel::setEntries(QList<LeaderboardEntry> entries)
{
    // The server ranks ties alike (1, 1, 3) and publishes by that rank, so the board shows its rank.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        LeaderboardEntry &entry = entries[i];
        entry.rank = entry.serverRank.value_or(0);
        const auto sameRank = [&](qsizetype j) {
            return j >= 0 && j < entries.size() && entry.judged() &&
                   entries.at(j).serverRank == entry.serverRank;
        };
        entry.tied = sameRank(i - 1) || sameRank(i + 1);
    }
    setRows(entries);
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardEntry &entry = *rowAt(index.row());
    const bool judged = entry.judged();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return judged ? QLocale().toString(entry.rank) : tr("–");
        case Agent:
            return entry.agentName;
        case Line:
            return entry.title;
        case Judges:
            return QLocale().toString(entry.judges);
        case JudgesMean:
            return judged ? number(entry.judgeScore, 2) : tr("not scored yet");
        case Outcomes: {
            const auto &o = entry.outcomes;
            if (o.uses == 0)
                return tr("not used yet");
            return tr("%n use(s): %1 warm · %2 resolved · %3 praised", nullptr, int(o.uses))
                .arg(o.warmReplies)
                .arg(o.resolvedFirstContact)
                .arg(o.praised);
        }
        case Score:
            return judged ? number(entry.score, 3) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Line ? QVariant(entry.source) : QVariant();
    case EntryIdRole:
        return entry.entryId;
    case AgentIdRole:
        return entry.agentId;
    case AgentNameRole:
        return entry.agentName;
    case TitleRole:
        return entry.title;
    case SourceRole:
        return entry.source;
    case JudgesRole:
        return entry.judges;
    case JudgedRole:
        return judged;
    case RankRole:
        return judged ? QVariant(entry.rank) : QVariant();
    case TiedRole:
        return entry.tied;
    case JudgeScoreRole:
        return judged ? QVariant(entry.judgeScore) : QVariant();
    case ScoreRole:
        return judged ? QVariant(entry.score) : QVariant();
    case UsesRole:
        return entry.outcomes.uses;
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Agent:
        return tr("Agent");
    case Line:
        return tr("Line");
    case Judges:
        return tr("Judges");
    case JudgesMean:
        return tr("Judges' mean");
    case Outcomes:
        return tr("Outcomes");
    case Score:
        return tr("Score");
    }
    return {};
}

QHash<int, QByteArray> LeaderboardModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(AgentIdRole, "agentId");
    names.insert(AgentNameRole, "agentName");
    names.insert(TitleRole, "title");
    names.insert(SourceRole, "source");
    names.insert(JudgesRole, "judges");
    names.insert(JudgedRole, "judged");
    names.insert(RankRole, "rank");
    names.insert(TiedRole, "tied");
    names.insert(JudgeScoreRole, "judgeScore");
    names.insert(ScoreRole, "score");
    names.insert(UsesRole, "uses");
    return names;
}

} // namespace warmline::sync
