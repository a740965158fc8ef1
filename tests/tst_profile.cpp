// The customer 360 profile against a real warmline-server on a hand-computed fixture: every
// number checked by hand, live updates from another connection, paging/sorting/filtering of a
// customer with many orders, and the client models under QAbstractItemModelTester.

#include "core/statistics.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "protocol/profilereplies.h"
#include "storage/database.h"
#include "sync/customerprofilecontroller.h"
#include "sync/serverconnection.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace warmline;
using sync::OrderTableModel;

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void numbersMatchTheHandComputedFixture();
    void unknownCustomerAndForeignOrderAreRefused();
    void complaintFromAnotherConnectionUpdatesOpenProfile();
    void ordersPageSortAndFilterOnTheServer();

private:
    std::optional<core::CustomerProfile> profile(qint64 customerId, qint64 orderId = 0);
    void openController(sync::ServerConnection &connection, sync::CustomerProfileController &controller,
                        qint64 customerId, qint64 orderId);
    test::ServerProcess m_server;
    std::unique_ptr<test::RawClient> m_agent;
};

namespace {

// Hand-computed expectations are in the comments of the tests below.
const char fixture[] = R"SQL(
INSERT INTO customers (id, display_name, tier, locale, created_at) VALUES
  (1, '王芳', 'gold', 'zh_CN', 1704067200000), (2, 'Emily Carter', 'standard', 'en', 1704067200000),
  (3, '李大伟', 'vip', 'zh_CN', 1704067200000);
INSERT INTO customer_tags VALUES (1, 'loyal'), (1, 'prefers_chat');
INSERT INTO merchants VALUES (1, '小米之家', 0), (2, 'Home & Co', 0);
INSERT INTO products VALUES (1, 1, '手机', 'electronics', 199900), (2, 1, '耳机', 'electronics', 29900),
  (3, 2, 'Kettle', 'home', 8900);
INSERT INTO orders VALUES
  (1, 'WL-O1', 1, 1, 1, 199900, 'delivered', 1710000000000, 1710300000000),
  (2, 'WL-O2', 1, 2, 2, 59800, 'delivered', 1720000000000, 1720300000000),
  (3, 'WL-O3', 1, 3, 1, 8900, 'cancelled', 1730000000000, NULL),
  (4, 'WL-O4', 2, 1, 1, 199900, 'delivered', 1711000000000, 1711300000000),
  (5, 'WL-O5', 2, 1, 1, 199900, 'refunded', 1712000000000, 1712300000000),
  (6, 'WL-O6', 2, 1, 3, 599700, 'delivered', 1713000000000, 1713300000000),
  (7, 'WL-O7', 2, 3, 1, 8900, 'delivered', 1714000000000, 1714300000000);
INSERT INTO complaints (id, order_id, customer_id, product_id, merchant_id, category, resolution, accepted, created_at) VALUES
  (1, 1, 1, 1, 1, 'late_delivery', 'coupon', 1, 1710400000000),
  (2, 4, 2, 1, 1, 'damaged_item', 'replacement', 1, 1711400000000),
  (3, 5, 2, 1, 1, 'damaged_item', 'full_refund', 1, 1712400000000),
  (4, 6, 2, 1, 1, 'quality', 'coupon', 1, 1713400000000),
  (5, 2, 1, 2, 1, 'quality', 'coupon', 0, 1720400000000),
  (6, 7, 2, 3, 2, 'late_delivery', NULL, NULL, 1714400000000);
INSERT INTO praises (order_id, customer_id, product_id, merchant_id, aspect, created_at) VALUES
  (2, 1, 2, 1, 'value', 1720500000000), (6, 2, 1, 1, 'quality', 1713500000000),
  (6, 2, 1, 1, 'design', 1713500000000), (4, 2, 1, 1, 'quality', 1711500000000);
INSERT INTO conversations (id, customer_id, channel, status, order_id, created_at, resolved_at, updated_at, summary)
  VALUES (1, 1, 'phone', 'resolved', 1, 1710400000000, 1710400100000, 1710400100000, '快递延误，发优惠券，客户接受'),
         (2, 1, 'wechat', 'resolved', 2, 1720400000000, 1720400100000, 1720400100000, '耳机音质问题');
INSERT INTO messages (conversation_id, sender, body, created_at) VALUES (1, 'customer', '快递怎么还没到', 1710400000000),
  (1, 'system', 'x', 1710400000001), (2, 'customer', '耳机有杂音', 1720400000000);
-- Customer 3: 1,200 orders of one product, to page through.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
INSERT INTO orders (order_no, customer_id, product_id, quantity, amount_cents, status, ordered_at)
  SELECT printf('BIG-%04d', i), 3, 3, 1, i * 100,
         CASE WHEN i % 10 = 0 THEN 'returned' ELSE 'delivered' END, 1600000000000 + i * 60000 FROM n;
)SQL";

} // namespace

void TestProfile::initTestCase()
{
    QString error;
    {
        storage::Database db;
        QVERIFY2(db.open(m_server.databasePath(), QStringLiteral("fixture"), &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        QVERIFY2(db.executeScript(QString::fromUtf8(fixture), &error), qPrintable(error));
    }
    // Staff accounts the way an administrator creates them.
    for (const auto &[login, role] : {std::pair{"anna", "agent"}, std::pair{"bo", "agent"}}) {
        QProcess add;
        add.start(QStringLiteral(WARMLINE_SERVER_BINARY),
                  {QStringLiteral("--db"), m_server.databasePath(), QStringLiteral("--add-agent"),
                   QString::fromLatin1(login), QStringLiteral("--role"), QString::fromLatin1(role)});
        QVERIFY(add.waitForStarted());
        add.write("correct horse battery\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
    }
    QVERIFY2(m_server.start({QStringLiteral("--open-customer-channel")}, &error), qPrintable(error));
    m_agent = std::make_unique<test::RawClient>();
    QVERIFY(m_agent->connectTo(m_server.url()));
    QVERIFY(m_agent->login(QStringLiteral("anna"), QStringLiteral("correct horse battery")));
}

std::optional<core::CustomerProfile> TestProfile::profile(qint64 customerId, qint64 orderId)
{
    const auto payload = m_agent->request(protocol::ProfileRequest::type,
                                          protocol::ProfileRequest{customerId, orderId}.toJson());
    if (!payload)
        return std::nullopt;
    // The wire form must read as the described reply, not merely look like one.
    QString problem;
    const auto reply = protocol::schema::fromJson<protocol::ProfileReply>(*payload, &problem);
    if (!reply)
        qWarning() << "customer.profile ack does not read:" << problem;
    return reply ? std::optional(reply->profile()) : std::nullopt;
}

void TestProfile::numbersMatchTheHandComputedFixture()
{
    // Customer 2, focus on order 6 (product 手机, merchant 小米之家).
    const auto p = profile(2, 6);
    QVERIFY(p);
    // Spend counts delivered orders 4, 6, 7 (order 5 was refunded): 1999 + 5997 + 89 = ¥8,085.00.
    QCOMPARE(p->header.lifetimeSpend.minor(), 808500);
    QCOMPARE(p->header.orderCount, 4);
    QCOMPARE(p->header.complaintCount, 4);
    QCOMPARE(p->header.openComplaints, 1); // the kettle's late delivery has no resolution yet
    QCOMPARE(p->header.praiseCount, 3);
    QCOMPARE(p->complaintsByCategory,
             (QMap<QString, qint64>{{"damaged_item", 2}, {"quality", 1}, {"late_delivery", 1}}));
    QCOMPARE(p->focusOrderId, 6);
    QCOMPARE(p->orderTotal, 4);

    // Product 手机: orders 1, 4, 5, 6; units 1 + 1 + 1 + 3 = 6; complaints 1–4.
    QVERIFY(p->product);
    QCOMPARE(p->product->name, QStringLiteral("手机"));
    QCOMPARE(p->product->orders, 4);
    QCOMPARE(p->product->unitsSold, 6);
    QCOMPARE(p->product->complaints, 4);
    QCOMPARE(core::ratePerMille(p->product->complaints, p->product->orders), 1000);
    auto shares = core::shares(p->product->categories);
    QCOMPARE(shares.size(), 3);
    QCOMPARE(shares[0].key, QStringLiteral("damaged_item"));
    QCOMPARE(shares[0].percent, 50);
    QCOMPARE(shares[1].percent + shares[2].percent, 50);
    // Accepted: coupon ×2 (complaints 1, 4), replacement, full refund → 50 / 25 / 25.
    QCOMPARE(p->product->accepted,
             (QMap<QString, qint64>{{"coupon", 2}, {"replacement", 1}, {"full_refund", 1}}));
    QCOMPARE(core::mostCommon(p->product->accepted), QStringLiteral("coupon"));
    QCOMPARE(core::shares(p->product->accepted).first().percent, 50);
    // Praise for the product: quality ×2, design ×1 → 67 / 33.
    shares = core::shares(p->product->aspects);
    QCOMPARE(shares[0].key, QStringLiteral("quality"));
    QCOMPARE(shares[0].percent, 67);
    QCOMPARE(shares[1].percent, 33);

    // Merchant 小米之家 (products 手机 and 耳机): orders 1, 2, 4, 5, 6; units 1+2+1+1+3 = 8;
    // complaints 1–5: damaged ×2, quality ×2, late ×1 → 40 / 40 / 20.
    QVERIFY(p->merchant);
    QCOMPARE(p->merchant->orders, 5);
    QCOMPARE(p->merchant->unitsSold, 8);
    QCOMPARE(p->merchant->complaints, 5);
    shares = core::shares(p->merchant->categories);
    int sum = 0;
    for (const auto &share : shares)
        sum += share.percent;
    QCOMPARE(sum, 100);
    QCOMPARE(p->merchant->categories.value(QStringLiteral("late_delivery")), 1);
    QCOMPARE(shares.last().percent, 20);
    // Offered: coupon ×3 (one declined), replacement, full refund; accepted leaves the declined out.
    QCOMPARE(p->merchant->offered.value(QStringLiteral("coupon")), 3);
    QCOMPARE(p->merchant->accepted.value(QStringLiteral("coupon")), 2);
    QCOMPARE(p->merchant->praises, 4);

    // Customer 1: tags, timeline, and the latest order as focus when none is named.
    const auto first = profile(1);
    QVERIFY(first);
    QCOMPARE(first->header.tags, (QStringList{"loyal", "prefers_chat"}));
    QCOMPARE(first->header.lifetimeSpend.minor(), 259700); // the cancelled kettle does not count
    QCOMPARE(first->header.channels, (QStringList{"phone", "wechat"}));
    QCOMPARE(first->focusOrderId, 3); // the latest order
    QCOMPARE(first->timeline.size(), 2);
    QCOMPARE(first->timeline[0].summary, QStringLiteral("耳机音质问题")); // newest first
    QCOMPARE(first->timeline[1].firstMessage, QStringLiteral("快递怎么还没到"));
    QCOMPARE(first->timeline[1].messageCount, 2);
    QCOMPARE(first->timeline[1].orderNo, QStringLiteral("WL-O1"));
    QCOMPARE(first->orders.first().orderNo, QStringLiteral("WL-O3")); // newest first
    QCOMPARE(first->orders.last().complaints, 1);
}

void TestProfile::unknownCustomerAndForeignOrderAreRefused()
{
    auto reply = m_agent->waitReply(
        m_agent->send(protocol::ProfileRequest::type, {{QStringLiteral("customerId"), 999}}));
    QVERIFY(reply);
    QCOMPARE(test::errorCode(*reply), QStringLiteral("not_found"));
    reply = m_agent->waitReply(
        m_agent->send(protocol::ProfileRequest::type, protocol::ProfileRequest{1, 4}.toJson()));
    QVERIFY(reply);
    QCOMPARE(test::errorCode(*reply), QStringLiteral("not_found"));
    QCOMPARE(reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.orderId"));
    reply = m_agent->waitReply(m_agent->send(
        protocol::ComplaintCreateRequest::type,
        {{QStringLiteral("orderId"), 1}, {QStringLiteral("category"), QStringLiteral("bored")}}));
    QVERIFY(reply);
    QCOMPARE(test::errorCode(*reply), QStringLiteral("invalid_field"));
    // Customers cannot read profiles.
    test::RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(1));
    reply = customer.waitReply(
        customer.send(protocol::ProfileRequest::type, {{QStringLiteral("customerId"), 1}}));
    QVERIFY(reply);
    QCOMPARE(test::errorCode(*reply), QStringLiteral("forbidden"));
}

void TestProfile::openController(sync::ServerConnection &connection,
                                 sync::CustomerProfileController &controller, qint64 customerId,
                                 qint64 orderId)
{
    connection.setUrl(m_server.url());
    connection.setStaffCredentials(QStringLiteral("bo"), QStringLiteral("correct horse battery"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE(connection.state(), sync::ServerConnection::State::Live);
    QSignalSpy loaded(&controller, &sync::CustomerProfileController::loaded);
    controller.show(customerId, orderId);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(controller.hasProfile());
}

void TestProfile::complaintFromAnotherConnectionUpdatesOpenProfile()
{
    sync::ServerConnection connection;
    sync::CustomerProfileController controller(connection);
    QAbstractItemModelTester ordersTester(controller.orders(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(controller.timeline(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    openController(connection, controller, 2, 6);
    const qint64 productComplaints = controller.profile().product->complaints;
    const qint64 headerComplaints = controller.profile().header.complaintCount;
    const QModelIndex order4 = controller.orders()->indexOfOrder(4);
    QVERIFY(order4.isValid());
    const int order4Complaints = order4.siblingAtColumn(OrderTableModel::Complaints).data().toInt();

    // Another agent logs a complaint about order 4 (same product as the focus order 6).
    QSignalSpy changed(&controller, &sync::CustomerProfileController::changed);
    QVERIFY(
        m_agent->request(protocol::ComplaintCreateRequest::type,
                         protocol::ComplaintCreateRequest{4, QStringLiteral("missing_parts"), 0}.toJson()));
    QTRY_VERIFY(!changed.isEmpty());
    const int sections = changed.last().at(0).toInt();
    QVERIFY(sections & int(sync::CustomerProfileController::Section::Statistics));
    QVERIFY(sections & int(sync::CustomerProfileController::Section::Header));
    QCOMPARE(controller.profile().product->complaints, productComplaints + 1);
    QCOMPARE(controller.profile().product->categories.value(QStringLiteral("missing_parts")), 1);
    QCOMPARE(controller.profile().header.complaintCount, headerComplaints + 1);
    QCOMPARE(controller.profile().header.openComplaints, 2);
    QCOMPARE(controller.profile().complaintsByCategory.value(QStringLiteral("missing_parts")), 1);
    QCOMPARE(controller.orders()->indexOfOrder(4).siblingAtColumn(OrderTableModel::Complaints).data().toInt(),
             order4Complaints + 1);

    // A conversation of this customer appears in the timeline as it happens.
    const int timelineRows = controller.timeline()->rowCount();
    test::RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(2));
    QVERIFY(customer.request(protocol::CustomerMessageRequest::type,
                             {{QStringLiteral("channel"), QStringLiteral("sms")},
                              {QStringLiteral("text"), QStringLiteral("Kettle still not here")},
                              {QStringLiteral("orderId"), 7}}));
    QTRY_COMPARE(controller.timeline()->rowCount(), timelineRows + 1);
    QCOMPARE(controller.timeline()->index(0).data(sync::TimelineModel::FirstMessageRole).toString(),
             QStringLiteral("Kettle still not here"));
    QVERIFY(controller.profile().header.channels.contains(QStringLiteral("sms")));
}

void TestProfile::ordersPageSortAndFilterOnTheServer()
{
    sync::ServerConnection connection;
    sync::CustomerProfileController controller(connection);
    QAbstractItemModelTester tester(controller.orders(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    openController(connection, controller, 3, 0);
    auto *orders = controller.orders();
    QCOMPARE(orders->total(), 1200);
    // The first page (60) comes with the profile; the model tester pages a little further in.
    QVERIFY(orders->rowCount() >= 60 && orders->rowCount() < 1200);
    QCOMPARE(orders->index(0, OrderTableModel::Date).data(OrderTableModel::TimestampRole).toLongLong(),
             1600000000000 + 1200 * 60000LL);

    // Scrolling asks for more until everything is there.
    for (;;) {
        QTRY_VERIFY(!orders->isFetching());
        if (!orders->canFetchMore({}))
            break;
        orders->fetchMore({});
    }
    QCOMPARE(orders->rowCount(), 1200);

    // Sorting by amount, ascending, happens over all 1,200 orders on the server.
    orders->sort(OrderTableModel::Amount, Qt::AscendingOrder);
    QTRY_VERIFY(orders->rowCount() > 0 && !orders->isFetching());
    QCOMPARE(orders->index(0, 0).data(OrderTableModel::AmountMinorRole).toLongLong(), 100);
    QCOMPARE(orders->index(1, 0).data(OrderTableModel::AmountMinorRole).toLongLong(), 200);

    // Filtering by status, typed as the agent would; % is literal, not a wildcard.
    orders->setFilter(QStringLiteral("returned"));
    QTRY_VERIFY(!orders->isFetching() && orders->rowCount() > 0);
    QCOMPARE(orders->total(), 120);
    orders->setFilter(QStringLiteral("%"));
    QTRY_VERIFY(!orders->isFetching());
    QCOMPARE(orders->total(), 0);
    QCOMPARE(orders->rowCount(), 0);
    orders->setFilter(QStringLiteral("BIG-000"));
    QTRY_VERIFY(!orders->isFetching() && orders->rowCount() > 0);
    QCOMPARE(orders->total(), 9);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
