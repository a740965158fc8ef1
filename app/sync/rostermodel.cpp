#include "sync/rostermodel.h"

#include "core/money.h"
#include "sync/vocabularylabels.h"

#include <QLocale>

namespace warmline::sync {

RosterModel::RosterModel(Clock clock, QObject *parent)
    : KeyedListModel(parent)
    , m_clock(std::move(clock))
{
    connect(&m_ticker, &QTimer::timeout, this, &RosterModel::tick);
    m_ticker.start(1000);
}

void RosterModel::upsert(const core::RosterEntry &entry)
{
    const int row = rowOfKey(entry.agentId);
    if (row >= 0 && rows().at(row) == entry)
        return;
    QList<core::RosterEntry> next = rows();
    if (row >= 0)
        next[row] = entry;
    else
        next.append(entry);
    // Same keys in the same order: setRows emits the one row's dataChanged (or one insert).
    setRows(next);
}

void RosterModel::tick()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, PresenceColumn), index(rowCount() - 1, PresenceColumn),
                         {Qt::DisplayRole, InStateMsRole});
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    // Rows accept a dragged conversation from the board (the view decides what a drop does).
    return KeyedListModel::flags(index) | (index.isValid() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags);
}

QString RosterModel::presenceLabel(core::Presence presence)
{
    switch (presence) {
    case core::Presence::Available:
        return tr("Available");
    case core::Presence::Busy:
        return tr("Busy");
    case core::Presence::Away:
        return tr("Away");
    case core::Presence::Offline:
        return tr("Offline");
    }
    return {};
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RosterEntry &a = *rowAt(index.row());
    const qint64 inState = std::max<qint64>(0, m_clock() - a.presenceSinceMs);
    switch (role) {
    case AgentIdRole:
        return a.agentId;
    case NameRole:
        return a.name;
    case PresenceRole:
        return int(a.presence);
    case PresenceOrderRole:
        return int(a.presence) * 1000 + (a.hasRoom() ? 0 : 500) + std::min(a.active, 499);
    case InStateMsRole:
        return inState;
    case ActiveRole:
        return a.active;
    case CapacityRole:
        return a.capacity;
    case HasRoomRole:
        return a.hasRoom();
    case SpentMinorRole:
        return a.spentToday.minor();
    case BudgetMinorRole:
        return a.dailyBudget.minor();
    case Qt::ToolTipRole:
        if (index.column() == LoadColumn)
            return tr("%1 open, %2 offered, room for %3 at once")
                .arg(a.active)
                .arg(a.offered)
                .arg(a.capacity);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return a.name;
    case PresenceColumn:
        return tr("%1 · %2").arg(presenceLabel(a.presence), shortDuration(inState));
    case LoadColumn:
        return a.offered > 0 ? tr("%1/%2 (+%3 offered)").arg(a.active).arg(a.capacity).arg(a.offered)
                             : tr("%1/%2").arg(a.active).arg(a.capacity);
    case SpendColumn:
        return tr("%1 of %2")
            .arg(core::formatMoney(a.spentToday, QLocale()), core::formatMoney(a.dailyBudget, QLocale()));
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case PresenceColumn:
        return tr("Presence");
    case LoadColumn:
        return tr("Load");
    case SpendColumn:
        return tr("Spent today");
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{AgentIdRole, "agentId"},
                  {NameRole, "name"},
                  {PresenceRole, "presence"},
                  {PresenceOrderRole, "presenceOrder"},
                  {InStateMsRole, "inStateMs"},
                  {ActiveRole, "active"},
                  {CapacityRole, "capacity"},
                  {HasRoomRole, "hasRoom"},
                  {SpentMinorRole, "spentMinor"},
                  {BudgetMinorRole, "budgetMinor"}});
    return names;
}

} // namespace warmline::sync
