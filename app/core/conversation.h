#pragma once

#include "core/channel.h"

#include <optional>
#include <QString>

namespace warmline::core {

// bot: the customer-facing bot holds it; queued: waiting for a person; assigned: an agent owns it.
enum class ConversationStatus { Bot, Queued, Assigned, Resolved };

QString conversationStatusName(ConversationStatus status);
std::optional<ConversationStatus> conversationStatusFromName(QStringView name);

enum class Sender { Customer, Bot, Agent, System };

QString senderName(Sender sender);
std::optional<Sender> senderFromName(QStringView name);

// What a conversation list shows about one conversation.
struct ConversationSummary
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    Channel channel = Channel::Web;
    ConversationStatus status = ConversationStatus::Queued;
    QString queue;
    qint64 assignedAgentId = 0; // 0: nobody
    QString assignedAgentName;
    qint64 orderId = 0; // the order under discussion, 0: none named yet
    QString lastMessage;
    qint64 lastMessageAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 queuedAtMs = 0;
    qint64 updatedAtMs = 0;

    bool isOpen() const { return status != ConversationStatus::Resolved; }
    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    Sender sender = Sender::Customer;
    qint64 agentId = 0;
    QString authorName;
    QString body;
    qint64 createdAtMs = 0;
    QString clientOpId; // set on messages a client sent, so it can match them with its local echo

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace warmline::core
