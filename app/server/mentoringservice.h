#pragma once

#include "core/audience.h"
#include "core/mentoring.h"
#include "server/result.h"
#include "server/unitofwork.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/conversationstore.h"
#include "storage/mentoringstore.h"

namespace warmline::server {

// Mentor sessions (导师制): who mentors whom, and the whispers given. A whisper is addressed to
// exactly one agent, the mentee — its event's audience is that agent alone and never
// customer-visible, and it is stored apart from the conversation's messages — so no path that
// serves a customer can carry one. Starting and ending a session is audited: being watched is
// never silent.
class MentoringService final
{
public:
    MentoringService(QSqlDatabase db, storage::AccountStore &accounts,
                     storage::ConversationStore &conversations);

    // The mentee's team, for the caller's scope check (nullopt: no such agent).
    std::optional<qint64> teamOf(qint64 agentId);

    Result<core::MentorSession> start(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 menteeId,
                                      qint64 nowMs);
    // Ends the session; its mentor (or an administrator) ends it.
    Result<core::MentorSession> end(UnitOfWork &work, const storage::AgentRecord &caller, qint64 sessionId,
                                    qint64 nowMs);
    Result<core::Whisper> whisper(UnitOfWork &work, const storage::AgentRecord &mentor, qint64 sessionId,
                                  qint64 conversationId, const QString &body, qint64 nowMs);

    // The open sessions the agent is in and the latest whispers of each.
    QList<core::MentorSession> openSessionsWith(qint64 agentId);
    QList<core::Whisper> whispersOf(const QList<core::MentorSession> &sessions);

private:
    std::optional<Error> announce(UnitOfWork &work, const core::MentorSession &session, qint64 nowMs);
    std::optional<Error> audit(const storage::AgentRecord &actor, const QString &action,
                               const core::MentorSession &session, qint64 nowMs);

    storage::AccountStore &m_accounts;
    storage::ConversationStore &m_conversations;
    storage::MentoringStore m_store;
    storage::AuditLog m_audit;
};

} // namespace warmline::server
