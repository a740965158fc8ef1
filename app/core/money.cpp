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

} // namespace warmline::core
