#include "protocol/payloadreader.h"

#include <cmath>
#include <QJsonArray>

namespace warmline::protocol {

namespace {
// Integers travel as JSON numbers (doubles): beyond 2^53 they are no longer exact.
constexpr double maxExactInteger = 9007199254740992.0;
} // namespace

qsizetype PayloadReader::codePoints(QStringView text)
{
    // Limits are in Unicode code points, what every language can count; QString's size() is in
    // UTF-16 units, where an emoji counts twice.
    qsizetype count = 0;
    for (QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

PayloadReader::PayloadReader(const QJsonObject &payload, QString prefix)
    : m_payload(payload)
    , m_prefix(std::move(prefix))
{
}

void PayloadReader::fail(ErrorCode code, const QString &key, const QString &message)
{
    if (!m_error)
        m_error = Error{code, message, path(key), {}};
}

std::optional<QJsonValue> PayloadReader::present(const QString &key)
{
    const QJsonValue value = m_payload.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

QString PayloadReader::requiredString(const QString &key, qsizetype maxLength)
{
    if (!ok())
        return {};
    if (!present(key)) {
        fail(ErrorCode::MissingField, key, QStringLiteral("%1 is required").arg(path(key)));
        return {};
    }
    return optionalString(key, maxLength).value_or(QString());
}

std::optional<QString> PayloadReader::optionalString(const QString &key, qsizetype maxLength)
{
    if (!ok())
        return std::nullopt;
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must be a string").arg(path(key)));
        return std::nullopt;
    }
    QString text = value->toString();
    const qsizetype length = codePoints(text);
    if (length > maxLength) {
        fail(ErrorCode::FieldTooLong, key,
             QStringLiteral("%1 has %2 characters; at most %3 are allowed")
                 .arg(path(key))
                 .arg(length)
                 .arg(maxLength));
        return std::nullopt;
    }
    return text;
}

QString PayloadReader::requiredText(const QString &key, qsizetype maxLength)
{
    QString text = requiredString(key, maxLength);
    if (ok() && text.trimmed().isEmpty())
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must not be empty").arg(path(key)));
    return text;
}

qint64 PayloadReader::requiredId(const QString &key)
{
    if (!ok())
        return 0;
    if (!present(key)) {
        fail(ErrorCode::MissingField, key, QStringLiteral("%1 is required").arg(path(key)));
        return 0;
    }
    return optionalInteger(key, 1, static_cast<qint64>(maxExactInteger)).value_or(0);
}

std::optional<qint64> PayloadReader::optionalInteger(const QString &key, qint64 minimum, qint64 maximum)
{
    if (!ok())
        return std::nullopt;
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number) || number != std::floor(number) ||
        std::fabs(number) > maxExactInteger) {
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must be an integer").arg(path(key)));
        return std::nullopt;
    }
    const auto integer = static_cast<qint64>(number);
    if (integer < minimum || integer > maximum) {
        fail(ErrorCode::InvalidField, key,
             QStringLiteral("%1 must be between %2 and %3").arg(path(key)).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return integer;
}

QString PayloadReader::requiredOneOf(const QString &key, const QStringList &allowed)
{
    QString value = requiredString(key, 64);
    if (ok() && !allowed.contains(value)) {
        fail(ErrorCode::InvalidField, key,
             QStringLiteral("%1 must be one of: %2").arg(path(key), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return value;
}

std::optional<QString> PayloadReader::optionalOneOf(const QString &key, const QStringList &allowed)
{
    if (!ok() || !present(key))
        return std::nullopt;
    return requiredOneOf(key, allowed);
}

std::optional<bool> PayloadReader::optionalBool(const QString &key)
{
    if (!ok())
        return std::nullopt;
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must be true or false").arg(path(key)));
        return std::nullopt;
    }
    return value->toBool();
}

QStringList PayloadReader::requiredStringList(const QString &key, int maxItems, qsizetype maxItemLength)
{
    if (!ok())
        return {};
    const auto value = present(key);
    if (!value) {
        fail(ErrorCode::MissingField, key, QStringLiteral("%1 is required").arg(path(key)));
        return {};
    }
    if (!value->isArray()) {
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must be an array of strings").arg(path(key)));
        return {};
    }
    const QJsonArray array = value->toArray();
    if (array.isEmpty()) {
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must not be empty").arg(path(key)));
        return {};
    }
    if (array.size() > maxItems) {
        fail(ErrorCode::FieldTooLong, key,
             QStringLiteral("%1 has more than %2 items").arg(path(key)).arg(maxItems));
        return {};
    }
    QStringList result;
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().isEmpty() || codePoints(item.toString()) > maxItemLength) {
            fail(ErrorCode::InvalidField, key,
                 QStringLiteral("%1 must hold non-empty strings of at most %2 characters")
                     .arg(path(key))
                     .arg(maxItemLength));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

qint64 PayloadReader::requiredAmount(const QString &key, qint64 minimum, qint64 maximum)
{
    if (!ok())
        return 0;
    const auto value = present(key);
    if (!value) {
        fail(ErrorCode::MissingField, key, QStringLiteral("%1 is required").arg(path(key)));
        return 0;
    }
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number) || number != std::floor(number) ||
        std::fabs(number) > maxExactInteger) {
        fail(ErrorCode::InvalidField, key,
             QStringLiteral("%1 must be a whole number of fen (1250 for ¥12.50)").arg(path(key)));
        return 0;
    }
    const auto amount = static_cast<qint64>(number);
    if (amount < minimum || amount > maximum) {
        fail(ErrorCode::InvalidField, key,
             QStringLiteral("%1 is %2 fen; it must be between %3 and %4 fen")
                 .arg(path(key))
                 .arg(amount)
                 .arg(minimum)
                 .arg(maximum));
        return 0;
    }
    return amount;
}

QList<QJsonObject> PayloadReader::requiredObjectList(const QString &key, int minItems, int maxItems)
{
    if (!ok())
        return {};
    const auto value = present(key);
    if (!value) {
        fail(ErrorCode::MissingField, key, QStringLiteral("%1 is required").arg(path(key)));
        return {};
    }
    if (!value->isArray()) {
        fail(ErrorCode::InvalidField, key, QStringLiteral("%1 must be an array of objects").arg(path(key)));
        return {};
    }
    const QJsonArray array = value->toArray();
    if (array.size() > maxItems) {
        fail(ErrorCode::FieldTooLong, key,
             QStringLiteral("%1 has %2 items; at most %3 are allowed")
                 .arg(path(key))
                 .arg(array.size())
                 .arg(maxItems));
        return {};
    }
    if (array.size() < minItems) {
        fail(ErrorCode::InvalidField, key,
             QStringLiteral("%1 has %2 items; at least %3 are needed")
                 .arg(path(key))
                 .arg(array.size())
                 .arg(minItems));
        return {};
    }
    QList<QJsonObject> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(ErrorCode::InvalidField, key,
                 QStringLiteral("%1[%2] must be an object").arg(path(key)).arg(i));
            return {};
        }
        result.append(array.at(i).toObject());
    }
    return result;
}

PayloadReader PayloadReader::item(const QString &key, qsizetype index, const QJsonObject &object) const
{
    return PayloadReader(object, QStringLiteral("%1[%2]").arg(path(key)).arg(index));
}

void PayloadReader::adopt(const PayloadReader &child)
{
    if (!m_error && child.m_error)
        m_error = child.m_error;
}

void PayloadReader::reject(ErrorCode code, const QString &key, const QString &message)
{
    fail(code, key, message);
}

} // namespace warmline::protocol
