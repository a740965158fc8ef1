#include "server/modules/casemodule.h"

#include "protocol/casemessages.h"
#include "server/clientsession.h"

namespace warmline::server {

using core::Permission;
using protocol::Error;
using protocol::ErrorCode;

namespace {

constexpr int maxCandidates = 50;

protocol::CaseSummaryInfo summaryOf(const storage::CaseStore::Hit &hit)
{
    return protocol::CaseSummaryInfo::of(hit.serviceCase, hit.messages);
}

protocol::CaseReply caseReply(const core::ServiceCase &serviceCase)
{
    return {protocol::CaseInfo::of(serviceCase)};
}

} // namespace

CaseModule::CaseModule(CaseService &cases, storage::ConversationStore &conversations)
    : m_cases(cases)
    , m_conversations(conversations)
{
}

void CaseModule::registerRoutes(Router &router)
{
    using namespace protocol;
    router.query<CaseSearchRequest>(
        name(), CaseSearchRequest::type, Permission::ReadCases,
        [this](RequestContext &, const CaseSearchRequest &request) -> Result<CaseListReply> {
            const CaseService::Listing listing = m_cases.search(request.query, request.tag, request.limit);
            CaseListReply reply;
            for (const storage::CaseStore::Hit &hit : listing.hits)
                reply.cases.append(summaryOf(hit));
            for (const auto &[tag, count] : listing.tags)
                reply.tags.append({tag, count});
            reply.total = int(listing.total);
            return Done<CaseListReply>{reply};
        });
    router.query<CaseGetRequest>(name(), CaseGetRequest::type, Permission::ReadCases,
                                 [this](RequestContext &, const CaseGetRequest &request) {
                                     return mapResult(m_cases.serviceCase(request.caseId), caseReply);
                                 });
    router.query<CaseRelatedRequest>(
        name(), CaseRelatedRequest::type, Permission::ReadCases,
        [this](RequestContext &, const CaseRelatedRequest &request) -> Result<RelatedCaseReply> {
            RelatedCaseReply reply;
            if (const auto related = m_cases.related(request.text)) {
                reply.serviceCase = summaryOf(related->hit);
                reply.relevance = related->relevance;
            }
            return Done<RelatedCaseReply>{reply};
        });
    router.query<CaseCandidatesRequest>(
        name(), CaseCandidatesRequest::type, Permission::PromoteCases,
        [this](RequestContext &context, const CaseCandidatesRequest &) -> Result<CaseCandidatesReply> {
            CaseCandidatesReply reply;
            for (const core::CaseCandidate &candidate :
                 m_cases.candidates(context.session.scope(), maxCandidates))
                reply.candidates.append(CaseCandidateInfo::of(candidate));
            return Done<CaseCandidatesReply>{reply};
        });
    router.query<CasePreviewRequest>(
        name(), CasePreviewRequest::type, Permission::PromoteCases,
        [this](RequestContext &, const CasePreviewRequest &request) {
            return mapResult(m_cases.preview(request.conversationId),
                             [](const CaseService::Preview &preview) {
                                 CasePreviewReply reply{preview.conversation.id,
                                                        preview.conversation.channel,
                                                        preview.conversation.assignedAgentName,
                                                        preview.bookmarks,
                                                        {}};
                                 for (const core::CaseMessage &message : preview.transcript)
                                     reply.transcript.append(CaseMessageInfo::of(message));
                                 return reply;
                             });
        },
        [this](RequestContext &context, const CasePreviewRequest &request) {
            return outOfScope(context, request.conversationId);
        });
    router.command<CasePromoteRequest>(
        name(), CasePromoteRequest::type, Permission::PromoteCases,
        [this](RequestContext &context, const CasePromoteRequest &request, UnitOfWork &work, qint64 now) {
            const CaseService::Draft draft{
                request.conversationId, request.title,   request.story, request.nonStandard,
                request.outcome,        request.lessons, request.tags};
            return mapResult(m_cases.promote(work, context.agent(), draft, now), caseReply);
        },
        [this](RequestContext &context, const CasePromoteRequest &request) {
            return outOfScope(context, request.conversationId);
        });
}

// Promoters turn conversations of the teams they look after into cases; naming another team's is
// refused and audited, as everywhere else a conversation is named.
std::optional<Refusal> CaseModule::outOfScope(RequestContext &context, qint64 conversationId)
{
    const core::Audience audience = m_conversations.audienceOf(conversationId, false);
    if (audience.reach != core::Audience::Reach::Conversation ||
        context.session.scope().seesConversation(audience.teamId, audience.agentId))
        return std::nullopt; // seen, or no such conversation (the handler answers not_found)
    return Refusal{Error{ErrorCode::Forbidden,
                         QStringLiteral("conversation %1 is in a team you do not look after; its own "
                                        "team's trainer or supervisor may make it a case")
                             .arg(conversationId),
                         QStringLiteral("payload.conversationId"),
                         {}},
                   QStringLiteral("conversation:%1").arg(conversationId)};
}

} // namespace warmline::server
