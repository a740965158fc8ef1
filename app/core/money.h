#pragma once


class QLocale;
#include <QString>
#include <QtGlobal>

namespace warmline::core {

// An amount of money in minor units (分 for CNY). Never a floating-point number: sums, limits
// and budgets must be exact.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }

    constexpr qint64 minor() const { return m_minor; }
    constexpr qint64 major() const { return m_minor / 100; }
    constexpr int minorPart() const { return int(m_minor % 100); }

    constexpr Money operator+(Money other) const { return Money(m_minor + other.m_minor); }
    constexpr Money operator-(Money other) const { return Money(m_minor - other.m_minor); }
    constexpr Money &operator+=(Money other)
    {
        m_minor += other.m_minor;
        return *this;
    }
    // Spelled out rather than a defaulted <=>: moc cannot parse <compare>, and every file that
    // includes this header would inherit the problem.
    constexpr bool operator==(Money other) const { return m_minor == other.m_minor; }
    constexpr bool operator!=(Money other) const { return m_minor != other.m_minor; }
    constexpr bool operator<(Money other) const { return m_minor < other.m_minor; }
    constexpr bool operator<=(Money other) const { return m_minor <= other.m_minor; }
    constexpr bool operator>(Money other) const { return m_minor > other.m_minor; }
    constexpr bool operator>=(Money other) const { return m_minor >= other.m_minor; }

private:
    constexpr explicit Money(qint64 minor)
        : m_minor(minor)
    {
    }
    qint64 m_minor = 0;
};

// "¥1,299.00" with the locale's digit grouping and decimal point. Amounts are in CNY.
QString formatMoney(Money amount, const QLocale &locale);

} // namespace warmline::core
