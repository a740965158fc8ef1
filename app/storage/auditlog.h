#pragma once

#include <optional>
#include <QJsonObject>
#include <QSqlDatabase>

namespace warmline::storage {

struct AuditEntry
{
    qint64 seq = 0;
    qint64 createdAtMs = 0;
    QString actor;
    QString action;
    QString subject;
    QJsonObject details;
};

// The tamper-evident trail of decisions about money: append-only, hash-chained.
class AuditLog final
{
public:
    explicit AuditLog(QSqlDatabase db);

    // Inside the caller's write transaction, so the entry commits with the decision it records.
    std::optional<qint64> append(const AuditEntry &entry);

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenSeq = 0; // 0 when intact
        QString problem;           // what is wrong with that link, for people
    };
    // Walks the whole chain in order.
    Verification verify();

    static QString hashOf(const AuditEntry &entry, const QString &previousHash);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
