#include "sync/supervisorworkspace.h"

#include "protocol/messages.h"
#include "protocol/supervisionmessages.h"
#include "sync/conversationlistmodel.h"
#include "sync/serverconnection.h"

#include <QDateTime>
#include <QLocale>

namespace warmline::sync {

using protocol::ServerFrame;

namespace {

SupervisorWorkspace::Clock orSystemClock(SupervisorWorkspace::Clock clock)
{
    if (clock)
        return clock;
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace

SupervisorWorkspace::SupervisorWorkspace(ServerConnection &connection, ConversationListModel &conversations,
                                         Clock clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_conversations(conversations)
    , m_clock(orSystemClock(std::move(clock)))
    , m_board(conversations, m_clock, QLocale().name())
    , m_roster(m_clock)
    , m_transcripts(connection)
    , m_approvals(connection)
    , m_metrics(connection)
{
    m_events.on<protocol::AgentChangedEvent>(
        [this](const protocol::AgentChangedEvent &event, qint64) { m_roster.upsert(event.agent); });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    // A resumed stream replays the agent.changed events missed, but a fresh snapshot means the
    // gap was too old: then the roster is read again too, as after every (re)connection.
    connect(&m_connection, &ServerConnection::snapshotReceived, this, &SupervisorWorkspace::refreshRoster);
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state != ServerConnection::State::Live)
            return;
        refreshRoster();
    });
    connect(&m_transcripts, &LiveTranscripts::failed, this, &SupervisorWorkspace::operationFailed);
    // Made after sign-in: the connection may be live already, with no snapshot still to come.
    if (connection.state() == ServerConnection::State::Live) {
        m_approvals.refresh();
        refreshRoster();
    }
}

SupervisorWorkspace::~SupervisorWorkspace() = default;

bool SupervisorWorkspace::canSupervise() const
{
    return m_connection.can(core::Permission::SuperviseQueues);
}

qint64 SupervisorWorkspace::myId() const
{
    return m_connection.principal().agentId.value_or(0);
}

void SupervisorWorkspace::refreshRoster()
{
    if (!canSupervise() || m_rosterPending || m_connection.state() != ServerConnection::State::Live)
        return;
    m_rosterPending = true;
    m_connection.request(protocol::RosterRequest{}, [this](const Answer<protocol::RosterReply> &reply) {
        m_rosterPending = false;
        if (!reply.ok()) {
            if (!reply.connectionLost())
                emit operationFailed(protocol::RosterRequest::type, reply.error);
            return;
        }
        m_roster.setRoster(reply->agents);
        m_queues.clear();
        for (const protocol::QueueInfo &queue : reply->queues)
            m_queues.append({queue.name, queue.teamId.value_or(0), queue.teamName});
        m_board.setSlaThresholds(reply->sla.warnSeconds, reply->sla.breachSeconds);
        emit rosterLoaded();
    });
}

void SupervisorWorkspace::assign(qint64 conversationId, qint64 toAgentId, const QString &note)
{
    protocol::AssignRequest request;
    request.conversationId = conversationId;
    request.toAgentId = toAgentId;
    request.note = note.trimmed();
    send(request);
}

void SupervisorWorkspace::moveToQueue(qint64 conversationId, const QString &queue, const QString &note)
{
    protocol::AssignRequest request;
    request.conversationId = conversationId;
    request.toQueue = queue;
    request.note = note.trimmed();
    send(request);
}

void SupervisorWorkspace::send(const protocol::AssignRequest &request)
{
    const qint64 conversationId = request.conversationId;
    m_connection.request(request, [this, conversationId](const Answer<protocol::ConversationReply> &reply) {
        if (!reply.ok()) {
            emit operationFailed(protocol::AssignRequest::type, reply.error);
            return;
        }
        // The event usually came first; the ack's copy covers a conversation that left our view.
        m_conversations.apply(reply->conversation);
        emit assigned(conversationId);
    });
}

} // namespace warmline::sync
