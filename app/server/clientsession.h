#pragma once

#include "core/permission.h"
#include "storage/accountstore.h"
#include "storage/eventlog.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QWebSocket>

namespace warmline::server {

// One connected peer: who it is, what it subscribed to, and its request budget.
class ClientSession final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Anonymous, Staff, Customer };

    explicit ClientSession(QWebSocket *socket, QObject *parent = nullptr);
    ~ClientSession() override;
    Q_DISABLE_COPY_MOVE(ClientSession)

    QWebSocket *socket() const { return m_socket.get(); }
    void send(const QByteArray &frame);
    // An event as this principal may read it: customers get their view of the conversation.
    // staffFrame: the event already encoded for staff (empty: encode it here).
    void sendEvent(const storage::StoredEvent &event, const QByteArray &staffFrame = {});

    Kind kind() const { return m_kind; }
    const storage::AgentRecord &agent() const { return m_agent; }
    // Staff only: the teams whose conversations and events this peer sees.
    const core::StaffScope &scope() const { return m_scope; }
    qint64 customerId() const { return m_customerId; }
    const QString &token() const { return m_token; }
    void becomeStaff(const storage::AgentRecord &agent, const core::StaffScope &scope, const QString &token);
    void becomeCustomer(qint64 customerId, const QString &token);
    // The key under which this peer's operations are remembered for idempotency.
    QString principal() const;
    // Who this is for the permission matrix.
    core::Principal asPrincipal() const;
    // "an agent", "a customer"…: for refusals that name who lacked a permission (logs, not UI).
    QString roleLabel() const;

    bool isSubscribed() const { return m_subscribed; }
    void setSubscribed(bool subscribed) { m_subscribed = subscribed; }
    // Whether this principal may see the event at all (live delivery and replay alike).
    bool mayReceive(const storage::StoredEvent &event) const;
    bool wantsEvent(const storage::StoredEvent &event) const { return m_subscribed && mayReceive(event); }

    // Token bucket on the server's clock; false when the peer is over its rate and the request
    // must be refused.
    bool takeRequestToken(qint64 nowMs);
    void markAlive() { m_sinceAlive.restart(); }
    qint64 silentForMs() const { return m_sinceAlive.elapsed(); }

private:
    std::unique_ptr<QWebSocket, void (*)(QWebSocket *)> m_socket;
    Kind m_kind = Kind::Anonymous;
    storage::AgentRecord m_agent;
    core::StaffScope m_scope;
    qint64 m_customerId = 0;
    QString m_token;
    bool m_subscribed = false;
    double m_tokens;
    qint64 m_refilledAtMs = -1; // -1: not yet (the bucket starts full)
    QElapsedTimer m_sinceAlive;
};

} // namespace warmline::server
