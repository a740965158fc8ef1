#include "server/modules/compensationmodule.h"

#include "protocol/compensationreplies.h"
#include "protocol/messages.h"
#include "server/clientsession.h"

namespace warmline::server {

using core::Permission;
using protocol::Error;
using protocol::ErrorCode;

namespace {

protocol::CompensationOptionsReply optionsReply(const CompensationService::Case &found)
{
    const storage::ComplaintContext &c = found.complaint;
    protocol::CompensationOptionsReply reply;
    reply.complaint = {
        c.complaintId, c.category,     c.resolution.isEmpty() ? std::nullopt : std::optional(c.resolution),
        c.customerId,  c.customerName, c.tier,
        c.orderId,     c.orderAmount,  c.previousComplaints};
    reply.options = found.options;
    reply.bounds = found.bounds;
    reply.authority = found.authority;
    reply.compensations = found.history;
    reply.order = {c.orderAmount, core::orderCeiling(c.orderAmount), found.orderGiven,
                   found.orderCompensations};
    reply.switchWindowSeconds = found.switchWindowSeconds;
    return reply;
}

protocol::CompensationReply changeReply(const CompensationService::Change &change)
{
    return {change.compensation, change.budget};
}

protocol::AuthorityReply authorityReply(const core::AuthorityStatus &authority)
{
    return {authority};
}

} // namespace

CompensationModule::CompensationModule(CompensationService &compensation)
    : m_compensation(compensation)
{
}

void CompensationModule::registerRoutes(Router &router)
{
    using namespace protocol;
    router.query<CompensationOptionsRequest>(
        name(), CompensationOptionsRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationOptionsRequest &request) {
            return mapResult(m_compensation.options(context.agent(), request.complaintId, context.nowMs),
                             optionsReply);
        });
    router.command<CompensationDecideRequest>(
        name(), CompensationDecideRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationDecideRequest &request, UnitOfWork &work,
               qint64 now) {
            return mapResult(m_compensation.decide(work, context.agent(), request, now), changeReply);
        });
    router.command<CompensationApprovalRequest>(
        name(), CompensationApprovalRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationApprovalRequest &request, UnitOfWork &work,
               qint64 now) {
            return mapResult(m_compensation.requestApproval(work, context.agent(), request, now),
                             changeReply);
        });
    router.command<CompensationOfferRequest>(
        name(), CompensationOfferRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationOfferRequest &request, UnitOfWork &work,
               qint64 now) {
            return mapResult(m_compensation.offer(work, context.agent(), request, now), changeReply);
        });
    router.command<CompensationChooseRequest>(
        name(), CompensationChooseRequest::type, Permission::ChooseCompensation,
        [this](RequestContext &context, const CompensationChooseRequest &request, UnitOfWork &work,
               qint64 now) {
            return mapResult(
                m_compensation.choose(work, context.customerId(), request, now),
                [](const core::Compensation &offer) { return ChooseReply{CustomerOffer::of(offer)}; });
        });
    router.query<ApprovalListRequest>(
        name(), ApprovalListRequest::type, Permission::ListApprovals,
        [this](RequestContext &context, const ApprovalListRequest &) -> Result<ApprovalListReply> {
            auto lists = m_compensation.approvals(context.agent(), context.session.scope());
            return Done<ApprovalListReply>{{std::move(lists.pending), std::move(lists.answered)}};
        });
    answerRoute<ApproveRequest>(router);
    answerRoute<RejectRequest>(router);
    answerRoute<AmendRequest>(router);
    router.command<AuthoritySetRequest>(
        name(), AuthoritySetRequest::type, Permission::SetAuthority,
        [this](RequestContext &context, const AuthoritySetRequest &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_compensation.setAuthority(work, context.agent(), request, now),
                             authorityReply);
        });
    router.query<AuthorityGetRequest>(
        name(), AuthorityGetRequest::type, Permission::ReadAuthority,
        [this](RequestContext &context, const AuthorityGetRequest &request) {
            return mapResult(m_compensation.authority(context.agent(), request.agentId, context.nowMs),
                             authorityReply);
        });
}

template<typename Message>
void CompensationModule::answerRoute(Router &router)
{
    router.command<Message>(
        name(), Message::type, Permission::AnswerApprovals,
        [this](RequestContext &context, const Message &request, UnitOfWork &work, qint64 now) {
            return mapResult(m_compensation.answer(work, context.agent(), request, now), changeReply);
        },
        // Supervisors answer for the teams they look after, not for every team.
        [this](RequestContext &context, const Message &request) -> std::optional<Refusal> {
            if (context.session.scope().reaches(m_compensation.audienceOf(request.compensationId)))
                return std::nullopt;
            return Refusal{Error{ErrorCode::Forbidden,
                                 QStringLiteral("compensation %1 was asked for in another team's "
                                                "conversation; that team's supervisor answers it")
                                     .arg(request.compensationId),
                                 QStringLiteral("payload.compensationId"),
                                 {}},
                           QStringLiteral("compensation:%1").arg(request.compensationId)};
        });
}

} // namespace warmline::server
