// The customer-facing bot against a real warmline-server process: it answers what it is sure of,
// hands over to people in one step on any request for a person, never loops and never takes a
// conversation back; the hand-off carries what the agent needs. Also the agents' feedback on
// suggestions and the background retraining it drives.

#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace warmline;
using test::errorCode;
using test::RawClient;

namespace {

QJsonObject conversationOf(const QJsonObject &history)
{
    return history.value(QStringLiteral("conversation")).toObject();
}

int countSender(const QJsonObject &history, const QString &sender)
{
    int count = 0;
    for (const QJsonValue &message : history.value(QStringLiteral("messages")).toArray())
        count += message.toObject().value(QStringLiteral("sender")).toString() == sender ? 1 : 0;
    return count;
}

QString lastBody(const QJsonObject &history, const QString &sender)
{
    QString body;
    for (const QJsonValue &message : history.value(QStringLiteral("messages")).toArray()) {
        if (message.toObject().value(QStringLiteral("sender")).toString() == sender)
            body = message.toObject().value(QStringLiteral("body")).toString();
    }
    return body;
}

} // namespace

class TestBot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRequestForAPersonHandsOverInOneStep_data();
    void everyRequestForAPersonHandsOverInOneStep();
    void repeatedRequestsHandOverOnceAndNeverLoop();
    void answersWhatItKnowsAndNeverTakesBack();
    void handOffCarriesIntentFactsAndWhatWasTried();
    void feedbackIsRecordedAndValidated();
    void feedbackRetrainsInTheBackground();
    void idleBotConversationsAreClosed();

private:
    // Sends as customer `customerId` on `channel`; returns the conversation id (0 on error).
    qint64 say(RawClient &customer, const QString &text, const QString &channel = QStringLiteral("web"));
    QJsonObject history(RawClient &client, qint64 conversationId);

    test::ServerProcess m_server;
    int m_nextCustomer = 1;
};

void TestBot::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                             QStringLiteral("--bot"), QStringLiteral("--bot-retrain-every"),
                             QStringLiteral("3"), QStringLiteral("--demo-customers"), QStringLiteral("60")},
                            &error),
             qPrintable(error));
}

qint64 TestBot::say(RawClient &customer, const QString &text, const QString &channel)
{
    const auto ack = customer.request(QStringLiteral("customer.message"),
                                      {{QStringLiteral("channel"), channel}, {QStringLiteral("text"), text}});
    return ack ? ack->value(QStringLiteral("conversationId")).toInteger() : 0;
}

QJsonObject TestBot::history(RawClient &client, qint64 conversationId)
{
    return client
        .request(QStringLiteral("conversation.history"),
                 {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("limit"), 200}})
        .value_or(QJsonObject());
}

void TestBot::everyRequestForAPersonHandsOverInOneStep_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("zh 转人工") << QStringLiteral("转人工");
    QTest::newRow("zh 人工") << QStringLiteral("人工");
    QTest::newRow("zh 人工客服") << QStringLiteral("我要人工客服");
    QTest::newRow("zh 真人") << QStringLiteral("能不能让真人来回答");
    QTest::newRow("zh 找人工") << QStringLiteral("找人工！");
    QTest::newRow("zh 客服人员") << QStringLiteral("请帮我联系客服人员");
    QTest::newRow("zh full-width") << QStringLiteral("转人工。。。");
    QTest::newRow("en human") << QStringLiteral("human please");
    QTest::newRow("en HUMAN") << QStringLiteral("HUMAN");
    QTest::newRow("en agent") << QStringLiteral("I want to talk to an agent");
    QTest::newRow("en representative") << QStringLiteral("representative");
    QTest::newRow("en real person") << QStringLiteral("Can I speak to a real person?");
    QTest::newRow("en operator") << QStringLiteral("operator");
    QTest::newRow("en live agent") << QStringLiteral("live agent please");
    QTest::newRow("en someone") << QStringLiteral("let me talk to someone");
}

void TestBot::everyRequestForAPersonHandsOverInOneStep()
{
    QFETCH(QString, message);
    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(m_nextCustomer++));
    const qint64 conversationId = say(customer, message);
    QVERIFY(conversationId > 0);

    const QJsonObject after = history(customer, conversationId);
    const QJsonObject conversation = conversationOf(after);
    QCOMPARE(conversation.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    // The hand-off record is for the staff who take over; the customer's view leaves it out.
    QVERIFY(!conversation.contains(QStringLiteral("handoff")));
    RawClient staff;
    QVERIFY(staff.connectTo(m_server.url()));
    QVERIFY(staff.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    const QJsonObject handoff =
        conversationOf(history(staff, conversationId)).value(QStringLiteral("handoff")).toObject();
    QCOMPARE(handoff.value(QStringLiteral("reason")).toString(), QStringLiteral("asked_for_person"));
    QVERIFY(!handoff.value(QStringLiteral("summary")).toString().isEmpty());
    // One step: the customer's message, then one notice that a person is coming, with the wait.
    QCOMPARE(countSender(after, QStringLiteral("customer")), 1);
    QCOMPARE(countSender(after, QStringLiteral("bot")), 1);
    const QString notice = lastBody(after, QStringLiteral("bot"));
    QVERIFY2(notice.contains(QStringLiteral("分钟")) || notice.contains(QStringLiteral("minute")),
             qPrintable(notice));
}

void TestBot::repeatedRequestsHandOverOnceAndNeverLoop()
{
    RawClient staff;
    QVERIFY(staff.connectTo(m_server.url()));
    QVERIFY(staff.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    QVERIFY(staff.subscribe(QStringLiteral("conversations")));
    staff.clearEvents();

    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(m_nextCustomer++));
    qint64 conversationId = 0;
    const QStringList pleas{QStringLiteral("human please"),   QStringLiteral("HUMAN PLEASE"),
                            QStringLiteral("human please!!"), QStringLiteral("I said human please"),
                            QStringLiteral("转人工"),         QStringLiteral("human please")};
    for (const QString &plea : pleas) {
        const qint64 id = say(customer, plea);
        QVERIFY(id > 0);
        if (conversationId)
            QCOMPARE(id, conversationId); // still the same conversation, never a fresh bot one
        conversationId = id;
    }
    const QJsonObject after = history(customer, conversationId);
    QCOMPARE(conversationOf(after).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(countSender(after, QStringLiteral("customer")), int(pleas.size()));
    QCOMPARE(countSender(after, QStringLiteral("bot")), 1);

    // Staff saw exactly one hand-over: one conversation.updated moving it from bot to the queue.
    QVERIFY(staff.waitEvent([&](const QJsonObject &e) {
        return e.value(QStringLiteral("payload"))
                   .toObject()
                   .value(QStringLiteral("message"))
                   .toObject()
                   .value(QStringLiteral("body")) == pleas.constLast();
    }));
    int handOvers = 0;
    for (const QJsonObject &event : staff.events()) {
        const QJsonObject conversation = event.value(QStringLiteral("payload"))
                                             .toObject()
                                             .value(QStringLiteral("conversation"))
                                             .toObject();
        if (event.value(QStringLiteral("event")).toString() == QLatin1StringView("conversation.updated") &&
            conversation.value(QStringLiteral("id")).toInteger() == conversationId)
            ++handOvers;
    }
    QCOMPARE(handOvers, 1);
}

void TestBot::answersWhatItKnowsAndNeverTakesBack()
{
    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(m_nextCustomer++));
    const qint64 conversationId = say(customer, QStringLiteral("Which payment methods do you accept?"));
    QVERIFY(conversationId > 0);
    QJsonObject after = history(customer, conversationId);
    QCOMPARE(conversationOf(after).value(QStringLiteral("status")).toString(), QStringLiteral("bot"));
    QCOMPARE(countSender(after, QStringLiteral("bot")), 1);
    const QString answer = lastBody(after, QStringLiteral("bot"));
    QVERIFY(!answer.isEmpty());
    QVERIFY2(!answer.contains(QLatin1Char('{')) && !answer.contains(QLatin1Char('[')), qPrintable(answer));

    // A supervisor takes the conversation over; from then on the bot stays silent, whatever is said.
    RawClient supervisor;
    QVERIFY(supervisor.connectTo(m_server.url()));
    QVERIFY(supervisor.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    QVERIFY(supervisor.request(QStringLiteral("conversation.accept"),
                               {{QStringLiteral("conversationId"), conversationId}}));
    QCOMPARE(say(customer, QStringLiteral("Which payment methods do you accept?")), conversationId);
    QCOMPARE(say(customer, QStringLiteral("human please")), conversationId);
    after = history(customer, conversationId);
    QCOMPARE(conversationOf(after).value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(countSender(after, QStringLiteral("bot")), 1);
    QVERIFY(conversationOf(history(supervisor, conversationId)).value(QStringLiteral("handoff")).isNull());
}

void TestBot::handOffCarriesIntentFactsAndWhatWasTried()
{
    RawClient staff;
    QVERIFY(staff.connectTo(m_server.url()));
    QVERIFY(staff.login(QStringLiteral("agent1"), QStringLiteral("demo")));

    const qint64 customerId = m_nextCustomer++;
    const auto profile =
        staff.request(QStringLiteral("customer.profile"), {{QStringLiteral("customerId"), customerId}});
    QVERIFY(profile);
    const QJsonArray orders =
        profile->value(QStringLiteral("orders")).toObject().value(QStringLiteral("items")).toArray();
    QVERIFY(!orders.isEmpty());
    const QString orderNo = orders.first().toObject().value(QStringLiteral("orderNo")).toString();
    QVERIFY(!orderNo.isEmpty());

    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(customerId));
    // First something the bot can answer, then a problem only a person can settle.
    const qint64 conversationId = say(customer, QStringLiteral("你们支持哪些付款方式？"));
    QVERIFY(conversationId > 0);
    QCOMPARE(conversationOf(history(customer, conversationId)).value(QStringLiteral("status")).toString(),
             QStringLiteral("bot"));
    QCOMPARE(say(customer, QStringLiteral("订单%1收到的东西屏幕碎了，外包装也压坏了").arg(orderNo)),
             conversationId);

    const QJsonObject after = history(staff, conversationId);
    const QJsonObject conversation = conversationOf(after);
    QCOMPARE(conversation.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    const QJsonObject handoff = conversation.value(QStringLiteral("handoff")).toObject();
    QVERIFY2(!handoff.isEmpty(), "the hand-off record is on the conversation");
    QCOMPARE(handoff.value(QStringLiteral("reason")).toString(), QStringLiteral("needs_person"));
    QCOMPARE(handoff.value(QStringLiteral("intent")).toString(), QStringLiteral("damaged_item"));
    QVERIFY(handoff.value(QStringLiteral("confidence")).toInt() > 0);
    const QJsonObject facts = handoff.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("order_number")).toString(), orderNo);
    QVERIFY(!facts.value(QStringLiteral("product")).toString().isEmpty());
    const QJsonArray tried = handoff.value(QStringLiteral("tried")).toArray();
    QCOMPARE(tried.size(), 1);
    QCOMPARE(tried.first().toString(), QStringLiteral("payment_methods"));
    const QString summary = handoff.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.contains(QStringLiteral("付款方式")), qPrintable(summary));
    // Each reader gets the facts and the summary in their own interface language: an English-speaking
    // agent reads the Chinese customer's order status and dates in English, the customer's words as
    // they were written.
    const QJsonObject localized = handoff.value(QStringLiteral("localized")).toObject();
    const QJsonObject zh = localized.value(QStringLiteral("zh_CN")).toObject();
    const QJsonObject en = localized.value(QStringLiteral("en")).toObject();
    QCOMPARE(zh.value(QStringLiteral("facts")).toObject(), facts);
    QCOMPARE(zh.value(QStringLiteral("summary")).toString(), summary);
    const QJsonObject enFacts = en.value(QStringLiteral("facts")).toObject();
    QCOMPARE(enFacts.value(QStringLiteral("order_number")).toString(), orderNo);
    const QString status = enFacts.value(QStringLiteral("order_status")).toString();
    QVERIFY2(!status.isEmpty() && !status.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
             qPrintable(status));
    const QString enSummary = en.value(QStringLiteral("summary")).toString();
    QVERIFY2(enSummary.contains(QStringLiteral("Customer wrote")) &&
                 enSummary.contains(QStringLiteral("付款方式")),
             qPrintable(enSummary));
    QVERIFY2(enSummary.contains(QStringLiteral("Payment methods")), qPrintable(enSummary));
    // The order named in the message is now the conversation's order, for the agent's profile view.
    QVERIFY(conversation.value(QStringLiteral("orderId")).toInteger() > 0);
}

void TestBot::feedbackIsRecordedAndValidated()
{
    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(m_nextCustomer++));
    const qint64 conversationId = say(customer, QStringLiteral("human please, my parcel is late"));
    QVERIFY(conversationId > 0);

    RawClient agent;
    QVERIFY(agent.connectTo(m_server.url()));
    QVERIFY(agent.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    const QJsonObject before = history(agent, conversationId);
    qint64 customerMessageId = 0;
    qint64 botMessageId = 0;
    for (const QJsonValue &value : before.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        (message.value(QStringLiteral("sender")).toString() == QLatin1StringView("customer")
             ? customerMessageId
             : botMessageId) = message.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(customerMessageId > 0 && botMessageId > 0);

    auto feedback = [&](qint64 messageId, const QString &templateId, const QString &action) {
        return QJsonObject{{QStringLiteral("conversationId"), conversationId},
                           {QStringLiteral("messageId"), messageId},
                           {QStringLiteral("intent"), QStringLiteral("late_delivery")},
                           {QStringLiteral("templateId"), templateId},
                           {QStringLiteral("source"), QStringLiteral("intent")},
                           {QStringLiteral("action"), action}};
    };
    const auto sent = agent.request(
        QStringLiteral("assist.feedback"),
        feedback(customerMessageId, QStringLiteral("late_delivery.en.2"), QStringLiteral("sent")));
    QVERIFY(sent);
    QCOMPARE(sent->value(QStringLiteral("template")).toObject().value(QStringLiteral("sent")).toInt(), 1);

    // Typed errors name the field; nothing is stored. Customers cannot teach the assistant.
    auto refusal = [&](RawClient &client, const QJsonObject &payload) {
        const auto reply = client.waitReply(client.send(QStringLiteral("assist.feedback"), payload));
        return reply ? errorCode(*reply) + QLatin1Char(' ') +
                           reply->value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("field"))
                               .toString()
                     : QStringLiteral("no reply");
    };
    const QString template2 = QStringLiteral("late_delivery.en.2");
    const QString sentAction = QStringLiteral("sent");
    QCOMPARE(refusal(agent, feedback(botMessageId, template2, sentAction)),
             QStringLiteral("not_found payload.messageId"));
    QCOMPARE(refusal(agent, feedback(customerMessageId, QStringLiteral("late_delivery.en.99"), sentAction)),
             QStringLiteral("invalid_field payload.templateId"));
    QCOMPARE(refusal(agent, feedback(customerMessageId, template2, QStringLiteral("loved"))),
             QStringLiteral("invalid_field payload.action"));
    QCOMPARE(refusal(customer, feedback(customerMessageId, template2, sentAction)),
             QStringLiteral("forbidden "));

    const auto state = agent.request(QStringLiteral("assist.state"), {});
    QVERIFY(state);
    bool found = false;
    for (const QJsonValue &value : state->value(QStringLiteral("templates")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("id")).toString() == QLatin1StringView("late_delivery.en.2")) {
            found = true;
            QCOMPARE(row.value(QStringLiteral("sent")).toInt(), 1);
            QCOMPARE(row.value(QStringLiteral("ignored")).toInt(), 0);
        }
    }
    QVERIFY(found);
    bool learned = false;
    for (const QJsonValue &value : state->value(QStringLiteral("learned")).toArray()) {
        learned |=
            value.toObject().value(QStringLiteral("text")).toString() ==
                QLatin1StringView("human please, my parcel is late") &&
            value.toObject().value(QStringLiteral("intent")).toString() == QLatin1StringView("late_delivery");
    }
    QVERIFY(learned);
}

void TestBot::feedbackRetrainsInTheBackground()
{
    RawClient agent;
    QVERIFY(agent.connectTo(m_server.url()));
    QVERIFY(agent.login(QStringLiteral("agent3"), QStringLiteral("demo")));
    const auto before = agent.request(QStringLiteral("assist.state"), {});
    QVERIFY(before);
    const int version = before->value(QStringLiteral("modelVersion")).toInt();
    QVERIFY(version >= 1);

    // Three labelled messages (the server retrains every three here).
    for (int i = 0; i < 3; ++i) {
        RawClient customer;
        QVERIFY(customer.connectTo(m_server.url()));
        QVERIFY(customer.loginCustomer(m_nextCustomer++));
        const qint64 conversationId =
            say(customer, QStringLiteral("agent: where is my stuff, it has been ages"));
        QVERIFY(conversationId > 0);
        qint64 messageId = 0;
        for (const QJsonValue &value :
             history(agent, conversationId).value(QStringLiteral("messages")).toArray()) {
            if (value.toObject().value(QStringLiteral("sender")).toString() == QLatin1StringView("customer"))
                messageId = value.toObject().value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(agent.request(QStringLiteral("assist.feedback"),
                              {{QStringLiteral("conversationId"), conversationId},
                               {QStringLiteral("messageId"), messageId},
                               {QStringLiteral("intent"), QStringLiteral("delivery_status")},
                               {QStringLiteral("templateId"), QStringLiteral("delivery_status.en.1")},
                               {QStringLiteral("source"), QStringLiteral("intent")},
                               {QStringLiteral("action"), QStringLiteral("edited")}}));
    }
    // The server keeps answering while it trains; the new model arrives by itself. Nothing is pushed
    // when it does, so the state is asked for until it shows the new model.
    bool answered = true;
    int now = version;
    qint64 botLearned = 0;
    const auto retrained = [&] {
        if (!answered)
            return true; // stop asking: reported below
        const auto state = agent.request(QStringLiteral("assist.state"), {});
        if (!state) {
            answered = false;
            return true;
        }
        now = state->value(QStringLiteral("modelVersion")).toInt();
        botLearned = state->value(QStringLiteral("botLearned")).toInteger();
        return now > version && botLearned >= 3;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        retrained(),
        qPrintable(QStringLiteral("model version stayed %1, bot learned %2").arg(now).arg(botLearned)),
        120000);
    QVERIFY2(answered, "assist.state was refused while the model trained");
    QVERIFY2(now > version, qPrintable(QStringLiteral("model version stayed %1").arg(now)));
    QVERIFY(botLearned >= 3);
}

void TestBot::idleBotConversationsAreClosed()
{
    // A customer who got the bot's answer and left: the conversation does not stay open forever.
    test::ServerProcess server;
    QString error;
    QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                           QStringLiteral("--bot"), QStringLiteral("--bot-idle-close-seconds"),
                           QStringLiteral("2"), QStringLiteral("--demo-customers"), QStringLiteral("10")},
                          &error),
             qPrintable(error));
    RawClient customer;
    QVERIFY(customer.connectTo(server.url()));
    QVERIFY(customer.loginCustomer(3));
    QVERIFY(customer.subscribe(QStringLiteral("mine")));
    const qint64 answered = say(customer, QStringLiteral("Which payment methods do you accept?"));
    QVERIFY(answered > 0);
    QCOMPARE(conversationOf(history(customer, answered)).value(QStringLiteral("status")).toString(),
             QStringLiteral("bot"));
    // One the bot handed over is the people's to close, idle or not.
    RawClient other;
    QVERIFY(other.connectTo(server.url()));
    QVERIFY(other.loginCustomer(4));
    const qint64 handedOver = say(other, QStringLiteral("转人工"));
    QVERIFY(handedOver > 0);

    const auto closed = customer.waitEvent(
        [&](const QJsonObject &e) {
            const QJsonObject conversation = e.value(QStringLiteral("payload"))
                                                 .toObject()
                                                 .value(QStringLiteral("conversation"))
                                                 .toObject();
            return conversation.value(QStringLiteral("id")).toInteger() == answered &&
                   conversation.value(QStringLiteral("status")).toString() == QLatin1StringView("resolved");
        },
        15000);
    QVERIFY(closed);
    const QJsonObject after = history(customer, answered);
    QCOMPARE(countSender(after, QStringLiteral("bot")), 2); // the answer, then a friendly goodbye
    QCOMPARE(conversationOf(history(other, handedOver)).value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    // Writing again starts a new conversation with the bot.
    const qint64 next = say(customer, QStringLiteral("Which payment methods do you accept?"));
    QVERIFY(next > answered);
}

QTEST_GUILESS_MAIN(TestBot)
#include "tst_bot.moc"
