#include "sync/queueboardmodel.h"

#include "sync/conversationlistmodel.h"
#include "sync/vocabularylabels.h"

#include <algorithm>
#include <QCoreApplication>
#include <QMimeData>

namespace warmline::sync {

using core::ConversationStatus;

struct QueueBoardModel::Node
{
    Kind kind = Kind::Queue;
    Node *parent = nullptr; // null for a queue
    QString queue;
    core::Channel channel = core::Channel::Web;
    std::vector<std::unique_ptr<Node>> channels; // a queue's
    QList<qint64> ids;                           // a channel's conversations, in arrival order
};

QueueBoardModel::QueueBoardModel(ConversationListModel &source, Clock clock, const QString &locale,
                                 QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
    , m_clock(std::move(clock))
    , m_locale(locale)
{
    connect(&m_source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    if (auto c = m_source.conversation(
                            m_source.index(row).data(ConversationListModel::IdRole).toLongLong()))
                        upsert(*c);
                }
            });
    connect(&m_source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                // Unread marks are the agent's desk's business, not the board's.
                if (roles == QList<int>{ConversationListModel::UnreadRole})
                    return;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    if (auto c = m_source.conversation(
                            m_source.index(row).data(ConversationListModel::IdRole).toLongLong()))
                        upsert(*c);
                }
            });
    connect(&m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_removing.append(m_source.index(row).data(ConversationListModel::IdRole).toLongLong());
            });
    connect(&m_source, &QAbstractItemModel::rowsRemoved, this, [this] {
        const QList<qint64> ids = std::exchange(m_removing, {});
        for (qint64 id : ids)
            remove(id);
    });
    // A fresh snapshot: applied as differences, so the supervisor's expanded groups and selection stay.
    connect(&m_source, &QAbstractItemModel::modelReset, this, &QueueBoardModel::resync);
    connect(&m_source, &QAbstractItemModel::layoutChanged, this, &QueueBoardModel::resync);
    connect(&m_ticker, &QTimer::timeout, this, &QueueBoardModel::tick);
    m_ticker.start(1000);
    resync();
}

QueueBoardModel::~QueueBoardModel() = default;

void QueueBoardModel::setSlaThresholds(qint64 warnSeconds, qint64 breachSeconds)
{
    if (warnSeconds * 1000 == m_warnMs && breachSeconds * 1000 == m_breachMs)
        return;
    m_warnMs = warnSeconds * 1000;
    m_breachMs = breachSeconds * 1000;
    tick();
}

bool QueueBoardModel::shown(const core::ConversationSummary &conversation)
{
    return conversation.status == ConversationStatus::Queued ||
           conversation.status == ConversationStatus::Assigned;
}

void QueueBoardModel::resync()
{
    QSet<qint64> present;
    for (int row = 0; row < m_source.rowCount(); ++row)
        present.insert(m_source.index(row).data(ConversationListModel::IdRole).toLongLong());
    const QList<qint64> known = m_entries.keys();
    for (qint64 id : known) {
        if (!present.contains(id))
            remove(id);
    }
    for (int row = 0; row < m_source.rowCount(); ++row) {
        if (auto c =
                m_source.conversation(m_source.index(row).data(ConversationListModel::IdRole).toLongLong()))
            upsert(*c);
    }
}

QueueBoardModel::Node *QueueBoardModel::groupFor(const QString &queue, core::Channel channel, bool create)
{
    auto queueAt = std::lower_bound(
        m_queues.begin(), m_queues.end(), queue,
        [](const std::unique_ptr<Node> &node, const QString &name) { return node->queue < name; });
    if (queueAt == m_queues.end() || (*queueAt)->queue != queue) {
        if (!create)
            return nullptr;
        const int row = int(queueAt - m_queues.begin());
        auto node = std::make_unique<Node>();
        node->kind = Kind::Queue;
        node->queue = queue;
        beginInsertRows({}, row, row);
        queueAt = m_queues.insert(queueAt, std::move(node));
        endInsertRows();
    }
    Node *queueNode = queueAt->get();
    auto &channels = queueNode->channels;
    auto channelAt = std::lower_bound(
        channels.begin(), channels.end(), channel,
        [](const std::unique_ptr<Node> &node, core::Channel c) { return int(node->channel) < int(c); });
    if (channelAt == channels.end() || (*channelAt)->channel != channel) {
        if (!create)
            return nullptr;
        const int row = int(channelAt - channels.begin());
        auto node = std::make_unique<Node>();
        node->kind = Kind::Channel;
        node->parent = queueNode;
        node->queue = queue;
        node->channel = channel;
        beginInsertRows(indexOfNode(queueNode), row, row);
        channelAt = channels.insert(channelAt, std::move(node));
        endInsertRows();
    }
    return channelAt->get();
}

void QueueBoardModel::upsert(const core::ConversationSummary &conversation)
{
    if (!shown(conversation)) {
        remove(conversation.id);
        return;
    }
    auto found = m_entries.find(conversation.id);
    if (found != m_entries.end() && found->conversation == conversation)
        return;
    Node *target = groupFor(conversation.queue, conversation.channel, true);
    if (found == m_entries.end()) {
        const int row = int(target->ids.size());
        beginInsertRows(indexOfNode(target), row, row);
        target->ids.append(conversation.id);
        m_entries.insert(conversation.id, Entry{conversation, target});
        endInsertRows();
        groupCountsChanged(target);
        return;
    }
    Node *from = found->group;
    const int fromRow = int(from->ids.indexOf(conversation.id));
    if (from == target) {
        const bool statusChanged = found->conversation.status != conversation.status;
        found->conversation = conversation;
        const QModelIndex parentIndex = indexOfNode(target);
        emit dataChanged(index(fromRow, 0, parentIndex), index(fromRow, ColumnCount - 1, parentIndex));
        if (statusChanged)
            groupCountsChanged(target);
        return;
    }
    const int toRow = int(target->ids.size());
    beginMoveRows(indexOfNode(from), fromRow, fromRow, indexOfNode(target), toRow);
    from->ids.removeAt(fromRow);
    target->ids.append(conversation.id);
    found->group = target;
    found->conversation = conversation;
    endMoveRows();
    const QModelIndex parentIndex = indexOfNode(target);
    emit dataChanged(index(toRow, 0, parentIndex), index(toRow, ColumnCount - 1, parentIndex));
    groupCountsChanged(target);
    groupCountsChanged(from);
    dropIfEmpty(from);
}

void QueueBoardModel::remove(qint64 id)
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.cend())
        return;
    Node *group = found->group;
    const int row = int(group->ids.indexOf(id));
    beginRemoveRows(indexOfNode(group), row, row);
    group->ids.removeAt(row);
    m_entries.erase(found);
    endRemoveRows();
    groupCountsChanged(group);
    dropIfEmpty(group);
}

void QueueBoardModel::dropIfEmpty(Node *channelNode)
{
    if (!channelNode->ids.isEmpty())
        return;
    Node *queueNode = channelNode->parent;
    const int row = rowOfNode(channelNode);
    beginRemoveRows(indexOfNode(queueNode), row, row);
    queueNode->channels.erase(queueNode->channels.begin() + row);
    endRemoveRows();
    if (!queueNode->channels.empty())
        return;
    const int queueRow = rowOfNode(queueNode);
    beginRemoveRows({}, queueRow, queueRow);
    m_queues.erase(m_queues.begin() + queueRow);
    endRemoveRows();
}

void QueueBoardModel::groupCountsChanged(Node *channelNode)
{
    if (channelNode->ids.isEmpty())
        return; // about to go
    const QModelIndex channelIndex = indexOfNode(channelNode);
    emit dataChanged(channelIndex, indexOfNode(channelNode, ColumnCount - 1));
    const QModelIndex queueIndex = channelIndex.parent();
    emit dataChanged(queueIndex, indexOfNode(channelNode->parent, ColumnCount - 1));
}

void QueueBoardModel::tick()
{
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, SlaRole, WaitingMsRole};
    for (const auto &queueNode : m_queues) {
        const QModelIndex queueIndex = indexOfNode(queueNode.get());
        for (const auto &channelNode : queueNode->channels) {
            const QModelIndex channelIndex = indexOfNode(channelNode.get());
            emit dataChanged(index(0, WaitingColumn, channelIndex),
                             index(int(channelNode->ids.size()) - 1, OwnerColumn, channelIndex), roles);
        }
        // A group's line names its longest wait.
        emit dataChanged(index(0, CustomerColumn, queueIndex),
                         index(int(queueNode->channels.size()) - 1, CustomerColumn, queueIndex), roles);
    }
    if (!m_queues.empty())
        emit dataChanged(index(0, CustomerColumn), index(int(m_queues.size()) - 1, CustomerColumn), roles);
}

int QueueBoardModel::rowOfNode(const Node *node) const
{
    const auto &siblings = node->parent ? node->parent->channels : m_queues;
    for (size_t row = 0; row < siblings.size(); ++row) {
        if (siblings[row].get() == node)
            return int(row);
    }
    return -1;
}

QModelIndex QueueBoardModel::indexOfNode(const Node *node, int column) const
{
    if (!node)
        return {};
    return createIndex(rowOfNode(node), column, node->parent);
}

QModelIndex QueueBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_queues.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.column() != 0)
        return {};
    Node *node = nodeOf(parent);
    if (!node)
        return {};
    const int rows = node->kind == Kind::Queue ? int(node->channels.size()) : int(node->ids.size());
    return row < rows ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex QueueBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(static_cast<const Node *>(child.internalPointer()));
}

QueueBoardModel::Node *QueueBoardModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    auto *parentNode = static_cast<Node *>(index.internalPointer());
    if (!parentNode)
        return index.row() < int(m_queues.size()) ? m_queues[size_t(index.row())].get() : nullptr;
    if (parentNode->kind == Kind::Queue)
        return index.row() < int(parentNode->channels.size())
                   ? parentNode->channels[size_t(index.row())].get()
                   : nullptr;
    return nullptr;
}

const QueueBoardModel::Entry *QueueBoardModel::entryOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    auto *parentNode = static_cast<Node *>(index.internalPointer());
    if (!parentNode || parentNode->kind != Kind::Channel || index.row() >= parentNode->ids.size())
        return nullptr;
    const auto found = m_entries.constFind(parentNode->ids.at(index.row()));
    return found == m_entries.cend() ? nullptr : &*found;
}

int QueueBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_queues.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    if (!node)
        return 0;
    return node->kind == Kind::Queue ? int(node->channels.size()) : int(node->ids.size());
}

int QueueBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool QueueBoardModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

std::optional<core::ConversationSummary> QueueBoardModel::conversation(qint64 id) const
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.cend())
        return std::nullopt;
    return found->conversation;
}

QModelIndex QueueBoardModel::indexOfConversation(qint64 id, int column) const
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.cend())
        return {};
    return createIndex(int(found->group->ids.indexOf(id)), column, found->group);
}

QModelIndex QueueBoardModel::indexOfQueue(const QString &queue) const
{
    for (const auto &node : m_queues) {
        if (node->queue == queue)
            return indexOfNode(node.get());
    }
    return {};
}

QModelIndex QueueBoardModel::indexOfChannel(const QString &queue, core::Channel channel) const
{
    for (const auto &node : m_queues) {
        if (node->queue != queue)
            continue;
        for (const auto &channelNode : node->channels) {
            if (channelNode->channel == channel)
                return indexOfNode(channelNode.get());
        }
    }
    return {};
}

QueueBoardModel::Sla QueueBoardModel::slaOf(const core::ConversationSummary &conversation) const
{
    if (conversation.status != ConversationStatus::Queued)
        return Sla::None;
    const qint64 waited = m_clock() - conversation.queuedAtMs;
    if (waited >= m_breachMs)
        return Sla::Breach;
    if (waited >= m_warnMs)
        return Sla::Warn;
    return Sla::Ok;
}

QString QueueBoardModel::summaryLine(const core::ConversationSummary &conversation) const
{
    if (!conversation.handoff)
        return {};
    const QString summary = conversation.handoff->summaryFor(m_locale);
    return summary.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString QueueBoardModel::ownerText(const core::ConversationSummary &conversation) const
{
    if (conversation.status == ConversationStatus::Assigned)
        return conversation.assignedAgentName;
    if (conversation.offer) {
        const qint64 left = std::max<qint64>(0, conversation.offer->expiresAtMs - m_clock());
        return tr("offered to %1, %2 left").arg(conversation.offer->agentName, shortDuration(left));
    }
    return tr("nobody yet");
}

QVariant QueueBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Entry *entry = entryOf(index))
        return conversationData(*entry, index.column(), role);
    if (const Node *node = nodeOf(index))
        return groupData(*node, index.column(), role);
    return {};
}

QVariant QueueBoardModel::conversationData(const Entry &entry, int column, int role) const
{
    const core::ConversationSummary &c = entry.conversation;
    const bool waiting = c.status == ConversationStatus::Queued;
    switch (role) {
    case KindRole:
        return int(Kind::Conversation);
    case ConversationIdRole:
        return c.id;
    case QueueRole:
        return c.queue;
    case ChannelRole:
        return int(c.channel);
    case StatusRole:
        return int(c.status);
    case SlaRole:
        return int(slaOf(c));
    case WaitingMsRole:
        return waiting ? m_clock() - c.queuedAtMs : qint64(-1);
    case AssignedAgentIdRole:
        return c.assignedAgentId;
    case OfferedAgentIdRole:
        return c.offer ? c.offer->agentId : qint64(0);
    case CustomerNameRole:
        return c.customerName;
    case SummaryRole:
        return summaryLine(c);
    case SearchTextRole:
        return QStringList{c.customerName, summaryLine(c), c.assignedAgentName,
                           c.offer ? c.offer->agentName : QString()}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (column == SummaryColumn && c.handoff)
            return c.handoff->summaryFor(m_locale);
        if (column == ReasonColumn && c.handoff)
            return c.handoff->evidence;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case CustomerColumn:
        return c.customerName;
    case TierColumn:
        return tierLabel(c.customerTier);
    case ChannelColumn:
        return channelLabel(c.channel);
    case WaitingColumn:
        if (waiting)
            return shortDuration(m_clock() - c.queuedAtMs);
        // How long the agent has had it: a conversation stuck with someone shows here too.
        return c.assignedAtMs > 0 ? tr("in progress · %1").arg(shortDuration(m_clock() - c.assignedAtMs))
                                  : tr("in progress");
    case SlaColumn:
        switch (slaOf(c)) {
        case Sla::Ok:
            return tr("on time");
        case Sla::Warn:
            return tr("waiting long");
        case Sla::Breach:
            return tr("over the limit");
        case Sla::None:
            return QString();
        }
        return {};
    case OwnerColumn:
        return ownerText(c);
    case ReasonColumn:
        return c.handoff ? handoffReasonLabel(c.handoff->reason) : QString();
    case SummaryColumn:
        return summaryLine(c);
    default:
        return {};
    }
}

QVariant QueueBoardModel::groupData(const Node &node, int column, int role) const
{
    int waiting = 0;
    int active = 0;
    qint64 oldest = 0;
    auto count = [&](const Node &channelNode) {
        for (qint64 id : channelNode.ids) {
            const auto found = m_entries.constFind(id);
            if (found == m_entries.cend())
                continue;
            const core::ConversationSummary &c = found->conversation;
            if (c.status == ConversationStatus::Queued) {
                ++waiting;
                oldest = oldest ? std::min(oldest, c.queuedAtMs) : c.queuedAtMs;
            } else {
                ++active;
            }
        }
    };
    switch (role) {
    case KindRole:
        return int(node.kind);
    case QueueRole:
        return node.queue;
    case ChannelRole:
        return node.kind == Kind::Channel ? QVariant(int(node.channel)) : QVariant();
    case Qt::DisplayRole:
    case WaitingMsRole:
    case SlaRole:
        break;
    default:
        return {};
    }
    if (role == Qt::DisplayRole && column != CustomerColumn)
        return {};
    if (node.kind == Kind::Queue) {
        for (const auto &channelNode : node.channels)
            count(*channelNode);
    } else {
        count(node);
    }
    switch (role) {
    case WaitingMsRole:
        return waiting ? m_clock() - oldest : qint64(-1);
    case SlaRole: {
        if (!waiting)
            return int(Sla::None);
        core::ConversationSummary probe;
        probe.queuedAtMs = oldest;
        return int(slaOf(probe));
    }
    default:
        break;
    }
    if (column != CustomerColumn)
        return {};
    const QString name = node.kind == Kind::Queue ? node.queue : channelLabel(node.channel);
    if (!waiting)
        return tr("%1 — %2 active").arg(name).arg(active);
    return tr("%1 — %2 waiting (longest %3), %4 active")
        .arg(name)
        .arg(waiting)
        .arg(shortDuration(m_clock() - oldest))
        .arg(active);
}

QVariant QueueBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case TierColumn:
        return tr("Tier");
    case ChannelColumn:
        return tr("Channel");
    case WaitingColumn:
        return tr("Waiting");
    case SlaColumn:
        return tr("SLA");
    case OwnerColumn:
        return tr("With");
    case ReasonColumn:
        return tr("Why a person");
    case SummaryColumn:
        return tr("Hand-off summary");
    default:
        return {};
    }
}

Qt::ItemFlags QueueBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (entryOf(index))
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled;
}

QStringList QueueBoardModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *QueueBoardModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const Entry *entry = entryOf(index)) {
            auto *mime = new QMimeData;
            mime->setData(mimeType, QByteArray::number(entry->conversation.id));
            mime->setText(entry->conversation.customerName);
            return mime;
        }
    }
    return nullptr;
}

QueueBoardFilterModel::QueueBoardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(QueueBoardModel::WaitingMsRole);
}

void QueueBoardFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void QueueBoardFilterModel::setStatusFilter(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void QueueBoardFilterModel::setSlaFilter(SlaFilter sla)
{
    if (sla == m_sla)
        return;
    m_sla = sla;
    invalidateFilter();
}

void QueueBoardFilterModel::setChannelFilter(int channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    invalidateFilter();
}

bool QueueBoardFilterModel::isFiltering() const
{
    return !m_search.isEmpty() || m_status != Status::All || m_sla != SlaFilter::All || m_channel >= 0;
}

bool QueueBoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = QueueBoardModel::Kind(index.data(QueueBoardModel::KindRole).toInt());
    if (kind != QueueBoardModel::Kind::Conversation) {
        // A channel filter hides whole channel groups; otherwise a group shows while a child matches
        // (recursive filtering), and with no filter even if it has none.
        if (kind == QueueBoardModel::Kind::Channel && m_channel >= 0 &&
            index.data(QueueBoardModel::ChannelRole).toInt() != m_channel)
            return false;
        return !isFiltering();
    }
    if (m_channel >= 0 && index.data(QueueBoardModel::ChannelRole).toInt() != m_channel)
        return false;
    const auto status = core::ConversationStatus(index.data(QueueBoardModel::StatusRole).toInt());
    if (m_status == Status::Waiting && status != core::ConversationStatus::Queued)
        return false;
    if (m_status == Status::Active && status != core::ConversationStatus::Assigned)
        return false;
    const auto sla = QueueBoardModel::Sla(index.data(QueueBoardModel::SlaRole).toInt());
    if (m_sla == SlaFilter::WarnOrWorse && sla != QueueBoardModel::Sla::Warn &&
        sla != QueueBoardModel::Sla::Breach)
        return false;
    if (m_sla == SlaFilter::Breach && sla != QueueBoardModel::Sla::Breach)
        return false;
    return m_search.isEmpty() ||
           index.data(QueueBoardModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool QueueBoardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == QueueBoardModel::WaitingColumn || left.column() == QueueBoardModel::SlaColumn)
        return left.data(QueueBoardModel::WaitingMsRole).toLongLong() <
               right.data(QueueBoardModel::WaitingMsRole).toLongLong();
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace warmline::sync
