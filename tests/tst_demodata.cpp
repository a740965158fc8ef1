#include "server/demodata.h"
#include "server/simulatorscript.h"

#include <QCryptographicHash>
#include <QFile>
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

namespace {

// A fixed "now" (2025-11-22 08:26:40 UTC) so that every run generates the same rows.
constexpr qint64 kNow = 1763800000000;
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// One SQLite file with its own connection. The connection is removed in the destructor, after every
// QSqlDatabase/QSqlQuery handle a test took from it has gone out of scope (declare this object first).
class TestDatabase
{
public:
    Q_DISABLE_COPY_MOVE(TestDatabase)

    explicit TestDatabase(const QString &path)
        : m_connection(QStringLiteral("tst_demodata_%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        m_error = applySchema(db);
    }

    ~TestDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // Empty when the file was opened and migrated.
    const QString &error() const { return m_error; }

private:
    // The migration files hold plain statements (no triggers), so splitting on ";\n" once the comment
    // lines are dropped yields exactly one statement per piece.
    static QString applySchema(QSqlDatabase &db)
    {
        const QString root = QString::fromUtf8(WARMLINE_SOURCE_DIR);
        for (const QString &name : {QStringLiteral("001_initial.sql"), QStringLiteral("002_event_log.sql")}) {
            QFile file(root + QStringLiteral("/app/storage/sql/") + name);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read ") + file.fileName();
            QStringList kept;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    kept.append(line);
            }
            for (const QString &piece : kept.join(u'\n').split(QStringLiteral(";\n"))) {
                const QString statement = piece.trimmed();
                if (statement.isEmpty())
                    continue;
                QSqlQuery query(db);
                if (!query.exec(statement))
                    return name + QStringLiteral(": ") + query.lastError().text();
            }
        }
        return {};
    }

    static inline int s_counter = 0;
    QString m_connection;
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

// A digest of every value of every row, NULL distinguished from the empty string.
QByteArray tableChecksum(const QSqlDatabase &db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id")))
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

const QStringList kSeededTables = {QStringLiteral("customers"), QStringLiteral("merchants"),
                                   QStringLiteral("products"), QStringLiteral("orders"),
                                   QStringLiteral("complaints")};

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
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")), "the QSQLITE driver is required");
}

void TestDemoData::deterministic()
{
    DemoDataOptions options;
    options.nowMs = kNow;

    TestDatabase first(freshPath());
    TestDatabase second(freshPath());
    QVERIFY2(first.error().isEmpty(), qPrintable(first.error()));
    QVERIFY2(second.error().isEmpty(), qPrintable(second.error()));

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
}

void TestDemoData::defaultSizeIsSane()
{
    DemoDataOptions options;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
    const QSqlDatabase db = database.db();

    QString error;
    const auto report = seedDemoData(db, options, &error);
    QVERIFY2(report, qPrintable(error));
    qInfo("default size: %lld customers, %lld orders, %lld complaints in %lld ms", report->customers,
          report->orders, report->complaints, report->elapsedMs);
    // The target is well under a second; the bound leaves room for sanitizer and unoptimised builds.
    QVERIFY2(report->elapsedMs < 3000, qPrintable(QString::number(report->elapsedMs)));

    // The report matches the tables.
    QCOMPARE(report->customers, qint64(options.customers));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")), report->customers);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM merchants")), report->merchants);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM products")), report->products);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")), report->orders);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints")), report->complaints);

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
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QString error;
    const auto report = seedDemoData(db, options, &error);
    QVERIFY2(report, qPrintable(error));
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
    while (query.next()) {
        const QString name = query.value(0).toString();
        const bool isChinese = query.value(1).toString() == u"zh_CN";
        QVERIFY2(isChinese ? han.match(name).hasMatch() : latinName.match(name).hasMatch(), qPrintable(name));
        const QVariant phone = query.value(2);
        if (!phone.isNull()) {
            const QString number = phone.toString();
            QVERIFY2(isChinese ? mainlandMobile.match(number).hasMatch() : number.startsWith(u'+'),
                     qPrintable(number));
        }
        const QVariant email = query.value(3);
        if (!email.isNull())
            QVERIFY2(email.toString().count(u'@') == 1, qPrintable(email.toString()));
        QVERIFY(!query.value(4).toString().isEmpty());
    }
}

void TestDemoData::largeCustomer()
{
    DemoDataOptions options;
    options.customers = 50;
    options.averageOrdersPerCustomer = 2;
    options.largeCustomerOrders = 5000;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QString error;
    const auto report = seedDemoData(db, options, &error);
    QVERIFY2(report, qPrintable(error));

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = 1")), 5000);
    QVERIFY(scalar(db, QStringLiteral("SELECT created_at FROM customers WHERE id = 1")) <
            scalar(db, QStringLiteral("SELECT MIN(ordered_at) FROM orders WHERE customer_id = 1")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT order_no) FROM orders")), report->orders);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id = 1")) > 0);
}

void TestDemoData::refusesNonEmptyDatabase()
{
    DemoDataOptions options;
    options.customers = 20;
    options.nowMs = kNow;

    TestDatabase database(freshPath());
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));
    const QSqlDatabase db = database.db();
    QString error;
    const auto report = seedDemoData(db, options, &error);
    QVERIFY2(report, qPrintable(error));
    const QByteArray before = tableChecksum(db, QStringLiteral("orders"));

    error.clear();
    QVERIFY(!seedDemoData(db, options, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tableChecksum(db, QStringLiteral("orders")), before);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")), 20);
    // The failed attempt left no transaction open.
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
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
