#pragma once

// The acks of presence, transfers and the roster (protocol/supervisionmessages.h), described once
// (protocol/schema.h). docs/protocol.md is checked against them.

#include "protocol/codecs.h"

namespace warmline::protocol {

// A queue conversations can be passed to.
struct QueueInfo
{
    QString name;
    std::optional<qint64> teamId; // null: organisation-wide
    QString teamName;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("name", &QueueInfo::name), field("teamId", &QueueInfo::teamId),
                          field("teamName", &QueueInfo::teamName)};
    }
    friend bool operator==(const QueueInfo &, const QueueInfo &) = default;
};

// presence.set: the agent's roster line as their supervisors now see it.
struct AgentReply
{
    core::RosterEntry agent;

    static auto fields() { return std::tuple{schema::field("agent", &AgentReply::agent)}; }
    friend bool operator==(const AgentReply &, const AgentReply &) = default;
};

// Where a conversation can be passed: colleagues (presence and load, not their spending) and queues.
struct TransferTargetsReply
{
    QList<core::RosterEntry> agents;
    QList<QueueInfo> queues;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("agents", &TransferTargetsReply::agents),
                          field("queues", &TransferTargetsReply::queues)};
    }
    friend bool operator==(const TransferTargetsReply &, const TransferTargetsReply &) = default;
};

// When a waiting customer's wait turns amber and red on the queue board.
struct SlaLimits
{
    qint64 warnSeconds = 0;
    qint64 breachSeconds = 0;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("warnSeconds", &SlaLimits::warnSeconds),
                          field("breachSeconds", &SlaLimits::breachSeconds)};
    }
    friend bool operator==(const SlaLimits &, const SlaLimits &) = default;
};

struct RosterReply
{
    QList<core::RosterEntry> agents;
    QList<QueueInfo> queues;
    SlaLimits sla;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("agents", &RosterReply::agents), field("queues", &RosterReply::queues),
                          field("sla", &RosterReply::sla)};
    }
    friend bool operator==(const RosterReply &, const RosterReply &) = default;
};

} // namespace warmline::protocol
