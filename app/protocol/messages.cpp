#include "protocol/messages.h"

#include "protocol/limits.h"

#include <QJsonArray>

namespace warmline::protocol {

namespace {

const QString kConversationId = QStringLiteral("conversationId");

core::Channel readChannel(PayloadReader &reader, const QString &key)
{
    QStringList names;
    for (core::Channel channel : core::allChannels)
        names.append(core::channelName(channel));
    return core::channelFromName(reader.requiredOneOf(key, names)).value_or(core::Channel::Web);
}

} // namespace

LoginRequest LoginRequest::read(PayloadReader &reader)
{
    LoginRequest request;
    request.user = reader.requiredString(QStringLiteral("user"), maxLoginLength);
    request.password = reader.requiredString(QStringLiteral("password"), maxPasswordLength);
    request.client = reader.optionalString(QStringLiteral("client"), 64).value_or(QString());
    return request;
}

QJsonObject LoginRequest::toJson() const
{
    return {{QStringLiteral("user"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("client"), client}};
}

ResumeRequest ResumeRequest::read(PayloadReader &reader)
{
    return {reader.requiredString(QStringLiteral("token"), maxTokenLength)};
}

QJsonObject ResumeRequest::toJson() const
{
    return {{QStringLiteral("token"), token}};
}

CustomerLoginRequest CustomerLoginRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(QStringLiteral("customerId"))};
}

QJsonObject CustomerLoginRequest::toJson() const
{
    return {{QStringLiteral("customerId"), customerId}};
}

SubscribeRequest SubscribeRequest::read(PayloadReader &reader)
{
    SubscribeRequest request;
    request.topics = reader.requiredStringList(QStringLiteral("topics"), maxTopics, 64);
    request.since = reader.optionalInteger(QStringLiteral("since"), 0, std::numeric_limits<qint64>::max());
    return request;
}

QJsonObject SubscribeRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("topics"), QJsonArray::fromStringList(topics)}};
    if (since)
        object.insert(QStringLiteral("since"), *since);
    return object;
}

HistoryRequest HistoryRequest::read(PayloadReader &reader)
{
    HistoryRequest request;
    request.conversationId = reader.requiredId(kConversationId);
    request.beforeMessageId =
        reader.optionalInteger(QStringLiteral("beforeMessageId"), 1, std::numeric_limits<qint64>::max());
    request.limit = int(reader.optionalInteger(QStringLiteral("limit"), 1, maxHistoryPage).value_or(50));
    return request;
}

QJsonObject HistoryRequest::toJson() const
{
    QJsonObject object{{kConversationId, conversationId}, {QStringLiteral("limit"), limit}};
    if (beforeMessageId)
        object.insert(QStringLiteral("beforeMessageId"), *beforeMessageId);
    return object;
}

AcceptRequest AcceptRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(kConversationId)};
}

QJsonObject AcceptRequest::toJson() const
{
    return {{kConversationId, conversationId}};
}

ReplyRequest ReplyRequest::read(PayloadReader &reader)
{
    ReplyRequest request;
    request.conversationId = reader.requiredId(kConversationId);
    request.text = reader.requiredText(QStringLiteral("text"), maxMessageLength);
    return request;
}

QJsonObject ReplyRequest::toJson() const
{
    return {{kConversationId, conversationId}, {QStringLiteral("text"), text}};
}

ResolveRequest ResolveRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(kConversationId)};
}

QJsonObject ResolveRequest::toJson() const
{
    return {{kConversationId, conversationId}};
}

CustomerMessageRequest CustomerMessageRequest::read(PayloadReader &reader)
{
    CustomerMessageRequest request;
    request.channel = readChannel(reader, QStringLiteral("channel"));
    request.text = reader.requiredText(QStringLiteral("text"), maxMessageLength);
    return request;
}

QJsonObject CustomerMessageRequest::toJson() const
{
    return {{QStringLiteral("channel"), core::channelName(channel)}, {QStringLiteral("text"), text}};
}

QJsonObject conversationToJson(const core::ConversationSummary &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("customerId"), c.customerId},
        {QStringLiteral("customerName"), c.customerName},
        {QStringLiteral("channel"), core::channelName(c.channel)},
        {QStringLiteral("status"), core::conversationStatusName(c.status)},
        {QStringLiteral("queue"), c.queue},
        {QStringLiteral("assignedAgentId"), c.assignedAgentId ? QJsonValue(c.assignedAgentId) : QJsonValue()},
        {QStringLiteral("assignedAgentName"), c.assignedAgentName},
        {QStringLiteral("lastMessage"), c.lastMessage},
        {QStringLiteral("lastMessageAt"), c.lastMessageAtMs},
        {QStringLiteral("createdAt"), c.createdAtMs},
        {QStringLiteral("queuedAt"), c.queuedAtMs ? QJsonValue(c.queuedAtMs) : QJsonValue()},
        {QStringLiteral("updatedAt"), c.updatedAtMs},
    };
}

std::optional<core::ConversationSummary> conversationFromJson(const QJsonObject &o)
{
    core::ConversationSummary c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    const auto channel = core::channelFromName(o.value(QStringLiteral("channel")).toString());
    const auto status = core::conversationStatusFromName(o.value(QStringLiteral("status")).toString());
    if (c.id <= 0 || !channel || !status)
        return std::nullopt;
    c.channel = *channel;
    c.status = *status;
    c.customerId = o.value(QStringLiteral("customerId")).toInteger();
    c.customerName = o.value(QStringLiteral("customerName")).toString();
    c.queue = o.value(QStringLiteral("queue")).toString();
    c.assignedAgentId = o.value(QStringLiteral("assignedAgentId")).toInteger();
    c.assignedAgentName = o.value(QStringLiteral("assignedAgentName")).toString();
    c.lastMessage = o.value(QStringLiteral("lastMessage")).toString();
    c.lastMessageAtMs = o.value(QStringLiteral("lastMessageAt")).toInteger();
    c.createdAtMs = o.value(QStringLiteral("createdAt")).toInteger();
    c.queuedAtMs = o.value(QStringLiteral("queuedAt")).toInteger();
    c.updatedAtMs = o.value(QStringLiteral("updatedAt")).toInteger();
    return c;
}

QJsonObject messageToJson(const core::Message &m)
{
    QJsonObject object{
        {QStringLiteral("id"), m.id},
        {kConversationId, m.conversationId},
        {QStringLiteral("sender"), core::senderName(m.sender)},
        {QStringLiteral("authorName"), m.authorName},
        {QStringLiteral("body"), m.body},
        {QStringLiteral("createdAt"), m.createdAtMs},
    };
    if (m.agentId)
        object.insert(QStringLiteral("agentId"), m.agentId);
    if (!m.clientOpId.isEmpty())
        object.insert(QStringLiteral("clientOpId"), m.clientOpId);
    return object;
}

std::optional<core::Message> messageFromJson(const QJsonObject &o)
{
    core::Message m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.conversationId = o.value(kConversationId).toInteger();
    const auto sender = core::senderFromName(o.value(QStringLiteral("sender")).toString());
    if (m.id <= 0 || m.conversationId <= 0 || !sender)
        return std::nullopt;
    m.sender = *sender;
    m.agentId = o.value(QStringLiteral("agentId")).toInteger();
    m.authorName = o.value(QStringLiteral("authorName")).toString();
    m.body = o.value(QStringLiteral("body")).toString();
    m.createdAtMs = o.value(QStringLiteral("createdAt")).toInteger();
    m.clientOpId = o.value(QStringLiteral("clientOpId")).toString();
    return m;
}

} // namespace warmline::protocol
