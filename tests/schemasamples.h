#pragma once

// A value for every type acks and events carry, with every field set to something other than its
// default, so that a round trip that drops or mangles a field cannot go unnoticed. Described
// structs (protocol/schema.h) are filled field by field; domain values are written out here.

#include "protocol/answered.h"

#include <QJsonArray>

namespace warmline::test {

template<typename T>
struct Sample;

template<typename T>
T sample()
{
    return Sample<T>::make();
}

template<>
struct Sample<qint64>
{
    static qint64 make() { return 4242; }
};
template<>
struct Sample<int>
{
    static int make() { return 7; }
};
template<>
struct Sample<double>
{
    static double make() { return 2.5; }
};
template<>
struct Sample<bool>
{
    static bool make() { return true; }
};
template<>
struct Sample<QString>
{
    static QString make() { return QStringLiteral("王芳 sample"); }
};
template<>
struct Sample<core::Money>
{
    static core::Money make() { return core::Money::fromMinor(12345); }
};
template<>
struct Sample<QJsonObject>
{
    static QJsonObject make() { return {{QStringLiteral("key"), 1}}; }
};
template<typename T>
struct Sample<QMap<QString, T>>
{
    static QMap<QString, T> make() { return {{QStringLiteral("damaged_item"), Sample<T>::make()}}; }
};
template<typename T>
struct Sample<std::optional<T>>
{
    static std::optional<T> make() { return sample<T>(); }
};
template<typename T>
struct Sample<QList<T>>
{
    static QList<T> make() { return {sample<T>()}; }
};
template<>
struct Sample<core::Role>
{
    static core::Role make() { return core::Role::Supervisor; }
};
template<>
struct Sample<core::Presence>
{
    static core::Presence make() { return core::Presence::Busy; }
};
template<>
struct Sample<core::Channel>
{
    static core::Channel make() { return core::Channel::WeChat; }
};
template<>
struct Sample<core::CompensationStatus>
{
    static core::CompensationStatus make() { return core::CompensationStatus::Switched; }
};
template<>
struct Sample<core::HeldReply::State>
{
    static core::HeldReply::State make() { return core::HeldReply::State::Returned; }
};
template<>
struct Sample<core::Sender>
{
    static core::Sender make() { return core::Sender::Agent; }
};
template<>
struct Sample<core::ConversationStatus>
{
    static core::ConversationStatus make() { return core::ConversationStatus::Assigned; }
};

template<protocol::schema::Described T>
struct Sample<T>
{
    static T make()
    {
        T value{};
        std::apply(
            [&](const auto &...fields) {
                ((value.*fields.member = sample<typename std::decay_t<decltype(fields)>::ValueType>()), ...);
            },
            T::fields());
        return value;
    }
};

// The fields of a described value still at their defaults (a sample must have none).
template<protocol::schema::Described T>
QStringList defaultFields(const T &value)
{
    const T empty{};
    QStringList names;
    std::apply(
        [&](const auto &...fields) {
            ((value.*fields.member == empty.*fields.member ? names.append(QLatin1StringView(fields.name))
                                                           : void()),
             ...);
        },
        T::fields());
    return names;
}

template<>
struct Sample<core::AmountBounds>
{
    static core::AmountBounds make() { return {core::Money::fromMinor(1), core::Money::fromMinor(19900)}; }
};

template<>
struct Sample<core::Remedy>
{
    static core::Remedy make() { return {core::RemedyKind::Points, core::Money::fromMinor(500), 0, 50000}; }
};

template<>
struct Sample<core::Message>
{
    static core::Message make()
    {
        return {901,
                42,
                core::Sender::Agent,
                7,
                QStringLiteral("李娜"),
                QStringLiteral("您好，我来帮您查一下"),
                1764547200000,
                QStringLiteral("op-1")};
    }
};

template<>
struct Sample<core::ConversationSummary>
{
    static core::ConversationSummary make()
    {
        core::ConversationSummary c;
        c.id = 42;
        c.customerId = 3;
        c.customerName = QStringLiteral("王芳");
        c.customerTier = QStringLiteral("gold");
        c.channel = core::Channel::WeChat;
        c.status = core::ConversationStatus::Assigned;
        c.queue = QStringLiteral("general");
        c.teamId = 2;
        c.assignedAgentId = 7;
        c.assignedAgentName = QStringLiteral("李娜");
        c.orderId = 11;
        c.lastMessage = QStringLiteral("还没收到货");
        c.lastMessageAtMs = 1764547200000;
        c.createdAtMs = 1764547100000;
        c.queuedAtMs = 1764547110000;
        c.assignedAtMs = 1764547150000;
        c.updatedAtMs = 1764547200000;
        core::Handoff handoff;
        handoff.reason = QStringLiteral("asked_for_person");
        handoff.evidence = QStringLiteral("转人工");
        handoff.intent = QStringLiteral("where_is_my_order");
        handoff.confidencePercent = 81;
        handoff.facts = {{QStringLiteral("order_number"), QStringLiteral("WL2024061500000001")}};
        handoff.tried = {QStringLiteral("where_is_my_order")};
        handoff.summary = QStringLiteral("客户说：「还没收到货」");
        handoff.atMs = 1764547105000;
        handoff.localized = {
            {QStringLiteral("zh_CN"), {handoff.facts, handoff.summary}},
            {QStringLiteral("en"), {handoff.facts, QStringLiteral("Customer wrote: \"not arrived\"")}}};
        c.handoff = handoff;
        c.transfer = core::Transfer{5,
                                    QStringLiteral("张伟"),
                                    7,
                                    QStringLiteral("vip"),
                                    9,
                                    QStringLiteral("陈静"),
                                    QStringLiteral("客户要求退款"),
                                    1764547140000};
        c.offer = core::RoutingOffer{8, QStringLiteral("赵磊"), 1764547160000, 1764547190000};
        return c;
    }
};

template<>
struct Sample<core::ComplaintRow>
{
    static core::ComplaintRow make()
    {
        return {17, 11, QStringLiteral("damaged_item"), QStringLiteral("replacement"), false, 1764547000000,
                42};
    }
};

template<>
struct Sample<core::CustomerHeader>
{
    static core::CustomerHeader make()
    {
        core::CustomerHeader h;
        h.id = 3;
        h.name = QStringLiteral("王芳");
        h.tier = QStringLiteral("gold");
        h.locale = QStringLiteral("zh_CN");
        h.city = QStringLiteral("杭州");
        h.email = QStringLiteral("wang.fang@example.com");
        h.phone = QStringLiteral("+86 138 0000 0000");
        h.sinceMs = 1600000000000;
        h.tags = {QStringLiteral("frequent_buyer")};
        h.lifetimeSpend = core::Money::fromMinor(1234500);
        h.orderCount = 12;
        h.complaintCount = 2;
        h.openComplaints = 1;
        h.praiseCount = 4;
        h.channels = {QStringLiteral("wechat"), QStringLiteral("web")};
        return h;
    }
};

template<>
struct Sample<core::OrderRow>
{
    static core::OrderRow make()
    {
        return {11,
                QStringLiteral("WL2024061500000001"),
                1718400000000,
                1718600000000,
                5,
                QStringLiteral("保温杯"),
                6,
                QStringLiteral("杭州杯业"),
                2,
                core::Money::fromMinor(19800),
                QStringLiteral("delivered"),
                1};
    }
};

template<>
struct Sample<core::EntityStats>
{
    static core::EntityStats make()
    {
        return {5,
                QStringLiteral("保温杯"),
                120,
                150,
                6,
                30,
                {{QStringLiteral("damaged_item"), 4}},
                {{QStringLiteral("quality"), 9}},
                {{QStringLiteral("replacement"), 3}},
                {{QStringLiteral("replacement"), 2}}};
    }
};

template<>
struct Sample<core::AuthorityStatus>
{
    static core::AuthorityStatus make()
    {
        return {7,
                core::Money::fromMinor(20000),
                core::Money::fromMinor(100000),
                core::Money::fromMinor(30000),
                core::Money::fromMinor(5000),
                true};
    }
};

template<>
struct Sample<core::CompensationOption>
{
    static core::CompensationOption make()
    {
        return {{Sample<core::Remedy>::make()},
                core::Money::fromMinor(500),
                64,
                core::AuthorityCheck::OverDailyBudget};
    }
};

template<>
struct Sample<core::Compensation>
{
    static core::Compensation make()
    {
        core::Compensation c;
        c.id = 31;
        c.kind = core::CompensationKind::Offer;
        c.status = core::CompensationStatus::Switched;
        c.complaintId = 17;
        c.complaintCategory = QStringLiteral("damaged_item");
        c.customerId = 3;
        c.customerName = QStringLiteral("王芳");
        c.orderId = 11;
        c.conversationId = 42;
        c.agentId = 7;
        c.agentName = QStringLiteral("李娜");
        const core::Remedy coupon{core::RemedyKind::Coupon, core::Money::fromMinor(2000), 0, 0};
        const core::Remedy replacement{core::RemedyKind::Replacement, core::Money::fromMinor(9900), 0, 0};
        c.options = {{coupon}, {replacement}};
        c.chosenIndex = 1;
        c.previousIndex = 0;
        c.remedies = {replacement};
        c.amount = core::Money::fromMinor(9900);
        c.requestedAmount = core::Money::fromMinor(9900);
        c.reason = QStringLiteral("杯子到货时已破损");
        c.approverId = 9;
        c.approverName = QStringLiteral("陈静");
        c.approverComment = QStringLiteral("同意");
        c.escalated = true;
        c.createdAtMs = 1764547000000;
        c.updatedAtMs = 1764547300000;
        c.switchDeadlineMs = 1764547900000;
        c.orderAmount = core::Money::fromMinor(19800);
        c.orderGiven = core::Money::fromMinor(2000);
        return c;
    }
};

template<>
struct Sample<core::RosterEntry>
{
    static core::RosterEntry make()
    {
        return {7,
                QStringLiteral("李娜"),
                core::Role::Trainer,
                2,
                core::Presence::Busy,
                1764547000000,
                2,
                1,
                3,
                core::Money::fromMinor(30000),
                core::Money::fromMinor(100000)};
    }
};

template<>
struct Sample<core::TimelineEntry>
{
    static core::TimelineEntry make()
    {
        return {42,
                core::Channel::Phone,
                core::ConversationStatus::Assigned,
                1764547000000,
                1764547900000,
                QStringLiteral("杯子破损，已补发"),
                QStringLiteral("李娜"),
                QStringLiteral("杯子到了是碎的"),
                11,
                QStringLiteral("WL2024061500000001"),
                9,
                core::Money::fromMinor(2000)};
    }
};

} // namespace warmline::test
