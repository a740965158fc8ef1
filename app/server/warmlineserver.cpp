#include "server/warmlineserver.h"

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "server/clientsession.h"
#include "server/customersimulator.h"
#include "server/demoaccounts.h"
#include "server/modules/assistmodule.h"
#include "server/modules/casemodule.h"
#include "server/modules/compensationmodule.h"
#include "server/modules/conversationmodule.h"
#include "server/modules/mentoringmodule.h"
#include "server/modules/metricsmodule.h"
#include "server/modules/openinglinemodule.h"
#include "server/modules/profilemodule.h"
#include "server/modules/sessionmodule.h"
#include "server/modules/supervisionmodule.h"

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
    connect(&m_routingTick, &QTimer::timeout, this, &WarmlineServer::route);
    m_routingSoon.setSingleShot(true);
    m_routingSoon.setInterval(0);
    connect(&m_routingSoon, &QTimer::timeout, this, &WarmlineServer::route);
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
    m_audit = std::make_unique<storage::AuditLog>(m_db.connection());
    m_supervision = std::make_unique<SupervisionService>(
        m_db.connection(), *m_accounts, *m_conversations,
        SupervisionService::Options{m_options.routing, m_options.offerTimeoutMs});
    if (!m_supervision->reset()) {
        *error = QStringLiteral("cannot reset presence in %1").arg(m_options.databasePath);
        return false;
    }

    m_modules.push_back(std::make_unique<SessionModule>(
        *m_accounts, *m_events, m_conversations->conversations(), m_supervision->roster(), m_options));
    m_modules.push_back(std::make_unique<ConversationModule>(*m_conversations));
    m_modules.push_back(std::make_unique<ProfileModule>(*m_profiles));
    m_modules.push_back(std::make_unique<AssistModule>(*m_assist, *m_conversations, m_bot.get()));
    m_modules.push_back(std::make_unique<CompensationModule>(*m_compensation));
    m_modules.push_back(std::make_unique<OpeningLineModule>(*m_openings));
    m_modules.push_back(
        std::make_unique<SupervisionModule>(*m_supervision, *m_conversations, m_db.connection(), m_options));
    m_outcomeMetrics = std::make_unique<OutcomeMetrics>(m_db.connection());
    m_modules.push_back(std::make_unique<MetricsModule>(*m_outcomeMetrics));
    m_mentoring =
        std::make_unique<MentoringService>(m_db.connection(), *m_accounts, *m_conversations, *m_compensation);
    m_conversations->setReplyHold(m_mentoring.get());
    m_modules.push_back(std::make_unique<MentoringModule>(*m_mentoring, *m_supervision, *m_outcomeMetrics));
    m_cases = std::make_unique<CaseService>(m_db.connection(), m_conversations->conversations());
    m_modules.push_back(std::make_unique<CaseModule>(*m_cases, m_conversations->conversations()));
    for (const auto &module : m_modules) {
        module->registerRoutes(m_router);
        module->subscribeTo(m_domainEvents);
    }

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
    // Routing runs right after every change that may free or need an agent (see perform); the
    // tick only catches offers that lapse while nothing else happens.
    if (m_options.routing)
        m_routingTick.start(int(std::clamp<qint64>(m_options.offerTimeoutMs / 10, 100, 1000)));
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
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    if (!seedDemoAccounts(*m_accounts, error))
        return false;
    const auto report = storage::seedDemoData(m_db.connection(), m_options.demoData, error);
    if (!report)
        return false;
    if (!seedDemoCases(error))
        return false;
    qCInfo(lcServer) << "seeded demo data:" << report->customers << "customers," << report->orders
                     << "orders," << report->complaints << "complaints in"
                     << (QDateTime::currentMSecsSinceEpoch() - started) << "ms";
    return true;
}

bool WarmlineServer::seedDemoCases(QString *error)
{
    // A library that is not empty on the first run, written up by the demo's trainer.
    qint64 trainer = 0;
    for (qint64 id = 1; id <= m_accounts->agentCount() && !trainer; ++id) {
        const auto agent = m_accounts->agent(id);
        if (agent && agent->role == core::Role::Trainer)
            trainer = agent->id;
    }
    if (!trainer)
        return true;
    storage::WriteTransaction transaction(m_db.connection());
    const qint64 now =
        m_options.demoData.nowMs > 0 ? m_options.demoData.nowMs : QDateTime::currentMSecsSinceEpoch();
    if (!transaction.isActive() || !m_cases->seedDemoCases(trainer, now) || !transaction.commit()) {
        *error = QStringLiteral("cannot seed the demo case library");
        return false;
    }
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
    if (!m_sessions.remove(session->socket()))
        return;
    if (session->kind() == ClientSession::Kind::Staff)
        staffConnection(session->agent().id, -1);
    session->deleteLater();
}

void WarmlineServer::staffConnection(qint64 agentId, int delta)
{
    // Presence is per person: a second workstation signing in or out changes nothing others see.
    const int before = m_staffConnections.value(agentId);
    const int after = std::max(0, before + delta);
    if (after > 0)
        m_staffConnections.insert(agentId, after);
    else
        m_staffConnections.remove(agentId);
    if ((before == 0) == (after == 0))
        return;
    const Outcome outcome = perform([&](UnitOfWork &work, qint64 now) {
        return after > 0 ? m_supervision->connectionOpened(work, agentId, now)
                         : m_supervision->connectionClosed(work, agentId, now);
    });
    if (const auto *error = std::get_if<Error>(&outcome))
        qCWarning(lcServer) << "recording the presence of agent" << agentId << "failed:" << error->message;
}

void WarmlineServer::route()
{
    if (m_routing)
        return;
    m_routing = true;
    const Outcome outcome = perform([&](UnitOfWork &work, qint64 now) -> Outcome {
        if (auto error = m_supervision->route(work, now))
            return *error;
        return Success{{}, work.lastSeq()};
    });
    m_routing = false;
    if (const auto *error = std::get_if<Error>(&outcome))
        qCWarning(lcServer) << "routing failed:" << error->message;
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
    const qint64 idleBefore = now() - m_options.botIdleCloseMs;
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
    if (!session->takeRequestToken(now())) {
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
    const Route *route = m_router.find(request.type);
    if (!route) {
        sendError(*session, request.id,
                  Error{ErrorCode::UnknownType,
                        QStringLiteral("unknown request type \"%1\"").arg(request.type),
                        QStringLiteral("type"),
                        {}});
        return;
    }
    if (!core::allows(session->asPrincipal(), route->permission)) {
        refuse(*session, request, *route);
        return;
    }
    RequestContext context(*this, *session, request, now());
    const bool wasStaff = session->kind() == ClientSession::Kind::Staff;
    route->handler(context);
    if (!wasStaff && session->kind() == ClientSession::Kind::Staff)
        staffConnection(session->agent().id, +1);
}

void WarmlineServer::refuse(ClientSession &session, const Request &request, const Route &route)
{
    if (session.kind() == ClientSession::Kind::Anonymous) {
        // Nobody to hold to account yet: not audited (scanners would fill the trail).
        return sendError(session, request.id,
                         Error{ErrorCode::NotAuthenticated,
                               QStringLiteral("log in first (auth.login or auth.resume)"),
                               {},
                               {}});
    }
    const QString permission = core::permissionName(route.permission);
    // A connection keeps the principal it first proved: a second auth.* would let a relayed
    // customer connection become another customer, or a staff one someone else.
    const Error error =
        route.permission == core::Permission::SignIn
            ? Error{ErrorCode::AlreadyAuthenticated,
                    QStringLiteral("this connection is already logged in; open a new connection to sign in "
                                   "as someone else"),
                    {},
                    {}}
            : Error{ErrorCode::Forbidden,
                    QStringLiteral("%1 needs the %2 permission, which %3 does not have")
                        .arg(request.type, permission, session.roleLabel()),
                    {},
                    {{QStringLiteral("permission"), permission}}};
    qCInfo(lcServer) << "refused" << request.type << "from" << session.principal() << "lacking" << permission;
    refuse(session, request, error, QStringLiteral("request:%1").arg(request.type));
}

void WarmlineServer::refuse(ClientSession &session, const Request &request, const Error &error,
                            const QString &target)
{
    const QString actor = session.principal();
    QJsonObject details{{QStringLiteral("requestType"), request.type},
                        {QStringLiteral("requestId"), request.id},
                        {QStringLiteral("error"), protocol::errorCodeName(error.code)}};
    if (const QJsonValue permission = error.details.value(QStringLiteral("permission"));
        !permission.isUndefined())
        details.insert(QStringLiteral("permission"), permission);
    const Outcome audited = perform([&](UnitOfWork &, qint64 at) -> Outcome {
        storage::AuditEntry entry{0, at, actor, QStringLiteral("request.refused"), target, details};
        if (!m_audit->append(entry))
            return Error{ErrorCode::Internal, QStringLiteral("could not write the audit log"), {}, {}};
        return Success{};
    });
    if (std::holds_alternative<Error>(audited))
        qCWarning(lcServer) << "could not audit a refused" << request.type << "from" << actor;
    sendError(session, request.id, error);
}

qint64 WarmlineServer::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void WarmlineServer::answer(ClientSession &session, const Request &request, const Outcome &outcome)
{
    if (const auto *success = std::get_if<Success>(&outcome)) {
        // Whatever the handler answered, a customer never reads what staff keep between themselves.
        session.send(protocol::encodeAck(
            request.id, success->seq > 0 ? std::optional<qint64>(success->seq) : std::nullopt,
            session.kind() == ClientSession::Kind::Customer ? protocol::customerView(success->payload)
                                                            : success->payload));
    } else {
        sendError(session, request.id, std::get<Error>(outcome));
    }
}

void WarmlineServer::sendError(ClientSession &session, const QString &requestId, const Error &error)
{
    qCDebug(lcServer) << "error" << protocol::errorCodeName(error.code) << error.message;
    session.send(protocol::encodeError(requestId, error));
}

Error WarmlineServer::busyError()
{
    return Error{ErrorCode::Internal, QStringLiteral("the database is busy; try again"), {}, {}};
}

std::optional<Error> WarmlineServer::commitAndPublish(UnitOfWork &work)
{
    const auto events = work.commit();
    if (!events)
        return Error{ErrorCode::Internal, QStringLiteral("could not save the change; try again"), {}, {}};
    publish(*events);
    // Whatever changed may have freed an agent or queued a customer: route once the current
    // request is answered (a routing pass itself does not ask for another).
    if (!events->isEmpty() && m_options.routing && !m_routing)
        m_routingSoon.start();
    return std::nullopt;
}

Outcome WarmlineServer::performIdempotent(ClientSession &session, const Request &request,
                                          const Operation &operation)
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
    return outcome;
}

void WarmlineServer::publish(const QList<storage::StoredEvent> &events)
{
    for (const storage::StoredEvent &event : events) {
        const QByteArray frame = protocol::encodeEvent(event.seq, event.kind, event.payload);
        for (ClientSession *session : std::as_const(m_sessions)) {
            if (session->wantsEvent(event))
                session->sendEvent(event, frame);
        }
        emit eventPublished(event);
    }
}

} // namespace warmline::server
