#pragma once

#include "protocol/supervisionreplies.h"
#include "server/modules/module.h"
#include "server/serveroptions.h"
#include "server/supervisionservice.h"

namespace warmline::server {

// Presence, transfers, routing offers and the supervisor's roster. The rules are
// SupervisionService's; this module also keeps the roster current when conversations are taken,
// passed on or resolved and when compensation is spent, whoever caused it.
class SupervisionModule final : public Module
{
public:
    SupervisionModule(SupervisionService &supervision, ConversationService &conversations, QSqlDatabase db,
                      const ServerOptions &options);

    QString name() const override { return QStringLiteral("supervision"); }
    void registerRoutes(Router &router) override;
    void subscribeTo(DomainEventBus &bus) override;

private:
    std::optional<Refusal> outOfScope(RequestContext &context, qint64 conversationId);
    QList<protocol::QueueInfo> queues(const core::StaffScope &scope);

    SupervisionService &m_supervision;
    ConversationService &m_conversations;
    storage::CompensationStore m_compensations;
    const ServerOptions &m_options;
};

} // namespace warmline::server
