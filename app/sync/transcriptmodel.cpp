#include "sync/transcriptmodel.h"

#include <QDateTime>

namespace warmline::sync {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return row.message.body;
    case MessageIdRole:
        return row.message.id;
    case SenderRole:
        return int(row.message.sender);
    case AuthorNameRole:
        return row.message.authorName;
    case CreatedAtRole:
        return row.message.createdAtMs;
    case DeliveryRole:
        return int(row.delivery);
    case FailureRole:
        return row.failure;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {SenderRole, "sender"},
                  {AuthorNameRole, "authorName"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"},
                  {DeliveryRole, "delivery"},
                  {FailureRole, "failure"}});
    return names;
}

void TranscriptModel::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    beginResetModel();
    m_conversationId = conversationId;
    m_rows.clear();
    endResetModel();
}

int TranscriptModel::rowOfOperation(const QString &operationId) const
{
    if (operationId.isEmpty())
        return -1;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).message.clientOpId == operationId)
            return i;
    }
    return -1;
}

int TranscriptModel::rowOfMessage(qint64 messageId) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).message.id == messageId)
            return i;
    }
    return -1;
}

void TranscriptModel::addHistory(qint64 conversationId, const QList<core::Message> &messages)
{
    if (conversationId != m_conversationId)
        return;
    // History arrives after the screen may already show live messages: insert what is missing
    // in id order instead of resetting, so nothing flickers and nothing is shown twice.
    for (const core::Message &message : messages) {
        if (rowOfMessage(message.id) >= 0)
            continue;
        if (const int pending = rowOfOperation(message.clientOpId); pending >= 0) {
            // Its event was missed (a reconnect): history says it went out.
            m_rows[pending] = Row{message, Delivery::Delivered, {}};
            emit dataChanged(index(pending), index(pending));
            continue;
        }
        int row = 0;
        while (row < m_rows.size() && m_rows.at(row).message.id > 0 && m_rows.at(row).message.id < message.id)
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{message, Delivery::Delivered, {}});
        endInsertRows();
    }
}

void TranscriptModel::addMessage(const core::Message &message)
{
    if (message.conversationId != m_conversationId || rowOfMessage(message.id) >= 0)
        return;
    const int pending = rowOfOperation(message.clientOpId);
    if (pending >= 0) {
        m_rows[pending] = Row{message, Delivery::Delivered, {}};
        emit dataChanged(index(pending), index(pending));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{message, Delivery::Delivered, {}});
    endInsertRows();
}

void TranscriptModel::addSending(qint64 conversationId, const QString &operationId, const QString &body,
                                 const QString &author)
{
    if (conversationId != m_conversationId)
        return;
    core::Message message;
    message.conversationId = conversationId;
    message.sender = core::Sender::Agent;
    message.authorName = author;
    message.body = body;
    message.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    message.clientOpId = operationId;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{message, Delivery::Sending, {}});
    endInsertRows();
}

void TranscriptModel::showAwaitingApproval(qint64 conversationId, const QString &operationId,
                                           const QString &body, const QString &author, qint64 heldAtMs)
{
    if (conversationId != m_conversationId || operationId.isEmpty())
        return;
    const int row = rowOfOperation(operationId);
    if (row >= 0) {
        if (m_rows.at(row).delivery != Delivery::Sending)
            return; // already waiting, or already delivered
        m_rows[row].delivery = Delivery::AwaitingApproval;
        m_rows[row].message.createdAtMs = heldAtMs; // the server's time, as any other desk shows it
        emit dataChanged(index(row), index(row));
        return;
    }
    addSending(conversationId, operationId, body, author);
    m_rows.last().delivery = Delivery::AwaitingApproval;
    m_rows.last().message.createdAtMs = heldAtMs;
    const QModelIndex last = index(int(m_rows.size()) - 1);
    emit dataChanged(last, last);
}

void TranscriptModel::removeUnsent(const QString &operationId)
{
    const int row = rowOfOperation(operationId);
    if (row < 0 || m_rows.at(row).delivery == Delivery::Delivered)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TranscriptModel::markFailed(const QString &operationId, const QString &reason)
{
    const int row = rowOfOperation(operationId);
    if (row < 0 || m_rows.at(row).delivery != Delivery::Sending)
        return;
    m_rows[row].delivery = Delivery::Failed;
    m_rows[row].failure = reason;
    emit dataChanged(index(row), index(row));
}

} // namespace warmline::sync
