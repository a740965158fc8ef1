#include "server/conversationservice.h"

#include "protocol/messages.h"

namespace warmline::server {

using protocol::Error;
using protocol::ErrorCode;

namespace {

Error internal(const QString &what)
{
    return Error{ErrorCode::Internal, QStringLiteral("could not %1; try again").arg(what), {}, {}};
}

Error notFound(qint64 conversationId)
{
    return Error{ErrorCode::NotFound,
                 QStringLiteral("conversation %1 does not exist").arg(conversationId),
                 QStringLiteral("payload.conversationId"),
                 {}};
}

bool isManager(core::Role role)
{
    return role == core::Role::Supervisor || role == core::Role::Admin;
}

} // namespace

ConversationService::ConversationService(QSqlDatabase db, storage::AccountStore &accounts)
    : m_conversations(std::move(db))
    , m_accounts(accounts)
{
}

std::optional<qint64>
ConversationService::appendConversationEvent(UnitOfWork &work, const QString &kind,
                                             const core::ConversationSummary &conversation, qint64 nowMs)
{
    storage::StoredEvent event;
    event.kind = kind;
    event.audience = storage::Audience::All;
    event.customerId = conversation.customerId;
    event.conversationId = conversation.id;
    event.payload = {{QStringLiteral("conversation"), protocol::conversationToJson(conversation)}};
    return work.append(std::move(event), nowMs);
}

std::optional<qint64> ConversationService::appendMessageEvent(UnitOfWork &work, const core::Message &message,
                                                              const core::ConversationSummary &conversation,
                                                              qint64 nowMs)
{
    storage::StoredEvent event;
    event.kind = protocol::event::messageCreated;
    event.audience = storage::Audience::All;
    event.customerId = conversation.customerId;
    event.conversationId = conversation.id;
    event.payload = {{QStringLiteral("message"), protocol::messageToJson(message)},
                     {QStringLiteral("conversation"), protocol::conversationToJson(conversation)}};
    return work.append(std::move(event), nowMs);
}

Outcome ConversationService::customerMessage(UnitOfWork &work, qint64 customerId, core::Channel channel,
                                             const QString &text, const QString &clientOpId, qint64 nowMs)
{
    bool created = false;
    auto conversationId = m_conversations.openConversationOf(customerId, channel);
    if (!conversationId) {
        // Until the customer-facing bot exists every new conversation goes straight to a person.
        conversationId = m_conversations.create(customerId, channel, core::ConversationStatus::Queued, nowMs);
        if (!conversationId)
            return internal(QStringLiteral("open a conversation"));
        created = true;
    }
    const auto message = m_conversations.addMessage(*conversationId, core::Sender::Customer, 0,
                                                    text.trimmed(), clientOpId, nowMs);
    const auto summary = m_conversations.summary(*conversationId);
    if (!message || !summary)
        return internal(QStringLiteral("store the message"));
    if (created && !appendConversationEvent(work, protocol::event::conversationCreated, *summary, nowMs))
        return internal(QStringLiteral("log the conversation"));
    const auto seq = appendMessageEvent(work, *message, *summary, nowMs);
    if (!seq)
        return internal(QStringLiteral("log the message"));
    return Success{{{QStringLiteral("conversationId"), *conversationId},
                    {QStringLiteral("messageId"), message->id},
                    {QStringLiteral("created"), created}},
                   *seq};
}

Outcome ConversationService::accept(UnitOfWork &work, const storage::AgentRecord &agent,
                                    qint64 conversationId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return notFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 is already resolved").arg(conversationId),
                     {},
                     {}};
    }
    if (current->status == core::ConversationStatus::Assigned) {
        if (current->assignedAgentId == agent.id)
            return Success{{{QStringLiteral("conversation"), protocol::conversationToJson(*current)}}, 0};
        return Error{ErrorCode::AlreadyTaken,
                     QStringLiteral("conversation %1 was already accepted by %2")
                         .arg(conversationId)
                         .arg(current->assignedAgentName),
                     {},
                     {{QStringLiteral("agentName"), current->assignedAgentName}}};
    }
    if (!m_conversations.assign(conversationId, agent.id, nowMs))
        return internal(QStringLiteral("assign the conversation"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internal(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent(work, protocol::event::conversationUpdated, *summary, nowMs);
    if (!seq)
        return internal(QStringLiteral("log the assignment"));
    return Success{{{QStringLiteral("conversation"), protocol::conversationToJson(*summary)}}, *seq};
}

Outcome ConversationService::reply(UnitOfWork &work, const storage::AgentRecord &agent, qint64 conversationId,
                                   const QString &text, const QString &clientOpId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return notFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 is resolved; the customer can start a new one")
                         .arg(conversationId),
                     {},
                     {}};
    }
    if (current->assignedAgentId != agent.id && !isManager(agent.role)) {
        return Error{
            ErrorCode::Forbidden,
            QStringLiteral("only the agent who accepted conversation %1 can reply").arg(conversationId),
            {},
            {}};
    }
    const auto message = m_conversations.addMessage(conversationId, core::Sender::Agent, agent.id,
                                                    text.trimmed(), clientOpId, nowMs);
    const auto summary = m_conversations.summary(conversationId);
    if (!message || !summary)
        return internal(QStringLiteral("store the reply"));
    const auto seq = appendMessageEvent(work, *message, *summary, nowMs);
    if (!seq)
        return internal(QStringLiteral("log the reply"));
    return Success{{{QStringLiteral("message"), protocol::messageToJson(*message)}}, *seq};
}

Outcome ConversationService::resolve(UnitOfWork &work, const storage::AgentRecord &agent,
                                     qint64 conversationId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return notFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved)
        return Success{{{QStringLiteral("conversation"), protocol::conversationToJson(*current)}}, 0};
    if (current->assignedAgentId != agent.id && !isManager(agent.role)) {
        return Error{
            ErrorCode::Forbidden,
            QStringLiteral("only the agent who accepted conversation %1 can resolve it").arg(conversationId),
            {},
            {}};
    }
    if (!m_conversations.resolve(conversationId, nowMs))
        return internal(QStringLiteral("resolve the conversation"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internal(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent(work, protocol::event::conversationUpdated, *summary, nowMs);
    if (!seq)
        return internal(QStringLiteral("log the resolution"));
    return Success{{{QStringLiteral("conversation"), protocol::conversationToJson(*summary)}}, *seq};
}

} // namespace warmline::server
