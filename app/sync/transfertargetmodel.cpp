#include "sync/transfertargetmodel.h"

#include "sync/rostermodel.h"

#include <algorithm>

namespace warmline::sync {

namespace {

int presenceRank(core::Presence presence)
{
    switch (presence) {
    case core::Presence::Available:
        return 0;
    case core::Presence::Busy:
        return 1;
    case core::Presence::Away:
        return 2;
    case core::Presence::Offline:
        break;
    }
    return 3;
}

} // namespace

TransferTargetModel::TransferTargetModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

bool TransferTargetModel::reachable(const core::RosterEntry &colleague)
{
    return colleague.presence == core::Presence::Available || colleague.presence == core::Presence::Busy;
}

void TransferTargetModel::setTargets(const TransferTargets &targets)
{
    beginResetModel();
    m_colleagues = targets.colleagues;
    std::stable_sort(m_colleagues.begin(), m_colleagues.end(),
                     [](const core::RosterEntry &a, const core::RosterEntry &b) {
                         if (presenceRank(a.presence) != presenceRank(b.presence))
                             return presenceRank(a.presence) < presenceRank(b.presence);
                         return a.active - a.capacity < b.active - b.capacity;
                     });
    m_queues = targets.queues;
    endResetModel();
}

int TransferTargetModel::firstReachableRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row).data(ReachableRole).toBool())
            return row;
    }
    return -1;
}

int TransferTargetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_colleagues.size() + m_queues.size());
}

Qt::ItemFlags TransferTargetModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return index.data(ReachableRole).toBool()
               ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
               : Qt::ItemNeverHasChildren;
}

QVariant TransferTargetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (row < m_colleagues.size()) {
        const core::RosterEntry &colleague = m_colleagues.at(row);
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 — %2 · %3 of %4 conversations")
                .arg(colleague.name, RosterModel::presenceLabel(colleague.presence))
                .arg(colleague.active)
                .arg(colleague.capacity);
        case Qt::ToolTipRole:
            if (reachable(colleague))
                return {};
            return tr("%1 is %2: the customer would wait unseen")
                .arg(colleague.name, RosterModel::presenceLabel(colleague.presence).toLower());
        case AgentIdRole:
            return colleague.agentId;
        case QueueRole:
            return QString();
        case PresenceRole:
            return int(colleague.presence);
        case ReachableRole:
            return reachable(colleague);
        default:
            return {};
        }
    }
    const TransferTargets::Queue &queue = m_queues.at(row - m_colleagues.size());
    switch (role) {
    case Qt::DisplayRole:
        return queue.teamName.isEmpty() ? tr("Queue: %1").arg(queue.name)
                                        : tr("Queue: %1 (%2)").arg(queue.name, queue.teamName);
    case Qt::ToolTipRole:
        return tr("The customer waits there for whoever is free next");
    case AgentIdRole:
        return qint64(0);
    case QueueRole:
        return queue.name;
    case ReachableRole:
        return true;
    default:
        return {};
    }
}

QHash<int, QByteArray> TransferTargetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{AgentIdRole, "agentId"},
                  {QueueRole, "queue"},
                  {PresenceRole, "presence"},
                  {ReachableRole, "reachable"}});
    return names;
}

} // namespace warmline::sync
