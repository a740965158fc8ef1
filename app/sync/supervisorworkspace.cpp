#include "sync/supervisorworkspace.h"

#include "sync/serverconnection.h"

namespace warmline::sync {

SupervisorWorkspace::SupervisorWorkspace(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_approvals(connection)
{
    // Made after sign-in: the connection may be live already, with no snapshot still to come.
    if (connection.state() == ServerConnection::State::Live)
        m_approvals.refresh();
}

} // namespace warmline::sync
