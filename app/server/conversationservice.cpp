#include "server/conversationservice.h"

#include "protocol/messages.h"
#include "protocol/profilejson.h"

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

ConversationService::ConversationService(QSqlDatabase db, storage::AccountStore &accounts,
                                         storage::ProfileStore &profiles)
    : m_conversations(std::move(db))
    , m_accounts(accounts)
    , m_profiles(profiles)
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
                                             const QString &text, const QString &clientOpId, qint64 nowMs,
                                             qint64 orderId)
{
    if (orderId) {
        const auto owner = m_profiles.orderOwner(orderId);
        if (!owner || owner->customerId != customerId) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("you have no order %1").arg(orderId),
                         QStringLiteral("payload.orderId"),
                         {}};
        }
    }
    bool created = false;
    auto conversationId = m_conversations.openConversationOf(customerId, channel);
    if (!conversationId) {
        // Until the customer-facing bot exists every new conversation goes straight to a person.
        conversationId = m_conversations.create(customerId, channel, core::ConversationStatus::Queued, nowMs);
        if (!conversationId)
            return internal(QStringLiteral("open a conversation"));
        created = true;
    }
    if (orderId && !m_conversations.setOrder(*conversationId, orderId, nowMs))
        return internal(QStringLiteral("link the order"));
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

Outcome ConversationService::setOrder(UnitOfWork &work, qint64 conversationId, qint64 orderId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return notFound(conversationId);
    const auto owner = m_profiles.orderOwner(orderId);
    if (!owner || owner->customerId != current->customerId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("order %1 is not an order of this conversation's customer").arg(orderId),
                     QStringLiteral("payload.orderId"),
                     {}};
    }
    if (current->orderId == orderId)
        return Success{{{QStringLiteral("conversation"), protocol::conversationToJson(*current)}}, 0};
    if (!m_conversations.setOrder(conversationId, orderId, nowMs))
        return internal(QStringLiteral("link the order"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internal(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent(work, protocol::event::conversationUpdated, *summary, nowMs);
    if (!seq)
        return internal(QStringLiteral("log the change"));
    return Success{{{QStringLiteral("conversation"), protocol::conversationToJson(*summary)}}, *seq};
}

Outcome ConversationService::createComplaint(UnitOfWork &work, qint64 orderId, const QString &category,
                                             qint64 conversationId, qint64 nowMs)
{
    const auto owner = m_profiles.orderOwner(orderId);
    if (!owner) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("order %1 does not exist").arg(orderId),
                     QStringLiteral("payload.orderId"),
                     {}};
    }
    if (conversationId) {
        const auto conversation = m_conversations.summary(conversationId);
        if (!conversation || conversation->customerId != owner->customerId) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("conversation %1 is not a conversation of this order's customer")
                             .arg(conversationId),
                         QStringLiteral("payload.conversationId"),
                         {}};
        }
    }
    const auto complaint = m_profiles.createComplaint(orderId, category, conversationId, nowMs);
    if (!complaint)
        return internal(QStringLiteral("record the complaint"));
    // The event carries everything the complaint changed, so an open profile updates from the
    // push alone: the customer's header and categories, the order's row, both statistics.
    const auto header = m_profiles.header(owner->customerId);
    const auto order = m_profiles.order(orderId);
    const auto product = m_profiles.productStats(owner->productId);
    const auto merchant = m_profiles.merchantStats(owner->merchantId);
    if (!header || !order || !product || !merchant)
        return internal(QStringLiteral("read the updated statistics"));
    QJsonObject byCategory;
    const auto categories = m_profiles.complaintsByCategory(owner->customerId);
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        byCategory.insert(it.key(), it.value());
    storage::StoredEvent event;
    event.kind = protocol::event::complaintCreated;
    event.audience = storage::Audience::Staff;
    event.customerId = owner->customerId;
    event.conversationId = conversationId;
    event.payload = {{QStringLiteral("complaint"), protocol::complaintToJson(*complaint)},
                     {QStringLiteral("customer"), protocol::headerToJson(*header)},
                     {QStringLiteral("complaintsByCategory"), byCategory},
                     {QStringLiteral("order"), protocol::orderToJson(*order)},
                     {QStringLiteral("product"), protocol::statsToJson(*product)},
                     {QStringLiteral("merchant"), protocol::statsToJson(*merchant)}};
    const auto seq = work.append(std::move(event), nowMs);
    if (!seq)
        return internal(QStringLiteral("log the complaint"));
    return Success{{{QStringLiteral("complaint"), protocol::complaintToJson(*complaint)}}, *seq};
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
