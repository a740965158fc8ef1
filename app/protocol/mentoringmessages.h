#pragma once

// Mentor sessions (导师制): a trainer or supervisor shadows one agent's live conversations and
// whispers advice only that agent sees. Requests, acks and events, described once (schema.h); type
// and kind names are part of the wire protocol: only append.

#include "core/mentoring.h"
#include "core/presence.h"
#include "protocol/codecs.h"
#include "protocol/payloadreader.h"

namespace warmline::protocol {

inline constexpr qsizetype maxWhisperLength = 500;

namespace event {
// The mentee and the mentor: a session started or ended. Payload {"session": MentorSession}.
inline const QString mentorSession = QStringLiteral("mentor.session");
// Exactly one agent, the mentee: advice from their mentor. Payload {"whisper": Whisper}.
inline const QString mentorWhisper = QStringLiteral("mentor.whisper");
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
                          field("endedAt", &S::endedAt)};
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

struct MentorSessionReply
{
    MentorSessionInfo session;

    static auto fields() { return std::tuple{schema::field("session", &MentorSessionReply::session)}; }
    friend bool operator==(const MentorSessionReply &, const MentorSessionReply &) = default;
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
    QList<core::RosterEntry> mentees;

    static auto fields()
    {
        using schema::field;
        using R = MentoringStateReply;
        return std::tuple{field("sessions", &R::sessions), field("whispers", &R::whispers),
                          field("mentees", &R::mentees)};
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

struct MentorSessionEvent
{
    static inline const QString kind = event::mentorSession;
    MentorSessionInfo session;

    static auto fields() { return std::tuple{schema::field("session", &MentorSessionEvent::session)}; }
    friend bool operator==(const MentorSessionEvent &, const MentorSessionEvent &) = default;
};

struct WhisperEvent
{
    static inline const QString kind = event::mentorWhisper;
    WhisperInfo whisper;

    static auto fields() { return std::tuple{schema::field("whisper", &WhisperEvent::whisper)}; }
    friend bool operator==(const WhisperEvent &, const WhisperEvent &) = default;
};

} // namespace warmline::protocol
