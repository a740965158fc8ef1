// The audit log: append-only in SQL, and a hash chain that `warmline-server --verify-audit`
// checks, naming the first broken link after a row is changed or removed behind its back.

#include "storage/auditlog.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void chainVerifiesAndRefusesSqlChanges();
    void tamperedRowIsNamed_data();
    void tamperedRowIsNamed();

private:
    QString makeLog(int entries);
    static std::pair<int, QString> verify(const QString &path);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QString TestAudit::makeLog(int entries)
{
    const QString path = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_counter));
    storage::Database db;
    QString error;
    if (!db.open(path, QStringLiteral("audit-%1").arg(m_counter), &error) || !db.migrate(&error))
        return {};
    storage::AuditLog log(db.connection());
    for (int i = 1; i <= entries; ++i) {
        storage::WriteTransaction transaction(db.connection());
        const auto seq = log.append(
            {0,
             1700000000000 + i,
             QStringLiteral("agent:%1").arg(i % 3 + 1),
             QStringLiteral("compensation.decided"),
             QStringLiteral("complaint:%1").arg(i),
             {{QStringLiteral("amount"), 500 * i}, {QStringLiteral("reason"), QStringLiteral("快递延误")}}});
        if (!seq || *seq != i || !transaction.commit())
            return {};
    }
    return path;
}

std::pair<int, QString> TestAudit::verify(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(WARMLINE_SERVER_BINARY),
                  {QStringLiteral("--db"), path, QStringLiteral("--verify-audit")});
    if (!process.waitForFinished(30000))
        return {-1, {}};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed()};
}

void TestAudit::chainVerifiesAndRefusesSqlChanges()
{
    const QString path = makeLog(6);
    QVERIFY(!path.isEmpty());
    auto [code, output] = verify(path);
    QCOMPARE(code, 0);
    QCOMPARE(output, QStringLiteral("audit log intact: 6 entries"));

    storage::Database db;
    QString error;
    QVERIFY(db.open(path, QStringLiteral("sql-changes"), &error));
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 2")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    QCOMPARE(storage::AuditLog(db.connection()).verify().entries, 6);
}

void TestAudit::tamperedRowIsNamed_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("broken");
    QTest::addColumn<QString>("problem");
    QTest::newRow("amount changed") << QStringLiteral(
                                           "UPDATE audit_log SET details = '{\"amount\":50}' WHERE seq = 3")
                                    << qint64(3) << QStringLiteral("changed");
    QTest::newRow("actor changed") << QStringLiteral("UPDATE audit_log SET actor = 'agent:9' WHERE seq = 1")
                                   << qint64(1) << QStringLiteral("changed");
    QTest::newRow("row removed") << QStringLiteral("DELETE FROM audit_log WHERE seq = 4") << qint64(5)
                                 << QStringLiteral("missing");
    QTest::newRow("row rewritten with a fresh hash")
        << QStringLiteral("UPDATE audit_log SET subject = 'complaint:99', hash = '%1' WHERE seq = 2")
        << qint64(3) << QStringLiteral("does not follow");
}

void TestAudit::tamperedRowIsNamed()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, broken);
    QFETCH(QString, problem);
    const QString path = makeLog(6);
    QVERIFY(!path.isEmpty());
    {
        // Someone with the file and the sqlite3 tool: triggers out of the way, row edited.
        storage::Database db;
        QString error;
        QVERIFY(db.open(path, QStringLiteral("tamper-%1").arg(m_counter), &error));
        QString sql = tamper;
        if (sql.contains(QStringLiteral("%1"))) {
            // A careful forger recomputes this row's own hash; the next link still breaks.
            storage::AuditEntry forged{
                2,
                1700000000002,
                QStringLiteral("agent:3"),
                QStringLiteral("compensation.decided"),
                QStringLiteral("complaint:99"),
                {{QStringLiteral("amount"), 1000}, {QStringLiteral("reason"), QStringLiteral("快递延误")}}};
            QSqlQuery previous(db.connection());
            QVERIFY(previous.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 1")) &&
                    previous.next());
            sql = sql.arg(storage::AuditLog::hashOf(forged, previous.value(0).toString()));
        }
        QVERIFY2(
            db.executeScript(
                QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ") + sql,
                &error),
            qPrintable(error));
    }
    auto [code, output] = verify(path);
    QCOMPARE(code, 3);
    QVERIFY2(output.startsWith(QStringLiteral("audit log BROKEN at entry %1:").arg(broken)),
             qPrintable(output));
    QVERIFY2(output.contains(problem), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
