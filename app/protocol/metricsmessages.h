#pragma once

// The supervisor's outcome metrics (docs/metrics.md, docs/protocol.md "Metrics"). Same rules as
// messages.h: type names are part of the wire protocol, only append.

#include "protocol/payloadreader.h"

#include <QJsonObject>
#include <QString>

namespace warmline::protocol {

// Longest period one query covers: a year of daily buckets is what a chart can still show.
inline constexpr qint64 maxMetricsDays = 366;

struct MetricsReply;

// Outcome figures for a period, per team, per agent, in total and per day. The period is either
// whole days on the server's clock (fromDay..toDay, inclusive) or a span of milliseconds
// [from, to); with neither it is today. teamId / agentId narrow it to one team or one agent.
struct MetricsQueryRequest
{
    static inline const QString type = QStringLiteral("metrics.query");
    using Reply = MetricsReply;
    qint64 teamId = 0;  // 0: every team the caller may see
    qint64 agentId = 0; // 0: every agent
    QString fromDay;    // YYYY-MM-DD, with toDay
    QString toDay;
    qint64 fromMs = 0; // with toMs; instead of the days
    qint64 toMs = 0;

    bool byDays() const { return !fromDay.isEmpty(); }
    bool bySpan() const { return fromMs > 0; }

    static MetricsQueryRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const MetricsQueryRequest &, const MetricsQueryRequest &) = default;
};

} // namespace warmline::protocol
