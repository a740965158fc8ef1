#pragma once

#include "protocol/error.h"
#include "protocol/supervisionmessages.h"
#include "sync/compensationcontroller.h"
#include "sync/eventhandlers.h"
#include "sync/livetranscripts.h"
#include "sync/metricscontroller.h"
#include "sync/queueboardmodel.h"
#include "sync/rostermodel.h"

#include <map>
#include <memory>
#include <QObject>

namespace warmline::sync {

class ConversationListModel;
class ServerConnection;
class TranscriptModel;

// What a supervisor or administrator works with besides the agent's desk: the queue board over
// the conversations the workstation already follows, the roster of their teams' agents, the SLA
// thresholds and queues the server names, assigning and moving conversations, read-only live
// transcripts, and the approval requests of the teams they look after. Everything follows events.
class SupervisorWorkspace final : public QObject
{
    Q_OBJECT
public:
    struct Queue
    {
        QString name;
        qint64 teamId = 0;
        QString teamName;
    };
    using Clock = std::function<qint64()>;

    // `conversations`: the agent's desk's live list (AgentWorkspace::conversations()).
    SupervisorWorkspace(ServerConnection &connection, ConversationListModel &conversations, Clock clock = {},
                        QObject *parent = nullptr);
    ~SupervisorWorkspace() override;
    Q_DISABLE_COPY_MOVE(SupervisorWorkspace)

    ApprovalQueue *approvals() { return &m_approvals; }
    // The outcome figures of the teams they look after (supervisors and administrators).
    MetricsController *metrics() { return &m_metrics; }
    QueueBoardModel *board() { return &m_board; }
    RosterModel *roster() { return &m_roster; }
    const QList<Queue> &queues() const { return m_queues; }
    bool canSupervise() const;
    qint64 myId() const;

    void refreshRoster();
    void assign(qint64 conversationId, qint64 toAgentId, const QString &note);
    void moveToQueue(qint64 conversationId, const QString &queue, const QString &note);

    // A read-only transcript of the conversation that follows its messages as they arrive, until
    // every watch() has its unwatch().
    TranscriptModel *watch(qint64 conversationId) { return m_transcripts.watch(conversationId); }
    void unwatch(qint64 conversationId) { m_transcripts.unwatch(conversationId); }

signals:
    void rosterLoaded();
    void assigned(qint64 conversationId);
    void operationFailed(const QString &operation, const warmline::protocol::Error &error);

private:
    void send(const protocol::AssignRequest &request);

    ServerConnection &m_connection;
    EventHandlers m_events;
    ConversationListModel &m_conversations;
    Clock m_clock;
    QueueBoardModel m_board;
    RosterModel m_roster;
    QList<Queue> m_queues;
    bool m_rosterPending = false;
    LiveTranscripts m_transcripts;
    ApprovalQueue m_approvals;
    MetricsController m_metrics;
};

} // namespace warmline::sync
