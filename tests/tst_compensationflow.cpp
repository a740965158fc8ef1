// Compensation against a real warmline-server process over real sockets: decisions within
// authority, typed errors for clients that bypass the picker, replays and conflicts, a budget race
// between parallel connections of one agent, approvals with live events, escalation, the
// customer's choice and way back (with a short, configurable window), authority set by a
// supervisor, and the audit chain verified and then tampered with.

#include "protocol/compensationjson.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "server/warmlineserver.h"
#include "storage/database.h"
#include "sync/compensationcontroller.h"
#include "sync/serverconnection.h"
#include "testsupport.h"

#include <memory>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using test::errorCode;
using test::payloadOf;
using test::RawClient;

namespace {

// The server's default: a customer may switch options for a week after choosing.
constexpr qint64 kSwitchWindowSeconds = 7LL * 24 * 3600;

QJsonObject remedy(const QString &kind, qint64 amount)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("amount"), amount}};
}

QJsonObject decision(qint64 complaintId, const QJsonArray &remedies,
                     const QString &reason = QStringLiteral("快递延误三天"))
{
    return {{QStringLiteral("complaintId"), complaintId},
            {QStringLiteral("remedies"), remedies},
            {QStringLiteral("reason"), reason}};
}

QString errorField(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

QJsonObject compensationOf(const QJsonObject &frame)
{
    return payloadOf(frame).value(QStringLiteral("compensation")).toObject();
}

} // namespace

class TestCompensationFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void optionsComeWithTheCallersAuthority();
    void decisionWithinAuthorityIsEffectiveAtOnce();
    void bypassingThePickerGetsTypedErrors_data();
    void bypassingThePickerGetsTypedErrors();
    void overAuthorityIsRefusedNotQueued();
    void replayReturnsTheFirstResult();
    void parallelConnectionsNeverExceedTheBudget();
    void approvalReachesSupervisorsAndAnswerReachesTheAgent();
    void nobodyApprovesTheirOwnRequest();
    void oneOrderNeverGetsMoreThanItsValue();
    void anotherAgentsComplaintIsTheirsEvenUnnamed();
    void unansweredRequestsEscalate();
    void customerChoosesAndSwitchesWithinTheWindow();
    void switchAfterTheWindowIsRefused();
    void supervisorSetsAnAgentsAuthority();
    void droppedConnectionNeverDoublesADecision();
    void simulatedCustomerChoosesAnOfferedOption();
    void auditChainVerifiesAndNamesATamperedRow();

private:
    struct Case
    {
        qint64 customerId = 0;
        qint64 orderId = 0;
        qint64 orderAmount = 0;
        qint64 complaintId = 0;
    };
    // A complaint on the dearest order of a customer not used before, worth at least minimumFen (and
    // at most maximumFen when given).
    Case makeCase(qint64 minimumFen, const QString &category = QStringLiteral("damaged_item"),
                  qint64 maximumFen = 0);
    std::unique_ptr<RawClient> staff(const QString &login);
    QJsonObject authorityOf(RawClient &client);
    int auditEntries(const QString &action);

    // An in-process server (real sockets, real SQLite file) on a clock the test can move forward:
    // the demo's day (kDemoNowMs), running on from the start, plus m_clockAheadMs. It runs on so
    // that request budgets refill as they would.
    QTemporaryDir m_dir;
    QElapsedTimer m_sinceStart;
    qint64 m_clockAheadMs = 0;
    qint64 serverNow() const { return test::kDemoNowMs + m_sinceStart.elapsed() + m_clockAheadMs; }
    std::unique_ptr<server::WarmlineServer> m_server;
    QString databasePath() const { return m_dir.filePath(QStringLiteral("compensation.sqlite")); }
    std::unique_ptr<RawClient> m_agent;
    qint64 m_nextCustomer = 1;
};

void TestCompensationFlow::initTestCase()
{
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = databasePath();
    options.demo = true;
    options.demoData.customers = 60;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.compensationSwitchWindowMs = kSwitchWindowSeconds * 1000;
    options.approvalEscalationMs = 1000;
    m_sinceStart.start();
    options.clock = [this] { return serverNow(); };
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_agent = staff(QStringLiteral("agent1"));
    QVERIFY(m_agent);
}

std::unique_ptr<RawClient> TestCompensationFlow::staff(const QString &login)
{
    auto client = std::make_unique<RawClient>();
    if (!client->connectTo(m_server->url()) || !client->login(login, QStringLiteral("demo")) ||
        !client->subscribe(protocol::topic::conversations))
        return {};
    return client;
}

TestCompensationFlow::Case TestCompensationFlow::makeCase(qint64 minimumFen, const QString &category,
                                                          qint64 maximumFen)
{
    for (; m_nextCustomer <= 60; ++m_nextCustomer) {
        core::OrderQuery query;
        query.customerId = m_nextCustomer;
        query.sort = core::OrderQuery::Sort::Amount;
        query.limit = 1;
        const auto page =
            m_agent->request(protocol::OrdersRequest::type, protocol::OrdersRequest{query}.toJson());
        if (!page)
            return {};
        const auto items = page->value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            continue;
        const core::OrderRow order = protocol::orderFromJson(items.first().toObject());
        if (order.amount.minor() < minimumFen || (maximumFen && order.amount.minor() > maximumFen))
            continue;
        const auto created =
            m_agent->request(protocol::ComplaintCreateRequest::type,
                             protocol::ComplaintCreateRequest{order.id, category, 0}.toJson());
        if (!created)
            return {};
        const qint64 customerId = m_nextCustomer++;
        return {
            customerId, order.id, order.amount.minor(),
            created->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger()};
    }
    return {};
}

QJsonObject TestCompensationFlow::authorityOf(RawClient &client)
{
    return client.request(protocol::AuthorityGetRequest::type, {})
        .value_or(QJsonObject())
        .value(QStringLiteral("authority"))
        .toObject();
}

int TestCompensationFlow::auditEntries(const QString &action)
{
    storage::Database db;
    QString error;
    static int counter = 0;
    if (!db.open(databasePath(), QStringLiteral("audit-read-%1").arg(++counter), &error))
        return -1;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestCompensationFlow::optionsComeWithTheCallersAuthority()
{
    const Case c = makeCase(20000);
    QVERIFY(c.complaintId > 0);
    const auto options = m_agent->request(protocol::CompensationOptionsRequest::type,
                                          protocol::CompensationOptionsRequest{c.complaintId}.toJson());
    QVERIFY(options);
    const QJsonArray list = options->value(QStringLiteral("options")).toArray();
    QVERIFY(list.size() >= 3);
    bool sawOverLimit = false;
    for (const QJsonValue &value : list) {
        const core::CompensationOption option = protocol::optionFromJson(value.toObject());
        QVERIFY(!option.remedies.isEmpty());
        QCOMPARE(option.cost, core::totalCost(option.remedies));
        // A damaged item worth ¥200 or more: replacement and refunds are above an agent's ¥50.
        QCOMPARE(option.withinAuthority(), option.cost.minor() <= 5000);
        sawOverLimit |= !option.withinAuthority();
    }
    QVERIFY(sawOverLimit);
    const auto authority =
        protocol::authorityFromJson(options->value(QStringLiteral("authority")).toObject());
    QCOMPARE(authority.perCaseLimit.minor(), 5000);
    QCOMPARE(authority.dailyBudget.minor(), 30000);
    QCOMPARE(options->value(QStringLiteral("complaint"))
                 .toObject()
                 .value(QStringLiteral("orderAmount"))
                 .toInteger(),
             c.orderAmount);
    QCOMPARE(options->value(QStringLiteral("switchWindowSeconds")).toInteger(), kSwitchWindowSeconds);

    // Customers cannot ask for staff options.
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(c.customerId));
    const auto refused =
        customer.waitReply(customer.send(protocol::CompensationOptionsRequest::type,
                                         protocol::CompensationOptionsRequest{c.complaintId}.toJson()));
    QVERIFY(refused);
    QCOMPARE(errorCode(*refused), QStringLiteral("forbidden"));
}

void TestCompensationFlow::decisionWithinAuthorityIsEffectiveAtOnce()
{
    const Case c = makeCase(3000, QStringLiteral("late_delivery"));
    QVERIFY(c.complaintId > 0);
    // The customer writes about the order; the agent takes the conversation.
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(c.customerId));
    const auto opened = customer.request(QStringLiteral("customer.message"),
                                         {{QStringLiteral("channel"), QStringLiteral("app")},
                                          {QStringLiteral("text"), QStringLiteral("快递一周了还没到")},
                                          {QStringLiteral("orderId"), c.orderId}});
    QVERIFY(opened);
    const qint64 conversationId = opened->value(QStringLiteral("conversationId")).toInteger();
    QVERIFY(
        m_agent->request(protocol::AcceptRequest::type, protocol::AcceptRequest{conversationId}.toJson()));

    const int decidedBefore = auditEntries(QStringLiteral("compensation.decided"));
    const qint64 spentBefore = authorityOf(*m_agent).value(QStringLiteral("spentToday")).toInteger();
    QJsonObject payload = decision(
        c.complaintId, {remedy(QStringLiteral("coupon"), 1000), remedy(QStringLiteral("points"), 500)});
    payload.insert(QStringLiteral("conversationId"), conversationId);
    const QString id = m_agent->send(protocol::CompensationDecideRequest::type, payload);
    const auto reply = m_agent->waitReply(id);
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const auto compensation = protocol::compensationFromJson(compensationOf(*reply));
    QVERIFY(compensation);
    QCOMPARE(compensation->status, core::CompensationStatus::Effective);
    QCOMPARE(compensation->amount.minor(), 1500);
    QCOMPARE(compensation->remedies.at(1).points, 500);
    QCOMPARE(compensation->conversationId, conversationId);
    QCOMPARE(authorityOf(*m_agent).value(QStringLiteral("spentToday")).toInteger(), spentBefore + 1500);
    QCOMPARE(auditEntries(QStringLiteral("compensation.decided")), decidedBefore + 1);

    // Staff hear of it live.
    QVERIFY(m_agent->waitEvent([&](const QJsonObject &event) {
        return event.value(QStringLiteral("event")).toString() == protocol::event::compensationUpdated &&
               compensationOf(event).value(QStringLiteral("id")).toInteger() == compensation->id;
    }));
    // The customer's 360 timeline shows the compensation given in that conversation.
    const auto profile =
        m_agent->request(protocol::ProfileRequest::type, protocol::ProfileRequest{c.customerId, 0}.toJson());
    QVERIFY(profile);
    bool found = false;
    for (const QJsonValue &value : profile->value(QStringLiteral("timeline")).toArray()) {
        const core::TimelineEntry entry = protocol::timelineFromJson(value.toObject());
        if (entry.conversationId == conversationId) {
            found = true;
            QCOMPARE(entry.compensation.minor(), 1500);
        }
    }
    QVERIFY(found);
    // And the complaint is resolved with it.
    const auto detail = m_agent->request(protocol::OrderDetailRequest::type,
                                         protocol::OrderDetailRequest{c.orderId}.toJson());
    QVERIFY(detail);
    bool resolved = false;
    for (const QJsonValue &value : detail->value(QStringLiteral("complaints")).toArray()) {
        const core::ComplaintRow complaint = protocol::complaintFromJson(value.toObject());
        if (complaint.id == c.complaintId)
            resolved = complaint.resolution == QLatin1StringView("coupon");
    }
    QVERIFY(resolved);
}

void TestCompensationFlow::bypassingThePickerGetsTypedErrors_data()
{
    QTest::addColumn<QByteArray>("remedies");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative") << QByteArray(R"([{"kind":"coupon","amount":-500}])") << "invalid_field"
                              << "payload.remedies[0].amount";
    QTest::newRow("zero") << QByteArray(R"([{"kind":"coupon","amount":0}])") << "invalid_field"
                          << "payload.remedies[0].amount";
    QTest::newRow("fraction of a fen")
        << QByteArray(R"([{"kind":"coupon","amount":10.5}])") << "invalid_field"
        << "payload.remedies[0].amount";
    QTest::newRow("yuan as a string")
        << QByteArray(R"([{"kind":"coupon","amount":"10.00"}])") << "invalid_field"
        << "payload.remedies[0].amount";
    QTest::newRow("absurdly large") << QByteArray(R"([{"kind":"coupon","amount":1e15}])") << "invalid_field"
                                    << "payload.remedies[0].amount";
    QTest::newRow("beyond exact integers")
        << QByteArray(R"([{"kind":"coupon","amount":1e300}])") << "invalid_field"
        << "payload.remedies[0].amount";
    QTest::newRow("no amount") << QByteArray(R"([{"kind":"points"}])") << "missing_field"
                               << "payload.remedies[0].amount";
    QTest::newRow("unknown remedy") << QByteArray(R"([{"kind":"cash_in_envelope","amount":100}])")
                                    << "invalid_field"
                                    << "payload.remedies[0].kind";
    QTest::newRow("second item malformed")
        << QByteArray(R"([{"kind":"coupon","amount":500},{"kind":"points","amount":true}])")
        << "invalid_field"
        << "payload.remedies[1].amount";
    QTest::newRow("same remedy twice")
        << QByteArray(R"([{"kind":"coupon","amount":500},{"kind":"coupon","amount":500}])") << "invalid_field"
        << "payload.remedies[1].kind";
    QTest::newRow("nothing") << QByteArray("[]") << "invalid_field"
                             << "payload.remedies";
    QTest::newRow("not a list") << QByteArray(R"({"kind":"coupon","amount":500})") << "invalid_field"
                                << "payload.remedies";
    QTest::newRow("shipping label worth ¥80")
        << QByteArray(R"([{"kind":"free_return_shipping","amount":8000}])") << "invalid_field"
        << "payload.remedies[0].amount";
    QTest::newRow("refund above the order")
        << QByteArray(R"([{"kind":"partial_refund","amount":99999999}])") << "invalid_field"
        << "payload.remedies[0].amount";
}

void TestCompensationFlow::bypassingThePickerGetsTypedErrors()
{
    QFETCH(QByteArray, remedies);
    QFETCH(QString, code);
    QFETCH(QString, field);
    static Case c;
    if (!c.complaintId)
        c = makeCase(2000, QStringLiteral("billing"));
    QVERIFY(c.complaintId > 0);
    const int audited = auditEntries(QStringLiteral("compensation.decided"));
    const QJsonObject before = authorityOf(*m_agent);
    // Written by hand, the way a client that skips the picker would.
    static int counter = 0;
    const QByteArray id = "bypass-" + QByteArray::number(++counter);
    const QByteArray frame = R"({"v":1,"type":"compensation.decide","id":")" + id +
                             R"(","payload":{"complaintId":)" + QByteArray::number(c.complaintId) +
                             R"(,"reason":"test","remedies":)" + remedies + "}}";
    m_agent->sendRaw(frame);
    const auto reply = m_agent->waitReply(QString::fromLatin1(id));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), code);
    QCOMPARE(errorField(*reply), field);
    QVERIFY(!reply->value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    // Nothing was written: no money, no audit entry, no compensation on the complaint.
    QCOMPARE(authorityOf(*m_agent), before);
    QCOMPARE(auditEntries(QStringLiteral("compensation.decided")), audited);
    const auto options = m_agent->request(protocol::CompensationOptionsRequest::type,
                                          protocol::CompensationOptionsRequest{c.complaintId}.toJson());
    QVERIFY(options);
    QVERIFY(options->value(QStringLiteral("compensations")).toArray().isEmpty());
}

void TestCompensationFlow::overAuthorityIsRefusedNotQueued()
{
    const Case c = makeCase(20000);
    QVERIFY(c.complaintId > 0);
    const QJsonObject before = authorityOf(*m_agent);
    // One fen over the ¥50 case limit.
    auto reply = m_agent->waitReply(
        m_agent->send(protocol::CompensationDecideRequest::type,
                      decision(c.complaintId, {remedy(QStringLiteral("partial_refund"), 5001)})));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("over_authority"));
    const QJsonObject details =
        reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("check")).toString(), QStringLiteral("over_case_limit"));
    QCOMPARE(details.value(QStringLiteral("cost")).toInteger(), 5001);
    QCOMPARE(authorityOf(*m_agent), before);
    // Exactly at the limit is the agent's own decision.
    reply = m_agent->waitReply(
        m_agent->send(protocol::CompensationDecideRequest::type,
                      decision(c.complaintId, {remedy(QStringLiteral("partial_refund"), 5000)})));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    // Asking for approval of something within authority is refused: decide it yourself.
    reply =
        m_agent->waitReply(m_agent->send(protocol::CompensationApprovalRequest::type,
                                         decision(c.complaintId, {remedy(QStringLiteral("coupon"), 500)})));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_state"));
}

void TestCompensationFlow::replayReturnsTheFirstResult()
{
    const Case c = makeCase(2000, QStringLiteral("service_attitude"));
    QVERIFY(c.complaintId > 0);
    const QString id = QStringLiteral("decide-once");
    const QJsonObject payload = decision(c.complaintId, {remedy(QStringLiteral("coupon"), 800)});
    const auto first =
        m_agent->waitReply(m_agent->send(protocol::CompensationDecideRequest::type, payload, id));
    QVERIFY(first);
    QCOMPARE(first->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const QJsonObject spent = authorityOf(*m_agent);

    // Again, from another connection of the same agent (a reconnect): the stored result, nothing more.
    auto again = staff(QStringLiteral("agent1"));
    QVERIFY(again);
    const auto replay = again->waitReply(again->send(protocol::CompensationDecideRequest::type, payload, id));
    QVERIFY(replay);
    QCOMPARE(replay->value(QStringLiteral("payload")), first->value(QStringLiteral("payload")));
    QCOMPARE(replay->value(QStringLiteral("seq")), first->value(QStringLiteral("seq")));
    QCOMPARE(authorityOf(*m_agent), spent);

    // The same id with another amount is a conflict, not a second decision.
    const auto conflict =
        again->waitReply(again->send(protocol::CompensationDecideRequest::type,
                                     decision(c.complaintId, {remedy(QStringLiteral("coupon"), 900)}), id));
    QVERIFY(conflict);
    QCOMPARE(errorCode(*conflict), QStringLiteral("idempotency_conflict"));
    QCOMPARE(errorField(*conflict), QStringLiteral("id"));
    QCOMPARE(authorityOf(*m_agent), spent);
    const auto options = m_agent->request(protocol::CompensationOptionsRequest::type,
                                          protocol::CompensationOptionsRequest{c.complaintId}.toJson());
    QCOMPARE(options->value(QStringLiteral("compensations")).toArray().size(), 1);
}

void TestCompensationFlow::parallelConnectionsNeverExceedTheBudget()
{
    const Case c = makeCase(5000, QStringLiteral("quality"));
    QVERIFY(c.complaintId > 0);
    // agent2 has the agent's default ¥300 a day; twelve connections each try to give ¥40 at once.
    constexpr int connections = 12;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < connections; ++i) {
        clients.push_back(staff(QStringLiteral("agent2")));
        QVERIFY(clients.back());
    }
    QStringList ids;
    for (auto &client : clients)
        ids.append(client->send(protocol::CompensationDecideRequest::type,
                                decision(c.complaintId, {remedy(QStringLiteral("partial_refund"), 4000)})));
    int effective = 0;
    int refused = 0;
    for (int i = 0; i < connections; ++i) {
        const auto reply = clients[size_t(i)]->waitReply(ids.at(i), 15000);
        QVERIFY(reply);
        if (reply->value(QStringLiteral("type")).toString() == QLatin1StringView("ack")) {
            ++effective;
        } else {
            QCOMPARE(errorCode(*reply), QStringLiteral("over_authority"));
            QCOMPARE(reply->value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("check"))
                         .toString(),
                     QStringLiteral("over_daily_budget"));
            ++refused;
        }
    }
    // 7 × ¥40 = ¥280; an eighth would make ¥320.
    QCOMPARE(effective, 7);
    QCOMPARE(refused, connections - 7);
    const QJsonObject authority = authorityOf(*clients.front());
    QCOMPARE(authority.value(QStringLiteral("spentToday")).toInteger(), 28000);
    QCOMPARE(authority.value(QStringLiteral("remainingToday")).toInteger(), 2000);
}

void TestCompensationFlow::approvalReachesSupervisorsAndAnswerReachesTheAgent()
{
    const Case c = makeCase(20000);
    QVERIFY(c.complaintId > 0);
    auto agent = staff(QStringLiteral("agent3"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    QVERIFY(agent && supervisor);
    const auto asked = agent->waitReply(
        agent->send(protocol::CompensationApprovalRequest::type,
                    decision(c.complaintId, {remedy(QStringLiteral("partial_refund"), 15000)},
                             QStringLiteral("第二次破损，客户很失望"))));
    QVERIFY(asked);
    QCOMPARE(asked->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const qint64 id = compensationOf(*asked).value(QStringLiteral("id")).toInteger();
    QCOMPARE(compensationOf(*asked).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending_approval"));
    // Nothing is given (or counted) while it waits.
    QCOMPARE(authorityOf(*agent).value(QStringLiteral("spentToday")).toInteger(), 0);

    // The supervisor sees it live, and in the list.
    QVERIFY(supervisor->waitEvent([&](const QJsonObject &event) {
        return compensationOf(event).value(QStringLiteral("id")).toInteger() == id &&
               compensationOf(event).value(QStringLiteral("status")).toString() ==
                   QLatin1StringView("pending_approval");
    }));
    const auto list = supervisor->request(protocol::ApprovalListRequest::type, {});
    QVERIFY(list);
    bool listed = false;
    for (const QJsonValue &value : list->value(QStringLiteral("pending")).toArray())
        listed |= value.toObject().value(QStringLiteral("id")).toInteger() == id;
    QVERIFY(listed);

    // An agent cannot answer; a rejection needs a comment.
    auto reply = m_agent->waitReply(m_agent->send(protocol::ApprovalAnswerRequest::approveType,
                                                  {{QStringLiteral("compensationId"), id}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("forbidden"));
    reply = supervisor->waitReply(supervisor->send(protocol::ApprovalAnswerRequest::rejectType,
                                                   {{QStringLiteral("compensationId"), id}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("missing_field"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.comment"));

    // Amended to ¥120 with a comment: the agent sees the answer live.
    protocol::AmendRequest amend;
    amend.answer = protocol::ApprovalAnswerRequest::Answer::Amend;
    amend.compensationId = id;
    amend.comment = QStringLiteral("退120元，另送运费券");
    amend.remedies = {
        core::remedyWithCost(core::RemedyKind::PartialRefund, core::Money::fromMinor(12000), {})};
    reply = supervisor->waitReply(supervisor->send(amend.type, amend.toJson()));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const auto answered = agent->waitEvent([&](const QJsonObject &event) {
        return compensationOf(event).value(QStringLiteral("id")).toInteger() == id &&
               compensationOf(event).value(QStringLiteral("status")).toString() ==
                   QLatin1StringView("approved");
    });
    QVERIFY(answered);
    const auto approved = protocol::compensationFromJson(compensationOf(*answered));
    QCOMPARE(approved->amount.minor(), 12000);
    QCOMPARE(approved->requestedAmount.minor(), 15000);
    QCOMPARE(approved->approverComment, amend.comment);
    QCOMPARE(approved->approverName, QStringLiteral("张敏"));
    // Approved money counts against the approver's budget.
    QCOMPARE(authorityOf(*supervisor).value(QStringLiteral("spentToday")).toInteger(), 12000);
    QCOMPARE(authorityOf(*agent).value(QStringLiteral("spentToday")).toInteger(), 0);
    // Answered once only.
    reply = supervisor->waitReply(supervisor->send(
        protocol::ApprovalAnswerRequest::rejectType,
        {{QStringLiteral("compensationId"), id}, {QStringLiteral("comment"), QStringLiteral("no")}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_state"));
    QCOMPARE(auditEntries(QStringLiteral("approval.amended")), 1);
}

void TestCompensationFlow::oneOrderNeverGetsMoreThanItsValue()
{
    // Within an administrator's ¥2,000 per case, so only the order's value can stand in the way.
    const Case c = makeCase(10000, QStringLiteral("damaged_item"), 150000);
    QVERIFY(c.complaintId > 0);
    auto agent = staff(QStringLiteral("agent3"));
    auto admin = staff(QStringLiteral("admin"));
    QVERIFY(agent && admin);
    auto detailsOf = [](const QJsonObject &frame) {
        return frame.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
    };

    // A ¥40 coupon first; then a full refund on top would give more than the order is worth.
    auto reply =
        agent->waitReply(agent->send(protocol::CompensationDecideRequest::type,
                                     decision(c.complaintId, {remedy(QStringLiteral("coupon"), 4000)})));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    reply = agent->waitReply(
        agent->send(protocol::CompensationApprovalRequest::type,
                    decision(c.complaintId, {remedy(QStringLiteral("full_refund"), c.orderAmount)})));
    QCOMPARE(errorCode(*reply), QStringLiteral("over_order_value"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.remedies"));
    QCOMPARE(detailsOf(*reply).value(QStringLiteral("given")).toInteger(), 4000);
    QCOMPARE(detailsOf(*reply).value(QStringLiteral("room")).toInteger(), c.orderAmount - 4000);
    // An offer may not hold more than is left either; return shipping is not counted.
    reply = agent->waitReply(agent->send(
        protocol::CompensationOfferRequest::type,
        {{QStringLiteral("complaintId"), c.complaintId},
         {QStringLiteral("reason"), QStringLiteral("破损")},
         {QStringLiteral("options"),
          QJsonArray{
              QJsonObject{{QStringLiteral("remedies"),
                           QJsonArray{remedy(QStringLiteral("free_return_shipping"), 1200)}}},
              QJsonObject{{QStringLiteral("remedies"),
                           QJsonArray{remedy(QStringLiteral("partial_refund"), c.orderAmount - 3999)}}}}}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("over_order_value"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.options[1].remedies"));

    // Asking for exactly what is left is fine, and the pending request holds it: nothing more can be
    // decided meanwhile.
    reply = agent->waitReply(agent->send(
        protocol::CompensationApprovalRequest::type,
        decision(c.complaintId, {remedy(QStringLiteral("partial_refund"), c.orderAmount - 4000)})));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const qint64 requestId = compensationOf(*reply).value(QStringLiteral("id")).toInteger();
    reply = agent->waitReply(agent->send(protocol::CompensationDecideRequest::type,
                                         decision(c.complaintId, {remedy(QStringLiteral("points"), 100)})));
    QCOMPARE(errorCode(*reply), QStringLiteral("over_order_value"));

    // The approver sees the order's amount and what it already got.
    const auto list = admin->request(protocol::ApprovalListRequest::type, {});
    QVERIFY(list);
    QJsonObject pending;
    for (const QJsonValue &value : list->value(QStringLiteral("pending")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == requestId)
            pending = value.toObject();
    }
    QVERIFY(!pending.isEmpty());
    QCOMPARE(pending.value(QStringLiteral("orderAmount")).toInteger(), c.orderAmount);
    QCOMPARE(pending.value(QStringLiteral("orderGiven")).toInteger(), 4000);

    // Approving needs no comment.
    reply = admin->waitReply(admin->send(protocol::ApprovalAnswerRequest::approveType,
                                         {{QStringLiteral("compensationId"), requestId}}));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    QCOMPARE(compensationOf(*reply).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(compensationOf(*reply).value(QStringLiteral("approverComment")).toString(), QString());

    // The order has had its full value: the picker gets no options, and says why.
    const auto options = agent->request(protocol::CompensationOptionsRequest::type,
                                        {{QStringLiteral("complaintId"), c.complaintId}});
    QVERIFY(options);
    QVERIFY(options->value(QStringLiteral("options")).toArray().isEmpty());
    const QJsonObject order = options->value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("amount")).toInteger(), c.orderAmount);
    QCOMPARE(order.value(QStringLiteral("given")).toInteger(), c.orderAmount);
    // A second complaint on the same order does not open a new allowance.
    const auto second = agent->request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{c.orderId, QStringLiteral("late_delivery"), 0}.toJson());
    QVERIFY(second);
    const qint64 secondComplaint =
        second->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    reply = agent->waitReply(agent->send(protocol::CompensationDecideRequest::type,
                                         decision(secondComplaint, {remedy(QStringLiteral("coupon"), 500)})));
    QCOMPARE(errorCode(*reply), QStringLiteral("over_order_value"));
    QCOMPARE(detailsOf(*reply).value(QStringLiteral("room")).toInteger(), 0);
}

void TestCompensationFlow::anotherAgentsComplaintIsTheirsEvenUnnamed()
{
    // agent4 holds the conversation the complaint was raised in; agent2 leaves conversationId out.
    const Case c = makeCase(3000);
    QVERIFY(c.complaintId > 0);
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(c.customerId));
    const auto written = customer.request(QStringLiteral("customer.message"),
                                          {{QStringLiteral("channel"), QStringLiteral("web")},
                                           {QStringLiteral("text"), QStringLiteral("包裹压坏了")},
                                           {QStringLiteral("orderId"), c.orderId}});
    QVERIFY(written);
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    auto holder = staff(QStringLiteral("agent4"));
    auto other = staff(QStringLiteral("agent2"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    QVERIFY(holder && other && supervisor);
    QVERIFY(holder->request(QStringLiteral("conversation.accept"),
                            {{QStringLiteral("conversationId"), conversationId}}));
    const auto raised = holder->request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{c.orderId, QStringLiteral("damaged_item"), conversationId}.toJson());
    QVERIFY(raised);
    const qint64 complaintId =
        raised->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();

    auto reply =
        other->waitReply(other->send(protocol::CompensationDecideRequest::type,
                                     decision(complaintId, {remedy(QStringLiteral("coupon"), 500)})));
    QCOMPARE(errorCode(*reply), QStringLiteral("forbidden"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.complaintId"));
    // Reading the options stays open; the holder and supervisors may give.
    QVERIFY(other->request(protocol::CompensationOptionsRequest::type,
                           {{QStringLiteral("complaintId"), complaintId}}));
    reply = holder->waitReply(holder->send(protocol::CompensationDecideRequest::type,
                                           decision(complaintId, {remedy(QStringLiteral("coupon"), 500)})));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
}

void TestCompensationFlow::nobodyApprovesTheirOwnRequest()
{
    const Case c = makeCase(60000, QStringLiteral("wrong_item"));
    QVERIFY(c.complaintId > 0);
    auto supervisor = staff(QStringLiteral("supervisor1"));
    auto admin = staff(QStringLiteral("admin"));
    QVERIFY(supervisor && admin);
    // ¥550 is above a supervisor's ¥500 case limit: they ask too.
    const auto asked = supervisor->waitReply(
        supervisor->send(protocol::CompensationApprovalRequest::type,
                         decision(c.complaintId, {remedy(QStringLiteral("partial_refund"), 55000)})));
    QVERIFY(asked);
    const qint64 id = compensationOf(*asked).value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    auto reply = supervisor->waitReply(supervisor->send(protocol::ApprovalAnswerRequest::approveType,
                                                        {{QStringLiteral("compensationId"), id}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("forbidden"));
    reply = admin->waitReply(admin->send(
        protocol::ApprovalAnswerRequest::approveType,
        {{QStringLiteral("compensationId"), id}, {QStringLiteral("comment"), QStringLiteral("ok")}}));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    QCOMPARE(compensationOf(*reply).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
}

void TestCompensationFlow::unansweredRequestsEscalate()
{
    const Case c = makeCase(20000);
    QVERIFY(c.complaintId > 0);
    auto supervisor = staff(QStringLiteral("supervisor1"));
    auto agent = staff(QStringLiteral("agent4"));
    QVERIFY(supervisor && agent);
    const auto asked = agent->waitReply(
        agent->send(protocol::CompensationApprovalRequest::type,
                    decision(c.complaintId, {remedy(QStringLiteral("replacement"), c.orderAmount)})));
    QVERIFY(asked);
    const qint64 id = compensationOf(*asked).value(QStringLiteral("id")).toInteger();
    QCOMPARE(compensationOf(*asked).value(QStringLiteral("escalated")).toBool(), false);
    // The server runs with --approval-escalation-seconds 1.
    const auto escalated = supervisor->waitEvent(
        [&](const QJsonObject &event) {
            return compensationOf(event).value(QStringLiteral("id")).toInteger() == id &&
                   compensationOf(event).value(QStringLiteral("escalated")).toBool();
        },
        10000);
    QVERIFY(escalated);
    QCOMPARE(compensationOf(*escalated).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending_approval"));
    QVERIFY(auditEntries(QStringLiteral("approval.escalated")) >= 1);
}

void TestCompensationFlow::customerChoosesAndSwitchesWithinTheWindow()
{
    const Case c = makeCase(3000, QStringLiteral("late_delivery"));
    QVERIFY(c.complaintId > 0);
    auto agent = staff(QStringLiteral("trainer1")); // trainers have an agent's authority
    QVERIFY(agent);
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(c.customerId));
    QVERIFY(customer.subscribe(protocol::topic::mine));

    protocol::CompensationOfferRequest offer;
    offer.complaintId = c.complaintId;
    offer.reason = QStringLiteral("让客户自己选");
    offer.options = {{core::remedyWithCost(core::RemedyKind::Coupon, core::Money::fromMinor(1000), {})},
                     {core::remedyWithCost(core::RemedyKind::Points, core::Money::fromMinor(2500), {})}};
    auto reply = agent->waitReply(agent->send(offer.type, offer.toJson()));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const qint64 id = compensationOf(*reply).value(QStringLiteral("id")).toInteger();
    // The dearest option is held against the budget while the customer chooses.
    QJsonObject authority = authorityOf(*agent);
    QCOMPARE(authority.value(QStringLiteral("spentToday")).toInteger(), 0);
    QCOMPARE(authority.value(QStringLiteral("heldToday")).toInteger(), 2500);

    // The customer receives the offer (without the agent's reason) and chooses the coupon.
    const auto offered = customer.waitEvent([&](const QJsonObject &event) {
        return event.value(QStringLiteral("event")).toString() == protocol::event::compensationOffer &&
               payloadOf(event)
                       .value(QStringLiteral("offer"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toInteger() == id;
    });
    QVERIFY(offered);
    const QJsonObject offerJson = payloadOf(*offered).value(QStringLiteral("offer")).toObject();
    QCOMPARE(offerJson.value(QStringLiteral("options")).toArray().size(), 2);
    QVERIFY(!offerJson.contains(QStringLiteral("reason")));
    // Staff cannot choose for the customer.
    reply = agent->waitReply(agent->send(protocol::CompensationChooseRequest::type,
                                         protocol::CompensationChooseRequest{id, 0}.toJson()));
    QCOMPARE(errorCode(*reply), QStringLiteral("forbidden"));
    // Another customer cannot see it.
    RawClient stranger;
    QVERIFY(stranger.connectTo(m_server->url()));
    QVERIFY(stranger.loginCustomer(c.customerId == 1 ? 2 : 1));
    reply = stranger.waitReply(stranger.send(protocol::CompensationChooseRequest::type,
                                             protocol::CompensationChooseRequest{id, 0}.toJson()));
    QCOMPARE(errorCode(*reply), QStringLiteral("not_found"));
    reply = customer.waitReply(
        customer.send(protocol::CompensationChooseRequest::type,
                      {{QStringLiteral("compensationId"), id}, {QStringLiteral("option"), 2}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_field"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.option"));

    reply = customer.waitReply(customer.send(protocol::CompensationChooseRequest::type,
                                             protocol::CompensationChooseRequest{id, 0}.toJson()));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    QJsonObject state = payloadOf(*reply).value(QStringLiteral("offer")).toObject();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("effective"));
    QVERIFY(state.value(QStringLiteral("switchDeadline")).toInteger() > serverNow());
    authority = authorityOf(*agent);
    QCOMPARE(authority.value(QStringLiteral("spentToday")).toInteger(), 1000);
    QCOMPARE(authority.value(QStringLiteral("heldToday")).toInteger(), 1500); // a switch is still possible

    // The way back: within the window the customer switches to the points.
    reply = customer.waitReply(customer.send(protocol::CompensationChooseRequest::type,
                                             protocol::CompensationChooseRequest{id, 1}.toJson()));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    state = payloadOf(*reply).value(QStringLiteral("offer")).toObject();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("switched"));
    QCOMPARE(state.value(QStringLiteral("chosenIndex")).toInt(), 1);
    QCOMPARE(state.value(QStringLiteral("previousIndex")).toInt(), 0);
    authority = authorityOf(*agent);
    QCOMPARE(authority.value(QStringLiteral("spentToday")).toInteger(), 2500); // ¥10 reversed, ¥25 given
    QCOMPARE(authority.value(QStringLiteral("heldToday")).toInteger(), 0);
    QVERIFY(agent->waitEvent([&](const QJsonObject &event) {
        return compensationOf(event).value(QStringLiteral("id")).toInteger() == id &&
               compensationOf(event).value(QStringLiteral("status")).toString() ==
                   QLatin1StringView("switched");
    }));
    // Once switched, the choice is final.
    reply = customer.waitReply(customer.send(protocol::CompensationChooseRequest::type,
                                             protocol::CompensationChooseRequest{id, 0}.toJson()));
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_state"));
    QCOMPARE(auditEntries(QStringLiteral("compensation.switched")), 1);
}

void TestCompensationFlow::switchAfterTheWindowIsRefused()
{
    const Case c = makeCase(3000, QStringLiteral("account"));
    QVERIFY(c.complaintId > 0);
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(c.customerId));
    protocol::CompensationOfferRequest offer;
    offer.complaintId = c.complaintId;
    offer.reason = QStringLiteral("account locked for a day");
    offer.options = {{core::remedyWithCost(core::RemedyKind::Points, core::Money::fromMinor(500), {})},
                     {core::remedyWithCost(core::RemedyKind::GoodwillGift, core::Money::fromMinor(800), {})},
                     {core::remedyWithCost(core::RemedyKind::Coupon, core::Money::fromMinor(1000), {})}};
    auto reply = m_agent->waitReply(m_agent->send(offer.type, offer.toJson()));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const qint64 id = compensationOf(*reply).value(QStringLiteral("id")).toInteger();
    reply = customer.waitReply(customer.send(protocol::CompensationChooseRequest::type,
                                             protocol::CompensationChooseRequest{id, 2}.toJson()));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    const qint64 deadline = payloadOf(*reply)
                                .value(QStringLiteral("offer"))
                                .toObject()
                                .value(QStringLiteral("switchDeadline"))
                                .toInteger();
    QVERIFY(deadline - serverNow() > (kSwitchWindowSeconds - 60) * 1000);
    // A week and a moment later, on the server's clock.
    m_clockAheadMs += kSwitchWindowSeconds * 1000 + 1000;
    reply = customer.waitReply(customer.send(protocol::CompensationChooseRequest::type,
                                             protocol::CompensationChooseRequest{id, 0}.toJson()));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_state"));
    QCOMPARE(reply->value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("switchDeadline"))
                 .toInteger(),
             deadline);
    // Back to today for the tests that follow (budgets are per day).
    m_clockAheadMs = 0;
}

void TestCompensationFlow::supervisorSetsAnAgentsAuthority()
{
    auto supervisor = staff(QStringLiteral("supervisor1"));
    auto agent = staff(QStringLiteral("agent4"));
    QVERIFY(supervisor && agent);
    const qint64 agentId = agent->request(QStringLiteral("authority.get"), {})
                               ->value(QStringLiteral("authority"))
                               .toObject()
                               .value(QStringLiteral("agentId"))
                               .toInteger();
    QVERIFY(agentId > 0);
    // Agents cannot; supervisors cannot grant more than they have, nor to themselves.
    auto reply = m_agent->waitReply(m_agent->send(
        protocol::AuthoritySetRequest::type, protocol::AuthoritySetRequest{agentId, 10000, 50000}.toJson()));
    QCOMPARE(errorCode(*reply), QStringLiteral("forbidden"));
    reply = supervisor->waitReply(supervisor->send(
        protocol::AuthoritySetRequest::type, protocol::AuthoritySetRequest{agentId, 60000, 100000}.toJson()));
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_field"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.perCaseLimit"));
    reply = supervisor->waitReply(
        supervisor->send(protocol::AuthoritySetRequest::type, {{QStringLiteral("agentId"), agentId},
                                                               {QStringLiteral("perCaseLimit"), -1},
                                                               {QStringLiteral("dailyBudget"), 100}}));
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_field"));
    QCOMPARE(errorField(*reply), QStringLiteral("payload.perCaseLimit"));

    reply = supervisor->waitReply(supervisor->send(
        protocol::AuthoritySetRequest::type, protocol::AuthoritySetRequest{agentId, 1000, 2000}.toJson()));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    // The agent's workstation hears it live, and the server enforces it at once.
    QVERIFY(agent->waitEvent([&](const QJsonObject &event) {
        return event.value(QStringLiteral("event")).toString() == protocol::event::authorityUpdated &&
               payloadOf(event)
                       .value(QStringLiteral("authority"))
                       .toObject()
                       .value(QStringLiteral("agentId"))
                       .toInteger() == agentId;
    }));
    const Case c = makeCase(3000, QStringLiteral("late_delivery"));
    reply = agent->waitReply(agent->send(protocol::CompensationDecideRequest::type,
                                         decision(c.complaintId, {remedy(QStringLiteral("coupon"), 1001)})));
    QCOMPARE(errorCode(*reply), QStringLiteral("over_authority"));
    reply = agent->waitReply(agent->send(protocol::CompensationDecideRequest::type,
                                         decision(c.complaintId, {remedy(QStringLiteral("coupon"), 1000)})));
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    QCOMPARE(auditEntries(QStringLiteral("authority.set")), 1);
}

void TestCompensationFlow::droppedConnectionNeverDoublesADecision()
{
    const Case c = makeCase(3000, QStringLiteral("late_delivery"));
    QVERIFY(c.complaintId > 0);
    sync::ServerConnection connection;
    connection.setUrl(m_server->url());
    connection.setStaffCredentials(QStringLiteral("admin"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), sync::ServerConnection::State::Live, 20000);
    sync::CompensationController controller(connection);
    core::ConversationSummary conversation;
    // The picker follows a conversation about the order (the controller needs only its ids).
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(c.customerId));
    const auto opened = customer.request(QStringLiteral("customer.message"),
                                         {{QStringLiteral("channel"), QStringLiteral("sms")},
                                          {QStringLiteral("text"), QStringLiteral("still waiting")},
                                          {QStringLiteral("orderId"), c.orderId}});
    QVERIFY(opened);
    conversation.id = opened->value(QStringLiteral("conversationId")).toInteger();
    conversation.customerId = c.customerId;
    conversation.orderId = c.orderId;
    controller.showConversation(conversation);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), sync::CompensationController::State::Ready, 10000);
    QCOMPARE(controller.complaintId(), c.complaintId);

    // Sent, and the connection drops in the same moment: whether or not the server got it, the
    // controller sends it again under the same id once live, and exactly one decision exists.
    QSignalSpy done(&controller, &sync::CompensationController::done);
    controller.decide({core::remedyWithCost(core::RemedyKind::Coupon, core::Money::fromMinor(700), {})},
                      QStringLiteral("sorry for the wait"));
    connection.dropConnection();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QVERIFY(!controller.isBusy());
    const auto options = m_agent->request(protocol::CompensationOptionsRequest::type,
                                          protocol::CompensationOptionsRequest{c.complaintId}.toJson());
    QVERIFY(options);
    QCOMPARE(options->value(QStringLiteral("compensations")).toArray().size(), 1);
    QCOMPARE(controller.compensations().size(), 1);
    QCOMPARE(controller.compensations().first().amount.minor(), 700);
}

void TestCompensationFlow::simulatedCustomerChoosesAnOfferedOption()
{
    // A demo server with its simulator: the first simulated customer writes within a second.
    test::ServerProcess demo;
    QString error;
    QVERIFY2(demo.start({QStringLiteral("--demo"), QStringLiteral("--demo-customers"), QStringLiteral("30")},
                        &error),
             qPrintable(error));
    RawClient agent;
    QVERIFY(agent.connectTo(demo.url()));
    QVERIFY(agent.login(QStringLiteral("admin"), QStringLiteral("demo")));
    QVERIFY(agent.subscribe(protocol::topic::conversations));
    const auto created = agent.waitEvent(
        [](const QJsonObject &event) {
            return event.value(QStringLiteral("event")).toString() == protocol::event::conversationCreated;
        },
        20000);
    QVERIFY(created);
    const QJsonObject conversation = payloadOf(*created).value(QStringLiteral("conversation")).toObject();
    const qint64 conversationId = conversation.value(QStringLiteral("id")).toInteger();
    const qint64 orderId = conversation.value(QStringLiteral("orderId")).toInteger();
    QVERIFY(orderId > 0);
    QVERIFY(agent.request(protocol::AcceptRequest::type, protocol::AcceptRequest{conversationId}.toJson()));
    const auto complaint = agent.request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{orderId, QStringLiteral("late_delivery"), conversationId}.toJson());
    QVERIFY(complaint);
    protocol::CompensationOfferRequest offer;
    offer.complaintId =
        complaint->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    offer.conversationId = conversationId;
    offer.reason = QStringLiteral("let them pick");
    offer.options = {{core::remedyWithCost(core::RemedyKind::Points, core::Money::fromMinor(300), {})},
                     {core::remedyWithCost(core::RemedyKind::GoodwillGift, core::Money::fromMinor(500), {})}};
    const auto offered = agent.request(offer.type, offer.toJson());
    QVERIFY(offered);
    const qint64 id =
        offered->value(QStringLiteral("compensation")).toObject().value(QStringLiteral("id")).toInteger();
    // The simulated customer takes a moment, chooses one, and says so in the conversation.
    const auto chosen = agent.waitEvent(
        [&](const QJsonObject &event) {
            return compensationOf(event).value(QStringLiteral("id")).toInteger() == id &&
                   compensationOf(event).value(QStringLiteral("status")).toString() ==
                       QLatin1StringView("effective");
        },
        15000);
    QVERIFY(chosen);
    QVERIFY(agent.waitEvent(
        [&](const QJsonObject &event) {
            const QJsonObject message = payloadOf(event).value(QStringLiteral("message")).toObject();
            return event.value(QStringLiteral("seq")).toInteger() >
                       chosen->value(QStringLiteral("seq")).toInteger() &&
                   message.value(QStringLiteral("conversationId")).toInteger() == conversationId &&
                   message.value(QStringLiteral("sender")).toString() == QLatin1StringView("customer");
        },
        10000));
}

void TestCompensationFlow::auditChainVerifiesAndNamesATamperedRow()
{
    m_agent.reset();
    m_server.reset(); // the server stops; its file stays for the verifier
    auto verify = [this] {
        QProcess process;
        process.start(QStringLiteral(WARMLINE_SERVER_BINARY),
                      {QStringLiteral("--db"), databasePath(), QStringLiteral("--verify-audit")});
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed()};
    };
    auto [code, output] = verify();
    QCOMPARE(code, 0);
    QVERIFY2(output.startsWith(QStringLiteral("audit log intact:")), qPrintable(output));

    // Someone lowers a decided amount behind the server's back (triggers dropped first).
    qint64 tampered = 0;
    {
        storage::Database db;
        QString error;
        QVERIFY(db.open(databasePath(), QStringLiteral("tamper"), &error));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT min(seq) FROM audit_log WHERE action = 'compensation.decided'")) &&
            q.next());
        tampered = q.value(0).toLongLong();
        QVERIFY(tampered > 0);
        QVERIFY2(
            db.executeScript(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                            "UPDATE audit_log SET details = json_set(details, '$.amount', 1) "
                                            "WHERE seq = %1;")
                                 .arg(tampered),
                             &error),
            qPrintable(error));
    }
    std::tie(code, output) = verify();
    QCOMPARE(code, 3);
    QVERIFY2(output.startsWith(QStringLiteral("audit log BROKEN at entry %1:").arg(tampered)),
             qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCompensationFlow)
#include "tst_compensationflow.moc"
