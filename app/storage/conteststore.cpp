#include "storage/conteststore.h"

#include "storage/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

const QString contestColumns =
    QStringLiteral("SELECT c.id, c.team_id, c.theme, c.starts_at, c.ends_at, c.created_by, a.display_name, "
                   "c.created_at, c.published_at ");

ContestRecord contestFrom(const QSqlQuery &query)
{
    ContestRecord row;
    row.id = query.value(0).toLongLong();
    row.teamId = query.value(1).toLongLong();
    row.theme = query.value(2).toString();
    row.startsAt = query.value(3).toLongLong();
    row.endsAt = query.value(4).toLongLong();
    row.createdBy = query.value(5).toLongLong();
    row.createdByName = query.value(6).toString();
    row.createdAt = query.value(7).toLongLong();
    row.publishedAt = query.value(8).toLongLong();
    return row;
}

} // namespace

ContestStore::ContestStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ContestRecord> ContestStore::contest(qint64 contestId)
{
    QSqlQuery query(m_db);
    query.prepare(contestColumns +
                  QStringLiteral("FROM contests c JOIN agents a ON a.id = c.created_by WHERE c.id = ?"));
    query.addBindValue(contestId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return contestFrom(query);
}

QList<ContestRecord> ContestStore::ofTeam(qint64 teamId)
{
    QSqlQuery query(m_db);
    // The limit applies to the team's contests before the join, as a list read id by id would.
    query.prepare(
        contestColumns +
        QStringLiteral("FROM (SELECT * FROM contests WHERE team_id IS ? "
                       "ORDER BY starts_at DESC, id DESC LIMIT 100) c "
                       "JOIN agents a ON a.id = c.created_by ORDER BY c.starts_at DESC, c.id DESC"));
    query.addBindValue(idOrNull(teamId));
    QList<ContestRecord> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(contestFrom(query));
    return result;
}

std::optional<ContestEntryCount> ContestStore::entryCount(qint64 contestId, qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*), SUM(agent_id = ?) FROM contest_entries WHERE contest_id = ?"));
    query.addBindValue(agentId);
    query.addBindValue(contestId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ContestEntryCount{query.value(0).toLongLong(), query.value(1).toLongLong() > 0};
}

std::optional<qint64> ContestStore::insert(const ContestRecord &contest)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO contests (team_id, theme, starts_at, ends_at, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(idOrNull(contest.teamId));
    query.addBindValue(contest.theme);
    query.addBindValue(contest.startsAt);
    query.addBindValue(contest.endsAt);
    query.addBindValue(contest.createdBy);
    query.addBindValue(contest.createdAt);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool ContestStore::markPublished(qint64 contestId, qint64 publishedAt)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE contests SET published_at = ? WHERE id = ?"));
    query.addBindValue(publishedAt);
    query.addBindValue(contestId);
    return query.exec();
}

std::optional<EntrySource> ContestStore::entrySource(qint64 lineId, qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.channel_kind, l.title, v.version, v.source FROM opening_lines l "
        "JOIN opening_line_versions v ON v.line_id = l.id "
        "WHERE l.id = ? AND l.agent_id = ? AND l.deleted = 0 ORDER BY v.version DESC LIMIT 1"));
    query.addBindValue(lineId);
    query.addBindValue(agentId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    EntrySource source;
    source.channelKind = query.value(0).toString();
    source.title = query.value(1).toString();
    source.version = query.value(2).toInt();
    source.source = query.value(3).toString();
    return source;
}

bool ContestStore::removeScoresOfEntry(qint64 contestId, qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM contest_scores WHERE entry_id IN "
                                 "(SELECT id FROM contest_entries WHERE contest_id = ? AND agent_id = ?)"));
    query.addBindValue(contestId);
    query.addBindValue(agentId);
    return query.exec();
}

bool ContestStore::upsertEntry(const ContestEntryRecord &entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO contest_entries (contest_id, agent_id, line_id, version, channel_kind, title, source, "
        "submitted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contest_id, agent_id) DO UPDATE SET line_id = "
        "excluded.line_id, "
        "version = excluded.version, channel_kind = excluded.channel_kind, title = excluded.title, "
        "source = excluded.source, submitted_at = excluded.submitted_at"));
    query.addBindValue(entry.contestId);
    query.addBindValue(entry.agentId);
    query.addBindValue(entry.lineId);
    query.addBindValue(entry.version);
    query.addBindValue(entry.channelKind);
    query.addBindValue(entry.title);
    query.addBindValue(entry.source);
    query.addBindValue(entry.submittedAt);
    return query.exec();
}

std::optional<qint64> ContestStore::entryId(qint64 contestId, qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM contest_entries WHERE contest_id = ? AND agent_id = ?"));
    query.addBindValue(contestId);
    query.addBindValue(agentId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<ContestEntryRecord> ContestStore::entryOwner(qint64 entryId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT contest_id, agent_id FROM contest_entries WHERE id = ?"));
    query.addBindValue(entryId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ContestEntryRecord entry;
    entry.entryId = entryId;
    entry.contestId = query.value(0).toLongLong();
    entry.agentId = query.value(1).toLongLong();
    return entry;
}

QList<ContestEntryRecord> ContestStore::entries(qint64 contestId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT e.id, e.agent_id, a.display_name, e.line_id, e.version, e.channel_kind, e.title, e.source, "
        "e.submitted_at, COUNT(s.judge_id), AVG((s.warmth + s.clarity + s.fit) / 3.0), AVG(s.warmth), "
        "AVG(s.clarity), AVG(s.fit) FROM contest_entries e JOIN agents a ON a.id = e.agent_id "
        "LEFT JOIN contest_scores s ON s.entry_id = e.id WHERE e.contest_id = ? GROUP BY e.id ORDER BY "
        "e.id"));
    query.addBindValue(contestId);
    QList<ContestEntryRecord> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        ContestEntryRecord entry;
        entry.entryId = query.value(0).toLongLong();
        entry.contestId = contestId;
        entry.agentId = query.value(1).toLongLong();
        entry.agentName = query.value(2).toString();
        entry.lineId = query.value(3).toLongLong();
        entry.version = query.value(4).toInt();
        entry.channelKind = query.value(5).toString();
        entry.title = query.value(6).toString();
        entry.source = query.value(7).toString();
        entry.submittedAt = query.value(8).toLongLong();
        entry.judges = query.value(9).toLongLong();
        entry.judgeScore = query.value(10).toDouble();
        entry.warmth = query.value(11).toDouble();
        entry.clarity = query.value(12).toDouble();
        entry.fit = query.value(13).toDouble();
        result.append(entry);
    }
    return result;
}

bool ContestStore::upsertScore(const JudgeScoreRecord &score)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO contest_scores (entry_id, judge_id, warmth, clarity, fit, comment, scored_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id, judge_id) DO UPDATE SET warmth = "
        "excluded.warmth, "
        "clarity = excluded.clarity, fit = excluded.fit, comment = excluded.comment, scored_at = "
        "excluded.scored_at"));
    query.addBindValue(score.entryId);
    query.addBindValue(score.judgeId);
    query.addBindValue(score.warmth);
    query.addBindValue(score.clarity);
    query.addBindValue(score.fit);
    query.addBindValue(score.comment);
    query.addBindValue(score.scoredAt);
    return query.exec();
}

QList<JudgeScoreRecord> ContestStore::scoresOf(qint64 entryId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT s.judge_id, a.display_name, s.warmth, s.clarity, s.fit, s.comment "
                                 "FROM contest_scores s JOIN agents a ON a.id = s.judge_id "
                                 "WHERE s.entry_id = ? ORDER BY s.scored_at"));
    query.addBindValue(entryId);
    QList<JudgeScoreRecord> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        JudgeScoreRecord score;
        score.entryId = entryId;
        score.judgeId = query.value(0).toLongLong();
        score.judgeName = query.value(1).toString();
        score.warmth = query.value(2).toInt();
        score.clarity = query.value(3).toInt();
        score.fit = query.value(4).toInt();
        score.comment = query.value(5).toString();
        result.append(score);
    }
    return result;
}

std::optional<qint64> ContestStore::insertWinner(const WinnerRecord &winner)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO library_lines (team_id, channel_kind, title, source, author_id, "
                       "contest_id, entry_id, contest_rank, score, published_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(idOrNull(winner.teamId));
    query.addBindValue(winner.channelKind);
    query.addBindValue(winner.title);
    query.addBindValue(winner.source);
    query.addBindValue(winner.authorId);
    query.addBindValue(winner.contestId);
    query.addBindValue(winner.entryId);
    query.addBindValue(winner.rank);
    query.addBindValue(winner.score);
    query.addBindValue(winner.publishedAt);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

} // namespace warmline::storage
