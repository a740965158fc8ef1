#include "server/simulatorscript.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace warmline::server;
using namespace warmline::storage;

namespace {

// A fixed "now" (2025-11-22 08:26:40 UTC) so that every run generates the same rows.
constexpr qint64 kNow = 1763800000000;
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// One SQLite file with its own connection, opened and migrated the way the server does it: every
// migration in app/storage/sql, in name order, as whole scripts (they hold triggers). The connection is
// removed in the destructor, after every QSqlDatabase/QSqlQuery handle a test took from it has gone out
// of scope (declare this object first).
class TestDatabase
{
public:
    Q_DISABLE_COPY_MOVE(TestDatabase)

    explicit TestDatabase(const QString &path)
    {
        if (m_database.open(path, QStringLiteral("tst_demodata_%1").arg(++s_counter), &m_error))
            m_database.migrate(&m_error);
    }

    QSqlDatabase db() { return m_database.connection(); }
    // Empty when the file was opened and migrated.
    const QString &error() const { return m_error; }

    bool execute(const QString &script) { return m_database.executeScript(script, &m_error); }

    // Staff as seedDemoAccounts would leave them: demo data only reads these.
    bool addStaff(const QStringList &roles)
    {
        QString script = QStringLiteral("INSERT OR IGNORE INTO teams (id, name) VALUES (1, 'Frontline');");
        for (int i = 0; i < roles.size(); ++i) {
            script +=
                QStringLiteral("INSERT INTO agents (id, login, display_name, role, team_id, password_salt,"
                               " password_hash, created_at) VALUES (%1, 'staff%1', 'Staff %1', '%2', 1,"
                               " x'00', x'00', 0);")
                    .arg(10 + i)
                    .arg(roles.at(i));
        }
        return m_database.executeScript(script, &m_error);
    }

    // A migrated file with these staff, seeded; nullopt (and error()) on any failure.
    std::optional<DemoDataReport> seed(const QStringList &roles, const DemoDataOptions &options)
    {
        if (!m_error.isEmpty() || !addStaff(roles))
            return std::nullopt;
        return seedDemoData(m_database.connection(), options, &m_error);
    }

private:
    static inline int s_counter = 0;
    warmline::storage::Database m_database;
    QString m_error;
};

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

// A digest of every value of every row, NULL distinguished from the empty string. Rows are taken in
// primary-key order (rowid tables: id; the rest: all their key columns).
QByteArray tableChecksum(const QSqlDatabase &db, const QString &table)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("customer_tags"), QStringLiteral("customer_id, tag")},
        {QStringLiteral("product_stats"), QStringLiteral("product_id")},
        {QStringLiteral("merchant_stats"), QStringLiteral("merchant_id")},
        {QStringLiteral("product_breakdown"), QStringLiteral("product_id, kind, key")},
        {QStringLiteral("merchant_breakdown"), QStringLiteral("merchant_id, kind, key")},
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") +
                    keys.value(table, QStringLiteral("id"))))
        return {};
    while (query.next()) {
        const int columns = query.record().count();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            hash.addData(value.isNull() ? QByteArrayView("\x01") : QByteArrayView(value.toString().toUtf8()));
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return hash.result();
}

const QStringList kSeededTables = {QStringLiteral("customers"),         QStringLiteral("merchants"),
                                   QStringLiteral("products"),          QStringLiteral("orders"),
                                   QStringLiteral("complaints"),        QStringLiteral("praises"),
                                   QStringLiteral("customer_tags"),     QStringLiteral("conversations"),
                                   QStringLiteral("messages"),          QStringLiteral("product_stats"),
                                   QStringLiteral("merchant_stats"),    QStringLiteral("product_breakdown"),
                                   QStringLiteral("merchant_breakdown")};

const QStringList kTagKeys = {
    QStringLiteral("vip_service"),       QStringLiteral("frequent_buyer"), QStringLiteral("price_sensitive"),
    QStringLiteral("prefers_phone"),     QStringLiteral("prefers_chat"),   QStringLiteral("elderly_care"),
    QStringLiteral("business_buyer"),    QStringLiteral("gift_buyer"),     QStringLiteral("new_customer"),
    QStringLiteral("repeat_complainer"), QStringLiteral("loyal")};

// Rows of `left` missing from `right` plus rows of `right` missing from `left`: 0 when the two queries
// return the same set.
qint64 symmetricDifference(const QSqlDatabase &db, const QString &left, const QString &right)
{
    // Each side is wrapped, as either may itself be a compound SELECT.
    return scalar(
        db, QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT * FROM (%1) EXCEPT SELECT * FROM (%2)))"
                           " + (SELECT COUNT(*) FROM (SELECT * FROM (%2) EXCEPT SELECT * FROM (%1)))")
                .arg(left, right));
}

QString languageName(CustomerLanguage language)
{
    return language == CustomerLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void deterministic();
    void differentSeedDiffers();
    void defaultSizeIsSane();
    void localeSplit();
    void largeCustomer();
    void refusesNonEmptyDatabase();
    void rollsBackOnFailure();
    void complaintConversations();
    void conversationsWithoutAgents();
    void praises();
    void tags();
    void statisticsMatchAggregation();

    void openings_data();
    void openings();
    void openingMix();
    void replies_data();
    void replies();
    void nudges();

private:
    QString freshPath() { return m_dir.filePath(QStringLiteral("demo_%1.sqlite").arg(++m_files)); }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestDemoData::initTestCase()
{
    // One line per migration and test database would bury the test's own output.
    QLoggingCategory::setFilterRules(QStringLiteral("warmline.storage.info=false"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")), "the QSQLITE driver is required");
    // The generator is tested against the newest schema: the last migration file in the source tree is
    // the one the migrations built into the program end with.
    const QStringList files =
        QDir(QString::fromUtf8(WARMLINE_SOURCE_DIR) + QStringLiteral("/app/storage/sql"))
            .entryList({QStringLiteral("[0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QCOMPARE(files.constLast().left(3).toInt(), warmline::storage::Database::latestSchemaVersion());
}

void TestDemoData::deterministic()
{
    DemoDataOptions options;
    options.nowMs = kNow;

    TestDatabase first(freshPath());
    TestDatabase second(freshPath());
    QVERIFY2(first.error().isEmpty(), qPrintable(first.error()));
    QVERIFY2(second.error().isEmpty(), qPrintable(second.error()));
    const QStringList staff = {QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("agent"),
                               QStringLiteral("agent")};
    QVERIFY2(first.addStaff(staff), qPrintable(first.error()));
    QVERIFY2(second.addStaff(staff), qPrintable(second.error()));

    QString error;
    const auto a = seedDemoData(first.db(), options, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = seedDemoData(second.db(), options, &error);
    QVERIFY2(b, qPrintable(error));

    QCOMPARE(a->customers, b->customers);
    QCOMPARE(a->merchants, b->merchants);
    QCOMPARE(a->products, b->products);
    QCOMPARE(a->orders, b->orders);
    QCOMPARE(a->complaints, b->complaints);
    QCOMPARE(a->praises, b->praises);
    QCOMPARE(a->conversations, b->conversations);
    QCOMPARE(a->messages, b->messages);
    QCOMPARE(a->tags, b->tags);
    for (const QString &table : kSeededTables) {
        const QByteArray left = tableChecksum(first.db(), table);
        QVERIFY2(!left.isEmpty(), qPrintable(table));
        QCOMPARE(left, tableChecksum(second.db(), table));
    }
}

void TestDemoData::differentSeedDiffers()
{
    DemoDataOptions options;
    options.customers = 50;
    options.nowMs = kNow;

    TestDatabase first(freshPath());
    TestDatabase second(freshPath());
    QVERIFY2(first.error().isEmpty(), qPrintable(first.error()));
    QVERIFY2(second.error().isEmpty(), qPrintable(second.error()));

    QString error;
    QVERIFY2(seedDemoData(first.db(), options, &error), qPrintable(error));
    options.seed += 1;
    QVERIFY2(seedDemoData(second.db(), options, &error), qPrintable(error));
    QVERIFY(tableChecksum(first.db(), QStringLiteral("orders")) !=
            tableChecksum(second.db(), QStringLiteral("orders")));
    QVERIFY(tableChecksum(first.db(), QStringLiteral("customers")) !=
            tableChecksum(second.db(), QStringLiteral("customers")));
    QVERIFY(tableChecksum(first.db(), QStringLiteral("messages")) !=
            tableChecksum(second.db(), QStringLiteral("messages")));
}

void TestDemoData::defaultSizeIsSane()
{
    DemoDataOptions options;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    qInfo("default size: %lld customers, %lld orders, %lld complaints, %lld praises, %lld conversations,"
          " %lld messages, %lld tags in %lld ms",
          report->customers, report->orders, report->complaints, report->praises, report->conversations,
          report->messages, report->tags, report->elapsedMs);
    // How long seeding takes is measured by bench/bench_demoseed on a release build, not here.

    // The report matches the tables.
    QCOMPARE(report->customers, qint64(options.customers));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")), report->customers);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM merchants")), report->merchants);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM products")), report->products);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")), report->orders);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints")), report->complaints);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM praises")), report->praises);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations")), report->conversations);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")), report->messages);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_tags")), report->tags);

    // Sizes.
    QVERIFY(report->merchants >= 30 && report->merchants <= 50);
    QVERIFY(report->products >= 300 && report->products <= 500);
    const qint64 expectedOrders = qint64(options.customers) * options.averageOrdersPerCustomer;
    QVERIFY2(report->orders >= expectedOrders * 3 / 4 && report->orders <= expectedOrders * 5 / 4,
             qPrintable(QString::number(report->orders)));
    QVERIFY2(report->complaints * 100 >= report->orders * 5 &&
                 report->complaints * 100 <= report->orders * 15,
             qPrintable(QString::number(report->complaints)));

    // Spread of orders per customer: some buy once, some 30+ times.
    QVERIFY(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id"
                                  " HAVING COUNT(*) = 1)")) > 0);
    QVERIFY(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id"
                                  " HAVING COUNT(*) >= 30)")) > 0);

    // Order numbers: unique, "WL" + date + digits.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT order_no) FROM orders")), report->orders);
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM orders WHERE order_no NOT GLOB"
                            " 'WL20[0-9][0-9][01][0-9][0-3][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")),
             0);

    // Orders lie in the two years before now; money adds up; delivery fields match the status.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE ordered_at > %1 OR ordered_at < %2")
                            .arg(kNow)
                            .arg(kNow - 2 * 365 * kDay)),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders o JOIN products p ON p.id = o.product_id"
                                       " WHERE o.amount_cents <> p.price_cents * o.quantity")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE (delivered_at IS NOT NULL) <>"
                                       " (status IN ('delivered', 'returned', 'refunded'))")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE delivered_at < ordered_at"
                                       " OR delivered_at > %1")
                            .arg(kNow)),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'delivered'")) * 10 >
            report->orders * 7);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE quantity = 1")) * 10 >
            report->orders * 7);
    for (const char *status : {"paid", "shipped", "returned", "refunded", "cancelled"}) {
        QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = '%1'")
                                .arg(QString::fromLatin1(status))) > 0,
                 status);
    }

    // Customers registered before their first order.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers c JOIN (SELECT customer_id,"
                                       " MIN(ordered_at) AS first FROM orders GROUP BY customer_id) f"
                                       " ON f.customer_id = c.id WHERE c.created_at >= f.first")),
             0);

    // Complaints belong to an existing order of the same customer, product and merchant.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints c LEFT JOIN orders o ON o.id = c.order_id"
                                  " LEFT JOIN products p ON p.id = o.product_id WHERE o.id IS NULL"
                                  " OR o.customer_id <> c.customer_id OR o.product_id <> c.product_id"
                                  " OR p.merchant_id <> c.merchant_id")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints c JOIN orders o ON o.id = c.order_id"
                                       " WHERE c.created_at < o.ordered_at OR c.created_at > %1")
                            .arg(kNow)),
             0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id FROM complaints GROUP BY order_id"
                                  " HAVING COUNT(*) > 1)")),
        0);
    // Unresolved complaints have neither resolution nor verdict; a few exist.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE (resolution IS NULL) <>"
                                       " (accepted IS NULL)")),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE resolution IS NULL")) > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE resolution IS NULL")) * 5 <
            report->complaints);
    // Money back is accepted far more often than a bare apology.
    QVERIFY(scalar(db, QStringLiteral(
                           "SELECT AVG(accepted) * 1000 FROM complaints WHERE resolution = 'full_refund'")) >
            scalar(db, QStringLiteral("SELECT AVG(accepted) * 1000 FROM complaints"
                                      " WHERE resolution = 'apology_only'")));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT category) FROM complaints")) >= 7);

    // Some merchants are clearly worse than others.
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT p.merchant_id, COUNT(o.id), COUNT(c.id) FROM orders o JOIN products p ON p.id = "
            "o.product_id"
            " LEFT JOIN complaints c ON c.order_id = o.id GROUP BY p.merchant_id HAVING COUNT(o.id) >= 30")));
        double best = 1.0, worst = 0.0;
        while (query.next()) {
            const double rate = double(query.value(2).toLongLong()) / double(query.value(1).toLongLong());
            best = std::min(best, rate);
            worst = std::max(worst, rate);
        }
        QVERIFY2(worst > 2.5 * best, qPrintable(QStringLiteral("best %1 worst %2").arg(best).arg(worst)));
    }

    // Every tier occurs, standard most of all; product categories are the documented ones.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT tier) FROM customers")), 4);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE tier = 'standard'")) * 2 >
            report->customers);
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM products WHERE category NOT IN ('electronics', 'home',"
                            " 'apparel', 'beauty', 'food', 'books', 'toys', 'sports')")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT category) FROM products")), 8);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE price_cents <= 0")), 0);
}

void TestDemoData::localeSplit()
{
    DemoDataOptions options;
    options.customers = 4000;
    options.averageOrdersPerCustomer = 1;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QCOMPARE(report->orders, qint64(options.customers));

    const qint64 english = scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE locale = 'en'"));
    const qint64 chinese =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE locale = 'zh_CN'"));
    QCOMPARE(english + chinese, qint64(options.customers));
    const double share = double(english) / options.customers;
    QVERIFY2(share > 0.22 && share < 0.28, qPrintable(QString::number(share)));

    // Names, phones and cities match the locale.
    static const QRegularExpression han(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{2,4}$"));
    static const QRegularExpression latinName(QStringLiteral("^[A-Z][A-Za-z']+ [A-Z][A-Za-z']+$"));
    static const QRegularExpression mainlandMobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT display_name, locale, phone, email, city FROM customers")));
    // Phones and emails may be missing (null); those given are counted, so that the format checks
    // are known to have run for both languages.
    qint64 customers = 0, chinesePhones = 0, englishPhones = 0, emails = 0;
    while (query.next()) {
        ++customers;
        const QString name = query.value(0).toString();
        const bool isChinese = query.value(1).toString() == u"zh_CN";
        QVERIFY2(isChinese ? han.match(name).hasMatch() : latinName.match(name).hasMatch(), qPrintable(name));
        const QVariant phone = query.value(2);
        if (!phone.isNull()) {
            const QString number = phone.toString();
            QVERIFY2(isChinese ? mainlandMobile.match(number).hasMatch() : number.startsWith(u'+'),
                     qPrintable(number));
            ++(isChinese ? chinesePhones : englishPhones);
        }
        const QVariant email = query.value(3);
        if (!email.isNull()) {
            QVERIFY2(email.toString().count(u'@') == 1, qPrintable(email.toString()));
            ++emails;
        }
        QVERIFY(!query.value(4).toString().isEmpty());
    }
    QCOMPARE(customers, qint64(options.customers));
    QVERIFY2(chinesePhones > 0, "no Chinese customer has a phone number");
    QVERIFY2(englishPhones > 0, "no English-speaking customer has a phone number");
    QVERIFY2(emails > 0, "no customer has an email address");

    // Conversation summaries and messages are in the customer's language.
    static const QRegularExpression hanCharacter(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    QVERIFY(
        query.exec(QStringLiteral("SELECT c.locale, v.summary, m.body FROM conversations v JOIN customers c"
                                  " ON c.id = v.customer_id JOIN messages m ON m.conversation_id = v.id")));
    int checked = 0;
    while (query.next()) {
        const bool isChinese = query.value(0).toString() == u"zh_CN";
        for (int column : {1, 2}) {
            const QString text = query.value(column).toString();
            QVERIFY2(hanCharacter.match(text).hasMatch() == isChinese, qPrintable(text));
        }
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TestDemoData::largeCustomer()
{
    DemoDataOptions options;
    options.customers = 50;
    options.averageOrdersPerCustomer = 2;
    options.largeCustomerOrders = 5000;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = 1")), 5000);
    QVERIFY(scalar(db, QStringLiteral("SELECT created_at FROM customers WHERE id = 1")) <
            scalar(db, QStringLiteral("SELECT MIN(ordered_at) FROM orders WHERE customer_id = 1")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT order_no) FROM orders")), report->orders);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id = 1")) > 0);
    // Hundreds of complaints make a repeat complainer, and each has its conversation.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE customer_id = 1"
                                       " AND tag = 'repeat_complainer'")),
             1);
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM complaints k JOIN conversations c"
                            " ON c.id = k.conversation_id WHERE k.customer_id = 1 AND c.customer_id = 1")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id = 1")));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM praises WHERE customer_id = 1")) > 0);
}

void TestDemoData::refusesNonEmptyDatabase()
{
    DemoDataOptions options;
    options.customers = 20;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    const QByteArray before = tableChecksum(db, QStringLiteral("orders"));

    QString error;
    QVERIFY(!seedDemoData(db, options, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tableChecksum(db, QStringLiteral("orders")), before);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")), 20);
    // The failed attempt left no transaction open.
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
}

void TestDemoData::rollsBackOnFailure()
{
    DemoDataOptions options;
    options.customers = 200;
    options.nowMs = kNow;

    // Praise is written late, after most other tables, and in several batches.
    TestDatabase database(freshPath());
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
    QVERIFY2(database.execute(
                 QStringLiteral("CREATE TRIGGER refuse_praise BEFORE INSERT ON praises"
                                " WHEN NEW.id > 150 BEGIN SELECT RAISE(ABORT, 'no praise today'); END;")),
             qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QString error;
    QVERIFY(!seedDemoData(db, options, &error));
    QVERIFY2(error.contains(u"no praise today"), qPrintable(error));
    for (const QString &table : kSeededTables)
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table), 0);
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
}

void TestDemoData::complaintConversations()
{
    DemoDataOptions options;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    // Ids 10, 12 and 13 are agents; 11 is a supervisor and must never be assigned.
    const auto report = database.seed({QStringLiteral("agent"), QStringLiteral("supervisor"),
                                       QStringLiteral("agent"), QStringLiteral("agent")},
                                      options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QVERIFY(report->complaints > 0);

    // Every complaint points at a resolved conversation of the same customer about the same order, which
    // started shortly after the complaint and carries a summary.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE conversation_id IS NULL")), 0);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM complaints k LEFT JOIN conversations c ON c.id = k.conversation_id"
                   " WHERE c.id IS NULL OR c.customer_id <> k.customer_id OR c.order_id IS NOT k.order_id"
                   " OR c.status <> 'resolved' OR c.summary IS NULL OR trim(c.summary) = ''"
                   " OR c.created_at < k.created_at OR c.created_at > k.created_at + 15 * 60000")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT conversation_id) FROM complaints")),
             report->complaints);

    // Conversations (complaints' and praises') are complete and lie in the past.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status <> 'resolved'"
                                       " OR summary IS NULL OR trim(summary) = '' OR order_id IS NULL"
                                       " OR queued_at < created_at OR assigned_at < queued_at"
                                       " OR resolved_at < assigned_at OR resolved_at < queued_at"
                                       " OR updated_at <> resolved_at OR resolved_at > %1"
                                       " OR assigned_agent_id IS NULL OR assigned_at IS NULL")
                            .arg(kNow)),
             0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations c JOIN orders o ON o.id = c.order_id"
                                  " WHERE o.customer_id <> c.customer_id")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE assigned_agent_id NOT IN"
                                       " (SELECT id FROM agents WHERE role = 'agent')")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT assigned_agent_id) FROM conversations")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT channel) FROM conversations")), 5);
    // Ids follow creation time.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations a JOIN conversations b"
                                       " ON b.id = a.id + 1 WHERE b.created_at < a.created_at")),
             0);

    // Complaint conversations hold two to four messages; praise conversations two.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT k.id, COUNT(m.id) AS n FROM complaints k"
                                       " LEFT JOIN messages m ON m.conversation_id = k.conversation_id"
                                       " GROUP BY k.id) WHERE n < 2 OR n > 4")),
             0);
    for (int n = 2; n <= 4; ++n) {
        QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT conversation_id FROM messages"
                                           " GROUP BY conversation_id HAVING COUNT(*) = %1)")
                                .arg(n)) > 0,
                 qPrintable(QString::number(n)));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE c.id NOT IN"
                                       " (SELECT conversation_id FROM complaints) AND (SELECT COUNT(*) FROM"
                                       " messages m WHERE m.conversation_id = c.id) <> 2")),
             0);
    QCOMPARE(report->messages, scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")));

    // Messages: customer first, then agent and customer by turns; the agent's carry the assigned agent;
    // strictly increasing times between the conversation's start and its resolution.
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT m.conversation_id, m.sender, m.agent_id, m.created_at, m.body, c.assigned_agent_id,"
            " c.created_at, c.resolved_at, c.assigned_at FROM messages m JOIN conversations c"
            " ON c.id = m.conversation_id ORDER BY m.conversation_id, m.created_at, m.id")));
        qint64 conversation = -1, previousAt = 0;
        int position = 0;
        qint64 checked = 0;
        while (query.next()) {
            if (query.value(0).toLongLong() != conversation) {
                conversation = query.value(0).toLongLong();
                position = 0;
                previousAt = query.value(6).toLongLong();
            }
            const QString sender = query.value(1).toString();
            const QString where =
                QStringLiteral("conversation %1 message %2").arg(conversation).arg(position);
            QCOMPARE(sender, position % 2 == 0 ? QStringLiteral("customer") : QStringLiteral("agent"));
            if (sender == u"agent") {
                QCOMPARE(query.value(2).toLongLong(), query.value(5).toLongLong());
                QVERIFY2(query.value(3).toLongLong() > query.value(8).toLongLong(), qPrintable(where));
            } else {
                QVERIFY2(query.value(2).isNull(), qPrintable(where));
            }
            const qint64 at = query.value(3).toLongLong();
            QVERIFY2(at > previousAt, qPrintable(where));
            QVERIFY2(at < query.value(7).toLongLong(), qPrintable(where));
            QVERIFY2(!query.value(4).toString().trimmed().isEmpty(), qPrintable(where));
            previousAt = at;
            ++position;
            ++checked;
        }
        QCOMPARE(checked, report->messages);
    }
    // Message ids follow time across conversations.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages a JOIN messages b ON b.id = a.id + 1"
                                       " WHERE b.created_at < a.created_at")),
             0);

    // A few praises came in through a conversation of their own, about the praised order.
    const qint64 praiseConversations = report->conversations - report->complaints;
    QVERIFY2(praiseConversations > 0 && praiseConversations * 100 <= report->praises * 8,
             qPrintable(QStringLiteral("%1 of %2").arg(praiseConversations).arg(report->praises)));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations c WHERE c.id NOT IN"
                                  " (SELECT conversation_id FROM complaints) AND NOT EXISTS (SELECT 1"
                                  " FROM praises p WHERE p.order_id = c.order_id"
                                  " AND c.created_at BETWEEN p.created_at AND p.created_at + 15 * 60000)")),
        0);

    // Summaries name the outcome in the customer's language; open complaints read as pending.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints k JOIN conversations c"
                                      " ON c.id = k.conversation_id WHERE k.resolution IS NULL"
                                      " AND (c.summary LIKE '%等待%' OR c.summary LIKE '%awaiting%')")) ==
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE resolution IS NULL")));
    QVERIFY(
        scalar(db, QStringLiteral(
                       "SELECT COUNT(*) FROM complaints k JOIN conversations c"
                       " ON c.id = k.conversation_id WHERE k.accepted = 1"
                       " AND c.summary NOT LIKE '%客户接受' AND c.summary NOT LIKE '%customer accepted'")) ==
        0);
    QVERIFY(scalar(db, QStringLiteral(
                           "SELECT COUNT(*) FROM complaints k JOIN conversations c"
                           " ON c.id = k.conversation_id WHERE k.accepted = 0"
                           " AND (c.summary LIKE '%客户接受' OR c.summary LIKE '%customer accepted')")) == 0);
}

void TestDemoData::conversationsWithoutAgents()
{
    DemoDataOptions options;
    options.customers = 60;
    options.nowMs = kNow;

    // Only a supervisor: nobody with the agent role to hand conversations to.
    TestDatabase database(freshPath());
    const auto report = database.seed({QStringLiteral("supervisor")}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QVERIFY(report->conversations > 0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE assigned_agent_id IS NOT NULL"
                                  " OR assigned_at IS NOT NULL")),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE agent_id IS NOT NULL")), 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE sender = 'agent'")) > 0);
}

void TestDemoData::praises()
{
    DemoDataOptions options;
    options.customers = 1500;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();

    // A praise belongs to a delivered order of the same customer, product and merchant, after delivery.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM praises r JOIN orders o ON o.id = r.order_id"
                                       " JOIN products p ON p.id = o.product_id WHERE o.status <> 'delivered'"
                                       " OR o.customer_id <> r.customer_id OR o.product_id <> r.product_id"
                                       " OR p.merchant_id <> r.merchant_id OR r.created_at <= o.delivered_at"
                                       " OR r.created_at > %1")
                            .arg(kNow)),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT order_id FROM praises GROUP BY order_id"
                                       " HAVING COUNT(*) > 1)")),
             0);
    const qint64 delivered =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'delivered'"));
    const double rate = double(report->praises) / double(delivered);
    QVERIFY2(rate >= 0.10 && rate <= 0.15, qPrintable(QString::number(rate)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT aspect) FROM praises")), 6);

    // Shops differ in what they are praised for: some are known for fast delivery, others not at all.
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT merchant_id, AVG(aspect = 'delivery_speed'), AVG(aspect = 'quality') FROM praises"
            " GROUP BY merchant_id HAVING COUNT(*) >= 40")));
        double minDelivery = 1, maxDelivery = 0, minQuality = 1, maxQuality = 0;
        int merchants = 0;
        while (query.next()) {
            ++merchants;
            minDelivery = std::min(minDelivery, query.value(1).toDouble());
            maxDelivery = std::max(maxDelivery, query.value(1).toDouble());
            minQuality = std::min(minQuality, query.value(2).toDouble());
            maxQuality = std::max(maxQuality, query.value(2).toDouble());
        }
        QVERIFY2(merchants >= 10, qPrintable(QString::number(merchants)));
        QVERIFY2(maxDelivery > 3 * minDelivery && maxQuality > 2 * minQuality,
                 qPrintable(QStringLiteral("delivery %1..%2 quality %3..%4")
                                .arg(minDelivery)
                                .arg(maxDelivery)
                                .arg(minQuality)
                                .arg(maxQuality)));
    }
    // The most complained-about products still collect some praise.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT product_id FROM complaints GROUP BY"
                                      " product_id ORDER BY COUNT(*) DESC LIMIT 10) t WHERE EXISTS (SELECT 1"
                                      " FROM praises r WHERE r.product_id = t.product_id)")) >= 8);
}

void TestDemoData::tags()
{
    DemoDataOptions options;
    options.customers = 1500;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();

    // The documented keys, each in use; at most three per customer; some customers have none.
    QSet<QString> seen;
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT tag FROM customer_tags")));
        while (query.next())
            seen.insert(query.value(0).toString());
    }
    QCOMPARE(seen, QSet<QString>(kTagKeys.cbegin(), kTagKeys.cend()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM customer_tags"
                                       " GROUP BY customer_id)")),
             3);
    const qint64 tagged = scalar(db, QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM customer_tags"));
    QVERIFY2(tagged > report->customers / 4 && tagged < report->customers * 9 / 10,
             qPrintable(QString::number(tagged)));

    // Tags agree with the record.
    auto violations = [&](const char *tag, const char *condition) {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_tags t JOIN customers c ON c.id ="
                                         " t.customer_id WHERE t.tag = '%1' AND NOT (%2)")
                              .arg(QString::fromLatin1(tag), QString::fromLatin1(condition)));
    };
    QCOMPARE(violations("repeat_complainer",
                        "(SELECT COUNT(*) FROM complaints k WHERE k.customer_id = c.id) >= 3"),
             0);
    QCOMPARE(violations("frequent_buyer", "(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) >= 12"),
             0);
    QCOMPARE(violations("new_customer",
                        QByteArray("c.created_at > " + QByteArray::number(kNow - 60 * kDay)).constData()),
             0);
    QCOMPARE(
        violations("loyal",
                   QByteArray("c.created_at <= " + QByteArray::number(kNow - 2 * 365 * kDay)).constData()),
        0);
    QCOMPARE(violations("vip_service", "c.tier IN ('gold', 'vip')"), 0);
    QCOMPARE(violations("business_buyer", "(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) >= 2"),
             0);
    // Every recent sign-up is marked new, and phone and chat preferences exclude each other.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers c WHERE c.created_at > %1 AND NOT EXISTS"
                                  " (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id"
                                  " AND t.tag = 'new_customer')")
                       .arg(kNow - 60 * kDay)),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_tags a JOIN customer_tags b"
                                       " ON b.customer_id = a.customer_id WHERE a.tag = 'prefers_phone'"
                                       " AND b.tag = 'prefers_chat'")),
             0);
    // Customers who prefer the phone mostly call.
    QVERIFY(scalar(db, QStringLiteral(
                           "SELECT AVG(c.channel = 'phone') * 100 FROM conversations c JOIN"
                           " customer_tags t ON t.customer_id = c.customer_id AND t.tag = 'prefers_phone'")) >
            50);
}

void TestDemoData::statisticsMatchAggregation()
{
    DemoDataOptions options;
    options.customers = 800;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    const auto report = database.seed({QStringLiteral("agent")}, options);
    QVERIFY2(report, qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QVERIFY(report->praises > 0 && report->complaints > 0);

    // Totals per product and per merchant, recomputed from the rows (zero rows where nothing happened).
    const QString productTotals =
        QStringLiteral("SELECT p.id, (SELECT COUNT(*) FROM orders o WHERE o.product_id = p.id),"
                       " (SELECT COALESCE(SUM(o.quantity), 0) FROM orders o WHERE o.product_id = p.id"
                       "  AND o.status <> 'cancelled'),"
                       " (SELECT COUNT(*) FROM complaints k WHERE k.product_id = p.id),"
                       " (SELECT COUNT(*) FROM praises r WHERE r.product_id = p.id) FROM products p");
    const QString productStats = QStringLiteral(
        "SELECT p.id, COALESCE(s.orders, 0), COALESCE(s.units_sold, 0), COALESCE(s.complaints, 0),"
        " COALESCE(s.praises, 0) FROM products p LEFT JOIN product_stats s ON s.product_id = p.id");
    QCOMPARE(symmetricDifference(db, productTotals, productStats), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM product_stats WHERE product_id NOT IN"
                                       " (SELECT id FROM products)")),
             0);

    const QString merchantTotals = QStringLiteral(
        "SELECT m.id, (SELECT COUNT(*) FROM orders o JOIN products p ON p.id = o.product_id"
        "  WHERE p.merchant_id = m.id),"
        " (SELECT COALESCE(SUM(o.quantity), 0) FROM orders o JOIN products p ON p.id = o.product_id"
        "  WHERE p.merchant_id = m.id AND o.status <> 'cancelled'),"
        " (SELECT COUNT(*) FROM complaints k WHERE k.merchant_id = m.id),"
        " (SELECT COUNT(*) FROM praises r WHERE r.merchant_id = m.id) FROM merchants m");
    const QString merchantStats = QStringLiteral(
        "SELECT m.id, COALESCE(s.orders, 0), COALESCE(s.units_sold, 0), COALESCE(s.complaints, 0),"
        " COALESCE(s.praises, 0) FROM merchants m LEFT JOIN merchant_stats s ON s.merchant_id = m.id");
    QCOMPARE(symmetricDifference(db, merchantTotals, merchantStats), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM merchant_stats WHERE merchant_id NOT IN"
                                       " (SELECT id FROM merchants)")),
             0);

    // Distributions: complaint category, praise aspect, resolution offered and resolution accepted.
    for (const QString &owner : {QStringLiteral("product"), QStringLiteral("merchant")}) {
        const QString grouped =
            QStringLiteral("SELECT %1_id, 'category', category, COUNT(*) FROM complaints GROUP BY 1, 3"
                           " UNION ALL SELECT %1_id, 'aspect', aspect, COUNT(*) FROM praises GROUP BY 1, 3"
                           " UNION ALL SELECT %1_id, 'offered', resolution, COUNT(*) FROM complaints"
                           "  WHERE resolution IS NOT NULL GROUP BY 1, 3"
                           " UNION ALL SELECT %1_id, 'accepted', resolution, COUNT(*) FROM complaints"
                           "  WHERE resolution IS NOT NULL AND accepted = 1 GROUP BY 1, 3")
                .arg(owner);
        const QString breakdown =
            QStringLiteral("SELECT %1_id, kind, key, count FROM %1_breakdown WHERE count <> 0").arg(owner);
        QCOMPARE(symmetricDifference(db, grouped, breakdown), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM %1_breakdown").arg(owner)) == 4);
    }
}

void TestDemoData::openings_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("intent");
    for (CustomerLanguage language : {CustomerLanguage::Chinese, CustomerLanguage::English}) {
        for (const QString &intent : SimulatorScript::intents()) {
            QTest::addRow("%s/%s", qPrintable(languageName(language)), qPrintable(intent))
                << int(language) << intent;
        }
    }
}

void TestDemoData::openings()
{
    QFETCH(int, language);
    QFETCH(QString, intent);
    const auto lang = CustomerLanguage(language);
    const QString orderNo = QStringLiteral("WL2025112212345678");
    const QString product = lang == CustomerLanguage::Chinese ? QStringLiteral("青禾 陶瓷马克杯")
                                                              : QStringLiteral("Hearth Ceramic Mug");

    QRandomGenerator rng(7);
    QSet<QString> plainTexts;
    int seen = 0, mentionsOrder = 0, mentionsProduct = 0;
    for (int i = 0; i < 6000; ++i) {
        const bool withDetails = i % 2 == 1;
        const SimulatedOpening opening = SimulatorScript::opening(lang, withDetails ? orderNo : QString(),
                                                                  withDetails ? product : QString(), rng);
        QVERIFY(SimulatorScript::intents().contains(opening.intent));
        QVERIFY(!opening.text.trimmed().isEmpty());
        if (opening.intent != intent)
            continue;
        ++seen;
        if (!withDetails && !opening.frustrated && !opening.asksForHuman)
            plainTexts.insert(opening.text);
        mentionsOrder += opening.text.contains(orderNo) ? 1 : 0;
        mentionsProduct += opening.text.contains(product) ? 1 : 0;
    }
    QVERIFY2(seen > 50, qPrintable(QString::number(seen)));
    QVERIFY2(plainTexts.size() >= 8, qPrintable(QString::number(plainTexts.size())));
    QVERIFY(mentionsOrder > 0);
    QVERIFY(mentionsProduct > 0);
}

void TestDemoData::openingMix()
{
    for (CustomerLanguage language : {CustomerLanguage::Chinese, CustomerLanguage::English}) {
        QRandomGenerator rng(11);
        const int total = 5000;
        int frustrated = 0, human = 0, withOrder = 0;
        QSet<QString> intents;
        for (int i = 0; i < total; ++i) {
            const SimulatedOpening opening =
                SimulatorScript::opening(language, QStringLiteral("WL2025010100000042"), QString(), rng);
            frustrated += opening.frustrated ? 1 : 0;
            human += opening.asksForHuman ? 1 : 0;
            withOrder += opening.text.contains(u"WL2025010100000042") ? 1 : 0;
            intents.insert(opening.intent);
        }
        QCOMPARE(intents.size(), SimulatorScript::intents().size());
        QVERIFY2(frustrated > total * 15 / 100 && frustrated < total * 25 / 100,
                 qPrintable(QString::number(frustrated)));
        QVERIFY2(human > total * 6 / 100 && human < total * 14 / 100, qPrintable(QString::number(human)));
        // "Roughly half the time" when an order number is available.
        QVERIFY2(withOrder > total * 35 / 100 && withOrder < total * 65 / 100,
                 qPrintable(QString::number(withOrder)));
    }

    // Requests for a person use the expected wording.
    QRandomGenerator rng(5);
    bool sawChineseRequest = false;
    for (int i = 0; i < 2000 && !sawChineseRequest; ++i) {
        const SimulatedOpening opening = SimulatorScript::opening(CustomerLanguage::Chinese, {}, {}, rng);
        if (opening.asksForHuman)
            sawChineseRequest = opening.text.contains(u"人工") || opening.text.contains(u"真人");
    }
    QVERIFY(sawChineseRequest);
}

void TestDemoData::replies_data()
{
    openings_data();
}

void TestDemoData::replies()
{
    QFETCH(int, language);
    QFETCH(QString, intent);
    const auto lang = CustomerLanguage(language);
    const bool zh = lang == CustomerLanguage::Chinese;
    const QString orderNo = QStringLiteral("WL2025112087654321");

    const QString askOrder = zh ? QStringLiteral("您好，请问您的订单号是多少？")
                                : QStringLiteral("Could you tell me your order number, please?");
    const QString askPhoto = zh ? QStringLiteral("麻烦您拍一张照片发给我看看可以吗？")
                                : QStringLiteral("Could you send a photo of the problem?");
    const QString askAddress =
        zh ? QStringLiteral("请问新的收货地址是？") : QStringLiteral("What address should we use?");
    const QString offer = zh ? QStringLiteral("非常抱歉，我这边为您申请一张20元优惠券可以吗？")
                             : QStringLiteral("I'm sorry about that. Can I offer you a $5 coupon?");
    const QString anythingElse =
        zh ? QStringLiteral("已经为您处理好了，请问还有其他问题吗？")
           : QStringLiteral("That's all done. Is there anything else I can help with?");
    const QString info =
        zh ? QStringLiteral("好的，我已经记录下来了。") : QStringLiteral("Thanks, I've noted that down.");

    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator rng(seed);
        for (int turn = 0; turn < 4; ++turn) {
            const QString answer = SimulatorScript::replyToAgent(lang, intent, askOrder, turn, orderNo, rng);
            QVERIFY2(answer.contains(orderNo), qPrintable(answer));
            QVERIFY(!SimulatorScript::replyToAgent(lang, intent, askPhoto, turn, orderNo, rng).isEmpty());
            QVERIFY(!SimulatorScript::replyToAgent(lang, intent, askAddress, turn, orderNo, rng).isEmpty());
            QVERIFY(!SimulatorScript::replyToAgent(lang, intent, offer, turn, orderNo, rng).isEmpty());
            QVERIFY(!SimulatorScript::replyToAgent(lang, intent, anythingElse, turn, orderNo, rng).isEmpty());
        }
        // Without an order number the customer still answers, without making one up.
        const QString noNumber = SimulatorScript::replyToAgent(lang, intent, askOrder, 0, QString(), rng);
        QVERIFY(!noNumber.isEmpty());
        QVERIFY(!noNumber.contains(u"WL"));
        // Early plain information gets a reaction.
        QVERIFY(!SimulatorScript::replyToAgent(lang, intent, info, 0, orderNo, rng).isEmpty());
        // Done by turn 4, whatever the agent says.
        for (const QString &agent : {askOrder, askPhoto, askAddress, offer, anythingElse, info}) {
            QVERIFY(SimulatorScript::replyToAgent(lang, intent, agent, 4, orderNo, rng).isEmpty());
            QVERIFY(SimulatorScript::replyToAgent(lang, intent, agent, 7, orderNo, rng).isEmpty());
        }
    }
}

void TestDemoData::nudges()
{
    for (CustomerLanguage language : {CustomerLanguage::Chinese, CustomerLanguage::English}) {
        QRandomGenerator rng(3);
        QSet<QString> distinct;
        for (int i = 0; i < 200; ++i) {
            const QString text = SimulatorScript::nudge(language, rng);
            QVERIFY(!text.trimmed().isEmpty());
            distinct.insert(text);
        }
        QVERIFY(distinct.size() >= 5);
    }
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
