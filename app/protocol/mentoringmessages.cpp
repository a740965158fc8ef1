#include "protocol/mentoringmessages.h"

#include <limits>

namespace warmline::protocol {

MentorSessionInfo MentorSessionInfo::of(const core::MentorSession &s)
{
    return {s.id,
            s.mentorId,
            s.mentorName,
            s.menteeId,
            s.menteeName,
            s.startedAtMs,
            s.isOpen() ? std::nullopt : std::optional(s.endedAtMs)};
}

WhisperInfo WhisperInfo::of(const core::Whisper &w)
{
    return {w.id,         w.sessionId, w.conversationId ? std::optional(w.conversationId) : std::nullopt,
            w.mentorName, w.body,      w.createdAtMs};
}

MentorStartRequest MentorStartRequest::read(PayloadReader &reader)
{
    MentorStartRequest request;
    request.menteeId = reader.requiredId(QStringLiteral("menteeId"));
    return request;
}

QJsonObject MentorStartRequest::toJson() const
{
    return {{QStringLiteral("menteeId"), menteeId}};
}

MentorEndRequest MentorEndRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(QStringLiteral("sessionId"))};
}

QJsonObject MentorEndRequest::toJson() const
{
    return {{QStringLiteral("sessionId"), sessionId}};
}

MentorWhisperRequest MentorWhisperRequest::read(PayloadReader &reader)
{
    MentorWhisperRequest request;
    request.sessionId = reader.requiredId(QStringLiteral("sessionId"));
    request.conversationId =
        reader.optionalInteger(QStringLiteral("conversationId"), 1, std::numeric_limits<qint64>::max())
            .value_or(0);
    request.body = reader.requiredText(QStringLiteral("body"), maxWhisperLength).trimmed();
    return request;
}

QJsonObject MentorWhisperRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("sessionId"), sessionId}, {QStringLiteral("body"), body}};
    if (conversationId > 0)
        object.insert(QStringLiteral("conversationId"), conversationId);
    return object;
}

} // namespace warmline::protocol
