// Opening lines, their outcomes, contests and the team library against a real warmline-server
// process, over hand-written frames: versions and one active line per channel kind, templates the
// server refuses with the position of the error, who may open, judge and publish contests, the
// leaderboard formula on a hand-computed fixture, publishing to the library and adopting from it,
// and the outcome numbers of real conversations.

#include "protocol/messages.h"
#include "protocol/openingreplies.h"
#include "server/openinglineservice.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace warmline;
using test::errorCode;
using test::RawClient;

class TestOpeningLines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detectsUsesFromTheFixedText_data();
    void detectsUsesFromTheFixedText();
    void savesVersionsAndOneActiveLinePerChannelKind();
    void refusesInvalidTemplatesWithThePosition();
    void recordsOutcomesOfUses();
    void simulatedCustomersAnswerRecordsTheOutcome();
    void onlyJudgesScoreAndNeverTheirOwnEntry();
    void leaderboardCombinesJudgesAndOutcomes();
    void publishesWinnersToTheLibraryForAdoption();

private:
    std::unique_ptr<RawClient> staff(const QString &login);
    QJsonObject error(RawClient &client, const QString &type, const QJsonObject &payload);
    QJsonObject save(RawClient &client, const QJsonObject &payload);
    QJsonObject lineOf(RawClient &client, qint64 lineId);
    // A customer writes in on the web, `agent` accepts and answers `reply`; returns the conversation.
    qint64 converse(RawClient &agent, qint64 customerId, const QString &reply);

    test::ServerProcess m_server;
    qint64 m_outcomeLine = 0; // agent2's line with two uses (recordsOutcomesOfUses)
    qint64 m_contest = 0;
    qint64 m_agent3Entry = 0;
};

void TestOpeningLines::initTestCase()
{
    QString message;
    QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                             QStringLiteral("--demo-customers"), QStringLiteral("40")},
                            &message),
             qPrintable(message));
}

std::unique_ptr<RawClient> TestOpeningLines::staff(const QString &login)
{
    auto client = std::make_unique<RawClient>();
    if (!client->connectTo(m_server.url()) || !client->login(login, QStringLiteral("demo")))
        return nullptr;
    return client;
}

QJsonObject TestOpeningLines::error(RawClient &client, const QString &type, const QJsonObject &payload)
{
    const QString id = client.send(type, payload);
    const auto reply = client.waitReply(id);
    if (!reply || reply->value(QStringLiteral("type")).toString() != QLatin1StringView("error"))
        return {};
    return *reply;
}

QJsonObject TestOpeningLines::save(RawClient &client, const QJsonObject &payload)
{
    return client.request(QStringLiteral("opening.save"), payload)
        .value_or(QJsonObject())
        .value(QStringLiteral("line"))
        .toObject();
}

QJsonObject TestOpeningLines::lineOf(RawClient &client, qint64 lineId)
{
    const auto list = client.request(QStringLiteral("opening.list"), {});
    if (!list)
        return {};
    for (const QJsonValue &value : list->value(QStringLiteral("lines")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == lineId)
            return value.toObject();
    }
    return {};
}

qint64 TestOpeningLines::converse(RawClient &agent, qint64 customerId, const QString &reply)
{
    RawClient customer;
    if (!customer.connectTo(m_server.url()) || !customer.loginCustomer(customerId))
        return 0;
    const auto written = customer.request(QStringLiteral("customer.message"),
                                          {{QStringLiteral("channel"), QStringLiteral("web")},
                                           {QStringLiteral("text"), QStringLiteral("你好，我想问一下订单")}});
    if (!written)
        return 0;
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    if (!agent.request(QStringLiteral("conversation.accept"),
                       {{QStringLiteral("conversationId"), conversationId}}) ||
        !agent.request(QStringLiteral("conversation.reply"),
                       {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("text"), reply}}))
        return 0;
    return conversationId;
}

void TestOpeningLines::detectsUsesFromTheFixedText_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("rendered");
    QTest::addColumn<bool>("use");
    const QString xiaowang = QStringLiteral("{greeting}，{customer_name|朋友}！我是小王，今天想聊点什么？");
    QTest::newRow("as rendered") << xiaowang << QStringLiteral("下午好，李雷！我是小王，今天想聊点什么？")
                                 << QString() << true;
    QTest::newRow("other values, more after")
        << xiaowang << QStringLiteral("晚上好 朋友 我是小王 今天想聊点什么 您的订单我看到了") << QString()
        << true;
    QTest::newRow("rewritten") << xiaowang << QStringLiteral("您好，我是小王，有什么事？") << QString()
                               << false;
    QTest::newRow("optional part left out")
        << QStringLiteral("[{festival_greeting}！]您好，我是小王[，您的{latest_product}到了吗]。")
        << QStringLiteral("您好，我是小王。") << QString() << true;
    QTest::newRow("case and punctuation")
        << QStringLiteral("{greeting}, {customer_name|there}! Sam here — what can I sort out?")
        << QStringLiteral("Good morning, Emily!  sam here, what can I sort out") << QString() << true;
    // Little fixed text: the reply must start with the line as rendered for the customer.
    QTest::newRow("short line rendered")
        << QStringLiteral("{greeting}，{customer_name}！")
        << QStringLiteral("早上好，王芳！请问是订单的事吗？") << QStringLiteral("早上好，王芳！") << true;
    QTest::newRow("short line not used")
        << QStringLiteral("{greeting}，{customer_name}！") << QStringLiteral("您好")
        << QStringLiteral("早上好，王芳！") << false;
    QTest::newRow("invalid template")
        << QStringLiteral("{greeting") << QStringLiteral("{greeting") << QString() << false;
}

void TestOpeningLines::detectsUsesFromTheFixedText()
{
    QFETCH(QString, source);
    QFETCH(QString, reply);
    QFETCH(QString, rendered);
    QFETCH(bool, use);
    QCOMPARE(server::OpeningLineService::isUseOf(source, reply, rendered), use);
}

void TestOpeningLines::savesVersionsAndOneActiveLinePerChannelKind()
{
    auto agent = staff(QStringLiteral("agent1"));
    QVERIFY(agent);
    const QJsonObject first =
        save(*agent, {{QStringLiteral("channelKind"), QStringLiteral("chat")},
                      {QStringLiteral("title"), QStringLiteral("午后问候")},
                      {QStringLiteral("source"), QStringLiteral("{greeting}，{customer_name|朋友}！")}});
    const qint64 a = first.value(QStringLiteral("id")).toInteger();
    QVERIFY(a > 0);
    QCOMPARE(first.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("active")).toBool(), false);

    // A new text is a new version; the same text again is not.
    const QString second =
        QStringLiteral("{greeting}，{customer_name|朋友}！[您的{latest_product}还好用吗？]");
    QJsonObject saved = save(*agent, {{QStringLiteral("lineId"), a}, {QStringLiteral("source"), second}});
    QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 2);
    saved = save(*agent, {{QStringLiteral("lineId"), a}, {QStringLiteral("source"), second}});
    QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray versions = saved.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("source")).toString(), second);
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(saved.value(QStringLiteral("title")).toString(), QStringLiteral("午后问候"));

    const qint64 b =
        save(*agent, {{QStringLiteral("channelKind"), QStringLiteral("chat")},
                      {QStringLiteral("source"), QStringLiteral("{greeting}！我是{agent_name}。")}})
            .value(QStringLiteral("id"))
            .toInteger();
    const qint64 phone =
        save(*agent, {{QStringLiteral("channelKind"), QStringLiteral("phone")},
                      {QStringLiteral("source"),
                       QStringLiteral("{greeting}，我是{agent_name}，很高兴接到您的电话。")}})
            .value(QStringLiteral("id"))
            .toInteger();
    QVERIFY(b > 0 && phone > 0);

    QVERIFY(agent->request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), a}}));
    QVERIFY(agent->request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), phone}}));
    QVERIFY(agent->request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), b}}));
    QCOMPARE(lineOf(*agent, a).value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(lineOf(*agent, b).value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(lineOf(*agent, phone).value(QStringLiteral("active")).toBool(), true);
    QVERIFY(agent->request(QStringLiteral("opening.activate"),
                           {{QStringLiteral("lineId"), b}, {QStringLiteral("active"), false}}));
    QCOMPARE(lineOf(*agent, b).value(QStringLiteral("active")).toBool(), false);

    // One active line per kind *and language*: an English line for English-speaking customers stays
    // active beside the Chinese one.
    QCOMPARE(lineOf(*agent, a).value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    const qint64 english =
        save(*agent, {{QStringLiteral("channelKind"), QStringLiteral("chat")},
                      {QStringLiteral("source"),
                       QStringLiteral("{greeting}, {customer_name|there}! How can I help?")}})
            .value(QStringLiteral("id"))
            .toInteger();
    QCOMPARE(lineOf(*agent, english).value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QVERIFY(agent->request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), a}}));
    QVERIFY(agent->request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), english}}));
    QCOMPARE(lineOf(*agent, a).value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(lineOf(*agent, english).value(QStringLiteral("active")).toBool(), true);
    // Rewritten in Chinese, the English line takes the Chinese slot: it replaces the active Chinese line.
    save(*agent, {{QStringLiteral("lineId"), english},
                  {QStringLiteral("source"), QStringLiteral("{greeting}！有什么可以帮您？")}});
    QCOMPARE(lineOf(*agent, english).value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(lineOf(*agent, english).value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(lineOf(*agent, a).value(QStringLiteral("active")).toBool(), false);

    // Someone else's line does not exist for you.
    auto other = staff(QStringLiteral("agent2"));
    QVERIFY(other);
    QCOMPARE(errorCode(error(*other, QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), a}})),
             QStringLiteral("not_found"));
    QCOMPARE(errorCode(error(
                 *other, QStringLiteral("opening.save"),
                 {{QStringLiteral("lineId"), a}, {QStringLiteral("source"), QStringLiteral("{greeting}")}})),
             QStringLiteral("not_found"));

    QVERIFY(agent->request(QStringLiteral("opening.delete"), {{QStringLiteral("lineId"), a}}));
    QVERIFY(lineOf(*agent, a).isEmpty());
}

void TestOpeningLines::refusesInvalidTemplatesWithThePosition()
{
    auto agent = staff(QStringLiteral("agent1"));
    QVERIFY(agent);
    struct Case
    {
        QString source;
        qint64 position;
    };
    for (const Case &c : {Case{QStringLiteral("您好{custmer_name}，有什么能帮您？"), 3},
                          Case{QStringLiteral("{greeting}，[您的{latest_product}"), 11},
                          Case{QStringLiteral("早上好{}"), 3}}) {
        const QJsonObject frame = error(
            *agent, QStringLiteral("opening.save"),
            {{QStringLiteral("channelKind"), QStringLiteral("chat")}, {QStringLiteral("source"), c.source}});
        QCOMPARE(errorCode(frame), QStringLiteral("invalid_field"));
        const QJsonObject details = frame.value(QStringLiteral("error")).toObject();
        QCOMPARE(details.value(QStringLiteral("field")).toString(), QStringLiteral("payload.source"));
        QCOMPARE(
            details.value(QStringLiteral("details")).toObject().value(QStringLiteral("position")).toInteger(),
            c.position);
    }
    // A new line needs its channel kind.
    QCOMPARE(errorCode(error(*agent, QStringLiteral("opening.save"),
                             {{QStringLiteral("source"), QStringLiteral("{greeting}")}})),
             QStringLiteral("missing_field"));
}

void TestOpeningLines::recordsOutcomesOfUses()
{
    auto agent = staff(QStringLiteral("agent2"));
    QVERIFY(agent);
    const QJsonObject line =
        save(*agent, {{QStringLiteral("channelKind"), QStringLiteral("chat")},
                      {QStringLiteral("title"), QStringLiteral("小王开场")},
                      {QStringLiteral("source"),
                       QStringLiteral("{greeting}，{customer_name|朋友}！我是小王，今天想聊点什么？")}});
    m_outcomeLine = line.value(QStringLiteral("id")).toInteger();
    QVERIFY(m_outcomeLine > 0);
    QVERIFY(agent->request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), m_outcomeLine}}));

    // 1: the line (whatever the greeting), a grateful answer, resolved by the same agent.
    const qint64 warm = converse(*agent, 21, QStringLiteral("下午好，顾客！我是小王，今天想聊点什么？"));
    QVERIFY(warm > 0);
    {
        RawClient customer;
        QVERIFY(customer.connectTo(m_server.url()) && customer.loginCustomer(21));
        QVERIFY(customer.request(
            QStringLiteral("customer.message"),
            {{QStringLiteral("channel"), QStringLiteral("web")},
             {QStringLiteral("text"), QStringLiteral("太感谢了，服务很好！我想改一下地址")}}));
    }
    QVERIFY(
        agent->request(QStringLiteral("conversation.resolve"), {{QStringLiteral("conversationId"), warm}}));

    // 2: not the line: no use.
    QVERIFY(converse(*agent, 22, QStringLiteral("您好，请稍等，我查一下。")) > 0);

    // 3: the line, then an upset customer who asks for someone else; resolved anyway.
    const qint64 upset =
        converse(*agent, 23, QStringLiteral("晚上好，朋友！我是小王，今天想聊点什么？ 我先看看您的订单。"));
    QVERIFY(upset > 0);
    {
        RawClient customer;
        QVERIFY(customer.connectTo(m_server.url()) && customer.loginCustomer(23));
        QVERIFY(customer.request(QStringLiteral("customer.message"),
                                 {{QStringLiteral("channel"), QStringLiteral("web")},
                                  {QStringLiteral("text"), QStringLiteral("气死我了，我要投诉，转人工")}}));
    }
    QVERIFY(
        agent->request(QStringLiteral("conversation.resolve"), {{QStringLiteral("conversationId"), upset}}));

    const QJsonObject outcomes = lineOf(*agent, m_outcomeLine).value(QStringLiteral("outcomes")).toObject();
    QCOMPARE(outcomes.value(QStringLiteral("uses")).toInt(), 2);
    QCOMPARE(outcomes.value(QStringLiteral("warmReplies")).toInt(), 1);
    QCOMPARE(outcomes.value(QStringLiteral("warmKnown")).toInt(), 2);
    QCOMPARE(outcomes.value(QStringLiteral("resolvedFirstContact")).toInt(), 2);
    QCOMPARE(outcomes.value(QStringLiteral("resolvedKnown")).toInt(), 2);
    QCOMPARE(outcomes.value(QStringLiteral("praised")).toInt(), 1);
    const QJsonObject version =
        lineOf(*agent, m_outcomeLine).value(QStringLiteral("versions")).toArray().at(0).toObject();
    QCOMPARE(version.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("uses")).toInt(), 2);
}

void TestOpeningLines::simulatedCustomersAnswerRecordsTheOutcome()
{
    // The demo's simulated customers enter through the conversation module like socket customers,
    // so their answers count for an opening line exactly as a real customer's do.
    test::ServerProcess demo;
    QString message;
    QVERIFY2(demo.start({QStringLiteral("--demo"), QStringLiteral("--demo-customers"), QStringLiteral("30")},
                        &message),
             qPrintable(message));
    RawClient agent;
    QVERIFY(agent.connectTo(demo.url()));
    QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    QList<qint64> lineIds;
    for (const QString &kind : protocol::channelKinds()) {
        const qint64 id =
            save(agent, {{QStringLiteral("channelKind"), kind},
                         {QStringLiteral("title"), QStringLiteral("小李开场")},
                         {QStringLiteral("source"),
                          QStringLiteral("{greeting}，{customer_name|朋友}！我是小李，很高兴为您服务。")}})
                .value(QStringLiteral("id"))
                .toInteger();
        QVERIFY(id > 0);
        QVERIFY(agent.request(QStringLiteral("opening.activate"), {{QStringLiteral("lineId"), id}}));
        lineIds.append(id);
    }
    QVERIFY(agent.subscribe(protocol::topic::conversations));
    const auto created = agent.waitEvent(
        [](const QJsonObject &event) {
            return event.value(QStringLiteral("event")).toString() == protocol::event::conversationCreated;
        },
        20000);
    QVERIFY(created);
    const qint64 conversationId = created->value(QStringLiteral("payload"))
                                      .toObject()
                                      .value(QStringLiteral("conversation"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
    QVERIFY(agent.request(QStringLiteral("conversation.accept"),
                          {{QStringLiteral("conversationId"), conversationId}}));
    const auto replied = agent.request(
        QStringLiteral("conversation.reply"),
        {{QStringLiteral("conversationId"), conversationId},
         {QStringLiteral("text"), QStringLiteral("您好，朋友！我是小李，很高兴为您服务。请问哪里不满意？")}});
    QVERIFY(replied);
    const qint64 replyId =
        replied->value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(replyId > 0);
    // The simulated customer reads the reply and answers a few seconds later.
    QVERIFY(agent.waitEvent(
        [&](const QJsonObject &event) {
            const QJsonObject written =
                event.value(QStringLiteral("payload")).toObject().value(QStringLiteral("message")).toObject();
            return written.value(QStringLiteral("conversationId")).toInteger() == conversationId &&
                   written.value(QStringLiteral("sender")).toString() == QLatin1StringView("customer") &&
                   written.value(QStringLiteral("id")).toInteger() > replyId;
        },
        20000));
    qint64 uses = 0;
    qint64 answered = 0;
    for (const qint64 id : std::as_const(lineIds)) {
        const QJsonObject outcomes = lineOf(agent, id).value(QStringLiteral("outcomes")).toObject();
        uses += outcomes.value(QStringLiteral("uses")).toInteger();
        answered += outcomes.value(QStringLiteral("warmKnown")).toInteger();
    }
    QCOMPARE(uses, 1);
    QCOMPARE(answered, 1); // the simulated customer's first answer was judged, warm or not
}

void TestOpeningLines::onlyJudgesScoreAndNeverTheirOwnEntry()
{
    auto agent = staff(QStringLiteral("agent3"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    auto trainer = staff(QStringLiteral("trainer1"));
    QVERIFY(agent && supervisor && trainer);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject contest{{QStringLiteral("theme"), QStringLiteral("中秋开场白")},
                              {QStringLiteral("startsAt"), now - 60000},
                              {QStringLiteral("endsAt"), now + 3600000}};
    QCOMPARE(errorCode(error(*agent, QStringLiteral("contest.create"), contest)),
             QStringLiteral("forbidden"));
    const auto created = supervisor->request(QStringLiteral("contest.create"), contest);
    QVERIFY(created);
    m_contest = created->value(QStringLiteral("contest")).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(created->value(QStringLiteral("contest")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
    QCOMPARE(errorCode(error(*supervisor, QStringLiteral("contest.create"),
                             {{QStringLiteral("theme"), QStringLiteral("x")},
                              {QStringLiteral("startsAt"), now},
                              {QStringLiteral("endsAt"), now - 1}})),
             QStringLiteral("invalid_field"));

    const qint64 agentLine =
        save(*agent, {{QStringLiteral("channelKind"), QStringLiteral("chat")},
                      {QStringLiteral("source"),
                       QStringLiteral("{greeting}, {customer_name|there}! Sam here — what can I sort out?")}})
            .value(QStringLiteral("id"))
            .toInteger();
    const auto entry =
        agent->request(QStringLiteral("contest.submit"),
                       {{QStringLiteral("contestId"), m_contest}, {QStringLiteral("lineId"), agentLine}});
    QVERIFY(entry);
    m_agent3Entry = entry->value(QStringLiteral("entryId")).toInteger();

    const QJsonObject scores{{QStringLiteral("entryId"), m_agent3Entry},
                             {QStringLiteral("warmth"), 5},
                             {QStringLiteral("clarity"), 5},
                             {QStringLiteral("fit"), 5},
                             {QStringLiteral("comment"), QStringLiteral("亲切自然")}};
    // An agent cannot score, not even someone else's entry.
    auto otherAgent = staff(QStringLiteral("agent4"));
    QVERIFY(otherAgent);
    QCOMPARE(errorCode(error(*otherAgent, QStringLiteral("contest.score"), scores)),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(error(*agent, QStringLiteral("contest.score"), scores)), QStringLiteral("forbidden"));

    // A judge who entered cannot score their own entry, but scores the others.
    const qint64 trainerLine =
        save(*trainer,
             {{QStringLiteral("channelKind"), QStringLiteral("chat")},
              {QStringLiteral("source"), QStringLiteral("{greeting}！我是{agent_name}，慢慢说，我都在听。")}})
            .value(QStringLiteral("id"))
            .toInteger();
    const auto trainerEntry =
        trainer->request(QStringLiteral("contest.submit"),
                         {{QStringLiteral("contestId"), m_contest}, {QStringLiteral("lineId"), trainerLine}});
    QVERIFY(trainerEntry);
    QJsonObject own = scores;
    own.insert(QStringLiteral("entryId"), trainerEntry->value(QStringLiteral("entryId")).toInteger());
    const QJsonObject refused = error(*trainer, QStringLiteral("contest.score"), own);
    QCOMPARE(errorCode(refused), QStringLiteral("forbidden"));
    QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.entryId"));

    QJsonObject outOfRange = scores;
    outOfRange.insert(QStringLiteral("fit"), 6);
    QCOMPARE(errorCode(error(*trainer, QStringLiteral("contest.score"), outOfRange)),
             QStringLiteral("invalid_field"));
    QJsonObject missing = scores;
    missing.remove(QStringLiteral("warmth"));
    QCOMPARE(errorCode(error(*trainer, QStringLiteral("contest.score"), missing)),
             QStringLiteral("missing_field"));
}

void TestOpeningLines::leaderboardCombinesJudgesAndOutcomes()
{
    QVERIFY(m_contest > 0 && m_outcomeLine > 0 && m_agent3Entry > 0);
    auto agent2 = staff(QStringLiteral("agent2"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    auto trainer = staff(QStringLiteral("trainer1"));
    QVERIFY(agent2 && supervisor && trainer);
    const auto entry =
        agent2->request(QStringLiteral("contest.submit"), {{QStringLiteral("contestId"), m_contest},
                                                           {QStringLiteral("lineId"), m_outcomeLine}});
    QVERIFY(entry);
    const qint64 agent2Entry = entry->value(QStringLiteral("entryId")).toInteger();
    auto score = [](RawClient &judge, qint64 entryId, int warmth, int clarity, int fit) {
        return judge
            .request(QStringLiteral("contest.score"), {{QStringLiteral("entryId"), entryId},
                                                       {QStringLiteral("warmth"), warmth},
                                                       {QStringLiteral("clarity"), clarity},
                                                       {QStringLiteral("fit"), fit},
                                                       {QStringLiteral("comment"), QStringLiteral("ok")}})
            .has_value();
    };
    // agent2: judges (5+4+3)/3 = 4 and 4 → 4 → (4−1)/4 = 0.75; outcomes: successes 1 warm + 2 resolved
    // + 1 praised = 4 of 2 uses + 2 warm known + 2 resolved known = 6 trials → (4+1)/(6+2) = 0.625.
    // Combined 0.7·0.75 + 0.3·0.625 = 0.7125.
    QVERIFY(score(*supervisor, agent2Entry, 5, 4, 3));
    QVERIFY(score(*trainer, agent2Entry, 4, 4, 4));
    // agent3: judges 5 and 14/3 → 29/6 → (29/6 − 1)/4 = 23/24; no uses → 1/2.
    // Combined 0.7·23/24 + 0.15 = 0.8208333…
    QVERIFY(score(*supervisor, m_agent3Entry, 5, 5, 5));
    QVERIFY(score(*trainer, m_agent3Entry, 3, 3, 3));
    QVERIFY(score(*trainer, m_agent3Entry, 5, 5, 4)); // a judge revises their score

    const auto board =
        agent2->request(QStringLiteral("contest.leaderboard"), {{QStringLiteral("contestId"), m_contest}});
    QVERIFY(board);
    const QJsonArray entries = board->value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 3); // the trainer's unscored entry comes last, without a rank
    const QJsonObject first = entries.at(0).toObject();
    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("entryId")).toInteger(), m_agent3Entry);
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("judges")).toInt(), 2);
    QVERIFY(qAbs(first.value(QStringLiteral("score")).toDouble() - (0.7 * 23.0 / 24.0 + 0.15)) < 1e-9);
    QCOMPARE(second.value(QStringLiteral("entryId")).toInteger(), agent2Entry);
    QVERIFY(qAbs(second.value(QStringLiteral("score")).toDouble() - 0.7125) < 1e-9);
    QVERIFY(qAbs(second.value(QStringLiteral("outcomeRate")).toDouble() - 0.625) < 1e-9);
    QCOMPARE(second.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("uses")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("scores")).toArray().size(), 2);
    // Unjudged: no rank, means or combined score yet (null, as every field that does not apply).
    const QJsonObject unjudged = entries.at(2).toObject();
    for (const char *field : {"rank", "score", "judgeScore", "warmth", "clarity", "fit"})
        QVERIFY2(unjudged.value(QLatin1StringView(field)).isNull(), field);
    // The wire form reads as the described reply, not merely looks like one.
    QString problem;
    const auto reply = protocol::schema::fromJson<protocol::LeaderboardReply>(*board, &problem);
    QVERIFY2(reply, qPrintable(problem));
    QCOMPARE(reply->entries.size(), 3);
    QCOMPARE(reply->entries.at(0).rank.value_or(0), 1);
    QVERIFY(!reply->entries.at(2).rank);
}

void TestOpeningLines::publishesWinnersToTheLibraryForAdoption()
{
    QVERIFY(m_contest > 0);
    auto agent = staff(QStringLiteral("agent1"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    QVERIFY(agent && supervisor);
    const QJsonObject publish{{QStringLiteral("contestId"), m_contest}, {QStringLiteral("winners"), 1}};
    QCOMPARE(errorCode(error(*agent, QStringLiteral("contest.publish"), publish)),
             QStringLiteral("forbidden"));
    const auto published = supervisor->request(QStringLiteral("contest.publish"), publish);
    QVERIFY(published);
    QCOMPARE(published->value(QStringLiteral("published")).toArray().size(), 1);
    QCOMPARE(errorCode(error(*supervisor, QStringLiteral("contest.publish"), publish)),
             QStringLiteral("invalid_state"));

    const auto library = agent->request(QStringLiteral("library.list"), {});
    QVERIFY(library);
    const QJsonArray lines = library->value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    const QJsonObject winner = lines.at(0).toObject();
    QCOMPARE(winner.value(QStringLiteral("authorName")).toString(), QStringLiteral("Emma Wilson"));
    QCOMPARE(winner.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(winner.value(QStringLiteral("contestTheme")).toString(), QStringLiteral("中秋开场白"));

    // Adopt (and activate) a copy; edit the copy (a fork): the library keeps the original.
    const auto adopted = agent->request(QStringLiteral("library.adopt"),
                                        {{QStringLiteral("libraryId"), winner.value(QStringLiteral("id"))},
                                         {QStringLiteral("activate"), true}});
    QVERIFY(adopted);
    const QJsonObject line = adopted->value(QStringLiteral("line")).toObject();
    QCOMPARE(line.value(QStringLiteral("source")).toString(),
             winner.value(QStringLiteral("source")).toString());
    QCOMPARE(line.value(QStringLiteral("originLibraryId")).toInteger(),
             winner.value(QStringLiteral("id")).toInteger());
    QVERIFY(line.value(QStringLiteral("active")).toBool());
    const QJsonObject fork =
        save(*agent,
             {{QStringLiteral("lineId"), line.value(QStringLiteral("id"))},
              {QStringLiteral("source"), QStringLiteral("{greeting}, {customer_name|there}! Li Na here.")}});
    QCOMPARE(fork.value(QStringLiteral("version")).toInt(), 2);
    const QJsonObject after = agent->request(QStringLiteral("library.list"), {})
                                  ->value(QStringLiteral("lines"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(after.value(QStringLiteral("adoptedCount")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("source")).toString(),
             winner.value(QStringLiteral("source")).toString());

    // A published contest takes no more entries.
    QCOMPARE(errorCode(error(*agent, QStringLiteral("contest.submit"),
                             {{QStringLiteral("contestId"), m_contest},
                              {QStringLiteral("lineId"), line.value(QStringLiteral("id"))}})),
             QStringLiteral("invalid_state"));
    QCOMPARE(errorCode(error(*agent, QStringLiteral("library.adopt"), {{QStringLiteral("libraryId"), 9999}})),
             QStringLiteral("not_found"));
}

QTEST_MAIN(TestOpeningLines)
#include "tst_openinglines.moc"
