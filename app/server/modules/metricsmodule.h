#pragma once

#include "protocol/metricsmessages.h"
#include "protocol/metricsreplies.h"
#include "server/modules/module.h"
#include "server/outcomemetrics.h"

namespace warmline::server {

// The supervisor's outcome metrics (docs/metrics.md): a few figures per team, per agent, in total
// and per day, computed on request from what is stored. Supervisors see the teams they look
// after, administrators every team.
class MetricsModule final : public Module
{
public:
    explicit MetricsModule(OutcomeMetrics &metrics);

    QString name() const override { return QStringLiteral("metrics"); }
    void registerRoutes(Router &router) override;

private:
    std::optional<Refusal> refusal(RequestContext &context, const protocol::MetricsQueryRequest &request);

    OutcomeMetrics &m_metrics;
};

} // namespace warmline::server
