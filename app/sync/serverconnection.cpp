#include "sync/serverconnection.h"

#include "protocol/limits.h"
#include "protocol/messages.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUuid>
#include <QWebSocketHandshakeOptions>

Q_LOGGING_CATEGORY(lcConnection, "warmline.connection")

namespace warmline::sync {

using protocol::Error;
using protocol::ErrorCode;
using protocol::ServerFrame;

namespace {
constexpr int firstRetryMs = 500;
constexpr int defaultPort = 8765;
} // namespace

std::optional<QUrl> parseServerAddress(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return std::nullopt;
    QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("ws://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        (url.scheme() != QLatin1StringView("ws") && url.scheme() != QLatin1StringView("wss")))
        return std::nullopt;
    if (url.port() == 0)
        return std::nullopt;
    if (url.port() < 0 && url.scheme() == QLatin1StringView("ws"))
        url.setPort(defaultPort);
    return url;
}

int reconnectDelayMs(int attempt, double unitRandom)
{
    const int base = std::min(maxReconnectDelayMs, firstRetryMs << std::clamp(attempt, 0, 10));
    return std::max(100, int(base * (0.7 + 0.6 * std::clamp(unitRandom, 0.0, 1.0))));
}

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(16 * protocol::maxSocketMessageBytes);
    connect(&m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onTextMessage);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_sinceHeard.restart(); });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                m_lastProblem = m_socket.errorString();
                qCDebug(lcConnection) << "socket error" << m_lastProblem;
            });
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &ServerConnection::drainSendQueue);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ServerConnection::open);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerConnection::checkHeartbeat);
    // When the machine's network comes back, try at once instead of waiting for the backoff.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site)
                        reconnectNow();
                });
    }
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
    // Not failPending(): whoever made those requests (the outbox, a controller) may be gone
    // already, and nobody is left to tell. A request in flight is retried by its owner's next
    // start (the outbox keeps replies on disk).
    m_pending.clear();
}

void ServerConnection::setStaffCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_customerId = 0;
    forgetSession();
}

void ServerConnection::setCustomerIdentity(qint64 customerId)
{
    m_customerId = customerId;
    m_user.clear();
    m_password.clear();
    forgetSession();
}

void ServerConnection::forgetSession()
{
    // Another identity starts from nothing: no token, no stream position, a fresh snapshot.
    m_token.clear();
    m_principal = {};
    m_synchronizedOnce = false;
    m_lastSeq = 0;
}

void ServerConnection::setHeartbeatInterval(int milliseconds)
{
    m_heartbeatMs = milliseconds;
    if (m_heartbeat.isActive())
        m_heartbeat.start(m_heartbeatMs);
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcConnection) << "state" << state;
    emit stateChanged(state);
}

void ServerConnection::open()
{
    m_wanted = true;
    m_reconnect.stop();
    if (m_state != State::Disconnected)
        return;
    setState(State::Connecting);
    m_lastProblem.clear();
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(protocol::subprotocol)});
    m_socket.open(QNetworkRequest(m_url), options);
}

void ServerConnection::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_heartbeat.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
    else
        setState(State::Disconnected);
}

void ServerConnection::dropConnection()
{
    m_socket.abort();
}

void ServerConnection::reconnectNow()
{
    if (m_state == State::Disconnected && m_wanted) {
        m_attempt = 0;
        open();
    }
}

void ServerConnection::resynchronize()
{
    if (m_state == State::Live || m_state == State::Synchronizing)
        subscribe(false);
}

int ServerConnection::secondsUntilRetry() const
{
    if (!m_reconnect.isActive())
        return -1;
    return std::max<int>(0, int((m_reconnectDelayMs - m_reconnectClock.elapsed() + 999) / 1000));
}

QString ServerConnection::newOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ServerConnection::connectionLost(const ServerFrame &reply)
{
    return reply.kind == ServerFrame::Kind::Error &&
           reply.error.details.value(QStringLiteral("connectionLost")).toBool();
}

QString ServerConnection::request(const QString &type, const QJsonObject &payload, ReplyHandler handler,
                                  const QString &operationId)
{
    const QString id = operationId.isEmpty() ? newOperationId() : operationId;
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        if (handler) {
            ServerFrame lost;
            lost.kind = ServerFrame::Kind::Error;
            lost.requestId = id;
            lost.error = Error{ErrorCode::Internal,
                               QStringLiteral("not connected"),
                               {},
                               {{QStringLiteral("connectionLost"), true}}};
            // Asynchronously, so callers see the same ordering as for a real reply.
            QMetaObject::invokeMethod(
                this, [handler, lost] { handler(lost); }, Qt::QueuedConnection);
        }
        return id;
    }
    const QByteArray frame = protocol::encodeRequest({type, id, payload});
    if (handler)
        m_pending.insert(id, Pending{std::move(handler), frame, 0});
    transmit(frame);
    return id;
}

void ServerConnection::onConnected()
{
    if (m_socket.subprotocol() != QLatin1StringView(protocol::subprotocol)) {
        m_lastProblem = tr("The server does not speak %1.").arg(QString::fromLatin1(protocol::subprotocol));
        emit problem(m_lastProblem);
        m_socket.close(QWebSocketProtocol::CloseCodeProtocolError);
        return;
    }
    m_sinceHeard.start();
    m_heartbeat.start(m_heartbeatMs);
    // The server's bucket for this connection starts full; so does ours, a little smaller.
    m_sendQueue.clear();
    m_sendTokens = protocol::rateBurst - 5;
    m_sinceRefill.start();
    setState(State::Authenticating);
    authenticate();
}

void ServerConnection::authenticate()
{
    auto onReply = [this](const Answer<protocol::SignedInReply> &reply) {
        if (reply.ok()) {
            m_token = reply->token;
            m_principal = reply.value();
            m_principal.token.clear();
            emit authenticated();
            setState(State::Synchronizing);
            subscribe(m_synchronizedOnce);
            return;
        }
        if (reply.connectionLost())
            return;
        if (reply.error.code == ErrorCode::InvalidToken) {
            m_token.clear(); // the session expired: log in again with the credentials
            authenticate();
            return;
        }
        m_lastProblem = reply.error.message;
        m_wanted = false;
        emit authenticationFailed(reply.error);
        m_socket.close();
    };
    if (!m_token.isEmpty()) {
        request(protocol::ResumeRequest{m_token}, onReply);
    } else if (m_customerId > 0) {
        request(protocol::CustomerLoginRequest{m_customerId}, onReply);
    } else {
        request(protocol::LoginRequest{m_user, m_password, QStringLiteral("warmline/" WARMLINE_VERSION)},
                onReply);
    }
}

void ServerConnection::subscribe(bool resume)
{
    protocol::SubscribeRequest message;
    message.topics = m_topics;
    if (resume)
        message.since = m_lastSeq;
    request(message, [this](const Answer<protocol::SubscribeReply> &reply) {
        if (reply.ok()) {
            if (reply->snapshot) {
                m_lastSeq = reply->head;
                emit snapshotReceived(*reply->snapshot, m_lastSeq);
            }
            m_synchronizedOnce = true;
            m_attempt = 0;
            setState(State::Live);
            return;
        }
        if (reply.connectionLost())
            return;
        if (reply.error.code == ErrorCode::ResnapshotRequired) {
            qCInfo(lcConnection) << "gap too old to replay; taking a fresh snapshot";
            subscribe(false);
            return;
        }
        m_lastProblem = reply.error.message;
        emit problem(m_lastProblem);
    });
}

void ServerConnection::onTextMessage(const QString &text)
{
    m_sinceHeard.restart();
    QString why;
    const auto frame = protocol::parseServerFrame(text.toUtf8(), &why);
    if (!frame) {
        qCWarning(lcConnection) << "ignoring unreadable server frame:" << why;
        return;
    }
    if (frame->kind == ServerFrame::Kind::Event) {
        if (frame->seq <= m_lastSeq)
            return; // already applied (a replay overlapping what we had)
        m_lastSeq = frame->seq;
        emit eventReceived(frame->seq, frame->event, frame->payload);
        return;
    }
    const auto pending = m_pending.find(frame->requestId);
    if (pending != m_pending.end()) {
        // Over the rate: the server did nothing, so the same frame (same id) goes again after the
        // pause it asked for. A few times at most; then the caller hears about it.
        if (frame->kind == ServerFrame::Kind::Error && frame->error.code == ErrorCode::RateLimited &&
            pending->retries < 5) {
            ++pending->retries;
            const int delay =
                std::max(20, int(frame->error.details.value(QStringLiteral("retryAfterMs")).toInt())) *
                pending->retries;
            QTimer::singleShot(delay, this, [this, id = frame->requestId, bytes = pending->frame] {
                if (m_pending.contains(id) && m_socket.state() == QAbstractSocket::ConnectedState)
                    transmit(bytes);
            });
            return;
        }
        const ReplyHandler handler = std::move(pending->handler);
        m_pending.erase(pending);
        handler(*frame);
    } else if (frame->kind == ServerFrame::Kind::Error) {
        m_lastProblem = frame->error.message;
        emit problem(m_lastProblem);
    }
}

void ServerConnection::transmit(const QByteArray &frame)
{
    m_sendQueue.append(frame);
    drainSendQueue();
}

void ServerConnection::drainSendQueue()
{
    constexpr double rate = protocol::ratePerSecond * 0.9;
    constexpr double burst = protocol::rateBurst - 5;
    m_sendTokens = std::min(burst, m_sendTokens + double(m_sinceRefill.restart()) / 1000.0 * rate);
    while (!m_sendQueue.isEmpty() && m_sendTokens >= 1.0) {
        m_socket.sendTextMessage(QString::fromUtf8(m_sendQueue.takeFirst()));
        m_sendTokens -= 1.0;
    }
    if (!m_sendQueue.isEmpty() && !m_sendTimer.isActive())
        m_sendTimer.start(int((1.0 - m_sendTokens) * 1000.0 / rate) + 1);
}

void ServerConnection::failPending(const QString &why)
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        ServerFrame lost;
        lost.kind = ServerFrame::Kind::Error;
        lost.requestId = it.key();
        lost.error = Error{ErrorCode::Internal, why, {}, {{QStringLiteral("connectionLost"), true}}};
        it.value().handler(lost);
    }
}

void ServerConnection::onDisconnected()
{
    // The socket may say why only now (or never, for a clean close by the peer).
    if (m_lastProblem.isEmpty() && m_socket.error() != QAbstractSocket::UnknownSocketError)
        m_lastProblem = m_socket.errorString();
    m_heartbeat.stop();
    m_sendQueue.clear();
    m_sendTimer.stop();
    setState(State::Disconnected);
    failPending(QStringLiteral("the connection was lost"));
    if (m_wanted)
        scheduleReconnect();
}

void ServerConnection::scheduleReconnect()
{
    // Capped low (8 s): a workstation is one person waiting, and a few hundred of them retrying every
    // few seconds are nothing for the server.
    m_reconnectDelayMs = reconnectDelayMs(m_attempt, QRandomGenerator::global()->generateDouble());
    ++m_attempt;
    m_reconnectClock.start();
    m_reconnect.start(m_reconnectDelayMs);
    emit reconnectScheduled(m_reconnectDelayMs);
}

void ServerConnection::checkHeartbeat()
{
    if (m_sinceHeard.elapsed() > 3LL * m_heartbeatMs) {
        qCInfo(lcConnection) << "server silent for" << m_sinceHeard.elapsed() << "ms; reconnecting";
        m_socket.abort();
        return;
    }
    m_socket.ping();
}

void ServerConnection::dispatch(const EventHandlers &handlers, qint64 seq, const QString &kind,
                                const QJsonObject &payload)
{
    QString why;
    if (handlers.dispatch(seq, kind, payload, &why))
        return;
    qCWarning(lcConnection) << "ignoring an unreadable event:" << why;
    m_lastProblem = tr("An update from the server could not be read (%1); reconnect, or ask your "
                       "administrator whether the server was upgraded.")
                        .arg(why);
    emit problem(m_lastProblem);
}

bool ServerConnection::can(core::Permission permission) const
{
    if (m_principal.kind == QLatin1StringView("customer"))
        return core::allows(core::Principal::customer(), permission);
    if (!m_principal.isStaff())
        return core::allows(core::Principal::anonymous(), permission);
    return m_principal.role && core::allows(*m_principal.role, permission);
}

} // namespace warmline::sync
