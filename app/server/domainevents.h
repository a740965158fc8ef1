#pragma once

#include "protocol/error.h"
#include "storage/accountstore.h"

#include <functional>
#include <optional>
#include <QList>
#include <QString>
#include <variant>

namespace warmline::server {

class UnitOfWork;

// What happened, said by the service that did it, inside the unit of work that did it. Other
// modules subscribe (opening-line outcomes today; metrics and the case library later), so the
// same rules run whoever entered: a socket, the simulator or the web chat page.
namespace domain {

struct CustomerWrote
{
    qint64 conversationId = 0;
    qint64 customerId = 0;
    qint64 messageId = 0;
    QString text;
    bool opened = false; // the message opened the conversation
};

struct AgentReplied
{
    storage::AgentRecord agent;
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString text; // trimmed, as stored
};

struct ConversationResolved
{
    storage::AgentRecord agent; // who resolved it
    qint64 conversationId = 0;
    qint64 assigneeId = 0;     // whose load it was (0: it was waiting)
    qint64 offeredAgentId = 0; // whose routing offer it ended (0: none)
};

// A person got a conversation (accepted it, or it was transferred or assigned to them), or it
// went back to a queue (agentId 0).
struct ConversationAssigned
{
    qint64 conversationId = 0;
    qint64 agentId = 0;
    qint64 previousAgentId = 0; // 0: it was waiting
    qint64 offeredAgentId = 0;  // whose routing offer it ended (0: none)
};

struct HandedOff
{
    qint64 conversationId = 0;
    QString reason; // core::handoffReasonName
};

// Decided, offered, chosen, approved, rejected, amended or escalated: every audited change.
struct CompensationChanged
{
    QString action; // the audit action, e.g. compensation.decided, approval.requested
    QString actor;  // agent:<id>, customer:<id> or system
    qint64 complaintId = 0;
    qint64 compensationId = 0;
    qint64 conversationId = 0; // 0: outside a conversation
    QString status;            // core::compensationStatusName after the change
};

using Event = std::variant<CustomerWrote, AgentReplied, ConversationResolved, ConversationAssigned, HandedOff,
                           CompensationChanged>;

} // namespace domain

// Subscribers run synchronously in the raiser's transaction, in subscription order; the first
// error stops the chain and rolls the whole unit of work back, so a consequence is recorded
// exactly when its cause is.
class DomainEventBus final
{
public:
    template<typename E>
    using Handler = std::function<std::optional<protocol::Error>(UnitOfWork &, const E &, qint64 nowMs)>;

    template<typename E>
    void subscribe(Handler<E> handler)
    {
        m_subscribers.append([handler = std::move(handler)](UnitOfWork &work, const domain::Event &event,
                                                            qint64 nowMs) -> std::optional<protocol::Error> {
            if (const E *typed = std::get_if<E>(&event))
                return handler(work, *typed, nowMs);
            return std::nullopt;
        });
    }

    std::optional<protocol::Error> raise(UnitOfWork &work, const domain::Event &event, qint64 nowMs) const;

private:
    using Subscriber =
        std::function<std::optional<protocol::Error>(UnitOfWork &, const domain::Event &, qint64 nowMs)>;
    QList<Subscriber> m_subscribers;
};

} // namespace warmline::server
