#pragma once

#include "core/profile.h"
#include "protocol/error.h"
#include "sync/eventhandlers.h"
#include "sync/ordertablemodel.h"
#include "sync/timelinemodel.h"

#include <QObject>

namespace warmline::sync {

class ServerConnection;

// The customer 360 profile on screen: one request loads it; events keep it current without
// polling; the order table pages in the rest of the orders as the agent scrolls.
class CustomerProfileController final : public QObject
{
    Q_OBJECT
public:
    // What changed, so the panel can draw the eye to exactly that.
    enum class Section { Header = 1, CustomerComplaints = 2, Statistics = 4, Orders = 8, Timeline = 16 };
    Q_ENUM(Section)

    explicit CustomerProfileController(ServerConnection &connection, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerProfileController)

    // Loads the profile of a customer; orderId (optional) is the order under discussion.
    void show(qint64 customerId, qint64 orderId = 0);
    void clear();
    // The agent looks at another order: its product and merchant statistics come into view.
    void focusOrder(qint64 orderId);
    void requestOrderDetail(qint64 orderId);
    void logComplaint(qint64 orderId, const QString &category, qint64 conversationId);
    void reload();

    qint64 customerId() const { return m_customerId; }
    bool isLoading() const { return m_loading; }
    bool hasProfile() const { return m_profile.header.id > 0; }
    const core::CustomerProfile &profile() const { return m_profile; }
    OrderTableModel *orders() { return &m_orders; }
    TimelineModel *timeline() { return &m_timeline; }

signals:
    void loadingChanged(bool loading);
    void loaded();
    void changed(int sections); // Section flags
    void orderDetailReady(qint64 orderId, const QList<warmline::core::ComplaintRow> &complaints,
                          const QList<warmline::core::TimelineEntry> &conversations);
    void complaintLogged(qint64 orderId);
    void failed(const warmline::protocol::Error &error);

private:
    bool showing(qint64 customerId) const;
    void onComplaint(const protocol::ComplaintCreatedEvent &event);
    // A conversation of someone's changed (with a message, when one was written).
    void onConversation(const core::ConversationSummary &conversation,
                        const core::Message *message = nullptr);
    void fetchPage(const core::OrderQuery &query,
                   std::function<void(const QList<core::OrderRow> &, qint64)> done);
    void setLoading(bool loading);

    ServerConnection &m_connection;
    EventHandlers m_events;
    qint64 m_customerId = 0;
    qint64 m_requestedOrderId = 0;
    int m_generation = 0; // answers for a customer no longer on screen are dropped
    bool m_loading = false;
    core::CustomerProfile m_profile;
    OrderTableModel m_orders;
    TimelineModel m_timeline;
};

} // namespace warmline::sync
