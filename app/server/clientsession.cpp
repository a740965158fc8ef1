#include "server/clientsession.h"

#include "protocol/envelope.h"
#include "protocol/limits.h"
#include "protocol/messages.h"

namespace warmline::server {

namespace {
// The socket may be inside one of its own signal emissions when the session goes away.
void deleteLaterSocket(QWebSocket *socket)
{
    if (socket)
        socket->deleteLater();
}
} // namespace

ClientSession::ClientSession(QWebSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket, &deleteLaterSocket)
    , m_tokens(protocol::rateBurst)
{
    m_sinceAlive.start();
}

ClientSession::~ClientSession() = default;

void ClientSession::send(const QByteArray &frame)
{
    if (m_socket && m_socket->isValid())
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void ClientSession::sendEvent(const storage::StoredEvent &event, const QByteArray &staffFrame)
{
    if (m_kind == Kind::Customer)
        send(protocol::encodeEvent(event.seq, event.kind, protocol::customerView(event.payload)));
    else
        send(staffFrame.isEmpty() ? protocol::encodeEvent(event.seq, event.kind, event.payload) : staffFrame);
}

void ClientSession::becomeStaff(const storage::AgentRecord &agent, const core::StaffScope &scope,
                                const QString &token)
{
    m_kind = Kind::Staff;
    m_agent = agent;
    m_scope = scope;
    m_token = token;
}

void ClientSession::becomeCustomer(qint64 customerId, const QString &token)
{
    m_kind = Kind::Customer;
    m_customerId = customerId;
    m_token = token;
}

QString ClientSession::principal() const
{
    switch (m_kind) {
    case Kind::Staff:
        return QStringLiteral("agent:%1").arg(m_agent.id);
    case Kind::Customer:
        return QStringLiteral("customer:%1").arg(m_customerId);
    case Kind::Anonymous:
        break;
    }
    return {};
}

bool ClientSession::mayReceive(const storage::StoredEvent &event) const
{
    switch (m_kind) {
    case Kind::Staff:
        return m_scope.reaches(event.audience);
    case Kind::Customer:
        return event.audience.customerVisible && event.customerId == m_customerId;
    case Kind::Anonymous:
        break;
    }
    return false;
}

core::Principal ClientSession::asPrincipal() const
{
    switch (m_kind) {
    case Kind::Staff:
        return core::Principal::staff(m_agent.role);
    case Kind::Customer:
        return core::Principal::customer();
    case Kind::Anonymous:
        break;
    }
    return core::Principal::anonymous();
}

QString ClientSession::roleLabel() const
{
    switch (m_kind) {
    case Kind::Staff:
        return QStringLiteral("the role %1").arg(core::roleName(m_agent.role));
    case Kind::Customer:
        return QStringLiteral("a customer");
    case Kind::Anonymous:
        break;
    }
    return QStringLiteral("an anonymous connection");
}

bool ClientSession::takeRequestToken(qint64 nowMs)
{
    const qint64 elapsedMs = m_refilledAtMs < 0 ? 0 : std::max<qint64>(0, nowMs - m_refilledAtMs);
    m_refilledAtMs = nowMs;
    const double elapsedSeconds = double(elapsedMs) / 1000.0;
    m_tokens = std::min<double>(protocol::rateBurst, m_tokens + elapsedSeconds * protocol::ratePerSecond);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace warmline::server
