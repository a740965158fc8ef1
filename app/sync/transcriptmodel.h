#pragma once

#include "core/conversation.h"

#include <QAbstractListModel>

namespace warmline::sync {

// The messages of the conversation on screen, oldest first. What the agent sends appears at once
// as "sending"; it becomes "delivered" when the server's event for it arrives (matched by its
// operation id), or "failed" with the reason. In an approve-before-send mentor session it waits as
// "awaiting approval" until the mentor lets it go (then delivered) or returns it (then removed).
class TranscriptModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Delivery { Delivered, Sending, Failed, AwaitingApproval };
    Q_ENUM(Delivery)

    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        SenderRole, // core::Sender as int
        AuthorNameRole,
        BodyRole,
        CreatedAtRole,
        DeliveryRole, // Delivery as int
        FailureRole,
    };
    Q_ENUM(Role)

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 conversationId() const { return m_conversationId; }
    void showConversation(qint64 conversationId);
    // Merges a page of history (messages already shown are kept once).
    void addHistory(qint64 conversationId, const QList<core::Message> &messages);
    void addMessage(const core::Message &message);
    void addSending(qint64 conversationId, const QString &operationId, const QString &body,
                    const QString &author);
    void markFailed(const QString &operationId, const QString &reason);
    // A reply held for the mentor's approval: the sending row of that operation, or a new row
    // (after the conversation was opened again).
    void showAwaitingApproval(qint64 conversationId, const QString &operationId, const QString &body,
                              const QString &author, qint64 heldAtMs);
    // Takes away a reply that never went out (the mentor returned it).
    void removeUnsent(const QString &operationId);

private:
    struct Row
    {
        core::Message message;
        Delivery delivery = Delivery::Delivered;
        QString failure;
    };
    int rowOfOperation(const QString &operationId) const;
    int rowOfMessage(qint64 messageId) const;

    qint64 m_conversationId = 0;
    QList<Row> m_rows;
};

} // namespace warmline::sync
