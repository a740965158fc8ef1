#include "server/modules/compensationmodule.h"

#include "protocol/compensationjson.h"
#include "protocol/messages.h"
#include "server/clientsession.h"

namespace warmline::server {

using core::Permission;
using protocol::Error;
using protocol::ErrorCode;

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
            return m_compensation.options(context.agent(), request.complaintId, context.nowMs);
        });
    router.command<CompensationDecideRequest>(
        name(), CompensationDecideRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationDecideRequest &request, UnitOfWork &work,
               qint64 now) { return m_compensation.decide(work, context.agent(), request, now); });
    router.command<CompensationApprovalRequest>(
        name(), CompensationApprovalRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationApprovalRequest &request, UnitOfWork &work,
               qint64 now) { return m_compensation.requestApproval(work, context.agent(), request, now); });
    router.command<CompensationOfferRequest>(
        name(), CompensationOfferRequest::type, Permission::ProposeCompensation,
        [this](RequestContext &context, const CompensationOfferRequest &request, UnitOfWork &work,
               qint64 now) { return m_compensation.offer(work, context.agent(), request, now); });
    router.command<CompensationChooseRequest>(
        name(), CompensationChooseRequest::type, Permission::ChooseCompensation,
        [this](RequestContext &context, const CompensationChooseRequest &request, UnitOfWork &work,
               qint64 now) { return m_compensation.choose(work, context.customerId(), request, now); });
    router.query<ApprovalListRequest>(name(), ApprovalListRequest::type, Permission::ListApprovals,
                                      [this](RequestContext &context, const ApprovalListRequest &) {
                                          return m_compensation.approvals(context.agent(),
                                                                          context.session.scope());
                                      });
    using Answer = ApprovalAnswerRequest::Answer;
    for (const auto &[type, answer] : {std::pair{ApprovalAnswerRequest::approveType, Answer::Approve},
                                       std::pair{ApprovalAnswerRequest::rejectType, Answer::Reject},
                                       std::pair{ApprovalAnswerRequest::amendType, Answer::Amend}}) {
        router.add(
            {type, Permission::AnswerApprovals, Route::Kind::Command, name(),
             [this, answer](RequestContext &context) {
                 PayloadReader reader(context.request.payload);
                 const auto asked = ApprovalAnswerRequest::read(reader, answer);
                 if (!reader.ok())
                     return context.fail(reader.error());
                 // Supervisors answer for the teams they look after, not for every team.
                 if (!context.session.scope().reaches(m_compensation.audienceOf(asked.compensationId))) {
                     return context.refuse(
                         Error{ErrorCode::Forbidden,
                               QStringLiteral("compensation %1 was asked for in another team's "
                                              "conversation; that team's supervisor answers it")
                                   .arg(asked.compensationId),
                               QStringLiteral("payload.compensationId"),
                               {}},
                         QStringLiteral("compensation:%1").arg(asked.compensationId));
                 }
                 context.answer(context.performIdempotent([&](UnitOfWork &work, qint64 now) {
                     return m_compensation.answer(work, context.agent(), asked, now);
                 }));
             }});
    }
    router.command<AuthoritySetRequest>(
        name(), AuthoritySetRequest::type, Permission::SetAuthority,
        [this](RequestContext &context, const AuthoritySetRequest &request, UnitOfWork &work, qint64 now) {
            return m_compensation.setAuthority(work, context.agent(), request, now);
        });
    router.query<AuthorityGetRequest>(name(), AuthorityGetRequest::type, Permission::ReadAuthority,
                                      [this](RequestContext &context, const AuthorityGetRequest &request) {
                                          return m_compensation.authority(context.agent(), request.agentId,
                                                                          context.nowMs);
                                      });
}

} // namespace warmline::server
