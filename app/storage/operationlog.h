#pragma once

#include <optional>
#include <QJsonObject>
#include <QSqlDatabase>

namespace warmline::storage {

struct ProcessedOperation
{
    QString requestHash;
    QJsonObject response;
    qint64 seq = 0;
};

// Remembers the outcome of every state-changing request by (principal, client operation id), so a
// replay after a reconnect returns the first result instead of acting twice.
class OperationLog final
{
public:
    explicit OperationLog(QSqlDatabase db);

    std::optional<ProcessedOperation> find(const QString &principal, const QString &opId);
    // Inside the same write transaction as the change it records.
    bool record(const QString &principal, const QString &opId, const ProcessedOperation &operation,
                qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
