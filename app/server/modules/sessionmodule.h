#pragma once

#include "protocol/conversationreplies.h"
#include "server/modules/module.h"
#include "server/serveroptions.h"
#include "storage/accountstore.h"
#include "storage/conversationstore.h"
#include "storage/eventlog.h"
#include "storage/rosterstore.h"

namespace warmline::server {

// Who a connection is and what it follows: sign-in (staff, customer, resumed token), sign-out,
// and subscriptions with their snapshot or replay.
class SessionModule final : public Module
{
public:
    SessionModule(storage::AccountStore &accounts, storage::EventLog &events,
                  storage::ConversationStore &conversations, storage::RosterStore &roster,
                  const ServerOptions &options);

    QString name() const override { return QStringLiteral("session"); }
    void registerRoutes(Router &router) override;

private:
    void login(RequestContext &context);
    void resume(RequestContext &context);
    void customerLogin(RequestContext &context);
    void logout(RequestContext &context);
    void subscribe(RequestContext &context);
    // The acknowledgement of a sign-in: who, the token to resume with, and the log's head.
    protocol::SignedInReply signedIn(const ClientSession &session, const QString &token) const;
    protocol::Snapshot snapshotFor(const ClientSession &session);

    storage::AccountStore &m_accounts;
    storage::EventLog &m_events;
    storage::ConversationStore &m_conversations;
    storage::RosterStore &m_roster;
    const ServerOptions &m_options;
};

} // namespace warmline::server
