#pragma once

#include "protocol/error.h"
#include "protocol/metricsmessages.h"
#include "protocol/metricsreplies.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QObject>

namespace warmline::sync {

class ServerConnection;

// One row of figures as the server counts them (docs/metrics.md): numerators and denominators,
// waits in ms (-1: no wait), money in fen.
struct MetricsFigures
{
    qint64 resolved = 0;
    qint64 firstContact = 0;
    qint64 repeatContacts = 0;
    qint64 praised = 0;
    qint64 waits = 0;
    qint64 waitAvgMs = -1;
    qint64 waitP90Ms = -1;
    qint64 spent = 0;
    qint64 budget = 0;
    qint64 botConversations = 0;
    qint64 botContained = 0;
    qint64 botHandedOff = 0;
    qint64 loops = 0;
    qint64 askedToRepeat = 0;

    static MetricsFigures of(const protocol::OutcomeFigures &figures);
};

struct MetricsRow
{
    enum class Kind { Total, Team, Agent };
    Kind kind = Kind::Total;
    qint64 id = 0; // team or agent id
    QString name;
    MetricsFigures figures;
};

struct MetricsDay
{
    QDate day;
    MetricsFigures figures;
};

// The figures table: the total first, then each team, then each agent.
class MetricsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Resolved,
        FirstContact,
        RepeatContact,
        Praise,
        WaitAverage,
        WaitP90,
        Spend,
        BotContained,
        BotHandedOff,
        Loops,
        AskedToRepeat,
        ColumnCount
    };
    explicit MetricsTableModel(QObject *parent = nullptr);

    void setRows(const QList<MetricsRow> &rows);
    const QList<MetricsRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as RFC 4180 CSV: a header row, then every row as shown, CRLF line ends.
    QByteArray toCsv() const;

    // "3 of 5 · 60 %" — the count with its base, so a rate of a handful never poses as a trend.
    static QString rate(qint64 part, qint64 whole);
    static QString duration(qint64 ms);
    static QString money(qint64 fen);

private:
    QList<MetricsRow> m_rows;
};

// Asks the server for the outcome figures of a period and keeps the last answer for the panel.
class MetricsController final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Empty, Failed };
    Q_ENUM(State)

    MetricsController(ServerConnection &connection, QObject *parent = nullptr);

    // Which figures: today on the server's clock, or whole days; a team and/or an agent (0: all).
    void setToday();
    void setDays(const QDate &from, const QDate &to);
    void setTeam(qint64 teamId);
    void setAgent(qint64 agentId);
    const protocol::MetricsQueryRequest &query() const { return m_query; }

    // Sends the query; a reply to an earlier one that arrives later is dropped.
    void refresh();

    State state() const { return m_state; }
    const protocol::Error &error() const { return m_error; }
    MetricsTableModel *table() { return &m_table; }
    const QList<MetricsDay> &series() const { return m_series; }
    QDate fromDay() const { return m_fromDay; }
    QDate toDay() const { return m_toDay; }
    // Teams and agents seen in answers so far, for the selectors (id → name).
    const QList<std::pair<qint64, QString>> &knownTeams() const { return m_teams; }
    const QList<std::pair<qint64, QString>> &knownAgents() const { return m_agents; }

signals:
    void stateChanged(warmline::sync::MetricsController::State state);
    void changed();

private:
    void setState(State state);
    void apply(const protocol::MetricsReply &reply);
    static void remember(QList<std::pair<qint64, QString>> &known, qint64 id, const QString &name);

    ServerConnection &m_connection;
    protocol::MetricsQueryRequest m_query;
    int m_generation = 0;
    State m_state = State::Idle;
    protocol::Error m_error;
    MetricsTableModel m_table;
    QList<MetricsDay> m_series;
    QDate m_fromDay;
    QDate m_toDay;
    QList<std::pair<qint64, QString>> m_teams;
    QList<std::pair<qint64, QString>> m_agents;
};

} // namespace warmline::sync
