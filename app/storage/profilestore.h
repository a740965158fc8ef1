#pragma once

#include "core/profile.h"

#include <optional>
#include <QSqlDatabase>

namespace warmline::storage {

struct OrderOwner
{
    qint64 customerId = 0;
    qint64 productId = 0;
    qint64 merchantId = 0;
};

// Read side of the customer 360 profile, plus complaint creation. Every query is bounded by an
// index on the customer, the order, or the trigger-maintained product/merchant statistics; none
// scans all orders or complaints.
class ProfileStore final
{
public:
    explicit ProfileStore(QSqlDatabase db);

    // The whole profile in one go: header, the customer's complaints, the focus order with its
    // product and merchant statistics, the first page of orders and the latest conversations.
    // focusOrderId 0: the order named by the customer's open conversation, else their latest.
    std::optional<core::CustomerProfile> profile(qint64 customerId, qint64 focusOrderId);

    std::optional<core::CustomerHeader> header(qint64 customerId);
    // The highest customer id (0: none), and what a simulated customer opens with: their locale
    // and latest order (orderId 0 when they have none).
    qint64 highestCustomerId();
    struct OpeningFacts
    {
        QString locale;
        qint64 orderId = 0;
        QString orderNo;
        QString productName;
    };
    std::optional<OpeningFacts> openingFacts(qint64 customerId);
    QMap<QString, qint64> complaintsByCategory(qint64 customerId);
    std::optional<core::EntityStats> productStats(qint64 productId);
    std::optional<core::EntityStats> merchantStats(qint64 merchantId);
    // One page of the customer's orders, and how many match the filter in all.
    std::pair<QList<core::OrderRow>, qint64> orders(const core::OrderQuery &query);
    std::optional<core::OrderRow> order(qint64 orderId);
    std::optional<OrderOwner> orderOwner(qint64 orderId);
    qint64 latestOrderId(qint64 customerId);
    QList<core::TimelineEntry> timeline(qint64 customerId, int limit);
    QList<core::TimelineEntry> timelineOfOrder(qint64 orderId);
    std::optional<core::TimelineEntry> timelineEntry(qint64 conversationId);
    QList<core::ComplaintRow> complaintsOfOrder(qint64 orderId);

    // Inside the caller's write transaction; the statistics follow through the triggers.
    std::optional<core::ComplaintRow> createComplaint(qint64 orderId, const QString &category,
                                                      qint64 conversationId, qint64 nowMs);

private:
    std::optional<core::EntityStats> stats(const QString &entity, qint64 id);
    QList<core::TimelineEntry> timelineWhere(const QString &where, const QVariantList &values, int limit);

    QSqlDatabase m_db;
};

} // namespace warmline::storage
