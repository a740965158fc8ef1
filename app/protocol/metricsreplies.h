#pragma once

// The ack of metrics.query (protocol/metricsmessages.h), described once (protocol/schema.h).
// docs/protocol.md and docs/metrics.md say what each figure counts.

#include "protocol/schema.h"

namespace warmline::protocol {

// The outcome figures of one team, agent, day or the whole period: counts, so that a client shows
// "4 of 6" and computes the rate itself.
struct OutcomeFigures
{
    qint64 resolved = 0;
    qint64 firstContact = 0;
    qint64 repeatContacts = 0;
    qint64 praised = 0;
    qint64 waits = 0;
    std::optional<qint64> waitAvgMs; // null without a wait
    std::optional<qint64> waitP90Ms;
    qint64 spent = 0;  // fen
    qint64 budget = 0; // fen
    qint64 botConversations = 0;
    qint64 botContained = 0;
    qint64 botHandedOff = 0;
    qint64 loops = 0;
    qint64 askedToRepeat = 0;

    static auto fields()
    {
        using schema::field;
        using F = OutcomeFigures;
        return std::tuple{field("resolved", &F::resolved),
                          field("firstContact", &F::firstContact),
                          field("repeatContacts", &F::repeatContacts),
                          field("praised", &F::praised),
                          field("waits", &F::waits),
                          field("waitAvgMs", &F::waitAvgMs),
                          field("waitP90Ms", &F::waitP90Ms),
                          field("spent", &F::spent),
                          field("budget", &F::budget),
                          field("botConversations", &F::botConversations),
                          field("botContained", &F::botContained),
                          field("botHandedOff", &F::botHandedOff),
                          field("loops", &F::loops),
                          field("askedToRepeat", &F::askedToRepeat)};
    }
    friend bool operator==(const OutcomeFigures &, const OutcomeFigures &) = default;
};

// The rows carry the figures' fields beside their own, in one flat object.
struct TeamOutcomes : OutcomeFigures
{
    std::optional<qint64> teamId; // null: conversations of queues no team owns
    QString teamName;

    static auto fields()
    {
        using schema::field;
        return std::tuple_cat(
            OutcomeFigures::fields(),
            std::tuple{field("teamId", &TeamOutcomes::teamId), field("teamName", &TeamOutcomes::teamName)});
    }
    friend bool operator==(const TeamOutcomes &, const TeamOutcomes &) = default;
};

struct AgentOutcomes : OutcomeFigures
{
    qint64 agentId = 0;
    QString agentName;
    std::optional<qint64> teamId;

    static auto fields()
    {
        using schema::field;
        using A = AgentOutcomes;
        return std::tuple_cat(OutcomeFigures::fields(),
                              std::tuple{field("agentId", &A::agentId), field("agentName", &A::agentName),
                                         field("teamId", &A::teamId)});
    }
    friend bool operator==(const AgentOutcomes &, const AgentOutcomes &) = default;
};

struct DayOutcomes : OutcomeFigures
{
    QString day; // YYYY-MM-DD on the server's clock

    static auto fields()
    {
        return std::tuple_cat(OutcomeFigures::fields(), std::tuple{schema::field("day", &DayOutcomes::day)});
    }
    friend bool operator==(const DayOutcomes &, const DayOutcomes &) = default;
};

struct MetricsReply
{
    QString fromDay; // the period actually used
    QString toDay;
    qint64 from = 0; // ms, [from, to)
    qint64 to = 0;
    qint64 generatedAt = 0;
    QList<TeamOutcomes> teams;
    QList<AgentOutcomes> agents;
    OutcomeFigures total;
    QList<DayOutcomes> series; // every day of the period, in order, zeros included

    static auto fields()
    {
        using schema::field;
        using R = MetricsReply;
        return std::tuple{field("fromDay", &R::fromDay),
                          field("toDay", &R::toDay),
                          field("from", &R::from),
                          field("to", &R::to),
                          field("generatedAt", &R::generatedAt),
                          field("teams", &R::teams),
                          field("agents", &R::agents),
                          field("total", &R::total),
                          field("series", &R::series)};
    }
    friend bool operator==(const MetricsReply &, const MetricsReply &) = default;
};

} // namespace warmline::protocol
