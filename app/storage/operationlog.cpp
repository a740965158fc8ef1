#include "storage/operationlog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

OperationLog::OperationLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<ProcessedOperation> OperationLog::find(const QString &principal, const QString &opId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT request_hash, response, seq FROM processed_operations WHERE principal = ? AND op_id = ?"));
    q.addBindValue(principal);
    q.addBindValue(opId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ProcessedOperation{q.value(0).toString(),
                              QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                              q.value(2).toLongLong()};
}

bool OperationLog::record(const QString &principal, const QString &opId, const ProcessedOperation &operation,
                          qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO processed_operations (principal, op_id, request_hash, response, seq, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(principal);
    q.addBindValue(opId);
    q.addBindValue(operation.requestHash);
    q.addBindValue(QString::fromUtf8(QJsonDocument(operation.response).toJson(QJsonDocument::Compact)));
    q.addBindValue(operation.seq > 0 ? QVariant(operation.seq) : QVariant());
    q.addBindValue(nowMs);
    return q.exec();
}

} // namespace warmline::storage
