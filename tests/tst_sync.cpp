// The client library against a real warmline-server process: the connection state machine,
// reconnect and resume, and the outbox delivering exactly once across a workstation restart.

#include "protocol/messages.h"
#include "sync/agentworkspace.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace warmline;
using State = sync::ServerConnection::State;

class TestSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverAddressesAsTyped_data();
    void serverAddressesAsTyped();
    void reconnectWaitsStayShort();
    void walksThroughTheStates();
    void wrongPasswordStopsRetrying();
    void rateLimitedRequestsAreSentAgain();
    void reconnectsAndResumesAfterServerRestart();
    void outboxDeliversExactlyOnceAcrossRestart();

private:
    qint64 customerWrites(qint64 customerId, const QString &text);
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    quint16 m_port = 0;
};

void TestSync::serverAddressesAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::newRow("full ws") << QStringLiteral("ws://cs.example.com:8765")
                             << QStringLiteral("ws://cs.example.com:8765");
    QTest::newRow("wss without port")
        << QStringLiteral("wss://cs.example.com") << QStringLiteral("wss://cs.example.com");
    QTest::newRow("host and port") << QStringLiteral("10.1.2.3:9000") << QStringLiteral("ws://10.1.2.3:9000");
    QTest::newRow("bare host") << QStringLiteral("warmline.local")
                               << QStringLiteral("ws://warmline.local:8765");
    QTest::newRow("spaces around") << QStringLiteral("  ws://h:1  ") << QStringLiteral("ws://h:1");
    QTest::newRow("a typo with a space") << QStringLiteral("foo bar") << QString();
    QTest::newRow("nothing") << QString() << QString();
    QTest::newRow("http") << QStringLiteral("http://cs.example.com") << QString();
    QTest::newRow("no host") << QStringLiteral("ws://:8765") << QString();
    QTest::newRow("port zero") << QStringLiteral("ws://h:0") << QString();
    QTest::newRow("port too big") << QStringLiteral("h:70000") << QString();
    QTest::newRow("user info") << QStringLiteral("ws://me@h:1") << QString();
}

void TestSync::serverAddressesAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    const auto parsed = sync::parseServerAddress(typed);
    if (url.isEmpty()) {
        QVERIFY2(!parsed, qPrintable(parsed.value_or(QUrl()).toString()));
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->toString(), url);
    }
}

void TestSync::reconnectWaitsStayShort()
{
    // However long the server was away, the next try is at most 8 s (+30 % jitter) away.
    for (int attempt = 0; attempt < 40; ++attempt) {
        for (double random : {0.0, 0.5, 0.999}) {
            const int wait = sync::reconnectDelayMs(attempt, random);
            QVERIFY(wait >= 100);
            QVERIFY2(wait <= sync::maxReconnectDelayMs * 13 / 10, qPrintable(QString::number(wait)));
        }
    }
    QCOMPARE(sync::reconnectDelayMs(0, 0.5), 500);
    QCOMPARE(sync::reconnectDelayMs(1, 0.5), 1000);
    QCOMPARE(sync::reconnectDelayMs(20, 0.5), sync::maxReconnectDelayMs);
}

void TestSync::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                             QStringLiteral("--demo-customers"), QStringLiteral("30")},
                            &error),
             qPrintable(error));
    m_port = m_server.port();
}

qint64 TestSync::customerWrites(qint64 customerId, const QString &text)
{
    test::RawClient customer;
    if (!customer.connectTo(m_server.url()) || !customer.loginCustomer(customerId))
        return 0;
    const auto ack = customer.request(
        QStringLiteral("customer.message"),
        {{QStringLiteral("channel"), QStringLiteral("app")}, {QStringLiteral("text"), text}});
    return ack ? ack->value(QStringLiteral("conversationId")).toInteger() : 0;
}

void TestSync::walksThroughTheStates()
{
    sync::ServerConnection connection;
    QSignalSpy states(&connection, &sync::ServerConnection::stateChanged);
    QSignalSpy snapshots(&connection, &sync::ServerConnection::snapshotReceived);
    connection.setUrl(m_server.url());
    connection.setStaffCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE(connection.state(), State::Live);
    QList<State> seen;
    for (const auto &arguments : states)
        seen.append(arguments.at(0).value<State>());
    QCOMPARE(seen,
             (QList<State>{State::Connecting, State::Authenticating, State::Synchronizing, State::Live}));
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(connection.principal().login, QStringLiteral("agent1"));
    QCOMPARE(connection.principal().role, core::Role::Agent);

    QSignalSpy events(&connection, &sync::ServerConnection::eventReceived);
    QVERIFY(customerWrites(3, QStringLiteral("state machine")) > 0);
    QTRY_VERIFY(!events.isEmpty());
    connection.close();
    QTRY_COMPARE(connection.state(), State::Disconnected);
    QCOMPARE(connection.secondsUntilRetry(), -1);
}

void TestSync::wrongPasswordStopsRetrying()
{
    sync::ServerConnection connection;
    QSignalSpy failed(&connection, &sync::ServerConnection::authenticationFailed);
    QSignalSpy states(&connection, &sync::ServerConnection::stateChanged);
    QSignalSpy retries(&connection, &sync::ServerConnection::reconnectScheduled);
    connection.setUrl(m_server.url());
    connection.setStaffCredentials(QStringLiteral("agent1"), QStringLiteral("wrong"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<protocol::Error>().code, protocol::ErrorCode::InvalidCredentials);
    QTRY_COMPARE(connection.state(), State::Disconnected);
    // Every retry starts from a scheduled reconnect (reconnectScheduled, then secondsUntilRetry() >= 0
    // until it fires). The disconnect has been handled in full by now: had it scheduled a retry, both
    // would show it already. None was, so nothing will open the connection again.
    QCOMPARE(retries.size(), 0);
    QCOMPARE(connection.secondsUntilRetry(), -1);
    QList<State> seen;
    for (const auto &arguments : states)
        seen.append(arguments.at(0).value<State>());
    QCOMPARE(seen, (QList<State>{State::Connecting, State::Authenticating, State::Disconnected}));
}

void TestSync::rateLimitedRequestsAreSentAgain()
{
    sync::ServerConnection connection;
    connection.setUrl(m_server.url());
    connection.setStaffCredentials(QStringLiteral("agent4"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE(connection.state(), State::Live);
    // Twice the burst the server allows: the client waits as told and every request succeeds.
    int acks = 0;
    int errors = 0;
    for (int i = 0; i < 120; ++i) {
        connection.request(
            protocol::HistoryRequest{1, std::nullopt, 1},
            [&](const sync::Answer<protocol::HistoryReply> &reply) { ++(reply.ok() ? acks : errors); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(acks + errors, 120, 20000);
    QCOMPARE(errors, 0);
}

void TestSync::reconnectsAndResumesAfterServerRestart()
{
    sync::ServerConnection connection;
    connection.setUrl(m_server.url());
    connection.setStaffCredentials(QStringLiteral("agent2"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.setHeartbeatInterval(500);
    QList<qint64> seqs;
    QStringList bodies;
    connect(
        &connection, &sync::ServerConnection::eventReceived, this,
        [&](qint64 seq, const QString &, const QJsonObject &payload) {
            seqs.append(seq);
            bodies.append(
                payload.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")).toString());
        });
    connection.open();
    QTRY_COMPARE(connection.state(), State::Live);

    QVERIFY(customerWrites(4, QStringLiteral("before the restart")) > 0);
    QTRY_VERIFY(!seqs.isEmpty());
    const qint64 before = connection.lastAppliedSeq();

    // Drop the connection from the client side; while it is away the customer writes twice.
    QSignalSpy scheduled(&connection, &sync::ServerConnection::reconnectScheduled);
    connection.dropConnection();
    QTRY_VERIFY(!scheduled.isEmpty());
    QVERIFY(customerWrites(4, QStringLiteral("while away 1")) > 0);
    QVERIFY(customerWrites(4, QStringLiteral("while away 2")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Live, 10000);
    QTRY_VERIFY(connection.lastAppliedSeq() >= before + 2);
    // Every seq once, in order (an agent does not get the roster's agent.changed, so seqs may
    // skip those); nothing meant for the agent was lost while away.
    for (int i = 1; i < seqs.size(); ++i)
        QVERIFY(seqs.at(i) > seqs.at(i - 1));
    QTRY_VERIFY(bodies.contains(QStringLiteral("while away 1")) &&
                bodies.contains(QStringLiteral("while away 2")));
}

void TestSync::outboxDeliversExactlyOnceAcrossRestart()
{
    const QString outboxPath = m_dir.filePath(QStringLiteral("outbox.sqlite"));
    const qint64 conversationId = customerWrites(11, QStringLiteral("Can someone help me?"));
    QVERIFY(conversationId > 0);
    const QString text = QStringLiteral("Written while offline — 离线时写的");
    {
        sync::ServerConnection connection;
        sync::Outbox outbox(connection);
        QString error;
        QVERIFY2(outbox.open(outboxPath, &error), qPrintable(error));
        sync::AgentWorkspace workspace(connection, outbox);
        connection.setUrl(m_server.url());
        connection.setStaffCredentials(QStringLiteral("agent3"), QStringLiteral("demo"));
        connection.setTopics({protocol::topic::conversations});
        connection.open();
        QTRY_COMPARE(connection.state(), State::Live);
        QSignalSpy accepted(&workspace, &sync::AgentWorkspace::accepted);
        QTRY_VERIFY(workspace.conversations()->conversation(conversationId).has_value());
        workspace.accept(conversationId);
        QTRY_COMPARE(accepted.size(), 1);
        QTRY_VERIFY(workspace.canReply());

        // The server goes away; the agent writes; the workstation is closed.
        m_server.kill();
        QTRY_VERIFY(connection.state() != State::Live);
        QVERIFY(workspace.sendReply(text));
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(workspace.transcript()
                     ->data(workspace.transcript()->index(workspace.transcript()->rowCount() - 1),
                            sync::TranscriptModel::DeliveryRole)
                     .toInt(),
                 int(sync::TranscriptModel::Delivery::Sending));
    }
    // The server comes back on the same port and database.
    test::ServerProcess restarted;
    QString error;
    restarted.setDatabasePath(m_server.databasePath());
    QVERIFY2(restarted.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator")}, &error, m_port),
             qPrintable(error));
    {
        // The workstation is opened again: the stored reply goes out by itself.
        sync::ServerConnection connection;
        sync::Outbox outbox(connection);
        QVERIFY2(outbox.open(outboxPath, &error), qPrintable(error));
        QCOMPARE(outbox.pendingCount(), 1);
        QSignalSpy delivered(&outbox, &sync::Outbox::delivered);
        connection.setUrl(restarted.url());
        connection.setStaffCredentials(QStringLiteral("agent3"), QStringLiteral("demo"));
        connection.setTopics({protocol::topic::conversations});
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(outbox.pendingCount(), 0);
    }
    {
        // Opening it yet again sends nothing more.
        sync::ServerConnection connection;
        sync::Outbox outbox(connection);
        QVERIFY(outbox.open(outboxPath, &error));
        QCOMPARE(outbox.pendingCount(), 0);
    }
    // Exactly one copy reached the conversation.
    test::RawClient reader;
    QVERIFY(reader.connectTo(restarted.url()));
    QVERIFY(reader.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    const auto history = reader.request(QStringLiteral("conversation.history"),
                                        {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(history);
    int copies = 0;
    for (const QJsonValue &message : history->value(QStringLiteral("messages")).toArray())
        copies += message.toObject().value(QStringLiteral("body")).toString() == text;
    QCOMPARE(copies, 1);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
