#pragma once

#include "core/conversation.h"
#include "protocol/error.h"
#include "sync/compensationcontroller.h"
#include "sync/conversationlistmodel.h"
#include "sync/customerprofilecontroller.h"
#include "sync/serverconnection.h"
#include "sync/transcriptmodel.h"

#include <optional>
#include <QObject>

namespace warmline::sync {

class Outbox;

// What an agent works with, without any widget: the live conversation list, the transcript on
// screen, and the actions (accept, reply, resolve). Replies go through the outbox, so they
// survive a lost connection and a restart.
class AgentWorkspace final : public QObject
{
    Q_OBJECT
public:
    AgentWorkspace(ServerConnection &connection, Outbox &outbox, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgentWorkspace)

    ConversationListModel *conversations() { return &m_conversations; }
    TranscriptModel *transcript() { return &m_transcript; }
    CustomerProfileController *profile() { return &m_profile; }
    CompensationController *compensation() { return &m_compensation; }
    ApprovalQueue *approvals() { return &m_approvals; }
    QString role() const;
    ServerConnection &connection() { return m_connection; }
    qint64 agentId() const;
    QString agentName() const;

    void openConversation(qint64 conversationId);
    std::optional<core::ConversationSummary> currentConversation() const { return m_current; }
    bool canReply() const;

    void accept(qint64 conversationId);
    void resolve(qint64 conversationId);
    // Queues a reply to the conversation on screen; false when there is nothing to send it to.
    bool sendReply(const QString &text);
    // Names the order the open conversation is about (its statistics come into the profile).
    void discussOrder(qint64 orderId);

signals:
    void currentConversationChanged();
    void accepted(qint64 conversationId);
    void customerMessageArrived(qint64 conversationId, const QString &customerName, const QString &text);
    // A reply was put into the outbox (what the reply assistant learns from).
    void replyQueued(qint64 conversationId, const QString &text);
    void operationFailed(const QString &operation, const warmline::protocol::Error &error);

private:
    void onSnapshot(const QJsonObject &snapshot);
    void onEvent(qint64 seq, const QString &kind, const QJsonObject &payload);
    void loadHistory(qint64 conversationId);
    void updateCurrent(const core::ConversationSummary &conversation);

    ServerConnection &m_connection;
    Outbox &m_outbox;
    ConversationListModel m_conversations;
    TranscriptModel m_transcript;
    CustomerProfileController m_profile;
    CompensationController m_compensation;
    ApprovalQueue m_approvals;
    std::optional<core::ConversationSummary> m_current;
};

} // namespace warmline::sync
