// Protocol level: the envelope, typed errors for every kind of bad input, and JSON round trips.

#include "protocol/envelope.h"
#include "protocol/limits.h"
#include "protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace warmline;
using protocol::ErrorCode;

class TestProtocol : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidRequest();
    void rejectsBadEnvelope_data();
    void rejectsBadEnvelope();
    void rejectsBadPayload_data();
    void rejectsBadPayload();
    void limitsCountCodePoints();
    void errorCodesRoundTrip();
    void conversationRoundTrip();
    void messageRoundTrip();
    void serverFrames();
};

void TestProtocol::parsesValidRequest()
{
    const auto parsed = protocol::parseRequest(
        R"({"v":1,"type":"conversation.reply","id":"op-1","payload":{"conversationId":7,"text":"您好"}})");
    QVERIFY(std::holds_alternative<protocol::Request>(parsed));
    const auto &request = std::get<protocol::Request>(parsed);
    QCOMPARE(request.type, QStringLiteral("conversation.reply"));
    QCOMPARE(request.id, QStringLiteral("op-1"));
    protocol::PayloadReader reader(request.payload);
    const auto reply = protocol::ReplyRequest::read(reader);
    QVERIFY(reader.ok());
    QCOMPARE(reply.conversationId, 7);
    QCOMPARE(reply.text, QStringLiteral("您好"));

    // A payload may be left out when a request has no fields.
    const auto bare = protocol::parseRequest(R"({"v":1,"type":"auth.logout","id":"x"})");
    QVERIFY(std::holds_alternative<protocol::Request>(bare));
}

void TestProtocol::rejectsBadEnvelope_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("id");

    QTest::newRow("not JSON") << QByteArray("{nope") << "malformed_json"
                              << ""
                              << "";
    QTest::newRow("empty frame") << QByteArray("") << "malformed_json"
                                 << ""
                                 << "";
    QTest::newRow("JSON array") << QByteArray("[1,2]") << "invalid_envelope"
                                << ""
                                << "";
    QTest::newRow("missing id") << QByteArray(R"({"v":1,"type":"subscribe"})") << "missing_field"
                                << "id"
                                << "";
    QTest::newRow("id is a number") << QByteArray(R"({"v":1,"type":"subscribe","id":5})") << "invalid_field"
                                    << "id"
                                    << "";
    QTest::newRow("id is empty") << QByteArray(R"({"v":1,"type":"subscribe","id":""})") << "invalid_field"
                                 << "id"
                                 << "";
    QTest::newRow("id too long") << QByteArray(R"({"v":1,"type":"subscribe","id":")" + QByteArray(65, 'a') +
                                               "\"}")
                                 << "field_too_long"
                                 << "id"
                                 << "";
    QTest::newRow("missing version") << QByteArray(R"({"type":"subscribe","id":"a"})") << "missing_field"
                                     << "v"
                                     << "a";
    QTest::newRow("version is text") << QByteArray(R"({"v":"1","type":"subscribe","id":"a"})")
                                     << "invalid_field"
                                     << "v"
                                     << "a";
    QTest::newRow("version 2") << QByteArray(R"({"v":2,"type":"subscribe","id":"a"})")
                               << "unsupported_version"
                               << "v"
                               << "a";
    QTest::newRow("missing type") << QByteArray(R"({"v":1,"id":"a"})") << "missing_field"
                                  << "type"
                                  << "a";
    QTest::newRow("type is null") << QByteArray(R"({"v":1,"type":null,"id":"a"})") << "invalid_field"
                                  << "type"
                                  << "a";
    QTest::newRow("payload is a string")
        << QByteArray(R"({"v":1,"type":"subscribe","id":"a","payload":"x"})") << "invalid_field"
        << "payload"
        << "a";
    QTest::newRow("frame over 64 KiB") << QByteArray(R"({"v":1,"type":"x","id":"a","payload":{"t":")" +
                                                     QByteArray(protocol::maxFrameBytes, 'x') + "\"}}")
                                       << "frame_too_large"
                                       << ""
                                       << "";
}

void TestProtocol::rejectsBadEnvelope()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, id);
    const auto parsed = protocol::parseRequest(frame);
    QVERIFY(std::holds_alternative<protocol::RequestRejection>(parsed));
    const auto &rejection = std::get<protocol::RequestRejection>(parsed);
    QCOMPARE(protocol::errorCodeName(rejection.error.code), code);
    QCOMPARE(rejection.error.field, field);
    QCOMPARE(rejection.id, id);
    QVERIFY(!rejection.error.message.isEmpty());
}

void TestProtocol::rejectsBadPayload_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("reply without text")
        << "conversation.reply" << QByteArray(R"({"conversationId":1})") << "missing_field"
        << "payload.text";
    QTest::newRow("reply text is a number")
        << "conversation.reply" << QByteArray(R"({"conversationId":1,"text":3})") << "invalid_field"
        << "payload.text";
    QTest::newRow("reply text only spaces")
        << "conversation.reply" << QByteArray(R"({"conversationId":1,"text":"   "})") << "invalid_field"
        << "payload.text";
    QTest::newRow("reply text too long")
        << "conversation.reply"
        << QByteArray(R"({"conversationId":1,"text":")" + QByteArray(protocol::maxMessageLength + 1, 'x') +
                      "\"}")
        << "field_too_long"
        << "payload.text";
    QTest::newRow("conversation id missing") << "conversation.accept" << QByteArray("{}") << "missing_field"
                                             << "payload.conversationId";
    QTest::newRow("conversation id is text")
        << "conversation.accept" << QByteArray(R"({"conversationId":"7"})") << "invalid_field"
        << "payload.conversationId";
    QTest::newRow("conversation id fractional")
        << "conversation.accept" << QByteArray(R"({"conversationId":1.5})") << "invalid_field"
        << "payload.conversationId";
    QTest::newRow("conversation id negative")
        << "conversation.accept" << QByteArray(R"({"conversationId":-3})") << "invalid_field"
        << "payload.conversationId";
    QTest::newRow("conversation id beyond 2^53")
        << "conversation.accept" << QByteArray(R"({"conversationId":1e300})") << "invalid_field"
        << "payload.conversationId";
    QTest::newRow("unknown channel") << "customer.message" << QByteArray(R"({"channel":"fax","text":"hi"})")
                                     << "invalid_field"
                                     << "payload.channel";
    QTest::newRow("topics not an array")
        << "subscribe" << QByteArray(R"({"topics":"conversations"})") << "invalid_field"
        << "payload.topics";
    QTest::newRow("too many topics") << "subscribe"
                                     << QByteArray(R"({"topics":["a","b","c","d","e","f","g","h","i"]})")
                                     << "field_too_long"
                                     << "payload.topics";
    QTest::newRow("no topics") << "subscribe" << QByteArray(R"({"topics":[]})") << "invalid_field"
                               << "payload.topics";
    QString tooManyEmoji;
    for (int i = 0; i <= protocol::maxMessageLength; ++i)
        tooManyEmoji += QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("4001 emoji") << "conversation.reply"
                                << QByteArray(R"({"conversationId":1,"text":")" + tooManyEmoji.toUtf8() +
                                              "\"}")
                                << "field_too_long"
                                << "payload.text";
    QTest::newRow("since negative") << "subscribe" << QByteArray(R"({"topics":["conversations"],"since":-1})")
                                    << "invalid_field"
                                    << "payload.since";
    QTest::newRow("history limit too big")
        << "conversation.history" << QByteArray(R"({"conversationId":1,"limit":100000})") << "invalid_field"
        << "payload.limit";
    QTest::newRow("login password missing")
        << "auth.login" << QByteArray(R"({"user":"agent1"})") << "missing_field"
        << "payload.password";
    QTest::newRow("login user too long")
        << "auth.login" << QByteArray(R"({"user":")" + QByteArray(65, 'u') + R"(","password":"x"})")
        << "field_too_long"
        << "payload.user";
}

void TestProtocol::rejectsBadPayload()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, field);
    protocol::PayloadReader reader(QJsonDocument::fromJson(payload).object());
    if (type == protocol::ReplyRequest::type)
        protocol::ReplyRequest::read(reader);
    else if (type == protocol::AcceptRequest::type)
        protocol::AcceptRequest::read(reader);
    else if (type == protocol::CustomerMessageRequest::type)
        protocol::CustomerMessageRequest::read(reader);
    else if (type == protocol::SubscribeRequest::type)
        protocol::SubscribeRequest::read(reader);
    else if (type == protocol::HistoryRequest::type)
        protocol::HistoryRequest::read(reader);
    else if (type == protocol::LoginRequest::type)
        protocol::LoginRequest::read(reader);
    else
        QFAIL("row names a type this test does not know");
    QVERIFY(!reader.ok());
    QCOMPARE(protocol::errorCodeName(reader.error().code), code);
    QCOMPARE(reader.error().field, field);
}

void TestProtocol::limitsCountCodePoints()
{
    // 4000 emoji are 8000 UTF-16 units but 4000 characters: allowed.
    QString emoji;
    for (int i = 0; i < protocol::maxMessageLength; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(emoji.size(), 2 * protocol::maxMessageLength);
    protocol::PayloadReader reader({{QStringLiteral("conversationId"), 1}, {QStringLiteral("text"), emoji}});
    const auto reply = protocol::ReplyRequest::read(reader);
    QVERIFY(reader.ok());
    QCOMPARE(reply.text, emoji);
}

void TestProtocol::errorCodesRoundTrip()
{
    for (int i = 0; i <= int(ErrorCode::Internal); ++i) {
        const auto code = ErrorCode(i);
        const QString name = protocol::errorCodeName(code);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(protocol::errorCodeFromName(name), code);
    }
    const protocol::Error error{ErrorCode::AlreadyTaken,
                                QStringLiteral("taken"),
                                QStringLiteral("payload.x"),
                                {{QStringLiteral("agentName"), QStringLiteral("李娜")}}};
    const auto back = protocol::Error::fromJson(error.toJson());
    QCOMPARE(back.code, error.code);
    QCOMPARE(back.field, error.field);
    QCOMPARE(back.details, error.details);
}

void TestProtocol::conversationRoundTrip()
{
    core::ConversationSummary c;
    c.id = 42;
    c.customerId = 7;
    c.customerName = QStringLiteral("王芳");
    c.channel = core::Channel::WeChat;
    c.status = core::ConversationStatus::Assigned;
    c.queue = QStringLiteral("general");
    c.assignedAgentId = 3;
    c.assignedAgentName = QStringLiteral("李娜");
    c.lastMessage = QStringLiteral("我的快递怎么还没到？");
    c.lastMessageAtMs = 1'700'000'000'123;
    c.createdAtMs = 1'700'000'000'000;
    c.queuedAtMs = 1'700'000'000'001;
    c.updatedAtMs = 1'700'000'000'124;
    QCOMPARE(protocol::conversationFromJson(protocol::conversationToJson(c)), c);
    QVERIFY(!protocol::conversationFromJson(
        {{QStringLiteral("id"), 1}, {QStringLiteral("channel"), QStringLiteral("fax")}}));
}

void TestProtocol::messageRoundTrip()
{
    core::Message m;
    m.id = 9;
    m.conversationId = 42;
    m.sender = core::Sender::Agent;
    m.agentId = 3;
    m.authorName = QStringLiteral("Emma Wilson");
    m.body = QStringLiteral("Line one\nLine two — ✓");
    m.createdAtMs = 1'700'000'000'999;
    m.clientOpId = QStringLiteral("op-9");
    QCOMPARE(protocol::messageFromJson(protocol::messageToJson(m)), m);
}

void TestProtocol::serverFrames()
{
    QString problem;
    const auto ack = protocol::parseServerFrame(
        protocol::encodeAck(QStringLiteral("a"), 12, {{QStringLiteral("k"), 1}}), &problem);
    QVERIFY(ack);
    QCOMPARE(ack->kind, protocol::ServerFrame::Kind::Ack);
    QCOMPARE(ack->requestId, QStringLiteral("a"));
    QCOMPARE(ack->seq, 12);

    const auto noSeq =
        protocol::parseServerFrame(protocol::encodeAck(QStringLiteral("b"), std::nullopt, {}), &problem);
    QVERIFY(noSeq);
    QCOMPARE(noSeq->seq, 0);

    const auto error = protocol::parseServerFrame(
        protocol::encodeError(QStringLiteral("c"), {ErrorCode::Forbidden, QStringLiteral("no"), {}, {}}),
        &problem);
    QVERIFY(error);
    QCOMPARE(error->kind, protocol::ServerFrame::Kind::Error);
    QCOMPARE(error->error.code, ErrorCode::Forbidden);

    const auto event = protocol::parseServerFrame(
        protocol::encodeEvent(99, protocol::event::messageCreated, {{QStringLiteral("x"), true}}), &problem);
    QVERIFY(event);
    QCOMPARE(event->kind, protocol::ServerFrame::Kind::Event);
    QCOMPARE(event->seq, 99);
    QCOMPARE(event->event, protocol::event::messageCreated);

    QVERIFY(!protocol::parseServerFrame("[]", &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!protocol::parseServerFrame(R"({"v":1,"type":"event","event":"x"})", &problem));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
