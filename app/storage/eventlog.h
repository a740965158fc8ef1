#pragma once

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace warmline::storage {

// Who may see an event: staff only, or also the customer it concerns.
enum class Audience { Staff, All };

struct StoredEvent
{
    qint64 seq = 0;
    QString kind;
    Audience audience = Audience::Staff;
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
    // Events after `since` in order; `customerId` > 0 keeps only that customer's customer-visible events.
    QList<StoredEvent> readAfter(qint64 since, qint64 customerId, int limit);
    // Keeps the newest `keep` events.
    int prune(qint64 keep);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
