#pragma once

// One struct per event kind, described once (protocol/schema.h): the server writes events with
// them, the client reads them with them, and docs/protocol.md is checked against them. Kinds are
// part of the wire protocol: only append.

#include "protocol/casemessages.h"
#include "protocol/codecs.h"
#include "protocol/mentoringmessages.h"
#include "protocol/openingmessages.h"

namespace warmline::protocol {

// What the customer sees of an offer: the options and what became of their choice, not the
// agent's reason or the authority behind it.
struct OfferChoice
{
    int index = 0;
    QString key; // "replacement+free_return_shipping"
    QList<core::Remedy> remedies;
    core::Money cost;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("index", &OfferChoice::index), field("key", &OfferChoice::key),
                          field("remedies", &OfferChoice::remedies), field("cost", &OfferChoice::cost)};
    }
    friend bool operator==(const OfferChoice &, const OfferChoice &) = default;
};

struct CustomerOffer
{
    qint64 id = 0;
    core::CompensationStatus status = core::CompensationStatus::Offered;
    qint64 complaintId = 0;
    std::optional<qint64> conversationId;
    QList<OfferChoice> options;
    std::optional<int> chosenIndex;
    std::optional<int> previousIndex;
    std::optional<qint64> switchDeadline; // until then a choice can still be changed
    qint64 updatedAt = 0;

    static CustomerOffer of(const core::Compensation &offer);
    static auto fields()
    {
        using schema::field;
        return std::tuple{field("id", &CustomerOffer::id),
                          field("status", &CustomerOffer::status),
                          field("complaintId", &CustomerOffer::complaintId),
                          field("conversationId", &CustomerOffer::conversationId),
                          field("options", &CustomerOffer::options),
                          field("chosenIndex", &CustomerOffer::chosenIndex),
                          field("previousIndex", &CustomerOffer::previousIndex),
                          field("switchDeadline", &CustomerOffer::switchDeadline),
                          field("updatedAt", &CustomerOffer::updatedAt)};
    }
    friend bool operator==(const CustomerOffer &, const CustomerOffer &) = default;
};

struct ConversationPayload
{
    core::ConversationSummary conversation;
    static auto fields()
    {
        return std::tuple{schema::field("conversation", &ConversationPayload::conversation)};
    }
    friend bool operator==(const ConversationPayload &, const ConversationPayload &) = default;
};

struct ConversationCreatedEvent : ConversationPayload
{
    static inline const QString kind = event::conversationCreated;
};

struct ConversationUpdatedEvent : ConversationPayload
{
    static inline const QString kind = event::conversationUpdated;
};

struct MessageCreatedEvent
{
    static inline const QString kind = event::messageCreated;
    core::Message message;
    core::ConversationSummary conversation; // as it stands after the message

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("message", &MessageCreatedEvent::message),
                          field("conversation", &MessageCreatedEvent::conversation)};
    }
    friend bool operator==(const MessageCreatedEvent &, const MessageCreatedEvent &) = default;
};

struct ConversationRemovedEvent
{
    static inline const QString kind = event::conversationRemoved;
    qint64 conversationId = 0;

    static auto fields()
    {
        return std::tuple{schema::field("conversationId", &ConversationRemovedEvent::conversationId)};
    }
    friend bool operator==(const ConversationRemovedEvent &, const ConversationRemovedEvent &) = default;
};

// A complaint was recorded, with what the customer 360 needs to show it at once.
struct ComplaintCreatedEvent
{
    static inline const QString kind = event::complaintCreated;
    core::ComplaintRow complaint;
    core::CustomerHeader customer;
    QMap<QString, qint64> complaintsByCategory;
    core::OrderRow order;
    core::EntityStats product;
    core::EntityStats merchant;

    static auto fields()
    {
        using schema::field;
        using E = ComplaintCreatedEvent;
        return std::tuple{field("complaint", &E::complaint),
                          field("customer", &E::customer),
                          field("complaintsByCategory", &E::complaintsByCategory),
                          field("order", &E::order),
                          field("product", &E::product),
                          field("merchant", &E::merchant)};
    }
    friend bool operator==(const ComplaintCreatedEvent &, const ComplaintCreatedEvent &) = default;
};

struct CompensationUpdatedEvent
{
    static inline const QString kind = event::compensationUpdated;
    core::Compensation compensation;
    std::optional<core::AuthorityStatus> authority; // whoever's budget it touched

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("compensation", &CompensationUpdatedEvent::compensation),
                          field("authority", &CompensationUpdatedEvent::authority)};
    }
    friend bool operator==(const CompensationUpdatedEvent &, const CompensationUpdatedEvent &) = default;
};

struct CompensationOfferEvent
{
    static inline const QString kind = event::compensationOffer;
    CustomerOffer offer;

    static auto fields() { return std::tuple{schema::field("offer", &CompensationOfferEvent::offer)}; }
    friend bool operator==(const CompensationOfferEvent &, const CompensationOfferEvent &) = default;
};

struct AuthorityUpdatedEvent
{
    static inline const QString kind = event::authorityUpdated;
    core::AuthorityStatus authority;

    static auto fields() { return std::tuple{schema::field("authority", &AuthorityUpdatedEvent::authority)}; }
    friend bool operator==(const AuthorityUpdatedEvent &, const AuthorityUpdatedEvent &) = default;
};

struct ContestPayload
{
    qint64 contestId = 0;
    qint64 teamId = 0;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("contestId", &ContestPayload::contestId),
                          field("teamId", &ContestPayload::teamId)};
    }
    friend bool operator==(const ContestPayload &, const ContestPayload &) = default;
};

struct ContestChangedEvent : ContestPayload
{
    static inline const QString kind = event::contestChanged;
};

struct LibraryChangedEvent : ContestPayload
{
    static inline const QString kind = event::libraryChanged;
};

struct AgentChangedEvent
{
    static inline const QString kind = event::agentChanged;
    core::RosterEntry agent;

    static auto fields() { return std::tuple{schema::field("agent", &AgentChangedEvent::agent)}; }
    friend bool operator==(const AgentChangedEvent &, const AgentChangedEvent &) = default;
};

template<typename T>
concept Event = schema::Described<T> && requires
{
    T::kind;
};

// Every event kind, for the round-trip and documentation tests.
using AllEvents = std::tuple<ConversationCreatedEvent, ConversationUpdatedEvent, MessageCreatedEvent,
                             ConversationRemovedEvent, ComplaintCreatedEvent, CompensationUpdatedEvent,
                             CompensationOfferEvent, AuthorityUpdatedEvent, ContestChangedEvent,
                             LibraryChangedEvent, AgentChangedEvent, MentorSessionEvent, WhisperEvent,
                             MentorReviewedEvent, HeldReplyEvent, CaseAddedEvent>;

} // namespace warmline::protocol
