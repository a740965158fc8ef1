#include "sync/vocabularylabels.h"

#include <QCoreApplication>
#include <QHash>

namespace warmline::sync {

namespace {

// QT_TRANSLATE_NOOP marks the texts for lupdate; translate() looks them up at run time, so a
// change of language needs no rebuilt table.
struct Label
{
    const char *key;
    const char *text;
};

QString lookup(const char *context, const Label *labels, size_t count, const QString &key)
{
    for (size_t i = 0; i < count; ++i) {
        if (key == QLatin1StringView(labels[i].key))
            return QCoreApplication::translate(context, labels[i].text);
    }
    return key;
}

constexpr Label categories[] = {
    {"late_delivery", QT_TRANSLATE_NOOP("Vocabulary", "Late delivery")},
    {"damaged_item", QT_TRANSLATE_NOOP("Vocabulary", "Damaged item")},
    {"wrong_item", QT_TRANSLATE_NOOP("Vocabulary", "Wrong item")},
    {"quality", QT_TRANSLATE_NOOP("Vocabulary", "Quality problem")},
    {"missing_parts", QT_TRANSLATE_NOOP("Vocabulary", "Missing parts")},
    {"billing", QT_TRANSLATE_NOOP("Vocabulary", "Billing")},
    {"refund", QT_TRANSLATE_NOOP("Vocabulary", "Refund")},
    {"account", QT_TRANSLATE_NOOP("Vocabulary", "Account")},
    {"service_attitude", QT_TRANSLATE_NOOP("Vocabulary", "Service attitude")},
};

constexpr Label resolutionLabels[] = {
    {"coupon", QT_TRANSLATE_NOOP("Vocabulary", "Coupon")},
    {"partial_refund", QT_TRANSLATE_NOOP("Vocabulary", "Partial refund")},
    {"full_refund", QT_TRANSLATE_NOOP("Vocabulary", "Full refund")},
    {"replacement", QT_TRANSLATE_NOOP("Vocabulary", "Replacement")},
    {"free_return_shipping", QT_TRANSLATE_NOOP("Vocabulary", "Free return shipping")},
    {"points", QT_TRANSLATE_NOOP("Vocabulary", "Points")},
    {"goodwill_gift", QT_TRANSLATE_NOOP("Vocabulary", "Goodwill gift")},
    {"apology_only", QT_TRANSLATE_NOOP("Vocabulary", "Apology only")},
};

constexpr Label aspects[] = {
    {"quality", QT_TRANSLATE_NOOP("Vocabulary", "Quality")},
    {"delivery_speed", QT_TRANSLATE_NOOP("Vocabulary", "Delivery speed")},
    {"packaging", QT_TRANSLATE_NOOP("Vocabulary", "Packaging")},
    {"value", QT_TRANSLATE_NOOP("Vocabulary", "Value for money")},
    {"service", QT_TRANSLATE_NOOP("Vocabulary", "Service")},
    {"design", QT_TRANSLATE_NOOP("Vocabulary", "Design")},
};

constexpr Label statuses[] = {
    {"paid", QT_TRANSLATE_NOOP("Vocabulary", "Paid")},
    {"shipped", QT_TRANSLATE_NOOP("Vocabulary", "Shipped")},
    {"delivered", QT_TRANSLATE_NOOP("Vocabulary", "Delivered")},
    {"returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned")},
    {"refunded", QT_TRANSLATE_NOOP("Vocabulary", "Refunded")},
    {"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};

constexpr Label tags[] = {
    {"vip_service", QT_TRANSLATE_NOOP("Vocabulary", "VIP service")},
    {"frequent_buyer", QT_TRANSLATE_NOOP("Vocabulary", "Frequent buyer")},
    {"price_sensitive", QT_TRANSLATE_NOOP("Vocabulary", "Price-sensitive")},
    {"prefers_phone", QT_TRANSLATE_NOOP("Vocabulary", "Prefers phone")},
    {"prefers_chat", QT_TRANSLATE_NOOP("Vocabulary", "Prefers chat")},
    {"elderly_care", QT_TRANSLATE_NOOP("Vocabulary", "Elderly care")},
    {"business_buyer", QT_TRANSLATE_NOOP("Vocabulary", "Business buyer")},
    {"gift_buyer", QT_TRANSLATE_NOOP("Vocabulary", "Buys gifts")},
    {"new_customer", QT_TRANSLATE_NOOP("Vocabulary", "New customer")},
    {"repeat_complainer", QT_TRANSLATE_NOOP("Vocabulary", "Complained before")},
    {"loyal", QT_TRANSLATE_NOOP("Vocabulary", "Loyal")},
};

constexpr Label tiers[] = {
    {"standard", QT_TRANSLATE_NOOP("Vocabulary", "Standard")},
    {"silver", QT_TRANSLATE_NOOP("Vocabulary", "Silver")},
    {"gold", QT_TRANSLATE_NOOP("Vocabulary", "Gold")},
    {"vip", QT_TRANSLATE_NOOP("Vocabulary", "VIP")},
};

constexpr Label slotLabels[] = {
    {"customer_name", QT_TRANSLATE_NOOP("Vocabulary", "customer name")},
    {"order_number", QT_TRANSLATE_NOOP("Vocabulary", "order number")},
    {"product", QT_TRANSLATE_NOOP("Vocabulary", "product")},
    {"merchant", QT_TRANSLATE_NOOP("Vocabulary", "merchant")},
    {"order_date", QT_TRANSLATE_NOOP("Vocabulary", "order date")},
    {"delivery_date", QT_TRANSLATE_NOOP("Vocabulary", "delivery date")},
    {"order_amount", QT_TRANSLATE_NOOP("Vocabulary", "order amount")},
    {"order_status", QT_TRANSLATE_NOOP("Vocabulary", "order status")},
    {"agent_name", QT_TRANSLATE_NOOP("Vocabulary", "your name")},
};

constexpr Label handoffReasons[] = {
    {"asked_for_person", QT_TRANSLATE_NOOP("Vocabulary", "asked for a person")},
    {"upset", QT_TRANSLATE_NOOP("Vocabulary", "customer is upset")},
    {"repeating", QT_TRANSLATE_NOOP("Vocabulary", "customer repeated the question")},
    {"confused", QT_TRANSLATE_NOOP("Vocabulary", "customer is confused")},
    {"low_confidence", QT_TRANSLATE_NOOP("Vocabulary", "the bot was not sure what was asked")},
    {"needs_person", QT_TRANSLATE_NOOP("Vocabulary", "needs a person to act")},
    {"already_answered", QT_TRANSLATE_NOOP("Vocabulary", "the bot's answer did not help")},
    {"missing_facts", QT_TRANSLATE_NOOP("Vocabulary", "facts the answer needs are missing")},
    {"bot_unavailable", QT_TRANSLATE_NOOP("Vocabulary", "the bot was still starting")},
};

} // namespace

QString complaintCategoryLabel(const QString &key)
{
    return lookup("Vocabulary", categories, std::size(categories), key);
}

QString resolutionLabel(const QString &key)
{
    return lookup("Vocabulary", resolutionLabels, std::size(resolutionLabels), key);
}

QString praiseAspectLabel(const QString &key)
{
    return lookup("Vocabulary", aspects, std::size(aspects), key);
}

QString dateLabel(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString dateLabel(qint64 msSinceEpoch, const QLocale &locale)
{
    return msSinceEpoch > 0 ? dateLabel(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date(), locale)
                            : QString();
}

QString dateTimeLabel(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    return dateLabel(when.date(), locale) + QLatin1Char(' ') +
           locale.toString(when.time(), QStringLiteral("HH:mm"));
}

QString orderStatusLabel(const QString &key)
{
    return lookup("Vocabulary", statuses, std::size(statuses), key);
}

QString customerTagLabel(const QString &key)
{
    return lookup("Vocabulary", tags, std::size(tags), key);
}

QString tierLabel(const QString &key)
{
    return lookup("Vocabulary", tiers, std::size(tiers), key);
}

QString slotLabel(const QString &key)
{
    return lookup("Vocabulary", slotLabels, std::size(slotLabels), key);
}

QString handoffReasonLabel(const QString &key)
{
    return lookup("Vocabulary", handoffReasons, std::size(handoffReasons), key);
}

QString shortDuration(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds / 1000);
    if (seconds < 60)
        return QCoreApplication::translate("Duration", "%n s", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Duration", "%n min", nullptr, int(minutes));
    return QCoreApplication::translate("Duration", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString channelLabel(core::Channel channel)
{
    switch (channel) {
    case core::Channel::Web:
        return QCoreApplication::translate("Channel", "Web chat");
    case core::Channel::App:
        return QCoreApplication::translate("Channel", "App");
    case core::Channel::Phone:
        return QCoreApplication::translate("Channel", "Phone");
    case core::Channel::WeChat:
        return QCoreApplication::translate("Channel", "WeChat");
    case core::Channel::Sms:
        return QCoreApplication::translate("Channel", "SMS");
    }
    return {};
}

} // namespace warmline::sync
