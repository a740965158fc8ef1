#pragma once

// The acks of the session and conversation requests (protocol/messages.h), described once
// (protocol/schema.h). docs/protocol.md is checked against them.

#include "protocol/codecs.h"
#include "protocol/mentoringmessages.h"

namespace warmline::protocol {

// Who a connection is signed in as: the ack of auth.login, auth.resume and auth.customer. Fields of
// the other kind of principal are null.
struct SignedInReply
{
    QString kind; // "staff" or "customer"
    std::optional<qint64> agentId;
    std::optional<QString> login;
    QString displayName;
    std::optional<core::Role> role;
    std::optional<QString> team;
    std::optional<core::Presence> presence; // what a staff member chose last
    std::optional<qint64> customerId;
    QString token;
    qint64 head = 0; // the current last seq

    bool isStaff() const { return kind == QLatin1StringView("staff"); }
    static auto fields()
    {
        using schema::field;
        using R = SignedInReply;
        return std::tuple{field("kind", &R::kind),         field("agentId", &R::agentId),
                          field("login", &R::login),       field("displayName", &R::displayName),
                          field("role", &R::role),         field("team", &R::team),
                          field("presence", &R::presence), field("customerId", &R::customerId),
                          field("token", &R::token),       field("head", &R::head)};
    }
    friend bool operator==(const SignedInReply &, const SignedInReply &) = default;
};

// What a subscriber starts from: open conversations (a customer's come with their latest messages).
struct Snapshot
{
    QList<core::ConversationSummary> conversations;
    std::optional<QList<core::Message>> messages; // customers only

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("conversations", &Snapshot::conversations),
                          field("messages", &Snapshot::messages)};
    }
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

// Without since: head and a snapshot; with since: head and how many missed events were replayed.
struct SubscribeReply
{
    qint64 head = 0;
    std::optional<Snapshot> snapshot;
    std::optional<int> replayed;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("head", &SubscribeReply::head), field("snapshot", &SubscribeReply::snapshot),
                          field("replayed", &SubscribeReply::replayed)};
    }
    friend bool operator==(const SubscribeReply &, const SubscribeReply &) = default;
};

struct HistoryReply
{
    core::ConversationSummary conversation;
    QList<core::Message> messages; // oldest first

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("conversation", &HistoryReply::conversation),
                          field("messages", &HistoryReply::messages)};
    }
    friend bool operator==(const HistoryReply &, const HistoryReply &) = default;
};

// The conversation as it stands after the request (accept, resolve, set_order, transfer, assign…).
struct ConversationReply
{
    core::ConversationSummary conversation;

    static auto fields()
    {
        return std::tuple{schema::field("conversation", &ConversationReply::conversation)};
    }
    friend bool operator==(const ConversationReply &, const ConversationReply &) = default;
};

// The ack of conversation.reply: the message sent, or — in a mentor session with approve-before-send
// — the hold it waits in (its message follows as message.created once the mentor approves).
struct MessageReply
{
    std::optional<core::Message> message;
    std::optional<HeldReplyInfo> held;

    static auto fields()
    {
        return std::tuple{schema::field("message", &MessageReply::message),
                          schema::field("held", &MessageReply::held)};
    }
    friend bool operator==(const MessageReply &, const MessageReply &) = default;
};

struct CustomerMessageReply
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    bool created = false; // the message opened a new conversation

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("conversationId", &CustomerMessageReply::conversationId),
                          field("messageId", &CustomerMessageReply::messageId),
                          field("created", &CustomerMessageReply::created)};
    }
    friend bool operator==(const CustomerMessageReply &, const CustomerMessageReply &) = default;
};

struct ComplaintReply
{
    core::ComplaintRow complaint;

    static auto fields() { return std::tuple{schema::field("complaint", &ComplaintReply::complaint)}; }
    friend bool operator==(const ComplaintReply &, const ComplaintReply &) = default;
};

} // namespace warmline::protocol
