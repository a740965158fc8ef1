#include "protocol/envelope.h"

#include "protocol/limits.h"

#include <cmath>
#include <QJsonDocument>
#include <QJsonParseError>

namespace warmline::protocol {

namespace {

const QString keyVersion = QStringLiteral("v");
const QString keyType = QStringLiteral("type");
const QString keyId = QStringLiteral("id");
const QString keyPayload = QStringLiteral("payload");
const QString keyRe = QStringLiteral("re");
const QString keySeq = QStringLiteral("seq");
const QString keyEvent = QStringLiteral("event");
const QString keyError = QStringLiteral("error");

RequestRejection reject(ErrorCode code, QString message, QString field = {}, QString id = {})
{
    return {Error{code, std::move(message), std::move(field), {}}, std::move(id)};
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

std::variant<Request, RequestRejection> parseRequest(const QByteArray &frame)
{
    if (frame.size() > maxFrameBytes) {
        return reject(ErrorCode::FrameTooLarge,
                      QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes")
                          .arg(frame.size())
                          .arg(maxFrameBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return reject(ErrorCode::MalformedJson, QStringLiteral("not valid JSON at offset %1: %2")
                                                    .arg(parseError.offset)
                                                    .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return reject(ErrorCode::InvalidEnvelope, QStringLiteral("a frame must be a JSON object"));
    const QJsonObject object = document.object();

    // Read the id first so that every later error can still be correlated by the client.
    QString id;
    const QJsonValue idValue = object.value(keyId);
    if (idValue.isUndefined())
        return reject(ErrorCode::MissingField, QStringLiteral("missing request id"), keyId);
    if (!idValue.isString() || idValue.toString().isEmpty())
        return reject(ErrorCode::InvalidField, QStringLiteral("id must be a non-empty string"), keyId);
    id = idValue.toString();
    if (id.size() > maxOpIdLength) {
        return reject(ErrorCode::FieldTooLong,
                      QStringLiteral("id is longer than %1 characters").arg(maxOpIdLength), keyId);
    }

    const QJsonValue version = object.value(keyVersion);
    if (version.isUndefined())
        return reject(ErrorCode::MissingField, QStringLiteral("missing protocol version"), keyVersion, id);
    const double versionNumber = version.toDouble(-1);
    if (!version.isDouble() || versionNumber != std::floor(versionNumber))
        return reject(ErrorCode::InvalidField, QStringLiteral("v must be an integer"), keyVersion, id);
    if (versionNumber != protocolVersion) {
        return reject(ErrorCode::UnsupportedVersion,
                      QStringLiteral("protocol version %1 is not supported; this server speaks %2")
                          .arg(versionNumber)
                          .arg(protocolVersion),
                      keyVersion, id);
    }

    const QJsonValue type = object.value(keyType);
    if (type.isUndefined())
        return reject(ErrorCode::MissingField, QStringLiteral("missing request type"), keyType, id);
    if (!type.isString() || type.toString().isEmpty())
        return reject(ErrorCode::InvalidField, QStringLiteral("type must be a non-empty string"), keyType,
                      id);
    if (type.toString().size() > maxTypeLength)
        return reject(ErrorCode::FieldTooLong, QStringLiteral("type is too long"), keyType, id);

    const QJsonValue payload = object.value(keyPayload);
    if (!payload.isUndefined() && !payload.isObject())
        return reject(ErrorCode::InvalidField, QStringLiteral("payload must be an object"), keyPayload, id);

    return Request{type.toString(), id, payload.toObject()};
}

QByteArray encodeRequest(const Request &request)
{
    return encode({{keyVersion, protocolVersion},
                   {keyType, request.type},
                   {keyId, request.id},
                   {keyPayload, request.payload}});
}

QByteArray encodeAck(const QString &requestId, std::optional<qint64> seq, const QJsonObject &payload)
{
    QJsonObject object{{keyVersion, protocolVersion},
                       {keyType, QStringLiteral("ack")},
                       {keyRe, requestId},
                       {keyPayload, payload}};
    object.insert(keySeq, seq ? QJsonValue(*seq) : QJsonValue(QJsonValue::Null));
    return encode(object);
}

QByteArray encodeError(const QString &requestId, const Error &error)
{
    return encode({{keyVersion, protocolVersion},
                   {keyType, QStringLiteral("error")},
                   {keyRe, requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(requestId)},
                   {keyError, error.toJson()}});
}

QByteArray encodeEvent(qint64 seq, const QString &kind, const QJsonObject &payload)
{
    return encode({{keyVersion, protocolVersion},
                   {keyType, QStringLiteral("event")},
                   {keySeq, seq},
                   {keyEvent, kind},
                   {keyPayload, payload}});
}

std::optional<ServerFrame> parseServerFrame(const QByteArray &frame, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("server frame is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(keyVersion).toInt() != protocolVersion) {
        *problem = QStringLiteral("server frame has an unexpected protocol version");
        return std::nullopt;
    }
    ServerFrame result;
    const QString type = object.value(keyType).toString();
    result.requestId = object.value(keyRe).toString();
    result.seq = object.value(keySeq).toInteger();
    result.payload = object.value(keyPayload).toObject();
    if (type == QLatin1StringView("ack")) {
        result.kind = ServerFrame::Kind::Ack;
    } else if (type == QLatin1StringView("error")) {
        result.kind = ServerFrame::Kind::Error;
        result.error = Error::fromJson(object.value(keyError).toObject());
    } else if (type == QLatin1StringView("event")) {
        result.kind = ServerFrame::Kind::Event;
        result.event = object.value(keyEvent).toString();
        if (result.seq <= 0 || result.event.isEmpty()) {
            *problem = QStringLiteral("event frame without seq or kind");
            return std::nullopt;
        }
    } else {
        *problem = QStringLiteral("unknown server frame type \"%1\"").arg(type);
        return std::nullopt;
    }
    return result;
}

} // namespace warmline::protocol
