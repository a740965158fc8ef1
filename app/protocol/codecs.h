#pragma once

// The schema codecs of the domain values that acks and events carry (see protocol/schema.h).

#include "core/channel.h"
#include "core/mentoring.h"
#include "core/presence.h"
#include "core/role.h"
#include "protocol/compensationjson.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "protocol/schema.h"
#include "protocol/supervisionmessages.h"

namespace warmline::protocol::schema {

template<>
struct Codec<core::ConversationSummary>
    : ObjectCodec<core::ConversationSummary, &conversationToJson, &conversationFromJson>
{
};
template<>
struct Codec<core::Message> : ObjectCodec<core::Message, &messageToJson, &messageFromJson>
{
};
template<>
struct Codec<core::Compensation> : ObjectCodec<core::Compensation, &compensationToJson, &compensationFromJson>
{
};
template<>
struct Codec<core::AuthorityStatus>
    : LenientObjectCodec<core::AuthorityStatus, &authorityToJson, &authorityFromJson>
{
};
template<>
struct Codec<core::CompensationOption>
    : LenientObjectCodec<core::CompensationOption, &optionToJson, &optionFromJson>
{
};
template<>
struct Codec<core::RosterEntry> : ObjectCodec<core::RosterEntry, &rosterEntryToJson, &rosterEntryFromJson>
{
};
template<>
struct Codec<core::CustomerHeader> : LenientObjectCodec<core::CustomerHeader, &headerToJson, &headerFromJson>
{
};
template<>
struct Codec<core::OrderRow> : LenientObjectCodec<core::OrderRow, &orderToJson, &orderFromJson>
{
};
template<>
struct Codec<core::EntityStats> : LenientObjectCodec<core::EntityStats, &statsToJson, &statsFromJson>
{
};
template<>
struct Codec<core::ComplaintRow>
    : LenientObjectCodec<core::ComplaintRow, &complaintToJson, &complaintFromJson>
{
};
template<>
struct Codec<core::TimelineEntry>
    : LenientObjectCodec<core::TimelineEntry, &timelineToJson, &timelineFromJson>
{
};
template<>
struct Codec<core::Role> : NameCodec<core::Role, &core::roleName, &core::roleFromName>
{
};
template<>
struct Codec<core::Presence> : NameCodec<core::Presence, &core::presenceName, &core::presenceFromName>
{
};
template<>
struct Codec<core::Channel> : NameCodec<core::Channel, &core::channelName, &core::channelFromName>
{
};
template<>
struct Codec<core::Sender> : NameCodec<core::Sender, &core::senderName, &core::senderFromName>
{
};
template<>
struct Codec<core::ConversationStatus>
    : NameCodec<core::ConversationStatus, &core::conversationStatusName, &core::conversationStatusFromName>
{
};

template<>
struct Codec<core::HeldReply::State>
    : NameCodec<core::HeldReply::State, &core::heldStateName, &core::heldStateFromName>
{
};

template<>
struct Codec<core::CompensationStatus>
    : NameCodec<core::CompensationStatus, &core::compensationStatusName, &core::compensationStatusFromName>
{
};
template<>
struct Codec<core::Remedy> : ObjectCodec<core::Remedy, &remedyToJson, &remedyFromJson>
{
};

// What a remedy's amount may be edited to: {"minimum": fen, "maximum": fen}.
template<>
struct Codec<core::AmountBounds>
{
    static QJsonValue write(const core::AmountBounds &bounds)
    {
        return QJsonObject{{QStringLiteral("minimum"), bounds.minimum.minor()},
                           {QStringLiteral("maximum"), bounds.maximum.minor()}};
    }
    static bool read(const QJsonValue &json, core::AmountBounds &out)
    {
        const QJsonObject object = json.toObject();
        return json.isObject() &&
               Codec<core::Money>::read(object.value(QLatin1StringView("minimum")), out.minimum) &&
               Codec<core::Money>::read(object.value(QLatin1StringView("maximum")), out.maximum);
    }
};

// Values by name ({"damaged_item": 2}, {"coupon": {"minimum": 1, "maximum": 500}}).
template<typename T>
struct Codec<QMap<QString, T>>
{
    static QJsonValue write(const QMap<QString, T> &values)
    {
        QJsonObject object;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            object.insert(it.key(), Codec<T>::write(it.value()));
        return object;
    }
    static bool read(const QJsonValue &json, QMap<QString, T> &out)
    {
        if (!json.isObject())
            return false;
        out.clear();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            T value{};
            if (!Codec<T>::read(it.value(), value))
                return false;
            out.insert(it.key(), std::move(value));
        }
        return true;
    }
};

} // namespace warmline::protocol::schema
