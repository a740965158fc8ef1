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

namespace {

QJsonObject factsJson(const QMap<QString, QString> &facts)
{
    QJsonObject object;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> factsFromJson(const QJsonObject &object)
{
    QMap<QString, QString> facts;
    for (auto it = object.begin(); it != object.end(); ++it)
        facts.insert(it.key(), it.value().toString());
    return facts;
}

QString interfaceLanguage(const QString &locale)
{
    return locale.startsWith(QLatin1StringView("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

QMap<QString, QString> Handoff::factsFor(const QString &locale) const
{
    const auto it = localized.constFind(interfaceLanguage(locale));
    return it != localized.cend() ? it->facts : facts;
}

QString Handoff::summaryFor(const QString &locale) const
{
    const auto it = localized.constFind(interfaceLanguage(locale));
    return it != localized.cend() ? it->summary : summary;
}

QJsonObject Handoff::toJson() const
{
    QJsonObject localizedObject;
    for (auto it = localized.cbegin(); it != localized.cend(); ++it)
        localizedObject.insert(it.key(), QJsonObject{{QStringLiteral("facts"), factsJson(it->facts)},
                                                     {QStringLiteral("summary"), it->summary}});
    QJsonObject object{{QStringLiteral("reason"), reason},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("intent"), intent},
                       {QStringLiteral("confidence"), confidencePercent},
                       {QStringLiteral("facts"), factsJson(facts)},
                       {QStringLiteral("tried"), QJsonArray::fromStringList(tried)},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("at"), atMs}};
    if (!localizedObject.isEmpty())
        object.insert(QStringLiteral("localized"), localizedObject);
    return object;
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
    handoff.facts = factsFromJson(object.value(QStringLiteral("facts")).toObject());
    const QJsonObject localizedObject = object.value(QStringLiteral("localized")).toObject();
    for (auto it = localizedObject.begin(); it != localizedObject.end(); ++it) {
        const QJsonObject text = it.value().toObject();
        handoff.localized.insert(it.key(), {factsFromJson(text.value(QStringLiteral("facts")).toObject()),
                                            text.value(QStringLiteral("summary")).toString()});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("tried")).toArray())
        handoff.tried.append(value.toString());
    handoff.summary = object.value(QStringLiteral("summary")).toString();
    handoff.atMs = object.value(QStringLiteral("at")).toInteger();
    return handoff;
}

QJsonObject Transfer::toJson() const
{
    QJsonObject object{{QStringLiteral("fromAgentName"), fromAgentName},
                       {QStringLiteral("toQueue"), toQueue},
                       {QStringLiteral("byAgentId"), byAgentId},
                       {QStringLiteral("byAgentName"), byAgentName},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("at"), atMs}};
    object.insert(QStringLiteral("fromAgentId"), fromAgentId ? QJsonValue(fromAgentId) : QJsonValue());
    object.insert(QStringLiteral("toAgentId"), toAgentId ? QJsonValue(toAgentId) : QJsonValue());
    return object;
}

std::optional<Transfer> Transfer::fromJson(const QJsonObject &object)
{
    Transfer transfer;
    transfer.byAgentId = object.value(QStringLiteral("byAgentId")).toInteger();
    if (transfer.byAgentId <= 0)
        return std::nullopt;
    transfer.fromAgentId = object.value(QStringLiteral("fromAgentId")).toInteger();
    transfer.fromAgentName = object.value(QStringLiteral("fromAgentName")).toString();
    transfer.toAgentId = object.value(QStringLiteral("toAgentId")).toInteger();
    transfer.toQueue = object.value(QStringLiteral("toQueue")).toString();
    transfer.byAgentName = object.value(QStringLiteral("byAgentName")).toString();
    transfer.note = object.value(QStringLiteral("note")).toString();
    transfer.atMs = object.value(QStringLiteral("at")).toInteger();
    return transfer;
}

} // namespace warmline::core
