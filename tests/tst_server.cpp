// Integration over real loopback sockets with a real warmline-server process: the wire protocol,
// routing, idempotency, resume without gaps or duplicates, size limits, rate limits, heartbeat.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace warmline;
using test::errorCode;
using test::RawClient;

class TestServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void negotiatesSubprotocol();
    void malformedInputGetsTypedErrors_data();
    void malformedInputGetsTypedErrors();
    void requiresLogin();
    void refusesWrongPassword();
    void customerMessageReachesAgentAndReplyReachesCustomer();
    void replayedOperationChangesNothing();
    void secondAgentCannotTakeAcceptedConversation();
    void resumeDeliversExactlyTheMissedEvents();
    void resumeBeyondTheLogAsksForSnapshot();
    void resumeWithTokenKeepsIdentity();
    void aConnectionKeepsItsFirstPrincipal();
    void oversizeFramesAreRefused();
    void rateLimitAnswersAndKeepsConnection();
    void silentPeerIsDropped();

private:
    qint64 openConversation(RawClient &customer, const QString &text);
    test::ServerProcess m_server;
};

void TestServer::initTestCase()
{
    QString error;
    // Demo accounts and data, no simulator: the tests decide every customer message.
    QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                             QStringLiteral("--demo-customers"), QStringLiteral("50"),
                             QStringLiteral("--heartbeat-ms"), QStringLiteral("300")},
                            &error),
             qPrintable(error));
}

void TestServer::negotiatesSubprotocol()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server.url()));
    QCOMPARE(client.socket().subprotocol(), QStringLiteral("warmline.v1"));

    // A peer that does not offer warmline.v1 is told so in the close frame.
    for (const QStringList &offered : {QStringList{}, QStringList{QStringLiteral("chat.v2")}}) {
        RawClient stranger;
        stranger.connectTo(m_server.url(), offered);
        QVERIFY(stranger.waitDisconnected());
        QCOMPARE(stranger.socket().closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
        QVERIFY(stranger.socket().closeReason().contains(QStringLiteral("warmline.v1")));
    }
}

void TestServer::malformedInputGetsTypedErrors_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("garbage") << QByteArray("hello?") << "malformed_json"
                             << "";
    QTest::newRow("truncated JSON") << QByteArray(R"({"v":1,"type":"auth.login","id":"a")")
                                    << "malformed_json"
                                    << "";
    QTest::newRow("array") << QByteArray("[]") << "invalid_envelope"
                           << "";
    QTest::newRow("unknown type") << QByteArray(R"({"v":1,"type":"teleport","id":"a"})") << "unknown_type"
                                  << "type";
    QTest::newRow("old version") << QByteArray(R"({"v":0,"type":"auth.login","id":"a"})")
                                 << "unsupported_version"
                                 << "v";
    QTest::newRow("login fields of wrong type")
        << QByteArray(R"({"v":1,"type":"auth.login","id":"a","payload":{"user":1,"password":"x"}})")
        << "invalid_field"
        << "payload.user";
    QTest::newRow("login without password")
        << QByteArray(R"({"v":1,"type":"auth.login","id":"a","payload":{"user":"agent1"}})")
        << "missing_field"
        << "payload.password";
    QTest::newRow("oversize string") << QByteArray(
                                            R"({"v":1,"type":"auth.login","id":"a","payload":{"user":")" +
                                            QByteArray(500, 'u') + R"(","password":"x"}})")
                                     << "field_too_long"
                                     << "payload.user";
}

void TestServer::malformedInputGetsTypedErrors()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    QFETCH(QString, field);
    RawClient client;
    QVERIFY(client.connectTo(m_server.url()));
    client.sendRaw(frame);
    const QString id = QJsonDocument::fromJson(frame).object().value(QStringLiteral("id")).toString();
    const auto reply = id.isEmpty() ? client.waitUncorrelated() : client.waitReply(id);
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(errorCode(*reply), code);
    QCOMPARE(reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             field);
    QVERIFY(!reply->value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    // The connection stays usable.
    QVERIFY(client.login(QStringLiteral("agent1"), QStringLiteral("demo")));
}

void TestServer::requiresLogin()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server.url()));
    const auto reply = client.waitReply(
        client.send(QStringLiteral("subscribe"),
                    {{QStringLiteral("topics"), QJsonArray{QStringLiteral("conversations")}}}));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("not_authenticated"));
}

void TestServer::refusesWrongPassword()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server.url()));
    const auto reply = client.waitReply(
        client.send(QStringLiteral("auth.login"), {{QStringLiteral("user"), QStringLiteral("agent1")},
                                                   {QStringLiteral("password"), QStringLiteral("nope")}}));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("invalid_credentials"));
    const auto unknown = client.waitReply(
        client.send(QStringLiteral("auth.login"), {{QStringLiteral("user"), QStringLiteral("ghost")},
                                                   {QStringLiteral("password"), QStringLiteral("demo")}}));
    QVERIFY(unknown);
    QCOMPARE(errorCode(*unknown), QStringLiteral("invalid_credentials"));
    // A customer cannot pretend to be staff, nor subscribe to staff topics.
    QVERIFY(client.loginCustomer(3));
    const auto topic = client.waitReply(
        client.send(QStringLiteral("subscribe"),
                    {{QStringLiteral("topics"), QJsonArray{QStringLiteral("conversations")}}}));
    QVERIFY(topic);
    QCOMPARE(errorCode(*topic), QStringLiteral("forbidden"));
}

qint64 TestServer::openConversation(RawClient &customer, const QString &text)
{
    const auto ack = customer.request(
        QStringLiteral("customer.message"),
        {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
    return ack ? ack->value(QStringLiteral("conversationId")).toInteger() : 0;
}

void TestServer::customerMessageReachesAgentAndReplyReachesCustomer()
{
    RawClient agent;
    QVERIFY(agent.connectTo(m_server.url()));
    const auto principal = agent.login(QStringLiteral("agent1"), QStringLiteral("demo"));
    QVERIFY(principal);
    QCOMPARE(principal->value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QVERIFY(!principal->value(QStringLiteral("token")).toString().isEmpty());
    const auto snapshot = agent.subscribe(QStringLiteral("conversations"));
    QVERIFY(snapshot);
    QVERIFY(snapshot->value(QStringLiteral("snapshot"))
                .toObject()
                .value(QStringLiteral("conversations"))
                .isArray());

    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(5));
    QVERIFY(customer.subscribe(QStringLiteral("mine")));
    const QString text = QStringLiteral("收到的杯子碎了，怎么处理？");
    const qint64 conversationId = openConversation(customer, text);
    QVERIFY(conversationId > 0);

    const auto created = agent.waitEvent([&](const QJsonObject &e) {
        return e.value(QStringLiteral("event")).toString() == QLatin1StringView("message.created") &&
               e.value(QStringLiteral("payload"))
                       .toObject()
                       .value(QStringLiteral("message"))
                       .toObject()
                       .value(QStringLiteral("body"))
                       .toString() == text;
    });
    QVERIFY(created);
    QVERIFY(created->value(QStringLiteral("seq")).toInteger() > 0);
    QCOMPARE(created->value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("conversation"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("queued"));

    const auto accepted = agent.request(QStringLiteral("conversation.accept"),
                                        {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(accepted);
    const QString answer = QStringLiteral("很抱歉！我马上为您补发一个新的。");
    const QString replyId =
        agent.send(QStringLiteral("conversation.reply"),
                   {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("text"), answer}});
    const auto replyAck = agent.waitReply(replyId);
    QVERIFY(replyAck);
    QCOMPARE(replyAck->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    QVERIFY(replyAck->value(QStringLiteral("seq")).toInteger() >
            created->value(QStringLiteral("seq")).toInteger());

    const auto delivered = customer.waitEvent([&](const QJsonObject &e) {
        return e.value(QStringLiteral("payload"))
                   .toObject()
                   .value(QStringLiteral("message"))
                   .toObject()
                   .value(QStringLiteral("body"))
                   .toString() == answer;
    });
    QVERIFY(delivered);
    QCOMPARE(delivered->value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("authorName"))
                 .toString(),
             QStringLiteral("李娜"));

    const auto resolved = agent.request(QStringLiteral("conversation.resolve"),
                                        {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(resolved);
    QCOMPARE(
        resolved->value(QStringLiteral("conversation")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("resolved"));
    // Another customer sees none of this.
    RawClient other;
    QVERIFY(other.connectTo(m_server.url()));
    QVERIFY(other.loginCustomer(6));
    const auto history = other.waitReply(other.send(QStringLiteral("conversation.history"),
                                                    {{QStringLiteral("conversationId"), conversationId}}));
    QVERIFY(history);
    QCOMPARE(errorCode(*history), QStringLiteral("not_found"));
}

void TestServer::replayedOperationChangesNothing()
{
    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(7));
    const qint64 conversationId = openConversation(customer, QStringLiteral("Where is my parcel?"));
    QVERIFY(conversationId > 0);

    RawClient agent;
    QVERIFY(agent.connectTo(m_server.url()));
    QVERIFY(agent.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    QVERIFY(agent.request(QStringLiteral("conversation.accept"),
                          {{QStringLiteral("conversationId"), conversationId}}));

    const QJsonObject payload{{QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("text"), QStringLiteral("It left the depot today.")}};
    const auto first = agent.waitReply(
        agent.send(QStringLiteral("conversation.reply"), payload, QStringLiteral("op-replay-1")));
    QVERIFY(first);
    QCOMPARE(first->value(QStringLiteral("type")).toString(), QStringLiteral("ack"));

    // The same request again, as after a reconnect, also on a new connection.
    const auto again = agent.waitReply(
        agent.send(QStringLiteral("conversation.reply"), payload, QStringLiteral("op-replay-1")));
    QVERIFY(again);
    QCOMPARE(again->value(QStringLiteral("payload")), first->value(QStringLiteral("payload")));
    QCOMPARE(again->value(QStringLiteral("seq")), first->value(QStringLiteral("seq")));
    RawClient sameAgent;
    QVERIFY(sameAgent.connectTo(m_server.url()));
    QVERIFY(sameAgent.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    const auto third = sameAgent.waitReply(
        sameAgent.send(QStringLiteral("conversation.reply"), payload, QStringLiteral("op-replay-1")));
    QVERIFY(third);
    QCOMPARE(third->value(QStringLiteral("payload")), first->value(QStringLiteral("payload")));

    // Same id, different content: refused, nothing written.
    QJsonObject changed = payload;
    changed.insert(QStringLiteral("text"), QStringLiteral("Something else"));
    const auto conflict = agent.waitReply(
        agent.send(QStringLiteral("conversation.reply"), changed, QStringLiteral("op-replay-1")));
    QVERIFY(conflict);
    QCOMPARE(errorCode(*conflict), QStringLiteral("idempotency_conflict"));

    const auto history = agent.request(QStringLiteral("conversation.history"),
                                       {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(history);
    int agentMessages = 0;
    for (const QJsonValue &message : history->value(QStringLiteral("messages")).toArray()) {
        if (message.toObject().value(QStringLiteral("sender")).toString() == QLatin1StringView("agent"))
            ++agentMessages;
    }
    QCOMPARE(agentMessages, 1);
}

void TestServer::secondAgentCannotTakeAcceptedConversation()
{
    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(8));
    const qint64 conversationId = openConversation(customer, QStringLiteral("我要退款"));
    RawClient first;
    QVERIFY(first.connectTo(m_server.url()));
    QVERIFY(first.login(QStringLiteral("agent3"), QStringLiteral("demo")));
    RawClient second;
    QVERIFY(second.connectTo(m_server.url()));
    QVERIFY(second.login(QStringLiteral("agent4"), QStringLiteral("demo")));
    QVERIFY(first.request(QStringLiteral("conversation.accept"),
                          {{QStringLiteral("conversationId"), conversationId}}));
    const auto taken = second.waitReply(second.send(QStringLiteral("conversation.accept"),
                                                    {{QStringLiteral("conversationId"), conversationId}}));
    QVERIFY(taken);
    QCOMPARE(errorCode(*taken), QStringLiteral("already_taken"));
    const auto reply = second.waitReply(
        second.send(QStringLiteral("conversation.reply"), {{QStringLiteral("conversationId"), conversationId},
                                                           {QStringLiteral("text"), QStringLiteral("hi")}}));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("forbidden"));
    const auto missing = second.waitReply(
        second.send(QStringLiteral("conversation.accept"), {{QStringLiteral("conversationId"), 999999}}));
    QVERIFY(missing);
    QCOMPARE(errorCode(*missing), QStringLiteral("not_found"));
}

void TestServer::resumeDeliversExactlyTheMissedEvents()
{
    RawClient agent;
    QVERIFY(agent.connectTo(m_server.url()));
    QVERIFY(agent.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    const auto subscribed = agent.subscribe(QStringLiteral("conversations"));
    QVERIFY(subscribed);
    qint64 lastApplied = subscribed->value(QStringLiteral("head")).toInteger();

    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(9));
    QVERIFY(openConversation(customer, QStringLiteral("first")) > 0);
    const auto seen = agent.waitEvent([](const QJsonObject &e) {
        return e.value(QStringLiteral("payload"))
                   .toObject()
                   .value(QStringLiteral("message"))
                   .toObject()
                   .value(QStringLiteral("body"))
                   .toString() == QLatin1StringView("first");
    });
    QVERIFY(seen);
    lastApplied = seen->value(QStringLiteral("seq")).toInteger();

    // The agent's connection drops; the customer keeps writing.
    agent.socket().abort();
    for (int i = 0; i < 7; ++i)
        QVERIFY(openConversation(customer, QStringLiteral("missed %1").arg(i)) > 0);

    RawClient again;
    QVERIFY(again.connectTo(m_server.url()));
    QVERIFY(again.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    const auto resumed = again.subscribe(QStringLiteral("conversations"), lastApplied);
    QVERIFY(resumed);
    // Besides the seven messages, the supervisor's own presence changed twice (offline when the
    // connection dropped, back when it signed in again): supervisors see their team's roster.
    const int replayed = resumed->value(QStringLiteral("replayed")).toInt();
    const QList<QJsonObject> events = again.events();
    QCOMPARE(events.size(), replayed);
    QStringList missed;
    int presenceChanges = 0;
    for (const QJsonObject &event : events) {
        const QString kind = event.value(QStringLiteral("event")).toString();
        if (kind == QLatin1StringView("agent.changed"))
            ++presenceChanges;
        else if (kind == QLatin1StringView("message.created"))
            missed.append(event.value(QStringLiteral("payload"))
                              .toObject()
                              .value(QStringLiteral("message"))
                              .toObject()
                              .value(QStringLiteral("body"))
                              .toString());
    }
    QCOMPARE(missed.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(missed.at(i), QStringLiteral("missed %1").arg(i));
    QCOMPARE(presenceChanges, 2);
    QCOMPARE(replayed, 9);
    qint64 previous = lastApplied;
    for (int i = 0; i < events.size(); ++i) {
        const qint64 seq = events.at(i).value(QStringLiteral("seq")).toInteger();
        // A supervisor of the only team sees every event: no gaps, no duplicates, in order.
        QCOMPARE(seq, previous + 1);
        previous = seq;
    }
    QCOMPARE(previous, resumed->value(QStringLiteral("head")).toInteger());
    // Live again: the next event arrives once.
    const qint64 conversationId = openConversation(customer, QStringLiteral("after resume"));
    QVERIFY(conversationId > 0);
    QVERIFY(again.waitEvent(
        [&](const QJsonObject &e) { return e.value(QStringLiteral("seq")).toInteger() == previous + 1; }));
    // The server answers a connection's frames in order, after everything it already sent on it: once
    // a read on this connection is answered, a duplicate of that event would have arrived before.
    QVERIFY(again.request(QStringLiteral("conversation.history"),
                          {{QStringLiteral("conversationId"), conversationId}}));
    QCOMPARE(again.events().size(), replayed + 1);
}

void TestServer::resumeBeyondTheLogAsksForSnapshot()
{
    RawClient agent;
    QVERIFY(agent.connectTo(m_server.url()));
    const auto principal = agent.login(QStringLiteral("agent1"), QStringLiteral("demo"));
    QVERIFY(principal);
    const qint64 head = principal->value(QStringLiteral("head")).toInteger();
    const auto reply = agent.waitReply(agent.send(
        QStringLiteral("subscribe"), {{QStringLiteral("topics"), QJsonArray{QStringLiteral("conversations")}},
                                      {QStringLiteral("since"), head + 1000}}));
    QVERIFY(reply);
    QCOMPARE(errorCode(*reply), QStringLiteral("resnapshot_required"));
    QVERIFY(agent.subscribe(QStringLiteral("conversations")));
}

void TestServer::resumeWithTokenKeepsIdentity()
{
    RawClient first;
    QVERIFY(first.connectTo(m_server.url()));
    const auto principal = first.login(QStringLiteral("trainer1"), QStringLiteral("demo"));
    QVERIFY(principal);
    const QString token = principal->value(QStringLiteral("token")).toString();
    first.socket().abort();

    RawClient second;
    QVERIFY(second.connectTo(m_server.url()));
    const auto resumed = second.request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}});
    QVERIFY(resumed);
    QCOMPARE(resumed->value(QStringLiteral("login")).toString(), QStringLiteral("trainer1"));
    QCOMPARE(resumed->value(QStringLiteral("role")).toString(), QStringLiteral("trainer"));

    RawClient third;
    QVERIFY(third.connectTo(m_server.url()));
    const auto bad = third.waitReply(
        third.send(QStringLiteral("auth.resume"), {{QStringLiteral("token"), QStringLiteral("forged")}}));
    QVERIFY(bad);
    QCOMPARE(errorCode(*bad), QStringLiteral("invalid_token"));
}

void TestServer::aConnectionKeepsItsFirstPrincipal()
{
    // A customer connection may not turn into another customer, nor into staff with a stolen token.
    RawClient staffConnection;
    QVERIFY(staffConnection.connectTo(m_server.url()));
    const auto staff = staffConnection.login(QStringLiteral("agent3"), QStringLiteral("demo"));
    QVERIFY(staff);
    const QString staffToken = staff->value(QStringLiteral("token")).toString();

    RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(5));
    const auto asOther = customer.waitReply(
        customer.send(QStringLiteral("auth.customer"), {{QStringLiteral("customerId"), 6}}));
    QVERIFY(asOther);
    QCOMPARE(errorCode(*asOther), QStringLiteral("already_authenticated"));
    const auto asStaff = customer.waitReply(
        customer.send(QStringLiteral("auth.resume"), {{QStringLiteral("token"), staffToken}}));
    QVERIFY(asStaff);
    QCOMPARE(errorCode(*asStaff), QStringLiteral("already_authenticated"));
    // Still customer 5: staff requests stay closed to it.
    const auto profile = customer.waitReply(
        customer.send(QStringLiteral("customer.profile"), {{QStringLiteral("customerId"), 6}}));
    QVERIFY(profile);
    QCOMPARE(errorCode(*profile), QStringLiteral("forbidden"));

    const auto again = staffConnection.waitReply(
        staffConnection.send(QStringLiteral("auth.customer"), {{QStringLiteral("customerId"), 6}}));
    QVERIFY(again);
    QCOMPARE(errorCode(*again), QStringLiteral("already_authenticated"));
}

void TestServer::oversizeFramesAreRefused()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server.url()));
    QVERIFY(client.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    // Over the protocol limit (64 KiB): a typed error, and the connection stays.
    client.sendRaw(R"({"v":1,"type":"conversation.reply","id":"big","payload":{"conversationId":1,"text":")" +
                   QByteArray(100 * 1024, 'x') + "\"}}");
    const auto error = client.waitUncorrelated();
    QVERIFY(error);
    QCOMPARE(errorCode(*error), QStringLiteral("frame_too_large"));
    QVERIFY(client.request(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), 1}}) ||
            client.socket().state() == QAbstractSocket::ConnectedState);

    // Over the socket limit (1 MiB): the server refuses to buffer it and closes the connection.
    client.sendRaw(QByteArray(2 * 1024 * 1024, 'x'));
    QVERIFY(client.waitDisconnected(10000));
    QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

    // The server itself is fine.
    RawClient next;
    QVERIFY(next.connectTo(m_server.url()));
    QVERIFY(next.login(QStringLiteral("agent1"), QStringLiteral("demo")));
}

void TestServer::rateLimitAnswersAndKeepsConnection()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server.url()));
    QVERIFY(client.loginCustomer(10));
    QStringList ids;
    for (int i = 0; i < 150; ++i)
        ids.append(
            client.send(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), 1}}));
    int limited = 0;
    for (const QString &id : std::as_const(ids)) {
        // Every request is answered under its own id, refused or not.
        const auto reply = client.waitReply(id, 5000);
        QVERIFY(reply);
        if (errorCode(*reply) == QLatin1StringView("rate_limited")) {
            ++limited;
            QVERIFY(reply->value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("details"))
                        .toObject()
                        .contains(QStringLiteral("retryAfterMs")));
        }
    }
    QVERIFY2(limited > 0, "a burst of 150 requests must hit the rate limit");
    // That the bucket refills is proven on a clock the test moves (tst_router).
}

void TestServer::silentPeerIsDropped()
{
    // A hand-made WebSocket handshake, after which this peer never answers a ping.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
              "Sec-WebSocket-Protocol: warmline.v1\r\n\r\n");
    QVERIFY(raw.waitForReadyRead(5000));
    QVERIFY(raw.readAll().startsWith("HTTP/1.1 101"));
    // Heartbeat is 300 ms: silent for three intervals means dropped.
    QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QAbstractSocket::UnconnectedState ||
                                 (raw.readAll(), raw.state() == QAbstractSocket::UnconnectedState),
                             5000);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
