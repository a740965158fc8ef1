#include "sync/desk.h"

#include "sync/serverconnection.h"

namespace warmline::sync {

Desk::Desk(ServerConnection &connection, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_agent(connection, outbox)
    , m_cases(connection)
{
    if (connection.can(core::Permission::AnswerApprovals))
        m_supervision = std::make_unique<SupervisorWorkspace>(connection, *m_agent.conversations());
    if (connection.can(core::Permission::MentorAgents))
        m_mentoring = std::make_unique<TrainerWorkspace>(connection, *m_agent.conversations());
}

Desk::~Desk() = default;

} // namespace warmline::sync
