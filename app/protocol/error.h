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

} // namespace warmline::protocol
