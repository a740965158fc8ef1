#include "core/money.h"

#include <QLocale>

namespace warmline::core {

QString formatMoney(Money amount, const QLocale &locale)
{
    // Built from integers: the amount never passes through a floating-point number.
    const qint64 minor = amount.minor();
    const qint64 absolute = minor < 0 ? -minor : minor;
    const QString major = locale.toString(absolute / 100);
    const QString cents = QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return (minor < 0 ? locale.negativeSign() : QString()) + QStringLiteral("¥") + major +
           locale.decimalPoint() + cents;
}

QString formatAmount(Money amount, const QLocale &locale)
{
    const qint64 minor = amount.minor();
    const qint64 absolute = minor < 0 ? -minor : minor;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(absolute / 100) +
           locale.decimalPoint() + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> parseAmount(QStringView text, const QLocale &locale)
{
    QString cleaned;
    for (QChar c : text.trimmed()) {
        if (c == QChar(0x00A5) || c == QChar(0xFFE5) || c.isSpace())
            continue; // ¥ (and the full-width ￥) and spaces
        cleaned.append(c);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString whole;
    QString fraction;
    bool inFraction = false;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fraction : whole).append(c);
        } else if (!inFraction && (QStringView(cleaned).mid(i).startsWith(point) || c == QLatin1Char('.'))) {
            inFraction = true;
            if (c != QLatin1Char('.'))
                i += point.size() - 1;
        } else if (!inFraction && !group.isEmpty() && QStringView(cleaned).mid(i).startsWith(group) &&
                   group != point) {
            i += group.size() - 1;
        } else {
            return std::nullopt;
        }
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > 2 || whole.size() > 9)
        return std::nullopt;
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    return Money::fromMinor(whole.toLongLong() * 100 + fraction.toLongLong());
}

} // namespace warmline::core
