#pragma once

#include <optional>
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
    // The trainee profile the mentor set for this session; it lapses when the session ends.
    bool approveReplies = false;             // each reply waits for the mentor's approval
    std::optional<qint64> compensationLimit; // fen per case, below the mentee's own limit
    bool approveCompensation = false;        // every compensation decision goes to approval

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

// A mentee's reply waiting for the mentor in an approve-before-send session. It leaves as exactly
// one message: the mentor approves it (perhaps edited) once, or returns it to the mentee.
struct HeldReply
{
    enum class State { Waiting, Sent, Returned };

    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 conversationId = 0;
    qint64 menteeId = 0;
    QString menteeName;
    QString body;       // as the mentee wrote it
    QString clientOpId; // the mentee's request: the sent message carries it, so their echo matches
    qint64 heldAtMs = 0;
    State state = State::Waiting;
    QString sentBody; // what went out (the mentor may have edited it)
    qint64 messageId = 0;
    QString note; // the mentor's word on returning or editing it
    qint64 decidedAtMs = 0;

    friend bool operator==(const HeldReply &, const HeldReply &) = default;
};

// One moment of a conversation as review mode replays it: a message, a suggestion the agent saw
// (and what they did with it), a compensation step, a reply held for approval or its decision,
// a whisper. `kind` and `detail` are machine names the workstation labels.
struct ReplayStep
{
    qint64 atMs = 0;
    QString kind;   // message, suggestion, compensation, held, whisper
    QString actor;  // who: a person's name, empty for the customer, the bot or the system
    QString text;   // what was said or decided
    QString detail; // message: the sender; suggestion: the agent's action; compensation: the audit
                    // action; held: the hold's state
    std::optional<qint64> amount; // compensation: fen

    friend bool operator==(const ReplayStep &, const ReplayStep &) = default;
};

QString heldStateName(HeldReply::State state);
std::optional<HeldReply::State> heldStateFromName(QStringView name);

} // namespace warmline::core
