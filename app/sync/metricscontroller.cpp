#include "sync/metricscontroller.h"

#include "core/money.h"
#include "sync/serverconnection.h"

#include <QJsonArray>
#include <QLocale>

namespace warmline::sync {

MetricsFigures MetricsFigures::fromJson(const QJsonObject &o)
{
    const auto count = [&o](const char *key) { return o.value(QLatin1StringView(key)).toInteger(); };
    const auto orNone = [&o](const char *key) {
        const QJsonValue value = o.value(QLatin1StringView(key));
        return value.isDouble() ? value.toInteger() : qint64(-1);
    };
    MetricsFigures f;
    f.resolved = count("resolved");
    f.firstContact = count("firstContact");
    f.repeatContacts = count("repeatContacts");
    f.praised = count("praised");
    f.waits = count("waits");
    f.waitAvgMs = orNone("waitAvgMs");
    f.waitP90Ms = orNone("waitP90Ms");
    f.spent = count("spent");
    f.budget = count("budget");
    f.botConversations = count("botConversations");
    f.botContained = count("botContained");
    f.botHandedOff = count("botHandedOff");
    f.loops = count("loops");
    f.askedToRepeat = count("askedToRepeat");
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
    m_connection.request(m_query, [this, generation](const protocol::ServerFrame &reply) {
        if (generation != m_generation)
            return;
        if (reply.kind != protocol::ServerFrame::Kind::Ack) {
            m_error = reply.error;
            setState(State::Failed);
            emit changed();
            return;
        }
        apply(reply.payload);
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

void MetricsController::apply(const QJsonObject &payload)
{
    QList<MetricsRow> rows;
    rows.append({MetricsRow::Kind::Total,
                 0,
                 {},
                 MetricsFigures::fromJson(payload.value(QStringLiteral("total")).toObject())});
    for (const QJsonValue &value : payload.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject team = value.toObject();
        const qint64 id = team.value(QStringLiteral("teamId")).toInteger();
        const QString name = team.value(QStringLiteral("teamName")).toString();
        rows.append({MetricsRow::Kind::Team, id, name, MetricsFigures::fromJson(team)});
        if (id > 0)
            remember(m_teams, id, name);
    }
    for (const QJsonValue &value : payload.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject agent = value.toObject();
        const qint64 id = agent.value(QStringLiteral("agentId")).toInteger();
        const QString name = agent.value(QStringLiteral("agentName")).toString();
        rows.append({MetricsRow::Kind::Agent, id, name, MetricsFigures::fromJson(agent)});
        remember(m_agents, id, name);
    }
    m_series.clear();
    for (const QJsonValue &value : payload.value(QStringLiteral("series")).toArray()) {
        const QJsonObject day = value.toObject();
        m_series.append({QDate::fromString(day.value(QStringLiteral("day")).toString(), Qt::ISODate),
                         MetricsFigures::fromJson(day)});
    }
    m_fromDay = QDate::fromString(payload.value(QStringLiteral("fromDay")).toString(), Qt::ISODate);
    m_toDay = QDate::fromString(payload.value(QStringLiteral("toDay")).toString(), Qt::ISODate);
    m_table.setRows(rows);
    const MetricsFigures &total = rows.constFirst().figures;
    const bool nothing = total.resolved == 0 && total.waits == 0 && total.botConversations == 0 &&
                         total.spent == 0 && total.loops == 0 && total.askedToRepeat == 0;
    setState(nothing ? State::Empty : State::Ready);
    emit changed();
}

} // namespace warmline::sync
