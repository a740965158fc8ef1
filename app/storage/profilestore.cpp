#include "storage/profilestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {

const QString orderSelect = QStringLiteral(R"(
SELECT o.id, o.order_no, o.ordered_at, o.delivered_at, o.product_id, p.name, p.merchant_id, m.name, o.quantity,
       o.amount_cents, o.status, (SELECT count(*) FROM complaints c WHERE c.order_id = o.id)
FROM orders o
JOIN products p ON p.id = o.product_id
JOIN merchants m ON m.id = p.merchant_id
)");

core::OrderRow readOrder(const QSqlQuery &q)
{
    core::OrderRow row;
    row.id = q.value(0).toLongLong();
    row.orderNo = q.value(1).toString();
    row.orderedAtMs = q.value(2).toLongLong();
    row.deliveredAtMs = q.value(3).toLongLong();
    row.productId = q.value(4).toLongLong();
    row.productName = q.value(5).toString();
    row.merchantId = q.value(6).toLongLong();
    row.merchantName = q.value(7).toString();
    row.quantity = q.value(8).toInt();
    row.amount = core::Money::fromMinor(q.value(9).toLongLong());
    row.status = q.value(10).toString();
    row.complaints = q.value(11).toInt();
    return row;
}

QString orderColumn(core::OrderQuery::Sort sort)
{
    switch (sort) {
    case core::OrderQuery::Sort::Date:
        return QStringLiteral("o.ordered_at");
    case core::OrderQuery::Sort::Product:
        return QStringLiteral("p.name");
    case core::OrderQuery::Sort::Merchant:
        return QStringLiteral("m.name");
    case core::OrderQuery::Sort::Amount:
        return QStringLiteral("o.amount_cents");
    case core::OrderQuery::Sort::Status:
        return QStringLiteral("o.status");
    }
    return QStringLiteral("o.ordered_at");
}

// LIKE with the user's text taken literally: % and _ typed by an agent are not wildcards.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

ProfileStore::ProfileStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<core::CustomerProfile> ProfileStore::profile(qint64 customerId, qint64 focusOrderId)
{
    core::CustomerProfile profile;
    auto customer = header(customerId);
    if (!customer)
        return std::nullopt;
    profile.header = std::move(*customer);
    profile.complaintsByCategory = complaintsByCategory(customerId);
    if (!focusOrderId) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT order_id FROM conversations WHERE customer_id = ? AND status <> 'resolved' "
            "AND order_id IS NOT NULL ORDER BY id DESC LIMIT 1"));
        q.addBindValue(customerId);
        if (q.exec() && q.next())
            focusOrderId = q.value(0).toLongLong();
    }
    if (!focusOrderId)
        focusOrderId = latestOrderId(customerId);
    if (focusOrderId) {
        profile.focusOrderId = focusOrderId;
        profile.focusOrder = order(focusOrderId);
        if (profile.focusOrder) {
            profile.product = productStats(profile.focusOrder->productId);
            profile.merchant = merchantStats(profile.focusOrder->merchantId);
        }
    }
    core::OrderQuery firstPage;
    firstPage.customerId = customerId;
    firstPage.limit = 60; // a tall screen full; the rest pages in as the agent scrolls
    std::tie(profile.orders, profile.orderTotal) = orders(firstPage);
    profile.timeline = timeline(customerId, 30);
    return profile;
}

std::optional<core::CustomerHeader> ProfileStore::header(qint64 customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(R"(
SELECT c.id, c.display_name, c.tier, c.locale, coalesce(c.city, ''), coalesce(c.email, ''), coalesce(c.phone, ''),
       c.created_at, coalesce(s.spend_cents, 0), coalesce(s.orders, 0), coalesce(s.complaints, 0),
       coalesce(s.open_complaints, 0), coalesce(s.praises, 0)
FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id WHERE c.id = ?)"));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    core::CustomerHeader h;
    h.id = q.value(0).toLongLong();
    h.name = q.value(1).toString();
    h.tier = q.value(2).toString();
    h.locale = q.value(3).toString();
    h.city = q.value(4).toString();
    h.email = q.value(5).toString();
    h.phone = q.value(6).toString();
    h.sinceMs = q.value(7).toLongLong();
    h.lifetimeSpend = core::Money::fromMinor(q.value(8).toLongLong());
    h.orderCount = q.value(9).toLongLong();
    h.complaintCount = q.value(10).toLongLong();
    h.openComplaints = q.value(11).toLongLong();
    h.praiseCount = q.value(12).toLongLong();

    q.prepare(QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"));
    q.addBindValue(customerId);
    if (q.exec()) {
        while (q.next())
            h.tags.append(q.value(0).toString());
    }
    q.prepare(QStringLiteral("SELECT channel FROM conversations WHERE customer_id = ? GROUP BY channel "
                             "ORDER BY count(*) DESC, channel"));
    q.addBindValue(customerId);
    if (q.exec()) {
        while (q.next())
            h.channels.append(q.value(0).toString());
    }
    return h;
}

QMap<QString, qint64> ProfileStore::complaintsByCategory(qint64 customerId)
{
    QMap<QString, qint64> result;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT category, count(*) FROM complaints WHERE customer_id = ? GROUP BY category"));
    q.addBindValue(customerId);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return result;
}

std::optional<core::EntityStats> ProfileStore::stats(const QString &entity, qint64 id)
{
    // entity is "product" or "merchant", never user input.
    const QString nameTable =
        entity == QLatin1StringView("product") ? QStringLiteral("products") : QStringLiteral("merchants");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT n.id, n.name, coalesce(s.orders, 0), coalesce(s.units_sold, 0), "
                             "coalesce(s.complaints, 0), coalesce(s.praises, 0) FROM %1 n "
                             "LEFT JOIN %2_stats s ON s.%2_id = n.id WHERE n.id = ?")
                  .arg(nameTable, entity));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    core::EntityStats stats;
    stats.id = q.value(0).toLongLong();
    stats.name = q.value(1).toString();
    stats.orders = q.value(2).toLongLong();
    stats.unitsSold = q.value(3).toLongLong();
    stats.complaints = q.value(4).toLongLong();
    stats.praises = q.value(5).toLongLong();
    q.prepare(QStringLiteral("SELECT kind, key, count FROM %1_breakdown WHERE %1_id = ? AND count > 0")
                  .arg(entity));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            const QString kind = q.value(0).toString();
            QMap<QString, qint64> *target = kind == QLatin1StringView("category")   ? &stats.categories
                                            : kind == QLatin1StringView("aspect")   ? &stats.aspects
                                            : kind == QLatin1StringView("offered")  ? &stats.offered
                                            : kind == QLatin1StringView("accepted") ? &stats.accepted
                                                                                    : nullptr;
            if (target)
                target->insert(q.value(1).toString(), q.value(2).toLongLong());
        }
    }
    return stats;
}

std::optional<core::EntityStats> ProfileStore::productStats(qint64 productId)
{
    return stats(QStringLiteral("product"), productId);
}

std::optional<core::EntityStats> ProfileStore::merchantStats(qint64 merchantId)
{
    return stats(QStringLiteral("merchant"), merchantId);
}

std::pair<QList<core::OrderRow>, qint64> ProfileStore::orders(const core::OrderQuery &query)
{
    QString where = QStringLiteral("WHERE o.customer_id = ?");
    QVariantList values{query.customerId};
    if (!query.filter.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (o.order_no LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\' "
                                "OR m.name LIKE ? ESCAPE '\\' OR o.status LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(query.filter.trimmed());
        values << pattern << pattern << pattern << pattern;
    }
    QList<core::OrderRow> rows;
    qint64 total = 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Without a filter the count comes from the customer index alone, without touching rows.
    q.prepare(values.size() == 1
                  ? QStringLiteral("SELECT count(*) FROM orders o ") + where
                  : QStringLiteral("SELECT count(*) FROM orders o JOIN products p ON p.id = o.product_id "
                                   "JOIN merchants m ON m.id = p.merchant_id ") +
                        where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (q.exec() && q.next())
        total = q.value(0).toLongLong();

    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    q.prepare(
        orderSelect + where +
        QStringLiteral(" ORDER BY %1 %2, o.id %2 LIMIT ? OFFSET ?").arg(orderColumn(query.sort), direction));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (q.exec()) {
        while (q.next())
            rows.append(readOrder(q));
    }
    return {rows, total};
}

std::optional<core::OrderRow> ProfileStore::order(qint64 orderId)
{
    QSqlQuery q(m_db);
    q.prepare(orderSelect + QStringLiteral("WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readOrder(q);
}

std::optional<OrderOwner> ProfileStore::orderOwner(qint64 orderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.customer_id, o.product_id, p.merchant_id FROM orders o "
                             "JOIN products p ON p.id = o.product_id WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OrderOwner{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

qint64 ProfileStore::latestOrderId(qint64 customerId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM orders WHERE customer_id = ? ORDER BY ordered_at DESC, id DESC LIMIT 1"));
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<core::TimelineEntry> ProfileStore::timelineWhere(const QString &where, const QVariantList &values,
                                                       int limit)
{
    QList<core::TimelineEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(R"(
SELECT c.id, c.channel, c.status, c.created_at, coalesce(c.resolved_at, 0), coalesce(c.summary, ''),
       coalesce(a.display_name, ''),
       coalesce((SELECT body FROM messages WHERE conversation_id = c.id AND sender = 'customer'
                 ORDER BY id LIMIT 1), ''),
       coalesce(c.order_id, 0), coalesce(o.order_no, ''),
       (SELECT count(*) FROM messages WHERE conversation_id = c.id),
       (SELECT coalesce(sum(amount), 0) FROM compensations
        WHERE conversation_id = c.id AND status IN ('effective', 'approved', 'switched'))
FROM conversations c
LEFT JOIN agents a ON a.id = c.assigned_agent_id
LEFT JOIN orders o ON o.id = c.order_id
)") + where + QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC LIMIT ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        core::TimelineEntry e;
        e.conversationId = q.value(0).toLongLong();
        e.channel = core::channelFromName(q.value(1).toString()).value_or(core::Channel::Web);
        e.status = core::conversationStatusFromName(q.value(2).toString())
                       .value_or(core::ConversationStatus::Resolved);
        e.createdAtMs = q.value(3).toLongLong();
        e.resolvedAtMs = q.value(4).toLongLong();
        e.summary = q.value(5).toString();
        e.agentName = q.value(6).toString();
        e.firstMessage = q.value(7).toString();
        e.orderId = q.value(8).toLongLong();
        e.orderNo = q.value(9).toString();
        e.messageCount = q.value(10).toInt();
        e.compensation = core::Money::fromMinor(q.value(11).toLongLong());
        result.append(e);
    }
    return result;
}

QList<core::TimelineEntry> ProfileStore::timeline(qint64 customerId, int limit)
{
    // Pick the newest rows by index first, so the per-row subqueries run for `limit` rows only.
    return timelineWhere(QStringLiteral("WHERE c.id IN (SELECT id FROM conversations WHERE customer_id = ? "
                                        "ORDER BY created_at DESC, id DESC LIMIT ?)"),
                         {customerId, limit}, limit);
}

QList<core::TimelineEntry> ProfileStore::timelineOfOrder(qint64 orderId)
{
    return timelineWhere(QStringLiteral("WHERE c.order_id = ?"), {orderId}, 100);
}

std::optional<core::TimelineEntry> ProfileStore::timelineEntry(qint64 conversationId)
{
    const auto list = timelineWhere(QStringLiteral("WHERE c.id = ?"), {conversationId}, 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

QList<core::ComplaintRow> ProfileStore::complaintsOfOrder(qint64 orderId)
{
    QList<core::ComplaintRow> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, order_id, category, coalesce(resolution, ''), accepted, created_at, "
        "coalesce(conversation_id, 0) FROM complaints WHERE order_id = ? ORDER BY created_at"));
    q.addBindValue(orderId);
    if (!q.exec())
        return result;
    while (q.next()) {
        core::ComplaintRow c;
        c.id = q.value(0).toLongLong();
        c.orderId = q.value(1).toLongLong();
        c.category = q.value(2).toString();
        c.resolution = q.value(3).toString();
        if (!q.value(4).isNull())
            c.accepted = q.value(4).toInt() == 1;
        c.createdAtMs = q.value(5).toLongLong();
        c.conversationId = q.value(6).toLongLong();
        result.append(c);
    }
    return result;
}

std::optional<core::ComplaintRow> ProfileStore::createComplaint(qint64 orderId, const QString &category,
                                                                qint64 conversationId, qint64 nowMs)
{
    const auto owner = orderOwner(orderId);
    if (!owner)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO complaints (order_id, customer_id, product_id, merchant_id, category, "
                       "created_at, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orderId);
    q.addBindValue(owner->customerId);
    q.addBindValue(owner->productId);
    q.addBindValue(owner->merchantId);
    q.addBindValue(category);
    q.addBindValue(nowMs);
    q.addBindValue(conversationId > 0 ? QVariant(conversationId) : QVariant());
    if (!q.exec())
        return std::nullopt;
    core::ComplaintRow row;
    row.id = q.lastInsertId().toLongLong();
    row.orderId = orderId;
    row.category = category;
    row.createdAtMs = nowMs;
    row.conversationId = conversationId;
    return row;
}

qint64 ProfileStore::highestCustomerId()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(id) FROM customers")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<ProfileStore::OpeningFacts> ProfileStore::openingFacts(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT c.locale, o.order_no, p.name, o.id FROM customers c "
                       "LEFT JOIN orders o ON o.id = (SELECT id FROM orders WHERE customer_id = c.id "
                       "ORDER BY ordered_at DESC LIMIT 1) LEFT JOIN products p ON p.id = o.product_id "
                       "WHERE c.id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return OpeningFacts{query.value(0).toString(), query.value(3).toLongLong(), query.value(1).toString(),
                        query.value(2).toString()};
}

} // namespace warmline::storage
