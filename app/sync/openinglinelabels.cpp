#include "sync/openinglinelabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace warmline::sync {

QString channelKindLabel(const QString &channelKind)
{
    return channelKind == QLatin1StringView("phone") ? QObject::tr("Phone") : QObject::tr("Chat");
}

QString lineLanguageLabel(const QString &language)
{
    return language == QLatin1StringView("en")
               ? QCoreApplication::translate("OpeningLines", "English-speaking customers")
               : QCoreApplication::translate("OpeningLines", "Chinese-speaking customers");
}

QString contestStateLabel(const QString &state)
{
    if (state == QLatin1StringView("upcoming"))
        return QObject::tr("starts soon");
    if (state == QLatin1StringView("open"))
        return QObject::tr("open for entries");
    if (state == QLatin1StringView("judging"))
        return QObject::tr("being judged");
    return QObject::tr("published");
}

QString outcomeText(const OpeningLineController::Outcomes &o)
{
    if (o.uses == 0)
        return QCoreApplication::translate(
            "OpeningLines",
            "Not used yet. Numbers appear here once you have opened conversations with this line.");
    auto part = [](qint64 count, qint64 of) {
        QString text = QCoreApplication::translate("OpeningLines", "%1 of %2").arg(count).arg(of);
        if (of >= outcomePercentFrom)
            text += QStringLiteral(" (%1)").arg(
                QLocale().toString(100.0 * double(count) / double(of), 'f', 0) + QLocale().percent());
        return text;
    };
    QString text =
        QCoreApplication::translate("OpeningLines", "Used %n time(s)", nullptr, int(o.uses)) +
        QStringLiteral(" · ") +
        QCoreApplication::translate("OpeningLines", "warm reply %1").arg(part(o.warmReplies, o.warmKnown)) +
        QStringLiteral(" · ") +
        QCoreApplication::translate("OpeningLines", "resolved on first contact %1")
            .arg(part(o.resolvedFirstContact, o.resolvedKnown)) +
        QStringLiteral(" · ") +
        QCoreApplication::translate("OpeningLines", "praised %1").arg(part(o.praised, o.uses));
    if (o.uses < outcomePercentFrom)
        text += QStringLiteral(" — ") +
                QCoreApplication::translate("OpeningLines", "too few uses for percentages yet");
    return text;
}

} // namespace warmline::sync
