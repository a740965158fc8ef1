#include "protocol/compensationjson.h"

namespace warmline::protocol {

namespace {

QString s(const char *key)
{
    return QString::fromLatin1(key);
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

} // namespace

QJsonObject remedyToJson(const core::Remedy &remedy)
{
    QJsonObject object{{s("kind"), core::remedyKey(remedy.kind)}, {s("amount"), remedy.cost.minor()}};
    if (remedy.kind == core::RemedyKind::PartialRefund)
        object.insert(s("percent"), remedy.percent);
    if (remedy.kind == core::RemedyKind::Points)
        object.insert(s("points"), remedy.points);
    return object;
}

std::optional<core::Remedy> remedyFromJson(const QJsonObject &object)
{
    const auto kind = core::remedyFromKey(object.value(s("kind")).toString());
    if (!kind)
        return std::nullopt;
    core::Remedy remedy;
    remedy.kind = *kind;
    remedy.cost = core::Money::fromMinor(object.value(s("amount")).toInteger());
    remedy.percent = object.value(s("percent")).toInt();
    remedy.points = object.value(s("points")).toInteger();
    return remedy;
}

QJsonArray remediesToJson(const QList<core::Remedy> &remedies)
{
    QJsonArray array;
    for (const core::Remedy &remedy : remedies)
        array.append(remedyToJson(remedy));
    return array;
}

QList<core::Remedy> remediesFromJson(const QJsonArray &array)
{
    QList<core::Remedy> remedies;
    for (const QJsonValue &value : array) {
        if (auto remedy = remedyFromJson(value.toObject()))
            remedies.append(*remedy);
    }
    return remedies;
}

QJsonObject optionToJson(const core::CompensationOption &option)
{
    return {{s("key"), option.key()},
            {s("remedies"), remediesToJson(option.remedies)},
            {s("cost"), option.cost.minor()},
            {s("acceptancePercent"), option.acceptancePercent},
            {s("authority"), core::authorityCheckName(option.authority)}};
}

core::CompensationOption optionFromJson(const QJsonObject &object)
{
    core::CompensationOption option;
    option.remedies = remediesFromJson(object.value(s("remedies")).toArray());
    option.cost = core::Money::fromMinor(object.value(s("cost")).toInteger());
    option.acceptancePercent = object.value(s("acceptancePercent")).toInt();
    const QString authority = object.value(s("authority")).toString();
    option.authority = authority == QLatin1StringView("within") ? core::AuthorityCheck::Within
                       : authority == QLatin1StringView("over_daily_budget")
                           ? core::AuthorityCheck::OverDailyBudget
                           : core::AuthorityCheck::OverCaseLimit;
    return option;
}

QJsonObject compensationToJson(const core::Compensation &c)
{
    QJsonArray options;
    for (const auto &option : c.options)
        options.append(remediesToJson(option));
    return {{s("id"), c.id},
            {s("kind"), core::compensationKindName(c.kind)},
            {s("status"), core::compensationStatusName(c.status)},
            {s("complaintId"), c.complaintId},
            {s("complaintCategory"), c.complaintCategory},
            {s("customerId"), c.customerId},
            {s("customerName"), c.customerName},
            {s("orderId"), c.orderId},
            {s("conversationId"), idOrNull(c.conversationId)},
            {s("agentId"), c.agentId},
            {s("agentName"), c.agentName},
            {s("options"), options},
            {s("chosenIndex"), c.chosenIndex >= 0 ? QJsonValue(c.chosenIndex) : QJsonValue()},
            {s("previousIndex"), c.previousIndex >= 0 ? QJsonValue(c.previousIndex) : QJsonValue()},
            {s("remedies"), remediesToJson(c.remedies)},
            {s("amount"), c.amount.minor()},
            {s("requestedAmount"), c.requestedAmount.minor()},
            {s("reason"), c.reason},
            {s("approverId"), idOrNull(c.approverId)},
            {s("approverName"), c.approverName},
            {s("approverComment"), c.approverComment},
            {s("escalated"), c.escalated},
            {s("createdAt"), c.createdAtMs},
            {s("updatedAt"), c.updatedAtMs},
            {s("switchDeadline"), c.switchDeadlineMs ? QJsonValue(c.switchDeadlineMs) : QJsonValue()},
            {s("orderAmount"), c.orderAmount.minor()},
            {s("orderGiven"), c.orderGiven.minor()}};
}

std::optional<core::Compensation> compensationFromJson(const QJsonObject &o)
{
    core::Compensation c;
    c.id = o.value(s("id")).toInteger();
    const auto kind = core::compensationKindFromName(o.value(s("kind")).toString());
    const auto status = core::compensationStatusFromName(o.value(s("status")).toString());
    if (c.id <= 0 || !kind || !status)
        return std::nullopt;
    c.kind = *kind;
    c.status = *status;
    c.complaintId = o.value(s("complaintId")).toInteger();
    c.complaintCategory = o.value(s("complaintCategory")).toString();
    c.customerId = o.value(s("customerId")).toInteger();
    c.customerName = o.value(s("customerName")).toString();
    c.orderId = o.value(s("orderId")).toInteger();
    c.conversationId = o.value(s("conversationId")).toInteger();
    c.agentId = o.value(s("agentId")).toInteger();
    c.agentName = o.value(s("agentName")).toString();
    for (const QJsonValue &option : o.value(s("options")).toArray())
        c.options.append(remediesFromJson(option.toArray()));
    c.chosenIndex = o.value(s("chosenIndex")).isDouble() ? o.value(s("chosenIndex")).toInt() : -1;
    c.previousIndex = o.value(s("previousIndex")).isDouble() ? o.value(s("previousIndex")).toInt() : -1;
    c.remedies = remediesFromJson(o.value(s("remedies")).toArray());
    c.amount = core::Money::fromMinor(o.value(s("amount")).toInteger());
    c.requestedAmount = core::Money::fromMinor(o.value(s("requestedAmount")).toInteger());
    c.reason = o.value(s("reason")).toString();
    c.approverId = o.value(s("approverId")).toInteger();
    c.approverName = o.value(s("approverName")).toString();
    c.approverComment = o.value(s("approverComment")).toString();
    c.escalated = o.value(s("escalated")).toBool();
    c.createdAtMs = o.value(s("createdAt")).toInteger();
    c.updatedAtMs = o.value(s("updatedAt")).toInteger();
    c.switchDeadlineMs = o.value(s("switchDeadline")).toInteger();
    c.orderAmount = core::Money::fromMinor(o.value(s("orderAmount")).toInteger());
    c.orderGiven = core::Money::fromMinor(o.value(s("orderGiven")).toInteger());
    return c;
}

QJsonObject authorityToJson(const core::AuthorityStatus &a)
{
    const core::Authority authority = a.authority();
    return {{s("agentId"), a.agentId},
            {s("perCaseLimit"), a.perCaseLimit.minor()},
            {s("dailyBudget"), a.dailyBudget.minor()},
            {s("spentToday"), a.spentToday.minor()},
            {s("heldToday"), a.heldToday.minor()},
            {s("remainingToday"), authority.remainingToday().minor()},
            {s("custom"), a.custom},
            {s("mentored"), a.mentored}};
}

core::AuthorityStatus authorityFromJson(const QJsonObject &o)
{
    core::AuthorityStatus a;
    a.agentId = o.value(s("agentId")).toInteger();
    a.perCaseLimit = core::Money::fromMinor(o.value(s("perCaseLimit")).toInteger());
    a.dailyBudget = core::Money::fromMinor(o.value(s("dailyBudget")).toInteger());
    a.spentToday = core::Money::fromMinor(o.value(s("spentToday")).toInteger());
    a.heldToday = core::Money::fromMinor(o.value(s("heldToday")).toInteger());
    a.custom = o.value(s("custom")).toBool();
    a.mentored = o.value(s("mentored")).toBool();
    return a;
}

} // namespace warmline::protocol
