#pragma once

#include "core/conversation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace warmline::sync {

// Every open conversation the agent can see, kept current by events with fine-grained signals
// (a row changes, appears or goes; the model is reset only for a fresh snapshot).
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CustomerNameRole,
        ChannelRole, // core::Channel as int
        StatusRole,  // core::ConversationStatus as int
        AssignedAgentIdRole,
        AssignedAgentNameRole,
        LastMessageRole,
        LastMessageAtRole,
        QueuedAtRole,
        CreatedAtRole,
        CustomerTierRole,
        OfferAgentIdRole,   // routing offers it to this agent (0: nobody)
        OfferExpiresAtRole, // ms since the epoch; 0 without an offer
        TransferNoteRole,   // the latest transfer's "why you got this" line
        UnreadRole,         // bool: the customer wrote since the agent last looked (client-side: keep last)
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QList<core::ConversationSummary> &conversations);
    // Inserts, updates or (when resolved) removes the row of this conversation.
    void apply(const core::ConversationSummary &conversation);
    // Drops a conversation this desk no longer sees (passed to another team, say).
    void remove(qint64 id);
    std::optional<core::ConversationSummary> conversation(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    void setUnread(qint64 id, bool unread);

private:
    QList<core::ConversationSummary> m_rows;
    QHash<qint64, int> m_rowById;
    QSet<qint64> m_unread; // client-side state, kept apart from the server's summaries

    void reindexFrom(int row);
};

} // namespace warmline::sync
