#include "storage/openinglinestore.h"

#include "storage/sqlvalue.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace warmline::storage {

OpeningLineStore::OpeningLineStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<OpeningLineRecord> OpeningLineStore::line(qint64 lineId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, channel_kind, title, active, origin_library, created_at, updated_at, "
                       "deleted, language, agent_id, team_id FROM opening_lines WHERE id = ?"));
    query.addBindValue(lineId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    OpeningLineRecord line;
    line.id = query.value(0).toLongLong();
    line.channelKind = query.value(1).toString();
    line.title = query.value(2).toString();
    line.active = query.value(3).toInt() == 1;
    if (!query.value(4).isNull())
        line.originLibrary = query.value(4).toLongLong();
    line.createdAt = query.value(5).toLongLong();
    line.updatedAt = query.value(6).toLongLong();
    line.deleted = query.value(7).toInt() == 1;
    line.language = query.value(8).toString();
    line.agentId = query.value(9).toLongLong();
    line.teamId = query.value(10).toLongLong();
    return line;
}

std::optional<QList<OpeningVersionRecord>> OpeningLineStore::versions(qint64 lineId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version, source, created_at FROM opening_line_versions WHERE "
                                 "line_id = ? ORDER BY version DESC"));
    query.addBindValue(lineId);
    if (!query.exec())
        return std::nullopt;
    QList<OpeningVersionRecord> result;
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toLongLong()});
    return result;
}

QList<qint64> OpeningLineStore::lineIdsOf(qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM opening_lines WHERE agent_id = ? AND deleted = 0 "
                                 "ORDER BY channel_kind, active DESC, updated_at DESC, id"));
    query.addBindValue(agentId);
    QList<qint64> ids;
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<int> OpeningLineStore::lineCount(qint64 agentId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM opening_lines WHERE agent_id = ? AND deleted = 0"));
    query.addBindValue(agentId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

QList<OpeningOutcomeRecord> OpeningLineStore::outcomes(const QList<qint64> &lineIds, qint64 praiseWindowMs)
{
    QList<OpeningOutcomeRecord> result;
    if (lineIds.isEmpty())
        return result;
    QStringList ids;
    for (qint64 id : lineIds)
        ids.append(QString::number(id));
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT u.line_id, u.version, COUNT(*), "
            "SUM(u.replied_warmly = 1), SUM(u.replied_warmly IS NOT NULL), "
            "SUM(u.resolved_first_contact = 1), SUM(u.resolved_first_contact IS NOT NULL), "
            "SUM(u.praised = 1 OR EXISTS (SELECT 1 FROM praises p WHERE p.customer_id = u.customer_id "
            "    AND p.created_at >= u.used_at AND p.created_at <= u.used_at + :window)) "
            "FROM opening_line_uses u WHERE u.line_id IN (%1) GROUP BY u.line_id, u.version")
            .arg(ids.join(QLatin1Char(','))));
    query.bindValue(QStringLiteral(":window"), praiseWindowMs);
    if (!query.exec())
        return result;
    while (query.next()) {
        OpeningOutcomeRecord outcome;
        outcome.lineId = query.value(0).toLongLong();
        outcome.version = query.value(1).toInt();
        outcome.uses = query.value(2).toLongLong();
        outcome.warm = query.value(3).toLongLong();
        outcome.warmKnown = query.value(4).toLongLong();
        outcome.resolved = query.value(5).toLongLong();
        outcome.resolvedKnown = query.value(6).toLongLong();
        outcome.praised = query.value(7).toLongLong();
        result.append(outcome);
    }
    return result;
}

std::optional<qint64> OpeningLineStore::insertLine(const OpeningLineRecord &line)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO opening_lines (agent_id, team_id, channel_kind, title, created_at, "
                       "updated_at, language) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(line.agentId);
    query.addBindValue(idOrNull(line.teamId));
    query.addBindValue(line.channelKind);
    query.addBindValue(line.title);
    query.addBindValue(line.createdAt);
    query.addBindValue(line.updatedAt);
    query.addBindValue(line.language);
    if (!query.exec())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool OpeningLineStore::rename(qint64 lineId, const QString &title, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET title = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(title);
    query.addBindValue(nowMs);
    query.addBindValue(lineId);
    return query.exec();
}

bool OpeningLineStore::touch(qint64 lineId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET updated_at = ? WHERE id = ?"));
    query.addBindValue(nowMs);
    query.addBindValue(lineId);
    return query.exec();
}

bool OpeningLineStore::insertVersion(qint64 lineId, const OpeningVersionRecord &version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO opening_line_versions (line_id, version, source, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(lineId);
    query.addBindValue(version.version);
    query.addBindValue(version.source);
    query.addBindValue(version.createdAt);
    return query.exec();
}

bool OpeningLineStore::setLanguage(qint64 lineId, const QString &language)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET language = ? WHERE id = ?"));
    query.addBindValue(language);
    query.addBindValue(lineId);
    return query.exec();
}

bool OpeningLineStore::activate(qint64 lineId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET active = 1, updated_at = ? WHERE id = ?"));
    query.addBindValue(nowMs);
    query.addBindValue(lineId);
    return query.exec();
}

bool OpeningLineStore::deactivateOthers(qint64 agentId, const QString &kind, const QString &language,
                                        qint64 keepLineId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET active = 0, updated_at = ? WHERE agent_id = ? "
                                 "AND channel_kind = ? AND language = ? AND active = 1 AND id <> ?"));
    query.addBindValue(nowMs);
    query.addBindValue(agentId);
    query.addBindValue(kind);
    query.addBindValue(language);
    query.addBindValue(keepLineId);
    return query.exec();
}

std::optional<bool> OpeningLineStore::markDeleted(qint64 lineId, qint64 agentId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET deleted = 1, active = 0, updated_at = ? "
                                 "WHERE id = ? AND agent_id = ? AND deleted = 0"));
    query.addBindValue(nowMs);
    query.addBindValue(lineId);
    query.addBindValue(agentId);
    if (!query.exec())
        return std::nullopt;
    return query.numRowsAffected() == 1;
}

bool OpeningLineStore::setOrigin(qint64 lineId, qint64 libraryId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_lines SET origin_library = ? WHERE id = ?"));
    query.addBindValue(libraryId);
    query.addBindValue(lineId);
    return query.exec();
}

QList<LibraryLineRecord> OpeningLineStore::library(qint64 teamId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.channel_kind, l.title, l.source, l.author_id, a.display_name, l.contest_id, c.theme, "
        "l.contest_rank, l.score, l.adopted_count, l.published_at "
        "FROM library_lines l JOIN agents a ON a.id = l.author_id LEFT JOIN contests c ON c.id = "
        "l.contest_id "
        "WHERE l.team_id IS ? ORDER BY l.published_at DESC, l.contest_rank, l.id"));
    query.addBindValue(idOrNull(teamId));
    QList<LibraryLineRecord> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        LibraryLineRecord line;
        line.id = query.value(0).toLongLong();
        line.channelKind = query.value(1).toString();
        line.title = query.value(2).toString();
        line.source = query.value(3).toString();
        line.authorId = query.value(4).toLongLong();
        line.authorName = query.value(5).toString();
        if (!query.value(6).isNull())
            line.contestId = query.value(6).toLongLong();
        line.contestTheme = query.value(7).toString();
        if (!query.value(8).isNull())
            line.rank = query.value(8).toInt();
        if (!query.value(9).isNull())
            line.score = query.value(9).toDouble();
        line.adoptedCount = query.value(10).toLongLong();
        line.publishedAt = query.value(11).toLongLong();
        result.append(line);
    }
    return result;
}

std::optional<LibraryLineRecord> OpeningLineStore::libraryLine(qint64 libraryId, qint64 teamId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT channel_kind, title, source FROM library_lines WHERE id = ? AND team_id IS ?"));
    query.addBindValue(libraryId);
    query.addBindValue(idOrNull(teamId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    LibraryLineRecord line;
    line.id = libraryId;
    line.channelKind = query.value(0).toString();
    line.title = query.value(1).toString();
    line.source = query.value(2).toString();
    return line;
}

bool OpeningLineStore::countAdoption(qint64 libraryId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE library_lines SET adopted_count = adopted_count + 1 WHERE id = ?"));
    query.addBindValue(libraryId);
    return query.exec();
}

std::optional<ConversationOpening> OpeningLineStore::opening(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM messages WHERE conversation_id = :c AND sender = 'agent'), "
        "(SELECT COUNT(*) FROM opening_line_uses WHERE conversation_id = :c), "
        "c.channel, c.customer_id, c.order_id FROM conversations c WHERE c.id = :c"));
    query.bindValue(QStringLiteral(":c"), conversationId);
    if (!query.exec())
        return std::nullopt;
    ConversationOpening opening;
    if (!query.next())
        return opening;
    opening.exists = true;
    opening.agentReplies = query.value(0).toInt();
    opening.uses = query.value(1).toInt();
    opening.channel = query.value(2).toString();
    opening.customerId = query.value(3).toLongLong();
    opening.orderId = query.value(4).toLongLong();
    return opening;
}

std::optional<QList<ActiveVersionRecord>> OpeningLineStore::activeVersions(qint64 agentId,
                                                                           const QString &kind)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT l.id, v.version, v.source FROM opening_lines l JOIN opening_line_versions v "
                       "ON v.line_id = l.id AND v.version = (SELECT max(version) FROM opening_line_versions "
                       "WHERE line_id = l.id) "
                       "WHERE l.agent_id = ? AND l.channel_kind = ? AND l.active = 1 ORDER BY l.id"));
    query.addBindValue(agentId);
    query.addBindValue(kind);
    if (!query.exec())
        return std::nullopt;
    QList<ActiveVersionRecord> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    return result;
}

bool OpeningLineStore::insertUse(const OpeningUseRecord &use)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO opening_line_uses (line_id, version, conversation_id, agent_id, "
                       "customer_id, used_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(use.lineId);
    query.addBindValue(use.version);
    query.addBindValue(use.conversationId);
    query.addBindValue(use.agentId);
    query.addBindValue(use.customerId);
    query.addBindValue(use.usedAt);
    return query.exec();
}

std::optional<QList<OpeningUseRecord>> OpeningLineStore::usesIn(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, used_at, replied_warmly FROM opening_line_uses WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return std::nullopt;
    QList<OpeningUseRecord> result;
    while (query.next()) {
        OpeningUseRecord use;
        use.id = query.value(0).toLongLong();
        use.conversationId = conversationId;
        use.usedAt = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            use.repliedWarmly = query.value(2).toInt() == 1;
        result.append(use);
    }
    return result;
}

bool OpeningLineStore::setRepliedWarmly(qint64 useId, bool warm)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_line_uses SET replied_warmly = ? WHERE id = ?"));
    query.addBindValue(warm ? 1 : 0);
    query.addBindValue(useId);
    return query.exec();
}

bool OpeningLineStore::markPraised(qint64 useId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE opening_line_uses SET praised = 1 WHERE id = ?"));
    query.addBindValue(useId);
    return query.exec();
}

bool OpeningLineStore::recordResolution(qint64 conversationId, qint64 resolvingAgentId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE opening_line_uses SET resolved_first_contact = "
        "(agent_id = :agent AND agent_id = (SELECT assigned_agent_id FROM conversations WHERE id = :c)) "
        "WHERE conversation_id = :c AND resolved_first_contact IS NULL"));
    query.bindValue(QStringLiteral(":agent"), resolvingAgentId);
    query.bindValue(QStringLiteral(":c"), conversationId);
    return query.exec();
}

} // namespace warmline::storage
