#pragma once

#include "core/presence.h"
#include "sync/keyedlistmodel.h"

#include <functional>
#include <QTimer>

namespace warmline::sync {

// The agents of the supervisor's teams: presence and how long they have been in it, load against
// capacity, today's compensation against the daily budget. The roster reply sets the whole list;
// each agent.changed replaces one row (one dataChanged), and a 1 s tick repaints only the
// presence column.
class RosterModel final : public KeyedListModel<core::RosterEntry>
{
    Q_OBJECT
public:
    enum Column { NameColumn, PresenceColumn, LoadColumn, SpendColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        NameRole,
        PresenceRole,      // core::Presence as int
        PresenceOrderRole, // available first, offline last: how the roster sorts
        InStateMsRole,
        ActiveRole,
        CapacityRole,
        HasRoomRole,
        SpentMinorRole,
        BudgetMinorRole,
    };
    Q_ENUM(Role)
    using Clock = std::function<qint64()>;

    explicit RosterModel(Clock clock, QObject *parent = nullptr);

    void setRoster(const QList<core::RosterEntry> &entries) { setRows(entries); }
    // Replaces the agent's row, or adds it (a newly created account).
    void upsert(const core::RosterEntry &entry);
    const core::RosterEntry *agent(qint64 agentId) const { return rowAt(rowOfKey(agentId)); }
    void tick();

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString presenceLabel(core::Presence presence);

protected:
    qint64 keyOf(const core::RosterEntry &row) const override { return row.agentId; }

private:
    Clock m_clock;
    QTimer m_ticker;
};

} // namespace warmline::sync
