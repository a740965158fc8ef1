#include "server/modules/supervisionmodule.h"

#include "protocol/conversationreplies.h"
#include "protocol/supervisionmessages.h"
#include "protocol/supervisionreplies.h"
#include "server/clientsession.h"

namespace warmline::server {

using core::Permission;
using protocol::ErrorCode;

SupervisionModule::SupervisionModule(SupervisionService &supervision, ConversationService &conversations,
                                     QSqlDatabase db, const ServerOptions &options)
    : m_supervision(supervision)
    , m_conversations(conversations)
    , m_compensations(std::move(db))
    , m_options(options)
{
}

namespace {
protocol::ConversationReply asConversationReply(const core::ConversationSummary &conversation)
{
    return {conversation};
}
} // namespace

QList<protocol::QueueInfo> SupervisionModule::queues(const core::StaffScope &scope)
{
    QList<protocol::QueueInfo> list;
    for (const storage::QueueRecord &queue : m_supervision.roster().queues()) {
        if (scope.coversTeam(queue.teamId))
            list.append({queue.name, queue.teamId ? std::optional<qint64>(queue.teamId) : std::nullopt,
                         queue.teamName});
    }
    return list;
}

void SupervisionModule::registerRoutes(Router &router)
{
    using protocol::AssignRequest;
    using protocol::DeclineOfferRequest;
    using protocol::PresenceSetRequest;
    using protocol::RosterRequest;
    using protocol::TransferRequest;
    using protocol::TransferTargetsRequest;
    const auto named = [this](auto field) {
        return [this, field](RequestContext &context, const auto &request) {
            return outOfScope(context, request.*field);
        };
    };
    router.command<PresenceSetRequest>(
        name(), PresenceSetRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const PresenceSetRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_supervision.setPresence(work, context.agent(), request.presence, now),
                             [](const core::RosterEntry &line) { return protocol::AgentReply{line}; });
        });
    router.command<TransferRequest>(
        name(), TransferRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const TransferRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_supervision.transfer(work, context.agent(), context.session.scope(),
                                                    request.conversationId, request.toAgentId,
                                                    request.toQueue, request.note, false, now),
                             asConversationReply);
        },
        named(&TransferRequest::conversationId));
    router.command<DeclineOfferRequest>(
        name(), DeclineOfferRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const DeclineOfferRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_supervision.decline(work, context.agent(), request.conversationId, now),
                             asConversationReply);
        },
        named(&DeclineOfferRequest::conversationId));
    router.query<TransferTargetsRequest>(
        name(), TransferTargetsRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const TransferTargetsRequest &) {
            protocol::TransferTargetsReply reply;
            for (const core::RosterEntry &entry :
                 m_supervision.roster(context.session.scope(), context.nowMs)) {
                if (entry.agentId == context.agent().id)
                    continue;
                // Colleagues see each other's presence and load, not each other's spending.
                core::RosterEntry colleague = entry;
                colleague.spentToday = {};
                colleague.dailyBudget = {};
                reply.agents.append(colleague);
            }
            reply.queues = queues(context.session.scope());
            return Result<protocol::TransferTargetsReply>{Done<protocol::TransferTargetsReply>{reply}};
        });
    router.query<RosterRequest>(name(), RosterRequest::type, Permission::SuperviseQueues,
                                [this](RequestContext &context, const RosterRequest &) {
                                    const protocol::RosterReply reply{
                                        m_supervision.roster(context.session.scope(), context.nowMs),
                                        queues(context.session.scope()),
                                        {m_options.slaWarnMs / 1000, m_options.slaBreachMs / 1000}};
                                    return Result<protocol::RosterReply>{Done<protocol::RosterReply>{reply}};
                                });
    router.command<AssignRequest>(
        name(), AssignRequest::type, Permission::SuperviseQueues,
        [this](RequestContext &context, const AssignRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_supervision.transfer(work, context.agent(), context.session.scope(),
                                                    request.conversationId, request.toAgentId,
                                                    request.toQueue, request.note, true, now),
                             asConversationReply);
        },
        named(&AssignRequest::conversationId));
}

std::optional<Refusal> SupervisionModule::outOfScope(RequestContext &context, qint64 conversationId)
{
    const core::Audience audience = m_conversations.conversations().audienceOf(conversationId, false);
    if (audience.reach != core::Audience::Reach::Conversation ||
        context.session.scope().seesConversation(audience.teamId, audience.agentId))
        return std::nullopt; // seen, or no such conversation (the handler answers not_found)
    return Refusal{Error{ErrorCode::Forbidden,
                         QStringLiteral("conversation %1 is in another team's queue").arg(conversationId),
                         QStringLiteral("payload.conversationId"),
                         {}},
                   QStringLiteral("conversation:%1").arg(conversationId)};
}

void SupervisionModule::subscribeTo(DomainEventBus &bus)
{
    // The roster's load columns follow every change of who has what, whoever caused it.
    const auto announceAll = [this](UnitOfWork &work, std::initializer_list<qint64> agents,
                                    qint64 nowMs) -> std::optional<Error> {
        QList<qint64> done;
        for (const qint64 agentId : agents) {
            if (agentId <= 0 || done.contains(agentId))
                continue;
            done.append(agentId);
            if (auto error = m_supervision.announce(work, agentId, nowMs))
                return error;
        }
        return std::nullopt;
    };
    bus.subscribe<domain::ConversationAssigned>(
        [announceAll](UnitOfWork &work, const domain::ConversationAssigned &event, qint64 nowMs) {
            return announceAll(work, {event.agentId, event.previousAgentId, event.offeredAgentId}, nowMs);
        });
    bus.subscribe<domain::ConversationResolved>(
        [announceAll](UnitOfWork &work, const domain::ConversationResolved &event, qint64 nowMs) {
            return announceAll(work, {event.assigneeId, event.offeredAgentId}, nowMs);
        });
    bus.subscribe<domain::CompensationChanged>(
        [this, announceAll](UnitOfWork &work, const domain::CompensationChanged &event, qint64 nowMs) {
            const auto row = m_compensations.row(event.compensationId);
            return announceAll(work, {row ? row->budgetAgentId : 0}, nowMs);
        });
}

} // namespace warmline::server
