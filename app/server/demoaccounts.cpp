#include "server/demoaccounts.h"

namespace warmline::server {

bool seedDemoAccounts(storage::AccountStore &accounts, QString *error)
{
    const auto team = accounts.ensureTeam(QStringLiteral("Frontline"), error);
    if (!team)
        return false;
    // Every demo conversation waits in the general queue, which the one demo team serves.
    if (!accounts.assignQueue(QStringLiteral("general"), *team, error))
        return false;
    for (const DemoAccount &account : demoAccounts) {
        if (!accounts.createAgent(QString::fromUtf8(account.login), QString::fromUtf8(account.displayName),
                                  account.role, *team, QString::fromLatin1(demoPassword), error,
                                  storage::AccountStore::PasswordWork::PublicPassword))
            return false;
    }
    return true;
}

} // namespace warmline::server
