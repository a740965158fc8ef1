#pragma once

#include "core/audience.h"
#include "core/presence.h"
#include "server/conversationservice.h"
#include "server/unitofwork.h"
#include "storage/accountstore.h"
#include "storage/compensationstore.h"
#include "storage/rosterstore.h"

#include <optional>
#include <QHash>

namespace warmline::server {

// Presence, transfers and routing: who is available, who has how much, and who gets the next
// waiting customer. Every method runs inside the caller's UnitOfWork and appends the events it
// causes (conversation.updated for the conversation's audience, agent.changed for the agent's
// supervisors).
class SupervisionService final
{
public:
    struct Options
    {
        bool routing = true;
        qint64 offerTimeoutMs = 30 * 1000;
    };

    SupervisionService(QSqlDatabase db, storage::AccountStore &accounts, ConversationService &conversations,
                       Options options);

    storage::RosterStore &roster() { return m_roster; }

    // A server that starts has nobody connected.
    bool reset();
    // The agent's roster line afterwards.
    Result<core::RosterEntry> setPresence(UnitOfWork &work, const storage::AgentRecord &agent,
                                          core::Presence presence, qint64 nowMs);
    // The transport counts an agent's live connections; the first one and the last one matter.
    Outcome connectionOpened(UnitOfWork &work, qint64 agentId, qint64 nowMs);
    Outcome connectionClosed(UnitOfWork &work, qint64 agentId, qint64 nowMs);

    // The roster line with today's compensation spend against the daily budget.
    std::optional<core::RosterEntry> entry(qint64 agentId, qint64 nowMs);
    QList<core::RosterEntry> roster(const core::StaffScope &scope, qint64 nowMs);

    // Passes a conversation to toAgentId or toQueue with the sender's note. asSupervisor: a
    // supervisor moving any conversation of their teams (waiting ones too); otherwise the caller
    // passes on their own (or, with act_for_other_agents, anyone's) assigned conversation.
    Result<core::ConversationSummary> transfer(UnitOfWork &work, const storage::AgentRecord &by,
                                               const core::StaffScope &scope, qint64 conversationId,
                                               qint64 toAgentId, const QString &toQueue, const QString &note,
                                               bool asSupervisor, qint64 nowMs);
    // The offered agent turns the offer down; routing offers it to the next.
    Result<core::ConversationSummary> decline(UnitOfWork &work, const storage::AgentRecord &agent,
                                              qint64 conversationId, qint64 nowMs);

    // One routing pass: lapsed offers go to the next agent, then each waiting conversation without
    // an offer, longest-waiting first, is offered to the least-loaded available agent with room.
    std::optional<Error> route(UnitOfWork &work, qint64 nowMs);
    std::optional<qint64> nextExpiry() { return m_roster.nextExpiry(); }

    // Appends agent.changed with the agent's current roster line.
    std::optional<Error> announce(UnitOfWork &work, qint64 agentId, qint64 nowMs);
    std::optional<Error> announce(UnitOfWork &work, const core::RosterEntry &line, qint64 nowMs);

private:
    std::optional<Error> announceConversation(UnitOfWork &work, qint64 conversationId, qint64 nowMs);
    std::optional<Error> withdrawOffersTo(UnitOfWork &work, qint64 agentId, qint64 nowMs);

    storage::AccountStore &m_accounts;
    ConversationService &m_conversations;
    storage::RosterStore m_roster;
    storage::CompensationStore m_compensations;
    Options m_options;
};

} // namespace warmline::server
