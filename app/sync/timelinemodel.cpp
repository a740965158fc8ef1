#include "sync/timelinemodel.h"

namespace warmline::sync {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return e.summary.isEmpty() ? e.firstMessage : e.summary;
    case ConversationIdRole:
        return e.conversationId;
    case ChannelRole:
        return int(e.channel);
    case StatusRole:
        return int(e.status);
    case CreatedAtRole:
        return e.createdAtMs;
    case AgentNameRole:
        return e.agentName;
    case FirstMessageRole:
        return e.firstMessage;
    case OrderNoRole:
        return e.orderNo;
    case MessageCountRole:
        return e.messageCount;
    case CompensationRole:
        return e.compensation.minor();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"},
                  {ChannelRole, "channel"},
                  {StatusRole, "status"},
                  {CreatedAtRole, "createdAt"},
                  {SummaryRole, "summary"},
                  {AgentNameRole, "agentName"},
                  {FirstMessageRole, "firstMessage"},
                  {OrderNoRole, "orderNo"},
                  {MessageCountRole, "messageCount"},
                  {CompensationRole, "compensation"}});
    return names;
}

void TimelineModel::reset(const QList<core::TimelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowOf(qint64 conversationId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).conversationId == conversationId)
            return row;
    }
    return -1;
}

std::optional<core::TimelineEntry> TimelineModel::entry(qint64 conversationId) const
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row);
}

void TimelineModel::apply(const core::ConversationSummary &conversation)
{
    const int row = rowOf(conversation.id);
    core::TimelineEntry entry = row >= 0 ? m_entries.at(row) : core::TimelineEntry{};
    entry.conversationId = conversation.id;
    entry.channel = conversation.channel;
    entry.status = conversation.status;
    entry.createdAtMs = conversation.createdAtMs;
    entry.agentName = conversation.assignedAgentName;
    if (conversation.orderId != entry.orderId) {
        entry.orderId = conversation.orderId;
        entry.orderNo.clear(); // the number arrives with the next full profile
    }
    if (row >= 0) {
        if (m_entries.at(row) == entry)
            return;
        m_entries[row] = entry;
        emit dataChanged(index(row), index(row));
        return;
    }
    // New conversations are the newest: they go on top.
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

void TimelineModel::countMessage(qint64 conversationId, const QString &customerText)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    core::TimelineEntry &entry = m_entries[row];
    ++entry.messageCount;
    if (entry.firstMessage.isEmpty() && !customerText.isEmpty())
        entry.firstMessage = customerText;
    emit dataChanged(index(row), index(row));
}

} // namespace warmline::sync
