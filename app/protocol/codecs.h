#pragma once

// The schema codecs of the domain values that acks and events carry (see protocol/schema.h).

#include "core/channel.h"
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
struct Codec<core::CompensationStatus>
    : NameCodec<core::CompensationStatus, &core::compensationStatusName, &core::compensationStatusFromName>
{
};
template<>
struct Codec<core::Remedy> : ObjectCodec<core::Remedy, &remedyToJson, &remedyFromJson>
{
};

// Counts by name ({"damaged_item": 2}).
template<>
struct Codec<QMap<QString, qint64>>
{
    static QJsonValue write(const QMap<QString, qint64> &counts)
    {
        QJsonObject object;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    }
    static bool read(const QJsonValue &json, QMap<QString, qint64> &out)
    {
        if (!json.isObject())
            return false;
        out.clear();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            qint64 count = 0;
            if (!Codec<qint64>::read(it.value(), count))
                return false;
            out.insert(it.key(), count);
        }
        return true;
    }
};

} // namespace warmline::protocol::schema
