#pragma once

// One struct per request type, with its JSON in one place; Reply names its ack (defined in
// protocol/*replies.h). Type names are part of the wire
// protocol: only append. docs/protocol.md documents every field.

#include "core/channel.h"
#include "core/compensation.h"
#include "core/conversation.h"
#include "core/profile.h"
#include "protocol/payloadreader.h"

#include <optional>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

namespace warmline::protocol {

namespace topic {
inline const QString conversations = QStringLiteral("conversations"); // staff: every conversation and message
inline const QString mine = QStringLiteral("mine");                   // customer: their own conversations
} // namespace topic

namespace event {
inline const QString conversationCreated = QStringLiteral("conversation.created");
inline const QString conversationUpdated = QStringLiteral("conversation.updated");
inline const QString messageCreated = QStringLiteral("message.created");
// Staff who no longer see a conversation (it moved to another team's queue, or was passed on by
// them): drop it. Payload {conversationId}. Whoever still sees it gets conversation.updated next.
inline const QString conversationRemoved = QStringLiteral("conversation.removed");
inline const QString complaintCreated = QStringLiteral("complaint.created");
// Staff: a compensation was decided, asked for, offered, chosen, switched, approved, rejected or
// escalated; carries the record and the authority of whoever's budget it touched.
inline const QString compensationUpdated = QStringLiteral("compensation.updated");
// The customer concerned (and staff): an offer to choose from, and what became of the choice.
inline const QString compensationOffer = QStringLiteral("compensation.offer");
// Staff: a supervisor or administrator changed an agent's authority.
inline const QString authorityUpdated = QStringLiteral("authority.updated");
} // namespace event

namespace schema {
struct Empty;
}
struct SignedInReply;
struct SubscribeReply;
struct HistoryReply;
struct ConversationReply;
struct MessageReply;
struct CustomerMessageReply;
struct ComplaintReply;
struct ProfileReply;
struct OrdersReply;
struct OrderDetailReply;
struct FeedbackReply;
struct AssistStateReply;
struct CompensationOptionsReply;
struct CompensationReply;
struct ChooseReply;
struct ApprovalListReply;
struct AuthorityReply;

struct LoginRequest
{
    static inline const QString type = QStringLiteral("auth.login");
    using Reply = SignedInReply;
    QString user;
    QString password;
    QString client;

    static LoginRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const LoginRequest &, const LoginRequest &) = default;
};

struct ResumeRequest
{
    static inline const QString type = QStringLiteral("auth.resume");
    using Reply = SignedInReply;
    QString token;

    static ResumeRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ResumeRequest &, const ResumeRequest &) = default;
};

// A customer-side channel connection (web chat page, simulator, tests) identifying a customer.
struct CustomerLoginRequest
{
    static inline const QString type = QStringLiteral("auth.customer");
    using Reply = SignedInReply;
    qint64 customerId = 0;

    static CustomerLoginRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CustomerLoginRequest &, const CustomerLoginRequest &) = default;
};

struct LogoutRequest
{
    static inline const QString type = QStringLiteral("auth.logout");
    using Reply = schema::Empty;
    static LogoutRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const LogoutRequest &, const LogoutRequest &) = default;
};

struct SubscribeRequest
{
    static inline const QString type = QStringLiteral("subscribe");
    using Reply = SubscribeReply;
    QStringList topics;
    std::optional<qint64> since; // absent: send a snapshot; present: replay what came after it

    static SubscribeRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const SubscribeRequest &, const SubscribeRequest &) = default;
};

struct HistoryRequest
{
    static inline const QString type = QStringLiteral("conversation.history");
    using Reply = HistoryReply;
    qint64 conversationId = 0;
    std::optional<qint64> beforeMessageId;
    int limit = 50;

    static HistoryRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const HistoryRequest &, const HistoryRequest &) = default;
};

struct AcceptRequest
{
    static inline const QString type = QStringLiteral("conversation.accept");
    using Reply = ConversationReply;
    qint64 conversationId = 0;

    static AcceptRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const AcceptRequest &, const AcceptRequest &) = default;
};

struct ReplyRequest
{
    static inline const QString type = QStringLiteral("conversation.reply");
    using Reply = MessageReply;
    qint64 conversationId = 0;
    QString text;

    static ReplyRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ReplyRequest &, const ReplyRequest &) = default;
};

struct ResolveRequest
{
    static inline const QString type = QStringLiteral("conversation.resolve");
    using Reply = ConversationReply;
    qint64 conversationId = 0;

    static ResolveRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ResolveRequest &, const ResolveRequest &) = default;
};

struct CustomerMessageRequest
{
    static inline const QString type = QStringLiteral("customer.message");
    using Reply = CustomerMessageReply;
    core::Channel channel = core::Channel::Web;
    QString text;
    qint64 orderId = 0; // optional: the order the customer is writing about

    static CustomerMessageRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CustomerMessageRequest &, const CustomerMessageRequest &) = default;
};

// The customer 360 profile, with statistics for the order under discussion.
struct ProfileRequest
{
    static inline const QString type = QStringLiteral("customer.profile");
    using Reply = ProfileReply;
    qint64 customerId = 0;
    qint64 orderId = 0; // 0: the conversation's order, else the latest order

    static ProfileRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ProfileRequest &, const ProfileRequest &) = default;
};

// A page of a customer's orders, sorted and filtered on the server.
struct OrdersRequest
{
    static inline const QString type = QStringLiteral("customer.orders");
    using Reply = OrdersReply;
    core::OrderQuery query;

    static OrdersRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const OrdersRequest &, const OrdersRequest &) = default;
};

// One order with its complaints and the conversations about it.
struct OrderDetailRequest
{
    static inline const QString type = QStringLiteral("order.detail");
    using Reply = OrderDetailReply;
    qint64 orderId = 0;

    static OrderDetailRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const OrderDetailRequest &, const OrderDetailRequest &) = default;
};

struct ComplaintCreateRequest
{
    static inline const QString type = QStringLiteral("complaint.create");
    using Reply = ComplaintReply;
    qint64 orderId = 0;
    QString category;
    qint64 conversationId = 0; // optional: where it was raised

    static ComplaintCreateRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ComplaintCreateRequest &, const ComplaintCreateRequest &) = default;
};

// Names the order a conversation is about.
struct SetOrderRequest
{
    static inline const QString type = QStringLiteral("conversation.set_order");
    using Reply = ConversationReply;
    qint64 conversationId = 0;
    qint64 orderId = 0;

    static SetOrderRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const SetOrderRequest &, const SetOrderRequest &) = default;
};

// An agent's reaction to a reply suggestion (inserted, sent as suggested, edited, ignored).
struct AssistFeedbackRequest
{
    static inline const QString type = QStringLiteral("assist.feedback");
    using Reply = FeedbackReply;
    qint64 conversationId = 0;
    qint64 messageId = 0; // the customer message the suggestion answered
    QString intent;
    QString templateId; // empty for article and past-reply suggestions
    QString source;     // intent, article, past_reply
    QString action;     // inserted, sent, edited, ignored

    static const QStringList &sources();
    static const QStringList &actions();
    static AssistFeedbackRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const AssistFeedbackRequest &, const AssistFeedbackRequest &) = default;
};

// What a workstation's reply assistant needs from the server: feedback per template, customer
// messages agents labelled, past replies that resolved conversations.
struct AssistStateRequest
{
    static inline const QString type = QStringLiteral("assist.state");
    using Reply = AssistStateReply;
    int learnedLimit = 2000;
    int pastReplyLimit = 500;

    static AssistStateRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const AssistStateRequest &, const AssistStateRequest &) = default;
};

// The options the policy engine proposes for a complaint, with the caller's authority today.
struct CompensationOptionsRequest
{
    static inline const QString type = QStringLiteral("compensation.options");
    using Reply = CompensationOptionsReply;
    qint64 complaintId = 0;

    static CompensationOptionsRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CompensationOptionsRequest &, const CompensationOptionsRequest &) = default;
};

// One remedy as a client asks for it: which kind, and its amount in fen.
QJsonObject remedyRequestToJson(const core::Remedy &remedy);

// Gives one option (a single remedy or a combination) at once: within the caller's authority only.
struct CompensationDecideRequest
{
    static inline const QString type = QStringLiteral("compensation.decide");
    using Reply = CompensationReply;
    qint64 complaintId = 0;
    qint64 conversationId = 0;    // optional
    QList<core::Remedy> remedies; // kind and cost; percent and points are derived by the server
    QString reason;

    static CompensationDecideRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CompensationDecideRequest &, const CompensationDecideRequest &) = default;
};

// The same shape, for an option above the caller's authority: a supervisor decides.
struct CompensationApprovalRequest
{
    static inline const QString type = QStringLiteral("compensation.request_approval");
    using Reply = CompensationReply;
    qint64 complaintId = 0;
    qint64 conversationId = 0;
    QList<core::Remedy> remedies;
    QString reason;

    static CompensationApprovalRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CompensationApprovalRequest &,
                           const CompensationApprovalRequest &) = default;
};

// Lets the customer choose among 2–3 options.
struct CompensationOfferRequest
{
    static inline const QString type = QStringLiteral("compensation.offer");
    using Reply = CompensationReply;
    qint64 complaintId = 0;
    qint64 conversationId = 0;
    QList<QList<core::Remedy>> options;
    QString reason;

    static CompensationOfferRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CompensationOfferRequest &, const CompensationOfferRequest &) = default;
};

// The customer picks an offered option, or switches to another one within the window.
struct CompensationChooseRequest
{
    static inline const QString type = QStringLiteral("compensation.choose");
    using Reply = ChooseReply;
    qint64 compensationId = 0;
    int option = 0; // index into the offer's options

    static CompensationChooseRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CompensationChooseRequest &, const CompensationChooseRequest &) = default;
};

// Supervisors: what waits for an answer, and what was answered lately.
struct ApprovalListRequest
{
    static inline const QString type = QStringLiteral("approval.list");
    using Reply = ApprovalListReply;
    static ApprovalListRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const ApprovalListRequest &, const ApprovalListRequest &) = default;
};

struct ApprovalAnswerRequest
{
    enum class Answer { Approve, Reject, Amend };
    static inline const QString approveType = QStringLiteral("approval.approve");
    static inline const QString rejectType = QStringLiteral("approval.reject");
    static inline const QString amendType = QStringLiteral("approval.amend");
    Answer answer = Answer::Approve;
    qint64 compensationId = 0;
    QString comment;              // required to reject or amend
    QList<core::Remedy> remedies; // amend: what is given instead

    static ApprovalAnswerRequest read(PayloadReader &reader, Answer answer);
    QJsonObject toJson() const;
    friend bool operator==(const ApprovalAnswerRequest &, const ApprovalAnswerRequest &) = default;
};

// approval.approve, approval.reject and approval.amend: one body, a request type each.
template<ApprovalAnswerRequest::Answer Kind>
struct ApprovalAnswerAs : ApprovalAnswerRequest
{
    // Spelled out rather than taken from approveType & co.: a template's static members are
    // initialised in no fixed order relative to other statics.
    static inline const QString type = QString::fromLatin1(Kind == Answer::Approve  ? "approval.approve"
                                                           : Kind == Answer::Reject ? "approval.reject"
                                                                                    : "approval.amend");
    using Reply = CompensationReply;

    static ApprovalAnswerAs read(PayloadReader &reader)
    {
        return {ApprovalAnswerRequest::read(reader, Kind)};
    }
};
using ApproveRequest = ApprovalAnswerAs<ApprovalAnswerRequest::Answer::Approve>;
using RejectRequest = ApprovalAnswerAs<ApprovalAnswerRequest::Answer::Reject>;
using AmendRequest = ApprovalAnswerAs<ApprovalAnswerRequest::Answer::Amend>;

// Supervisors and administrators set an agent's per-case limit and daily budget.
struct AuthoritySetRequest
{
    static inline const QString type = QStringLiteral("authority.set");
    using Reply = AuthorityReply;
    qint64 agentId = 0;
    qint64 perCaseLimit = 0; // fen
    qint64 dailyBudget = 0;  // fen

    static AuthoritySetRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const AuthoritySetRequest &, const AuthoritySetRequest &) = default;
};

// An agent's authority today (default: the caller's).
struct AuthorityGetRequest
{
    static inline const QString type = QStringLiteral("authority.get");
    using Reply = AuthorityReply;
    qint64 agentId = 0; // 0: the caller

    static AuthorityGetRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const AuthorityGetRequest &, const AuthorityGetRequest &) = default;
};

// Data carried in acks and events.
QJsonObject conversationToJson(const core::ConversationSummary &conversation);
// What a customer's connection is told about their conversation: nothing staff keep between
// themselves (the bot's assessment in `handoff`, transfers and their notes, routing offers).
QJsonObject conversationForCustomer(QJsonObject conversation);
// An ack's or event's payload as a customer sees it: each conversation in it (`conversation`,
// `conversations`, a `snapshot`'s) for the customer.
QJsonObject customerView(QJsonObject payload);
std::optional<core::ConversationSummary> conversationFromJson(const QJsonObject &object);
QJsonObject messageToJson(const core::Message &message);
std::optional<core::Message> messageFromJson(const QJsonObject &object);

} // namespace warmline::protocol
