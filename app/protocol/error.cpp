#include "protocol/error.h"

#include <array>
#include <utility>

namespace warmline::protocol {

namespace {

constexpr std::array codeNames = {
    std::pair{ErrorCode::MalformedJson, "malformed_json"},
    std::pair{ErrorCode::InvalidEnvelope, "invalid_envelope"},
    std::pair{ErrorCode::UnsupportedVersion, "unsupported_version"},
    std::pair{ErrorCode::UnknownType, "unknown_type"},
    std::pair{ErrorCode::MissingField, "missing_field"},
    std::pair{ErrorCode::InvalidField, "invalid_field"},
    std::pair{ErrorCode::FieldTooLong, "field_too_long"},
    std::pair{ErrorCode::FrameTooLarge, "frame_too_large"},
    std::pair{ErrorCode::RateLimited, "rate_limited"},
    std::pair{ErrorCode::NotAuthenticated, "not_authenticated"},
    std::pair{ErrorCode::AlreadyAuthenticated, "already_authenticated"},
    std::pair{ErrorCode::InvalidCredentials, "invalid_credentials"},
    std::pair{ErrorCode::InvalidToken, "invalid_token"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::InvalidState, "invalid_state"},
    std::pair{ErrorCode::AlreadyTaken, "already_taken"},
    std::pair{ErrorCode::IdempotencyConflict, "idempotency_conflict"},
    std::pair{ErrorCode::ResnapshotRequired, "resnapshot_required"},
    std::pair{ErrorCode::Internal, "internal"},
    std::pair{ErrorCode::OverAuthority, "over_authority"},
    std::pair{ErrorCode::OverOrderValue, "over_order_value"},
    std::pair{ErrorCode::AgentUnavailable, "agent_unavailable"},
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[value, name] : codeNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &[value, text] : codeNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject Error::toJson() const
{
    QJsonObject object{{QStringLiteral("code"), errorCodeName(code)}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    if (!details.isEmpty())
        object.insert(QStringLiteral("details"), details);
    return object;
}

Error Error::fromJson(const QJsonObject &object)
{
    Error error;
    error.code =
        errorCodeFromName(object.value(QStringLiteral("code")).toString()).value_or(ErrorCode::Internal);
    error.message = object.value(QStringLiteral("message")).toString();
    error.field = object.value(QStringLiteral("field")).toString();
    error.details = object.value(QStringLiteral("details")).toObject();
    return error;
}

Error internalError(const QString &what)
{
    return Error{ErrorCode::Internal, QStringLiteral("could not %1; try again").arg(what), {}, {}};
}

Error conversationNotFound(qint64 conversationId)
{
    return Error{ErrorCode::NotFound,
                 QStringLiteral("conversation %1 does not exist").arg(conversationId),
                 QStringLiteral("payload.conversationId"),
                 {}};
}

} // namespace warmline::protocol
