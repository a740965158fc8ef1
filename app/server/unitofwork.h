#pragma once

#include "storage/database.h"
#include "storage/eventlog.h"

#include <QList>

namespace warmline::server {

// One write transaction plus the events it appended. Events reach subscribers only after the
// transaction commits, so nobody ever sees a change that was rolled back.
class UnitOfWork final
{
public:
    Q_DISABLE_COPY_MOVE(UnitOfWork)
    UnitOfWork(QSqlDatabase &db, storage::EventLog &log);

    bool isActive() const { return m_transaction.isActive(); }
    std::optional<qint64> append(storage::StoredEvent event, qint64 nowMs);
    // Commits; on success the appended events are returned for publishing.
    std::optional<QList<storage::StoredEvent>> commit();
    qint64 lastSeq() const { return m_events.isEmpty() ? 0 : m_events.constLast().seq; }
    QString lastError() const { return m_transaction.lastError(); }

private:
    storage::WriteTransaction m_transaction;
    storage::EventLog &m_log;
    QList<storage::StoredEvent> m_events;
};

} // namespace warmline::server
