#include "storage/auditlog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::storage {

namespace {
const QString genesisHash(64, QLatin1Char('0'));
} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AuditLog::hashOf(const AuditEntry &entry, const QString &previousHash)
{
    // Fields are length-prefixed so that no two different rows serialise to the same bytes
    // ("ab"+"c" vs "a"+"bc"); details are compact JSON with sorted keys (QJsonObject's order).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray fields[] = {previousHash.toLatin1(),
                                 QByteArray::number(entry.seq),
                                 QByteArray::number(entry.createdAtMs),
                                 entry.actor.toUtf8(),
                                 entry.action.toUtf8(),
                                 entry.subject.toUtf8(),
                                 QJsonDocument(entry.details).toJson(QJsonDocument::Compact)};
    for (const QByteArray &field : fields) {
        hash.addData(QByteArray(QByteArray::number(field.size()) + ':'));
        hash.addData(field);
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<qint64> AuditLog::append(const AuditEntry &entry)
{
    QSqlQuery q(m_db);
    QString previous = genesisHash;
    qint64 nextSeq = 1;
    if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next()) {
        nextSeq = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString();
    }
    // seq is part of the hash, so it is chosen here (the caller holds the write lock).
    AuditEntry stored = entry;
    stored.seq = nextSeq;
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (seq, created_at, actor, action, subject, details, prev_hash, "
                       "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(stored.seq);
    q.addBindValue(stored.createdAtMs);
    q.addBindValue(stored.actor);
    q.addBindValue(stored.action);
    q.addBindValue(stored.subject);
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(previous);
    q.addBindValue(hashOf(stored, previous));
    if (!q.exec())
        return std::nullopt;
    return stored.seq;
}

AuditLog::Verification AuditLog::verify()
{
    Verification result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, created_at, actor, action, subject, details, prev_hash, hash "
                               "FROM audit_log ORDER BY seq"))) {
        result.intact = false;
        result.problem = QStringLiteral("the audit log cannot be read");
        return result;
    }
    QString previous = genesisHash;
    qint64 expectedSeq = 0;
    while (q.next()) {
        AuditEntry entry;
        entry.seq = q.value(0).toLongLong();
        entry.createdAtMs = q.value(1).toLongLong();
        entry.actor = q.value(2).toString();
        entry.action = q.value(3).toString();
        entry.subject = q.value(4).toString();
        entry.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        const QString storedPrevious = q.value(6).toString();
        const QString storedHash = q.value(7).toString();
        ++result.entries;
        auto broken = [&](const QString &problem) {
            result.intact = false;
            result.firstBrokenSeq = entry.seq;
            result.problem = problem;
        };
        if (expectedSeq && entry.seq != expectedSeq)
            broken(QStringLiteral("entry %1 is missing").arg(expectedSeq));
        else if (storedPrevious != previous)
            broken(QStringLiteral("entry %1 does not follow the entry before it").arg(entry.seq));
        else if (hashOf(entry, previous) != storedHash)
            broken(QStringLiteral("entry %1 was changed after it was written").arg(entry.seq));
        if (!result.intact)
            return result;
        previous = storedHash;
        expectedSeq = entry.seq + 1;
    }
    return result;
}

} // namespace warmline::storage
