#include "core/conversation.h"

namespace warmline::core {

QString conversationStatusName(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Bot:
        return QStringLiteral("bot");
    case ConversationStatus::Queued:
        return QStringLiteral("queued");
    case ConversationStatus::Assigned:
        return QStringLiteral("assigned");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<ConversationStatus> conversationStatusFromName(QStringView name)
{
    for (auto status : {ConversationStatus::Bot, ConversationStatus::Queued, ConversationStatus::Assigned,
                        ConversationStatus::Resolved}) {
        if (conversationStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString senderName(Sender sender)
{
    switch (sender) {
    case Sender::Customer:
        return QStringLiteral("customer");
    case Sender::Bot:
        return QStringLiteral("bot");
    case Sender::Agent:
        return QStringLiteral("agent");
    case Sender::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<Sender> senderFromName(QStringView name)
{
    for (auto sender : {Sender::Customer, Sender::Bot, Sender::Agent, Sender::System}) {
        if (senderName(sender) == name)
            return sender;
    }
    return std::nullopt;
}

} // namespace warmline::core
