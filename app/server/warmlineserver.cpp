#include "server/warmlineserver.h"

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "server/clientsession.h"
#include "server/customersimulator.h"
#include "server/demoaccounts.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcServer, "warmline.server")

namespace warmline::server {

using protocol::Error;
using protocol::ErrorCode;
using protocol::Request;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString requestHash(const Request &request)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical for equal content.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.type.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(request.payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

WarmlineServer::WarmlineServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(QStringLiteral("warmline-server/" WARMLINE_VERSION), QWebSocketServer::NonSecureMode)
{
    m_handlers = {
        {protocol::LoginRequest::type, &WarmlineServer::handleLogin},
        {protocol::ResumeRequest::type, &WarmlineServer::handleResume},
        {protocol::CustomerLoginRequest::type, &WarmlineServer::handleCustomerLogin},
        {protocol::LogoutRequest::type, &WarmlineServer::handleLogout},
        {protocol::SubscribeRequest::type, &WarmlineServer::handleSubscribe},
        {protocol::HistoryRequest::type, &WarmlineServer::handleHistory},
        {protocol::AcceptRequest::type, &WarmlineServer::handleAccept},
        {protocol::ReplyRequest::type, &WarmlineServer::handleReply},
        {protocol::ResolveRequest::type, &WarmlineServer::handleResolve},
        {protocol::CustomerMessageRequest::type, &WarmlineServer::handleCustomerMessage},
        {protocol::ProfileRequest::type, &WarmlineServer::handleProfile},
        {protocol::OrdersRequest::type, &WarmlineServer::handleOrders},
        {protocol::OrderDetailRequest::type, &WarmlineServer::handleOrderDetail},
        {protocol::ComplaintCreateRequest::type, &WarmlineServer::handleComplaintCreate},
        {protocol::SetOrderRequest::type, &WarmlineServer::handleSetOrder},
        {protocol::AssistFeedbackRequest::type, &WarmlineServer::handleAssistFeedback},
        {protocol::AssistStateRequest::type, &WarmlineServer::handleAssistState},
        {protocol::CompensationOptionsRequest::type, &WarmlineServer::handleCompensationOptions},
        {protocol::CompensationDecideRequest::type, &WarmlineServer::handleCompensationDecide},
        {protocol::CompensationApprovalRequest::type, &WarmlineServer::handleCompensationApproval},
        {protocol::CompensationOfferRequest::type, &WarmlineServer::handleCompensationOffer},
        {protocol::CompensationChooseRequest::type, &WarmlineServer::handleCompensationChoose},
        {protocol::ApprovalListRequest::type, &WarmlineServer::handleApprovalList},
        {protocol::ApprovalAnswerRequest::approveType, &WarmlineServer::handleApprovalApprove},
        {protocol::ApprovalAnswerRequest::rejectType, &WarmlineServer::handleApprovalReject},
        {protocol::ApprovalAnswerRequest::amendType, &WarmlineServer::handleApprovalAmend},
        {protocol::AuthoritySetRequest::type, &WarmlineServer::handleAuthoritySet},
        {protocol::AuthorityGetRequest::type, &WarmlineServer::handleAuthorityGet},
    };
    registerOpeningHandlers();
    m_server.setSupportedSubprotocols({QString::fromLatin1(protocol::subprotocol)});
    connect(&m_server, &QWebSocketServer::newConnection, this, &WarmlineServer::onNewConnection);
    connect(&m_listener, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            // Events are small frames pushed with no reply to piggyback on: without TCP_NODELAY,
            // Nagle's algorithm holds the next one until the peer's delayed ACK (~40 ms).
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server.handleConnection(socket);
        }
    });
    connect(&m_heartbeat, &QTimer::timeout, this, &WarmlineServer::heartbeat);
    connect(&m_pruning, &QTimer::timeout, this, &WarmlineServer::pruneEvents);
    connect(&m_botIdle, &QTimer::timeout, this, &WarmlineServer::closeIdleBotConversations);
    connect(&m_escalation, &QTimer::timeout, this, &WarmlineServer::escalateApprovals);
}

WarmlineServer::~WarmlineServer()
{
    m_simulator.reset();
    m_listener.close();
    m_server.close();
    const auto sessions = m_sessions.values();
    m_sessions.clear();
    for (ClientSession *session : sessions) {
        session->socket()->disconnect(this);
        session->socket()->abort();
        delete session;
    }
}

bool WarmlineServer::start(QString *error)
{
    const QString connectionName =
        QStringLiteral("warmline-server-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!m_db.open(m_options.databasePath, connectionName, error) || !m_db.migrate(error))
        return false;
    m_accounts = std::make_unique<storage::AccountStore>(m_db.connection());
    m_events = std::make_unique<storage::EventLog>(m_db.connection());
    m_operations = std::make_unique<storage::OperationLog>(m_db.connection());
    m_profiles = std::make_unique<storage::ProfileStore>(m_db.connection());
    m_conversations = std::make_unique<ConversationService>(m_db.connection(), *m_accounts, *m_profiles);
    m_assist = std::make_unique<storage::AssistStore>(m_db.connection());
    m_openings = std::make_unique<OpeningLineService>(m_db.connection(), *m_profiles);
    m_openings->subscribeTo(m_domainEvents);
    if (m_options.bot) {
        BotOptions botOptions;
        botOptions.retrainEvery = m_options.botRetrainEvery;
        m_bot = std::make_unique<BotService>(*m_assist, botOptions);
        if (!m_bot->start(error))
            return false;
        if (m_options.waitForBot)
            m_bot->waitForModel();
        m_conversations->setBot(m_bot.get());
    }
    m_compensation = std::make_unique<CompensationService>(m_db.connection(), *m_accounts, *m_profiles,
                                                           m_conversations->conversations(),
                                                           m_options.compensationSwitchWindowMs);

    if (m_options.demo && !seedDemo(error))
        return false;

    if (!m_listener.listen(m_options.address, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(m_listener.errorString());
        return false;
    }
    m_heartbeat.start(m_options.heartbeatIntervalMs);
    m_pruning.start(60 * 1000);
    if (m_bot)
        m_botIdle.start(int(std::clamp<qint64>(m_options.botIdleCloseMs / 2, 500, 60 * 1000)));
    // Checked a few times per escalation period, so a request is escalated close to on time.
    m_escalation.start(int(std::clamp<qint64>(m_options.approvalEscalationMs / 4, 200, 30000)));
    if (m_options.simulator) {
        m_simulator = std::make_unique<CustomerSimulator>(*this, m_options);
        m_simulator->start();
    }
    qCInfo(lcServer) << "listening on" << url().toString() << "database" << m_options.databasePath;
    return true;
}

bool WarmlineServer::seedDemo(QString *error)
{
    if (m_accounts->agentCount() > 0)
        return true; // seeded before; never touch a database that already has people in it
    const qint64 started = nowMs();
    if (!seedDemoAccounts(*m_accounts, error))
        return false;
    const auto report = seedDemoData(m_db.connection(), m_options.demoData, error);
    if (!report)
        return false;
    qCInfo(lcServer) << "seeded demo data:" << report->customers << "customers," << report->orders
                     << "orders," << report->complaints << "complaints in" << (nowMs() - started) << "ms";
    return true;
}

quint16 WarmlineServer::port() const
{
    return m_listener.serverPort();
}

QUrl WarmlineServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_listener.serverAddress().toString());
    url.setPort(port());
    return url;
}

void WarmlineServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        if (socket->subprotocol() != QLatin1StringView(protocol::subprotocol)) {
            // Whatever this peer speaks, it is not warmline.v1: say so in the close frame.
            socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                          QStringLiteral("offer the WebSocket subprotocol %1")
                              .arg(QLatin1StringView(protocol::subprotocol)));
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(protocol::maxSocketMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(protocol::maxSocketMessageBytes);
        auto *session = new ClientSession(socket);
        m_sessions.insert(socket, session);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, session](const QString &text) { onTextMessage(session, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, session](const QByteArray &) {
            session->markAlive();
            sendError(*session, {},
                      Error{ErrorCode::InvalidEnvelope,
                            QStringLiteral("binary frames are not part of warmline.v1"),
                            {},
                            {}});
        });
        connect(socket, &QWebSocket::pong, this,
                [session](quint64, const QByteArray &) { session->markAlive(); });
        connect(socket, &QWebSocket::disconnected, this, [this, session] { onDisconnected(session); });
        qCDebug(lcServer) << "peer connected from" << socket->peerAddress().toString() << "subprotocol"
                          << socket->subprotocol();
    }
}

void WarmlineServer::onDisconnected(ClientSession *session)
{
    if (m_sessions.remove(session->socket()))
        session->deleteLater();
}

void WarmlineServer::heartbeat()
{
    const qint64 deadAfter = 3LL * m_options.heartbeatIntervalMs;
    for (ClientSession *session : std::as_const(m_sessions)) {
        if (session->silentForMs() > deadAfter) {
            qCInfo(lcServer) << "dropping silent peer" << session->principal();
            session->socket()->abort();
        } else {
            session->socket()->ping();
        }
    }
}

void WarmlineServer::pruneEvents()
{
    UnitOfWork work(m_db.connection(), *m_events);
    const int removed = m_events->prune(m_options.eventRetention);
    if (work.commit() && removed > 0)
        qCInfo(lcServer) << "pruned" << removed << "events beyond the retention of"
                         << m_options.eventRetention;
}

void WarmlineServer::escalateApprovals()
{
    QString error;
    int escalated = 0;
    perform([&](UnitOfWork &work, qint64 now) -> Outcome {
        escalated = m_compensation->escalateOverdue(work, m_options.approvalEscalationMs, now, &error);
        if (escalated < 0)
            return Error{ErrorCode::Internal, error, {}, {}};
        return Success{{}, work.lastSeq()};
    });
    if (escalated < 0)
        qCWarning(lcServer) << "escalating approval requests failed:" << error;
    else if (escalated > 0)
        qCInfo(lcServer) << "escalated" << escalated << "unanswered approval request(s)";
}

void WarmlineServer::closeIdleBotConversations()
{
    const qint64 idleBefore = QDateTime::currentMSecsSinceEpoch() - m_options.botIdleCloseMs;
    for (const qint64 id : m_conversations->conversations().idleBotConversations(idleBefore)) {
        perform([&](UnitOfWork &work, qint64 now) {
            return m_conversations->closeIdleBotConversation(work, id, idleBefore, now);
        });
    }
}

void WarmlineServer::onTextMessage(ClientSession *session, const QString &text)
{
    session->markAlive();
    // Parsed before the rate check (at most 64 KiB, cheap next to any database work) so that a
    // refused request is still answered under its own id and can be re-sent as it was.
    auto parsed = protocol::parseRequest(text.toUtf8());
    const auto *rejection = std::get_if<protocol::RequestRejection>(&parsed);
    const QString requestId = rejection ? rejection->id : std::get<Request>(parsed).id;
    if (!session->takeRequestToken()) {
        sendError(
            *session, requestId,
            Error{ErrorCode::RateLimited,
                  QStringLiteral("more than %1 requests per second; slow down").arg(protocol::ratePerSecond),
                  {},
                  {{QStringLiteral("retryAfterMs"), 1000 / protocol::ratePerSecond}}});
        return;
    }
    if (rejection) {
        sendError(*session, rejection->id, rejection->error);
        return;
    }
    const Request &request = std::get<Request>(parsed);
    const auto handler = m_handlers.constFind(request.type);
    if (handler == m_handlers.cend()) {
        sendError(*session, request.id,
                  Error{ErrorCode::UnknownType,
                        QStringLiteral("unknown request type \"%1\"").arg(request.type),
                        QStringLiteral("type"),
                        {}});
        return;
    }
    const bool authRequest = request.type == protocol::LoginRequest::type ||
                             request.type == protocol::ResumeRequest::type ||
                             request.type == protocol::CustomerLoginRequest::type;
    if (!authRequest && session->kind() == ClientSession::Kind::Anonymous) {
        sendError(*session, request.id,
                  Error{ErrorCode::NotAuthenticated,
                        QStringLiteral("log in first (auth.login or auth.resume)"),
                        {},
                        {}});
        return;
    }
    (this->*(*handler))(*session, request);
}

void WarmlineServer::sendAck(ClientSession &session, const Request &request, qint64 seq,
                             const QJsonObject &payload)
{
    session.send(
        protocol::encodeAck(request.id, seq > 0 ? std::optional<qint64>(seq) : std::nullopt, payload));
}

void WarmlineServer::sendError(ClientSession &session, const QString &requestId, const Error &error)
{
    qCDebug(lcServer) << "error" << protocol::errorCodeName(error.code) << error.message;
    session.send(protocol::encodeError(requestId, error));
}

void WarmlineServer::sendOutcome(ClientSession &session, const Request &request, const Outcome &outcome)
{
    if (const auto *success = std::get_if<Success>(&outcome))
        sendAck(session, request, success->seq, success->payload);
    else
        sendError(session, request.id, std::get<Error>(outcome));
}

Outcome WarmlineServer::perform(const std::function<Outcome(UnitOfWork &, qint64)> &operation)
{
    UnitOfWork work(m_db.connection(), *m_events, &m_domainEvents);
    if (!work.isActive())
        return Error{ErrorCode::Internal, QStringLiteral("the database is busy; try again"), {}, {}};
    Outcome outcome = operation(work, nowMs());
    if (std::holds_alternative<Error>(outcome))
        return outcome;
    const auto events = work.commit();
    if (!events)
        return Error{ErrorCode::Internal, QStringLiteral("could not save the change; try again"), {}, {}};
    publish(*events);
    return outcome;
}

void WarmlineServer::performIdempotent(ClientSession &session, const Request &request,
                                       const std::function<Outcome(UnitOfWork &, qint64)> &operation)
{
    const QString principal = session.principal();
    const QString hash = requestHash(request);
    std::optional<Error> conflict;
    bool replayed = false;
    Success original;
    const Outcome outcome = perform([&](UnitOfWork &work, qint64 now) -> Outcome {
        if (const auto done = m_operations->find(principal, request.id)) {
            if (done->requestHash != hash) {
                return Error{
                    ErrorCode::IdempotencyConflict,
                    QStringLiteral("operation id %1 was already used for a different request; use a new id")
                        .arg(request.id),
                    QStringLiteral("id"),
                    {}};
            }
            replayed = true;
            original = Success{done->response, done->seq};
            return original;
        }
        Outcome result = operation(work, now);
        if (const auto *success = std::get_if<Success>(&result)) {
            if (!m_operations->record(principal, request.id, {hash, success->payload, success->seq}, now))
                return Error{
                    ErrorCode::Internal, QStringLiteral("could not record the operation; try again"), {}, {}};
        }
        return result;
    });
    if (replayed)
        qCDebug(lcServer) << "replayed operation" << request.id << "for" << principal;
    sendOutcome(session, request, outcome);
}

void WarmlineServer::publish(const QList<storage::StoredEvent> &events)
{
    for (const storage::StoredEvent &event : events) {
        const QByteArray frame = protocol::encodeEvent(event.seq, event.kind, event.payload);
        for (ClientSession *session : std::as_const(m_sessions)) {
            if (session->wantsEvent(event.audience, event.customerId))
                session->send(frame);
        }
        emit eventPublished(event);
    }
}

QJsonObject WarmlineServer::principalJson(const ClientSession &session) const
{
    if (session.kind() == ClientSession::Kind::Customer) {
        return {{QStringLiteral("kind"), QStringLiteral("customer")},
                {QStringLiteral("customerId"), session.customerId()},
                {QStringLiteral("displayName"),
                 m_accounts->customerName(session.customerId()).value_or(QString())}};
    }
    const storage::AgentRecord &agent = session.agent();
    return {{QStringLiteral("kind"), QStringLiteral("staff")},
            {QStringLiteral("agentId"), agent.id},
            {QStringLiteral("login"), agent.login},
            {QStringLiteral("displayName"), agent.displayName},
            {QStringLiteral("role"), core::roleName(agent.role)},
            {QStringLiteral("team"), agent.teamName}};
}

bool WarmlineServer::refusedAsAuthenticated(ClientSession &session, const Request &request)
{
    // A connection keeps the principal it first proved: a second auth.* would let a relayed
    // customer connection become another customer, or a staff one someone else.
    if (session.kind() == ClientSession::Kind::Anonymous)
        return false;
    sendError(session, request.id,
              Error{ErrorCode::AlreadyAuthenticated,
                    QStringLiteral("this connection is already logged in; open a new connection to sign in "
                                   "as someone else"),
                    {},
                    {}});
    return true;
}

void WarmlineServer::handleLogin(ClientSession &session, const Request &request)
{
    const auto login = readRequest<protocol::LoginRequest>(session, request);
    if (!login)
        return;
    if (refusedAsAuthenticated(session, request))
        return;
    const auto agent = m_accounts->authenticate(login->user, login->password);
    if (!agent) {
        qCInfo(lcServer) << "failed login for" << login->user;
        return sendError(
            session, request.id,
            Error{ErrorCode::InvalidCredentials, QStringLiteral("unknown user or wrong password"), {}, {}});
    }
    QString error;
    const QString token = m_accounts->createSession({agent->id, 0}, m_options.staffSessionLifetimeMs, &error);
    if (token.isEmpty())
        return sendError(session, request.id, Error{ErrorCode::Internal, error, {}, {}});
    session.becomeStaff(*agent, token);
    qCInfo(lcServer) << "login" << agent->login << "client" << login->client;
    QJsonObject payload = principalJson(session);
    payload.insert(QStringLiteral("token"), token);
    payload.insert(QStringLiteral("head"), m_events->headSeq());
    sendAck(session, request, 0, payload);
}

void WarmlineServer::handleResume(ClientSession &session, const Request &request)
{
    const auto resume = readRequest<protocol::ResumeRequest>(session, request);
    if (!resume || refusedAsAuthenticated(session, request))
        return;
    const auto principal = m_accounts->resolveSession(resume->token);
    std::optional<storage::AgentRecord> agent;
    if (principal && principal->agentId)
        agent = m_accounts->agent(principal->agentId);
    if (!principal || (principal->agentId && !agent)) {
        return sendError(
            session, request.id,
            Error{ErrorCode::InvalidToken, QStringLiteral("the session has expired; log in again"), {}, {}});
    }
    if (agent)
        session.becomeStaff(*agent, resume->token);
    else
        session.becomeCustomer(principal->customerId, resume->token);
    QJsonObject payload = principalJson(session);
    payload.insert(QStringLiteral("token"), resume->token);
    payload.insert(QStringLiteral("head"), m_events->headSeq());
    sendAck(session, request, 0, payload);
}

void WarmlineServer::handleCustomerLogin(ClientSession &session, const Request &request)
{
    const auto login = readRequest<protocol::CustomerLoginRequest>(session, request);
    if (!login || refusedAsAuthenticated(session, request))
        return;
    if (!m_options.openCustomerChannel) {
        return sendError(session, request.id,
                         Error{ErrorCode::Forbidden,
                               QStringLiteral("customer connections are not enabled on this server "
                                              "(start it with --demo or --open-customer-channel)"),
                               {},
                               {}});
    }
    if (!m_accounts->customerName(login->customerId)) {
        return sendError(session, request.id,
                         Error{ErrorCode::NotFound,
                               QStringLiteral("no customer %1").arg(login->customerId),
                               QStringLiteral("payload.customerId"),
                               {}});
    }
    QString error;
    const QString token =
        m_accounts->createSession({0, login->customerId}, m_options.customerSessionLifetimeMs, &error);
    if (token.isEmpty())
        return sendError(session, request.id, Error{ErrorCode::Internal, error, {}, {}});
    session.becomeCustomer(login->customerId, token);
    QJsonObject payload = principalJson(session);
    payload.insert(QStringLiteral("token"), token);
    payload.insert(QStringLiteral("head"), m_events->headSeq());
    sendAck(session, request, 0, payload);
}

void WarmlineServer::handleLogout(ClientSession &session, const Request &request)
{
    m_accounts->deleteSession(session.token());
    sendAck(session, request, 0, {});
    session.socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out"));
}

QJsonObject WarmlineServer::snapshotFor(const ClientSession &session)
{
    QJsonArray conversations;
    QJsonArray messages;
    if (session.kind() == ClientSession::Kind::Staff) {
        for (const auto &conversation : m_conversations->conversations().openConversations())
            conversations.append(protocol::conversationToJson(conversation));
    } else {
        for (const auto &conversation :
             m_conversations->conversations().openConversationsOf(session.customerId())) {
            conversations.append(protocol::conversationToJson(conversation));
            for (const auto &message :
                 m_conversations->conversations().messages(conversation.id, std::nullopt, 50))
                messages.append(protocol::messageToJson(message));
        }
    }
    QJsonObject snapshot{{QStringLiteral("conversations"), conversations}};
    if (session.kind() == ClientSession::Kind::Customer)
        snapshot.insert(QStringLiteral("messages"), messages);
    return snapshot;
}

void WarmlineServer::handleSubscribe(ClientSession &session, const Request &request)
{
    const auto subscribe = readRequest<protocol::SubscribeRequest>(session, request);
    if (!subscribe)
        return;
    const QString allowed =
        session.kind() == ClientSession::Kind::Staff ? protocol::topic::conversations : protocol::topic::mine;
    for (const QString &topic : subscribe->topics) {
        if (topic != allowed) {
            return sendError(
                session, request.id,
                Error{ErrorCode::Forbidden,
                      QStringLiteral("topic \"%1\" is not available to this connection; use \"%2\"")
                          .arg(topic, allowed),
                      QStringLiteral("payload.topics"),
                      {}});
        }
    }
    const qint64 head = m_events->headSeq();
    if (!subscribe->since) {
        session.setSubscribed(true);
        QJsonObject payload{{QStringLiteral("head"), head},
                            {QStringLiteral("snapshot"), snapshotFor(session)}};
        return sendAck(session, request, 0, payload);
    }
    qint64 since = *subscribe->since;
    if (since > head || since < m_events->oldestRetainedSeq() - 1) {
        return sendError(
            session, request.id,
            Error{ErrorCode::ResnapshotRequired,
                  QStringLiteral("cannot resume from %1 (log holds %2..%3); subscribe without since")
                      .arg(since)
                      .arg(m_events->oldestRetainedSeq())
                      .arg(head),
                  QStringLiteral("payload.since"),
                  {{QStringLiteral("head"), head}}});
    }
    const qint64 customerFilter = session.kind() == ClientSession::Kind::Customer ? session.customerId() : 0;
    int replayed = 0;
    for (;;) {
        const auto batch = m_events->readAfter(since, customerFilter, 500);
        for (const storage::StoredEvent &event : batch)
            session.send(protocol::encodeEvent(event.seq, event.kind, event.payload));
        replayed += int(batch.size());
        if (batch.size() < 500)
            break;
        since = batch.constLast().seq;
    }
    session.setSubscribed(true);
    sendAck(session, request, 0, {{QStringLiteral("head"), head}, {QStringLiteral("replayed"), replayed}});
}

void WarmlineServer::handleHistory(ClientSession &session, const Request &request)
{
    const auto history = readRequest<protocol::HistoryRequest>(session, request);
    if (!history)
        return;
    const auto conversation = m_conversations->conversations().summary(history->conversationId);
    if (!conversation || (session.kind() == ClientSession::Kind::Customer &&
                          conversation->customerId != session.customerId())) {
        return sendError(session, request.id,
                         Error{ErrorCode::NotFound,
                               QStringLiteral("conversation %1 does not exist").arg(history->conversationId),
                               QStringLiteral("payload.conversationId"),
                               {}});
    }
    QJsonArray messages;
    for (const auto &message : m_conversations->conversations().messages(
             history->conversationId, history->beforeMessageId, history->limit))
        messages.append(protocol::messageToJson(message));
    sendAck(session, request, 0,
            {{QStringLiteral("conversation"), protocol::conversationToJson(*conversation)},
             {QStringLiteral("messages"), messages}});
}

void WarmlineServer::handleAccept(ClientSession &session, const Request &request)
{
    const auto accept = readRequest<protocol::AcceptRequest>(session, request);
    if (!accept)
        return;
    if (!requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_conversations->accept(work, session.agent(), accept->conversationId, now);
    });
}

void WarmlineServer::handleReply(ClientSession &session, const Request &request)
{
    const auto reply = readRequest<protocol::ReplyRequest>(session, request);
    if (!reply)
        return;
    if (!requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_conversations->reply(work, session.agent(), reply->conversationId, reply->text, request.id,
                                      now);
    });
}

void WarmlineServer::handleResolve(ClientSession &session, const Request &request)
{
    const auto resolve = readRequest<protocol::ResolveRequest>(session, request);
    if (!resolve)
        return;
    if (!requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_conversations->resolve(work, session.agent(), resolve->conversationId, now);
    });
}

void WarmlineServer::handleCustomerMessage(ClientSession &session, const Request &request)
{
    const auto message = readRequest<protocol::CustomerMessageRequest>(session, request);
    if (!message)
        return;
    if (session.kind() != ClientSession::Kind::Customer) {
        return sendError(session, request.id,
                         Error{ErrorCode::Forbidden, QStringLiteral("customer connections only"), {}, {}});
    }
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_conversations->customerMessage(work, session.customerId(), message->channel, message->text,
                                                request.id, now, message->orderId);
    });
}

bool WarmlineServer::requireStaff(ClientSession &session, const Request &request)
{
    if (session.kind() == ClientSession::Kind::Staff)
        return true;
    sendError(session, request.id, Error{ErrorCode::Forbidden, QStringLiteral("staff only"), {}, {}});
    return false;
}

void WarmlineServer::handleProfile(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ProfileRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    if (asked->orderId) {
        const auto owner = m_profiles->orderOwner(asked->orderId);
        if (!owner || owner->customerId != asked->customerId) {
            return sendError(session, request.id,
                             Error{ErrorCode::NotFound,
                                   QStringLiteral("order %1 is not an order of customer %2")
                                       .arg(asked->orderId)
                                       .arg(asked->customerId),
                                   QStringLiteral("payload.orderId"),
                                   {}});
        }
    }
    const auto profile = m_profiles->profile(asked->customerId, asked->orderId);
    if (!profile) {
        return sendError(session, request.id,
                         Error{ErrorCode::NotFound,
                               QStringLiteral("no customer %1").arg(asked->customerId),
                               QStringLiteral("payload.customerId"),
                               {}});
    }
    sendAck(session, request, 0, protocol::profileToJson(*profile));
}

void WarmlineServer::handleOrders(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::OrdersRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    const auto [rows, total] = m_profiles->orders(asked->query);
    QJsonArray items;
    for (const auto &row : rows)
        items.append(protocol::orderToJson(row));
    sendAck(session, request, 0,
            {{QStringLiteral("total"), total},
             {QStringLiteral("offset"), asked->query.offset},
             {QStringLiteral("items"), items}});
}

void WarmlineServer::handleOrderDetail(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::OrderDetailRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    const auto order = m_profiles->order(asked->orderId);
    if (!order) {
        return sendError(session, request.id,
                         Error{ErrorCode::NotFound,
                               QStringLiteral("order %1 does not exist").arg(asked->orderId),
                               QStringLiteral("payload.orderId"),
                               {}});
    }
    QJsonArray complaints;
    for (const auto &complaint : m_profiles->complaintsOfOrder(asked->orderId))
        complaints.append(protocol::complaintToJson(complaint));
    QJsonArray conversations;
    for (const auto &entry : m_profiles->timelineOfOrder(asked->orderId))
        conversations.append(protocol::timelineToJson(entry));
    sendAck(session, request, 0,
            {{QStringLiteral("order"), protocol::orderToJson(*order)},
             {QStringLiteral("complaints"), complaints},
             {QStringLiteral("conversations"), conversations}});
}

void WarmlineServer::handleComplaintCreate(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ComplaintCreateRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_conversations->createComplaint(work, asked->orderId, asked->category, asked->conversationId,
                                                now);
    });
}

void WarmlineServer::handleSetOrder(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::SetOrderRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_conversations->setOrder(work, asked->conversationId, asked->orderId, now);
    });
}

namespace {

QJsonObject templateCountsToJson(const QString &templateId, const storage::TemplateCounts &counts)
{
    return {{QStringLiteral("id"), templateId},
            {QStringLiteral("inserted"), counts.inserted},
            {QStringLiteral("sent"), counts.sent},
            {QStringLiteral("edited"), counts.edited},
            {QStringLiteral("ignored"), counts.ignored}};
}

} // namespace

void WarmlineServer::handleAssistFeedback(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::AssistFeedbackRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    const assist::KnowledgeBase *knowledgeBase = m_bot ? m_bot->knowledgeBase() : nullptr;
    performIdempotent(session, request, [&](UnitOfWork &, qint64 now) -> Outcome {
        const auto messages =
            m_conversations->conversations().messages(asked->conversationId, asked->messageId + 1, 1);
        if (messages.isEmpty() || messages.constFirst().id != asked->messageId ||
            messages.constFirst().sender != core::Sender::Customer) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("message %1 is not a customer message of conversation %2")
                             .arg(asked->messageId)
                             .arg(asked->conversationId),
                         QStringLiteral("payload.messageId"),
                         {}};
        }
        if (asked->source == QLatin1StringView("intent") && asked->templateId.isEmpty()) {
            return Error{ErrorCode::InvalidField,
                         QStringLiteral("an intent suggestion names its template"),
                         QStringLiteral("payload.templateId"),
                         {}};
        }
        // With the knowledge base loaded, names it does not know are refused rather than stored.
        if (knowledgeBase) {
            if (!asked->intent.isEmpty() && !knowledgeBase->intent(asked->intent)) {
                return Error{ErrorCode::InvalidField,
                             QStringLiteral("unknown intent %1").arg(asked->intent),
                             QStringLiteral("payload.intent"),
                             {}};
            }
            if (!asked->templateId.isEmpty() && !knowledgeBase->replyTemplate(asked->templateId)) {
                return Error{ErrorCode::InvalidField,
                             QStringLiteral("unknown reply template %1").arg(asked->templateId),
                             QStringLiteral("payload.templateId"),
                             {}};
            }
        }
        storage::SuggestionFeedback feedback;
        feedback.agentId = session.agent().id;
        feedback.conversationId = asked->conversationId;
        feedback.messageId = asked->messageId;
        feedback.intent = asked->intent;
        feedback.templateId = asked->templateId;
        feedback.source = asked->source;
        feedback.action = asked->action;
        const auto id = m_assist->record(feedback, now);
        if (!id)
            return Error{
                ErrorCode::Internal, QStringLiteral("could not record the feedback; try again"), {}, {}};
        QJsonObject payload{{QStringLiteral("feedbackId"), *id}};
        if (!asked->templateId.isEmpty()) {
            const auto counts = m_assist->templateCounts(asked->templateId);
            payload.insert(QStringLiteral("template"), templateCountsToJson(asked->templateId, counts));
        }
        return Success{payload, 0};
    });
    // Labelled messages teach the bot's model; retraining starts in the background, after the commit.
    if (m_bot && !asked->intent.isEmpty() &&
        (asked->action == QLatin1StringView("sent") || asked->action == QLatin1StringView("edited")))
        m_bot->noteLearned();
}

void WarmlineServer::handleAssistState(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::AssistStateRequest>(session, request);
    if (!asked)
        return;
    if (!requireStaff(session, request))
        return;
    QJsonArray templates;
    const auto counts = m_assist->templateCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        templates.append(templateCountsToJson(it.key(), *it));
    }
    QJsonArray learned;
    for (const storage::LearnedExample &example : m_assist->learnedExamples(asked->learnedLimit))
        learned.append(
            QJsonObject{{QStringLiteral("text"), example.text}, {QStringLiteral("intent"), example.intent}});
    QJsonArray pastReplies;
    for (const storage::PastReply &reply : m_assist->pastReplies(asked->pastReplyLimit)) {
        pastReplies.append(QJsonObject{{QStringLiteral("conversationId"), reply.conversationId},
                                       {QStringLiteral("question"), reply.question},
                                       {QStringLiteral("reply"), reply.reply}});
    }
    sendAck(session, request, 0,
            {{QStringLiteral("templates"), templates},
             {QStringLiteral("learned"), learned},
             {QStringLiteral("pastReplies"), pastReplies},
             {QStringLiteral("modelVersion"), m_bot ? m_bot->modelVersion() : 0},
             {QStringLiteral("botLearned"),
              m_bot && m_bot->engine() ? qint64(m_bot->engine()->learnedExamples()) : 0}});
}

void WarmlineServer::handleCompensationOptions(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::CompensationOptionsRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    sendOutcome(session, request, m_compensation->options(session.agent(), asked->complaintId, nowMs()));
}

void WarmlineServer::handleCompensationDecide(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::CompensationDecideRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_compensation->decide(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleCompensationApproval(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::CompensationApprovalRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_compensation->requestApproval(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleCompensationOffer(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::CompensationOfferRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_compensation->offer(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleCompensationChoose(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::CompensationChooseRequest>(session, request);
    if (!asked)
        return;
    if (session.kind() != ClientSession::Kind::Customer) {
        return sendError(session, request.id,
                         Error{ErrorCode::Forbidden,
                               QStringLiteral("the customer chooses; customer connections only"),
                               {},
                               {}});
    }
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_compensation->choose(work, session.customerId(), *asked, now);
    });
}

void WarmlineServer::handleApprovalList(ClientSession &session, const Request &request)
{
    if (!requireStaff(session, request))
        return;
    sendOutcome(session, request, m_compensation->approvals(session.agent()));
}

void WarmlineServer::handleApprovalApprove(ClientSession &session, const Request &request)
{
    handleApprovalAnswer(session, request, protocol::ApprovalAnswerRequest::Answer::Approve);
}

void WarmlineServer::handleApprovalReject(ClientSession &session, const Request &request)
{
    handleApprovalAnswer(session, request, protocol::ApprovalAnswerRequest::Answer::Reject);
}

void WarmlineServer::handleApprovalAmend(ClientSession &session, const Request &request)
{
    handleApprovalAnswer(session, request, protocol::ApprovalAnswerRequest::Answer::Amend);
}

void WarmlineServer::handleApprovalAnswer(ClientSession &session, const Request &request,
                                          protocol::ApprovalAnswerRequest::Answer answer)
{
    protocol::PayloadReader reader(request.payload);
    const auto asked = protocol::ApprovalAnswerRequest::read(reader, answer);
    if (!reader.ok())
        return sendError(session, request.id, reader.error());
    if (!requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_compensation->answer(work, session.agent(), asked, now);
    });
}

void WarmlineServer::handleAuthoritySet(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::AuthoritySetRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_compensation->setAuthority(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleAuthorityGet(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::AuthorityGetRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    sendOutcome(session, request, m_compensation->authority(session.agent(), asked->agentId, nowMs()));
}

} // namespace warmline::server
