#pragma once

// Every request type whose ack is described (Message::Reply), and every reply header: the
// round-trip and documentation tests go through this list. A module that gives a request type its
// Reply adds the type here.

#include "protocol/casemessages.h"
#include "protocol/compensationreplies.h"
#include "protocol/conversationreplies.h"
#include "protocol/events.h"
#include "protocol/mentoringmessages.h"
#include "protocol/messages.h"
#include "protocol/metricsmessages.h"
#include "protocol/metricsreplies.h"
#include "protocol/openingmessages.h"
#include "protocol/openingreplies.h"
#include "protocol/profilereplies.h"
#include "protocol/supervisionmessages.h"
#include "protocol/supervisionreplies.h"

#include <tuple>

namespace warmline::protocol {

using AnsweredRequests = std::tuple<
    LoginRequest, ResumeRequest, CustomerLoginRequest, LogoutRequest, SubscribeRequest, HistoryRequest,
    AcceptRequest, ReplyRequest, ResolveRequest, CustomerMessageRequest, ComplaintCreateRequest,
    SetOrderRequest, ProfileRequest, OrdersRequest, OrderDetailRequest, AssistFeedbackRequest,
    AssistStateRequest, PresenceSetRequest, TransferRequest, DeclineOfferRequest, TransferTargetsRequest,
    RosterRequest, AssignRequest, CompensationOptionsRequest, CompensationDecideRequest,
    CompensationApprovalRequest, CompensationOfferRequest, CompensationChooseRequest, ApprovalListRequest,
    ApproveRequest, RejectRequest, AmendRequest, AuthorityGetRequest, AuthoritySetRequest,
    MetricsQueryRequest, OpeningListRequest, OpeningSaveRequest, OpeningActivateRequest, OpeningDeleteRequest,
    LibraryListRequest, LibraryAdoptRequest, ContestCreateRequest, ContestListRequest, ContestSubmitRequest,
    ContestScoreRequest, ContestLeaderboardRequest, ContestPublishRequest, MentorStartRequest,
    MentorEndRequest, MentorWhisperRequest, MentoringStateRequest, MentorBookmarkRequest, MentorReviewRequest,
    MentorFeedbackRequest, MentorProfileRequest, MentorApproveRequest, MentorReturnRequest,
    MentorProgressRequest, MentorReplayRequest, CaseSearchRequest, CaseGetRequest, CaseRelatedRequest,
    CaseCandidatesRequest, CasePreviewRequest, CasePromoteRequest>;

} // namespace warmline::protocol
