#pragma once

#include "core/profile.h"

#include <QAbstractListModel>

namespace warmline::sync {

// The customer's conversations on every channel, newest first, kept current by events.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ChannelRole, // core::Channel as int
        StatusRole,  // core::ConversationStatus as int
        CreatedAtRole,
        SummaryRole,
        AgentNameRole,
        FirstMessageRole,
        OrderNoRole,
        MessageCountRole,
        CompensationRole, // fen given in the conversation (qint64), 0 when none
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QList<core::TimelineEntry> &entries);
    // A conversation of this customer appeared or changed.
    void apply(const core::ConversationSummary &conversation);
    void countMessage(qint64 conversationId, const QString &customerText);
    std::optional<core::TimelineEntry> entry(qint64 conversationId) const;

private:
    int rowOf(qint64 conversationId) const;
    QList<core::TimelineEntry> m_entries;
};

} // namespace warmline::sync
