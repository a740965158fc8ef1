#pragma once

#include "core/audience.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace warmline::storage {

struct StoredEvent
{
    qint64 seq = 0;
    QString kind;
    core::Audience audience; // which staff, and whether the customer (customerId) sees it too
    qint64 customerId = 0;
    qint64 conversationId = 0;
    QJsonObject payload;
};

// The append-only event log: every state change gets a global, monotonically increasing seq.
class EventLog final
{
public:
    explicit EventLog(QSqlDatabase db);

    // Inside the caller's write transaction.
    std::optional<qint64> append(StoredEvent &event, qint64 nowMs);
    qint64 headSeq();
    // The smallest seq still retained; head + 1 when the log is empty.
    qint64 oldestRetainedSeq();
    // Events after `since` in order; `customerId` > 0 keeps only that customer's customer-visible
    // events. Staff readers filter by core::StaffScope::reaches, as live delivery does.
    QList<StoredEvent> readAfter(qint64 since, qint64 customerId, int limit);
    // Keeps the newest `keep` events.
    int prune(qint64 keep);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
