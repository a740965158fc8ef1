#include "sync/mentoring.h"

#include "sync/conversationlistmodel.h"
#include "sync/serverconnection.h"

namespace warmline::sync {

MenteeSession::MenteeSession(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_events.on<protocol::MentorSessionEvent>(
        [this](const protocol::MentorSessionEvent &event, qint64) { apply(event.session); });
    m_events.on<protocol::WhisperEvent>([this](const protocol::WhisperEvent &event, qint64) {
        if (!m_session || event.whisper.sessionId != m_session->id)
            return;
        m_whispers.add(event.whisper);
        emit whisperArrived(event.whisper);
    });
    m_events.on<protocol::MentorReviewedEvent>([this](const protocol::MentorReviewedEvent &event, qint64) {
        m_feedback.upsert(event.feedback);
        emit feedbackArrived(event.feedback);
    });
    m_events.on<protocol::HeldReplyEvent>([this](const protocol::HeldReplyEvent &event, qint64) {
        if (event.held.menteeId != myId())
            return;
        m_held.apply(event.held);
        emit heldChanged(event.held);
    });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    // A fresh snapshot means events were missed: what the session is now is read again.
    connect(&m_connection, &ServerConnection::snapshotReceived, this, &MenteeSession::refresh);
    if (m_connection.state() == ServerConnection::State::Live)
        refresh();
}

qint64 MenteeSession::myId() const
{
    return m_connection.principal().agentId.value_or(0);
}

void MenteeSession::refresh()
{
    m_connection.request(protocol::MentoringStateRequest{},
                         [this](const Answer<protocol::MentoringStateReply> &reply) {
                             if (!reply.ok())
                                 return; // read again with the next snapshot
                             std::optional<protocol::MentorSessionInfo> mine;
                             for (const protocol::MentorSessionInfo &session : reply->sessions) {
                                 if (session.menteeId == myId())
                                     mine = session;
                             }
                             const bool changed = mine != m_session;
                             m_session = mine;
                             QList<protocol::WhisperInfo> whispers;
                             for (const protocol::WhisperInfo &whisper : reply->whispers) {
                                 if (m_session && whisper.sessionId == m_session->id)
                                     whispers.append(whisper);
                             }
                             m_whispers.setWhispers(whispers);
                             QList<protocol::HeldReplyInfo> held;
                             for (const protocol::HeldReplyInfo &reply : reply->held) {
                                 if (reply.menteeId == myId())
                                     held.append(reply);
                             }
                             m_held.setHeld(held);
                             if (changed)
                                 emit sessionChanged();
                         });
    loadFeedback();
}

void MenteeSession::loadFeedback()
{
    m_connection.request(protocol::MentorFeedbackRequest{},
                         [this](const Answer<protocol::FeedbackListReply> &reply) {
                             if (reply.ok())
                                 m_feedback.setFeedback(reply->feedback);
                         });
}

void MenteeSession::apply(const protocol::MentorSessionInfo &session)
{
    if (session.menteeId != myId())
        return;
    if (session.isOpen()) {
        if (m_session && *m_session == session)
            return;
        if (!m_session || m_session->id != session.id)
            m_whispers.clear();
        m_session = session; // new, or its trainee profile changed
    } else {
        if (!m_session || m_session->id != session.id)
            return;
        // What a fresh desk would show: no session, no whispers (mentor.state lists open ones), and
        // the ended session among the feedback, with the moments the mentor marked.
        m_session.reset();
        m_whispers.clear();
        loadFeedback();
    }
    emit sessionChanged();
}

TrainerWorkspace::TrainerWorkspace(ServerConnection &connection, ConversationListModel &conversations,
                                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_shadowed(ConversationFilterModel::Mode::Mine)
    , m_transcripts(connection)
{
    m_shadowed.setSourceModel(&conversations);
    m_events.on<protocol::MentorSessionEvent>(
        [this](const protocol::MentorSessionEvent &event, qint64) { apply(event.session); });
    m_events.on<protocol::HeldReplyEvent>([this](const protocol::HeldReplyEvent &event, qint64) {
        if (!m_open.contains(event.held.sessionId) && event.held.state == core::HeldReply::State::Waiting)
            return; // not one of this mentor's sessions
        m_held.apply(event.held);
    });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    connect(&m_connection, &ServerConnection::snapshotReceived, this, &TrainerWorkspace::refresh);
    connect(&m_transcripts, &LiveTranscripts::failed, this, &TrainerWorkspace::operationFailed);
    m_refreshTimer.setInterval(15000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_connection.state() == ServerConnection::State::Live)
            refresh();
    });
    m_refreshTimer.start();
    if (m_connection.state() == ServerConnection::State::Live)
        refresh();
}

TrainerWorkspace::~TrainerWorkspace() = default;

qint64 TrainerWorkspace::myId() const
{
    return m_connection.principal().agentId.value_or(0);
}

qint64 TrainerWorkspace::selectedSession() const
{
    const MenteeRow *row = m_mentees.mentee(m_selected);
    return row ? row->sessionId : 0;
}

qint64 TrainerWorkspace::reviewableSession() const
{
    if (const qint64 open = selectedSession())
        return open;
    return m_lastEnded.value(m_selected);
}

void TrainerWorkspace::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_connection.request(protocol::MentoringStateRequest{},
                         [this](const Answer<protocol::MentoringStateReply> &reply) {
                             m_refreshing = false;
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit operationFailed(protocol::MentoringStateRequest::type, reply.error);
                                 return;
                             }
                             QHash<qint64, qint64> sessionOf; // mentee → session
                             m_open.clear();
                             for (const protocol::MentorSessionInfo &session : reply->sessions) {
                                 if (session.mentorId == myId()) {
                                     sessionOf.insert(session.menteeId, session.id);
                                     m_open.insert(session.id, session);
                                 }
                             }
                             QList<protocol::HeldReplyInfo> held;
                             for (const protocol::HeldReplyInfo &waiting : reply->held) {
                                 if (m_open.contains(waiting.sessionId))
                                     held.append(waiting);
                             }
                             m_held.setHeld(held);
                             QList<MenteeRow> rows;
                             for (const core::RosterEntry &agent : reply->mentees)
                                 rows.append({agent, sessionOf.value(agent.agentId)});
                             m_mentees.setMentees(rows);
                             m_sent.clear();
                             for (const protocol::WhisperInfo &whisper : reply->whispers) {
                                 if (sessionOf.values().contains(whisper.sessionId))
                                     m_sent.append(whisper);
                             }
                             refreshWhispers();
                         });
}

void TrainerWorkspace::selectMentee(qint64 agentId)
{
    m_selected = agentId;
    m_shadowed.setAgentId(agentId); // 0: nobody's
    refreshWhispers();
}

void TrainerWorkspace::refreshWhispers()
{
    const qint64 session = selectedSession();
    QList<protocol::WhisperInfo> shown;
    for (const protocol::WhisperInfo &whisper : std::as_const(m_sent)) {
        if (session && whisper.sessionId == session)
            shown.append(whisper);
    }
    m_whispers.setWhispers(shown);
}

std::optional<protocol::MentorSessionInfo> TrainerWorkspace::openSession(qint64 sessionId) const
{
    const auto found = m_open.constFind(sessionId);
    return found == m_open.cend() ? std::nullopt : std::optional(*found);
}

void TrainerWorkspace::apply(const protocol::MentorSessionInfo &session)
{
    if (session.mentorId != myId())
        return;
    if (session.isOpen()) {
        const bool known = m_open.contains(session.id);
        m_open.insert(session.id, session);
        if (known) {
            emit profileChanged(session);
            return;
        }
    } else {
        m_open.remove(session.id);
    }
    const MenteeRow *row = m_mentees.mentee(session.menteeId);
    if (!row) {
        refresh(); // someone new to these teams
        return;
    }
    MenteeRow changed = *row;
    changed.sessionId = session.isOpen() ? session.id : 0;
    if (!session.isOpen())
        m_lastEnded.insert(session.menteeId, session.id);
    QList<MenteeRow> rows = m_mentees.rows();
    rows[m_mentees.rowOfKey(session.menteeId)] = changed;
    m_mentees.setMentees(rows);
    refreshWhispers();
    refresh(); // and how the mentees are doing now
}

void TrainerWorkspace::startSession(qint64 menteeId)
{
    m_connection.request(protocol::MentorStartRequest{menteeId},
                         [this](const Answer<protocol::MentorSessionReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorStartRequest::type, reply.error);
                                 return;
                             }
                             apply(reply->session);
                             emit sessionStarted(reply->session);
                         });
}

void TrainerWorkspace::endSession(qint64 sessionId)
{
    m_connection.request(protocol::MentorEndRequest{sessionId},
                         [this](const Answer<protocol::MentorSessionReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorEndRequest::type, reply.error);
                                 return;
                             }
                             apply(reply->session);
                             emit sessionEnded(reply->session);
                         });
}

void TrainerWorkspace::bookmark(qint64 messageId, const QString &note)
{
    const qint64 session = reviewableSession();
    if (!session || messageId <= 0)
        return;
    m_connection.request(protocol::MentorBookmarkRequest{session, messageId, note.trimmed()},
                         [this](const Answer<protocol::BookmarkReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorBookmarkRequest::type, reply.error);
                                 return;
                             }
                             emit bookmarked(reply->bookmark);
                         });
}

void TrainerWorkspace::review(qint64 sessionId, int empathy, int ownership, int resolution, int warmth,
                              const QString &notes)
{
    m_connection.request(
        protocol::MentorReviewRequest{sessionId, empathy, ownership, resolution, warmth, notes.trimmed()},
        [this](const Answer<protocol::MentorFeedbackReply> &reply) {
            if (!reply.ok()) {
                emit operationFailed(protocol::MentorReviewRequest::type, reply.error);
                return;
            }
            emit reviewed(reply->feedback);
        });
}

void TrainerWorkspace::setProfile(bool approveReplies, std::optional<qint64> compensationLimit,
                                  bool approveCompensation)
{
    const qint64 session = selectedSession();
    if (!session)
        return;
    m_connection.request(
        protocol::MentorProfileRequest{session, approveReplies, compensationLimit, approveCompensation},
        [this](const Answer<protocol::MentorSessionReply> &reply) {
            if (!reply.ok()) {
                emit operationFailed(protocol::MentorProfileRequest::type, reply.error);
                return;
            }
            apply(reply->session);
        });
}

void TrainerWorkspace::approve(qint64 heldId, const QString &body, const QString &note)
{
    const protocol::HeldReplyInfo *held = m_held.held(heldId);
    // Sent as written unless the mentor changed it.
    const QString edited = held && body.trimmed() != held->body ? body.trimmed() : QString();
    m_connection.request(protocol::MentorApproveRequest{heldId, edited, note.trimmed()},
                         [this](const Answer<protocol::HeldReplyReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorApproveRequest::type, reply.error);
                                 return;
                             }
                             m_held.apply(reply->held);
                             emit heldDecided(reply->held);
                         });
}

void TrainerWorkspace::giveBack(qint64 heldId, const QString &note)
{
    m_connection.request(protocol::MentorReturnRequest{heldId, note.trimmed()},
                         [this](const Answer<protocol::HeldReplyReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorReturnRequest::type, reply.error);
                                 return;
                             }
                             m_held.apply(reply->held);
                             emit heldDecided(reply->held);
                         });
}

void TrainerWorkspace::loadProgress(qint64 menteeId)
{
    m_connection.request(protocol::MentorProgressRequest{menteeId},
                         [this](const Answer<protocol::MentorProgressReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorProgressRequest::type, reply.error);
                                 return;
                             }
                             emit progressLoaded(reply.value());
                         });
}

void TrainerWorkspace::loadReplay(qint64 conversationId)
{
    m_connection.request(protocol::MentorReplayRequest{conversationId},
                         [this](const Answer<protocol::ReplayReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorReplayRequest::type, reply.error);
                                 return;
                             }
                             emit replayLoaded(reply.value());
                         });
}

void TrainerWorkspace::whisper(qint64 conversationId, const QString &body)
{
    const qint64 session = selectedSession();
    if (!session)
        return;
    m_connection.request(protocol::MentorWhisperRequest{session, conversationId, body.trimmed()},
                         [this](const Answer<protocol::WhisperReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::MentorWhisperRequest::type, reply.error);
                                 return;
                             }
                             m_sent.append(reply->whisper);
                             refreshWhispers();
                             emit whispered(reply->whisper);
                         });
}

} // namespace warmline::sync
