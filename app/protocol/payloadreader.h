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
    // Money as a JSON integer number of fen (never a fraction, never a string), within bounds.
    qint64 requiredAmount(const QString &key, qint64 minimum, qint64 maximum);
    // An array of objects; each is read with a reader of its own (see item()).
    QList<QJsonObject> requiredObjectList(const QString &key, int minItems, int maxItems);
    // A reader for item `index` of the list `key`, whose errors name "payload.key[index].field".
    PayloadReader item(const QString &key, qsizetype index, const QJsonObject &object) const;
    // Takes over the first error of a reader made by item().
    void adopt(const PayloadReader &child);
    // A problem only the caller can see (a duplicate, a cross-field rule): kept like any other.
    void reject(ErrorCode code, const QString &key, const QString &message);
    QString path(const QString &key) const { return m_prefix + QLatin1Char('.') + key; }

    static qsizetype codePoints(QStringView text);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<QJsonValue> present(const QString &key);
    void fail(ErrorCode code, const QString &key, const QString &message);

    QJsonObject m_payload;
    QString m_prefix;
    std::optional<Error> m_error;
};

} // namespace warmline::protocol
