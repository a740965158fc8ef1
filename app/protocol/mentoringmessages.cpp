#include "protocol/mentoringmessages.h"

#include "protocol/limits.h"

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
            s.isOpen() ? std::nullopt : std::optional(s.endedAtMs),
            s.approveReplies,
            s.compensationLimit,
            s.approveCompensation};
}

HeldReplyInfo HeldReplyInfo::of(const core::HeldReply &h)
{
    const bool sent = h.state == core::HeldReply::State::Sent;
    return {h.id,
            h.sessionId,
            h.conversationId,
            h.menteeId,
            h.menteeName,
            h.body,
            h.clientOpId,
            h.heldAtMs,
            h.state,
            sent ? std::optional(h.sentBody) : std::nullopt,
            sent ? std::optional(h.messageId) : std::nullopt,
            h.note,
            h.decidedAtMs ? std::optional(h.decidedAtMs) : std::nullopt};
}

MentorProfileRequest MentorProfileRequest::read(PayloadReader &reader)
{
    MentorProfileRequest request;
    request.sessionId = reader.requiredId(QStringLiteral("sessionId"));
    request.approveReplies = reader.optionalBool(QStringLiteral("approveReplies")).value_or(false);
    request.compensationLimit =
        reader.optionalInteger(QStringLiteral("compensationLimit"), 0, std::numeric_limits<qint32>::max());
    request.approveCompensation = reader.optionalBool(QStringLiteral("approveCompensation")).value_or(false);
    return request;
}

QJsonObject MentorProfileRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("sessionId"), sessionId},
                       {QStringLiteral("approveReplies"), approveReplies},
                       {QStringLiteral("approveCompensation"), approveCompensation}};
    if (compensationLimit)
        object.insert(QStringLiteral("compensationLimit"), *compensationLimit);
    return object;
}

MentorApproveRequest MentorApproveRequest::read(PayloadReader &reader)
{
    MentorApproveRequest request;
    request.heldId = reader.requiredId(QStringLiteral("heldId"));
    request.body =
        reader.optionalString(QStringLiteral("body"), maxMessageLength).value_or(QString()).trimmed();
    request.note =
        reader.optionalString(QStringLiteral("note"), maxHeldNoteLength).value_or(QString()).trimmed();
    return request;
}

QJsonObject MentorApproveRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("heldId"), heldId}};
    if (!body.isEmpty())
        object.insert(QStringLiteral("body"), body);
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return object;
}

MentorReturnRequest MentorReturnRequest::read(PayloadReader &reader)
{
    MentorReturnRequest request;
    request.heldId = reader.requiredId(QStringLiteral("heldId"));
    request.note =
        reader.optionalString(QStringLiteral("note"), maxHeldNoteLength).value_or(QString()).trimmed();
    return request;
}

QJsonObject MentorReturnRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("heldId"), heldId}};
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return object;
}

WhisperInfo WhisperInfo::of(const core::Whisper &w)
{
    return {w.id,         w.sessionId, w.conversationId ? std::optional(w.conversationId) : std::nullopt,
            w.mentorName, w.body,      w.createdAtMs};
}

BookmarkInfo BookmarkInfo::of(const core::Bookmark &b)
{
    return {b.id, b.sessionId, b.messageId, b.conversationId, b.excerpt, b.note, b.createdAtMs};
}

ReviewInfo ReviewInfo::of(const core::Review &r)
{
    return {r.empathy, r.ownership, r.resolution, r.warmth, r.notes, r.reviewedAtMs};
}

FeedbackInfo FeedbackInfo::of(const core::MentorSession &session, const std::optional<core::Review> &review,
                              const QList<core::Bookmark> &bookmarks)
{
    FeedbackInfo feedback{MentorSessionInfo::of(session), std::nullopt, {}};
    if (review)
        feedback.review = ReviewInfo::of(*review);
    for (const core::Bookmark &bookmark : bookmarks)
        feedback.bookmarks.append(BookmarkInfo::of(bookmark));
    return feedback;
}

MentorBookmarkRequest MentorBookmarkRequest::read(PayloadReader &reader)
{
    MentorBookmarkRequest request;
    request.sessionId = reader.requiredId(QStringLiteral("sessionId"));
    request.messageId = reader.requiredId(QStringLiteral("messageId"));
    request.note =
        reader.optionalString(QStringLiteral("note"), maxBookmarkNoteLength).value_or(QString()).trimmed();
    return request;
}

QJsonObject MentorBookmarkRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("sessionId"), sessionId}, {QStringLiteral("messageId"), messageId}};
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return object;
}

MentorReviewRequest MentorReviewRequest::read(PayloadReader &reader)
{
    MentorReviewRequest request;
    request.sessionId = reader.requiredId(QStringLiteral("sessionId"));
    for (const auto &[key, score] : {std::pair{QStringLiteral("empathy"), &request.empathy},
                                     std::pair{QStringLiteral("ownership"), &request.ownership},
                                     std::pair{QStringLiteral("resolution"), &request.resolution},
                                     std::pair{QStringLiteral("warmth"), &request.warmth}}) {
        const auto value = reader.optionalInteger(key, 1, 5);
        if (reader.ok() && !value)
            reader.reject(ErrorCode::MissingField, key,
                          QStringLiteral("%1 is required (1 to 5)").arg(reader.path(key)));
        *score = int(value.value_or(0));
    }
    request.notes =
        reader.optionalString(QStringLiteral("notes"), maxReviewNotesLength).value_or(QString()).trimmed();
    return request;
}

QJsonObject MentorReviewRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("sessionId"), sessionId},
                       {QStringLiteral("empathy"), empathy},
                       {QStringLiteral("ownership"), ownership},
                       {QStringLiteral("resolution"), resolution},
                       {QStringLiteral("warmth"), warmth}};
    if (!notes.isEmpty())
        object.insert(QStringLiteral("notes"), notes);
    return object;
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
