#include "sync/compensationcontroller.h"

#include "protocol/compensationreplies.h"
#include "protocol/messages.h"
#include "sync/serverconnection.h"

#include <algorithm>

namespace warmline::sync {

using protocol::ServerFrame;

CompensationController::CompensationController(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_events.on<protocol::AuthorityUpdatedEvent>(
        [this](const protocol::AuthorityUpdatedEvent &event, qint64) {
            if (event.authority.agentId == myId() && m_state == State::Ready)
                setAuthority(event.authority);
        });
    m_events.on<protocol::ComplaintCreatedEvent>(
        [this](const protocol::ComplaintCreatedEvent &event, qint64) {
            if (m_orderId > 0 && event.complaint.orderId == m_orderId) {
                m_complaintId = event.complaint.id; // the complaint just raised is the one to settle
                ++m_generation;
                loadComplaints();
            }
        });
    m_events.on<protocol::CompensationUpdatedEvent>(
        [this](const protocol::CompensationUpdatedEvent &event, qint64) { onCompensation(event); });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state != ServerConnection::State::Live)
            return;
        // Whatever was unanswered when the connection dropped goes again under its own id: the
        // server returns the first result if it had already acted.
        for (const QString &operationId : m_inFlight.keys())
            send(operationId);
        reload();
    });
}

qint64 CompensationController::myId() const
{
    return m_connection.principal().agentId.value_or(0);
}

void CompensationController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

core::AmountBounds CompensationController::bounds(core::RemedyKind kind) const
{
    return m_bounds.value(core::remedyKey(kind), core::remedyBounds(kind, m_orderAmount));
}

void CompensationController::showConversation(const std::optional<core::ConversationSummary> &conversation)
{
    const qint64 conversationId = conversation ? conversation->id : 0;
    const qint64 orderId = conversation ? conversation->orderId : 0;
    if (conversationId == m_conversationId && orderId == m_orderId && m_state != State::NoConversation)
        return;
    ++m_generation;
    m_conversationId = conversationId;
    m_customerId = conversation ? conversation->customerId : 0;
    m_orderId = orderId;
    m_complaintId = 0;
    m_complaints.clear();
    m_options.clear();
    m_compensations.clear();
    if (!conversation) {
        setState(State::NoConversation);
    } else if (!orderId) {
        setState(State::NoOrder);
    } else {
        setState(State::Loading);
        loadComplaints();
    }
    emit changed();
}

void CompensationController::loadComplaints()
{
    const int generation = m_generation;
    m_connection.request(
        protocol::OrderDetailRequest{m_orderId},
        [this, generation](const Answer<protocol::OrderDetailReply> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                if (!reply.connectionLost())
                    emit failed(protocol::OrderDetailRequest::type, reply.error);
                return;
            }
            m_complaints = reply->complaints;
            // Newest first, so the complaint just raised is the one on screen.
            std::sort(m_complaints.begin(), m_complaints.end(),
                      [](const auto &a, const auto &b) { return a.id > b.id; });
            if (m_complaints.isEmpty()) {
                setState(State::NoComplaint);
                emit changed();
                return;
            }
            const bool stillThere = std::any_of(m_complaints.cbegin(), m_complaints.cend(),
                                                [this](const auto &c) { return c.id == m_complaintId; });
            if (!stillThere) {
                const auto open = std::find_if(m_complaints.cbegin(), m_complaints.cend(),
                                               [](const auto &c) { return c.resolution.isEmpty(); });
                m_complaintId = (open != m_complaints.cend() ? *open : m_complaints.first()).id;
            }
            reload();
        });
}

void CompensationController::selectComplaint(qint64 complaintId)
{
    if (complaintId == m_complaintId || complaintId <= 0)
        return;
    m_complaintId = complaintId;
    ++m_generation;
    reload();
}

void CompensationController::reload()
{
    if (m_complaintId <= 0) {
        if (m_orderId > 0 && m_state != State::Loading)
            loadComplaints();
        return;
    }
    const int generation = m_generation;
    if (m_options.isEmpty())
        setState(State::Loading);
    m_connection.request(protocol::CompensationOptionsRequest{m_complaintId},
                         [this, generation](const Answer<protocol::CompensationOptionsReply> &reply) {
                             if (generation != m_generation)
                                 return;
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit failed(protocol::CompensationOptionsRequest::type, reply.error);
                                 return;
                             }
                             m_category = reply->complaint.category;
                             m_tier = reply->complaint.tier;
                             m_orderAmount = reply->complaint.orderAmount;
                             m_orderGiven = reply->order.given;
                             m_options = reply->options;
                             m_compensations = reply->compensations;
                             m_bounds.clear();
                             for (auto it = reply->bounds.cbegin(); it != reply->bounds.cend(); ++it)
                                 m_bounds.insert(it.key(), it.value());
                             m_switchWindowSeconds = reply->switchWindowSeconds;
                             m_authority = reply->authority;
                             setState(State::Ready);
                             emit changed();
                         });
}

QList<core::Compensation> CompensationController::pendingApprovals() const
{
    QList<core::Compensation> pending;
    for (const core::Compensation &c : m_compensations) {
        if (c.status == core::CompensationStatus::PendingApproval &&
            (c.conversationId == m_conversationId || c.conversationId == 0))
            pending.append(c);
    }
    return pending;
}

void CompensationController::setAuthority(const core::AuthorityStatus &authority)
{
    m_authority = authority;
    // The marks on the cards follow the new limits at once; the server checks again anyway.
    for (core::CompensationOption &option : m_options)
        option.authority = core::checkAuthority(option.cost, m_authority.authority());
    emit changed();
}

void CompensationController::upsert(const core::Compensation &compensation)
{
    for (core::Compensation &existing : m_compensations) {
        if (existing.id == compensation.id) {
            existing = compensation;
            return;
        }
    }
    m_compensations.prepend(compensation);
}

void CompensationController::onCompensation(const protocol::CompensationUpdatedEvent &event)
{
    if (event.authority && event.authority->agentId == myId() && m_state == State::Ready)
        setAuthority(*event.authority);
    const core::Compensation &compensation = event.compensation;
    if (m_orderId <= 0 || compensation.orderId != m_orderId)
        return;
    // Whatever complaint of the order it was given on, it changes what is left for this one: the
    // options are fitted to that again.
    const core::Money given = compensation.orderGiven + core::countedTowardOrder(compensation);
    if (given != m_orderGiven && m_state == State::Ready) {
        m_orderGiven = given;
        reload();
    }
    if (compensation.complaintId != m_complaintId) {
        emit changed();
        return;
    }
    upsert(compensation);
    emit updated(compensation);
    emit changed();
}

void CompensationController::send(const QString &operationId)
{
    const auto it = m_inFlight.constFind(operationId);
    if (it == m_inFlight.cend())
        return;
    const QString type = it->type;
    // decide, request_approval and offer share their ack.
    m_connection.request(
        type, it->payload,
        [this, operationId, type](const ServerFrame &frame) {
            const auto reply = Answer<protocol::CompensationReply>::of(frame);
            if (reply.connectionLost())
                return; // kept; sent again under the same id when the connection is live
            const bool wasBusy = isBusy();
            m_inFlight.remove(operationId);
            if (wasBusy && !isBusy())
                emit busyChanged(false);
            if (!reply.ok()) {
                emit failed(type, reply.error);
                return;
            }
            if (reply->authority)
                setAuthority(*reply->authority);
            if (reply->compensation.complaintId == m_complaintId)
                upsert(reply->compensation);
            emit done(type, reply->compensation);
            emit changed();
        },
        operationId);
}

void CompensationController::decide(const QList<core::Remedy> &remedies, const QString &reason)
{
    protocol::CompensationDecideRequest request{m_complaintId, m_conversationId, remedies, reason.trimmed()};
    const QString operationId = ServerConnection::newOperationId();
    const bool wasBusy = isBusy();
    m_inFlight.insert(operationId, {request.type, request.toJson()});
    if (!wasBusy)
        emit busyChanged(true);
    send(operationId);
}

void CompensationController::requestApproval(const QList<core::Remedy> &remedies, const QString &reason)
{
    protocol::CompensationApprovalRequest request{m_complaintId, m_conversationId, remedies,
                                                  reason.trimmed()};
    const QString operationId = ServerConnection::newOperationId();
    const bool wasBusy = isBusy();
    m_inFlight.insert(operationId, {request.type, request.toJson()});
    if (!wasBusy)
        emit busyChanged(true);
    send(operationId);
}

void CompensationController::offer(const QList<QList<core::Remedy>> &options, const QString &reason)
{
    protocol::CompensationOfferRequest request{m_complaintId, m_conversationId, options, reason.trimmed()};
    const QString operationId = ServerConnection::newOperationId();
    const bool wasBusy = isBusy();
    m_inFlight.insert(operationId, {request.type, request.toJson()});
    if (!wasBusy)
        emit busyChanged(true);
    send(operationId);
}

ApprovalQueue::ApprovalQueue(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_events.on<protocol::CompensationUpdatedEvent>([this](const protocol::CompensationUpdatedEvent &event,
                                                           qint64) { onCompensation(event.compensation); });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    connect(&m_connection, &ServerConnection::snapshotReceived, this, &ApprovalQueue::refresh);
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state != ServerConnection::State::Live)
            return;
        const auto retry = std::exchange(m_retry, {});
        for (auto it = retry.cbegin(); it != retry.cend(); ++it)
            send(it.key(), it->first, it->second);
    });
}

qint64 ApprovalQueue::myId() const
{
    return m_connection.principal().agentId.value_or(0);
}

bool ApprovalQueue::canAnswer() const
{
    return m_connection.can(core::Permission::AnswerApprovals);
}

std::optional<core::Compensation> ApprovalQueue::request(qint64 id) const
{
    for (const auto &list : {&m_pending, &m_answered}) {
        for (const core::Compensation &c : *list) {
            if (c.id == id)
                return c;
        }
    }
    return std::nullopt;
}

void ApprovalQueue::refresh()
{
    m_connection.request(protocol::ApprovalListRequest{},
                         [this](const Answer<protocol::ApprovalListReply> &reply) {
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit failed(reply.error);
                                 return;
                             }
                             m_pending = reply->pending;
                             m_answered = reply->answered;
                             emit changed();
                         });
}

void ApprovalQueue::onCompensation(const core::Compensation &c)
{
    if (c.kind != core::CompensationKind::ApprovalRequest)
        return;
    if (!canAnswer() && c.agentId != myId())
        return;
    const auto pendingIt =
        std::find_if(m_pending.begin(), m_pending.end(), [&](const auto &p) { return p.id == c.id; });
    if (c.status == core::CompensationStatus::PendingApproval) {
        if (pendingIt != m_pending.end()) {
            *pendingIt = c;
        } else {
            m_pending.append(c);
            emit arrived(c);
        }
    } else {
        if (pendingIt != m_pending.end())
            m_pending.erase(pendingIt);
        m_answered.removeIf([&](const auto &a) { return a.id == c.id; });
        m_answered.prepend(c);
        while (m_answered.size() > 30)
            m_answered.removeLast();
    }
    emit changed();
}

void ApprovalQueue::answer(const QString &type, const QJsonObject &payload)
{
    send(ServerConnection::newOperationId(), type, payload);
}

void ApprovalQueue::send(const QString &operationId, const QString &type, const QJsonObject &payload)
{
    m_connection.request(
        type, payload,
        [this, operationId, type, payload](const ServerFrame &frame) {
            // approve, reject and amend share their ack.
            const auto reply = Answer<protocol::CompensationReply>::of(frame);
            if (reply.connectionLost()) {
                // Sent again under the same id once the connection is live.
                m_retry.insert(operationId, {type, payload});
                return;
            }
            if (!reply.ok()) {
                emit failed(reply.error);
                return;
            }
            emit answeredByMe(reply->compensation);
        },
        operationId);
}

void ApprovalQueue::approve(qint64 id, const QString &comment)
{
    protocol::ApproveRequest request;
    request.answer = protocol::ApprovalAnswerRequest::Answer::Approve;
    request.compensationId = id;
    request.comment = comment.trimmed();
    answer(request.type, request.toJson());
}

void ApprovalQueue::reject(qint64 id, const QString &comment)
{
    protocol::RejectRequest request;
    request.answer = protocol::ApprovalAnswerRequest::Answer::Reject;
    request.compensationId = id;
    request.comment = comment.trimmed();
    answer(request.type, request.toJson());
}

void ApprovalQueue::amend(qint64 id, const QList<core::Remedy> &remedies, const QString &comment)
{
    protocol::AmendRequest request;
    request.answer = protocol::ApprovalAnswerRequest::Answer::Amend;
    request.compensationId = id;
    request.comment = comment.trimmed();
    request.remedies = remedies;
    answer(request.type, request.toJson());
}

} // namespace warmline::sync
