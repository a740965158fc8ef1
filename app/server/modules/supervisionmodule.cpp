#include "server/modules/supervisionmodule.h"

#include "protocol/supervisionmessages.h"
#include "server/clientsession.h"

#include <QJsonArray>

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

QJsonArray SupervisionModule::queues(const core::StaffScope &scope)
{
    QJsonArray list;
    for (const storage::QueueRecord &queue : m_supervision.roster().queues()) {
        if (!scope.coversTeam(queue.teamId))
            continue;
        list.append(
            QJsonObject{{QStringLiteral("name"), queue.name},
                        {QStringLiteral("teamId"), queue.teamId ? QJsonValue(queue.teamId) : QJsonValue()},
                        {QStringLiteral("teamName"), queue.teamName}});
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
            return m_supervision.setPresence(work, context.agent(), request.presence, now);
        });
    router.command<TransferRequest>(
        name(), TransferRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const TransferRequest &request, UnitOfWork &work, qint64 now) {
            return m_supervision.transfer(work, context.agent(), context.session.scope(),
                                          request.conversationId, request.toAgentId, request.toQueue,
                                          request.note, false, now);
        },
        named(&TransferRequest::conversationId));
    router.command<DeclineOfferRequest>(
        name(), DeclineOfferRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const DeclineOfferRequest &request, UnitOfWork &work, qint64 now) {
            return m_supervision.decline(work, context.agent(), request.conversationId, now);
        },
        named(&DeclineOfferRequest::conversationId));
    router.query<TransferTargetsRequest>(
        name(), TransferTargetsRequest::type, Permission::HandleConversation,
        [this](RequestContext &context, const TransferTargetsRequest &) -> Outcome {
            QJsonArray agents;
            for (const core::RosterEntry &entry :
                 m_supervision.roster(context.session.scope(), context.nowMs)) {
                if (entry.agentId == context.agent().id)
                    continue;
                // Colleagues see each other's presence and load, not each other's spending.
                core::RosterEntry colleague = entry;
                colleague.spentToday = {};
                colleague.dailyBudget = {};
                agents.append(protocol::rosterEntryToJson(colleague));
            }
            return Success{{{QStringLiteral("agents"), agents},
                            {QStringLiteral("queues"), queues(context.session.scope())}},
                           0};
        });
    router.query<RosterRequest>(
        name(), RosterRequest::type, Permission::SuperviseQueues,
        [this](RequestContext &context, const RosterRequest &) -> Outcome {
            QJsonArray agents;
            for (const core::RosterEntry &entry :
                 m_supervision.roster(context.session.scope(), context.nowMs))
                agents.append(protocol::rosterEntryToJson(entry));
            const QJsonObject sla{{QStringLiteral("warnSeconds"), m_options.slaWarnMs / 1000},
                                  {QStringLiteral("breachSeconds"), m_options.slaBreachMs / 1000}};
            return Success{{{QStringLiteral("agents"), agents},
                            {QStringLiteral("queues"), queues(context.session.scope())},
                            {QStringLiteral("sla"), sla}},
                           0};
        });
    router.command<AssignRequest>(
        name(), AssignRequest::type, Permission::SuperviseQueues,
        [this](RequestContext &context, const AssignRequest &request, UnitOfWork &work, qint64 now) {
            return m_supervision.transfer(work, context.agent(), context.session.scope(),
                                          request.conversationId, request.toAgentId, request.toQueue,
                                          request.note, true, now);
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
