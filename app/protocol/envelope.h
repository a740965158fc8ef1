#pragma once

#include "protocol/error.h"

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace warmline::protocol {

// A client request: {"v":1, "type":"…", "id":"client operation id", "payload":{…}}.
struct Request
{
    QString type;
    QString id;
    QJsonObject payload;
};

// Why a frame could not become a Request; id is whatever correlation id could be read, so the
// error reply can still be matched by the client.
struct RequestRejection
{
    Error error;
    QString id;
};

std::variant<Request, RequestRejection> parseRequest(const QByteArray &frame);
QByteArray encodeRequest(const Request &request);

// Server frames.
QByteArray encodeAck(const QString &requestId, std::optional<qint64> seq, const QJsonObject &payload);
QByteArray encodeError(const QString &requestId, const Error &error);
QByteArray encodeEvent(qint64 seq, const QString &kind, const QJsonObject &payload);

struct ServerFrame
{
    enum class Kind { Ack, Error, Event };
    Kind kind = Kind::Ack;
    QString requestId;     // ack and error: the request's id ("" when the server could not read one)
    qint64 seq = 0;        // ack: the event it produced (0: none); event: its position in the log
    QString event;         // event: its kind, e.g. "message.created"
    QJsonObject payload;   // ack and event
    protocol::Error error; // error
};

std::optional<ServerFrame> parseServerFrame(const QByteArray &frame, QString *problem);

} // namespace warmline::protocol
