#pragma once

#include "core/conversation.h"
#include "core/money.h"

#include <optional>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace warmline::core {

// What the agent needs to know about a customer before saying a word (the 360 profile).
struct CustomerHeader
{
    qint64 id = 0;
    QString name;
    QString tier; // standard, silver, gold, vip
    QString locale;
    QString city;
    QString email;
    QString phone;
    qint64 sinceMs = 0;
    QStringList tags;    // stable keys, translated by the UI
    Money lifetimeSpend; // orders that were not cancelled or refunded
    qint64 orderCount = 0;
    qint64 complaintCount = 0;
    qint64 openComplaints = 0; // no resolution yet
    qint64 praiseCount = 0;
    QStringList channels; // channels of their conversations, most used first
    friend bool operator==(const CustomerHeader &, const CustomerHeader &) = default;
};

struct OrderRow
{
    qint64 id = 0;
    QString orderNo;
    qint64 orderedAtMs = 0;
    qint64 deliveredAtMs = 0;
    qint64 productId = 0;
    QString productName;
    qint64 merchantId = 0;
    QString merchantName;
    int quantity = 0;
    Money amount;
    QString status;
    int complaints = 0;
    friend bool operator==(const OrderRow &, const OrderRow &) = default;
};

// Running statistics of a product or a merchant.
struct EntityStats
{
    qint64 id = 0;
    QString name;
    qint64 orders = 0;
    qint64 unitsSold = 0;
    qint64 complaints = 0;
    qint64 praises = 0;
    QMap<QString, qint64> categories; // complaint category → count
    QMap<QString, qint64> aspects;    // praised aspect → count
    QMap<QString, qint64> offered;    // resolution → times given
    QMap<QString, qint64> accepted;   // resolution → times the customer accepted it
    friend bool operator==(const EntityStats &, const EntityStats &) = default;
};

struct ComplaintRow
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString category;
    QString resolution; // empty: not resolved yet
    std::optional<bool> accepted;
    qint64 createdAtMs = 0;
    qint64 conversationId = 0;
    friend bool operator==(const ComplaintRow &, const ComplaintRow &) = default;
};

// One earlier (or current) conversation, for the interaction timeline.
struct TimelineEntry
{
    qint64 conversationId = 0;
    Channel channel = Channel::Web;
    ConversationStatus status = ConversationStatus::Resolved;
    qint64 createdAtMs = 0;
    qint64 resolvedAtMs = 0;
    QString summary;
    QString agentName;
    QString firstMessage;
    qint64 orderId = 0;
    QString orderNo;
    int messageCount = 0;
    Money compensation; // given in this conversation (effective, approved or switched-to)
    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

struct CustomerProfile
{
    CustomerHeader header;
    QMap<QString, qint64> complaintsByCategory; // this customer's complaints
    qint64 focusOrderId = 0;                    // the order under discussion (0: none)
    std::optional<OrderRow> focusOrder;
    std::optional<EntityStats> product;  // of the focus order
    std::optional<EntityStats> merchant; // of the focus order
    qint64 orderTotal = 0;               // all orders; `orders` holds the first page
    QList<OrderRow> orders;
    QList<TimelineEntry> timeline; // newest first
    friend bool operator==(const CustomerProfile &, const CustomerProfile &) = default;
};

// How a page of a customer's orders is asked for.
struct OrderQuery
{
    enum class Sort { Date, Product, Merchant, Amount, Status };
    qint64 customerId = 0;
    Sort sort = Sort::Date;
    bool descending = true;
    QString filter; // matches order number, product, merchant or status
    int offset = 0;
    int limit = 200;
    friend bool operator==(const OrderQuery &, const OrderQuery &) = default;
};

} // namespace warmline::core
