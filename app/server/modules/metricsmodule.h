#pragma once

#include "protocol/metricsmessages.h"
#include "protocol/metricsreplies.h"
#include "server/modules/module.h"
#include "storage/metricsstore.h"

namespace warmline::server {

// The supervisor's outcome metrics (docs/metrics.md): a few figures per team, per agent, in total
// and per day, computed on request from what is stored. Supervisors see the teams they look
// after, administrators every team.
class MetricsModule final : public Module
{
public:
    explicit MetricsModule(QSqlDatabase db);

    QString name() const override { return QStringLiteral("metrics"); }
    void registerRoutes(Router &router) override;

private:
    Result<protocol::MetricsReply> figures(RequestContext &context,
                                           const protocol::MetricsQueryRequest &request);
    std::optional<Refusal> refusal(RequestContext &context, const protocol::MetricsQueryRequest &request);

    storage::MetricsStore m_store;
};

} // namespace warmline::server
