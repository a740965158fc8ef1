#include "protocol/metricsmessages.h"

#include <limits>
#include <QDate>

namespace warmline::protocol {

namespace {

const QString kTeamId = QStringLiteral("teamId");
const QString kAgentId = QStringLiteral("agentId");
const QString kFromDay = QStringLiteral("fromDay");
const QString kToDay = QStringLiteral("toDay");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Only the strict form: "2026-11-2" or a time part would make two spellings of one bucket.
std::optional<QDate> dayOf(const QString &text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

} // namespace

MetricsQueryRequest MetricsQueryRequest::read(PayloadReader &reader)
{
    constexpr qint64 maxId = std::numeric_limits<qint64>::max();
    MetricsQueryRequest request;
    request.teamId = reader.optionalInteger(kTeamId, 1, maxId).value_or(0);
    request.agentId = reader.optionalInteger(kAgentId, 1, maxId).value_or(0);
    request.fromDay = reader.optionalString(kFromDay, 10).value_or(QString());
    request.toDay = reader.optionalString(kToDay, 10).value_or(QString());
    request.fromMs = reader.optionalInteger(kFrom, 1, maxId).value_or(0);
    request.toMs = reader.optionalInteger(kTo, 1, maxId).value_or(0);
    if (!reader.ok())
        return request;

    if (request.fromDay.isEmpty() != request.toDay.isEmpty()) {
        const QString missing = request.fromDay.isEmpty() ? kFromDay : kToDay;
        reader.reject(ErrorCode::MissingField, missing, QStringLiteral("fromDay and toDay come together"));
        return request;
    }
    if ((request.fromMs == 0) != (request.toMs == 0)) {
        reader.reject(ErrorCode::MissingField, request.fromMs == 0 ? kFrom : kTo,
                      QStringLiteral("from and to come together"));
        return request;
    }
    if (request.byDays() && request.bySpan()) {
        reader.reject(
            ErrorCode::InvalidField, kFrom,
            QStringLiteral("name the period either by days (fromDay, toDay) or by time (from, to)"));
        return request;
    }
    if (request.byDays()) {
        const auto from = dayOf(request.fromDay);
        const auto to = dayOf(request.toDay);
        if (!from || !to) {
            reader.reject(ErrorCode::InvalidField, from ? kToDay : kFromDay,
                          QStringLiteral("a day is written YYYY-MM-DD"));
        } else if (*to < *from) {
            reader.reject(ErrorCode::InvalidField, kToDay, QStringLiteral("toDay is before fromDay"));
        } else if (from->daysTo(*to) + 1 > maxMetricsDays) {
            reader.reject(ErrorCode::InvalidField, kToDay,
                          QStringLiteral("at most %1 days per query").arg(maxMetricsDays));
        }
    } else if (request.bySpan()) {
        if (request.toMs <= request.fromMs)
            reader.reject(ErrorCode::InvalidField, kTo, QStringLiteral("to must be after from"));
        else if (request.toMs - request.fromMs > maxMetricsDays * kDayMs)
            reader.reject(ErrorCode::InvalidField, kTo,
                          QStringLiteral("at most %1 days per query").arg(maxMetricsDays));
    }
    return request;
}

QJsonObject MetricsQueryRequest::toJson() const
{
    QJsonObject object;
    if (teamId > 0)
        object.insert(kTeamId, teamId);
    if (agentId > 0)
        object.insert(kAgentId, agentId);
    if (byDays()) {
        object.insert(kFromDay, fromDay);
        object.insert(kToDay, toDay);
    }
    if (bySpan()) {
        object.insert(kFrom, fromMs);
        object.insert(kTo, toMs);
    }
    return object;
}

} // namespace warmline::protocol
