// Who sees what: snapshots, live events, replays and requests follow the staff member's teams,
// over real sockets to an in-process server with two teams and two queues.
#include "core/audience.h"
#include "server/warmlineserver.h"
#include "storage/accountstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using test::RawClient;

class TestAudience : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scopeReachesExactlyItsAudience();
    void snapshotsShowOnlyTheTeamsQueues();
    void liveEventsFollowTheConversationsTeam();
    void replayFollowsTheSameRule();
    void outOfScopeRequestsAreRefusedAndAudited();
    void assigneeKeepsSeeingAConversationOutsideTheirTeam();
    void approvalsStayWithTheTeamsThatSeeThem();

private:
    // Signed in and subscribed to the staff topic; the snapshot's conversation ids.
    QList<qint64> signIn(RawClient &client, const QString &login);
    qint64 customerWrites(RawClient &customer, const QString &text);
    static qint64 conversationOf(const QJsonObject &event);
    // Every event this connection has received about the conversation, after a round trip on the
    // same connection: the server sends in order, so anything it sent earlier has arrived.
    static int eventsAbout(RawClient &client, qint64 conversationId);
    int auditedRefusalsOf(const QString &target);

    QTemporaryDir m_dir;
    std::unique_ptr<server::WarmlineServer> m_server;
    qint64 m_returnsTeam = 0;
    RawClient m_returnsCustomer; // writes into the returns queue
    RawClient m_generalCustomer; // writes into the general queue
    qint64 m_returnsConversation = 0;
    qint64 m_generalConversation = 0;
};

void TestAudience::initTestCase()
{
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("audience.sqlite"));
    options.demo = true;
    options.demoData.customers = 20;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    // A second team serving its own queue; supervisor1 looks after it besides Frontline.
    storage::AccountStore accounts(m_server->database());
    const auto team = accounts.ensureTeam(QStringLiteral("Returns"), &error);
    QVERIFY2(team, qPrintable(error));
    m_returnsTeam = *team;
    QVERIFY2(accounts.assignQueue(QStringLiteral("returns"), m_returnsTeam, &error), qPrintable(error));
    QVERIFY2(accounts.createAgent(QStringLiteral("returns1"), QStringLiteral("退货组 小周"),
                                  core::Role::Agent, m_returnsTeam, QStringLiteral("demo"), &error,
                                  storage::AccountStore::PasswordWork::PublicPassword),
             qPrintable(error));
    const auto supervisor = accounts.authenticate(QStringLiteral("supervisor1"), QStringLiteral("demo"));
    QVERIFY(supervisor);
    QVERIFY2(accounts.addSupervisedTeam(supervisor->id, m_returnsTeam, &error), qPrintable(error));
    // And one who leads Returns alone.
    QVERIFY2(accounts.createAgent(QStringLiteral("returnslead"), QStringLiteral("退货组 组长"),
                                  core::Role::Supervisor, m_returnsTeam, QStringLiteral("demo"), &error,
                                  storage::AccountStore::PasswordWork::PublicPassword),
             qPrintable(error));

    for (RawClient *customer : {&m_returnsCustomer, &m_generalCustomer})
        QVERIFY(customer->connectTo(m_server->url()));
    QVERIFY(m_returnsCustomer.loginCustomer(7));
    QVERIFY(m_generalCustomer.loginCustomer(8));
    m_returnsConversation = customerWrites(m_returnsCustomer, QStringLiteral("我要退货，箱子还没拆"));
    m_generalConversation = customerWrites(m_generalCustomer, QStringLiteral("发票怎么开？"));
    QVERIFY(m_returnsConversation > 0 && m_generalConversation > 0);
    QVERIFY(m_returnsConversation != m_generalConversation);
    // Routing to queues is not part of this suite: the conversation is simply filed in the queue.
    QSqlQuery move(m_server->database());
    move.prepare(QStringLiteral("UPDATE conversations SET queue = 'returns' WHERE id = ?"));
    move.addBindValue(m_returnsConversation);
    QVERIFY(move.exec());
}

QList<qint64> TestAudience::signIn(RawClient &client, const QString &login)
{
    QList<qint64> ids;
    if (!client.connectTo(m_server->url()) || !client.login(login, QStringLiteral("demo")))
        return ids;
    const auto subscribed = client.subscribe(QStringLiteral("conversations"));
    if (!subscribed)
        return ids;
    const QJsonArray conversations = subscribed->value(QStringLiteral("snapshot"))
                                         .toObject()
                                         .value(QStringLiteral("conversations"))
                                         .toArray();
    for (const QJsonValue &conversation : conversations)
        ids.append(conversation.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

qint64 TestAudience::customerWrites(RawClient &customer, const QString &text)
{
    const auto ack = customer.request(
        QStringLiteral("customer.message"),
        {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
    return ack ? ack->value(QStringLiteral("conversationId")).toInteger() : 0;
}

qint64 TestAudience::conversationOf(const QJsonObject &event)
{
    const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    if (payload.contains(QStringLiteral("conversation")))
        return payload.value(QStringLiteral("conversation"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    return payload.value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("conversationId"))
        .toInteger();
}

int TestAudience::eventsAbout(RawClient &client, qint64 conversationId)
{
    if (!client.request(QStringLiteral("authority.get"), {}))
        return -1;
    int count = 0;
    for (const QJsonObject &event : client.events())
        count += conversationOf(event) == conversationId ? 1 : 0;
    return count;
}

int TestAudience::auditedRefusalsOf(const QString &target)
{
    QSqlQuery query(m_server->database());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.refused' AND subject = ?"));
    query.addBindValue(target);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestAudience::scopeReachesExactlyItsAudience()
{
    const core::StaffScope agent{11, core::Role::Agent, {1}};
    const core::StaffScope supervisor{12, core::Role::Supervisor, {1, 2}};
    const core::StaffScope admin{13, core::Role::Admin, {}};
    const core::StaffScope outsider{14, core::Role::Agent, {2}};

    // A whisper reaches its addressee and nobody else, administrators included.
    const auto whisper = core::Audience::agent(11);
    QVERIFY(agent.reaches(whisper));
    QVERIFY(!supervisor.reaches(whisper));
    QVERIFY(!admin.reaches(whisper));
    // A team's events reach its members, whoever looks after it, and administrators.
    const auto team1 = core::Audience::team(1);
    QVERIFY(agent.reaches(team1));
    QVERIFY(supervisor.reaches(team1));
    QVERIFY(admin.reaches(team1));
    QVERIFY(!outsider.reaches(team1));
    // A role's events reach that role within the team.
    const auto supervisorsOf2 = core::Audience::ofRole(core::Role::Supervisor, 2);
    QVERIFY(supervisor.reaches(supervisorsOf2));
    QVERIFY(!outsider.reaches(supervisorsOf2));
    QVERIFY(!agent.reaches(supervisorsOf2));
    QVERIFY(admin.reaches(supervisorsOf2));
    // A conversation reaches its team and its assignee wherever they sit.
    const auto assignedToOutsider = core::Audience::conversation(1, 14, false);
    QVERIFY(outsider.reaches(assignedToOutsider));
    QVERIFY(agent.reaches(assignedToOutsider));
    QVERIFY(!outsider.reaches(core::Audience::conversation(1, 0, false)));
    // A queue no team owns is everybody's.
    QVERIFY(outsider.reaches(core::Audience::conversation(0, 0, false)));
    QVERIFY(outsider.reaches(core::Audience::allStaff()));
}

void TestAudience::snapshotsShowOnlyTheTeamsQueues()
{
    RawClient agent, returns, supervisor, admin;
    const QList<qint64> agentSees = signIn(agent, QStringLiteral("agent1"));
    const QList<qint64> returnsSees = signIn(returns, QStringLiteral("returns1"));
    const QList<qint64> supervisorSees = signIn(supervisor, QStringLiteral("supervisor1"));
    const QList<qint64> adminSees = signIn(admin, QStringLiteral("admin"));

    QVERIFY(agentSees.contains(m_generalConversation));
    QVERIFY(!agentSees.contains(m_returnsConversation));
    QCOMPARE(returnsSees, QList<qint64>{m_returnsConversation});
    QVERIFY(supervisorSees.contains(m_generalConversation));
    QVERIFY(supervisorSees.contains(m_returnsConversation));
    QCOMPARE(supervisorSees.size(), agentSees.size() + 1);
    QCOMPARE(adminSees, supervisorSees);
}

void TestAudience::liveEventsFollowTheConversationsTeam()
{
    RawClient agent, returns, supervisor;
    QVERIFY(!signIn(agent, QStringLiteral("agent1")).isEmpty());
    QVERIFY(!signIn(returns, QStringLiteral("returns1")).isEmpty());
    QVERIFY(!signIn(supervisor, QStringLiteral("supervisor1")).isEmpty());

    QCOMPARE(customerWrites(m_returnsCustomer, QStringLiteral("能上门取件吗？")), m_returnsConversation);
    QCOMPARE(customerWrites(m_generalCustomer, QStringLiteral("抬头写公司名")), m_generalConversation);

    QCOMPARE(eventsAbout(agent, m_returnsConversation), 0);
    QVERIFY(eventsAbout(agent, m_generalConversation) > 0);
    QCOMPARE(eventsAbout(returns, m_generalConversation), 0);
    QVERIFY(eventsAbout(returns, m_returnsConversation) > 0);
    QVERIFY(eventsAbout(supervisor, m_returnsConversation) > 0);
    QVERIFY(eventsAbout(supervisor, m_generalConversation) > 0);
}

void TestAudience::replayFollowsTheSameRule()
{
    RawClient first;
    QVERIFY(first.connectTo(m_server->url()));
    const auto principal = first.login(QStringLiteral("returns1"), QStringLiteral("demo"));
    QVERIFY(principal);
    const qint64 since = principal->value(QStringLiteral("head")).toInteger();
    QCOMPARE(customerWrites(m_generalCustomer, QStringLiteral("还要税号吗？")), m_generalConversation);
    QCOMPARE(customerWrites(m_returnsCustomer, QStringLiteral("周五上午可以")), m_returnsConversation);

    // Catching up from `since` replays the returns conversation's events and none of Frontline's.
    const auto resumed = first.subscribe(QStringLiteral("conversations"), since);
    QVERIFY(resumed);
    QVERIFY(resumed->value(QStringLiteral("replayed")).toInt() > 0);
    QCOMPARE(eventsAbout(first, m_generalConversation), 0);
    QCOMPARE(eventsAbout(first, m_returnsConversation), resumed->value(QStringLiteral("replayed")).toInt());
}

void TestAudience::outOfScopeRequestsAreRefusedAndAudited()
{
    RawClient agent;
    QVERIFY(!signIn(agent, QStringLiteral("agent1")).isEmpty());
    const QString target = QStringLiteral("conversation:%1").arg(m_returnsConversation);
    const int before = auditedRefusalsOf(target);
    QVERIFY(before >= 0);

    const auto history = agent.waitReply(agent.send(
        QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), m_returnsConversation}}));
    QVERIFY(history);
    QCOMPARE(test::errorCode(*history), QStringLiteral("forbidden"));
    const auto accept = agent.waitReply(agent.send(
        QStringLiteral("conversation.accept"), {{QStringLiteral("conversationId"), m_returnsConversation}}));
    QVERIFY(accept);
    QCOMPARE(test::errorCode(*accept), QStringLiteral("forbidden"));
    QCOMPARE(accept->value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.conversationId"));
    QCOMPARE(auditedRefusalsOf(target), before + 2);

    // A conversation that does not exist is still not found, not forbidden.
    const auto missing = agent.waitReply(
        agent.send(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), 999999}}));
    QVERIFY(missing);
    QCOMPARE(test::errorCode(*missing), QStringLiteral("not_found"));
}

void TestAudience::assigneeKeepsSeeingAConversationOutsideTheirTeam()
{
    // returns1 takes the returns conversation; were it then filed in Frontline's queue, returns1
    // would still see it as its assignee, and Frontline would see it as its team's.
    RawClient returns;
    QVERIFY(!signIn(returns, QStringLiteral("returns1")).isEmpty());
    QVERIFY(returns.request(QStringLiteral("conversation.accept"),
                            {{QStringLiteral("conversationId"), m_returnsConversation}}));
    QSqlQuery move(m_server->database());
    move.prepare(QStringLiteral("UPDATE conversations SET queue = 'general' WHERE id = ?"));
    move.addBindValue(m_returnsConversation);
    QVERIFY(move.exec());

    RawClient again, agent;
    QVERIFY(signIn(again, QStringLiteral("returns1")).contains(m_returnsConversation));
    QVERIFY(signIn(agent, QStringLiteral("agent1")).contains(m_returnsConversation));
    QVERIFY(again.request(QStringLiteral("conversation.history"),
                          {{QStringLiteral("conversationId"), m_returnsConversation}}));
    QCOMPARE(customerWrites(m_returnsCustomer, QStringLiteral("好的，谢谢")), m_returnsConversation);
    QVERIFY(eventsAbout(again, m_returnsConversation) > 0);
    QVERIFY(eventsAbout(agent, m_returnsConversation) > 0);
}

void TestAudience::approvalsStayWithTheTeamsThatSeeThem()
{
    // A Frontline customer with an order dear enough that a partial refund needs a supervisor.
    QSqlQuery order(m_server->database());
    QVERIFY(order.exec(QStringLiteral("SELECT customer_id, id FROM orders WHERE amount_cents >= 20000 AND "
                                      "customer_id NOT IN (7, 8) ORDER BY id LIMIT 1")));
    QVERIFY(order.next());
    const qint64 customerId = order.value(0).toLongLong();
    const qint64 orderId = order.value(1).toLongLong();
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(customerId));
    const qint64 conversationId = customerWrites(customer, QStringLiteral("杯子又碎了"));
    QVERIFY(conversationId > 0);

    RawClient agent;
    QVERIFY(!signIn(agent, QStringLiteral("agent1")).isEmpty());
    const auto complaint = agent.request(QStringLiteral("complaint.create"),
                                         {{QStringLiteral("orderId"), orderId},
                                          {QStringLiteral("category"), QStringLiteral("damaged_item")},
                                          {QStringLiteral("conversationId"), conversationId}});
    QVERIFY(complaint);
    const qint64 complaintId =
        complaint->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    const auto asked =
        agent.request(QStringLiteral("compensation.request_approval"),
                      {{QStringLiteral("complaintId"), complaintId},
                       {QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("remedies"),
                        QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("partial_refund")},
                                               {QStringLiteral("amount"), 15000}}}},
                       {QStringLiteral("reason"), QStringLiteral("第二次破损")}});
    QVERIFY(asked);
    const qint64 compensationId =
        asked->value(QStringLiteral("compensation")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(compensationId > 0);

    const auto pendingIds = [](const QJsonObject &list) {
        QList<qint64> ids;
        for (const QJsonValue &value : list.value(QStringLiteral("pending")).toArray())
            ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    };
    RawClient frontline, returnsLead;
    QVERIFY(!signIn(frontline, QStringLiteral("supervisor1")).isEmpty());
    // Returns has no open conversation any more, so its lead's snapshot is empty.
    QVERIFY(returnsLead.connectTo(m_server->url()));
    QVERIFY(returnsLead.login(QStringLiteral("returnslead"), QStringLiteral("demo")));
    const auto frontlineList = frontline.request(QStringLiteral("approval.list"), {});
    const auto returnsList = returnsLead.request(QStringLiteral("approval.list"), {});
    QVERIFY(frontlineList && returnsList);
    QVERIFY(pendingIds(*frontlineList).contains(compensationId));
    QVERIFY(!pendingIds(*returnsList).contains(compensationId));

    // Answering it from outside the team is refused and audited; its own supervisor answers it.
    const QString target = QStringLiteral("compensation:%1").arg(compensationId);
    const int before = auditedRefusalsOf(target);
    const auto refused = returnsLead.waitReply(returnsLead.send(
        QStringLiteral("approval.approve"), {{QStringLiteral("compensationId"), compensationId}}));
    QVERIFY(refused);
    QCOMPARE(test::errorCode(*refused), QStringLiteral("forbidden"));
    QCOMPARE(auditedRefusalsOf(target), before + 1);
    QVERIFY(frontline.request(QStringLiteral("approval.approve"),
                              {{QStringLiteral("compensationId"), compensationId}}));
}

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
