#pragma once

#include "core/conversation.h"
#include "core/mentoring.h"
#include "protocol/error.h"
#include "server/result.h"
#include "server/unitofwork.h"
#include "storage/accountstore.h"
#include "storage/conversationstore.h"
#include "storage/profilestore.h"

#include <optional>
#include <QJsonObject>
#include <variant>

namespace warmline::server {

class BotService;

// What an agent's reply did: sent as a message, or held for their mentor's approval.
struct AgentReply
{
    std::optional<core::Message> message;
    std::optional<core::HeldReply> held;
};

// Decides whether an agent's reply waits for someone's approval before it reaches the customer
// (approve-before-send in a mentor session) and, if so, holds it.
class ReplyHold
{
public:
    virtual ~ReplyHold() = default;
    // nullopt: the reply goes out now. Otherwise the hold it waits in, or why holding failed.
    virtual std::optional<Result<core::HeldReply>> hold(UnitOfWork &work, const storage::AgentRecord &agent,
                                                        const core::ConversationSummary &conversation,
                                                        const QString &text, const QString &clientOpId,
                                                        qint64 nowMs) = 0;
};

// What a customer's message did: the message, and whether it opened a new conversation.
struct CustomerPost
{
    core::Message message;
    bool created = false;
};

// The conversation rules: routing into the queue, accepting, replying, resolving. Every method
// runs inside the caller's UnitOfWork and appends the events it causes; it never publishes.
class ConversationService final
{
public:
    ConversationService(QSqlDatabase db, storage::AccountStore &accounts, storage::ProfileStore &profiles);

    // orderId (optional, 0: none) names the order the customer writes about; it must be theirs.
    Result<CustomerPost> customerMessage(UnitOfWork &work, qint64 customerId, core::Channel channel,
                                         const QString &text, const QString &clientOpId, qint64 nowMs,
                                         qint64 orderId = 0);
    Result<core::ConversationSummary> setOrder(UnitOfWork &work, qint64 conversationId, qint64 orderId,
                                               qint64 nowMs);
    Result<core::ComplaintRow> createComplaint(UnitOfWork &work, qint64 orderId, const QString &category,
                                               qint64 conversationId, qint64 nowMs);
    Result<core::ConversationSummary> accept(UnitOfWork &work, const storage::AgentRecord &agent,
                                             qint64 conversationId, qint64 nowMs);
    Result<AgentReply> reply(UnitOfWork &work, const storage::AgentRecord &agent, qint64 conversationId,
                             const QString &text, const QString &clientOpId, qint64 nowMs);
    // A held reply the mentor approved: the same rules as reply(), without the hold.
    Result<core::Message> sendApproved(UnitOfWork &work, const storage::AgentRecord &agent,
                                       qint64 conversationId, const QString &text, const QString &clientOpId,
                                       qint64 nowMs);
    Result<core::ConversationSummary> resolve(UnitOfWork &work, const storage::AgentRecord &agent,
                                              qint64 conversationId, qint64 nowMs);

    storage::ConversationStore &conversations() { return m_conversations; }

    // Closes a conversation the bot still holds in which nothing happened since idleBeforeMs (the
    // customer left after the bot's answer); does nothing if it changed meanwhile.
    Result<core::ConversationSummary> closeIdleBotConversation(UnitOfWork &work, qint64 conversationId,
                                                               qint64 idleBeforeMs, qint64 nowMs);

    // With a bot, new customer conversations start with it; without one they go to the queue.
    void setBot(BotService *bot) { m_bot = bot; }
    void setReplyHold(ReplyHold *hold) { m_hold = hold; }

private:
    // Why the agent may not reply in the conversation now, if they may not.
    std::optional<Error> checkReply(const storage::AgentRecord &agent,
                                    const std::optional<core::ConversationSummary> &conversation,
                                    qint64 conversationId);
    Result<core::Message> post(UnitOfWork &work, const storage::AgentRecord &agent, qint64 conversationId,
                               const QString &text, const QString &clientOpId, qint64 nowMs);
    // The bot's turn on a conversation it holds, inside the customer message's unit of work.
    std::optional<Error> botTurn(UnitOfWork &work, const core::ConversationSummary &conversation,
                                 const core::Message &message, qint64 nowMs);
    std::optional<core::Message> botSays(UnitOfWork &work, qint64 conversationId, const QString &text,
                                         qint64 nowMs);
    template<typename ConversationEvent>
    std::optional<qint64>
    appendConversationEvent(UnitOfWork &work, const core::ConversationSummary &conversation, qint64 nowMs);
    std::optional<qint64> appendMessageEvent(UnitOfWork &work, const core::Message &message,
                                             const core::ConversationSummary &conversation, qint64 nowMs);

    storage::ConversationStore m_conversations;
    storage::AccountStore &m_accounts;
    storage::ProfileStore &m_profiles;
    BotService *m_bot = nullptr;
    ReplyHold *m_hold = nullptr;
};

} // namespace warmline::server
