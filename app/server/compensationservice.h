#pragma once

#include "protocol/messages.h"
#include "server/conversationservice.h"
#include "storage/auditlog.h"
#include "storage/compensationstore.h"
#include "storage/mentoringstore.h"

namespace warmline::server {

// The compensation rules (赋能化, 选择化, 无限退路 in the product brief). The server is the authority:
// every amount, limit and budget is checked here, inside the caller's write transaction, against
// what the database holds at that moment; the audit entry commits with the change or not at all.
// Like ConversationService it appends events and never publishes.
class CompensationService final
{
public:
    CompensationService(QSqlDatabase db, storage::AccountStore &accounts, storage::ProfileStore &profiles,
                        storage::ConversationStore &conversations, qint64 switchWindowMs);

    // What an agent may propose for one complaint, and what its order got before.
    struct Case
    {
        storage::ComplaintContext complaint;
        QList<core::CompensationOption> options;
        QMap<QString, core::AmountBounds> bounds; // by remedy key
        core::AuthorityStatus authority;          // the caller's, now
        QList<core::Compensation> history;        // this complaint's, newest first
        core::Money orderGiven;                   // what the order's compensations give or hold
        int orderCompensations = 0;
        qint64 switchWindowSeconds = 0;
    };
    // A compensation as a change left it, and the budget that change touched (none for a request
    // that waits for approval).
    struct Change
    {
        core::Compensation compensation;
        std::optional<core::AuthorityStatus> budget;
    };
    struct Approvals
    {
        QList<core::Compensation> pending;  // oldest first
        QList<core::Compensation> answered; // the latest 30, newest first
    };

    // Reads.
    Result<Case> options(const storage::AgentRecord &agent, qint64 complaintId, qint64 nowMs);
    Result<core::AuthorityStatus> authority(const storage::AgentRecord &caller, qint64 agentId, qint64 nowMs);
    // The caller's own requests; for those who answer approvals, every request in their scope.
    Approvals approvals(const storage::AgentRecord &caller, const core::StaffScope &scope);
    // Who sees this compensation: those who see the conversation it was decided in.
    core::Audience audienceOf(qint64 compensationId);

    // State changes, inside the caller's UnitOfWork.
    Result<Change> decide(UnitOfWork &work, const storage::AgentRecord &agent,
                          const protocol::CompensationDecideRequest &request, qint64 nowMs);
    Result<Change> requestApproval(UnitOfWork &work, const storage::AgentRecord &agent,
                                   const protocol::CompensationApprovalRequest &request, qint64 nowMs);
    Result<Change> offer(UnitOfWork &work, const storage::AgentRecord &agent,
                         const protocol::CompensationOfferRequest &request, qint64 nowMs);
    // The offer as the customer chose it.
    Result<core::Compensation> choose(UnitOfWork &work, qint64 customerId,
                                      const protocol::CompensationChooseRequest &request, qint64 nowMs);
    Result<Change> answer(UnitOfWork &work, const storage::AgentRecord &approver,
                          const protocol::ApprovalAnswerRequest &request, qint64 nowMs);
    Result<core::AuthorityStatus> setAuthority(UnitOfWork &work, const storage::AgentRecord &setter,
                                               const protocol::AuthoritySetRequest &request, qint64 nowMs);
    // The agent's authority now, with the trainee profile of an open mentor session applied.
    core::AuthorityStatus authorityOf(const storage::AgentRecord &agent, qint64 nowMs);
    // Tells the agent's desk (and their team's approvers) their authority changed.
    std::optional<protocol::Error> announceAuthority(UnitOfWork &work, const storage::AgentRecord &agent,
                                                     qint64 nowMs);

    // Marks requests that waited longer than escalateAfterMs as escalated; returns how many.
    int escalateOverdue(UnitOfWork &work, qint64 escalateAfterMs, qint64 nowMs, QString *error);

    // The day a budget counts for: the server's local calendar day.
    static QString budgetDay(qint64 nowMs);

private:
    struct Checked
    {
        storage::ComplaintContext complaint;
        std::optional<protocol::Error> error;
    };
    // `change`: the caller means to give or offer something (reading the options is open to all staff).
    Checked checkCase(const storage::AgentRecord &agent, qint64 complaintId, qint64 conversationId,
                      bool change = true);
    // A decision or approval request for one option, as it is first recorded.
    static core::Compensation newCompensation(core::CompensationKind kind, core::CompensationStatus status,
                                              const Checked &checked, const storage::AgentRecord &agent,
                                              const QList<core::Remedy> &remedies, qint64 conversationId,
                                              const QString &reason, qint64 nowMs);
    std::optional<protocol::Error> checkRemedies(const storage::ComplaintContext &complaint,
                                                 QList<core::Remedy> &remedies, const QString &field);
    // Refuses `remedies` when, with what the order's other compensations give or hold (leaving out
    // `excludeId`), they would exceed the order's ceiling (core::orderCeiling).
    std::optional<protocol::Error> checkOrderRoom(const storage::ComplaintContext &complaint,
                                                  const QList<core::Remedy> &remedies, qint64 excludeId,
                                                  const QString &field);
    // The compensation with what its order's other compensations give or hold filled in.
    core::Compensation withOrderGiven(core::Compensation compensation);
    std::optional<protocol::Error> record(UnitOfWork &work, const QString &actor, const QString &action,
                                          const storage::CompensationRow &row, QJsonObject details,
                                          qint64 nowMs);
    // Appends compensation.updated (and compensation.offer for offers) and returns the last seq.
    std::optional<qint64> appendEvents(UnitOfWork &work, const core::Compensation &compensation,
                                       const std::optional<core::AuthorityStatus> &budget, qint64 nowMs);
    Result<Change> finish(UnitOfWork &work, const storage::CompensationRow &row, const QString &actor,
                          const QString &action, const QJsonObject &details,
                          const std::optional<core::AuthorityStatus> &budget, qint64 nowMs);

    storage::AccountStore &m_accounts;
    storage::ProfileStore &m_profiles;
    storage::ConversationStore &m_conversations;
    storage::CompensationStore m_store;
    storage::MentoringStore m_mentoring;
    storage::AuditLog m_audit;
    qint64 m_switchWindowMs;
};

} // namespace warmline::server
