#include "sync/customerprofilecontroller.h"

#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "sync/serverconnection.h"

#include <QJsonArray>

namespace warmline::sync {

using protocol::ServerFrame;

CustomerProfileController::CustomerProfileController(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_orders.setFetcher(
        [this](const core::OrderQuery &query, auto done) { fetchPage(query, std::move(done)); });
    // Money given changes the timeline's "compensation given" and the complaint's resolution: read
    // the profile again (one request, only for the customer on screen).
    m_events.on<protocol::CompensationUpdatedEvent>(
        [this](const protocol::CompensationUpdatedEvent &event, qint64) {
            if (showing(event.compensation.customerId))
                reload();
        });
    m_events.on<protocol::ComplaintCreatedEvent>(
        [this](const protocol::ComplaintCreatedEvent &event, qint64) { onComplaint(event); });
    m_events.on<protocol::ConversationCreatedEvent>([this](const protocol::ConversationCreatedEvent &event,
                                                           qint64) { onConversation(event.conversation); });
    m_events.on<protocol::ConversationUpdatedEvent>([this](const protocol::ConversationUpdatedEvent &event,
                                                           qint64) { onConversation(event.conversation); });
    m_events.on<protocol::MessageCreatedEvent>([this](const protocol::MessageCreatedEvent &event, qint64) {
        onConversation(event.conversation, &event.message);
    });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    // After a reconnect the profile may have missed changes that produced no event for it (the
    // resume replays events, but a fresh snapshot does not): read it again.
    connect(&m_connection, &ServerConnection::snapshotReceived, this, [this] {
        if (m_customerId > 0)
            reload();
    });
}

void CustomerProfileController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CustomerProfileController::show(qint64 customerId, qint64 orderId)
{
    if (customerId == m_customerId && orderId == m_requestedOrderId && (hasProfile() || m_loading))
        return;
    const bool sameCustomer = customerId == m_customerId;
    m_customerId = customerId;
    m_requestedOrderId = orderId;
    if (!sameCustomer) {
        m_profile = {};
        m_orders.clear();
        m_timeline.reset({});
    }
    reload();
}

void CustomerProfileController::clear()
{
    ++m_generation;
    m_customerId = 0;
    m_requestedOrderId = 0;
    m_profile = {};
    m_orders.clear();
    m_timeline.reset({});
    setLoading(false);
    emit loaded();
}

void CustomerProfileController::reload()
{
    if (m_customerId <= 0)
        return;
    const int generation = ++m_generation;
    setLoading(true);
    m_connection.request(protocol::ProfileRequest{m_customerId, m_requestedOrderId},
                         [this, generation](const Answer<protocol::ProfileReply> &reply) {
                             if (generation != m_generation)
                                 return;
                             setLoading(false);
                             if (!reply.ok()) {
                                 emit failed(reply.error);
                                 return;
                             }
                             m_profile = reply->profile();
                             m_orders.reset(m_customerId, m_profile.orders, m_profile.orderTotal);
                             m_orders.setFocusOrder(m_profile.focusOrderId);
                             m_timeline.reset(m_profile.timeline);
                             emit loaded();
                         });
}

void CustomerProfileController::focusOrder(qint64 orderId)
{
    if (orderId <= 0 || orderId == m_profile.focusOrderId)
        return;
    m_requestedOrderId = orderId;
    reload();
}

void CustomerProfileController::fetchPage(const core::OrderQuery &query,
                                          std::function<void(const QList<core::OrderRow> &, qint64)> done)
{
    m_connection.request(protocol::OrdersRequest{query},
                         [this, done = std::move(done)](const Answer<protocol::OrdersReply> &reply) {
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit failed(reply.error);
                                 done({}, 0);
                                 return;
                             }
                             done(reply->items, reply->total);
                         });
}

void CustomerProfileController::requestOrderDetail(qint64 orderId)
{
    m_connection.request(protocol::OrderDetailRequest{orderId},
                         [this, orderId](const Answer<protocol::OrderDetailReply> &reply) {
                             if (!reply.ok()) {
                                 emit failed(reply.error);
                                 return;
                             }
                             emit orderDetailReady(orderId, reply->complaints, reply->conversations);
                         });
}

void CustomerProfileController::logComplaint(qint64 orderId, const QString &category, qint64 conversationId)
{
    m_connection.request(protocol::ComplaintCreateRequest{orderId, category, conversationId},
                         [this, orderId](const Answer<protocol::ComplaintReply> &reply) {
                             if (reply.ok())
                                 emit complaintLogged(orderId);
                             else
                                 emit failed(reply.error);
                         });
}

bool CustomerProfileController::showing(qint64 customerId) const
{
    return m_customerId > 0 && hasProfile() && customerId == m_customerId;
}

void CustomerProfileController::onComplaint(const protocol::ComplaintCreatedEvent &event)
{
    if (!showing(event.customer.id))
        return;
    int sections = int(Section::Header) | int(Section::CustomerComplaints) | int(Section::Orders);
    m_profile.header = event.customer;
    m_profile.complaintsByCategory = event.complaintsByCategory;
    m_orders.updateOrder(event.order);
    if (m_profile.focusOrder && m_profile.focusOrder->id == event.order.id)
        m_profile.focusOrder = event.order;
    // The new complaint moves the statistics of its product and merchant, which are on screen when
    // they are those of the order under discussion.
    if (m_profile.product && m_profile.product->id == event.product.id) {
        m_profile.product = event.product;
        sections |= int(Section::Statistics);
    }
    if (m_profile.merchant && m_profile.merchant->id == event.merchant.id) {
        m_profile.merchant = event.merchant;
        sections |= int(Section::Statistics);
    }
    emit changed(sections);
}

void CustomerProfileController::onConversation(const core::ConversationSummary &conversation,
                                               const core::Message *message)
{
    if (!showing(conversation.customerId))
        return;
    m_timeline.apply(conversation);
    if (message)
        m_timeline.countMessage(message->conversationId,
                                message->sender == core::Sender::Customer ? message->body : QString());
    int sections = int(Section::Timeline);
    const QString channel = core::channelName(conversation.channel);
    if (!m_profile.header.channels.contains(channel)) {
        m_profile.header.channels.append(channel);
        sections |= int(Section::Header);
    }
    emit changed(sections);
}

} // namespace warmline::sync
