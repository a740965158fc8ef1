#include "core/conversation.h"

#include <QJsonArray>

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

QJsonObject Handoff::toJson() const
{
    QJsonObject factsObject;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        factsObject.insert(it.key(), it.value());
    return {
        {QStringLiteral("reason"), reason},     {QStringLiteral("evidence"), evidence},
        {QStringLiteral("intent"), intent},     {QStringLiteral("confidence"), confidencePercent},
        {QStringLiteral("facts"), factsObject}, {QStringLiteral("tried"), QJsonArray::fromStringList(tried)},
        {QStringLiteral("summary"), summary},   {QStringLiteral("at"), atMs}};
}

std::optional<Handoff> Handoff::fromJson(const QJsonObject &object)
{
    Handoff handoff;
    handoff.reason = object.value(QStringLiteral("reason")).toString();
    if (handoff.reason.isEmpty())
        return std::nullopt;
    handoff.evidence = object.value(QStringLiteral("evidence")).toString();
    handoff.intent = object.value(QStringLiteral("intent")).toString();
    handoff.confidencePercent = object.value(QStringLiteral("confidence")).toInt();
    const QJsonObject factsObject = object.value(QStringLiteral("facts")).toObject();
    for (auto it = factsObject.begin(); it != factsObject.end(); ++it)
        handoff.facts.insert(it.key(), it.value().toString());
    for (const QJsonValue &value : object.value(QStringLiteral("tried")).toArray())
        handoff.tried.append(value.toString());
    handoff.summary = object.value(QStringLiteral("summary")).toString();
    handoff.atMs = object.value(QStringLiteral("at")).toInteger();
    return handoff;
}

} // namespace warmline::core
