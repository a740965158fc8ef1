#pragma once

#include "sync/agentworkspace.h"

#include <QAbstractListModel>

namespace warmline::sync {

// Where the open conversation can be passed: colleagues first — available before busy, most room
// first — then those who cannot take it now (away, offline: shown but not selectable, since the
// customer would wait unseen), then the queues.
class TransferTargetModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = Qt::UserRole + 1, // 0 for a queue
        QueueRole,                      // empty for a colleague
        PresenceRole,                   // core::Presence as int; invalid for a queue
        ReachableRole,
    };
    Q_ENUM(Role)

    explicit TransferTargetModel(QObject *parent = nullptr);

    // A fresh list each time the targets are loaded: nothing on screen is worth keeping.
    void setTargets(const TransferTargets &targets);
    // The row to preselect: the first one that can take the conversation (-1: none).
    int firstReachableRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static bool reachable(const core::RosterEntry &colleague);

    QList<core::RosterEntry> m_colleagues;
    QList<TransferTargets::Queue> m_queues;
};

} // namespace warmline::sync
