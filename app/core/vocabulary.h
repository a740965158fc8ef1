#pragma once

#include <QStringList>

namespace warmline::core {

// The stable keys stored in the database and sent on the wire; the UI translates them.
// Append only: a key never changes meaning.

inline QStringList complaintCategories()
{
    return {
        QStringLiteral("late_delivery"), QStringLiteral("damaged_item"),  QStringLiteral("wrong_item"),
        QStringLiteral("quality"),       QStringLiteral("missing_parts"), QStringLiteral("billing"),
        QStringLiteral("refund"),        QStringLiteral("account"),       QStringLiteral("service_attitude")};
}

inline QStringList resolutions()
{
    return {QStringLiteral("coupon"),
            QStringLiteral("partial_refund"),
            QStringLiteral("full_refund"),
            QStringLiteral("replacement"),
            QStringLiteral("free_return_shipping"),
            QStringLiteral("points"),
            QStringLiteral("goodwill_gift"),
            QStringLiteral("apology_only")};
}

inline QStringList praiseAspects()
{
    return {QStringLiteral("quality"), QStringLiteral("delivery_speed"), QStringLiteral("packaging"),
            QStringLiteral("value"),   QStringLiteral("service"),        QStringLiteral("design")};
}

inline QStringList orderStatuses()
{
    return {QStringLiteral("paid"),     QStringLiteral("shipped"),  QStringLiteral("delivered"),
            QStringLiteral("returned"), QStringLiteral("refunded"), QStringLiteral("cancelled")};
}

} // namespace warmline::core
