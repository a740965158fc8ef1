#pragma once

#include "core/compensation.h"
#include "core/conversation.h"
#include "core/profile.h"
#include "protocol/error.h"
#include "protocol/events.h"
#include "sync/eventhandlers.h"

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace warmline::sync {

class ServerConnection;

// The compensation picker's data for the conversation on screen: the complaints of its order, the
// options the server proposes for the chosen complaint with the agent's authority, and the
// compensations already given or asked for — kept current by events. Actions carry an operation
// id that is kept until the server answers, so a decision sent just before the connection dropped
// is sent again with the same id and can never be given twice.
class CompensationController final : public QObject
{
    Q_OBJECT
public:
    enum class State { NoConversation, NoOrder, NoComplaint, Loading, Ready };
    Q_ENUM(State)

    explicit CompensationController(ServerConnection &connection, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CompensationController)

    void showConversation(const std::optional<core::ConversationSummary> &conversation);
    void selectComplaint(qint64 complaintId);
    void reload();

    State state() const { return m_state; }
    const QList<core::ComplaintRow> &complaints() const { return m_complaints; }
    qint64 complaintId() const { return m_complaintId; }
    qint64 conversationId() const { return m_conversationId; }
    qint64 orderId() const { return m_orderId; }
    core::Money orderAmount() const { return m_orderAmount; }
    // What all compensations of the order (on any complaint) give or hold, and what is left of its
    // ceiling (core::orderCeiling): the server refuses more with over_order_value.
    core::Money orderGiven() const { return m_orderGiven; }
    core::Money orderRoom() const { return core::orderRoom(m_orderAmount, m_orderGiven); }
    QString complaintCategory() const { return m_category; }
    QString customerTier() const { return m_tier; }
    const QList<core::CompensationOption> &options() const { return m_options; }
    const core::AuthorityStatus &authority() const { return m_authority; }
    const QList<core::Compensation> &compensations() const { return m_compensations; }
    // Requests of the conversation on screen that still wait for a supervisor.
    QList<core::Compensation> pendingApprovals() const;
    core::AmountBounds bounds(core::RemedyKind kind) const;
    qint64 switchWindowSeconds() const { return m_switchWindowSeconds; }
    bool isBusy() const { return !m_inFlight.isEmpty(); }

    void decide(const QList<core::Remedy> &remedies, const QString &reason);
    void requestApproval(const QList<core::Remedy> &remedies, const QString &reason);
    void offer(const QList<QList<core::Remedy>> &options, const QString &reason);

signals:
    void stateChanged(warmline::sync::CompensationController::State state);
    void changed(); // options, authority or compensations
    void busyChanged(bool busy);
    void done(const QString &type, const warmline::core::Compensation &compensation);
    void failed(const QString &type, const warmline::protocol::Error &error);
    // A compensation of the complaint on screen changed on the server (an approval arrived, the
    // customer chose or switched).
    void updated(const warmline::core::Compensation &compensation);

private:
    struct Pending
    {
        QString type;
        QJsonObject payload;
    };
    void setState(State state);
    void loadComplaints();
    void send(const QString &operationId);
    void onCompensation(const protocol::CompensationUpdatedEvent &event);
    void setAuthority(const core::AuthorityStatus &authority);
    void upsert(const core::Compensation &compensation);
    qint64 myId() const;

    ServerConnection &m_connection;
    State m_state = State::NoConversation;
    qint64 m_conversationId = 0;
    qint64 m_customerId = 0;
    qint64 m_orderId = 0;
    qint64 m_complaintId = 0;
    int m_generation = 0; // answers for another conversation or complaint are dropped
    QList<core::ComplaintRow> m_complaints;
    QString m_category;
    QString m_tier;
    core::Money m_orderAmount;
    core::Money m_orderGiven;
    QList<core::CompensationOption> m_options;
    core::AuthorityStatus m_authority;
    QList<core::Compensation> m_compensations;
    QHash<QString, core::AmountBounds> m_bounds;
    qint64 m_switchWindowSeconds = 0;
    QHash<QString, Pending> m_inFlight; // operation id → request, until the server answers
    EventHandlers m_events;
};

// Approval requests for supervisors (and an agent's own): the pending ones, oldest first, and the
// latest answered; new requests and answers arrive live.
class ApprovalQueue final : public QObject
{
    Q_OBJECT
public:
    explicit ApprovalQueue(ServerConnection &connection, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApprovalQueue)

    void refresh();
    const QList<core::Compensation> &pending() const { return m_pending; }
    const QList<core::Compensation> &answered() const { return m_answered; }
    std::optional<core::Compensation> request(qint64 id) const;
    bool canAnswer() const; // supervisors and administrators
    qint64 myId() const;

    void approve(qint64 id, const QString &comment);
    void reject(qint64 id, const QString &comment);
    void amend(qint64 id, const QList<core::Remedy> &remedies, const QString &comment);

signals:
    void changed();
    void arrived(const warmline::core::Compensation &request); // a new pending request
    void answeredByMe(const warmline::core::Compensation &request);
    void failed(const warmline::protocol::Error &error);

private:
    void answer(const QString &type, const QJsonObject &payload);
    void send(const QString &operationId, const QString &type, const QJsonObject &payload);
    void onCompensation(const core::Compensation &c);

    ServerConnection &m_connection;
    EventHandlers m_events;
    QHash<QString, std::pair<QString, QJsonObject>> m_retry; // answers whose connection dropped
    QList<core::Compensation> m_pending;
    QList<core::Compensation> m_answered;
};

} // namespace warmline::sync
