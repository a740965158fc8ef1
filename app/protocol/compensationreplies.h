#pragma once

// The acks of the compensation, approval and authority requests (protocol/messages.h), described
// once (protocol/schema.h). docs/protocol.md is checked against them.

#include "protocol/codecs.h"
#include "protocol/events.h"

namespace warmline::protocol {

// The complaint being settled, as compensation.options shows it.
struct ComplaintCase
{
    qint64 id = 0;
    QString category;
    std::optional<QString> resolution; // null while open
    qint64 customerId = 0;
    QString customerName;
    QString tier;
    qint64 orderId = 0;
    core::Money orderAmount;
    int previousComplaints = 0; // the customer's other complaints

    static auto fields()
    {
        using schema::field;
        using R = ComplaintCase;
        return std::tuple{field("id", &R::id),
                          field("category", &R::category),
                          field("resolution", &R::resolution),
                          field("customerId", &R::customerId),
                          field("customerName", &R::customerName),
                          field("tier", &R::tier),
                          field("orderId", &R::orderId),
                          field("orderAmount", &R::orderAmount),
                          field("previousComplaints", &R::previousComplaints)};
    }
    friend bool operator==(const ComplaintCase &, const ComplaintCase &) = default;
};

// What the order's compensations give or hold already, against what one order may get.
struct OrderRoom
{
    core::Money amount;
    core::Money ceiling;
    core::Money given;
    int compensations = 0;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("amount", &OrderRoom::amount), field("ceiling", &OrderRoom::ceiling),
                          field("given", &OrderRoom::given),
                          field("compensations", &OrderRoom::compensations)};
    }
    friend bool operator==(const OrderRoom &, const OrderRoom &) = default;
};

// compensation.options: what the agent may propose for one complaint, and what was given before.
struct CompensationOptionsReply
{
    ComplaintCase complaint;
    QList<core::CompensationOption> options;
    QMap<QString, core::AmountBounds> bounds; // by remedy key: what an amount may be edited to
    core::AuthorityStatus authority;          // the caller's, now
    QList<core::Compensation> compensations;  // earlier ones for this complaint, newest first
    OrderRoom order;
    qint64 switchWindowSeconds = 0;

    static auto fields()
    {
        using schema::field;
        using R = CompensationOptionsReply;
        return std::tuple{field("complaint", &R::complaint),
                          field("options", &R::options),
                          field("bounds", &R::bounds),
                          field("authority", &R::authority),
                          field("compensations", &R::compensations),
                          field("order", &R::order),
                          field("switchWindowSeconds", &R::switchWindowSeconds)};
    }
    friend bool operator==(const CompensationOptionsReply &, const CompensationOptionsReply &) = default;
};

// A compensation decided, asked for, offered or answered, and the budget it touched (null when it
// touched none, as an approval request does).
struct CompensationReply
{
    core::Compensation compensation;
    std::optional<core::AuthorityStatus> authority;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("compensation", &CompensationReply::compensation),
                          field("authority", &CompensationReply::authority)};
    }
    friend bool operator==(const CompensationReply &, const CompensationReply &) = default;
};

// compensation.choose: the offer as the customer now sees it.
struct ChooseReply
{
    CustomerOffer offer;

    static auto fields() { return std::tuple{schema::field("offer", &ChooseReply::offer)}; }
    friend bool operator==(const ChooseReply &, const ChooseReply &) = default;
};

struct ApprovalListReply
{
    QList<core::Compensation> pending;  // oldest first
    QList<core::Compensation> answered; // the latest, newest first

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("pending", &ApprovalListReply::pending),
                          field("answered", &ApprovalListReply::answered)};
    }
    friend bool operator==(const ApprovalListReply &, const ApprovalListReply &) = default;
};

struct AuthorityReply
{
    core::AuthorityStatus authority;

    static auto fields() { return std::tuple{schema::field("authority", &AuthorityReply::authority)}; }
    friend bool operator==(const AuthorityReply &, const AuthorityReply &) = default;
};

} // namespace warmline::protocol
