#include "server/modules/metricsmodule.h"

#include "server/clientsession.h"

namespace warmline::server {

using core::Permission;
using protocol::Error;
using protocol::ErrorCode;
using protocol::MetricsQueryRequest;

MetricsModule::MetricsModule(OutcomeMetrics &metrics)
    : m_metrics(metrics)
{
}

void MetricsModule::registerRoutes(Router &router)
{
    router.query<MetricsQueryRequest>(
        name(), MetricsQueryRequest::type, Permission::ReadMetrics,
        [this](RequestContext &context, const MetricsQueryRequest &request) {
            return m_metrics.figures(context.session.scope(), context.nowMs, request);
        },
        [this](RequestContext &context, const MetricsQueryRequest &request) {
            return refusal(context, request);
        });
}

// Supervisors see the teams they look after: naming another team (or an agent of one) is
// refused and audited, naming the team.
std::optional<Refusal> MetricsModule::refusal(RequestContext &context, const MetricsQueryRequest &request)
{
    const core::StaffScope &scope = context.session.scope();
    qint64 teamId = request.teamId;
    QString field = QStringLiteral("payload.teamId");
    if (teamId == 0 && request.agentId > 0) {
        const auto team = m_metrics.teamOf(request.agentId);
        if (!team)
            return std::nullopt; // the handler reports an unknown agent (or a failed read)
        teamId = *team;
        field = QStringLiteral("payload.agentId");
    }
    if (teamId == 0 || scope.coversTeam(teamId))
        return std::nullopt;
    return Refusal{Error{ErrorCode::Forbidden,
                         QStringLiteral("team %1 is not one of the teams you look after; its "
                                        "supervisor sees its figures")
                             .arg(teamId),
                         field,
                         {{QStringLiteral("teamId"), teamId}}},
                   QStringLiteral("team:%1").arg(teamId)};
}

} // namespace warmline::server
