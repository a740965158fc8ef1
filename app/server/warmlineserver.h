#pragma once

#include "protocol/envelope.h"
#include "server/botservice.h"
#include "server/caseservice.h"
#include "server/compensationservice.h"
#include "server/conversationservice.h"
#include "server/mentoringservice.h"
#include "server/modules/module.h"
#include "server/openinglineservice.h"
#include "server/outcomemetrics.h"
#include "server/router.h"
#include "server/serveroptions.h"
#include "server/supervisionservice.h"
#include "storage/assiststore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/eventlog.h"
#include "storage/operationlog.h"
#include "storage/profilestore.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QWebSocketServer>
#include <vector>

namespace warmline::server {

class ClientSession;
class CustomerSimulator;

// The backend's transport: accepts WebSocket peers speaking warmline.v1, keeps their sessions,
// limits and heartbeats, hands each request to the route its type names (after checking the
// route's permission), and fans committed events out to subscribers. Features are modules that
// register routes (server/modules/). Everything runs on the thread that owns this object, so
// requests are applied one at a time in arrival order.
class WarmlineServer final : public QObject, private RequestTransport
{
    Q_OBJECT
public:
    explicit WarmlineServer(ServerOptions options, QObject *parent = nullptr);
    ~WarmlineServer() override;
    Q_DISABLE_COPY_MOVE(WarmlineServer)

    bool start(QString *error);
    quint16 port() const;
    QUrl url() const;
    int connectedPeers() const { return int(m_sessions.size()); }

    // Runs one state change in a write transaction and publishes its events once committed. The
    // operation returns an Outcome or a Result<T>; an error rolls everything back.
    template<typename Operation, typename Answer = std::invoke_result_t<Operation &, UnitOfWork &, qint64>>
    requires std::is_constructible_v<Answer, protocol::Error> Answer perform(Operation &&operation)
    {
        UnitOfWork work(m_db.connection(), *m_events, &m_domainEvents);
        if (!work.isActive())
            return busyError();
        Answer answer = operation(work, now());
        if (std::holds_alternative<protocol::Error>(answer))
            return answer;
        if (auto error = commitAndPublish(work))
            return *error;
        return answer;
    }
    ConversationService &conversations() { return *m_conversations; }
    BotService *bot() { return m_bot.get(); }
    CompensationService &compensation() { return *m_compensation; }
    QSqlDatabase &database() { return m_db.connection(); }
    // The request table the modules registered (for the documentation and its test).
    const Router &router() const { return m_router; }

signals:
    void eventPublished(const warmline::storage::StoredEvent &event);

private:
    void onNewConnection();
    void onTextMessage(ClientSession *session, const QString &text);
    void onDisconnected(ClientSession *session);
    void heartbeat();
    void pruneEvents();
    void closeIdleBotConversations();
    void escalateApprovals();
    void route();
    // Counts an agent's live connections; presence changes with the first and the last.
    void staffConnection(qint64 agentId, int delta);
    void publish(const QList<storage::StoredEvent> &events);
    static protocol::Error busyError();
    std::optional<protocol::Error> commitAndPublish(UnitOfWork &work);
    bool seedDemo(QString *error);
    bool seedDemoCases(QString *error);
    qint64 now() const;

    // RequestTransport
    void answer(ClientSession &session, const protocol::Request &request, const Outcome &outcome) override;
    // State-changing requests: replays return the stored result; a changed request under a used id
    // is an idempotency conflict.
    Outcome performIdempotent(ClientSession &session, const protocol::Request &request,
                              const Operation &operation) override;

    void refuse(ClientSession &session, const protocol::Request &request, const protocol::Error &error,
                const QString &target) override;

    void sendError(ClientSession &session, const QString &requestId, const protocol::Error &error);
    // The router's answer when the principal lacks the route's permission; audited.
    void refuse(ClientSession &session, const protocol::Request &request, const Route &route);

    ServerOptions m_options;
    storage::Database m_db;
    std::unique_ptr<storage::AccountStore> m_accounts;
    std::unique_ptr<storage::EventLog> m_events;
    std::unique_ptr<storage::OperationLog> m_operations;
    std::unique_ptr<storage::ProfileStore> m_profiles;
    std::unique_ptr<storage::AssistStore> m_assist;
    DomainEventBus m_domainEvents;
    std::unique_ptr<BotService> m_bot;
    std::unique_ptr<ConversationService> m_conversations;
    std::unique_ptr<CompensationService> m_compensation;
    std::unique_ptr<OpeningLineService> m_openings;
    std::unique_ptr<storage::AuditLog> m_audit;
    std::unique_ptr<SupervisionService> m_supervision;
    std::unique_ptr<MentoringService> m_mentoring;
    std::unique_ptr<OutcomeMetrics> m_outcomeMetrics;
    std::unique_ptr<CaseService> m_cases;
    std::vector<std::unique_ptr<Module>> m_modules;
    Router m_router;
    std::unique_ptr<CustomerSimulator> m_simulator;
    QTcpServer m_listener;     // accepts TCP and tunes each socket before the WebSocket upgrade
    QWebSocketServer m_server; // performs the handshakes handed over by m_listener
    QHash<QWebSocket *, ClientSession *> m_sessions;
    QTimer m_heartbeat;
    QTimer m_pruning;
    QTimer m_botIdle;
    QTimer m_escalation;
    QTimer m_routingTick;
    QTimer m_routingSoon;
    bool m_routing = false;
    QHash<qint64, int> m_staffConnections;
};

} // namespace warmline::server
