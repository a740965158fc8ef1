#pragma once

#include "sync/agentworkspace.h"
#include "sync/caselibrary.h"
#include "sync/mentoring.h"
#include "sync/supervisorworkspace.h"

#include <memory>
#include <QObject>

namespace warmline::sync {

class Outbox;
class ServerConnection;

// Everything one signed-in staff member works with, by what their role may do: everyone has the
// agent's desk; those who answer approvals also a SupervisorWorkspace; those who mentor agents
// (trainers, supervisors, administrators) a TrainerWorkspace; everyone the case library. Made after
// sign-in, when the connection knows the role; the main window lays out only what is here.
class Desk final : public QObject
{
    Q_OBJECT
public:
    Desk(ServerConnection &connection, Outbox &outbox, QObject *parent = nullptr);
    ~Desk() override;
    Q_DISABLE_COPY_MOVE(Desk)

    AgentWorkspace &agent() { return m_agent; }
    // nullptr unless the role answers approvals (supervisors, administrators).
    SupervisorWorkspace *supervision() { return m_supervision.get(); }
    // nullptr unless the role mentors agents.
    TrainerWorkspace *mentoring() { return m_mentoring.get(); }
    CaseLibrary &cases() { return m_cases; }

private:
    AgentWorkspace m_agent;
    std::unique_ptr<SupervisorWorkspace> m_supervision;
    std::unique_ptr<TrainerWorkspace> m_mentoring;
    CaseLibrary m_cases;
};

} // namespace warmline::sync
