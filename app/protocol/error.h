#pragma once

#include <QJsonObject>
#include <QString>

namespace warmline::protocol {

// Stable error codes. Their wire names (errorCodeName) never change meaning: only append.
enum class ErrorCode {
    MalformedJson,
    InvalidEnvelope,
    UnsupportedVersion,
    UnknownType,
    MissingField,
    InvalidField,
    FieldTooLong,
    FrameTooLarge,
    RateLimited,
    NotAuthenticated,
    AlreadyAuthenticated,
    InvalidCredentials,
    InvalidToken,
    Forbidden,
    NotFound,
    InvalidState,
    AlreadyTaken,
    IdempotencyConflict,
    ResnapshotRequired,
    Internal,
    OverAuthority,
    OverOrderValue,
    AgentUnavailable,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(QStringView name);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // for people reading logs; clients show their own translated text by code
    QString field;   // the offending field as a path ("payload.text"), when there is one
    QJsonObject details;

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &object);
};

// The server could not finish (a database failure, say) and changed nothing: `what` it could
// not do, for the log; the client says "try again".
Error internalError(const QString &what);
// The conversation a request names does not exist (or is not the customer's).
Error conversationNotFound(qint64 conversationId);

} // namespace warmline::protocol
