#pragma once

#include "core/conversation.h"

#include <functional>
#include <memory>
#include <QAbstractItemModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <vector>

namespace warmline::sync {

class ConversationListModel;

// The supervisor's queue board: every waiting and active conversation the workstation sees,
// grouped queue → channel → conversation. It follows a ConversationListModel row by row (inserts,
// removals, moves between groups, dataChanged) so a view keeps its expansion, selection and scroll
// position while events stream in; a 1 s tick repaints only the columns that tell time.
class QueueBoardModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        TierColumn,
        ChannelColumn,
        WaitingColumn,
        SlaColumn,
        OwnerColumn,
        ReasonColumn,
        SummaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class Kind { Queue, Channel, Conversation };
    Q_ENUM(Kind)
    enum class Sla { None, Ok, Warn, Breach }; // None: not waiting (someone has it)
    Q_ENUM(Sla)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        ConversationIdRole,
        QueueRole,
        ChannelRole, // core::Channel as int
        StatusRole,  // core::ConversationStatus as int
        SlaRole,     // Sla as int
        WaitingMsRole,
        AssignedAgentIdRole,
        OfferedAgentIdRole,
        CustomerNameRole,
        SummaryRole, // first line of the hand-off summary in the reader's language
        SearchTextRole,
    };
    Q_ENUM(Role)
    using Clock = std::function<qint64()>;
    static inline const QString mimeType = QStringLiteral("application/x-warmline-conversation");

    // `locale`: the reader's interface language, for the hand-off summary ("zh_CN", "en").
    QueueBoardModel(ConversationListModel &source, Clock clock, const QString &locale,
                    QObject *parent = nullptr);
    ~QueueBoardModel() override;

    void setSlaThresholds(qint64 warnSeconds, qint64 breachSeconds);
    qint64 warnSeconds() const { return m_warnMs / 1000; }
    qint64 breachSeconds() const { return m_breachMs / 1000; }
    // Repaints the columns that tell time (the ticker calls it each second; tests call it).
    void tick();
    qint64 now() const { return m_clock(); }

    std::optional<core::ConversationSummary> conversation(qint64 id) const;
    QModelIndex indexOfConversation(qint64 id, int column = 0) const;
    QModelIndex indexOfQueue(const QString &queue) const;
    QModelIndex indexOfChannel(const QString &queue, core::Channel channel) const;
    Sla slaOf(const core::ConversationSummary &conversation) const;
    QString summaryLine(const core::ConversationSummary &conversation) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

private:
    struct Node;
    struct Entry
    {
        core::ConversationSummary conversation;
        Node *group = nullptr; // the channel node it sits under
    };

    static bool shown(const core::ConversationSummary &conversation);
    void upsert(const core::ConversationSummary &conversation);
    void remove(qint64 id);
    void resync();
    Node *groupFor(const QString &queue, core::Channel channel, bool create);
    void dropIfEmpty(Node *channelNode);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    int rowOfNode(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const; // the group node an index stands for, or null
    const Entry *entryOf(const QModelIndex &index) const;
    QVariant conversationData(const Entry &entry, int column, int role) const;
    QVariant groupData(const Node &node, int column, int role) const;
    QString ownerText(const core::ConversationSummary &conversation) const;
    void groupCountsChanged(Node *channelNode);

    ConversationListModel &m_source;
    Clock m_clock;
    QString m_locale;
    qint64 m_warnMs = 60 * 1000;
    qint64 m_breachMs = 180 * 1000;
    std::vector<std::unique_ptr<Node>> m_queues;
    QHash<qint64, Entry> m_entries;
    QList<qint64> m_removing; // ids of source rows about to go
    QTimer m_ticker;
};

// The board as the supervisor narrows it: text search over customer, summary and agent; waiting
// or active only; amber-or-red or red only; one channel. Groups stay while something in them
// matches; sorting by the waiting column puts the longest wait first.
class QueueBoardFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Status { All, Waiting, Active };
    enum class SlaFilter { All, WarnOrWorse, Breach };

    explicit QueueBoardFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(Status status);
    void setSlaFilter(SlaFilter sla);
    // -1: every channel; otherwise a core::Channel as int.
    void setChannelFilter(int channel);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    Status m_status = Status::All;
    SlaFilter m_sla = SlaFilter::All;
    int m_channel = -1;
};

} // namespace warmline::sync
