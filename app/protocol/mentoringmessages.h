#pragma once

// Mentor sessions (导师制): a trainer or supervisor shadows one agent's live conversations and
// whispers advice only that agent sees. Requests, acks and events, described once (schema.h); type
// and kind names are part of the wire protocol: only append.

#include "core/mentoring.h"
#include "core/presence.h"
#include "protocol/codecs.h"
#include "protocol/metricsreplies.h"
#include "protocol/payloadreader.h"

namespace warmline::protocol {

inline constexpr qsizetype maxWhisperLength = 500;
inline constexpr qsizetype maxBookmarkNoteLength = 300;
inline constexpr qsizetype maxReviewNotesLength = 2000;
inline constexpr qsizetype maxHeldNoteLength = 300;

namespace event {
// The mentee and the mentor: a session started or ended. Payload {"session": MentorSession}.
inline const QString mentorSession = QStringLiteral("mentor.session");
// Exactly one agent, the mentee: advice from their mentor. Payload {"whisper": Whisper}.
inline const QString mentorWhisper = QStringLiteral("mentor.whisper");
// The mentee: their mentor reviewed a session. Payload {"feedback": Feedback}.
inline const QString mentorReviewed = QStringLiteral("mentor.reviewed");
// The mentee and the mentor: a reply was held for approval, sent or returned. Payload {"held": HeldReply}.
inline const QString mentorHeld = QStringLiteral("mentor.held");
} // namespace event

struct MentorSessionInfo
{
    qint64 id = 0;
    qint64 mentorId = 0;
    QString mentorName;
    qint64 menteeId = 0;
    QString menteeName;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt; // null while open
    bool approveReplies = false;
    std::optional<qint64> compensationLimit; // fen per case; null: the mentee's own limit
    bool approveCompensation = false;

    static MentorSessionInfo of(const core::MentorSession &session);
    bool isOpen() const { return !endedAt; }
    static auto fields()
    {
        using schema::field;
        using S = MentorSessionInfo;
        return std::tuple{field("id", &S::id),
                          field("mentorId", &S::mentorId),
                          field("mentorName", &S::mentorName),
                          field("menteeId", &S::menteeId),
                          field("menteeName", &S::menteeName),
                          field("startedAt", &S::startedAt),
                          field("endedAt", &S::endedAt),
                          field("approveReplies", &S::approveReplies),
                          field("compensationLimit", &S::compensationLimit),
                          field("approveCompensation", &S::approveCompensation)};
    }
    friend bool operator==(const MentorSessionInfo &, const MentorSessionInfo &) = default;
};

struct WhisperInfo
{
    qint64 id = 0;
    qint64 sessionId = 0;
    std::optional<qint64> conversationId; // null: general advice
    QString mentorName;
    QString body;
    qint64 createdAt = 0;

    static WhisperInfo of(const core::Whisper &whisper);
    static auto fields()
    {
        using schema::field;
        using W = WhisperInfo;
        return std::tuple{field("id", &W::id),
                          field("sessionId", &W::sessionId),
                          field("conversationId", &W::conversationId),
                          field("mentorName", &W::mentorName),
                          field("body", &W::body),
                          field("createdAt", &W::createdAt)};
    }
    friend bool operator==(const WhisperInfo &, const WhisperInfo &) = default;
};

// A mentee's reply in an approve-before-send session: waiting, sent (as sentBody, message
// messageId) or returned to the mentee with the mentor's note.
struct HeldReplyInfo
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 conversationId = 0;
    qint64 menteeId = 0;
    QString menteeName;
    QString body;
    QString clientOpId;
    qint64 heldAt = 0;
    core::HeldReply::State state = core::HeldReply::State::Waiting;
    std::optional<QString> sentBody;
    std::optional<qint64> messageId;
    QString note;
    std::optional<qint64> decidedAt;

    static HeldReplyInfo of(const core::HeldReply &held);
    static auto fields()
    {
        using schema::field;
        using H = HeldReplyInfo;
        return std::tuple{field("id", &H::id),
                          field("sessionId", &H::sessionId),
                          field("conversationId", &H::conversationId),
                          field("menteeId", &H::menteeId),
                          field("menteeName", &H::menteeName),
                          field("body", &H::body),
                          field("clientOpId", &H::clientOpId),
                          field("heldAt", &H::heldAt),
                          field("state", &H::state),
                          field("sentBody", &H::sentBody),
                          field("messageId", &H::messageId),
                          field("note", &H::note),
                          field("decidedAt", &H::decidedAt)};
    }
    friend bool operator==(const HeldReplyInfo &, const HeldReplyInfo &) = default;
};

struct BookmarkInfo
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString excerpt; // the marked message
    QString note;
    qint64 createdAt = 0;

    static BookmarkInfo of(const core::Bookmark &bookmark);
    static auto fields()
    {
        using schema::field;
        using B = BookmarkInfo;
        return std::tuple{field("id", &B::id),
                          field("sessionId", &B::sessionId),
                          field("messageId", &B::messageId),
                          field("conversationId", &B::conversationId),
                          field("excerpt", &B::excerpt),
                          field("note", &B::note),
                          field("createdAt", &B::createdAt)};
    }
    friend bool operator==(const BookmarkInfo &, const BookmarkInfo &) = default;
};

// The rubric after a session: empathy, ownership, resolution and warmth, 1–5 each.
struct ReviewInfo
{
    int empathy = 0;
    int ownership = 0;
    int resolution = 0;
    int warmth = 0;
    QString notes;
    qint64 reviewedAt = 0;

    static ReviewInfo of(const core::Review &review);
    static auto fields()
    {
        using schema::field;
        using R = ReviewInfo;
        return std::tuple{field("empathy", &R::empathy),       field("ownership", &R::ownership),
                          field("resolution", &R::resolution), field("warmth", &R::warmth),
                          field("notes", &R::notes),           field("reviewedAt", &R::reviewedAt)};
    }
    friend bool operator==(const ReviewInfo &, const ReviewInfo &) = default;
};

// What a mentee reads after a session: the session, its review (null until written) and the
// moments the mentor marked.
struct FeedbackInfo
{
    MentorSessionInfo session;
    std::optional<ReviewInfo> review;
    QList<BookmarkInfo> bookmarks;

    static FeedbackInfo of(const core::MentorSession &session, const std::optional<core::Review> &review,
                           const QList<core::Bookmark> &bookmarks);
    static auto fields()
    {
        using schema::field;
        return std::tuple{field("session", &FeedbackInfo::session), field("review", &FeedbackInfo::review),
                          field("bookmarks", &FeedbackInfo::bookmarks)};
    }
    friend bool operator==(const FeedbackInfo &, const FeedbackInfo &) = default;
};

struct BookmarkReply
{
    BookmarkInfo bookmark;

    static auto fields() { return std::tuple{schema::field("bookmark", &BookmarkReply::bookmark)}; }
    friend bool operator==(const BookmarkReply &, const BookmarkReply &) = default;
};

struct MentorFeedbackReply
{
    FeedbackInfo feedback;

    static auto fields() { return std::tuple{schema::field("feedback", &MentorFeedbackReply::feedback)}; }
    friend bool operator==(const MentorFeedbackReply &, const MentorFeedbackReply &) = default;
};

struct FeedbackListReply
{
    QList<FeedbackInfo> feedback; // the caller's ended sessions as mentee, newest first

    static auto fields() { return std::tuple{schema::field("feedback", &FeedbackListReply::feedback)}; }
    friend bool operator==(const FeedbackListReply &, const FeedbackListReply &) = default;
};

struct ReplayStepInfo
{
    qint64 at = 0;
    QString kind;
    QString actor;
    QString text;
    QString detail;
    std::optional<qint64> amount;

    static ReplayStepInfo of(const core::ReplayStep &step)
    {
        return {step.atMs, step.kind, step.actor, step.text, step.detail, step.amount};
    }
    static auto fields()
    {
        using schema::field;
        using S = ReplayStepInfo;
        return std::tuple{field("at", &S::at),     field("kind", &S::kind),     field("actor", &S::actor),
                          field("text", &S::text), field("detail", &S::detail), field("amount", &S::amount)};
    }
    friend bool operator==(const ReplayStepInfo &, const ReplayStepInfo &) = default;
};

// Review mode: a conversation and everything that happened in it, in time order.
struct ReplayReply
{
    core::ConversationSummary conversation;
    QList<ReplayStepInfo> steps;

    static auto fields()
    {
        return std::tuple{schema::field("conversation", &ReplayReply::conversation),
                          schema::field("steps", &ReplayReply::steps)};
    }
    friend bool operator==(const ReplayReply &, const ReplayReply &) = default;
};

// One mentee's progress: every session ended with them (oldest first) with its rubric and the
// moments marked, and their outcome figures over the last 30 days (spend and budget left out:
// mentors do not see money).
struct MentorProgressReply
{
    qint64 menteeId = 0;
    QString menteeName;
    QList<FeedbackInfo> sessions;
    QString fromDay; // the outcome period, whole days
    QString toDay;
    OutcomeFigures outcomes;

    static auto fields()
    {
        using schema::field;
        using R = MentorProgressReply;
        return std::tuple{field("menteeId", &R::menteeId), field("menteeName", &R::menteeName),
                          field("sessions", &R::sessions), field("fromDay", &R::fromDay),
                          field("toDay", &R::toDay),       field("outcomes", &R::outcomes)};
    }
    friend bool operator==(const MentorProgressReply &, const MentorProgressReply &) = default;
};

struct MentorSessionReply
{
    MentorSessionInfo session;

    static auto fields() { return std::tuple{schema::field("session", &MentorSessionReply::session)}; }
    friend bool operator==(const MentorSessionReply &, const MentorSessionReply &) = default;
};

struct HeldReplyReply
{
    HeldReplyInfo held;

    static auto fields() { return std::tuple{schema::field("held", &HeldReplyReply::held)}; }
    friend bool operator==(const HeldReplyReply &, const HeldReplyReply &) = default;
};

struct WhisperReply
{
    WhisperInfo whisper;

    static auto fields() { return std::tuple{schema::field("whisper", &WhisperReply::whisper)}; }
    friend bool operator==(const WhisperReply &, const WhisperReply &) = default;
};

// What a staff member's mentoring looks like now: the open sessions they are in (as mentor or
// mentee), the whispers of those sessions, and — for those who mentor — whom they may mentor.
struct MentoringStateReply
{
    QList<MentorSessionInfo> sessions;
    QList<WhisperInfo> whispers; // oldest first
    QList<HeldReplyInfo> held;   // replies of those sessions waiting for approval, oldest first
    QList<core::RosterEntry> mentees;

    static auto fields()
    {
        using schema::field;
        using R = MentoringStateReply;
        return std::tuple{field("sessions", &R::sessions), field("whispers", &R::whispers),
                          field("held", &R::held), field("mentees", &R::mentees)};
    }
    friend bool operator==(const MentoringStateReply &, const MentoringStateReply &) = default;
};

// A mentor starts a session with an agent of the teams they look after; the agent is told.
struct MentorStartRequest
{
    static inline const QString type = QStringLiteral("mentor.start");
    using Reply = MentorSessionReply;
    qint64 menteeId = 0;

    static MentorStartRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorStartRequest &, const MentorStartRequest &) = default;
};

struct MentorEndRequest
{
    static inline const QString type = QStringLiteral("mentor.end");
    using Reply = MentorSessionReply;
    qint64 sessionId = 0;

    static MentorEndRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorEndRequest &, const MentorEndRequest &) = default;
};

// The trainee profile of an open session: approve-before-send, a lower per-case compensation
// limit, approval for every compensation. It lapses when the session ends.
struct MentorProfileRequest
{
    static inline const QString type = QStringLiteral("mentor.profile");
    using Reply = MentorSessionReply;
    qint64 sessionId = 0;
    bool approveReplies = false;
    std::optional<qint64> compensationLimit; // fen; absent: the mentee's own limit
    bool approveCompensation = false;

    static MentorProfileRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorProfileRequest &, const MentorProfileRequest &) = default;
};

// The mentor lets a held reply go out, as written or as edited (body); it is sent exactly once.
struct MentorApproveRequest
{
    static inline const QString type = QStringLiteral("mentor.approve");
    using Reply = HeldReplyReply;
    qint64 heldId = 0;
    QString body; // optional: the mentor's edit
    QString note; // optional: why it was edited, for the mentee

    static MentorApproveRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorApproveRequest &, const MentorApproveRequest &) = default;
};

// The mentor gives a held reply back to the mentee, with what to change; nothing is sent.
struct MentorReturnRequest
{
    static inline const QString type = QStringLiteral("mentor.return");
    using Reply = HeldReplyReply;
    qint64 heldId = 0;
    QString note;

    static MentorReturnRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorReturnRequest &, const MentorReturnRequest &) = default;
};

struct MentorWhisperRequest
{
    static inline const QString type = QStringLiteral("mentor.whisper");
    using Reply = WhisperReply;
    qint64 sessionId = 0;
    qint64 conversationId = 0; // optional: the mentee's conversation it is about
    QString body;

    static MentorWhisperRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorWhisperRequest &, const MentorWhisperRequest &) = default;
};

struct MentoringStateRequest
{
    static inline const QString type = QStringLiteral("mentor.state");
    using Reply = MentoringStateReply;
    static MentoringStateRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const MentoringStateRequest &, const MentoringStateRequest &) = default;
};

// The mentor marks a moment of one of the mentee's conversations, during or after the session.
struct MentorBookmarkRequest
{
    static inline const QString type = QStringLiteral("mentor.bookmark");
    using Reply = BookmarkReply;
    qint64 sessionId = 0;
    qint64 messageId = 0;
    QString note; // optional

    static MentorBookmarkRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorBookmarkRequest &, const MentorBookmarkRequest &) = default;
};

// After the session: the rubric and notes; written again, it replaces the first.
struct MentorReviewRequest
{
    static inline const QString type = QStringLiteral("mentor.review");
    using Reply = MentorFeedbackReply;
    qint64 sessionId = 0;
    int empathy = 0;
    int ownership = 0;
    int resolution = 0;
    int warmth = 0;
    QString notes; // optional

    static MentorReviewRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MentorReviewRequest &, const MentorReviewRequest &) = default;
};

// A mentee's feedback from their latest sessions.
struct MentorFeedbackRequest
{
    static inline const QString type = QStringLiteral("mentor.feedback");
    using Reply = FeedbackListReply;
    static MentorFeedbackRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const MentorFeedbackRequest &, const MentorFeedbackRequest &) = default;
};

// Review mode: replay a conversation of the caller's teams on its timeline.
struct MentorReplayRequest
{
    static inline const QString type = QStringLiteral("mentor.replay");
    using Reply = ReplayReply;
    qint64 conversationId = 0;

    static MentorReplayRequest read(PayloadReader &reader)
    {
        return {reader.requiredId(QStringLiteral("conversationId"))};
    }
    QJsonObject toJson() const { return {{QStringLiteral("conversationId"), conversationId}}; }
    friend bool operator==(const MentorReplayRequest &, const MentorReplayRequest &) = default;
};

// A mentee's progress across sessions (the mentee's team's mentors).
struct MentorProgressRequest
{
    static inline const QString type = QStringLiteral("mentor.progress");
    using Reply = MentorProgressReply;
    qint64 menteeId = 0;

    static MentorProgressRequest read(PayloadReader &reader)
    {
        return {reader.requiredId(QStringLiteral("menteeId"))};
    }
    QJsonObject toJson() const { return {{QStringLiteral("menteeId"), menteeId}}; }
    friend bool operator==(const MentorProgressRequest &, const MentorProgressRequest &) = default;
};

struct MentorReviewedEvent
{
    static inline const QString kind = event::mentorReviewed;
    FeedbackInfo feedback;

    static auto fields() { return std::tuple{schema::field("feedback", &MentorReviewedEvent::feedback)}; }
    friend bool operator==(const MentorReviewedEvent &, const MentorReviewedEvent &) = default;
};

struct MentorSessionEvent
{
    static inline const QString kind = event::mentorSession;
    MentorSessionInfo session;

    static auto fields() { return std::tuple{schema::field("session", &MentorSessionEvent::session)}; }
    friend bool operator==(const MentorSessionEvent &, const MentorSessionEvent &) = default;
};

struct HeldReplyEvent
{
    static inline const QString kind = event::mentorHeld;
    HeldReplyInfo held;

    static auto fields() { return std::tuple{schema::field("held", &HeldReplyEvent::held)}; }
    friend bool operator==(const HeldReplyEvent &, const HeldReplyEvent &) = default;
};

struct WhisperEvent
{
    static inline const QString kind = event::mentorWhisper;
    WhisperInfo whisper;

    static auto fields() { return std::tuple{schema::field("whisper", &WhisperEvent::whisper)}; }
    friend bool operator==(const WhisperEvent &, const WhisperEvent &) = default;
};

} // namespace warmline::protocol
