#pragma once

#include "core/conversation.h"
#include "protocol/error.h"
#include "server/unitofwork.h"
#include "storage/accountstore.h"
#include "storage/conversationstore.h"
#include "storage/profilestore.h"

#include <QJsonObject>
#include <variant>

namespace warmline::server {

struct Success
{
    QJsonObject payload;
    qint64 seq = 0; // the last event the operation produced (0: none)
};
using Outcome = std::variant<Success, protocol::Error>;

// The conversation rules: routing into the queue, accepting, replying, resolving. Every method
// runs inside the caller's UnitOfWork and appends the events it causes; it never publishes.
class ConversationService final
{
public:
    ConversationService(QSqlDatabase db, storage::AccountStore &accounts, storage::ProfileStore &profiles);

    // orderId (optional, 0: none) names the order the customer writes about; it must be theirs.
    Outcome customerMessage(UnitOfWork &work, qint64 customerId, core::Channel channel, const QString &text,
                            const QString &clientOpId, qint64 nowMs, qint64 orderId = 0);
    Outcome setOrder(UnitOfWork &work, qint64 conversationId, qint64 orderId, qint64 nowMs);
    Outcome createComplaint(UnitOfWork &work, qint64 orderId, const QString &category, qint64 conversationId,
                            qint64 nowMs);
    Outcome accept(UnitOfWork &work, const storage::AgentRecord &agent, qint64 conversationId, qint64 nowMs);
    Outcome reply(UnitOfWork &work, const storage::AgentRecord &agent, qint64 conversationId,
                  const QString &text, const QString &clientOpId, qint64 nowMs);
    Outcome resolve(UnitOfWork &work, const storage::AgentRecord &agent, qint64 conversationId, qint64 nowMs);

    storage::ConversationStore &conversations() { return m_conversations; }

private:
    std::optional<qint64> appendConversationEvent(UnitOfWork &work, const QString &kind,
                                                  const core::ConversationSummary &conversation,
                                                  qint64 nowMs);
    std::optional<qint64> appendMessageEvent(UnitOfWork &work, const core::Message &message,
                                             const core::ConversationSummary &conversation, qint64 nowMs);

    storage::ConversationStore m_conversations;
    storage::AccountStore &m_accounts;
    storage::ProfileStore &m_profiles;
};

} // namespace warmline::server
