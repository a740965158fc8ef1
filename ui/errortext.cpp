#include "ui/errortext.h"

#include <QCoreApplication>

namespace warmline::ui {

QString errorText(const protocol::Error &error)
{
    using protocol::ErrorCode;
    if (error.details.value(QStringLiteral("connectionLost")).toBool())
        return QCoreApplication::translate(
            "ErrorText", "You are offline. Wait until the status bar shows \"Live\", then try again.");
    switch (error.code) {
    case ErrorCode::InvalidCredentials:
        return QCoreApplication::translate("ErrorText",
                                           "Wrong user name or password. Check both and try again.");
    case ErrorCode::InvalidToken:
    case ErrorCode::NotAuthenticated:
        return QCoreApplication::translate("ErrorText", "Your session has ended. Sign in again.");
    case ErrorCode::AlreadyTaken:
        return QCoreApplication::translate("ErrorText",
                                           "%1 already accepted this conversation. Pick another one.")
            .arg(error.details.value(QStringLiteral("agentName")).toString());
    case ErrorCode::Forbidden:
        return QCoreApplication::translate(
            "ErrorText", "You are not allowed to do this here. Ask a supervisor if you think you should be.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate(
            "ErrorText", "This conversation no longer exists. Pick another one from the list.");
    case ErrorCode::InvalidState: {
        const QString status = error.details.value(QStringLiteral("status")).toString();
        if (status == QLatin1StringView("queued"))
            return QCoreApplication::translate(
                "ErrorText", "The customer is still waiting. Accept the conversation first.");
        if (status == QLatin1StringView("bot"))
            return QCoreApplication::translate(
                "ErrorText",
                "The bot is still talking to this customer. It comes to the queue when it hands over.");
        if (error.details.contains(QStringLiteral("assignedAgentName")))
            return QCoreApplication::translate("ErrorText",
                                               "%1 already has this conversation. Pick someone else.")
                .arg(error.details.value(QStringLiteral("assignedAgentName")).toString());
        if (error.details.contains(QStringLiteral("queue")))
            return QCoreApplication::translate("ErrorText",
                                               "The customer already waits in that queue. Pick another one.");
        return QCoreApplication::translate(
            "ErrorText", "This conversation is already resolved. The customer can start a new one.");
    }
    case ErrorCode::AgentUnavailable:
        return QCoreApplication::translate(
            "ErrorText", "That colleague is not available right now. Choose someone available or a queue.");
    case ErrorCode::FieldTooLong:
        return QCoreApplication::translate("ErrorText", "The text is too long. Shorten it and send again.");
    case ErrorCode::RateLimited:
        return QCoreApplication::translate("ErrorText",
                                           "Too many requests at once. Wait a moment and try again.");
    case ErrorCode::IdempotencyConflict:
        return QCoreApplication::translate(
            "ErrorText", "The server saw a conflicting repeat of this request. Try the action again.");
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        return QCoreApplication::translate(
            "ErrorText", "The request was incomplete. Check what you entered and try again.");
    default:
        break;
    }
    return QCoreApplication::translate("ErrorText",
                                       "The server could not do this (%1). Try again; if it keeps "
                                       "happening, tell your supervisor.")
        .arg(protocol::errorCodeName(error.code));
}

} // namespace warmline::ui
