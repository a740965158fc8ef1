#include "server/outcomemetrics.h"

#include "assist/repeatdetector.h"
#include "core/conversation.h"
#include "protocol/metricsmessages.h"
#include "protocol/metricsreplies.h"

#include <algorithm>
#include <map>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace warmline::server {

using protocol::Error;
using protocol::ErrorCode;
using protocol::MetricsQueryRequest;

namespace {

constexpr qint64 kRepeatWindowMs = 7LL * 24 * 3600 * 1000;

// Days are the server's local calendar days, exactly as CompensationService::budgetDay names them,
// so a day's spend and its conversations fall in the same bucket.
QString dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

struct Figures
{
    qint64 resolved = 0;
    qint64 firstContact = 0;
    qint64 repeatContacts = 0;
    qint64 praised = 0;
    QList<qint64> waits;
    qint64 spent = 0;
    qint64 budget = 0;
    qint64 botConversations = 0;
    qint64 botContained = 0;
    qint64 botHandedOff = 0;
    qint64 loops = 0;
    qint64 askedToRepeat = 0;

    // On the wire, with the waits' mean and 90th percentile worked out.
    template<typename Row = protocol::OutcomeFigures>
    Row wire() const
    {
        Row row;
        row.resolved = resolved;
        row.firstContact = firstContact;
        row.repeatContacts = repeatContacts;
        row.praised = praised;
        row.waits = waits.size();
        row.spent = spent;
        row.budget = budget;
        row.botConversations = botConversations;
        row.botContained = botContained;
        row.botHandedOff = botHandedOff;
        row.loops = loops;
        row.askedToRepeat = askedToRepeat;
        if (!waits.isEmpty()) {
            QList<qint64> sorted = waits;
            std::sort(sorted.begin(), sorted.end());
            qint64 sum = 0;
            for (const qint64 wait : sorted)
                sum += wait;
            const qint64 n = sorted.size();
            row.waitAvgMs = (sum + n / 2) / n;
            // Nearest rank: the smallest wait that at least 90 % of the waits do not exceed.
            row.waitP90Ms = sorted.at((9 * n + 9) / 10 - 1);
        }
        return row;
    }
};

// Adds each counted thing to the total, its team, its agent and its day, if the caller may see
// its team and it matches the request's team and agent.
class Tally
{
public:
    Tally(const core::StaffScope &scope, const MetricsQueryRequest &request, const QStringList &days)
        : m_scope(scope)
        , m_request(request)
    {
        for (const QString &day : days)
            m_series[day];
    }

    template<typename Change>
    void add(const QString &day, qint64 teamId, qint64 agentId, Change change)
    {
        if (!m_series.contains(day) || !counts(teamId, agentId))
            return;
        change(m_total);
        change(m_teams[teamId]);
        if (agentId > 0)
            change(m_agents[agentId]);
        change(m_series[day]);
    }

    const Figures &total() const { return m_total; }
    std::map<qint64, Figures> &teams() { return m_teams; }
    std::map<qint64, Figures> &agents() { return m_agents; }
    const std::map<QString, Figures> &series() const { return m_series; }

private:
    bool counts(qint64 teamId, qint64 agentId) const
    {
        if (!m_scope.coversTeam(teamId))
            return false;
        if (m_request.teamId > 0 && teamId != m_request.teamId)
            return false;
        return m_request.agentId == 0 || agentId == m_request.agentId;
    }

    const core::StaffScope &m_scope;
    const MetricsQueryRequest &m_request;
    Figures m_total;
    std::map<qint64, Figures> m_teams;
    std::map<qint64, Figures> m_agents;
    std::map<QString, Figures> m_series;
};

Error failedRead()
{
    return Error{
        ErrorCode::Internal, QStringLiteral("could not read the stored events for the metrics"), {}, {}};
}

// What a hand-off or transfer gave the agent: the bot's facts (every interface language's
// rendering counts as given) and the conversation's linked order.
QMap<QString, QString> carriedFacts(const storage::MetricsStore::AgentLine &line, qint64 *handedOverAt)
{
    QMap<QString, QString> facts;
    *handedOverAt = line.firstTransferAtMs;
    if (!line.handoff.isEmpty()) {
        if (const auto handoff =
                core::Handoff::fromJson(QJsonDocument::fromJson(line.handoff.toUtf8()).object())) {
            facts = handoff->facts;
            for (const auto &localized : handoff->localized) {
                for (auto it = localized.facts.cbegin(); it != localized.facts.cend(); ++it)
                    facts.insert(it.key(), it.value());
            }
            if (handoff->atMs > 0 && (*handedOverAt == 0 || handoff->atMs < *handedOverAt))
                *handedOverAt = handoff->atMs;
        }
    }
    if (!line.orderNumber.isEmpty())
        facts.insert(QStringLiteral("order_number"), line.orderNumber);
    return facts;
}

} // namespace

OutcomeMetrics::OutcomeMetrics(QSqlDatabase db)
    : m_store(std::move(db))
{
}

std::optional<qint64> OutcomeMetrics::teamOf(qint64 staffId)
{
    const auto staff = m_store.staff();
    if (!staff)
        return std::nullopt;
    for (const auto &member : *staff) {
        if (member.id == staffId)
            return member.teamId;
    }
    return std::nullopt;
}

Result<protocol::MetricsReply> OutcomeMetrics::figures(const core::StaffScope &scope, qint64 nowMs,
                                                       const MetricsQueryRequest &request)
{
    // The period: whole days, a span, or today on the server's clock.
    QDate firstDay;
    QDate lastDay;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    if (request.bySpan()) {
        fromMs = request.fromMs;
        toMs = request.toMs;
        firstDay = QDateTime::fromMSecsSinceEpoch(fromMs).date();
        lastDay = QDateTime::fromMSecsSinceEpoch(toMs - 1).date();
    } else {
        firstDay = request.byDays() ? QDate::fromString(request.fromDay, Qt::ISODate)
                                    : QDateTime::fromMSecsSinceEpoch(nowMs).date();
        lastDay = request.byDays() ? QDate::fromString(request.toDay, Qt::ISODate) : firstDay;
        fromMs = firstDay.startOfDay().toMSecsSinceEpoch();
        toMs = lastDay.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    QStringList days;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1))
        days.append(day.toString(Qt::ISODate));

    const auto teams = m_store.teams();
    const auto staff = m_store.staff();
    const auto resolved = m_store.resolved(fromMs, toMs, kRepeatWindowMs);
    const auto customerLines = m_store.customerLinesAfterPerson(fromMs, toMs);
    const auto changes = m_store.statusChanges(fromMs, toMs);
    const auto rowWaits = m_store.waitsWithoutEvents(fromMs, toMs);
    const auto spend = m_store.spend(days.constFirst(), days.constLast());
    const auto bot = m_store.botConversations(fromMs, toMs);
    const auto agentLines = m_store.agentLinesAfterHandover(fromMs, toMs);
    if (!teams || !staff || !resolved || !customerLines || !changes || !rowWaits || !spend || !bot ||
        !agentLines)
        return failedRead();

    if (request.agentId > 0 && std::none_of(staff->cbegin(), staff->cend(), [&](const auto &member) {
            return member.id == request.agentId;
        })) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("no staff member %1").arg(request.agentId),
                     QStringLiteral("payload.agentId"),
                     {}};
    }
    Tally tally(scope, request, days);
    const auto inPeriod = [&](qint64 ms) { return ms >= fromMs && ms < toMs; };

    // First contact, repeat contact and praise: per conversation a person resolved.
    QSet<qint64> praisedConversations;
    for (const auto &line : *customerLines) {
        if (assist::soundsLikePraise(line.body))
            praisedConversations.insert(line.conversationId);
    }
    for (const auto &row : *resolved) {
        const bool praised = praisedConversations.contains(row.conversationId);
        tally.add(dayOf(row.resolvedAtMs), row.teamId, row.agentId, [&](Figures &f) {
            ++f.resolved;
            f.firstContact += !row.passedOn && !row.repeated;
            f.repeatContacts += row.repeated;
            f.praised += praised;
        });
    }

    // Waits and loops from each conversation's status history.
    for (qsizetype i = 0; i < changes->size();) {
        const qint64 conversationId = changes->at(i).conversationId;
        QString previous;
        qint64 queuedSince = 0;
        bool hadPerson = false;
        qint64 lastPerson = 0;
        for (; i < changes->size() && changes->at(i).conversationId == conversationId; ++i) {
            const auto &change = changes->at(i);
            if (change.status == previous)
                continue;
            if (change.status == QLatin1StringView("queued")) {
                queuedSince = change.atMs;
            } else if (change.status == QLatin1StringView("assigned")) {
                if (previous == QLatin1StringView("queued") && inPeriod(change.atMs)) {
                    const qint64 wait = change.atMs - queuedSince;
                    tally.add(dayOf(change.atMs), change.teamId, change.agentId,
                              [wait](Figures &f) { f.waits.append(wait); });
                }
                hadPerson = true;
                lastPerson = change.agentId;
            } else if (change.status == QLatin1StringView("bot") && hadPerson && inPeriod(change.atMs)) {
                tally.add(dayOf(change.atMs), change.teamId, lastPerson, [](Figures &f) { ++f.loops; });
            }
            previous = change.status;
        }
    }
    for (const auto &wait : *rowWaits) {
        const qint64 ms = wait.assignedAtMs - wait.queuedAtMs;
        tally.add(dayOf(wait.assignedAtMs), wait.teamId, wait.agentId,
                  [ms](Figures &f) { f.waits.append(ms); });
    }

    // Compensation against budget: spend by the budget it counted against; budget per
    // frontline agent and day.
    std::map<qint64, const storage::MetricsStore::Staff *> people;
    for (const auto &member : *staff)
        people[member.id] = &member;
    for (const auto &row : *spend) {
        const auto person = people.find(row.agentId);
        const qint64 teamId = person != people.end() ? person->second->teamId : 0;
        tally.add(row.day, teamId, row.agentId, [&row](Figures &f) { f.spent += row.amount.minor(); });
    }
    for (const auto &member : *staff) {
        if (member.role != core::Role::Agent)
            continue;
        for (const QString &day : days) {
            tally.add(day, member.teamId, member.id,
                      [&member](Figures &f) { f.budget += member.dailyBudget.minor(); });
        }
    }

    // The bot: contained or handed off, per conversation it held.
    for (const auto &row : *bot) {
        tally.add(dayOf(row.createdAtMs), row.teamId, 0, [&row](Figures &f) {
            ++f.botConversations;
            f.botContained += row.resolved && !row.handedOff && !row.reachedPerson;
            f.botHandedOff += row.handedOff;
        });
    }

    // Asked to repeat: agent messages after the first hand-over asking for a carried fact.
    for (const auto &line : *agentLines) {
        qint64 handedOverAt = 0;
        const QMap<QString, QString> facts = carriedFacts(line, &handedOverAt);
        if (handedOverAt == 0 || line.atMs < handedOverAt)
            continue;
        if (assist::askedToRepeat(line.body, facts).isEmpty())
            continue;
        tally.add(dayOf(line.atMs), line.teamId, line.agentId, [](Figures &f) { ++f.askedToRepeat; });
    }

    // Rows: every team the caller sees (and the request names), and every agent with a
    // figure or a budget there.
    protocol::MetricsReply reply{
        days.constFirst(), days.constLast(), fromMs, toMs, nowMs, {}, {}, tally.total().wire(), {}};
    for (const auto &team : *teams) {
        if (!scope.coversTeam(team.id) || (request.teamId > 0 && team.id != request.teamId))
            continue;
        // One agent's query shows the teams their figures fell in, not every team at zero.
        if (request.agentId > 0 && !tally.teams().count(team.id))
            continue;
        auto row = tally.teams()[team.id].wire<protocol::TeamOutcomes>();
        row.teamId = team.id;
        row.teamName = team.name;
        reply.teams.append(row);
    }
    if (tally.teams().count(0))
        reply.teams.append(tally.teams().at(0).wire<protocol::TeamOutcomes>());
    for (const auto &[agentId, figures] : tally.agents()) {
        const auto person = people.find(agentId);
        auto row = figures.wire<protocol::AgentOutcomes>();
        row.agentId = agentId;
        if (person != people.end()) {
            row.agentName = person->second->name;
            if (person->second->teamId)
                row.teamId = person->second->teamId;
        }
        reply.agents.append(row);
    }
    for (const auto &[day, figures] : tally.series()) {
        auto row = figures.wire<protocol::DayOutcomes>();
        row.day = day;
        reply.series.append(row);
    }
    return Done<protocol::MetricsReply>{reply};
}

} // namespace warmline::server
