#include "sync/conversationlistmodel.h"

namespace warmline::sync {

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ConversationSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return c.customerName;
    case Qt::ToolTipRole:
        return c.lastMessage;
    case IdRole:
        return c.id;
    case CustomerIdRole:
        return c.customerId;
    case ChannelRole:
        return int(c.channel);
    case StatusRole:
        return int(c.status);
    case AssignedAgentIdRole:
        return c.assignedAgentId;
    case AssignedAgentNameRole:
        return c.assignedAgentName;
    case LastMessageRole:
        return c.lastMessage;
    case LastMessageAtRole:
        return c.lastMessageAtMs;
    case QueuedAtRole:
        return c.queuedAtMs;
    case CreatedAtRole:
        return c.createdAtMs;
    case CustomerTierRole:
        return c.customerTier;
    case OfferAgentIdRole:
        return c.offer ? c.offer->agentId : 0;
    case OfferExpiresAtRole:
        return c.offer ? c.offer->expiresAtMs : 0;
    case TransferNoteRole:
        return c.transfer ? c.transfer->note : QString();
    case UnreadRole:
        return m_unread.contains(c.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {CustomerIdRole, "customerId"},
                  {CustomerNameRole, "customerName"},
                  {ChannelRole, "channel"},
                  {StatusRole, "status"},
                  {AssignedAgentIdRole, "assignedAgentId"},
                  {AssignedAgentNameRole, "assignedAgentName"},
                  {LastMessageRole, "lastMessage"},
                  {LastMessageAtRole, "lastMessageAt"},
                  {QueuedAtRole, "queuedAt"},
                  {CreatedAtRole, "createdAt"},
                  {CustomerTierRole, "customerTier"},
                  {OfferAgentIdRole, "offerAgentId"},
                  {OfferExpiresAtRole, "offerExpiresAt"},
                  {TransferNoteRole, "transferNote"},
                  {UnreadRole, "unread"}});
    return names;
}

void ConversationListModel::reset(const QList<core::ConversationSummary> &conversations)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &conversation : conversations) {
        if (conversation.isOpen())
            m_rows.append(conversation);
    }
    m_rowById.clear();
    reindexFrom(0);
    for (auto it = m_unread.begin(); it != m_unread.end();)
        it = m_rowById.contains(*it) ? std::next(it) : m_unread.erase(it);
    endResetModel();
}

void ConversationListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void ConversationListModel::apply(const core::ConversationSummary &conversation)
{
    const auto found = m_rowById.constFind(conversation.id);
    if (found == m_rowById.cend()) {
        if (!conversation.isOpen())
            return;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(conversation);
        m_rowById.insert(conversation.id, row);
        endInsertRows();
        return;
    }
    const int row = *found;
    if (!conversation.isOpen()) {
        remove(conversation.id);
        return;
    }
    if (m_rows.at(row) == conversation)
        return;
    m_rows[row] = conversation;
    emit dataChanged(index(row), index(row));
}

void ConversationListModel::remove(qint64 id)
{
    const auto found = m_rowById.constFind(id);
    if (found == m_rowById.cend())
        return;
    const int row = *found;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    m_unread.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

std::optional<core::ConversationSummary> ConversationListModel::conversation(qint64 id) const
{
    const auto found = m_rowById.constFind(id);
    if (found == m_rowById.cend())
        return std::nullopt;
    return m_rows.at(*found);
}

void ConversationListModel::setUnread(qint64 id, bool unread)
{
    const QModelIndex index = indexOf(id);
    if (!index.isValid() || m_unread.contains(id) == unread)
        return;
    if (unread)
        m_unread.insert(id);
    else
        m_unread.remove(id);
    emit dataChanged(index, index, {UnreadRole});
}

QModelIndex ConversationListModel::indexOf(qint64 id) const
{
    const auto found = m_rowById.constFind(id);
    return found == m_rowById.cend() ? QModelIndex() : index(*found);
}

} // namespace warmline::sync
