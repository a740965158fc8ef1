#include "sync/conversationfiltermodel.h"

#include "core/conversation.h"
#include "sync/conversationlistmodel.h"

namespace warmline::sync {

ConversationFilterModel::ConversationFilterModel(Mode mode, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_mode(mode)
{
    setDynamicSortFilter(true);
    sort(0, m_mode == Mode::Mine ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void ConversationFilterModel::setAgentId(qint64 agentId)
{
    m_agentId = agentId;
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = core::ConversationStatus(index.data(ConversationListModel::StatusRole).toInt());
    if (m_mode == Mode::Waiting)
        return status == core::ConversationStatus::Queued;
    return status == core::ConversationStatus::Assigned &&
           index.data(ConversationListModel::AssignedAgentIdRole).toLongLong() == m_agentId && m_agentId > 0;
}

bool ConversationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int role =
        m_mode == Mode::Mine ? ConversationListModel::LastMessageAtRole : ConversationListModel::QueuedAtRole;
    const qint64 a = left.data(role).toLongLong();
    const qint64 b = right.data(role).toLongLong();
    if (a != b)
        return a < b;
    return left.data(ConversationListModel::IdRole).toLongLong() <
           right.data(ConversationListModel::IdRole).toLongLong();
}

} // namespace warmline::sync
