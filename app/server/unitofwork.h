#pragma once

#include "protocol/events.h"
#include "server/domainevents.h"
#include "storage/database.h"
#include "storage/eventlog.h"

#include <QList>

namespace warmline::server {

// One write transaction plus the events it appended. Events reach subscribers only after the
// transaction commits, so nobody ever sees a change that was rolled back. Domain events raised in
// it run their subscribers inside the same transaction.
class UnitOfWork final
{
public:
    Q_DISABLE_COPY_MOVE(UnitOfWork)
    UnitOfWork(QSqlDatabase &db, storage::EventLog &log, const DomainEventBus *bus = nullptr);

    bool isActive() const { return m_transaction.isActive(); }
    std::optional<qint64> append(storage::StoredEvent event, qint64 nowMs);
    // Appends a typed event (protocol/events.h) for the given audience.
    template<protocol::Event E>
    std::optional<qint64> append(const E &event, const core::Audience &audience, qint64 customerId,
                                 qint64 conversationId, qint64 nowMs)
    {
        return append(storage::StoredEvent{0, E::kind, audience, customerId, conversationId,
                                           protocol::schema::toJson(event)},
                      nowMs);
    }
    // Tells the subscribing modules what happened; their first error is the operation's error.
    std::optional<protocol::Error> raise(const domain::Event &event, qint64 nowMs);
    // Commits; on success the appended events are returned for publishing.
    std::optional<QList<storage::StoredEvent>> commit();
    qint64 lastSeq() const { return m_events.isEmpty() ? 0 : m_events.constLast().seq; }
    QString lastError() const { return m_transaction.lastError(); }

private:
    storage::WriteTransaction m_transaction;
    storage::EventLog &m_log;
    const DomainEventBus *m_bus;
    QList<storage::StoredEvent> m_events;
};

} // namespace warmline::server
