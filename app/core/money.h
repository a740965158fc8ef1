#pragma once

class QLocale;
#include <optional>
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
    constexpr Money &operator-=(Money other)
    {
        m_minor -= other.m_minor;
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
// "1299.00" with the locale's decimal point and no grouping: what an amount editor shows.
QString formatAmount(Money amount, const QLocale &locale);
// Reads what a person typed into an amount editor: "12", "12.5", "12.50", "¥12.50", "1,299.00", with
// the locale's (or an ASCII) decimal point. Never negative, at most two decimals, at most ¥1e9.
// Integer parsing only: the amount never passes through a floating-point number.
std::optional<Money> parseAmount(QStringView text, const QLocale &locale);

} // namespace warmline::core
