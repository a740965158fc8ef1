// Presence, routing offers, transfers and the supervisor's roster, over real sockets to an
// in-process server on a real SQLite file, with the server's clock in the test's hands.
#include "core/compensation.h"
#include "protocol/supervisionmessages.h"
#include "server/warmlineserver.h"
#include "storage/accountstore.h"
#include "storage/rosterstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using test::RawClient;

using test::eventKind;
using test::payloadOf;

class TestSupervision : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void presenceFollowsTheAgentAndTheirConnection();
    void agentsCannotSendSupervisorRequests();
    void rosterCoversOnlyTheSupervisorsTeams();
    void routingOffersTheLongestWaitingToTheLeastLoaded();
    void aLapsedOrDeclinedOfferGoesToTheNextAgent();
    void routingRespectsCapacityAndPresence();
    void routingMatchesTheCustomersLanguageWhenConfigured();
    void supervisorOverridesAnOffer();
    void transferKeepsTheConversationAndAddsTheNote();
    void transferRefusesWhatWouldStrandTheCustomer();
    void transferToAnotherTeamsQueueLeavesTheOldTeam();

private:
    bool signIn(RawClient &client, const QString &login);
    qint64 customerWrites(qint64 customerId, const QString &text);
    // The latest conversation this connection got an event about. With settle, after a round trip
    // on it first (the server sends in order, so everything sent before the reply has arrived);
    // without, for QTRY_ loops (the server's frozen clock refills no rate-limit tokens).
    std::optional<QJsonObject> latestConversation(RawClient &client, qint64 conversationId,
                                                  bool settle = false);
    std::optional<QJsonObject> latestRosterLine(RawClient &client, const QString &name, bool settle = false);
    qint64 offeredTo(RawClient &observer, qint64 conversationId, bool settle = false);
    static bool settle(RawClient &client);
    qint64 agentId(const QString &login);
    int auditedRefusalsOf(const QString &subject);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::WarmlineServer> m_server;
    qint64 m_now = test::kDemoNowMs;
    qint64 m_returnsTeam = 0;
    std::map<qint64, std::unique_ptr<RawClient>> m_customers;
};

void TestSupervision::init()
{
    // A fresh server per case: presence and offers are state that one case must not leave to the next.
    m_customers.clear();
    m_server.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = test::kDemoNowMs;
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir->filePath(QStringLiteral("supervision.sqlite"));
    options.demo = true;
    options.demoData.customers = 20;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.offerTimeoutMs = 20000;
    options.clock = [this] { return m_now; };
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    // A second team with its own queue, agent and supervisor; supervisor1 looks after it too.
    storage::AccountStore accounts(m_server->database());
    const auto team = accounts.ensureTeam(QStringLiteral("Returns"), &error);
    QVERIFY2(team, qPrintable(error));
    m_returnsTeam = *team;
    QVERIFY2(accounts.assignQueue(QStringLiteral("returns"), m_returnsTeam, &error), qPrintable(error));
    for (const auto &[login, name, role] :
         {std::tuple{"returns1", "退货组 小周", core::Role::Agent},
          std::tuple{"returnslead", "退货组 组长", core::Role::Supervisor}}) {
        QVERIFY2(accounts.createAgent(QString::fromLatin1(login), QString::fromUtf8(name), role,
                                      m_returnsTeam, QStringLiteral("demo"), &error,
                                      storage::AccountStore::PasswordWork::PublicPassword),
                 qPrintable(error));
    }
    const auto supervisor = accounts.authenticate(QStringLiteral("supervisor1"), QStringLiteral("demo"));
    QVERIFY(supervisor);
    QVERIFY2(accounts.addSupervisedTeam(supervisor->id, m_returnsTeam, &error), qPrintable(error));
}

void TestSupervision::cleanup()
{
    m_customers.clear();
    m_server.reset();
}

bool TestSupervision::signIn(RawClient &client, const QString &login)
{
    return client.connectTo(m_server->url()) && client.login(login, QStringLiteral("demo")) &&
           client.subscribe(QStringLiteral("conversations"));
}

qint64 TestSupervision::customerWrites(qint64 customerId, const QString &text)
{
    auto &customer = m_customers[customerId];
    if (!customer) {
        customer = std::make_unique<RawClient>();
        if (!customer->connectTo(m_server->url()) || !customer->loginCustomer(customerId) ||
            !customer->subscribe(QStringLiteral("mine")))
            return 0;
    }
    const auto ack = customer->request(
        QStringLiteral("customer.message"),
        {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
    return ack ? ack->value(QStringLiteral("conversationId")).toInteger() : 0;
}

bool TestSupervision::settle(RawClient &client)
{
    return client.request(QStringLiteral("transfer.targets"), {}).has_value();
}

std::optional<QJsonObject> TestSupervision::latestConversation(RawClient &client, qint64 conversationId,
                                                               bool settled)
{
    if (settled && !settle(client))
        return std::nullopt;
    std::optional<QJsonObject> latest;
    for (const QJsonObject &event : client.events()) {
        const QJsonObject conversation = payloadOf(event).value(QStringLiteral("conversation")).toObject();
        if (conversation.value(QStringLiteral("id")).toInteger() == conversationId)
            latest = conversation;
    }
    return latest;
}

std::optional<QJsonObject> TestSupervision::latestRosterLine(RawClient &client, const QString &name,
                                                             bool settled)
{
    if (settled && !settle(client))
        return std::nullopt;
    std::optional<QJsonObject> latest;
    for (const QJsonObject &event : client.events()) {
        const QJsonObject agent = payloadOf(event).value(QStringLiteral("agent")).toObject();
        if (eventKind(event) == protocol::event::agentChanged && agent.value(QStringLiteral("name")) == name)
            latest = agent;
    }
    return latest;
}

qint64 TestSupervision::offeredTo(RawClient &observer, qint64 conversationId, bool settled)
{
    const auto conversation = latestConversation(observer, conversationId, settled);
    if (!conversation)
        return -1;
    return conversation->value(QStringLiteral("offer"))
        .toObject()
        .value(QStringLiteral("agentId"))
        .toInteger();
}

qint64 TestSupervision::agentId(const QString &login)
{
    storage::AccountStore accounts(m_server->database());
    const auto agent = accounts.authenticate(login, QStringLiteral("demo"));
    return agent ? agent->id : 0;
}

int TestSupervision::auditedRefusalsOf(const QString &subject)
{
    QSqlQuery query(m_server->database());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.refused' AND subject = ?"));
    query.addBindValue(subject);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSupervision::presenceFollowsTheAgentAndTheirConnection()
{
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    const QString name = QStringLiteral("Emma Wilson");

    // Signing in means ready to work.
    auto agent = std::make_unique<RawClient>();
    m_now += 1000;
    QVERIFY(signIn(*agent, QStringLiteral("agent3")));
    QTRY_VERIFY(latestRosterLine(supervisor, name).has_value());
    auto line = latestRosterLine(supervisor, name);
    QCOMPARE(line->value(QStringLiteral("presence")).toString(), QStringLiteral("available"));
    QCOMPARE(line->value(QStringLiteral("presenceSince")).toInteger(), m_now);
    QCOMPARE(line->value(QStringLiteral("capacity")).toInt(), 3);

    // The agent's choice reaches the supervisor, with the time it changed.
    m_now += 5000;
    const auto busy = agent->request(protocol::PresenceSetRequest::type,
                                     {{QStringLiteral("presence"), QStringLiteral("busy")}});
    QVERIFY(busy);
    QCOMPARE(busy->value(QStringLiteral("agent")).toObject().value(QStringLiteral("presence")).toString(),
             QStringLiteral("busy"));
    QTRY_COMPARE(latestRosterLine(supervisor, name)->value(QStringLiteral("presence")).toString(),
                 QStringLiteral("busy"));
    QCOMPARE(latestRosterLine(supervisor, name)->value(QStringLiteral("presenceSince")).toInteger(), m_now);

    // Offline is not a choice.
    const auto refused = agent->waitReply(agent->send(
        protocol::PresenceSetRequest::type, {{QStringLiteral("presence"), QStringLiteral("offline")}}));
    QVERIFY(refused);
    QCOMPARE(test::errorCode(*refused), QStringLiteral("invalid_field"));

    // A dropped connection shows offline at once; the choice comes back with the next sign-in.
    m_now += 7000;
    agent->socket().abort();
    QTRY_COMPARE(latestRosterLine(supervisor, name)->value(QStringLiteral("presence")).toString(),
                 QStringLiteral("offline"));
    QCOMPARE(latestRosterLine(supervisor, name)->value(QStringLiteral("presenceSince")).toInteger(), m_now);
    agent = std::make_unique<RawClient>();
    QVERIFY(signIn(*agent, QStringLiteral("agent3")));
    QTRY_COMPARE(latestRosterLine(supervisor, name)->value(QStringLiteral("presence")).toString(),
                 QStringLiteral("busy"));

    // A second workstation of the same person changes nothing; closing one of two neither.
    supervisor.clearEvents();
    const int peers = m_server->connectedPeers();
    {
        RawClient second;
        QVERIFY(signIn(second, QStringLiteral("agent3")));
    }
    QTRY_COMPARE(m_server->connectedPeers(), peers);
    QVERIFY(settle(supervisor));
    QVERIFY(!latestRosterLine(supervisor, name).has_value());
}

void TestSupervision::agentsCannotSendSupervisorRequests()
{
    RawClient agent;
    QVERIFY(signIn(agent, QStringLiteral("agent1")));
    const qint64 conversationId = customerWrites(7, QStringLiteral("我要找人工"));
    QVERIFY(conversationId > 0);
    for (const auto &[type, payload] :
         {std::pair{protocol::RosterRequest::type, QJsonObject{}},
          std::pair{protocol::AssignRequest::type,
                    QJsonObject{{QStringLiteral("conversationId"), conversationId},
                                {QStringLiteral("toAgentId"), agentId(QStringLiteral("agent1"))},
                                {QStringLiteral("note"), QStringLiteral("给我自己")}}}}) {
        const QString subject = QStringLiteral("request:") + type;
        const int before = auditedRefusalsOf(subject);
        const auto refused = agent.waitReply(agent.send(type, payload));
        QVERIFY(refused);
        QCOMPARE(test::errorCode(*refused), QStringLiteral("forbidden"));
        QCOMPARE(refused->value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("permission"))
                     .toString(),
                 QStringLiteral("supervise_queues"));
        QCOMPARE(auditedRefusalsOf(subject), before + 1);
    }
    // Nothing moved.
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    const auto roster = supervisor.request(protocol::RosterRequest::type, {});
    QVERIFY(roster);
}

void TestSupervision::rosterCoversOnlyTheSupervisorsTeams()
{
    RawClient frontlineAgent;
    RawClient returnsAgent;
    QVERIFY(signIn(frontlineAgent, QStringLiteral("agent1")));
    QVERIFY(signIn(returnsAgent, QStringLiteral("returns1")));
    const auto names = [](const QJsonObject &reply) {
        QStringList list;
        for (const QJsonValue &agent : reply.value(QStringLiteral("agents")).toArray())
            list.append(agent.toObject().value(QStringLiteral("name")).toString());
        return list;
    };
    const auto queues = [](const QJsonObject &reply) {
        QStringList list;
        for (const QJsonValue &queue : reply.value(QStringLiteral("queues")).toArray())
            list.append(queue.toObject().value(QStringLiteral("name")).toString());
        return list;
    };

    RawClient lead;
    QVERIFY(signIn(lead, QStringLiteral("returnslead")));
    const auto leads = lead.request(protocol::RosterRequest::type, {});
    QVERIFY(leads);
    QCOMPARE(names(*leads), (QStringList{QStringLiteral("退货组 小周"), QStringLiteral("退货组 组长")}));
    QCOMPARE(queues(*leads), QStringList{QStringLiteral("returns")});
    QCOMPARE(leads->value(QStringLiteral("sla")).toObject().value(QStringLiteral("warnSeconds")).toInt(), 60);
    QCOMPARE(leads->value(QStringLiteral("sla")).toObject().value(QStringLiteral("breachSeconds")).toInt(),
             180);

    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    const auto both = supervisor.request(protocol::RosterRequest::type, {});
    QVERIFY(both);
    QVERIFY(names(*both).contains(QStringLiteral("李娜")));
    QVERIFY(names(*both).contains(QStringLiteral("退货组 小周")));
    QCOMPARE(queues(*both), (QStringList{QStringLiteral("general"), QStringLiteral("returns")}));
    for (const QJsonValue &value : both->value(QStringLiteral("agents")).toArray()) {
        const auto entry = protocol::rosterEntryFromJson(value.toObject());
        QVERIFY(entry);
        if (entry->name == QStringLiteral("李娜")) {
            QCOMPARE(entry->presence, core::Presence::Available);
            // The agent's default authority, nothing spent yet.
            QCOMPARE(entry->dailyBudget, core::defaultAuthority(core::Role::Agent).dailyBudget);
            QCOMPARE(entry->spentToday.minor(), 0);
        }
        if (entry->name == QStringLiteral("王强"))
            QCOMPARE(entry->presence, core::Presence::Offline);
    }

    // Presence of the other team does not reach the Returns lead; it reaches supervisor1.
    lead.clearEvents();
    supervisor.clearEvents();
    QVERIFY(frontlineAgent.request(protocol::PresenceSetRequest::type,
                                   {{QStringLiteral("presence"), QStringLiteral("away")}}));
    QTRY_VERIFY(latestRosterLine(supervisor, QStringLiteral("李娜")).has_value());
    QVERIFY(!latestRosterLine(lead, QStringLiteral("李娜")).has_value());

    // Colleagues see each other's presence and load for transfers, never their spending.
    const auto targets = frontlineAgent.request(protocol::TransferTargetsRequest::type, {});
    QVERIFY(targets);
    QVERIFY(!names(*targets).contains(QStringLiteral("李娜")));
    QVERIFY(!names(*targets).contains(QStringLiteral("退货组 小周")));
    QVERIFY(names(*targets).contains(QStringLiteral("王强")));
    for (const QJsonValue &value : targets->value(QStringLiteral("agents")).toArray())
        QCOMPARE(value.toObject().value(QStringLiteral("dailyBudget")).toInteger(), 0);
    QCOMPARE(queues(*targets), QStringList{QStringLiteral("general")});
}

void TestSupervision::routingOffersTheLongestWaitingToTheLeastLoaded()
{
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    RawClient first;
    RawClient second;
    QVERIFY(signIn(first, QStringLiteral("agent1")));
    m_now += 1000;
    QVERIFY(signIn(second, QStringLiteral("agent2")));
    const qint64 agent1 = agentId(QStringLiteral("agent1"));
    const qint64 agent2 = agentId(QStringLiteral("agent2"));

    // Two customers write a second apart: the first is offered to agent1 (available longest),
    // the second to agent2 (agent1 now holds an offer).
    m_now += 1000;
    const qint64 older = customerWrites(7, QStringLiteral("我的快递三天没动了"));
    QTRY_COMPARE(offeredTo(supervisor, older), agent1);
    m_now += 1000;
    const qint64 newer = customerWrites(8, QStringLiteral("发票怎么开"));
    QTRY_COMPARE(offeredTo(supervisor, newer), agent2);
    const auto offer = latestConversation(supervisor, older)->value(QStringLiteral("offer")).toObject();
    QCOMPARE(offer.value(QStringLiteral("agentName")).toString(), QStringLiteral("李娜"));
    QCOMPARE(offer.value(QStringLiteral("expiresAt")).toInteger() -
                 offer.value(QStringLiteral("offeredAt")).toInteger(),
             20000);
    QTRY_COMPARE(
        latestRosterLine(supervisor, QStringLiteral("李娜"))->value(QStringLiteral("offered")).toInt(), 1);

    // The offered agent sees it too, and accepting takes it: the offer ends, the load moves.
    QCOMPARE(offeredTo(first, older, true), agent1);
    QVERIFY(
        first.request(QStringLiteral("conversation.accept"), {{QStringLiteral("conversationId"), older}}));
    QTRY_VERIFY(latestConversation(supervisor, older)->value(QStringLiteral("offer")).isNull());
    QTRY_COMPARE(
        latestRosterLine(supervisor, QStringLiteral("李娜"))->value(QStringLiteral("active")).toInt(), 1);
    QCOMPARE(latestRosterLine(supervisor, QStringLiteral("李娜"))->value(QStringLiteral("offered")).toInt(),
             0);

    // "Accept next" still works on a conversation offered to someone else.
    QVERIFY(
        first.request(QStringLiteral("conversation.accept"), {{QStringLiteral("conversationId"), newer}}));
    QTRY_COMPARE(
        latestRosterLine(supervisor, QStringLiteral("王强"))->value(QStringLiteral("offered")).toInt(), 0);
}

void TestSupervision::aLapsedOrDeclinedOfferGoesToTheNextAgent()
{
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    RawClient first;
    RawClient second;
    QVERIFY(signIn(first, QStringLiteral("agent1")));
    m_now += 1000;
    QVERIFY(signIn(second, QStringLiteral("agent2")));
    const qint64 agent1 = agentId(QStringLiteral("agent1"));
    const qint64 agent2 = agentId(QStringLiteral("agent2"));
    const qint64 agent3 = agentId(QStringLiteral("agent3"));

    const qint64 conversationId = customerWrites(7, QStringLiteral("在吗"));
    QTRY_COMPARE(offeredTo(supervisor, conversationId), agent1);
    // Not taken in time: the next agent gets it.
    m_now += 20000;
    QTRY_COMPARE(offeredTo(supervisor, conversationId), agent2);
    // Declined: nobody is left who has not passed it, so it waits for a pull.
    QVERIFY(second.request(protocol::DeclineOfferRequest::type,
                           {{QStringLiteral("conversationId"), conversationId}}));
    QTRY_COMPARE(offeredTo(supervisor, conversationId), 0);
    // Someone new signs in: it is theirs to take.
    RawClient third;
    QVERIFY(signIn(third, QStringLiteral("agent3")));
    QTRY_COMPARE(offeredTo(supervisor, conversationId), agent3);
    // Declining an offer that is not yours changes nothing.
    QVERIFY(first.request(protocol::DeclineOfferRequest::type,
                          {{QStringLiteral("conversationId"), conversationId}}));
    QCOMPARE(offeredTo(supervisor, conversationId, true), agent3);
    // Signing out ends the offer; with nobody else left it waits.
    third.socket().abort();
    QTRY_COMPARE(offeredTo(supervisor, conversationId), 0);
}

void TestSupervision::routingRespectsCapacityAndPresence()
{
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    QSqlQuery capacity(m_server->database());
    QVERIFY(capacity.exec(QStringLiteral("UPDATE agents SET capacity = 1 WHERE login = 'agent1'")));
    RawClient first;
    RawClient busy;
    QVERIFY(signIn(first, QStringLiteral("agent1")));
    QVERIFY(signIn(busy, QStringLiteral("agent2")));
    QVERIFY(busy.request(protocol::PresenceSetRequest::type,
                         {{QStringLiteral("presence"), QStringLiteral("busy")}}));
    const qint64 agent1 = agentId(QStringLiteral("agent1"));

    const qint64 one = customerWrites(7, QStringLiteral("一"));
    QTRY_COMPARE(offeredTo(supervisor, one), agent1);
    // agent1 is full (one offer, capacity 1) and agent2 busy: the next customer waits unoffered.
    m_now += 1000;
    const qint64 two = customerWrites(8, QStringLiteral("二"));
    QVERIFY(two > 0);
    QVERIFY(supervisor.request(QStringLiteral("transfer.targets"), {}));
    QCOMPARE(offeredTo(supervisor, two), 0);
    // agent2 becomes available: it is theirs.
    QVERIFY(busy.request(protocol::PresenceSetRequest::type,
                         {{QStringLiteral("presence"), QStringLiteral("available")}}));
    QTRY_COMPARE(offeredTo(supervisor, two), agentId(QStringLiteral("agent2")));
    // Going away withdraws what was offered: it goes to whoever is still available.
    QVERIFY(first.request(protocol::PresenceSetRequest::type,
                          {{QStringLiteral("presence"), QStringLiteral("away")}}));
    QTRY_COMPARE(offeredTo(supervisor, one), agentId(QStringLiteral("agent2")));
    // Supervisors and trainers are never offered anything: with agent2 busy too, both wait.
    RawClient trainer;
    QVERIFY(signIn(trainer, QStringLiteral("trainer1")));
    QVERIFY(busy.request(protocol::PresenceSetRequest::type,
                         {{QStringLiteral("presence"), QStringLiteral("busy")}}));
    QTRY_COMPARE(offeredTo(supervisor, one), 0);
    QTRY_COMPARE(offeredTo(supervisor, two), 0);
    QCOMPARE(offeredTo(supervisor, one, true), 0);
}

void TestSupervision::routingMatchesTheCustomersLanguageWhenConfigured()
{
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    storage::RosterStore roster(m_server->database());
    QVERIFY(roster.setLanguages(agentId(QStringLiteral("agent1")), {QStringLiteral("en")}));
    QVERIFY(roster.setLanguages(agentId(QStringLiteral("agent2")),
                                {QStringLiteral(" ZH "), QStringLiteral("zh")}));
    QSqlQuery locales(m_server->database());
    QVERIFY(locales.exec(QStringLiteral("UPDATE customers SET locale = 'en_GB' WHERE id = 7")));
    QVERIFY(locales.exec(QStringLiteral("UPDATE customers SET locale = 'zh_CN' WHERE id = 8")));
    RawClient english;
    RawClient chinese;
    QVERIFY(signIn(english, QStringLiteral("agent1")));
    m_now += 1000;
    QVERIFY(signIn(chinese, QStringLiteral("agent2")));

    // agent1 has been available longer, but speaks English only: the Chinese customer goes to agent2.
    const qint64 zh = customerWrites(8, QStringLiteral("你好，我想查一下订单"));
    QTRY_COMPARE(offeredTo(supervisor, zh), agentId(QStringLiteral("agent2")));
    m_now += 1000;
    const qint64 en = customerWrites(7, QStringLiteral("Hello, where is my parcel?"));
    QTRY_COMPARE(offeredTo(supervisor, en), agentId(QStringLiteral("agent1")));
    // When the only speaker lets it lapse, nobody else is offered it; it waits for a pull.
    m_now += 20000;
    QTRY_COMPARE(offeredTo(supervisor, en), 0);
    // Someone with no languages set takes anyone.
    RawClient anyone;
    QVERIFY(signIn(anyone, QStringLiteral("agent3")));
    QTRY_COMPARE(offeredTo(supervisor, en), agentId(QStringLiteral("agent3")));
}

void TestSupervision::supervisorOverridesAnOffer()
{
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    RawClient first;
    RawClient third;
    QVERIFY(signIn(first, QStringLiteral("agent1")));
    QVERIFY(signIn(third, QStringLiteral("agent3")));
    QVERIFY(third.request(protocol::PresenceSetRequest::type,
                          {{QStringLiteral("presence"), QStringLiteral("busy")}}));
    const qint64 conversationId = customerWrites(7, QStringLiteral("I need help with a refund"));
    QTRY_COMPARE(offeredTo(supervisor, conversationId), agentId(QStringLiteral("agent1")));

    const QString note = QStringLiteral("English-speaking customer; Emma takes refunds in English");
    const auto assigned = supervisor.request(
        protocol::AssignRequest::type, {{QStringLiteral("conversationId"), conversationId},
                                        {QStringLiteral("toAgentId"), agentId(QStringLiteral("agent3"))},
                                        {QStringLiteral("note"), note}});
    QVERIFY(assigned);
    const QJsonObject conversation = assigned->value(QStringLiteral("conversation")).toObject();
    QCOMPARE(conversation.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(conversation.value(QStringLiteral("assignedAgentName")).toString(),
             QStringLiteral("Emma Wilson"));
    QVERIFY(conversation.value(QStringLiteral("offer")).isNull());
    const auto transfer = core::Transfer::fromJson(conversation.value(QStringLiteral("transfer")).toObject());
    QVERIFY(transfer);
    QCOMPARE(transfer->note, note);
    QCOMPARE(transfer->fromAgentId, 0);
    QCOMPARE(transfer->byAgentName, QStringLiteral("张敏"));
    // The receiver's workstation gets it with the note; agent1's offer is gone.
    QTRY_VERIFY(latestConversation(third, conversationId).has_value());
    QCOMPARE(core::Transfer::fromJson(
                 latestConversation(third, conversationId)->value(QStringLiteral("transfer")).toObject())
                 ->note,
             note);
    QTRY_COMPARE(
        latestRosterLine(supervisor, QStringLiteral("李娜"))->value(QStringLiteral("offered")).toInt(), 0);
    QTRY_COMPARE(
        latestRosterLine(supervisor, QStringLiteral("Emma Wilson"))->value(QStringLiteral("active")).toInt(),
        1);

    // The Returns lead cannot touch Frontline's conversations.
    RawClient lead;
    QVERIFY(signIn(lead, QStringLiteral("returnslead")));
    const int before = auditedRefusalsOf(QStringLiteral("conversation:%1").arg(conversationId));
    const auto refused = lead.waitReply(
        lead.send(protocol::AssignRequest::type, {{QStringLiteral("conversationId"), conversationId},
                                                  {QStringLiteral("toQueue"), QStringLiteral("returns")},
                                                  {QStringLiteral("note"), QStringLiteral("ours")}}));
    QVERIFY(refused);
    QCOMPARE(test::errorCode(*refused), QStringLiteral("forbidden"));
    QCOMPARE(auditedRefusalsOf(QStringLiteral("conversation:%1").arg(conversationId)), before + 1);
}

void TestSupervision::transferKeepsTheConversationAndAddsTheNote()
{
    RawClient sender;
    RawClient receiver;
    QVERIFY(signIn(sender, QStringLiteral("agent1")));
    QVERIFY(signIn(receiver, QStringLiteral("agent2")));
    const qint64 conversationId = customerWrites(7, QStringLiteral("杯子碎了，订单号 WL202611190001"));
    QVERIFY(sender.request(QStringLiteral("conversation.accept"),
                           {{QStringLiteral("conversationId"), conversationId}}));
    QVERIFY(sender.request(QStringLiteral("conversation.reply"),
                           {{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("text"), QStringLiteral("抱歉！我来帮您处理")}}));
    const auto before = sender.request(QStringLiteral("conversation.history"),
                                       {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(before);

    const QString note = QStringLiteral("破损换新，已道歉；请王强按换货流程处理");
    m_now += 3000;
    const auto moved = sender.request(protocol::TransferRequest::type,
                                      {{QStringLiteral("conversationId"), conversationId},
                                       {QStringLiteral("toAgentId"), agentId(QStringLiteral("agent2"))},
                                       {QStringLiteral("note"), note}});
    QVERIFY(moved);
    // The receiver gets the conversation with the note, and exactly the transcript the sender had.
    QTRY_VERIFY(latestConversation(receiver, conversationId).has_value());
    const QJsonObject received = *latestConversation(receiver, conversationId);
    QCOMPARE(received.value(QStringLiteral("assignedAgentName")).toString(), QStringLiteral("王强"));
    const auto transfer = core::Transfer::fromJson(received.value(QStringLiteral("transfer")).toObject());
    QVERIFY(transfer);
    QCOMPARE(transfer->note, note);
    QCOMPARE(transfer->fromAgentName, QStringLiteral("李娜"));
    QCOMPARE(transfer->atMs, m_now);
    const auto after = receiver.request(QStringLiteral("conversation.history"),
                                        {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(after);
    QCOMPARE(after->value(QStringLiteral("messages")), before->value(QStringLiteral("messages")));
    // The sender may no longer reply; the receiver may.
    const auto refused = sender.waitReply(sender.send(QStringLiteral("conversation.reply"),
                                                      {{QStringLiteral("conversationId"), conversationId},
                                                       {QStringLiteral("text"), QStringLiteral("还在")}}));
    QVERIFY(refused);
    QCOMPARE(test::errorCode(*refused), QStringLiteral("forbidden"));
    QVERIFY(receiver.request(QStringLiteral("conversation.reply"),
                             {{QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("text"), QStringLiteral("您好，我是王强，接着为您办理换货")}}));
    // The customer saw no note: transfers are between staff.
    QVERIFY(m_customers[7]->request(QStringLiteral("conversation.history"),
                                    {{QStringLiteral("conversationId"), conversationId}}));
    int seen = 0;
    for (const QJsonObject &event : m_customers[7]->events()) {
        const QJsonObject conversation = payloadOf(event).value(QStringLiteral("conversation")).toObject();
        if (conversation.isEmpty())
            continue;
        ++seen;
        QVERIFY(!conversation.contains(QStringLiteral("transfer")));
        QVERIFY(!conversation.contains(QStringLiteral("offer")));
    }
    QVERIFY(seen > 0); // the receiver's reply, at least
    // And it is on record.
    QSqlQuery recorded(m_server->database());
    QVERIFY(recorded.exec(
        QStringLiteral(
            "SELECT from_agent_id, to_agent_id, note FROM conversation_transfers WHERE conversation_id = %1")
            .arg(conversationId)));
    QVERIFY(recorded.next());
    QCOMPARE(recorded.value(0).toLongLong(), agentId(QStringLiteral("agent1")));
    QCOMPARE(recorded.value(1).toLongLong(), agentId(QStringLiteral("agent2")));
    QCOMPARE(recorded.value(2).toString(), note);
}

void TestSupervision::transferRefusesWhatWouldStrandTheCustomer()
{
    RawClient sender;
    RawClient colleague;
    QVERIFY(signIn(sender, QStringLiteral("agent1")));
    QVERIFY(signIn(colleague, QStringLiteral("agent2")));
    const qint64 conversationId = customerWrites(7, QStringLiteral("退款什么时候到"));
    QVERIFY(sender.request(QStringLiteral("conversation.accept"),
                           {{QStringLiteral("conversationId"), conversationId}}));
    const auto attempt = [&](RawClient &client, const QJsonObject &target) {
        QJsonObject payload = target;
        payload.insert(QStringLiteral("conversationId"), conversationId);
        if (!payload.contains(QStringLiteral("note")))
            payload.insert(QStringLiteral("note"), QStringLiteral("退款进度"));
        const auto reply = client.waitReply(client.send(protocol::TransferRequest::type, payload));
        return reply ? test::errorCode(*reply) : QStringLiteral("no reply");
    };
    // To someone signed out or away: the customer would wait unseen.
    QCOMPARE(attempt(sender, {{QStringLiteral("toAgentId"), agentId(QStringLiteral("agent4"))}}),
             QStringLiteral("agent_unavailable"));
    QVERIFY(colleague.request(protocol::PresenceSetRequest::type,
                              {{QStringLiteral("presence"), QStringLiteral("away")}}));
    QCOMPARE(attempt(sender, {{QStringLiteral("toAgentId"), agentId(QStringLiteral("agent2"))}}),
             QStringLiteral("agent_unavailable"));
    // Someone else's conversation, an unknown queue, both targets, none, no note.
    QCOMPARE(attempt(colleague, {{QStringLiteral("toQueue"), QStringLiteral("general")}}),
             QStringLiteral("forbidden"));
    QCOMPARE(attempt(sender, {{QStringLiteral("toQueue"), QStringLiteral("nowhere")}}),
             QStringLiteral("not_found"));
    QCOMPARE(attempt(sender, {{QStringLiteral("toQueue"), QStringLiteral("general")},
                              {QStringLiteral("toAgentId"), agentId(QStringLiteral("agent2"))}}),
             QStringLiteral("invalid_field"));
    QCOMPARE(attempt(sender, {}), QStringLiteral("invalid_field"));
    QCOMPARE(attempt(sender, {{QStringLiteral("toQueue"), QStringLiteral("general")},
                              {QStringLiteral("note"), QStringLiteral("  ")}}),
             QStringLiteral("invalid_field"));
    QCOMPARE(attempt(sender, {{QStringLiteral("toQueue"), QStringLiteral("general")},
                              {QStringLiteral("note"), QString(281, QLatin1Char('x'))}}),
             QStringLiteral("field_too_long"));
    // Still the sender's.
    const auto still = sender.request(QStringLiteral("conversation.history"),
                                      {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(still);
    QCOMPARE(still->value(QStringLiteral("conversation"))
                 .toObject()
                 .value(QStringLiteral("assignedAgentId"))
                 .toInteger(),
             agentId(QStringLiteral("agent1")));
    // Back to the queue works, and routing does not offer it straight back to the sender.
    QVERIFY(sender.request(protocol::TransferRequest::type,
                           {{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("toQueue"), QStringLiteral("general")},
                            {QStringLiteral("note"), QStringLiteral("我要下班了，请同事接着处理退款")}}));
    RawClient supervisor;
    QVERIFY(signIn(supervisor, QStringLiteral("supervisor1")));
    QVERIFY(supervisor.request(QStringLiteral("transfer.targets"), {}));
    const auto snapshotted = supervisor.request(QStringLiteral("conversation.history"),
                                                {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(snapshotted);
    const QJsonObject waiting = snapshotted->value(QStringLiteral("conversation")).toObject();
    QCOMPARE(waiting.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(waiting.value(QStringLiteral("queuedAt")).toInteger(), m_now);
    QVERIFY(waiting.value(QStringLiteral("offer")).isNull());
}

void TestSupervision::transferToAnotherTeamsQueueLeavesTheOldTeam()
{
    RawClient sender;
    RawClient teammate;
    RawClient returns;
    QVERIFY(signIn(sender, QStringLiteral("agent1")));
    QVERIFY(signIn(teammate, QStringLiteral("agent2")));
    QVERIFY(teammate.request(protocol::PresenceSetRequest::type,
                             {{QStringLiteral("presence"), QStringLiteral("busy")}}));
    QVERIFY(signIn(returns, QStringLiteral("returns1")));
    const qint64 conversationId = customerWrites(7, QStringLiteral("我要退货"));
    QVERIFY(sender.request(QStringLiteral("conversation.accept"),
                           {{QStringLiteral("conversationId"), conversationId}}));
    sender.clearEvents();
    teammate.clearEvents();
    QVERIFY(sender.request(protocol::TransferRequest::type,
                           {{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("toQueue"), QStringLiteral("returns")},
                            {QStringLiteral("note"), QStringLiteral("退货，箱子未拆")}}));
    // Frontline is told to drop it and hears nothing more of it.
    for (RawClient *frontline : {&sender, &teammate}) {
        QVERIFY(frontline->request(QStringLiteral("transfer.targets"), {}));
        const QList<QJsonObject> events = frontline->events();
        QVERIFY(!events.isEmpty());
        QCOMPARE(eventKind(events.constLast()), protocol::event::conversationRemoved);
        QCOMPARE(payloadOf(events.constLast()).value(QStringLiteral("conversationId")).toInteger(),
                 conversationId);
    }
    // Returns has it waiting, offered to their available agent.
    QTRY_COMPARE(offeredTo(returns, conversationId), agentId(QStringLiteral("returns1")));
    QCOMPARE(latestConversation(returns, conversationId)->value(QStringLiteral("queue")).toString(),
             QStringLiteral("returns"));
}

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
