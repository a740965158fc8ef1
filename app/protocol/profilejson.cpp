#include "protocol/profilejson.h"

#include <QJsonArray>

namespace warmline::protocol {

namespace {

QJsonObject countsToJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, qint64> countsFromJson(const QJsonValue &value)
{
    QMap<QString, qint64> counts;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

QString s(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

QJsonObject headerToJson(const core::CustomerHeader &h)
{
    return {{s("id"), h.id},
            {s("name"), h.name},
            {s("tier"), h.tier},
            {s("locale"), h.locale},
            {s("city"), h.city},
            {s("email"), h.email},
            {s("phone"), h.phone},
            {s("since"), h.sinceMs},
            {s("tags"), QJsonArray::fromStringList(h.tags)},
            {s("lifetimeSpend"), h.lifetimeSpend.minor()},
            {s("orderCount"), h.orderCount},
            {s("complaintCount"), h.complaintCount},
            {s("openComplaints"), h.openComplaints},
            {s("praiseCount"), h.praiseCount},
            {s("channels"), QJsonArray::fromStringList(h.channels)}};
}

core::CustomerHeader headerFromJson(const QJsonObject &o)
{
    core::CustomerHeader h;
    h.id = o.value(s("id")).toInteger();
    h.name = o.value(s("name")).toString();
    h.tier = o.value(s("tier")).toString();
    h.locale = o.value(s("locale")).toString();
    h.city = o.value(s("city")).toString();
    h.email = o.value(s("email")).toString();
    h.phone = o.value(s("phone")).toString();
    h.sinceMs = o.value(s("since")).toInteger();
    for (const QJsonValue &tag : o.value(s("tags")).toArray())
        h.tags.append(tag.toString());
    h.lifetimeSpend = core::Money::fromMinor(o.value(s("lifetimeSpend")).toInteger());
    h.orderCount = o.value(s("orderCount")).toInteger();
    h.complaintCount = o.value(s("complaintCount")).toInteger();
    h.openComplaints = o.value(s("openComplaints")).toInteger();
    h.praiseCount = o.value(s("praiseCount")).toInteger();
    for (const QJsonValue &channel : o.value(s("channels")).toArray())
        h.channels.append(channel.toString());
    return h;
}

QJsonObject orderToJson(const core::OrderRow &r)
{
    return {{s("id"), r.id},
            {s("orderNo"), r.orderNo},
            {s("orderedAt"), r.orderedAtMs},
            {s("deliveredAt"), r.deliveredAtMs},
            {s("productId"), r.productId},
            {s("productName"), r.productName},
            {s("merchantId"), r.merchantId},
            {s("merchantName"), r.merchantName},
            {s("quantity"), r.quantity},
            {s("amount"), r.amount.minor()},
            {s("status"), r.status},
            {s("complaints"), r.complaints}};
}

core::OrderRow orderFromJson(const QJsonObject &o)
{
    core::OrderRow r;
    r.id = o.value(s("id")).toInteger();
    r.orderNo = o.value(s("orderNo")).toString();
    r.orderedAtMs = o.value(s("orderedAt")).toInteger();
    r.deliveredAtMs = o.value(s("deliveredAt")).toInteger();
    r.productId = o.value(s("productId")).toInteger();
    r.productName = o.value(s("productName")).toString();
    r.merchantId = o.value(s("merchantId")).toInteger();
    r.merchantName = o.value(s("merchantName")).toString();
    r.quantity = o.value(s("quantity")).toInt();
    r.amount = core::Money::fromMinor(o.value(s("amount")).toInteger());
    r.status = o.value(s("status")).toString();
    r.complaints = o.value(s("complaints")).toInt();
    return r;
}

QJsonObject statsToJson(const core::EntityStats &st)
{
    return {{s("id"), st.id},
            {s("name"), st.name},
            {s("orders"), st.orders},
            {s("unitsSold"), st.unitsSold},
            {s("complaints"), st.complaints},
            {s("praises"), st.praises},
            {s("categories"), countsToJson(st.categories)},
            {s("aspects"), countsToJson(st.aspects)},
            {s("offered"), countsToJson(st.offered)},
            {s("accepted"), countsToJson(st.accepted)}};
}

core::EntityStats statsFromJson(const QJsonObject &o)
{
    core::EntityStats st;
    st.id = o.value(s("id")).toInteger();
    st.name = o.value(s("name")).toString();
    st.orders = o.value(s("orders")).toInteger();
    st.unitsSold = o.value(s("unitsSold")).toInteger();
    st.complaints = o.value(s("complaints")).toInteger();
    st.praises = o.value(s("praises")).toInteger();
    st.categories = countsFromJson(o.value(s("categories")));
    st.aspects = countsFromJson(o.value(s("aspects")));
    st.offered = countsFromJson(o.value(s("offered")));
    st.accepted = countsFromJson(o.value(s("accepted")));
    return st;
}

QJsonObject complaintToJson(const core::ComplaintRow &c)
{
    QJsonObject object{{s("id"), c.id},
                       {s("orderId"), c.orderId},
                       {s("category"), c.category},
                       {s("resolution"), c.resolution.isEmpty() ? QJsonValue() : QJsonValue(c.resolution)},
                       {s("createdAt"), c.createdAtMs},
                       {s("conversationId"), c.conversationId ? QJsonValue(c.conversationId) : QJsonValue()}};
    object.insert(s("accepted"), c.accepted ? QJsonValue(*c.accepted) : QJsonValue());
    return object;
}

core::ComplaintRow complaintFromJson(const QJsonObject &o)
{
    core::ComplaintRow c;
    c.id = o.value(s("id")).toInteger();
    c.orderId = o.value(s("orderId")).toInteger();
    c.category = o.value(s("category")).toString();
    c.resolution = o.value(s("resolution")).toString();
    if (o.value(s("accepted")).isBool())
        c.accepted = o.value(s("accepted")).toBool();
    c.createdAtMs = o.value(s("createdAt")).toInteger();
    c.conversationId = o.value(s("conversationId")).toInteger();
    return c;
}

QJsonObject timelineToJson(const core::TimelineEntry &e)
{
    return {{s("conversationId"), e.conversationId},
            {s("channel"), core::channelName(e.channel)},
            {s("status"), core::conversationStatusName(e.status)},
            {s("createdAt"), e.createdAtMs},
            {s("resolvedAt"), e.resolvedAtMs},
            {s("summary"), e.summary},
            {s("agentName"), e.agentName},
            {s("firstMessage"), e.firstMessage},
            {s("orderId"), e.orderId},
            {s("orderNo"), e.orderNo},
            {s("messageCount"), e.messageCount},
            {s("compensation"), e.compensation.minor()}};
}

core::TimelineEntry timelineFromJson(const QJsonObject &o)
{
    core::TimelineEntry e;
    e.conversationId = o.value(s("conversationId")).toInteger();
    e.channel = core::channelFromName(o.value(s("channel")).toString()).value_or(core::Channel::Web);
    e.status = core::conversationStatusFromName(o.value(s("status")).toString())
                   .value_or(core::ConversationStatus::Resolved);
    e.createdAtMs = o.value(s("createdAt")).toInteger();
    e.resolvedAtMs = o.value(s("resolvedAt")).toInteger();
    e.summary = o.value(s("summary")).toString();
    e.agentName = o.value(s("agentName")).toString();
    e.firstMessage = o.value(s("firstMessage")).toString();
    e.orderId = o.value(s("orderId")).toInteger();
    e.orderNo = o.value(s("orderNo")).toString();
    e.messageCount = o.value(s("messageCount")).toInt();
    e.compensation = core::Money::fromMinor(o.value(s("compensation")).toInteger());
    return e;
}

QString orderSortName(core::OrderQuery::Sort sort)
{
    switch (sort) {
    case core::OrderQuery::Sort::Date:
        return s("date");
    case core::OrderQuery::Sort::Product:
        return s("product");
    case core::OrderQuery::Sort::Merchant:
        return s("merchant");
    case core::OrderQuery::Sort::Amount:
        return s("amount");
    case core::OrderQuery::Sort::Status:
        return s("status");
    }
    return s("date");
}

std::optional<core::OrderQuery::Sort> orderSortFromName(QStringView name)
{
    using Sort = core::OrderQuery::Sort;
    for (Sort sort : {Sort::Date, Sort::Product, Sort::Merchant, Sort::Amount, Sort::Status}) {
        if (orderSortName(sort) == name)
            return sort;
    }
    return std::nullopt;
}

} // namespace warmline::protocol
