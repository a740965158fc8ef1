#pragma once

#include "protocol/envelope.h"
#include "protocol/payloadreader.h"
#include "server/botservice.h"
#include "server/compensationservice.h"
#include "server/conversationservice.h"
#include "server/openinglineservice.h"
#include "server/serveroptions.h"
#include "storage/assiststore.h"
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

namespace warmline::server {

class ClientSession;
class CustomerSimulator;

// The backend: accepts WebSocket peers speaking warmline.v1, authenticates them, runs their
// requests against the database, and fans committed events out to subscribers. Everything runs
// on the thread that owns this object, so requests are applied one at a time in arrival order.
class WarmlineServer final : public QObject
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

    // Runs one state change in a write transaction and publishes its events once committed.
    Outcome perform(const std::function<Outcome(UnitOfWork &, qint64 nowMs)> &operation);
    ConversationService &conversations() { return *m_conversations; }
    BotService *bot() { return m_bot.get(); }
    CompensationService &compensation() { return *m_compensation; }
    QSqlDatabase &database() { return m_db.connection(); }

signals:
    void eventPublished(const warmline::storage::StoredEvent &event);

private:
    using Handler = void (WarmlineServer::*)(ClientSession &, const protocol::Request &);

    void onNewConnection();
    void onTextMessage(ClientSession *session, const QString &text);
    void onDisconnected(ClientSession *session);
    void heartbeat();
    void pruneEvents();
    void closeIdleBotConversations();
    void publish(const QList<storage::StoredEvent> &events);

    void sendAck(ClientSession &session, const protocol::Request &request, qint64 seq,
                 const QJsonObject &payload);
    void sendError(ClientSession &session, const QString &requestId, const protocol::Error &error);
    void sendOutcome(ClientSession &session, const protocol::Request &request, const Outcome &outcome);
    // State-changing requests: replays return the stored result; a changed request under a used id
    // is an idempotency conflict.
    void performIdempotent(ClientSession &session, const protocol::Request &request,
                           const std::function<Outcome(UnitOfWork &, qint64 nowMs)> &operation);
    bool seedDemo(QString *error);

    bool refusedAsAuthenticated(ClientSession &session, const protocol::Request &request);
    void handleLogin(ClientSession &session, const protocol::Request &request);
    void handleResume(ClientSession &session, const protocol::Request &request);
    void handleCustomerLogin(ClientSession &session, const protocol::Request &request);
    void handleLogout(ClientSession &session, const protocol::Request &request);
    void handleSubscribe(ClientSession &session, const protocol::Request &request);
    void handleHistory(ClientSession &session, const protocol::Request &request);
    void handleAccept(ClientSession &session, const protocol::Request &request);
    void handleReply(ClientSession &session, const protocol::Request &request);
    void handleResolve(ClientSession &session, const protocol::Request &request);
    void handleCustomerMessage(ClientSession &session, const protocol::Request &request);
    void handleProfile(ClientSession &session, const protocol::Request &request);
    void handleOrders(ClientSession &session, const protocol::Request &request);
    void handleOrderDetail(ClientSession &session, const protocol::Request &request);
    void handleComplaintCreate(ClientSession &session, const protocol::Request &request);
    void handleSetOrder(ClientSession &session, const protocol::Request &request);
    void handleAssistFeedback(ClientSession &session, const protocol::Request &request);
    void handleAssistState(ClientSession &session, const protocol::Request &request);
    void handleCompensationOptions(ClientSession &session, const protocol::Request &request);
    void handleCompensationDecide(ClientSession &session, const protocol::Request &request);
    void handleCompensationApproval(ClientSession &session, const protocol::Request &request);
    void handleCompensationOffer(ClientSession &session, const protocol::Request &request);
    void handleCompensationChoose(ClientSession &session, const protocol::Request &request);
    void handleApprovalList(ClientSession &session, const protocol::Request &request);
    void handleApprovalApprove(ClientSession &session, const protocol::Request &request);
    void handleApprovalReject(ClientSession &session, const protocol::Request &request);
    void handleApprovalAmend(ClientSession &session, const protocol::Request &request);
    void handleApprovalAnswer(ClientSession &session, const protocol::Request &request,
                              protocol::ApprovalAnswerRequest::Answer answer);
    void handleAuthoritySet(ClientSession &session, const protocol::Request &request);
    void handleAuthorityGet(ClientSession &session, const protocol::Request &request);
    void escalateApprovals();
    // Opening lines, the team library and contests (openinghandlers.cpp).
    void registerOpeningHandlers();
    void handleOpeningList(ClientSession &session, const protocol::Request &request);
    void handleOpeningSave(ClientSession &session, const protocol::Request &request);
    void handleOpeningActivate(ClientSession &session, const protocol::Request &request);
    void handleOpeningDelete(ClientSession &session, const protocol::Request &request);
    void handleLibraryList(ClientSession &session, const protocol::Request &request);
    void handleLibraryAdopt(ClientSession &session, const protocol::Request &request);
    void handleContestCreate(ClientSession &session, const protocol::Request &request);
    void handleContestList(ClientSession &session, const protocol::Request &request);
    void handleContestSubmit(ClientSession &session, const protocol::Request &request);
    void handleContestScore(ClientSession &session, const protocol::Request &request);
    void handleContestLeaderboard(ClientSession &session, const protocol::Request &request);
    void handleContestPublish(ClientSession &session, const protocol::Request &request);
    bool requireStaff(ClientSession &session, const protocol::Request &request);
    // Reads the typed request; on a bad field answers with the typed error and returns nullopt.
    template<typename Message>
    std::optional<Message> readRequest(ClientSession &session, const protocol::Request &request)
    {
        protocol::PayloadReader reader(request.payload);
        auto message = Message::read(reader);
        if (!reader.ok()) {
            sendError(session, request.id, reader.error());
            return std::nullopt;
        }
        return message;
    }

    QJsonObject principalJson(const ClientSession &session) const;
    QJsonObject snapshotFor(const ClientSession &session);

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
    std::unique_ptr<CustomerSimulator> m_simulator;
    QTcpServer m_listener;     // accepts TCP and tunes each socket before the WebSocket upgrade
    QWebSocketServer m_server; // performs the handshakes handed over by m_listener
    QHash<QWebSocket *, ClientSession *> m_sessions;
    QHash<QString, Handler> m_handlers;
    QTimer m_heartbeat;
    QTimer m_pruning;
    QTimer m_botIdle;
    QTimer m_escalation;
};

} // namespace warmline::server
