#include "storage/conversationstore.h"

#include "storage/sqlvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

const QString summarySelect = QStringLiteral(R"(
SELECT c.id, c.customer_id, cu.display_name, c.channel, c.status, c.queue, c.assigned_agent_id, a.display_name,
       m.body, m.created_at, c.created_at, c.queued_at, c.updated_at, c.order_id, c.handoff, qu.team_id,
       cu.tier, c.transfer, ro.agent_id, oa.display_name, ro.offered_at, ro.expires_at, c.assigned_at
FROM conversations c
JOIN customers cu ON cu.id = c.customer_id
LEFT JOIN queues qu ON qu.name = c.queue
LEFT JOIN agents a ON a.id = c.assigned_agent_id
LEFT JOIN routing_offers ro ON ro.conversation_id = c.id
LEFT JOIN agents oa ON oa.id = ro.agent_id
LEFT JOIN messages m ON m.id = (SELECT max(id) FROM messages WHERE conversation_id = c.id AND sender <> 'system')
)");

core::ConversationSummary readSummary(const QSqlQuery &q)
{
    core::ConversationSummary s;
    s.id = q.value(0).toLongLong();
    s.customerId = q.value(1).toLongLong();
    s.customerName = q.value(2).toString();
    s.channel = core::channelFromName(q.value(3).toString()).value_or(core::Channel::Web);
    s.status =
        core::conversationStatusFromName(q.value(4).toString()).value_or(core::ConversationStatus::Queued);
    s.queue = q.value(5).toString();
    s.assignedAgentId = q.value(6).toLongLong();
    s.assignedAgentName = q.value(7).toString();
    s.lastMessage = q.value(8).toString();
    s.lastMessageAtMs = q.value(9).toLongLong();
    s.createdAtMs = q.value(10).toLongLong();
    s.queuedAtMs = q.value(11).toLongLong();
    s.updatedAtMs = q.value(12).toLongLong();
    s.orderId = q.value(13).toLongLong();
    if (const QString handoff = q.value(14).toString(); !handoff.isEmpty())
        s.handoff = core::Handoff::fromJson(QJsonDocument::fromJson(handoff.toUtf8()).object());
    s.teamId = q.value(15).toLongLong();
    s.customerTier = q.value(16).toString();
    if (const QString transfer = q.value(17).toString(); !transfer.isEmpty())
        s.transfer = core::Transfer::fromJson(QJsonDocument::fromJson(transfer.toUtf8()).object());
    if (!q.value(18).isNull())
        s.offer = core::RoutingOffer{q.value(18).toLongLong(), q.value(19).toString(),
                                     q.value(20).toLongLong(), q.value(21).toLongLong()};
    if (s.status == core::ConversationStatus::Assigned)
        s.assignedAtMs = q.value(22).toLongLong();
    return s;
}

} // namespace

ConversationStore::ConversationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> ConversationStore::create(qint64 customerId, core::Channel channel,
                                                core::ConversationStatus status, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO conversations (customer_id, channel, status, created_at, queued_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(core::channelName(channel));
    q.addBindValue(core::conversationStatusName(status));
    q.addBindValue(nowMs);
    q.addBindValue(status == core::ConversationStatus::Queued ? QVariant(nowMs) : QVariant());
    q.addBindValue(nowMs);
    if (!q.exec())
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QList<core::ConversationSummary> ConversationStore::summaries(const QString &where,
                                                              const QVariantList &values)
{
    QList<core::ConversationSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(summarySelect + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(readSummary(q));
    return result;
}

std::optional<core::ConversationSummary> ConversationStore::summary(qint64 conversationId)
{
    const auto list = summaries(QStringLiteral("WHERE c.id = ?"), {conversationId});
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

core::Audience ConversationStore::audienceOf(qint64 conversationId, bool customerVisible)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT qu.team_id, c.assigned_agent_id FROM conversations c "
                             "LEFT JOIN queues qu ON qu.name = c.queue WHERE c.id = ?"));
    q.addBindValue(conversationId);
    if (conversationId <= 0 || !q.exec() || !q.next()) {
        core::Audience everyone = core::Audience::allStaff();
        everyone.customerVisible = customerVisible;
        return everyone;
    }
    return core::Audience::conversation(q.value(0).toLongLong(), q.value(1).toLongLong(), customerVisible);
}

QList<core::ConversationSummary> ConversationStore::openConversations(const core::StaffScope &scope)
{
    // Filtered here rather than in SQL so that the snapshot and live delivery apply the same
    // rule (StaffScope); open conversations are a working set, not the archive.
    QList<core::ConversationSummary> visible =
        summaries(QStringLiteral("WHERE c.status <> 'resolved' ORDER BY c.id"), {});
    visible.removeIf([&](const core::ConversationSummary &conversation) {
        return !scope.seesConversation(conversation.teamId, conversation.assignedAgentId);
    });
    return visible;
}

QList<core::ConversationSummary> ConversationStore::openConversationsOf(qint64 customerId)
{
    return summaries(QStringLiteral("WHERE c.customer_id = ? AND c.status <> 'resolved' ORDER BY c.id"),
                     {customerId});
}

std::optional<qint64> ConversationStore::openConversationOf(qint64 customerId, core::Channel channel)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id FROM conversations WHERE customer_id = ? AND channel = ? AND status <> "
                       "'resolved' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(customerId);
    q.addBindValue(core::channelName(channel));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool ConversationStore::assign(qint64 conversationId, qint64 agentId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE conversations SET status = 'assigned', assigned_agent_id = ?, assigned_at = ?, "
        "updated_at = ? WHERE id = ?"));
    q.addBindValue(agentId);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(conversationId);
    return q.exec() && q.numRowsAffected() == 1 && endRouting(conversationId);
}

bool ConversationStore::endRouting(qint64 conversationId)
{
    // Someone has it now (or nobody will): routing's offer and who passed it over no longer apply.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM routing_offers WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("DELETE FROM routing_passes WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec();
}

bool ConversationStore::transfer(qint64 conversationId, const core::Transfer &transfer, qint64 nowMs)
{
    QSqlQuery q(m_db);
    const QString json = QString::fromUtf8(QJsonDocument(transfer.toJson()).toJson(QJsonDocument::Compact));
    if (transfer.toAgentId > 0) {
        q.prepare(QStringLiteral("UPDATE conversations SET status = 'assigned', assigned_agent_id = ?, "
                                 "assigned_at = ?, transfer = ?, "
                                 "updated_at = ? WHERE id = ? AND status IN ('queued', 'assigned')"));
        q.addBindValue(transfer.toAgentId);
        q.addBindValue(nowMs);
    } else {
        // Back in a queue the customer waits again from now: that is what the SLA measures.
        q.prepare(QStringLiteral(
            "UPDATE conversations SET status = 'queued', assigned_agent_id = NULL, queue = ?, queued_at = ?, "
            "transfer = ?, updated_at = ? WHERE id = ? AND status IN ('queued', 'assigned')"));
        q.addBindValue(transfer.toQueue);
        q.addBindValue(nowMs);
    }
    q.addBindValue(json);
    q.addBindValue(nowMs);
    q.addBindValue(conversationId);
    if (!q.exec() || q.numRowsAffected() != 1 || !endRouting(conversationId))
        return false;
    q.prepare(QStringLiteral("INSERT INTO conversation_transfers (conversation_id, from_agent_id, "
                             "to_agent_id, to_queue, by_agent_id, "
                             "note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(idOrNull(transfer.fromAgentId));
    q.addBindValue(idOrNull(transfer.toAgentId));
    q.addBindValue(transfer.toQueue);
    q.addBindValue(transfer.byAgentId);
    q.addBindValue(transfer.note);
    q.addBindValue(nowMs);
    return q.exec();
}

bool ConversationStore::resolve(qint64 conversationId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE conversations SET status = 'resolved', resolved_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(conversationId);
    return q.exec() && q.numRowsAffected() == 1 && endRouting(conversationId);
}

bool ConversationStore::handOff(qint64 conversationId, const core::Handoff &handoff, qint64 nowMs)
{
    QSqlQuery q(m_db);
    // Only from the bot: a conversation people own is never handed over again.
    q.prepare(QStringLiteral("UPDATE conversations SET status = 'queued', queued_at = ?, handoff = ?, "
                             "updated_at = ? WHERE id = ? AND status = 'bot'"));
    q.addBindValue(nowMs);
    q.addBindValue(QString::fromUtf8(QJsonDocument(handoff.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    q.addBindValue(conversationId);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<qint64> ConversationStore::idleBotConversations(qint64 updatedBeforeMs)
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The partial index conversations_open covers status <> 'resolved'.
    q.prepare(
        QStringLiteral("SELECT id FROM conversations WHERE status = 'bot' AND updated_at < ? ORDER BY id"));
    q.addBindValue(updatedBeforeMs);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QStringList ConversationStore::botTried(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT bot_state FROM conversations WHERE id = ?"));
    q.addBindValue(conversationId);
    QStringList tried;
    if (q.exec() && q.next()) {
        const auto state = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (const QJsonValue &value : state.value(QStringLiteral("tried")).toArray())
            tried.append(value.toString());
    }
    return tried;
}

bool ConversationStore::setBotTried(qint64 conversationId, const QStringList &tried)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET bot_state = ? WHERE id = ?"));
    const QJsonObject state{{QStringLiteral("tried"), QJsonArray::fromStringList(tried)}};
    q.addBindValue(QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    q.addBindValue(conversationId);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<qint64> ConversationStore::customerOrderByNumber(qint64 customerId, const QString &orderNo)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM orders WHERE customer_id = ? AND upper(order_no) = upper(?)"));
    q.addBindValue(customerId);
    q.addBindValue(orderNo);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<double> ConversationStore::recentQueueWaitMinutes(int sample)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT avg(assigned_at - queued_at), count(*) FROM (SELECT assigned_at, queued_at "
                       "FROM conversations WHERE assigned_at IS NOT NULL AND queued_at IS NOT NULL "
                       "ORDER BY id DESC LIMIT ?)"));
    q.addBindValue(sample);
    if (!q.exec() || !q.next() || q.value(1).toLongLong() == 0)
        return std::nullopt;
    return q.value(0).toDouble() / 60000.0;
}

bool ConversationStore::setOrder(qint64 conversationId, qint64 orderId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET order_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(orderId);
    q.addBindValue(nowMs);
    q.addBindValue(conversationId);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<core::Message> ConversationStore::addMessage(qint64 conversationId, core::Sender sender,
                                                           qint64 agentId, const QString &body,
                                                           const QString &clientOpId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO messages (conversation_id, sender, agent_id, body, created_at, "
                             "client_op_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(core::senderName(sender));
    q.addBindValue(agentId > 0 ? QVariant(agentId) : QVariant());
    q.addBindValue(body);
    q.addBindValue(nowMs);
    q.addBindValue(clientOpId.isEmpty() ? QVariant() : QVariant(clientOpId));
    if (!q.exec())
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery touch(m_db);
    touch.prepare(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(nowMs);
    touch.addBindValue(conversationId);
    if (!touch.exec())
        return std::nullopt;
    const auto list = messages(conversationId, id + 1, 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

QList<core::Message> ConversationStore::messages(qint64 conversationId, std::optional<qint64> beforeMessageId,
                                                 int limit)
{
    QList<core::Message> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(R"(
SELECT m.id, m.conversation_id, m.sender, m.agent_id, CASE m.sender WHEN 'agent' THEN a.display_name
       WHEN 'customer' THEN cu.display_name ELSE '' END, m.body, m.created_at, m.client_op_id
FROM messages m
JOIN conversations c ON c.id = m.conversation_id
JOIN customers cu ON cu.id = c.customer_id
LEFT JOIN agents a ON a.id = m.agent_id
WHERE m.conversation_id = ? AND m.id < ?
ORDER BY m.id DESC LIMIT ?)"));
    q.addBindValue(conversationId);
    q.addBindValue(beforeMessageId.value_or(std::numeric_limits<qint64>::max()));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        core::Message m;
        m.id = q.value(0).toLongLong();
        m.conversationId = q.value(1).toLongLong();
        m.sender = core::senderFromName(q.value(2).toString()).value_or(core::Sender::System);
        m.agentId = q.value(3).toLongLong();
        m.authorName = q.value(4).toString();
        m.body = q.value(5).toString();
        m.createdAtMs = q.value(6).toLongLong();
        m.clientOpId = q.value(7).toString();
        result.prepend(m);
    }
    return result;
}

} // namespace warmline::storage
