#include "server/modules/sessionmodule.h"

#include "protocol/conversationreplies.h"
#include "protocol/messages.h"
#include "server/clientsession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "warmline.server.session")

namespace warmline::server {

using core::Permission;
using protocol::Error;
using protocol::ErrorCode;

SessionModule::SessionModule(storage::AccountStore &accounts, storage::EventLog &events,
                             storage::ConversationStore &conversations, storage::RosterStore &roster,
                             const ServerOptions &options)
    : m_accounts(accounts)
    , m_events(events)
    , m_conversations(conversations)
    , m_roster(roster)
    , m_options(options)
{
}

void SessionModule::registerRoutes(Router &router)
{
    const auto route = [&](const QString &type, Permission permission,
                           void (SessionModule::*handler)(RequestContext &)) {
        router.add({type, permission, Route::Kind::Session, name(),
                    [this, handler](RequestContext &context) { (this->*handler)(context); }});
    };
    route(protocol::LoginRequest::type, Permission::SignIn, &SessionModule::login);
    route(protocol::ResumeRequest::type, Permission::SignIn, &SessionModule::resume);
    route(protocol::CustomerLoginRequest::type, Permission::SignIn, &SessionModule::customerLogin);
    route(protocol::LogoutRequest::type, Permission::SignOut, &SessionModule::logout);
    route(protocol::SubscribeRequest::type, Permission::Subscribe, &SessionModule::subscribe);
}

protocol::SignedInReply SessionModule::signedIn(const ClientSession &session, const QString &token) const
{
    protocol::SignedInReply reply;
    if (session.kind() == ClientSession::Kind::Customer) {
        reply.kind = QStringLiteral("customer");
        reply.customerId = session.customerId();
        reply.displayName = m_accounts.customerName(session.customerId()).value_or(QString());
    } else {
        const storage::AgentRecord &agent = session.agent();
        reply.kind = QStringLiteral("staff");
        reply.agentId = agent.id;
        reply.login = agent.login;
        reply.displayName = agent.displayName;
        reply.role = agent.role;
        reply.team = agent.teamName;
        // What they chose last time: a workstation shows it from the start.
        reply.presence = m_roster.chosen(agent.id);
    }
    reply.token = token;
    reply.head = m_events.headSeq();
    return reply;
}

void SessionModule::login(RequestContext &context)
{
    const auto login = context.read<protocol::LoginRequest>();
    if (!login)
        return;
    const auto agent = m_accounts.authenticate(login->user, login->password);
    if (!agent) {
        qCInfo(lcSession) << "failed login for" << login->user;
        return context.fail(
            Error{ErrorCode::InvalidCredentials, QStringLiteral("unknown user or wrong password"), {}, {}});
    }
    QString error;
    const QString token = m_accounts.createSession({agent->id, 0}, m_options.staffSessionLifetimeMs, &error);
    if (token.isEmpty())
        return context.fail(Error{ErrorCode::Internal, error, {}, {}});
    context.session.becomeStaff(*agent, m_accounts.scopeOf(*agent), token);
    qCInfo(lcSession) << "login" << agent->login << "client" << login->client;
    context.reply(signedIn(context.session, token));
}

void SessionModule::resume(RequestContext &context)
{
    const auto resume = context.read<protocol::ResumeRequest>();
    if (!resume)
        return;
    const auto principal = m_accounts.resolveSession(resume->token);
    std::optional<storage::AgentRecord> agent;
    if (principal && principal->agentId)
        agent = m_accounts.agent(principal->agentId);
    if (!principal || (principal->agentId && !agent)) {
        return context.fail(
            Error{ErrorCode::InvalidToken, QStringLiteral("the session has expired; log in again"), {}, {}});
    }
    if (agent)
        context.session.becomeStaff(*agent, m_accounts.scopeOf(*agent), resume->token);
    else
        context.session.becomeCustomer(principal->customerId, resume->token);
    context.reply(signedIn(context.session, resume->token));
}

void SessionModule::customerLogin(RequestContext &context)
{
    const auto login = context.read<protocol::CustomerLoginRequest>();
    if (!login)
        return;
    if (!m_options.openCustomerChannel) {
        return context.fail(Error{ErrorCode::Forbidden,
                                  QStringLiteral("customer connections are not enabled on this server "
                                                 "(start it with --demo or --open-customer-channel)"),
                                  {},
                                  {}});
    }
    if (!m_accounts.customerName(login->customerId)) {
        return context.fail(Error{ErrorCode::NotFound,
                                  QStringLiteral("no customer %1").arg(login->customerId),
                                  QStringLiteral("payload.customerId"),
                                  {}});
    }
    QString error;
    const QString token =
        m_accounts.createSession({0, login->customerId}, m_options.customerSessionLifetimeMs, &error);
    if (token.isEmpty())
        return context.fail(Error{ErrorCode::Internal, error, {}, {}});
    context.session.becomeCustomer(login->customerId, token);
    context.reply(signedIn(context.session, token));
}

void SessionModule::logout(RequestContext &context)
{
    m_accounts.deleteSession(context.session.token());
    context.reply(protocol::schema::Empty{});
    context.session.socket()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out"));
}

protocol::Snapshot SessionModule::snapshotFor(const ClientSession &session)
{
    protocol::Snapshot snapshot;
    if (session.kind() == ClientSession::Kind::Staff) {
        snapshot.conversations = m_conversations.openConversations(session.scope());
        return snapshot;
    }
    // What only staff may read of these is taken out by the transport.
    snapshot.conversations = m_conversations.openConversationsOf(session.customerId());
    QList<core::Message> messages;
    for (const auto &conversation : std::as_const(snapshot.conversations))
        messages.append(m_conversations.messages(conversation.id, std::nullopt, 50));
    snapshot.messages = std::move(messages);
    return snapshot;
}

void SessionModule::subscribe(RequestContext &context)
{
    const auto subscribe = context.read<protocol::SubscribeRequest>();
    if (!subscribe)
        return;
    ClientSession &session = context.session;
    const QString allowed =
        session.kind() == ClientSession::Kind::Staff ? protocol::topic::conversations : protocol::topic::mine;
    for (const QString &topic : subscribe->topics) {
        if (topic != allowed) {
            return context.fail(
                Error{ErrorCode::Forbidden,
                      QStringLiteral("topic \"%1\" is not available to this connection; use \"%2\"")
                          .arg(topic, allowed),
                      QStringLiteral("payload.topics"),
                      {}});
        }
    }
    const qint64 head = m_events.headSeq();
    if (!subscribe->since) {
        session.setSubscribed(true);
        return context.reply(protocol::SubscribeReply{head, snapshotFor(session), std::nullopt});
    }
    qint64 since = *subscribe->since;
    if (since > head || since < m_events.oldestRetainedSeq() - 1) {
        return context.fail(
            Error{ErrorCode::ResnapshotRequired,
                  QStringLiteral("cannot resume from %1 (log holds %2..%3); subscribe without since")
                      .arg(since)
                      .arg(m_events.oldestRetainedSeq())
                      .arg(head),
                  QStringLiteral("payload.since"),
                  {{QStringLiteral("head"), head}}});
    }
    const qint64 customerFilter = session.kind() == ClientSession::Kind::Customer ? session.customerId() : 0;
    int replayed = 0;
    for (;;) {
        const auto batch = m_events.readAfter(since, customerFilter, 500);
        for (const storage::StoredEvent &event : batch) {
            if (!session.mayReceive(event))
                continue;
            session.sendEvent(event);
            ++replayed;
        }
        if (batch.size() < 500)
            break;
        since = batch.constLast().seq;
    }
    session.setSubscribed(true);
    context.reply(protocol::SubscribeReply{head, std::nullopt, replayed});
}

} // namespace warmline::server
