#pragma once

#include "core/audience.h"
#include "core/conversation.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace warmline::storage {

// Conversations and their messages. Callers hold the write transaction.
class ConversationStore final
{
public:
    explicit ConversationStore(QSqlDatabase db);

    std::optional<qint64> create(qint64 customerId, core::Channel channel, core::ConversationStatus status,
                                 qint64 nowMs);
    std::optional<core::ConversationSummary> summary(qint64 conversationId);
    // Who sees an event about this conversation: its team's staff and its assignee (every staff
    // member when there is no such conversation), and the customer when customerVisible.
    core::Audience audienceOf(qint64 conversationId, bool customerVisible);
    // The open conversations this staff member may see.
    QList<core::ConversationSummary> openConversations(const core::StaffScope &scope);
    QList<core::ConversationSummary> openConversationsOf(qint64 customerId);
    std::optional<qint64> openConversationOf(qint64 customerId, core::Channel channel);

    // Assigning or resolving ends any routing offer of the conversation.
    bool assign(qint64 conversationId, qint64 agentId, qint64 nowMs);
    // Gives a waiting or assigned conversation to transfer.toAgentId, or puts it in transfer.toQueue
    // (waiting from now), and records the transfer; the transcript, hand-off and records stay.
    bool transfer(qint64 conversationId, const core::Transfer &transfer, qint64 nowMs);
    bool resolve(qint64 conversationId, qint64 nowMs);
    bool setOrder(qint64 conversationId, qint64 orderId, qint64 nowMs);
    // Moves a conversation the bot holds to the human queue; false if the bot no longer holds it.
    bool handOff(qint64 conversationId, const core::Handoff &handoff, qint64 nowMs);
    // Conversations the bot holds in which nothing happened since before `updatedBeforeMs`.
    QList<qint64> idleBotConversations(qint64 updatedBeforeMs);
    // Intent keys the bot has answered in this conversation, oldest first.
    QStringList botTried(qint64 conversationId);
    bool setBotTried(qint64 conversationId, const QStringList &tried);
    // The customer's order with this number (case-insensitive), if they have one.
    std::optional<qint64> customerOrderByNumber(qint64 customerId, const QString &orderNo);
    // Mean minutes from queued to accepted over the latest accepted conversations (nullopt: none yet).
    std::optional<double> recentQueueWaitMinutes(int sample);

    std::optional<core::Message> addMessage(qint64 conversationId, core::Sender sender, qint64 agentId,
                                            const QString &body, const QString &clientOpId, qint64 nowMs);
    // Newest `limit` messages before beforeMessageId (or the newest overall), oldest first.
    QList<core::Message> messages(qint64 conversationId, std::optional<qint64> beforeMessageId, int limit);

private:
    bool endRouting(qint64 conversationId);
    QList<core::ConversationSummary> summaries(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace warmline::storage
