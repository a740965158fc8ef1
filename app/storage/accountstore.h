#pragma once

#include "core/audience.h"
#include "core/role.h"

#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

struct AgentRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    core::Role role = core::Role::Agent;
    qint64 teamId = 0;
    QString teamName;
};

struct SessionPrincipal
{
    qint64 agentId = 0;    // staff session
    qint64 customerId = 0; // customer session
};

// Staff accounts, customers' identities and login sessions.
class AccountStore final
{
public:
    explicit AccountStore(QSqlDatabase db);

    std::optional<qint64> ensureTeam(const QString &name, QString *error);
    // Real accounts use the full PBKDF2 work factor; passwordWork lowers it only for accounts
    // whose password is public anyway (the demo's), where the cost buys nothing.
    enum class PasswordWork { Full, PublicPassword };
    std::optional<qint64> createAgent(const QString &login, const QString &displayName, core::Role role,
                                      qint64 teamId, const QString &password, QString *error,
                                      PasswordWork passwordWork = PasswordWork::Full);
    // Routes a queue's conversations to a team's staff (a queue without a team is everybody's).
    bool assignQueue(const QString &queue, qint64 teamId, QString *error);
    // Lets a supervisor or trainer look after a team besides their own.
    bool addSupervisedTeam(qint64 agentId, qint64 teamId, QString *error);
    // What this staff member may see: their team and the teams they look after.
    core::StaffScope scopeOf(const AgentRecord &agent);
    std::optional<AgentRecord> authenticate(const QString &login, const QString &password);
    std::optional<AgentRecord> agent(qint64 id);
    qint64 agentCount();

    std::optional<QString> customerName(qint64 customerId);

    // Returns the token; only its SHA-256 is stored.
    QString createSession(const SessionPrincipal &principal, qint64 lifetimeMs, QString *error);
    std::optional<SessionPrincipal> resolveSession(const QString &token);
    void deleteSession(const QString &token);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
