#pragma once

#include "sync/compensationcontroller.h"

#include <QObject>

namespace warmline::sync {

class ServerConnection;

// What a supervisor or administrator works with besides the agent's desk: the approval requests
// of the teams they look after, live. The queue board and the agent roster join it here.
class SupervisorWorkspace final : public QObject
{
    Q_OBJECT
public:
    explicit SupervisorWorkspace(ServerConnection &connection, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SupervisorWorkspace)

    ApprovalQueue *approvals() { return &m_approvals; }

private:
    ApprovalQueue m_approvals;
};

} // namespace warmline::sync
