#pragma once

#include "core/conversation.h"
#include "core/presence.h"
#include "protocol/error.h"
#include "sync/compensationcontroller.h"
#include "sync/conversationlistmodel.h"
#include "sync/customerprofilecontroller.h"
#include "sync/eventhandlers.h"
#include "sync/mentoring.h"
#include "sync/serverconnection.h"
#include "sync/transcriptmodel.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QSet>

namespace warmline::sync {

class OpeningLineController;
class Outbox;
class SuggestionController;

// Where a conversation can be passed on to: colleagues (with presence and load) and queues.
struct TransferTargets
{
    struct Queue
    {
        QString name;
        qint64 teamId = 0;
        QString teamName;
    };
    QList<core::RosterEntry> colleagues;
    QList<Queue> queues;
};

// What an agent works with, without any widget: the live conversation list, the transcript on
// screen, the actions (accept, reply, resolve), and every controller of the agent's desk (profile,
// compensation, suggestions, opening lines); the main window only lays them out. Every staff
// member has one (see Desk); approvals are the SupervisorWorkspace's.
// Replies go through the outbox, so they survive a lost connection and a restart.
class AgentWorkspace final : public QObject
{
    Q_OBJECT
public:
    AgentWorkspace(ServerConnection &connection, Outbox &outbox, QObject *parent = nullptr);
    ~AgentWorkspace() override;
    Q_DISABLE_COPY_MOVE(AgentWorkspace)

    ConversationListModel *conversations() { return &m_conversations; }
    TranscriptModel *transcript() { return &m_transcript; }
    CustomerProfileController *profile() { return &m_profile; }
    CompensationController *compensation() { return &m_compensation; }
    // Whether a mentor is with this agent now, and what they whispered.
    MenteeSession *mentee() { return &m_mentee; }
    // Made on first use: the reply assistant trains its model when it is made.
    SuggestionController *suggestions();
    OpeningLineController *openingLines();
    std::optional<core::Role> role() const;
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

    // What the agent told routing and their supervisors: available, busy or away.
    core::Presence presence() const { return m_presence; }
    void setPresence(core::Presence presence);
    // Asks for the colleagues and queues the open conversation can go to (transferTargetsLoaded).
    void loadTransferTargets();
    // Passes the open conversation to a colleague (toAgentId) or a queue, with the note the
    // receiver reads first; false when there is no conversation of the agent's on screen.
    bool transferCurrent(qint64 toAgentId, const QString &toQueue, const QString &note);
    // The oldest conversation routing offers this agent now, if any.
    std::optional<core::ConversationSummary> offerForMe() const;
    void declineOffer(qint64 conversationId);

signals:
    void currentConversationChanged();
    void accepted(qint64 conversationId);
    void customerMessageArrived(qint64 conversationId, const QString &customerName, const QString &text);
    // A reply was put into the outbox (what the reply assistant learns from).
    void replyQueued(qint64 conversationId, const QString &text);
    void operationFailed(const QString &operation, const warmline::protocol::Error &error);
    void presenceChanged(warmline::core::Presence presence);
    void transferTargetsLoaded(const warmline::sync::TransferTargets &targets);
    // The conversation went to someone else (recipient: their name, or the queue's).
    void transferred(qint64 conversationId, const QString &recipient);
    // Routing offers this agent a conversation (or the offer changed or ended).
    void offersChanged();

private:
    void onSnapshot(const protocol::Snapshot &snapshot);
    void applyConversation(const core::ConversationSummary &conversation);
    void onMessage(const core::Message &message, const core::ConversationSummary &conversation);
    void loadHistory(qint64 conversationId);
    // Rows first..last changed (first < 0: look at every row).
    void noticeOffers(int first = -1, int last = -1);
    void updateCurrent(const core::ConversationSummary &conversation);

    ServerConnection &m_connection;
    EventHandlers m_events;
    Outbox &m_outbox;
    ConversationListModel m_conversations;
    TranscriptModel m_transcript;
    CustomerProfileController m_profile;
    CompensationController m_compensation;
    MenteeSession m_mentee;
    std::optional<core::ConversationSummary> m_current;
    core::Presence m_presence = core::Presence::Available;
    QSet<qint64> m_offered; // conversations offered to this agent, to notice new ones
    // Declared last: destroyed first, while what they watch still exists.
    std::unique_ptr<SuggestionController> m_suggestions;
    std::unique_ptr<OpeningLineController> m_openingLines;
};

} // namespace warmline::sync
