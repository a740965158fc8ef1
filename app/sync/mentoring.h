#pragma once

#include "protocol/error.h"
#include "protocol/mentoringmessages.h"
#include "sync/conversationfiltermodel.h"
#include "sync/eventhandlers.h"
#include "sync/livetranscripts.h"
#include "sync/mentoringmodels.h"

#include <optional>
#include <QObject>
#include <QTimer>

namespace warmline::sync {

class ConversationListModel;
class ServerConnection;

// The mentee's side of a mentor session, on every agent's desk: whether someone is mentoring them
// now (and who: nobody is watched without knowing) and the advice whispered to them.
class MenteeSession final : public QObject
{
    Q_OBJECT
public:
    explicit MenteeSession(ServerConnection &connection, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MenteeSession)

    // The open session in which this agent is the mentee, if any.
    const std::optional<protocol::MentorSessionInfo> &session() const { return m_session; }
    WhisperListModel *whispers() { return &m_whispers; }
    // What mentors said after past sessions, newest first.
    FeedbackListModel *feedback() { return &m_feedback; }
    // This agent's replies waiting for the mentor's approval.
    HeldReplyListModel *held() { return &m_held; }

    void refresh();

signals:
    void sessionChanged();
    // What became of a held reply: waiting (just held), sent (perhaps edited) or returned.
    void heldChanged(const warmline::protocol::HeldReplyInfo &held);
    void whisperArrived(const warmline::protocol::WhisperInfo &whisper);
    void feedbackArrived(const warmline::protocol::FeedbackInfo &feedback);

private:
    qint64 myId() const;
    void apply(const protocol::MentorSessionInfo &session);
    void loadFeedback();

    ServerConnection &m_connection;
    EventHandlers m_events;
    std::optional<protocol::MentorSessionInfo> m_session;
    WhisperListModel m_whispers;
    FeedbackListModel m_feedback;
    HeldReplyListModel m_held;
};

// What a trainer (or a supervisor, or an administrator) mentors with: the agents of their teams,
// the sessions open with them, the mentee's live conversations to shadow read-only, and the
// whispers sent. Made only for those who may mentor.
class TrainerWorkspace final : public QObject
{
    Q_OBJECT
public:
    // `conversations`: the agent's desk's live list (AgentWorkspace::conversations()); the mentee's
    // conversations are the rows assigned to them.
    TrainerWorkspace(ServerConnection &connection, ConversationListModel &conversations,
                     QObject *parent = nullptr);
    ~TrainerWorkspace() override;
    Q_DISABLE_COPY_MOVE(TrainerWorkspace)

    MenteeListModel *mentees() { return &m_mentees; }
    // The selected mentee's open conversations.
    ConversationFilterModel *shadowed() { return &m_shadowed; }
    // What this mentor whispered to the selected mentee in the open session.
    WhisperListModel *whispers() { return &m_whispers; }
    // Replies of this mentor's mentees waiting for approval, oldest first.
    HeldReplyListModel *held() { return &m_held; }
    // This mentor's open session (its trainee profile included), if it is one.
    std::optional<protocol::MentorSessionInfo> openSession(qint64 sessionId) const;
    qint64 selectedMentee() const { return m_selected; }
    // The open session with the selected mentee (0: none).
    qint64 selectedSession() const;
    // The session with the selected mentee that bookmarks and a review go to: the open one, else
    // the one this mentor ended last (0: none).
    qint64 reviewableSession() const;

    void refresh();
    void selectMentee(qint64 agentId);
    void startSession(qint64 menteeId);
    void endSession(qint64 sessionId);
    void whisper(qint64 conversationId, const QString &body);
    // The trainee profile of the open session with the selected mentee; compensationLimit in fen.
    void setProfile(bool approveReplies, std::optional<qint64> compensationLimit, bool approveCompensation);
    // Lets a held reply go out (body: edited text, empty for as written) or gives it back.
    void approve(qint64 heldId, const QString &body = {}, const QString &note = {});
    void giveBack(qint64 heldId, const QString &note);
    // Reads the mentee's rubric over time and recent outcomes; progressLoaded() brings them.
    void loadProgress(qint64 menteeId);
    // Review mode: reads what happened in a conversation; replayLoaded() brings it.
    void loadReplay(qint64 conversationId);
    void bookmark(qint64 messageId, const QString &note);
    void review(qint64 sessionId, int empathy, int ownership, int resolution, int warmth,
                const QString &notes);

    // A read-only live transcript of one of the mentee's conversations (see LiveTranscripts).
    TranscriptModel *watch(qint64 conversationId) { return m_transcripts.watch(conversationId); }
    void unwatch(qint64 conversationId) { m_transcripts.unwatch(conversationId); }

signals:
    void sessionStarted(const warmline::protocol::MentorSessionInfo &session);
    void sessionEnded(const warmline::protocol::MentorSessionInfo &session);
    void whispered(const warmline::protocol::WhisperInfo &whisper);
    void bookmarked(const warmline::protocol::BookmarkInfo &bookmark);
    void reviewed(const warmline::protocol::FeedbackInfo &feedback);
    void profileChanged(const warmline::protocol::MentorSessionInfo &session);
    void heldDecided(const warmline::protocol::HeldReplyInfo &held);
    void progressLoaded(const warmline::protocol::MentorProgressReply &progress);
    void replayLoaded(const warmline::protocol::ReplayReply &replay);
    void operationFailed(const QString &operation, const warmline::protocol::Error &error);

private:
    qint64 myId() const;
    void apply(const protocol::MentorSessionInfo &session);
    void refreshWhispers();

    ServerConnection &m_connection;
    EventHandlers m_events;
    MenteeListModel m_mentees;
    ConversationFilterModel m_shadowed;
    WhisperListModel m_whispers;
    HeldReplyListModel m_held;
    QHash<qint64, protocol::MentorSessionInfo> m_open; // this mentor's open sessions by id
    LiveTranscripts m_transcripts;
    QList<protocol::WhisperInfo> m_sent; // every whisper of this mentor's open sessions
    QHash<qint64, qint64> m_lastEnded;   // mentee → the session this mentor ended last
    qint64 m_selected = 0;
    bool m_refreshing = false;
    // Presence and load of the mentees are read again now and then: agent.changed is for
    // supervisors, and a mentor choosing whom to coach wants to see who is there.
    QTimer m_refreshTimer;
};

} // namespace warmline::sync
