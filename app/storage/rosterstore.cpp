#include "storage/rosterstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

// Active and offered counts per agent in one pass; spend is filled in by the caller.
const QString entrySelect = QStringLiteral(R"(
SELECT a.id, a.display_name, a.role, a.team_id, coalesce(p.chosen, 'available'), coalesce(p.connected, 0),
       coalesce(p.since, a.created_at), a.capacity,
       (SELECT count(*) FROM conversations c WHERE c.assigned_agent_id = a.id AND c.status = 'assigned'),
       (SELECT count(*) FROM routing_offers o WHERE o.agent_id = a.id)
FROM agents a
LEFT JOIN agent_presence p ON p.agent_id = a.id
)");

core::RosterEntry readEntry(const QSqlQuery &q)
{
    core::RosterEntry entry;
    entry.agentId = q.value(0).toLongLong();
    entry.name = q.value(1).toString();
    entry.role = core::roleFromName(q.value(2).toString()).value_or(core::Role::Agent);
    entry.teamId = q.value(3).toLongLong();
    entry.presence = q.value(5).toInt() > 0
                         ? core::presenceFromName(q.value(4).toString()).value_or(core::Presence::Available)
                         : core::Presence::Offline;
    entry.presenceSinceMs = q.value(6).toLongLong();
    entry.capacity = q.value(7).toInt();
    entry.active = q.value(8).toInt();
    entry.offered = q.value(9).toInt();
    return entry;
}

} // namespace

RosterStore::RosterStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool RosterStore::clearConnections()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("UPDATE agent_presence SET connected = 0 WHERE connected <> 0")) &&
           q.exec(QStringLiteral("DELETE FROM routing_offers"));
}

core::Presence RosterStore::chosen(qint64 agentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT chosen FROM agent_presence WHERE agent_id = ?"));
    q.addBindValue(agentId);
    if (q.exec() && q.next())
        return core::presenceFromName(q.value(0).toString()).value_or(core::Presence::Available);
    return core::Presence::Available;
}

bool RosterStore::connected(qint64 agentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT connected FROM agent_presence WHERE agent_id = ?"));
    q.addBindValue(agentId);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

std::optional<bool> RosterStore::setPresence(qint64 agentId, core::Presence chosen, bool connected,
                                             qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT chosen, connected FROM agent_presence WHERE agent_id = ?"));
    q.addBindValue(agentId);
    if (!q.exec())
        return std::nullopt;
    const bool existed = q.next();
    const auto shown = [](core::Presence presence, bool live) {
        return live ? presence : core::Presence::Offline;
    };
    const core::Presence before =
        existed ? shown(core::presenceFromName(q.value(0).toString()).value_or(core::Presence::Available),
                        q.value(1).toInt() > 0)
                : core::Presence::Offline;
    const bool changed = before != shown(chosen, connected);
    q.prepare(QStringLiteral(
        "INSERT INTO agent_presence (agent_id, chosen, connected, since) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (agent_id) DO UPDATE SET chosen = excluded.chosen, connected = excluded.connected, "
        "since = CASE WHEN ? THEN excluded.since ELSE since END"));
    q.addBindValue(agentId);
    q.addBindValue(core::presenceName(chosen));
    q.addBindValue(connected ? 1 : 0);
    q.addBindValue(nowMs);
    q.addBindValue(changed ? 1 : 0);
    if (!q.exec())
        return std::nullopt;
    return changed;
}

QList<core::RosterEntry> RosterStore::entries(const QString &where, const QVariantList &values)
{
    QList<core::RosterEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(entrySelect + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (q.exec()) {
        while (q.next())
            result.append(readEntry(q));
    }
    return result;
}

std::optional<core::RosterEntry> RosterStore::entry(qint64 agentId)
{
    const auto list = entries(QStringLiteral("WHERE a.id = ?"), {agentId});
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

QList<core::RosterEntry> RosterStore::roster(const core::StaffScope &scope)
{
    QList<core::RosterEntry> all = entries(QStringLiteral("ORDER BY a.team_id, a.display_name, a.id"), {});
    all.removeIf([&](const core::RosterEntry &entry) {
        return !scope.seesEverything() && !(entry.teamId != 0 && scope.teams.contains(entry.teamId));
    });
    return all;
}

QList<QueueRecord> RosterStore::queues()
{
    QList<QueueRecord> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Queues conversations name without anyone having set them up are organisation-wide.
    if (q.exec(QStringLiteral(R"(
SELECT qu.name, qu.team_id, t.name FROM queues qu JOIN teams t ON t.id = qu.team_id
UNION
SELECT DISTINCT c.queue, 0, '' FROM conversations c
WHERE c.status <> 'resolved' AND c.queue NOT IN (SELECT name FROM queues)
ORDER BY 1)"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    }
    return result;
}

std::optional<QueueRecord> RosterStore::queue(const QString &name)
{
    for (const QueueRecord &queue : queues()) {
        if (queue.name == name)
            return queue;
    }
    return std::nullopt;
}

QList<WaitingConversation> RosterStore::unofferedWaiting()
{
    QList<WaitingConversation> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(R"(
SELECT c.id, coalesce(qu.team_id, 0), c.queued_at, lower(cu.locale) FROM conversations c
JOIN customers cu ON cu.id = c.customer_id
LEFT JOIN queues qu ON qu.name = c.queue
WHERE c.status = 'queued' AND c.id NOT IN (SELECT conversation_id FROM routing_offers)
ORDER BY c.queued_at, c.id)"))) {
        while (q.next())
            result.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                 q.value(3).toString().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0)});
    }
    return result;
}

QList<core::RosterEntry> RosterStore::candidates(qint64 conversationId, qint64 teamId,
                                                 const QString &language)
{
    // Only agents take offers: supervisors and trainers pull work themselves when they want it.
    QList<core::RosterEntry> result = entries(
        QStringLiteral("WHERE a.role = 'agent' AND coalesce(p.connected, 0) > 0 "
                       "AND coalesce(p.chosen, 'available') = 'available' AND (? = 0 OR a.team_id = ?) "
                       "AND a.id NOT IN (SELECT agent_id FROM routing_passes WHERE conversation_id = ?) "
                       "AND (a.languages = '' OR instr(',' || a.languages || ',', ',' || ? || ',') > 0)"),
        {teamId, teamId, conversationId, language});
    result.removeIf([](const core::RosterEntry &entry) { return !entry.hasRoom(); });
    std::stable_sort(result.begin(), result.end(),
                     [](const core::RosterEntry &a, const core::RosterEntry &b) {
                         const int loadA = a.active + a.offered;
                         const int loadB = b.active + b.offered;
                         if (loadA != loadB)
                             return loadA < loadB;
                         if (a.presenceSinceMs != b.presenceSinceMs)
                             return a.presenceSinceMs < b.presenceSinceMs;
                         return a.agentId < b.agentId;
                     });
    return result;
}

bool RosterStore::setLanguages(qint64 agentId, const QStringList &languages)
{
    QStringList codes;
    for (const QString &language : languages) {
        const QString code = language.trimmed().toLower();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE agents SET languages = ? WHERE id = ?"));
    q.addBindValue(codes.join(QLatin1Char(',')));
    q.addBindValue(agentId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool RosterStore::offer(qint64 conversationId, qint64 agentId, qint64 nowMs, qint64 expiresAtMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO routing_offers (conversation_id, agent_id, offered_at, expires_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(agentId);
    q.addBindValue(nowMs);
    q.addBindValue(expiresAtMs);
    return q.exec();
}

std::optional<qint64> RosterStore::withdrawOffer(qint64 conversationId, bool passOver)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM routing_offers WHERE conversation_id = ? RETURNING agent_id"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 agentId = q.value(0).toLongLong();
    q.finish();
    if (passOver)
        pass(conversationId, agentId);
    return agentId;
}

bool RosterStore::pass(qint64 conversationId, qint64 agentId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO routing_passes (conversation_id, agent_id) VALUES (?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(agentId);
    return q.exec();
}

bool RosterStore::clearPasses(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM routing_passes WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec();
}

namespace {

QList<qint64> ids(QSqlQuery &q)
{
    QList<qint64> result;
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

} // namespace

QList<qint64> RosterStore::expiredOffers(qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT conversation_id FROM routing_offers WHERE expires_at <= ? ORDER BY expires_at"));
    q.addBindValue(nowMs);
    return ids(q);
}

QList<qint64> RosterStore::offersTo(qint64 agentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT conversation_id FROM routing_offers WHERE agent_id = ? ORDER BY conversation_id"));
    q.addBindValue(agentId);
    return ids(q);
}

std::optional<qint64> RosterStore::nextExpiry()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT min(expires_at) FROM routing_offers")) && q.next() &&
        !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace warmline::storage
