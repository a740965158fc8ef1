// Storage: schema migrations (from empty and from every earlier version, keeping data), WAL,
// concurrent writers, the event log and the operation log.

#include "storage/database.h"
#include "storage/eventlog.h"
#include "storage/operationlog.h"

#include <atomic>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace warmline;

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void migratesFromEmpty();
    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void openingLinesGetTheLanguageOfTheirText();
    void refusesNewerSchema();
    void usesWriteAheadLog();
    void concurrentWritersNeverSeeLocked();
    void statisticsFollowEveryWrite();
    void eventLogKeepsOrderAndRetention();
    void operationLogRemembersOutcome();

private:
    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;
};

namespace {

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Rows a database of a given version could hold; each later migration must keep them.
QString fixtureFor(int version)
{
    if (version >= 1) {
        return QStringLiteral(
            "INSERT INTO teams (id, name) VALUES (1, 'Frontline');"
            "INSERT INTO agents (id, login, display_name, role, team_id, password_salt, password_hash, "
            "created_at) "
            "VALUES (1, 'agent1', '李娜', 'agent', 1, x'00', 'pbkdf2-sha256$1$00', 0);"
            "INSERT INTO customers (id, display_name, created_at) VALUES (1, '王芳', 0);"
            "INSERT INTO merchants (id, name, created_at) VALUES (1, '小米之家', 0);"
            "INSERT INTO products (id, merchant_id, name, category, price_cents) VALUES (1, 1, '手机', "
            "'electronics', "
            "199900);"
            "INSERT INTO orders (id, order_no, customer_id, product_id, quantity, amount_cents, status, "
            "ordered_at, "
            "delivered_at) VALUES (1, 'WL1', 1, 1, 1, 199900, 'delivered', 0, 1);"
            "INSERT INTO complaints (id, order_id, customer_id, product_id, merchant_id, category, "
            "resolution, "
            "accepted, created_at) VALUES (1, 1, 1, 1, 1, 'late_delivery', 'coupon', 1, 2);"
            "INSERT INTO conversations (id, customer_id, channel, status, created_at, updated_at) "
            "  VALUES (1, 1, 'wechat', 'queued', 3, 3);"
            "INSERT INTO messages (id, conversation_id, sender, body, created_at) VALUES (1, 1, 'customer', "
            "'在吗', 3);");
    }
    return {};
}

} // namespace

void TestStorage::migratesFromEmpty()
{
    storage::Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), QStringLiteral("empty"), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), 0);
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), storage::Database::latestSchemaVersion());
    QVERIFY(storage::Database::latestSchemaVersion() >= 2);
    for (const char *table : {"agents", "customers", "orders", "complaints", "conversations", "messages",
                              "events", "processed_operations", "sessions"}) {
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                            .arg(QLatin1StringView(table))),
                 1);
    }
    // Migrating again is a no-op.
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), storage::Database::latestSchemaVersion());
}

void TestStorage::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (const int version : storage::Database::schemaVersions()) {
        if (version < storage::Database::latestSchemaVersion())
            QTest::addRow("from version %d", version) << version;
    }
}

void TestStorage::migratesFromEachEarlierVersion()
{
    QFETCH(int, from);
    const QString path = freshPath();
    QString error;
    {
        storage::Database db;
        QVERIFY2(db.open(path, QStringLiteral("old"), &error), qPrintable(error));
        QVERIFY2(db.migrate(&error, from), qPrintable(error));
        QCOMPARE(db.schemaVersion(), from);
        QVERIFY2(db.executeScript(fixtureFor(from), &error), qPrintable(error));
    }
    storage::Database db;
    QVERIFY2(db.open(path, QStringLiteral("new"), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), storage::Database::latestSchemaVersion());
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM messages WHERE body = '在吗'")), 1);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT amount_cents FROM orders WHERE order_no = 'WL1'")),
        199900);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT accepted FROM complaints WHERE id = 1")), 1);
    // Version 3 backfills the product and merchant statistics from the rows already there.
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT orders * 1000 + units_sold * 100 + complaints * 10 + "
                                               "praises FROM product_stats WHERE product_id = 1")),
        1110);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT orders * 1000 + units_sold * 100 + complaints * 10 + "
                                               "praises FROM merchant_stats WHERE merchant_id = 1")),
        1110);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(kind || ':' || key || '=' || count, ' ') FROM "
                                  "(SELECT * FROM merchant_breakdown ORDER BY kind, key)")) &&
            q.next());
    QCOMPARE(q.value(0).toString(),
             QStringLiteral("accepted:coupon=1 category:late_delivery=1 offered:coupon=1"));
}

void TestStorage::openingLinesGetTheLanguageOfTheirText()
{
    // Version 7 allowed one active line per agent and channel kind; version 8 one per kind and
    // language, the language read from each line's newest text.
    const QString path = freshPath();
    QString error;
    {
        storage::Database db;
        QVERIFY2(db.open(path, QStringLiteral("v7"), &error), qPrintable(error));
        QVERIFY2(db.migrate(&error, 7), qPrintable(error));
        QVERIFY2(
            db.executeScript(
                fixtureFor(7) +
                    QStringLiteral(
                        "INSERT INTO opening_lines (id, agent_id, channel_kind, title, active, created_at, "
                        "updated_at) "
                        "  VALUES (1, 1, 'chat', '中文', 1, 0, 0), (2, 1, 'chat', 'English', 0, 0, 0), "
                        "         (3, 1, 'chat', 'was English', 0, 0, 0);"
                        "INSERT INTO opening_line_versions (line_id, version, source, created_at) VALUES "
                        "  (1, 1, '{greeting}，{customer_name|朋友}！', 0), (2, 1, 'Hi "
                        "{customer_name|there}!', 0), "
                        "  (3, 1, 'Hello!', 0), (3, 2, '您好！', 0);"),
                &error),
            qPrintable(error));
    }
    storage::Database db;
    QVERIFY2(db.open(path, QStringLiteral("v8"), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(id || ':' || language, ' ') FROM "
                                  "(SELECT * FROM opening_lines ORDER BY id)")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1:zh_CN 2:en 3:zh_CN"));
    // The English line can now be active beside the Chinese one, but not a second Chinese one.
    QVERIFY(q.exec(QStringLiteral("UPDATE opening_lines SET active = 1 WHERE id = 2")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE opening_lines SET active = 1 WHERE id = 3")));
}

void TestStorage::refusesNewerSchema()
{
    const QString path = freshPath();
    QString error;
    {
        storage::Database db;
        QVERIFY(db.open(path, QStringLiteral("future"), &error));
        QVERIFY(db.executeScript(QStringLiteral("PRAGMA user_version = 999"), &error));
    }
    storage::Database db;
    QVERIFY(db.open(path, QStringLiteral("present"), &error));
    QVERIFY(!db.migrate(&error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
}

void TestStorage::usesWriteAheadLog()
{
    storage::Database db;
    QString error;
    QVERIFY(db.open(freshPath(), QStringLiteral("wal"), &error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestStorage::concurrentWritersNeverSeeLocked()
{
    const QString path = freshPath();
    QString error;
    {
        storage::Database db;
        QVERIFY(db.open(path, QStringLiteral("setup"), &error));
        QVERIFY(db.migrate(&error));
    }
    // Four threads, each with its own connection, append events as fast as they can. With
    // BEGIN IMMEDIATE and a busy timeout, every transaction must commit.
    constexpr int writers = 4;
    constexpr int perWriter = 150;
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads.append(QThread::create([&, w] {
            storage::Database db;
            QString threadError;
            if (!db.open(path, QStringLiteral("writer-%1").arg(w), &threadError)) {
                ++failures;
                return;
            }
            storage::EventLog log(db.connection());
            for (int i = 0; i < perWriter; ++i) {
                storage::WriteTransaction transaction(db.connection());
                storage::StoredEvent event;
                event.kind = QStringLiteral("test");
                event.payload = {{QStringLiteral("writer"), w}, {QStringLiteral("i"), i}};
                if (!transaction.isActive() || !log.append(event, i) || !transaction.commit())
                    ++failures;
            }
        }));
        threads.constLast()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    storage::Database db;
    QVERIFY(db.open(path, QStringLiteral("check"), &error));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM events")), writers * perWriter);
    // seq is gapless and strictly increasing across writers.
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT max(seq) - min(seq) + 1 FROM events")),
             writers * perWriter);
}

namespace {

// The trigger-maintained statistics must always equal a from-scratch aggregation.
QString statisticsMismatch(QSqlDatabase &db)
{
    const QStringList checks = {
        // product_stats vs orders/complaints/praises
        QStringLiteral(
            "SELECT p.id FROM products p LEFT JOIN product_stats s ON s.product_id = p.id WHERE "
            "coalesce(s.orders, 0) <> (SELECT count(*) FROM orders WHERE product_id = p.id) OR "
            "coalesce(s.units_sold, 0) <> (SELECT coalesce(sum(quantity), 0) FROM orders WHERE "
            "product_id = p.id AND status <> 'cancelled') OR "
            "coalesce(s.complaints, 0) <> (SELECT count(*) FROM complaints WHERE product_id = p.id) OR "
            "coalesce(s.praises, 0) <> (SELECT count(*) FROM praises WHERE product_id = p.id)"),
        QStringLiteral(
            "SELECT m.id FROM merchants m LEFT JOIN merchant_stats s ON s.merchant_id = m.id WHERE "
            "coalesce(s.orders, 0) <> (SELECT count(*) FROM orders o JOIN products p ON p.id = "
            "o.product_id WHERE p.merchant_id = m.id) OR "
            "coalesce(s.complaints, 0) <> (SELECT count(*) FROM complaints WHERE merchant_id = m.id)"),
        // every non-zero breakdown row matches, and no aggregate is missing a row
        QStringLiteral(
            "WITH truth AS ("
            " SELECT product_id AS id, 'category' AS kind, category AS key, count(*) AS n FROM complaints "
            "  GROUP BY 1, 3"
            " UNION ALL SELECT product_id, 'offered', resolution, count(*) FROM complaints "
            "  WHERE resolution IS NOT NULL GROUP BY 1, 3"
            " UNION ALL SELECT product_id, 'accepted', resolution, count(*) FROM complaints "
            "  WHERE resolution IS NOT NULL AND accepted = 1 GROUP BY 1, 3"
            " UNION ALL SELECT product_id, 'aspect', aspect, count(*) FROM praises GROUP BY 1, 3) "
            "SELECT 1 FROM truth t LEFT JOIN product_breakdown b ON b.product_id = t.id AND b.kind = t.kind "
            " AND b.key = t.key WHERE coalesce(b.count, 0) <> t.n "
            "UNION ALL SELECT 1 FROM product_breakdown b LEFT JOIN truth t ON b.product_id = t.id AND "
            " b.kind = t.kind AND b.key = t.key WHERE b.count <> coalesce(t.n, 0)"),
    };
    for (const QString &check : checks) {
        QSqlQuery q(db);
        if (!q.exec(check))
            return QStringLiteral("query failed: ") + check;
        if (q.next())
            return QStringLiteral("mismatch: ") + check.left(80);
    }
    return {};
}

} // namespace

void TestStorage::statisticsFollowEveryWrite()
{
    storage::Database db;
    QString error;
    QVERIFY(db.open(freshPath(), QStringLiteral("stats"), &error));
    QVERIFY(db.migrate(&error));
    auto run = [&](const char *sql) {
        QVERIFY2(db.executeScript(QString::fromUtf8(sql), &error), qPrintable(error));
        const QString mismatch = statisticsMismatch(db.connection());
        QVERIFY2(mismatch.isEmpty(), qPrintable(QString::fromUtf8(sql) + QStringLiteral(" → ") + mismatch));
    };
    run("INSERT INTO customers (id, display_name, created_at) VALUES (1, '王芳', 0), (2, 'Emily Carter', 0);"
        "INSERT INTO merchants VALUES (1, '小米之家', 0), (2, 'Home & Co', 0);"
        "INSERT INTO products VALUES (1, 1, '手机', 'electronics', 199900), (2, 1, '耳机', 'electronics', "
        "29900),"
        " (3, 2, 'Kettle', 'home', 8900);");
    run("INSERT INTO orders VALUES (1, 'A', 1, 1, 1, 199900, 'delivered', 0, 1), (2, 'B', 1, 2, 3, 89700, "
        "'paid', 0, NULL),"
        " (3, 'C', 2, 3, 2, 17800, 'cancelled', 0, NULL), (4, 'D', 2, 1, 1, 199900, 'delivered', 0, 2);");
    run("UPDATE orders SET status = 'delivered' WHERE id = 3;");
    run("UPDATE orders SET quantity = 5 WHERE id = 2;");
    run("UPDATE orders SET status = 'cancelled' WHERE id = 1;");
    run("INSERT INTO complaints (id, order_id, customer_id, product_id, merchant_id, category, resolution, "
        "accepted, "
        "created_at) VALUES (1, 1, 1, 1, 1, 'late_delivery', 'coupon', 1, 0), (2, 4, 2, 1, 1, "
        "'damaged_item', NULL, "
        "NULL, 0), (3, 3, 2, 3, 2, 'quality', 'replacement', 0, 0);");
    run("UPDATE complaints SET resolution = 'full_refund', accepted = 1 WHERE id = 2;");
    run("UPDATE complaints SET accepted = 0 WHERE id = 1;");
    run("UPDATE complaints SET category = 'quality' WHERE id = 1;");
    run("INSERT INTO praises (order_id, customer_id, product_id, merchant_id, aspect, created_at) VALUES "
        "(4, 2, 1, 1, 'quality', 0), (4, 2, 1, 1, 'delivery_speed', 0), (3, 2, 3, 2, 'value', 0);");
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT units_sold FROM product_stats WHERE product_id = 1")),
        1);
    QCOMPARE(
        scalar(db.connection(), QStringLiteral("SELECT count FROM product_breakdown WHERE product_id = 1 AND "
                                               "kind = 'accepted' AND key = 'full_refund'")),
        1);
}

void TestStorage::eventLogKeepsOrderAndRetention()
{
    storage::Database db;
    QString error;
    QVERIFY(db.open(freshPath(), QStringLiteral("events"), &error));
    QVERIFY(db.migrate(&error));
    storage::EventLog log(db.connection());
    QCOMPARE(log.headSeq(), 0);
    QCOMPARE(log.oldestRetainedSeq(), 1);
    for (int i = 1; i <= 10; ++i) {
        storage::StoredEvent event;
        event.kind = QStringLiteral("message.created");
        event.audience = i % 2    ? core::Audience::conversation(7, 3, true)
                         : i == 4 ? core::Audience::ofRole(core::Role::Supervisor, 7)
                                  : core::Audience::agent(5);
        event.customerId = i <= 5 ? 1 : 2;
        event.payload = {{QStringLiteral("i"), i}};
        QCOMPARE(log.append(event, i), i);
    }
    const auto staff = log.readAfter(3, 0, 100);
    QCOMPARE(staff.size(), 7);
    QCOMPARE(staff.first().seq, 4);
    QCOMPARE(staff.last().payload.value(QStringLiteral("i")).toInt(), 10);
    // Who an event reaches survives the log.
    QCOMPARE(staff.at(0).audience, core::Audience::ofRole(core::Role::Supervisor, 7));
    QCOMPARE(staff.at(1).audience, core::Audience::conversation(7, 3, true));
    QCOMPARE(staff.at(2).audience, core::Audience::agent(5));
    // A customer sees only their own customer-visible events.
    const auto customer = log.readAfter(0, 1, 100);
    QCOMPARE(customer.size(), 3); // seq 1, 3, 5
    QCOMPARE(customer.at(1).seq, 3);

    QCOMPARE(log.prune(4), 6);
    QCOMPARE(log.oldestRetainedSeq(), 7);
    QCOMPARE(log.headSeq(), 10);
    // The seq never goes backwards, even after pruning everything.
    QCOMPARE(log.prune(0), 4);
    storage::StoredEvent next;
    next.kind = QStringLiteral("x");
    QCOMPARE(log.append(next, 11), 11);
}

void TestStorage::operationLogRemembersOutcome()
{
    storage::Database db;
    QString error;
    QVERIFY(db.open(freshPath(), QStringLiteral("ops"), &error));
    QVERIFY(db.migrate(&error));
    storage::OperationLog ops(db.connection());
    QVERIFY(!ops.find(QStringLiteral("agent:1"), QStringLiteral("op")));
    QVERIFY(ops.record(QStringLiteral("agent:1"), QStringLiteral("op"),
                       {QStringLiteral("hash"), {{QStringLiteral("messageId"), 5}}, 17}, 0));
    const auto found = ops.find(QStringLiteral("agent:1"), QStringLiteral("op"));
    QVERIFY(found);
    QCOMPARE(found->requestHash, QStringLiteral("hash"));
    QCOMPARE(found->seq, 17);
    QCOMPARE(found->response.value(QStringLiteral("messageId")).toInt(), 5);
    // Operation ids are per principal.
    QVERIFY(!ops.find(QStringLiteral("agent:2"), QStringLiteral("op")));
    QVERIFY(
        !ops.record(QStringLiteral("agent:1"), QStringLiteral("op"), {QStringLiteral("other"), {}, 0}, 0));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
