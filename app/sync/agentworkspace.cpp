#include "sync/agentworkspace.h"

#include "protocol/messages.h"
#include "protocol/supervisionmessages.h"
#include "sync/openinglinecontroller.h"
#include "sync/outbox.h"
#include "sync/suggestioncontroller.h"

#include <QJsonArray>

namespace warmline::sync {

using protocol::ServerFrame;

AgentWorkspace::AgentWorkspace(ServerConnection &connection, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_outbox(outbox)
    , m_profile(connection)
    , m_compensation(connection)
    , m_mentee(connection)
{
    connect(&m_connection, &ServerConnection::snapshotReceived, this, &AgentWorkspace::onSnapshot);
    m_events.on<protocol::ConversationRemovedEvent>(
        [this](const protocol::ConversationRemovedEvent &event, qint64) {
            // Passed on out of this desk's sight; if it stays in sight, an update follows at once.
            m_conversations.remove(event.conversationId);
            if (m_current && m_current->id == event.conversationId)
                openConversation(0);
        });
    m_events.on<protocol::ConversationCreatedEvent>(
        [this](const protocol::ConversationCreatedEvent &event, qint64) {
            applyConversation(event.conversation);
        });
    m_events.on<protocol::ConversationUpdatedEvent>(
        [this](const protocol::ConversationUpdatedEvent &event, qint64) {
            applyConversation(event.conversation);
        });
    m_events.on<protocol::MessageCreatedEvent>([this](const protocol::MessageCreatedEvent &event, qint64) {
        onMessage(event.message, event.conversation);
    });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        // Whatever happened to the open conversation while we were away is fetched again.
        if (state == ServerConnection::State::Live && m_current)
            loadHistory(m_current->id);
    });
    connect(&m_outbox, &Outbox::delivered, this,
            [this](const QString &operationId, const QJsonObject &ack, qint64) {
                const QJsonObject held = ack.value(QStringLiteral("held")).toObject();
                if (!held.isEmpty()) {
                    m_transcript.showAwaitingApproval(
                        held.value(QStringLiteral("conversationId")).toInteger(), operationId,
                        held.value(QStringLiteral("body")).toString(), agentName(),
                        held.value(QStringLiteral("heldAt")).toInteger());
                }
            });
    connect(&m_mentee, &MenteeSession::heldChanged, this, [this](const protocol::HeldReplyInfo &held) {
        switch (held.state) {
        case core::HeldReply::State::Waiting:
            m_transcript.showAwaitingApproval(held.conversationId, held.clientOpId, held.body, agentName(),
                                              held.heldAt);
            break;
        case core::HeldReply::State::Returned:
            m_transcript.removeUnsent(held.clientOpId);
            break;
        case core::HeldReply::State::Sent:
            break; // its message.created takes the row's place
        }
    });
    connect(&m_outbox, &Outbox::rejected, this,
            [this](const QString &operationId, const protocol::Error &error) {
                m_transcript.markFailed(operationId, error.message);
                emit operationFailed(protocol::ReplyRequest::type, error);
            });
    // What the agent chose last time comes with the sign-in; it holds until they change it.
    const auto applyPrincipal = [this] {
        const auto presence = m_connection.principal().presence;
        if (presence && *presence != m_presence) {
            m_presence = *presence;
            emit presenceChanged(m_presence);
        }
    };
    applyPrincipal();
    connect(&m_connection, &ServerConnection::authenticated, this, applyPrincipal);
    // Only the rows that changed are looked at: a supervisor's desk may list thousands.
    connect(
        &m_conversations, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last) { noticeOffers(first.row(), last.row()); });
    connect(&m_conversations, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { noticeOffers(first, last); });
    connect(&m_conversations, &QAbstractItemModel::rowsRemoved, this, [this] { noticeOffers(); });
    connect(&m_conversations, &QAbstractItemModel::modelReset, this, [this] { noticeOffers(); });
    // Created after the connection went live (the sign-in dialog comes first): the snapshot it
    // already received was for nobody, so ask again.
    m_connection.resynchronize();
}

qint64 AgentWorkspace::agentId() const
{
    return m_connection.principal().agentId.value_or(0);
}

AgentWorkspace::~AgentWorkspace() = default;

SuggestionController *AgentWorkspace::suggestions()
{
    if (!m_suggestions)
        m_suggestions = std::make_unique<SuggestionController>(*this);
    return m_suggestions.get();
}

OpeningLineController *AgentWorkspace::openingLines()
{
    if (!m_openingLines)
        m_openingLines = std::make_unique<OpeningLineController>(*this);
    return m_openingLines.get();
}

std::optional<core::Role> AgentWorkspace::role() const
{
    return m_connection.principal().role;
}

QString AgentWorkspace::agentName() const
{
    return m_connection.principal().displayName;
}

void AgentWorkspace::onSnapshot(const protocol::Snapshot &snapshot)
{
    m_conversations.reset(snapshot.conversations);
    if (m_current) {
        if (auto fresh = m_conversations.conversation(m_current->id))
            updateCurrent(*fresh);
    }
}

void AgentWorkspace::applyConversation(const core::ConversationSummary &conversation)
{
    m_conversations.apply(conversation);
    if (m_current && m_current->id == conversation.id)
        updateCurrent(conversation);
}

void AgentWorkspace::onMessage(const core::Message &message, const core::ConversationSummary &conversation)
{
    applyConversation(conversation);
    m_transcript.addMessage(message);
    if (message.sender == core::Sender::Customer && conversation.assignedAgentId == agentId() &&
        agentId() > 0) {
        if (!m_current || m_current->id != message.conversationId)
            m_conversations.setUnread(message.conversationId, true);
        emit customerMessageArrived(message.conversationId, conversation.customerName, message.body);
    }
}

void AgentWorkspace::updateCurrent(const core::ConversationSummary &conversation)
{
    if (m_current == conversation)
        return;
    if (m_current && m_current->orderId != conversation.orderId && conversation.orderId)
        m_profile.focusOrder(conversation.orderId);
    m_current = conversation;
    m_compensation.showConversation(m_current);
    emit currentConversationChanged();
}

void AgentWorkspace::openConversation(qint64 conversationId)
{
    if (m_current && m_current->id == conversationId)
        return;
    m_current = m_conversations.conversation(conversationId);
    m_conversations.setUnread(conversationId, false);
    m_transcript.showConversation(m_current ? conversationId : 0);
    m_compensation.showConversation(m_current);
    emit currentConversationChanged();
    if (m_current) {
        m_profile.show(m_current->customerId, m_current->orderId);
        loadHistory(conversationId);
    } else {
        m_profile.clear();
    }
}

void AgentWorkspace::loadHistory(qint64 conversationId)
{
    m_connection.request(protocol::HistoryRequest{conversationId, std::nullopt, 100},
                         [this, conversationId](const Answer<protocol::HistoryReply> &reply) {
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit operationFailed(protocol::HistoryRequest::type, reply.error);
                                 return;
                             }
                             m_transcript.addHistory(conversationId, reply->messages);
                             for (const protocol::HeldReplyInfo &held : m_mentee.held()->rows()) {
                                 if (held.conversationId != conversationId)
                                     continue;
                                 m_transcript.showAwaitingApproval(conversationId, held.clientOpId, held.body,
                                                                   agentName(), held.heldAt);
                             }
                             if (m_current && m_current->id == conversationId)
                                 updateCurrent(reply->conversation);
                         });
}

bool AgentWorkspace::canReply() const
{
    return m_current && m_current->status == core::ConversationStatus::Assigned &&
           m_current->assignedAgentId == agentId();
}

void AgentWorkspace::accept(qint64 conversationId)
{
    m_connection.request(protocol::AcceptRequest{conversationId},
                         [this, conversationId](const Answer<protocol::ConversationReply> &reply) {
                             if (reply.ok()) {
                                 m_conversations.apply(reply->conversation);
                                 openConversation(conversationId);
                                 emit accepted(conversationId);
                                 return;
                             }
                             emit operationFailed(protocol::AcceptRequest::type, reply.error);
                         });
}

void AgentWorkspace::resolve(qint64 conversationId)
{
    m_connection.request(protocol::ResolveRequest{conversationId},
                         [this](const Answer<protocol::ConversationReply> &reply) {
                             if (!reply.ok())
                                 emit operationFailed(protocol::ResolveRequest::type, reply.error);
                         });
}

void AgentWorkspace::setPresence(core::Presence presence)
{
    if (presence == core::Presence::Offline)
        return; // what others see of a dropped connection, never a choice
    const core::Presence before = m_presence;
    m_presence = presence;
    emit presenceChanged(m_presence);
    m_connection.request(protocol::PresenceSetRequest{presence},
                         [this, before](const Answer<protocol::AgentReply> &reply) {
                             if (reply.ok())
                                 return;
                             // Not recorded: show what the server still has, and why.
                             m_presence = before;
                             emit presenceChanged(m_presence);
                             emit operationFailed(protocol::PresenceSetRequest::type, reply.error);
                         });
}

void AgentWorkspace::loadTransferTargets()
{
    m_connection.request(
        protocol::TransferTargetsRequest{}, [this](const Answer<protocol::TransferTargetsReply> &reply) {
            if (!reply.ok()) {
                emit operationFailed(protocol::TransferTargetsRequest::type, reply.error);
                return;
            }
            TransferTargets targets;
            targets.colleagues = reply->agents;
            for (const protocol::QueueInfo &queue : reply->queues)
                targets.queues.append({queue.name, queue.teamId.value_or(0), queue.teamName});
            emit transferTargetsLoaded(targets);
        });
}

bool AgentWorkspace::transferCurrent(qint64 toAgentId, const QString &toQueue, const QString &note)
{
    if (!m_current || m_current->status != core::ConversationStatus::Assigned)
        return false;
    const qint64 conversationId = m_current->id;
    m_connection.request(protocol::TransferRequest{conversationId, toAgentId, toQueue, note},
                         [this, conversationId](const Answer<protocol::ConversationReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::TransferRequest::type, reply.error);
                                 return;
                             }
                             const core::ConversationSummary &conversation = reply->conversation;
                             emit transferred(conversationId, conversation.assignedAgentId
                                                                  ? conversation.assignedAgentName
                                                                  : conversation.queue);
                         });
    return true;
}

std::optional<core::ConversationSummary> AgentWorkspace::offerForMe() const
{
    std::optional<core::ConversationSummary> oldest;
    for (int row = 0; row < m_conversations.rowCount(); ++row) {
        const auto conversation = m_conversations.conversation(
            m_conversations.index(row).data(ConversationListModel::IdRole).toLongLong());
        if (!conversation || !conversation->offer || conversation->offer->agentId != agentId() ||
            conversation->status != core::ConversationStatus::Queued)
            continue;
        if (!oldest || conversation->queuedAtMs < oldest->queuedAtMs)
            oldest = conversation;
    }
    return oldest;
}

void AgentWorkspace::declineOffer(qint64 conversationId)
{
    m_connection.request(protocol::DeclineOfferRequest{conversationId},
                         [this](const Answer<protocol::ConversationReply> &reply) {
                             if (!reply.ok())
                                 emit operationFailed(protocol::DeclineOfferRequest::type, reply.error);
                         });
}

void AgentWorkspace::noticeOffers(int first, int last)
{
    const qint64 me = agentId();
    QSet<qint64> offered = first < 0 ? QSet<qint64>() : m_offered;
    if (first < 0) {
        first = 0;
        last = m_conversations.rowCount() - 1;
    }
    for (int row = first; row <= last && row < m_conversations.rowCount(); ++row) {
        const QModelIndex index = m_conversations.index(row);
        const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
        if (me > 0 && index.data(ConversationListModel::OfferAgentIdRole).toLongLong() == me)
            offered.insert(id);
        else
            offered.remove(id);
    }
    if (offered == m_offered)
        return;
    m_offered = offered;
    emit offersChanged();
}

void AgentWorkspace::discussOrder(qint64 orderId)
{
    if (!m_current)
        return;
    if (!canReply()) {
        // Not this agent's conversation: only the view changes, not the conversation.
        m_profile.focusOrder(orderId);
        return;
    }
    m_connection.request(protocol::SetOrderRequest{m_current->id, orderId},
                         [this](const Answer<protocol::ConversationReply> &reply) {
                             if (!reply.ok())
                                 emit operationFailed(protocol::SetOrderRequest::type, reply.error);
                         });
    m_profile.focusOrder(orderId);
}

bool AgentWorkspace::sendReply(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!canReply() || trimmed.isEmpty())
        return false;
    const qint64 conversationId = m_current->id;
    const QString operationId = m_outbox.enqueue(protocol::ReplyRequest::type,
                                                 protocol::ReplyRequest{conversationId, trimmed}.toJson());
    if (operationId.isEmpty())
        return false;
    m_transcript.addSending(conversationId, operationId, trimmed, agentName());
    emit replyQueued(conversationId, trimmed);
    return true;
}

} // namespace warmline::sync
