#pragma once

#include "protocol/error.h"

#include <optional>
#include <QJsonObject>
#include <QStringList>

namespace warmline::protocol {

// Reads typed fields out of a request payload. The first problem wins and is kept as a typed
// error naming the field ("payload.text"); later reads after a failure return defaults, so a
// message struct can read all its fields and check ok() once.
class PayloadReader
{
public:
    explicit PayloadReader(const QJsonObject &payload, QString prefix = QStringLiteral("payload"));

    QString requiredString(const QString &key, qsizetype maxLength);
    std::optional<QString> optionalString(const QString &key, qsizetype maxLength);
    // Text that people read: must contain something besides white space.
    QString requiredText(const QString &key, qsizetype maxLength);
    qint64 requiredId(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key, qint64 minimum, qint64 maximum);
    // A string that must be one of a fixed set of wire names.
    QString requiredOneOf(const QString &key, const QStringList &allowed);
    std::optional<QString> optionalOneOf(const QString &key, const QStringList &allowed);
    std::optional<bool> optionalBool(const QString &key);
    QStringList requiredStringList(const QString &key, int maxItems, qsizetype maxItemLength);

    static qsizetype codePoints(QStringView text);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<QJsonValue> present(const QString &key);
    void fail(ErrorCode code, const QString &key, const QString &message);
    QString path(const QString &key) const { return m_prefix + QLatin1Char('.') + key; }

    QJsonObject m_payload;
    QString m_prefix;
    std::optional<Error> m_error;
};

} // namespace warmline::protocol
