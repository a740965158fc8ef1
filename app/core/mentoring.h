#pragma once

#include <QString>

namespace warmline::core {

// A trainer (or supervisor) coaching one agent live (导师制). The mentee is told when it starts and
// sees who is watching; while it is open the mentor shadows the mentee's conversations and may
// whisper advice that only the mentee sees. A mentee has one mentor at a time.
struct MentorSession
{
    qint64 id = 0;
    qint64 mentorId = 0;
    QString mentorName;
    qint64 menteeId = 0;
    QString menteeName;
    qint64 menteeTeamId = 0;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0; // 0: still open

    bool isOpen() const { return endedAtMs == 0; }
    friend bool operator==(const MentorSession &, const MentorSession &) = default;
};

// Advice only the mentee sees: never a message of the conversation, never sent to a customer.
struct Whisper
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 conversationId = 0; // the conversation it is about; 0: general advice
    QString mentorName;
    QString body;
    qint64 createdAtMs = 0;

    friend bool operator==(const Whisper &, const Whisper &) = default;
};

// A moment the mentor marked in one of the mentee's conversations, with why.
struct Bookmark
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString excerpt; // the message as it was written
    QString note;
    qint64 createdAtMs = 0;

    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

// The rubric after a session: each 1–5.
struct Review
{
    qint64 sessionId = 0;
    int empathy = 0;
    int ownership = 0;
    int resolution = 0;
    int warmth = 0;
    QString notes;
    qint64 reviewedAtMs = 0;

    friend bool operator==(const Review &, const Review &) = default;
};

} // namespace warmline::core
