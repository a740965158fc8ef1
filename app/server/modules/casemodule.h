#pragma once

#include "server/caseservice.h"
#include "server/modules/module.h"

namespace warmline::server {

// The case library: every staff member browses, searches and reads it, and the reply assistant
// asks it for a related case; trainers, supervisors and administrators promote conversations of
// the teams they look after. The rules are CaseService's.
class CaseModule final : public Module
{
public:
    CaseModule(CaseService &cases, storage::ConversationStore &conversations);

    QString name() const override { return QStringLiteral("cases"); }
    void registerRoutes(Router &router) override;

private:
    std::optional<Refusal> outOfScope(RequestContext &context, qint64 conversationId);

    CaseService &m_cases;
    storage::ConversationStore &m_conversations;
};

} // namespace warmline::server
