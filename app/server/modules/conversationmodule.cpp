#include "server/modules/conversationmodule.h"

#include "protocol/conversationreplies.h"
#include "protocol/messages.h"
#include "server/clientsession.h"

namespace warmline::server {

using core::Permission;
using protocol::ErrorCode;

namespace {
protocol::ConversationReply asConversationReply(const core::ConversationSummary &conversation)
{
    return {conversation};
}
} // namespace

ConversationModule::ConversationModule(ConversationService &conversations)
    : m_conversations(conversations)
{
}

void ConversationModule::registerRoutes(Router &router)
{
    using protocol::AcceptRequest;
    using protocol::ComplaintCreateRequest;
    using protocol::CustomerMessageRequest;
    using protocol::HistoryRequest;
    using protocol::ReplyRequest;
    using protocol::ResolveRequest;
    using protocol::SetOrderRequest;
    const auto named = [this](auto field) {
        return [this, field](RequestContext &context, const auto &request) {
            return outOfScope(context, request.*field);
        };
    };
    router.query<HistoryRequest>(
        name(), HistoryRequest::type, Permission::ReadConversation,
        [this](RequestContext &context, const HistoryRequest &request) { return history(context, request); },
        named(&HistoryRequest::conversationId));
    router.command<CustomerMessageRequest>(
        name(), CustomerMessageRequest::type, Permission::WriteAsCustomer,
        [this](RequestContext &context, const CustomerMessageRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_conversations.customerMessage(work, context.customerId(), request.channel,
                                                             request.text, context.request.id, now,
                                                             request.orderId),
                             [](const CustomerPost &post) {
                                 return protocol::CustomerMessageReply{post.message.conversationId,
                                                                       post.message.id, post.created};
                             });
        });
    router.command<AcceptRequest>(
        name(), AcceptRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const AcceptRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_conversations.accept(work, context.agent(), request.conversationId, now),
                             asConversationReply);
        },
        named(&AcceptRequest::conversationId));
    router.command<ReplyRequest>(
        name(), ReplyRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const ReplyRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_conversations.reply(work, context.agent(), request.conversationId,
                                                   request.text, context.request.id, now),
                             [](const AgentReply &reply) {
                                 return protocol::MessageReply{
                                     reply.message,
                                     reply.held ? std::optional(protocol::HeldReplyInfo::of(*reply.held))
                                                : std::nullopt};
                             });
        },
        named(&ReplyRequest::conversationId));
    router.command<ResolveRequest>(
        name(), ResolveRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const ResolveRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_conversations.resolve(work, context.agent(), request.conversationId, now),
                             asConversationReply);
        },
        named(&ResolveRequest::conversationId));
    router.command<SetOrderRequest>(
        name(), SetOrderRequest::type, Permission::HandleConversation,
        [this](RequestContext &, const SetOrderRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_conversations.setOrder(work, request.conversationId, request.orderId, now),
                             asConversationReply);
        },
        named(&SetOrderRequest::conversationId));
    router.command<ComplaintCreateRequest>(
        name(), ComplaintCreateRequest::type, Permission::HandleConversation,
        [this](RequestContext &, const ComplaintCreateRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(
                m_conversations.createComplaint(work, request.orderId, request.category,
                                                request.conversationId, now),
                [](const core::ComplaintRow &complaint) { return protocol::ComplaintReply{complaint}; });
        },
        named(&ComplaintCreateRequest::conversationId));
}

std::optional<Refusal> ConversationModule::outOfScope(RequestContext &context, qint64 conversationId)
{
    // Customers are limited to their own conversations by the handlers (others do not exist for
    // them); staff see their teams' queues and what is assigned to them.
    if (context.session.kind() != ClientSession::Kind::Staff || conversationId <= 0)
        return std::nullopt;
    const core::Audience audience = m_conversations.conversations().audienceOf(conversationId, false);
    if (audience.reach != core::Audience::Reach::Conversation ||
        context.session.scope().seesConversation(audience.teamId, audience.agentId))
        return std::nullopt; // seen, or no such conversation (the handler answers not_found)
    return Refusal{Error{ErrorCode::Forbidden,
                         QStringLiteral("conversation %1 is in another team's queue; ask that team's "
                                        "supervisor to transfer it to you")
                             .arg(conversationId),
                         QStringLiteral("payload.conversationId"),
                         {}},
                   QStringLiteral("conversation:%1").arg(conversationId)};
}

Result<protocol::HistoryReply> ConversationModule::history(RequestContext &context,
                                                           const protocol::HistoryRequest &request)
{
    storage::ConversationStore &store = m_conversations.conversations();
    const auto conversation = store.summary(request.conversationId);
    // A customer's connection sees only their own conversations; others do not exist for it.
    if (!conversation || (context.session.kind() == ClientSession::Kind::Customer &&
                          conversation->customerId != context.customerId())) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("conversation %1 does not exist").arg(request.conversationId),
                     QStringLiteral("payload.conversationId"),
                     {}};
    }
    // What only staff may read of the conversation is taken out by the transport for customers.
    return Done<protocol::HistoryReply>{
        {*conversation, store.messages(request.conversationId, request.beforeMessageId, request.limit)}};
}

} // namespace warmline::server
