#pragma once

#include "server/compensationservice.h"
#include "server/modules/module.h"

namespace warmline::server {

// Compensation with frontline authority: options, decisions, approval requests and answers,
// offers the customer chooses from, and the authority itself. The rules are CompensationService's.
class CompensationModule final : public Module
{
public:
    explicit CompensationModule(CompensationService &compensation);

    QString name() const override { return QStringLiteral("compensation"); }
    void registerRoutes(Router &router) override;

private:
    // approval.approve, approval.reject and approval.amend.
    template<typename Message>
    void answerRoute(Router &router);

    CompensationService &m_compensation;
};

} // namespace warmline::server
