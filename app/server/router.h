#pragma once

#include "core/permission.h"
#include "protocol/envelope.h"
#include "protocol/payloadreader.h"
#include "protocol/schema.h"
#include "server/conversationservice.h"
#include "server/result.h"
#include "server/unitofwork.h"

#include <functional>
#include <map>
#include <optional>
#include <QList>
#include <QString>

namespace warmline::server {

class ClientSession;
class RequestContext;

using Operation = std::function<Outcome(UnitOfWork &, qint64 nowMs)>;

// What a handler of request type Message returns: its typed reply (Message::Reply) or an error.
// Every request type names its Reply; one that does not, does not compile.
template<typename Message>
using AnswerOf = Result<typename Message::Reply>;

template<protocol::schema::Described Reply>
Outcome toOutcome(const Result<Reply> &result)
{
    if (const auto *error = std::get_if<protocol::Error>(&result))
        return *error;
    const auto &done = std::get<Done<Reply>>(result);
    return Success{protocol::schema::toJson(done.value), done.seq};
}

// What the transport does for a request's handler: answer it, and run state changes in one unit
// of work, idempotently under the request's id.
class RequestTransport
{
public:
    virtual ~RequestTransport() = default;
    virtual void answer(ClientSession &session, const protocol::Request &request, const Outcome &outcome) = 0;
    virtual Outcome performIdempotent(ClientSession &session, const protocol::Request &request,
                                      const Operation &operation) = 0;
    // Answers with the refusal and records it in the audit trail, naming what was refused.
    virtual void refuse(ClientSession &session, const protocol::Request &request,
                        const protocol::Error &error, const QString &target) = 0;
};

// One request in flight: who asked, what they asked, and how to answer.
class RequestContext final
{
public:
    RequestContext(RequestTransport &transport, ClientSession &session, const protocol::Request &request,
                   qint64 nowMs)
        : session(session)
        , request(request)
        , nowMs(nowMs)
        , m_transport(transport)
    {
    }

    ClientSession &session;
    const protocol::Request &request;
    const qint64 nowMs; // the server's clock when the request arrived

    const storage::AgentRecord &agent() const;
    qint64 customerId() const;

    void answer(const Outcome &outcome) { m_transport.answer(session, request, outcome); }
    void ack(const QJsonObject &payload = {}) { answer(Success{payload, 0}); }
    // Answers with a typed reply (no event produced).
    template<protocol::schema::Described Reply>
    void reply(const Reply &value)
    {
        answer(Success{protocol::schema::toJson(value), 0});
    }
    void fail(const protocol::Error &error) { answer(error); }
    // A principal asked for something outside what they may touch: answered and audited.
    void refuse(const protocol::Error &error, const QString &target)
    {
        m_transport.refuse(session, request, error, target);
    }
    // Runs the change once per request id (a replay gets the first result) and returns its outcome
    // without answering, for handlers with work to do after the commit.
    Outcome performIdempotent(const Operation &operation)
    {
        return m_transport.performIdempotent(session, request, operation);
    }

    // Reads the typed request; on a bad field answers with the typed error and returns nullopt.
    template<typename Message>
    std::optional<Message> read()
    {
        protocol::PayloadReader reader(request.payload);
        auto message = Message::read(reader);
        if (!reader.ok()) {
            fail(reader.error());
            return std::nullopt;
        }
        return message;
    }

private:
    RequestTransport &m_transport;
};

// Why a guard turned a request down, and what it was about ("conversation:12") for the audit trail.
struct Refusal
{
    protocol::Error error;
    QString target;
};

// The request table: one route per request type, with the permission the router checks before the
// handler runs. Feature modules add their routes; the transport only looks them up.
struct Route
{
    enum class Kind {
        Query,   // reads; answered from current state
        Command, // changes state in one unit of work, idempotent under the request id
        Session, // changes the connection itself (sign-in, subscriptions)
    };
    QString type;
    core::Permission permission = core::Permission::HandleConversation;
    Kind kind = Kind::Query;
    QString module; // the feature module that owns it, for the documentation
    std::function<void(RequestContext &)> handler;
};

class Router final
{
public:
    // Registers a route; a type registered twice is a programming error and stops the server.
    void add(Route route);
    const Route *find(const QString &type) const;
    // Every route, sorted by type.
    QList<const Route *> routes() const;

    // Decides from stored data whether this principal may act on what the request names (a
    // conversation of another team, say); a refusal is answered and audited before the handler runs.
    template<typename Message>
    using Guard = std::function<std::optional<Refusal>(RequestContext &, const Message &)>;

    // A read that answers with the handler's outcome.
    template<typename Message>
    void query(const QString &module, const QString &type, core::Permission permission,
               std::function<AnswerOf<Message>(RequestContext &, const Message &)> handle,
               Guard<Message> guard = {})
    {
        add({type, permission, Route::Kind::Query, module,
             [handle = std::move(handle), guard = std::move(guard)](RequestContext &context) {
                 const auto message = context.read<Message>();
                 if (!message || refused(context, guard, *message))
                     return;
                 context.answer(toOutcome(handle(context, *message)));
             }});
    }

    // A state change: read, then run inside one idempotent unit of work, then answer.
    template<typename Message>
    void
    command(const QString &module, const QString &type, core::Permission permission,
            std::function<AnswerOf<Message>(RequestContext &, const Message &, UnitOfWork &, qint64 nowMs)>
                handle,
            Guard<Message> guard = {})
    {
        add({type, permission, Route::Kind::Command, module,
             [handle = std::move(handle), guard = std::move(guard)](RequestContext &context) {
                 const auto message = context.read<Message>();
                 if (!message || refused(context, guard, *message))
                     return;
                 context.answer(context.performIdempotent([&](UnitOfWork &work, qint64 nowMs) {
                     return toOutcome(handle(context, *message, work, nowMs));
                 }));
             }});
    }

private:
    template<typename Message>
    static bool refused(RequestContext &context, const Guard<Message> &guard, const Message &message)
    {
        if (!guard)
            return false;
        const auto refusal = guard(context, message);
        if (refusal)
            context.refuse(refusal->error, refusal->target);
        return refusal.has_value();
    }

    std::map<QString, Route> m_routes;
};

} // namespace warmline::server
