#pragma once

#include "core/permission.h"
#include "protocol/answered.h"
#include "protocol/envelope.h"
#include "sync/answer.h"
#include "sync/eventhandlers.h"

#include <concepts>
#include <functional>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace warmline::sync {

// A request struct of protocol/messages.h; with a Reply when its ack is described (schema.h).
template<typename Message>
concept RequestMessage = requires(const Message &m)
{
    {
        Message::type
        } -> std::convertible_to<QString>;
    {
        m.toJson()
        } -> std::convertible_to<QJsonObject>;
};
template<typename Message>
concept AnsweredMessage = RequestMessage<Message> && requires
{
    typename Message::Reply;
};

// What a person typed as a server address, as a WebSocket URL: ws:// or wss:// with a host, or a
// bare "host" / "host:port" (ws://, port 8765 by default). Anything else — spaces, another scheme,
// no host, a port out of range — is nullopt, so a typo is refused instead of silently meaning
// something else.
std::optional<QUrl> parseServerAddress(const QString &text);

// The wait before reconnect attempt `attempt` (0 first): 0.5 s doubling up to maxReconnectDelayMs,
// times a jitter of 0.7–1.3 from `unitRandom` in [0, 1) so that a restarted server is not hit by
// every workstation in the same instant.
inline constexpr int maxReconnectDelayMs = 8000;
int reconnectDelayMs(int attempt, double unitRandom);

// The client end of warmline.v1: an explicit state machine that the UI only observes.
//   Disconnected → Connecting → Authenticating → Synchronizing → Live
// It reconnects with exponential backoff and jitter, resumes the session with its token, and
// resumes the event stream from the last seq it applied (or takes a fresh snapshot when the
// server says the gap is too old). Events are delivered in order, each exactly once.
class ServerConnection final : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Authenticating, Synchronizing, Live };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const protocol::ServerFrame &reply)>;

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;
    Q_DISABLE_COPY_MOVE(ServerConnection)

    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    void setStaffCredentials(const QString &user, const QString &password);
    void setCustomerIdentity(qint64 customerId);
    void setTopics(const QStringList &topics) { m_topics = topics; }
    void setHeartbeatInterval(int milliseconds);

    void open();
    // Closes for good: no reconnect until open() is called again.
    void close();
    // Drops the socket as if the network failed (tests and the "reconnect now" action use it).
    void dropConnection();
    void reconnectNow();
    // Asks for a fresh snapshot (a model that started observing late uses it).
    void resynchronize();

    State state() const { return m_state; }
    // Who the connection is signed in as (empty kind before the first sign-in).
    const protocol::SignedInReply &principal() const { return m_principal; }
    // Whether the signed-in principal holds a permission, by the same matrix the server checks
    // (the server decides; this only keeps the interface from offering what would be refused).
    bool can(core::Permission permission) const;
    qint64 lastAppliedSeq() const { return m_lastSeq; }
    // Seconds until the next reconnect attempt, or -1 when none is scheduled.
    int secondsUntilRetry() const;
    QString lastProblem() const { return m_lastProblem; }

    // Sends a request; the handler gets exactly one ack or error. When the connection drops first,
    // the handler gets a client-made error with connectionLost() true. Returns the operation id.
    QString request(const QString &type, const QJsonObject &payload, ReplyHandler handler = {},
                    const QString &operationId = {});
    // The typed form: the request type comes from the message struct and the handler gets its
    // typed reply, so type, payload and answer cannot drift apart.
    template<AnsweredMessage Message>
    QString request(const Message &message,
                    std::function<void(const Answer<typename Message::Reply> &answer)> handler = {},
                    const QString &operationId = {})
    {
        ReplyHandler onFrame;
        if (handler) {
            onFrame = [handler = std::move(handler)](const protocol::ServerFrame &frame) {
                handler(Answer<typename Message::Reply>::of(frame));
            };
        }
        return request(Message::type, message.toJson(), std::move(onFrame), operationId);
    }
    static bool connectionLost(const protocol::ServerFrame &reply);
    // Hands a pushed event to the handler for its kind; one that does not read is reported as a
    // problem (and logged), never applied.
    void dispatch(const EventHandlers &handlers, qint64 seq, const QString &kind, const QJsonObject &payload);
    static QString newOperationId();

signals:
    void stateChanged(warmline::sync::ServerConnection::State state);
    // Signed in (again): principal() says who.
    void authenticated();
    // Credentials were refused: the connection stops retrying until open() is called again.
    void authenticationFailed(const warmline::protocol::Error &error);
    void snapshotReceived(const warmline::protocol::Snapshot &snapshot, qint64 head);
    void eventReceived(qint64 seq, const QString &kind, const QJsonObject &payload);
    void reconnectScheduled(int milliseconds);
    void problem(const QString &description);

private:
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void authenticate();
    void subscribe(bool resume);
    void scheduleReconnect();
    void checkHeartbeat();
    void failPending(const QString &why);
    void transmit(const QByteArray &frame);
    void drainSendQueue();
    void forgetSession();

    QWebSocket m_socket;
    QUrl m_url;
    QString m_user;
    QString m_password;
    qint64 m_customerId = 0;
    QStringList m_topics;
    QString m_token;
    protocol::SignedInReply m_principal;
    State m_state = State::Disconnected;
    bool m_wanted = false;
    bool m_synchronizedOnce = false;
    qint64 m_lastSeq = 0;
    int m_attempt = 0;
    QTimer m_reconnect;
    QElapsedTimer m_reconnectClock;
    int m_reconnectDelayMs = 0;
    QTimer m_heartbeat;
    QElapsedTimer m_sinceHeard;
    int m_heartbeatMs = 10000;
    QString m_lastProblem;
    struct Pending
    {
        ReplyHandler handler;
        QByteArray frame; // kept so that a rate-limited request can be sent again unchanged
        int retries = 0;
    };
    QHash<QString, Pending> m_pending;
    // Outgoing requests are paced a little under the server's per-connection rate, so that a
    // burst (paging through orders, an outbox after a reconnect) waits here instead of being refused.
    QList<QByteArray> m_sendQueue;
    double m_sendTokens = 0;
    QElapsedTimer m_sinceRefill;
    QTimer m_sendTimer;
};

} // namespace warmline::sync
