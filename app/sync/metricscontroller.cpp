#include "sync/metricscontroller.h"

#include "core/money.h"
#include "sync/serverconnection.h"

#include <QLocale>

namespace warmline::sync {

MetricsFigures MetricsFigures::of(const protocol::OutcomeFigures &o)
{
    MetricsFigures f;
    f.resolved = o.resolved;
    f.firstContact = o.firstContact;
    f.repeatContacts = o.repeatContacts;
    f.praised = o.praised;
    f.waits = o.waits;
    f.waitAvgMs = o.waitAvgMs.value_or(-1);
    f.waitP90Ms = o.waitP90Ms.value_or(-1);
    f.spent = o.spent;
    f.budget = o.budget;
    f.botConversations = o.botConversations;
    f.botContained = o.botContained;
    f.botHandedOff = o.botHandedOff;
    f.loops = o.loops;
    f.askedToRepeat = o.askedToRepeat;
    return f;
}

MetricsTableModel::MetricsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricsTableModel::setRows(const QList<MetricsRow> &rows)
{
    // A new period or team changes which rows exist; there is no selection worth keeping.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MetricsTableModel::rate(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QStringLiteral("–");
    const qint64 percent = (200 * part + whole) / (2 * whole); // rounded half up, in integers
    return tr("%1 of %2 · %3 %").arg(part).arg(whole).arg(percent);
}

QString MetricsTableModel::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString MetricsTableModel::money(qint64 fen)
{
    return core::formatMoney(core::Money::fromMinor(fen), QLocale());
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MetricsRow &row = m_rows.at(index.row());
    const MetricsFigures &f = row.figures;
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Loops || index.column() == AskedToRepeat))
        return tr("Should be 0: every one is a customer who was sent back or asked again.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        if (row.kind == MetricsRow::Kind::Total)
            return tr("All");
        if (row.name.isEmpty())
            return row.kind == MetricsRow::Kind::Team ? tr("No team") : tr("Agent %1").arg(row.id);
        // Agents indented under the teams, as in a report; the CSV export trims it.
        return row.kind == MetricsRow::Kind::Agent ? QStringLiteral("  ") + row.name : row.name;
    case Resolved:
        return QString::number(f.resolved);
    case FirstContact:
        return rate(f.firstContact, f.resolved);
    case RepeatContact:
        return rate(f.repeatContacts, f.resolved);
    case Praise:
        return rate(f.praised, f.resolved);
    case WaitAverage:
        return duration(f.waitAvgMs);
    case WaitP90:
        return duration(f.waitP90Ms);
    case Spend:
        return f.budget > 0 ? tr("%1 of %2").arg(money(f.spent), money(f.budget)) : money(f.spent);
    case BotContained:
        return rate(f.botContained, f.botConversations);
    case BotHandedOff:
        return rate(f.botHandedOff, f.botConversations);
    case Loops:
        return QString::number(f.loops);
    case AskedToRepeat:
        return QString::number(f.askedToRepeat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Team / agent");
    case Resolved:
        return tr("Resolved");
    case FirstContact:
        return tr("First-contact resolution");
    case RepeatContact:
        return tr("Repeat contact (7 days)");
    case Praise:
        return tr("Customer praise");
    case WaitAverage:
        return tr("Average wait");
    case WaitP90:
        return tr("90 % waited at most");
    case Spend:
        return tr("Compensation of budget");
    case BotContained:
        return tr("Bot contained");
    case BotHandedOff:
        return tr("Bot handed off");
    case Loops:
        return tr("Back to the bot");
    case AskedToRepeat:
        return tr("Asked to repeat");
    case ColumnCount:
        break;
    }
    return {};
}

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace

QByteArray MetricsTableModel::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(csvField(headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(u','));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields.append(csvField(data(index(row, column)).toString().trimmed()));
        lines.append(fields.join(u','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

MetricsController::MetricsController(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void MetricsController::setToday()
{
    m_query.fromDay.clear();
    m_query.toDay.clear();
}

void MetricsController::setDays(const QDate &from, const QDate &to)
{
    m_query.fromDay = from.toString(Qt::ISODate);
    m_query.toDay = to.toString(Qt::ISODate);
}

void MetricsController::setTeam(qint64 teamId)
{
    m_query.teamId = teamId;
}

void MetricsController::setAgent(qint64 agentId)
{
    m_query.agentId = agentId;
}

void MetricsController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MetricsController::refresh()
{
    const int generation = ++m_generation;
    setState(State::Loading);
    m_connection.request(m_query, [this, generation](const Answer<protocol::MetricsReply> &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            m_error = reply.error;
            setState(State::Failed);
            emit changed();
            return;
        }
        apply(reply.value());
    });
}

void MetricsController::remember(QList<std::pair<qint64, QString>> &known, qint64 id, const QString &name)
{
    for (auto &entry : known) {
        if (entry.first == id) {
            entry.second = name;
            return;
        }
    }
    known.append({id, name});
}

void MetricsController::apply(const protocol::MetricsReply &reply)
{
    QList<MetricsRow> rows;
    rows.append({MetricsRow::Kind::Total, 0, {}, MetricsFigures::of(reply.total)});
    for (const protocol::TeamOutcomes &team : reply.teams) {
        const qint64 id = team.teamId.value_or(0);
        rows.append({MetricsRow::Kind::Team, id, team.teamName, MetricsFigures::of(team)});
        if (id > 0)
            remember(m_teams, id, team.teamName);
    }
    for (const protocol::AgentOutcomes &agent : reply.agents) {
        rows.append({MetricsRow::Kind::Agent, agent.agentId, agent.agentName, MetricsFigures::of(agent)});
        remember(m_agents, agent.agentId, agent.agentName);
    }
    m_series.clear();
    for (const protocol::DayOutcomes &day : reply.series)
        m_series.append({QDate::fromString(day.day, Qt::ISODate), MetricsFigures::of(day)});
    m_fromDay = QDate::fromString(reply.fromDay, Qt::ISODate);
    m_toDay = QDate::fromString(reply.toDay, Qt::ISODate);
    m_table.setRows(rows);
    const MetricsFigures &total = rows.constFirst().figures;
    const bool nothing = total.resolved == 0 && total.waits == 0 && total.botConversations == 0 &&
                         total.spent == 0 && total.loops == 0 && total.askedToRepeat == 0;
    setState(nothing ? State::Empty : State::Ready);
    emit changed();
}

} // namespace warmline::sync
