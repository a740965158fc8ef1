#pragma once

#include "core/audience.h"
#include "protocol/metricsmessages.h"
#include "protocol/metricsreplies.h"
#include "server/result.h"
#include "storage/metricsstore.h"

namespace warmline::server {

// The outcome figures (docs/metrics.md): per team, per agent, in total and per day, computed on
// request from what is stored, within what the caller's scope sees. The supervisor's Outcomes
// tab reads them through metrics.query; a mentor reads one mentee's through mentor.progress.
class OutcomeMetrics final
{
public:
    explicit OutcomeMetrics(QSqlDatabase db);

    Result<protocol::MetricsReply> figures(const core::StaffScope &scope, qint64 nowMs,
                                           const protocol::MetricsQueryRequest &request);
    // A staff member's team (nullopt: no such person, or the read failed).
    std::optional<qint64> teamOf(qint64 staffId);

private:
    storage::MetricsStore m_store;
};

} // namespace warmline::server
