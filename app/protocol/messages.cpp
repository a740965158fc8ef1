#include "protocol/messages.h"

#include "core/vocabulary.h"
#include "protocol/limits.h"
#include "protocol/profilejson.h"

#include <QJsonArray>

namespace warmline::protocol {

namespace {

const QString kConversationId = QStringLiteral("conversationId");
constexpr qint64 maxId = 9007199254740992LL; // 2^53: the largest integer JSON carries exactly

core::Channel readChannel(PayloadReader &reader, const QString &key)
{
    QStringList names;
    for (core::Channel channel : core::allChannels)
        names.append(core::channelName(channel));
    return core::channelFromName(reader.requiredOneOf(key, names)).value_or(core::Channel::Web);
}

QList<core::Remedy> readRemedies(PayloadReader &reader, const QString &key)
{
    QStringList kinds;
    for (const QString &resolution : core::resolutions()) {
        if (core::remedyFromKey(resolution))
            kinds.append(resolution);
    }
    QList<core::Remedy> remedies;
    const auto items = reader.requiredObjectList(key, 1, maxRemediesPerOption);
    for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
        PayloadReader item = reader.item(key, i, items.at(i));
        const QString kind = item.requiredOneOf(QStringLiteral("kind"), kinds);
        const qint64 amount = item.requiredAmount(QStringLiteral("amount"), 1, maxCompensationAmount);
        reader.adopt(item);
        if (!reader.ok())
            break;
        core::Remedy remedy;
        remedy.kind = core::remedyFromKey(kind).value_or(core::RemedyKind::Coupon);
        remedy.cost = core::Money::fromMinor(amount);
        for (const core::Remedy &earlier : std::as_const(remedies)) {
            if (earlier.kind == remedy.kind) {
                reader.reject(
                    ErrorCode::InvalidField, QStringLiteral("%1[%2].kind").arg(key).arg(i),
                    QStringLiteral("%1 names %2 twice; give each remedy once").arg(reader.path(key), kind));
                break;
            }
        }
        remedies.append(remedy);
    }
    return reader.ok() ? remedies : QList<core::Remedy>{};
}

QJsonArray remediesRequestJson(const QList<core::Remedy> &remedies)
{
    QJsonArray array;
    for (const core::Remedy &remedy : remedies)
        array.append(remedyRequestToJson(remedy));
    return array;
}

template<typename Request>
Request readDecision(PayloadReader &reader)
{
    Request request;
    request.complaintId = reader.requiredId(QStringLiteral("complaintId"));
    request.conversationId = reader.optionalInteger(kConversationId, 1, maxId).value_or(0);
    request.remedies = readRemedies(reader, QStringLiteral("remedies"));
    request.reason = reader.requiredText(QStringLiteral("reason"), maxReasonLength);
    return request;
}

template<typename Request>
QJsonObject decisionJson(const Request &request)
{
    QJsonObject object{{QStringLiteral("complaintId"), request.complaintId},
                       {QStringLiteral("remedies"), remediesRequestJson(request.remedies)},
                       {QStringLiteral("reason"), request.reason}};
    if (request.conversationId)
        object.insert(kConversationId, request.conversationId);
    return object;
}

} // namespace

QJsonObject remedyRequestToJson(const core::Remedy &remedy)
{
    return {{QStringLiteral("kind"), core::remedyKey(remedy.kind)},
            {QStringLiteral("amount"), remedy.cost.minor()}};
}

CompensationOptionsRequest CompensationOptionsRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(QStringLiteral("complaintId"))};
}

QJsonObject CompensationOptionsRequest::toJson() const
{
    return {{QStringLiteral("complaintId"), complaintId}};
}

CompensationDecideRequest CompensationDecideRequest::read(PayloadReader &reader)
{
    return readDecision<CompensationDecideRequest>(reader);
}

QJsonObject CompensationDecideRequest::toJson() const
{
    return decisionJson(*this);
}

CompensationApprovalRequest CompensationApprovalRequest::read(PayloadReader &reader)
{
    return readDecision<CompensationApprovalRequest>(reader);
}

QJsonObject CompensationApprovalRequest::toJson() const
{
    return decisionJson(*this);
}

CompensationOfferRequest CompensationOfferRequest::read(PayloadReader &reader)
{
    CompensationOfferRequest request;
    request.complaintId = reader.requiredId(QStringLiteral("complaintId"));
    request.conversationId = reader.optionalInteger(kConversationId, 1, maxId).value_or(0);
    const QString key = QStringLiteral("options");
    const auto items = reader.requiredObjectList(key, minOfferedOptions, maxOfferedOptions);
    for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
        PayloadReader item = reader.item(key, i, items.at(i));
        auto remedies = readRemedies(item, QStringLiteral("remedies"));
        reader.adopt(item);
        for (const auto &earlier : std::as_const(request.options)) {
            if (reader.ok() && core::remediesKey(earlier) == core::remediesKey(remedies) &&
                core::totalCost(earlier) == core::totalCost(remedies)) {
                reader.reject(ErrorCode::InvalidField, QStringLiteral("%1[%2]").arg(key).arg(i),
                              QStringLiteral("%1[%2] repeats an earlier option; offer different ones")
                                  .arg(reader.path(key))
                                  .arg(i));
            }
        }
        request.options.append(remedies);
    }
    request.reason = reader.requiredText(QStringLiteral("reason"), maxReasonLength);
    return request;
}

QJsonObject CompensationOfferRequest::toJson() const
{
    QJsonArray array;
    for (const auto &option : options)
        array.append(QJsonObject{{QStringLiteral("remedies"), remediesRequestJson(option)}});
    QJsonObject object{{QStringLiteral("complaintId"), complaintId},
                       {QStringLiteral("options"), array},
                       {QStringLiteral("reason"), reason}};
    if (conversationId)
        object.insert(kConversationId, conversationId);
    return object;
}

CompensationChooseRequest CompensationChooseRequest::read(PayloadReader &reader)
{
    CompensationChooseRequest request;
    request.compensationId = reader.requiredId(QStringLiteral("compensationId"));
    const QString key = QStringLiteral("option");
    const auto option = reader.optionalInteger(key, 0, maxOfferedOptions - 1);
    if (reader.ok() && !option)
        reader.reject(ErrorCode::MissingField, key, QStringLiteral("%1 is required").arg(reader.path(key)));
    request.option = int(option.value_or(0));
    return request;
}

QJsonObject CompensationChooseRequest::toJson() const
{
    return {{QStringLiteral("compensationId"), compensationId}, {QStringLiteral("option"), option}};
}

ApprovalAnswerRequest ApprovalAnswerRequest::read(PayloadReader &reader, Answer answer)
{
    ApprovalAnswerRequest request;
    request.answer = answer;
    request.compensationId = reader.requiredId(QStringLiteral("compensationId"));
    if (answer == Answer::Amend)
        request.remedies = readRemedies(reader, QStringLiteral("remedies"));
    if (answer == Answer::Approve)
        request.comment =
            reader.optionalString(QStringLiteral("comment"), maxCommentLength).value_or(QString());
    else
        request.comment = reader.requiredText(QStringLiteral("comment"), maxCommentLength);
    return request;
}

QJsonObject ApprovalAnswerRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("compensationId"), compensationId}};
    if (!comment.isEmpty())
        object.insert(QStringLiteral("comment"), comment);
    if (answer == Answer::Amend)
        object.insert(QStringLiteral("remedies"), remediesRequestJson(remedies));
    return object;
}

AuthoritySetRequest AuthoritySetRequest::read(PayloadReader &reader)
{
    AuthoritySetRequest request;
    request.agentId = reader.requiredId(QStringLiteral("agentId"));
    request.perCaseLimit = reader.requiredAmount(QStringLiteral("perCaseLimit"), 0, maxCompensationAmount);
    request.dailyBudget = reader.requiredAmount(QStringLiteral("dailyBudget"), 0, maxCompensationAmount);
    return request;
}

QJsonObject AuthoritySetRequest::toJson() const
{
    return {{QStringLiteral("agentId"), agentId},
            {QStringLiteral("perCaseLimit"), perCaseLimit},
            {QStringLiteral("dailyBudget"), dailyBudget}};
}

AuthorityGetRequest AuthorityGetRequest::read(PayloadReader &reader)
{
    return {reader.optionalInteger(QStringLiteral("agentId"), 1, maxId).value_or(0)};
}

QJsonObject AuthorityGetRequest::toJson() const
{
    if (!agentId)
        return {};
    return {{QStringLiteral("agentId"), agentId}};
}

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
    request.orderId = reader.optionalInteger(QStringLiteral("orderId"), 1, maxId).value_or(0);
    return request;
}

QJsonObject CustomerMessageRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("channel"), core::channelName(channel)},
                       {QStringLiteral("text"), text}};
    if (orderId)
        object.insert(QStringLiteral("orderId"), orderId);
    return object;
}

ProfileRequest ProfileRequest::read(PayloadReader &reader)
{
    ProfileRequest request;
    request.customerId = reader.requiredId(QStringLiteral("customerId"));
    request.orderId = reader.optionalInteger(QStringLiteral("orderId"), 1, maxId).value_or(0);
    return request;
}

QJsonObject ProfileRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("customerId"), customerId}};
    if (orderId)
        object.insert(QStringLiteral("orderId"), orderId);
    return object;
}

OrdersRequest OrdersRequest::read(PayloadReader &reader)
{
    OrdersRequest request;
    request.query.customerId = reader.requiredId(QStringLiteral("customerId"));
    QStringList sorts;
    for (auto sort :
         {core::OrderQuery::Sort::Date, core::OrderQuery::Sort::Product, core::OrderQuery::Sort::Merchant,
          core::OrderQuery::Sort::Amount, core::OrderQuery::Sort::Status})
        sorts.append(orderSortName(sort));
    if (const auto sort = reader.optionalOneOf(QStringLiteral("sort"), sorts))
        request.query.sort = orderSortFromName(*sort).value_or(core::OrderQuery::Sort::Date);
    request.query.descending = reader.optionalBool(QStringLiteral("descending")).value_or(true);
    request.query.filter =
        reader.optionalString(QStringLiteral("filter"), maxFilterLength).value_or(QString());
    request.query.offset = int(reader.optionalInteger(QStringLiteral("offset"), 0, 10'000'000).value_or(0));
    request.query.limit = int(reader.optionalInteger(QStringLiteral("limit"), 1, maxOrderPage).value_or(200));
    return request;
}

QJsonObject OrdersRequest::toJson() const
{
    return {
        {QStringLiteral("customerId"), query.customerId}, {QStringLiteral("sort"), orderSortName(query.sort)},
        {QStringLiteral("descending"), query.descending}, {QStringLiteral("filter"), query.filter},
        {QStringLiteral("offset"), query.offset},         {QStringLiteral("limit"), query.limit}};
}

OrderDetailRequest OrderDetailRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(QStringLiteral("orderId"))};
}

QJsonObject OrderDetailRequest::toJson() const
{
    return {{QStringLiteral("orderId"), orderId}};
}

ComplaintCreateRequest ComplaintCreateRequest::read(PayloadReader &reader)
{
    ComplaintCreateRequest request;
    request.orderId = reader.requiredId(QStringLiteral("orderId"));
    request.category = reader.requiredOneOf(QStringLiteral("category"), core::complaintCategories());
    request.conversationId = reader.optionalInteger(kConversationId, 1, maxId).value_or(0);
    return request;
}

QJsonObject ComplaintCreateRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("orderId"), orderId}, {QStringLiteral("category"), category}};
    if (conversationId)
        object.insert(kConversationId, conversationId);
    return object;
}

SetOrderRequest SetOrderRequest::read(PayloadReader &reader)
{
    SetOrderRequest request;
    request.conversationId = reader.requiredId(kConversationId);
    request.orderId = reader.requiredId(QStringLiteral("orderId"));
    return request;
}

QJsonObject SetOrderRequest::toJson() const
{
    return {{kConversationId, conversationId}, {QStringLiteral("orderId"), orderId}};
}

const QStringList &AssistFeedbackRequest::sources()
{
    static const QStringList list{QStringLiteral("intent"), QStringLiteral("article"),
                                  QStringLiteral("past_reply")};
    return list;
}

const QStringList &AssistFeedbackRequest::actions()
{
    static const QStringList list{QStringLiteral("inserted"), QStringLiteral("sent"),
                                  QStringLiteral("edited"), QStringLiteral("ignored")};
    return list;
}

AssistFeedbackRequest AssistFeedbackRequest::read(PayloadReader &reader)
{
    AssistFeedbackRequest request;
    request.conversationId = reader.requiredId(kConversationId);
    request.messageId = reader.requiredId(QStringLiteral("messageId"));
    request.source = reader.requiredOneOf(QStringLiteral("source"), sources());
    request.action = reader.requiredOneOf(QStringLiteral("action"), actions());
    request.intent = reader.optionalString(QStringLiteral("intent"), 64).value_or(QString());
    request.templateId = reader.optionalString(QStringLiteral("templateId"), 96).value_or(QString());
    return request;
}

QJsonObject AssistFeedbackRequest::toJson() const
{
    QJsonObject object{{kConversationId, conversationId},
                       {QStringLiteral("messageId"), messageId},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("action"), action}};
    if (!intent.isEmpty())
        object.insert(QStringLiteral("intent"), intent);
    if (!templateId.isEmpty())
        object.insert(QStringLiteral("templateId"), templateId);
    return object;
}

AssistStateRequest AssistStateRequest::read(PayloadReader &reader)
{
    AssistStateRequest request;
    request.learnedLimit =
        int(reader.optionalInteger(QStringLiteral("learnedLimit"), 0, 20000).value_or(2000));
    request.pastReplyLimit =
        int(reader.optionalInteger(QStringLiteral("pastReplyLimit"), 0, 5000).value_or(500));
    return request;
}

QJsonObject AssistStateRequest::toJson() const
{
    return {{QStringLiteral("learnedLimit"), learnedLimit},
            {QStringLiteral("pastReplyLimit"), pastReplyLimit}};
}

QJsonObject conversationToJson(const core::ConversationSummary &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("customerId"), c.customerId},
        {QStringLiteral("customerName"), c.customerName},
        {QStringLiteral("customerTier"), c.customerTier},
        {QStringLiteral("channel"), core::channelName(c.channel)},
        {QStringLiteral("status"), core::conversationStatusName(c.status)},
        {QStringLiteral("queue"), c.queue},
        {QStringLiteral("teamId"), c.teamId ? QJsonValue(c.teamId) : QJsonValue()},
        {QStringLiteral("assignedAgentId"), c.assignedAgentId ? QJsonValue(c.assignedAgentId) : QJsonValue()},
        {QStringLiteral("assignedAgentName"), c.assignedAgentName},
        {QStringLiteral("orderId"), c.orderId ? QJsonValue(c.orderId) : QJsonValue()},
        {QStringLiteral("lastMessage"), c.lastMessage},
        {QStringLiteral("lastMessageAt"), c.lastMessageAtMs},
        {QStringLiteral("createdAt"), c.createdAtMs},
        {QStringLiteral("queuedAt"), c.queuedAtMs ? QJsonValue(c.queuedAtMs) : QJsonValue()},
        {QStringLiteral("assignedAt"), c.assignedAtMs ? QJsonValue(c.assignedAtMs) : QJsonValue()},
        {QStringLiteral("updatedAt"), c.updatedAtMs},
        {QStringLiteral("handoff"), c.handoff ? QJsonValue(c.handoff->toJson()) : QJsonValue()},
        {QStringLiteral("transfer"), c.transfer ? QJsonValue(c.transfer->toJson()) : QJsonValue()},
        {QStringLiteral("offer"),
         c.offer ? QJsonValue(QJsonObject{{QStringLiteral("agentId"), c.offer->agentId},
                                          {QStringLiteral("agentName"), c.offer->agentName},
                                          {QStringLiteral("offeredAt"), c.offer->offeredAtMs},
                                          {QStringLiteral("expiresAt"), c.offer->expiresAtMs}})
                 : QJsonValue()},
    };
}

QJsonObject conversationForCustomer(QJsonObject conversation)
{
    for (const char *staffOnly : {"handoff", "transfer", "offer"})
        conversation.remove(QLatin1StringView(staffOnly));
    return conversation;
}

QJsonObject customerView(QJsonObject payload)
{
    const QString one = QStringLiteral("conversation");
    if (payload.value(one).isObject())
        payload.insert(one, conversationForCustomer(payload.value(one).toObject()));
    const QString many = QStringLiteral("conversations");
    if (payload.value(many).isArray()) {
        QJsonArray conversations = payload.value(many).toArray();
        for (auto item : conversations)
            item = conversationForCustomer(item.toObject());
        payload.insert(many, conversations);
    }
    const QString snapshot = QStringLiteral("snapshot");
    if (payload.value(snapshot).isObject())
        payload.insert(snapshot, customerView(payload.value(snapshot).toObject()));
    return payload;
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
    c.teamId = o.value(QStringLiteral("teamId")).toInteger();
    c.assignedAgentId = o.value(QStringLiteral("assignedAgentId")).toInteger();
    c.assignedAgentName = o.value(QStringLiteral("assignedAgentName")).toString();
    c.orderId = o.value(QStringLiteral("orderId")).toInteger();
    c.lastMessage = o.value(QStringLiteral("lastMessage")).toString();
    c.lastMessageAtMs = o.value(QStringLiteral("lastMessageAt")).toInteger();
    c.createdAtMs = o.value(QStringLiteral("createdAt")).toInteger();
    c.queuedAtMs = o.value(QStringLiteral("queuedAt")).toInteger();
    c.assignedAtMs = o.value(QStringLiteral("assignedAt")).toInteger();
    c.updatedAtMs = o.value(QStringLiteral("updatedAt")).toInteger();
    if (const QJsonValue handoff = o.value(QStringLiteral("handoff")); handoff.isObject())
        c.handoff = core::Handoff::fromJson(handoff.toObject());
    c.customerTier = o.value(QStringLiteral("customerTier")).toString(QStringLiteral("standard"));
    if (const QJsonValue transfer = o.value(QStringLiteral("transfer")); transfer.isObject())
        c.transfer = core::Transfer::fromJson(transfer.toObject());
    if (const QJsonObject offer = o.value(QStringLiteral("offer")).toObject(); !offer.isEmpty()) {
        c.offer = core::RoutingOffer{offer.value(QStringLiteral("agentId")).toInteger(),
                                     offer.value(QStringLiteral("agentName")).toString(),
                                     offer.value(QStringLiteral("offeredAt")).toInteger(),
                                     offer.value(QStringLiteral("expiresAt")).toInteger()};
    }
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
