#pragma once

// The acks of the customer 360 and assistant requests (protocol/messages.h), described once
// (protocol/schema.h). docs/protocol.md is checked against them.

#include "protocol/codecs.h"

namespace warmline::protocol {

// A page of a customer's orders.
struct OrderPage
{
    qint64 total = 0; // all of them
    QList<core::OrderRow> items;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("total", &OrderPage::total), field("items", &OrderPage::items)};
    }
    friend bool operator==(const OrderPage &, const OrderPage &) = default;
};

// customer.profile: the 360 view of one customer, around the order under discussion.
struct ProfileReply
{
    core::CustomerHeader customer;
    QMap<QString, qint64> complaintsByCategory;
    std::optional<qint64> focusOrderId;
    std::optional<core::OrderRow> focusOrder;
    std::optional<core::EntityStats> product;  // of the focus order
    std::optional<core::EntityStats> merchant; // of the focus order
    OrderPage orders;                          // the first page
    QList<core::TimelineEntry> timeline;       // newest first

    static ProfileReply of(const core::CustomerProfile &profile);
    core::CustomerProfile profile() const;
    static auto fields()
    {
        using schema::field;
        using R = ProfileReply;
        return std::tuple{field("customer", &R::customer),
                          field("complaintsByCategory", &R::complaintsByCategory),
                          field("focusOrderId", &R::focusOrderId),
                          field("focusOrder", &R::focusOrder),
                          field("product", &R::product),
                          field("merchant", &R::merchant),
                          field("orders", &R::orders),
                          field("timeline", &R::timeline)};
    }
    friend bool operator==(const ProfileReply &, const ProfileReply &) = default;
};

struct OrdersReply
{
    qint64 total = 0;
    int offset = 0;
    QList<core::OrderRow> items;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("total", &OrdersReply::total), field("offset", &OrdersReply::offset),
                          field("items", &OrdersReply::items)};
    }
    friend bool operator==(const OrdersReply &, const OrdersReply &) = default;
};

struct OrderDetailReply
{
    core::OrderRow order;
    QList<core::ComplaintRow> complaints;
    QList<core::TimelineEntry> conversations; // about this order, newest first

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("order", &OrderDetailReply::order),
                          field("complaints", &OrderDetailReply::complaints),
                          field("conversations", &OrderDetailReply::conversations)};
    }
    friend bool operator==(const OrderDetailReply &, const OrderDetailReply &) = default;
};

// How agents used one reply template's suggestions.
struct TemplateUse
{
    QString id;
    qint64 inserted = 0;
    qint64 sent = 0;
    qint64 edited = 0;
    qint64 ignored = 0;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("id", &TemplateUse::id), field("inserted", &TemplateUse::inserted),
                          field("sent", &TemplateUse::sent), field("edited", &TemplateUse::edited),
                          field("ignored", &TemplateUse::ignored)};
    }
    friend bool operator==(const TemplateUse &, const TemplateUse &) = default;
};

struct FeedbackReply
{
    qint64 feedbackId = 0;
    std::optional<TemplateUse> usage; // the template's counts, when the suggestion had one

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("feedbackId", &FeedbackReply::feedbackId),
                          field("template", &FeedbackReply::usage)};
    }
    friend bool operator==(const FeedbackReply &, const FeedbackReply &) = default;
};

// A customer message labelled by the suggestion an agent sent for it.
struct LearnedExample
{
    QString text;
    QString intent;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("text", &LearnedExample::text), field("intent", &LearnedExample::intent)};
    }
    friend bool operator==(const LearnedExample &, const LearnedExample &) = default;
};

// How a resolved conversation began and the agent's last reply in it.
struct PastReply
{
    qint64 conversationId = 0;
    QString question;
    QString reply;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("conversationId", &PastReply::conversationId),
                          field("question", &PastReply::question), field("reply", &PastReply::reply)};
    }
    friend bool operator==(const PastReply &, const PastReply &) = default;
};

struct AssistStateReply
{
    QList<TemplateUse> templates;
    QList<LearnedExample> learned;
    QList<PastReply> pastReplies;
    int modelVersion = 0; // the bot's model, retrained as agents label messages
    qint64 botLearned = 0;

    static auto fields()
    {
        using schema::field;
        using R = AssistStateReply;
        return std::tuple{field("templates", &R::templates), field("learned", &R::learned),
                          field("pastReplies", &R::pastReplies), field("modelVersion", &R::modelVersion),
                          field("botLearned", &R::botLearned)};
    }
    friend bool operator==(const AssistStateReply &, const AssistStateReply &) = default;
};

} // namespace warmline::protocol
