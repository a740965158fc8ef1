#include "server/supervisionservice.h"

#include "core/permission.h"
#include "protocol/messages.h"
#include "protocol/supervisionmessages.h"
#include "server/compensationservice.h"

namespace warmline::server {

using protocol::conversationNotFound;
using protocol::ErrorCode;
using protocol::internalError;

SupervisionService::SupervisionService(QSqlDatabase db, storage::AccountStore &accounts,
                                       ConversationService &conversations, Options options)
    : m_accounts(accounts)
    , m_conversations(conversations)
    , m_roster(db)
    , m_compensations(db)
    , m_options(options)
{
}

bool SupervisionService::reset()
{
    return m_roster.clearConnections();
}

std::optional<core::RosterEntry> SupervisionService::entry(qint64 agentId, qint64 nowMs)
{
    auto entry = m_roster.entry(agentId);
    if (!entry)
        return std::nullopt;
    const core::AuthorityStatus authority =
        m_compensations.authority(agentId, entry->role, CompensationService::budgetDay(nowMs), nowMs);
    entry->spentToday = authority.spentToday + authority.heldToday;
    entry->dailyBudget = authority.dailyBudget;
    return entry;
}

QList<core::RosterEntry> SupervisionService::roster(const core::StaffScope &scope, qint64 nowMs)
{
    QList<core::RosterEntry> entries = m_roster.roster(scope);
    const QString day = CompensationService::budgetDay(nowMs);
    for (core::RosterEntry &entry : entries) {
        const core::AuthorityStatus authority =
            m_compensations.authority(entry.agentId, entry.role, day, nowMs);
        entry.spentToday = authority.spentToday + authority.heldToday;
        entry.dailyBudget = authority.dailyBudget;
    }
    return entries;
}

std::optional<Error> SupervisionService::announce(UnitOfWork &work, qint64 agentId, qint64 nowMs)
{
    if (agentId <= 0)
        return std::nullopt;
    const auto line = entry(agentId, nowMs);
    if (!line)
        return std::nullopt;
    return announce(work, *line, nowMs);
}

std::optional<Error> SupervisionService::announce(UnitOfWork &work, const core::RosterEntry &line,
                                                  qint64 nowMs)
{
    // The agent's team's supervisors (administrators see every team).
    if (!work.append(protocol::AgentChangedEvent{line},
                     core::Audience::ofRole(core::Role::Supervisor, line.teamId), 0, 0, nowMs))
        return internalError(QStringLiteral("log the agent's change"));
    return std::nullopt;
}

std::optional<Error> SupervisionService::announceConversation(UnitOfWork &work, qint64 conversationId,
                                                              qint64 nowMs)
{
    const auto summary = m_conversations.conversations().summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));
    if (!work.append(protocol::ConversationUpdatedEvent{{*summary}},
                     core::Audience::conversation(summary->teamId, summary->assignedAgentId, false),
                     summary->customerId, summary->id, nowMs))
        return internalError(QStringLiteral("log the conversation's change"));
    return std::nullopt;
}

Result<core::RosterEntry> SupervisionService::setPresence(UnitOfWork &work, const storage::AgentRecord &agent,
                                                          core::Presence presence, qint64 nowMs)
{
    // The agent is on the connection asking, so they are connected.
    const auto changed = m_roster.setPresence(agent.id, presence, true, nowMs);
    if (!changed)
        return internalError(QStringLiteral("record the presence"));
    if (*changed) {
        if (presence != core::Presence::Available) {
            if (auto error = withdrawOffersTo(work, agent.id, nowMs))
                return *error;
        }
    }
    // Read once: the same line goes to the supervisors and back to the agent.
    const auto line = entry(agent.id, nowMs);
    if (!line)
        return internalError(QStringLiteral("read the roster"));
    if (*changed) {
        if (auto error = announce(work, *line, nowMs))
            return *error;
    }
    return Done<core::RosterEntry>{*line, work.lastSeq()};
}

Outcome SupervisionService::connectionOpened(UnitOfWork &work, qint64 agentId, qint64 nowMs)
{
    const auto changed = m_roster.setPresence(agentId, m_roster.chosen(agentId), true, nowMs);
    if (!changed)
        return internalError(QStringLiteral("record the connection"));
    if (*changed) {
        if (auto error = announce(work, agentId, nowMs))
            return *error;
    }
    return Success{{}, work.lastSeq()};
}

Outcome SupervisionService::connectionClosed(UnitOfWork &work, qint64 agentId, qint64 nowMs)
{
    const auto changed = m_roster.setPresence(agentId, m_roster.chosen(agentId), false, nowMs);
    if (!changed)
        return internalError(QStringLiteral("record the disconnection"));
    // Nobody is there to take what was offered to them: it goes to someone else now.
    if (auto error = withdrawOffersTo(work, agentId, nowMs))
        return *error;
    if (*changed) {
        if (auto error = announce(work, agentId, nowMs))
            return *error;
    }
    return Success{{}, work.lastSeq()};
}

std::optional<Error> SupervisionService::withdrawOffersTo(UnitOfWork &work, qint64 agentId, qint64 nowMs)
{
    for (const qint64 conversationId : m_roster.offersTo(agentId)) {
        // Not a pass: once they are available again they may be offered it like anyone else.
        m_roster.withdrawOffer(conversationId, false);
        if (auto error = announceConversation(work, conversationId, nowMs))
            return error;
    }
    return std::nullopt;
}

Result<core::ConversationSummary>
SupervisionService::transfer(UnitOfWork &work, const storage::AgentRecord &by, const core::StaffScope &scope,
                             qint64 conversationId, qint64 toAgentId, const QString &toQueue,
                             const QString &note, bool asSupervisor, qint64 nowMs)
{
    storage::ConversationStore &store = m_conversations.conversations();
    const auto current = store.summary(conversationId);
    if (!current)
        return conversationNotFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved ||
        current->status == core::ConversationStatus::Bot) {
        return Error{
            ErrorCode::InvalidState,
            current->status == core::ConversationStatus::Resolved
                ? QStringLiteral("conversation %1 is already resolved").arg(conversationId)
                : QStringLiteral("the bot still holds conversation %1; it comes to the queue when it "
                                 "hands over")
                      .arg(conversationId),
            {},
            {{QStringLiteral("status"), core::conversationStatusName(current->status)}}};
    }
    if (!asSupervisor) {
        if (current->status != core::ConversationStatus::Assigned) {
            return Error{ErrorCode::InvalidState,
                         QStringLiteral("conversation %1 is waiting; accept it before passing it on")
                             .arg(conversationId),
                         {},
                         {{QStringLiteral("status"), core::conversationStatusName(current->status)}}};
        }
        if (current->assignedAgentId != by.id &&
            !core::allows(by.role, core::Permission::ActForOtherAgents)) {
            return Error{
                ErrorCode::Forbidden,
                QStringLiteral("only the agent who has conversation %1 can pass it on").arg(conversationId),
                {},
                {}};
        }
    }
    core::Transfer transfer;
    transfer.fromAgentId = current->assignedAgentId;
    transfer.fromAgentName = current->assignedAgentName;
    transfer.byAgentId = by.id;
    transfer.byAgentName = by.displayName;
    transfer.note = note;
    transfer.atMs = nowMs;
    qint64 newTeam = current->teamId;
    if (toAgentId > 0) {
        const auto target = m_accounts.agent(toAgentId);
        if (!target) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("there is no colleague %1").arg(toAgentId),
                         QStringLiteral("payload.toAgentId"),
                         {}};
        }
        if (asSupervisor && !scope.seesEverything() && !scope.teams.contains(target->teamId)) {
            return Error{ErrorCode::Forbidden,
                         QStringLiteral("%1 is in a team you do not look after").arg(target->displayName),
                         QStringLiteral("payload.toAgentId"),
                         {{QStringLiteral("teamId"), target->teamId}}};
        }
        if (toAgentId == current->assignedAgentId) {
            return Error{
                ErrorCode::InvalidState,
                QStringLiteral("%1 already has conversation %2").arg(target->displayName).arg(conversationId),
                QStringLiteral("payload.toAgentId"),
                {{QStringLiteral("assignedAgentName"), target->displayName}}};
        }
        // A customer passed to someone who is not there would wait unseen.
        const auto line = m_roster.entry(toAgentId);
        if (!line || line->presence == core::Presence::Offline || line->presence == core::Presence::Away) {
            const core::Presence presence = line ? line->presence : core::Presence::Offline;
            return Error{ErrorCode::AgentUnavailable,
                         QStringLiteral("%1 is %2; choose someone available or send it to a queue")
                             .arg(target->displayName, core::presenceName(presence)),
                         QStringLiteral("payload.toAgentId"),
                         {{QStringLiteral("agentId"), toAgentId},
                          {QStringLiteral("presence"), core::presenceName(presence)}}};
        }
        transfer.toAgentId = toAgentId;
        transfer.toQueue = current->queue;
    } else {
        const auto queue = m_roster.queue(toQueue);
        if (!queue) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("there is no queue \"%1\"").arg(toQueue),
                         QStringLiteral("payload.toQueue"),
                         {}};
        }
        if (asSupervisor && !scope.coversTeam(queue->teamId)) {
            return Error{ErrorCode::Forbidden,
                         QStringLiteral("queue \"%1\" belongs to a team you do not look after").arg(toQueue),
                         QStringLiteral("payload.toQueue"),
                         {{QStringLiteral("teamId"), queue->teamId}}};
        }
        if (current->status == core::ConversationStatus::Queued && queue->name == current->queue) {
            return Error{
                ErrorCode::InvalidState,
                QStringLiteral("conversation %1 already waits in \"%2\"").arg(conversationId).arg(toQueue),
                QStringLiteral("payload.toQueue"),
                {{QStringLiteral("queue"), toQueue}}};
        }
        transfer.toQueue = queue->name;
        newTeam = queue->teamId;
    }
    const qint64 offered = current->offer ? current->offer->agentId : 0;
    if (!store.transfer(conversationId, transfer, nowMs))
        return internalError(QStringLiteral("pass the conversation on"));
    // Sent back to a queue, it is not offered straight back to whoever let go of it.
    if (transfer.toAgentId == 0 && transfer.fromAgentId > 0)
        m_roster.pass(conversationId, transfer.fromAgentId);
    const auto summary = store.summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));

    // Those who stop seeing it (another team's queue now, or no longer theirs) are told to drop it
    // first; whoever still sees it gets the update right after and keeps it.
    const auto lostSight = [&](core::Audience audience) -> std::optional<Error> {
        if (!work.append(protocol::ConversationRemovedEvent{conversationId}, audience, summary->customerId,
                         conversationId, nowMs))
            return internalError(QStringLiteral("log the transfer"));
        return std::nullopt;
    };
    if (newTeam != current->teamId && current->teamId != 0) {
        if (auto error = lostSight(core::Audience::team(current->teamId)))
            return *error;
    }
    if (current->assignedAgentId > 0 && current->assignedAgentId != summary->assignedAgentId) {
        if (auto error = lostSight(core::Audience::agent(current->assignedAgentId)))
            return *error;
    }
    if (!work.append(protocol::ConversationUpdatedEvent{{*summary}},
                     core::Audience::conversation(summary->teamId, summary->assignedAgentId, false),
                     summary->customerId, conversationId, nowMs))
        return internalError(QStringLiteral("log the transfer"));
    if (auto error = work.raise(
            domain::ConversationAssigned{conversationId, transfer.toAgentId, transfer.fromAgentId, offered},
            nowMs))
        return *error;
    return Done<core::ConversationSummary>{*summary, work.lastSeq()};
}

Result<core::ConversationSummary> SupervisionService::decline(UnitOfWork &work,
                                                              const storage::AgentRecord &agent,
                                                              qint64 conversationId, qint64 nowMs)
{
    storage::ConversationStore &store = m_conversations.conversations();
    const auto current = store.summary(conversationId);
    if (!current)
        return conversationNotFound(conversationId);
    if (!current->offer || current->offer->agentId != agent.id) {
        // Already gone to someone else, taken or expired: nothing left to decline.
        return Done<core::ConversationSummary>{*current};
    }
    m_roster.withdrawOffer(conversationId, true);
    if (auto error = announceConversation(work, conversationId, nowMs))
        return *error;
    if (auto error = announce(work, agent.id, nowMs))
        return *error;
    const auto summary = store.summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));
    return Done<core::ConversationSummary>{*summary, work.lastSeq()};
}

std::optional<Error> SupervisionService::route(UnitOfWork &work, qint64 nowMs)
{
    if (!m_options.routing)
        return std::nullopt;
    QList<qint64> changedAgents;
    for (const qint64 conversationId : m_roster.expiredOffers(nowMs)) {
        if (const auto agentId = m_roster.withdrawOffer(conversationId, true))
            changedAgents.append(*agentId);
        if (auto error = announceConversation(work, conversationId, nowMs))
            return error;
    }
    for (const storage::WaitingConversation &waiting : m_roster.unofferedWaiting()) {
        const QList<core::RosterEntry> candidates =
            m_roster.candidates(waiting.id, waiting.teamId, waiting.language);
        if (candidates.isEmpty())
            continue;
        const qint64 agentId = candidates.constFirst().agentId;
        if (!m_roster.offer(waiting.id, agentId, nowMs, nowMs + m_options.offerTimeoutMs))
            return internalError(QStringLiteral("offer the conversation"));
        changedAgents.append(agentId);
        if (auto error = announceConversation(work, waiting.id, nowMs))
            return error;
    }
    std::sort(changedAgents.begin(), changedAgents.end());
    changedAgents.erase(std::unique(changedAgents.begin(), changedAgents.end()), changedAgents.end());
    for (const qint64 agentId : changedAgents) {
        if (auto error = announce(work, agentId, nowMs))
            return error;
    }
    return std::nullopt;
}

} // namespace warmline::server
