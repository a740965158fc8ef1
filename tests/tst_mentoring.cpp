// Mentor sessions over real sockets: the mentee is told, whispers reach the mentee and nobody else
// — never a customer, on the socket or through the simulator — and only mentors of the mentee's
// teams may mentor, with every refusal typed and audited. On screen: a trainer shadows a live
// conversation and whispers; the advice appears on the mentee's workstation only.
#include "protocol/mentoringmessages.h"
#include "protocol/messages.h"
#include "server/warmlineserver.h"
#include "sync/conversationlistmodel.h"
#include "sync/desk.h"
#include "sync/mentoringmodels.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/transcriptmodel.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace warmline;
using test::errorOf;
using test::eventKind;
using test::payloadOf;
using test::RawClient;

namespace {

QString textOf(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

} // namespace

class TestMentoring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelsUnderTheTester();
    void menteeIsToldAndWhispersReachOnlyThem();
    void aWhisperNeverReachesTheCustomer();
    void onlyMentorsOfTheTeamMentorAndRefusalsAreAudited();
    void sessionRules();
    void aMenteeWhoReconnectsStillHasTheAdvice();
    void bookmarksAndTheReviewReachOnlyTheMentee();
    void simulatedCustomersNeverSeeAWhisper();
    void approveBeforeSendDeliversExactlyOnce();
    void aReturnedReplyNeverReachesTheCustomer();
    void onlyTheMentorDecidesAHeldReply();
    void traineeAuthorityLapsesWithTheSession();
    void onScreenTheTrainerShadowsAndWhispers();
    void progressShowsEverySessionAndStaysInScope();

private:
    std::unique_ptr<RawClient> staff(const QString &login, bool subscribe = true);
    qint64 agentId(const QString &login);
    // A customer writes in and `agent` accepts; returns the conversation.
    qint64 conversationWith(RawClient &customer, qint64 customerId, RawClient &agent, const QString &text);
    QJsonObject refusal(RawClient &client, const QString &type, const QJsonObject &payload);
    int auditRows(const QString &action, const QString &subject);
    // Everything this connection received, after a round trip: the server sends in order.
    QString receivedBy(RawClient &client);
    void endOpenSessions();
    // Opens a session of trainer1 with `login` and sets its trainee profile; returns the session id.
    qint64 sessionWith(RawClient &trainer, const QString &login, const QJsonObject &profile);
    // The messages of the conversation the customer's connection can read, as one text.
    QString customerHistory(RawClient &customer, qint64 conversationId);
    int count(const QString &sql, const QVariant &value);

    QTemporaryDir m_dir;
    std::unique_ptr<server::WarmlineServer> m_server;
    qint64 m_returnsTeam = 0;
};

void TestMentoring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("mentoring.sqlite"));
    options.demo = true;
    options.demoData.customers = 20;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.routing = false; // who takes which customer is up to the test
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    // A second team with an agent and a trainer of its own.
    const auto team = test::addTeam(
        m_server->database(), QStringLiteral("Returns"),
        {{QStringLiteral("returns1"), QStringLiteral("退货组 小周"), core::Role::Agent},
         {QStringLiteral("returnstrainer"), QStringLiteral("退货组 培训师"), core::Role::Trainer}},
        &error);
    QVERIFY2(team, qPrintable(error));
    m_returnsTeam = *team;
}

std::unique_ptr<RawClient> TestMentoring::staff(const QString &login, bool subscribe)
{
    return test::signedInStaff(m_server->url(), login, subscribe);
}

qint64 TestMentoring::agentId(const QString &login)
{
    return test::agentIdOf(m_server->database(), login);
}

qint64 TestMentoring::conversationWith(RawClient &customer, qint64 customerId, RawClient &agent,
                                       const QString &text)
{
    if (!customer.connectTo(m_server->url()) || !customer.loginCustomer(customerId) ||
        !customer.subscribe(protocol::topic::mine))
        return 0;
    const auto written = customer.request(
        protocol::CustomerMessageRequest::type,
        {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
    if (!written)
        return 0;
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    if (!agent.request(protocol::AcceptRequest::type, {{QStringLiteral("conversationId"), conversationId}}))
        return 0;
    return conversationId;
}

QJsonObject TestMentoring::refusal(RawClient &client, const QString &type, const QJsonObject &payload)
{
    const auto reply = client.waitReply(client.send(type, payload));
    if (!reply || reply->value(QStringLiteral("type")).toString() != QLatin1StringView("error"))
        return {};
    return *reply;
}

int TestMentoring::auditRows(const QString &action, const QString &subject)
{
    QSqlQuery query(m_server->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?"));
    query.addBindValue(action);
    query.addBindValue(subject);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QString TestMentoring::receivedBy(RawClient &client)
{
    if (!client.request(protocol::MentoringStateRequest::type, {}))
        return QStringLiteral("(no round trip)");
    QString all;
    for (const QJsonObject &event : client.events())
        all += textOf(event) + u'\n';
    return all;
}

void TestMentoring::endOpenSessions()
{
    QSqlQuery query(m_server->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE mentor_sessions SET ended_at = 1 WHERE ended_at IS NULL")));
}

qint64 TestMentoring::sessionWith(RawClient &trainer, const QString &login, const QJsonObject &profile)
{
    const auto started =
        trainer.request(protocol::MentorStartRequest::type, {{QStringLiteral("menteeId"), agentId(login)}});
    if (!started)
        return 0;
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    QJsonObject payload = profile;
    payload.insert(QStringLiteral("sessionId"), sessionId);
    return trainer.request(protocol::MentorProfileRequest::type, payload) ? sessionId : 0;
}

QString TestMentoring::customerHistory(RawClient &customer, qint64 conversationId)
{
    const auto history = customer.request(protocol::HistoryRequest::type,
                                          {{QStringLiteral("conversationId"), conversationId}});
    if (!history)
        return QStringLiteral("(no history)");
    QString all = textOf(*history) + u'\n';
    for (const QJsonObject &event : customer.events())
        all += textOf(event) + u'\n';
    return all;
}

int TestMentoring::count(const QString &sql, const QVariant &value)
{
    QSqlQuery query(m_server->database());
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestMentoring::modelsUnderTheTester()
{
    sync::WhisperListModel whispers;
    QAbstractItemModelTester whisperTester(&whispers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const protocol::WhisperInfo first{1, 7, 12, QStringLiteral("刘洋"), QStringLiteral("先道歉"), 1000};
    const protocol::WhisperInfo second{2,   7, std::nullopt, QStringLiteral("刘洋"), QStringLiteral("慢一点"),
                                       2000};
    whispers.add(first);
    whispers.add(second);
    whispers.add(second); // the ack and a replayed event carry the same whisper
    QCOMPARE(whispers.rowCount(), 2);
    QCOMPARE(whispers.index(0, 0).data().toString(), QStringLiteral("刘洋: 先道歉"));
    QCOMPARE(whispers.index(0, 0).data(sync::WhisperListModel::ConversationIdRole).toLongLong(), 12);
    QCOMPARE(whispers.index(1, 0).data(sync::WhisperListModel::ConversationIdRole).toLongLong(), 0);
    whispers.setWhispers({second});
    QCOMPARE(whispers.rowCount(), 1);
    whispers.clear();
    QCOMPARE(whispers.rowCount(), 0);

    sync::HeldReplyListModel held;
    QAbstractItemModelTester heldTester(&held, QAbstractItemModelTester::FailureReportingMode::QtTest);
    protocol::HeldReplyInfo waiting;
    waiting.id = 5;
    waiting.conversationId = 12;
    waiting.menteeName = QStringLiteral("王强");
    waiting.body = QStringLiteral("稍等");
    waiting.clientOpId = QStringLiteral("op-5");
    protocol::HeldReplyInfo other = waiting;
    other.id = 6;
    protocol::HeldReplyInfo sentOne = waiting;
    sentOne.state = core::HeldReply::State::Sent;
    held.setHeld({waiting, other, sentOne}); // only what still waits is listed
    QCOMPARE(held.rowCount(), 2);
    QCOMPARE(held.index(0, 0).data(sync::HeldReplyListModel::ClientOpIdRole).toString(),
             QStringLiteral("op-5"));
    held.apply(sentOne); // decided: gone
    QCOMPARE(held.rowCount(), 1);
    QCOMPARE(held.index(0, 0).data(sync::HeldReplyListModel::HeldIdRole).toLongLong(), 6);
    held.apply(waiting); // held again on a replay: back once
    held.apply(waiting);
    QCOMPARE(held.rowCount(), 2);

    sync::MenteeListModel mentees;
    QAbstractItemModelTester menteeTester(&mentees, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::RosterEntry li;
    li.agentId = 3;
    li.name = QStringLiteral("李娜");
    li.presence = core::Presence::Available;
    li.active = 1;
    li.capacity = 3;
    core::RosterEntry wang = li;
    wang.agentId = 4;
    wang.name = QStringLiteral("王强");
    wang.presence = core::Presence::Away;
    mentees.setMentees({{li, 0}, {wang, 9}});
    QCOMPARE(mentees.rowCount(), 2);
    QCOMPARE(mentees.index(0, 0).data().toString(),
             QStringLiteral("李娜 — Available · 1 of 3 conversations"));
    QCOMPARE(mentees.index(1, 0).data().toString(), QStringLiteral("王强 — Away · in your session"));
    QCOMPARE(mentees.index(1, 0).data(sync::MenteeListModel::SessionIdRole).toLongLong(), 9);
    QCOMPARE(mentees.mentee(4)->sessionId, 9);
    QVERIFY(!mentees.mentee(5));
    mentees.setMentees({{wang, 0}});
    QCOMPARE(mentees.rowCount(), 1);
    QCOMPARE(mentees.index(0, 0).data(sync::MenteeListModel::AgentIdRole).toLongLong(), 4);
}

void TestMentoring::menteeIsToldAndWhispersReachOnlyThem()
{
    auto trainer = staff(QStringLiteral("trainer1"));
    auto mentee = staff(QStringLiteral("agent1"));
    auto colleague = staff(QStringLiteral("agent2"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    auto admin = staff(QStringLiteral("admin"));
    QVERIFY(trainer && mentee && colleague && supervisor && admin);
    RawClient customer;
    const qint64 conversationId =
        conversationWith(customer, 3, *mentee, QStringLiteral("快递三天没动了，怎么回事？"));
    QVERIFY(conversationId > 0);

    const auto started = trainer->request(protocol::MentorStartRequest::type,
                                          {{QStringLiteral("menteeId"), agentId(QStringLiteral("agent1"))}});
    QVERIFY(started);
    const QJsonObject session = started->value(QStringLiteral("session")).toObject();
    const qint64 sessionId = session.value(QStringLiteral("id")).toInteger();
    QVERIFY(sessionId > 0);
    QCOMPARE(session.value(QStringLiteral("mentorName")).toString(), QStringLiteral("刘洋"));
    QVERIFY(session.value(QStringLiteral("endedAt")).isNull());
    // The mentee is told at once, with who is watching.
    const auto told = mentee->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::mentorSession; });
    QVERIFY(told);
    QCOMPARE(payloadOf(*told).value(QStringLiteral("session")).toObject().value(QStringLiteral("mentorName")),
             QStringLiteral("刘洋"));
    QCOMPARE(auditRows(QStringLiteral("mentor.started"),
                       QStringLiteral("agent:%1").arg(agentId(QStringLiteral("agent1")))),
             1);

    const QString advice = QStringLiteral("先道歉，再说清楚今天几点前给他回电话");
    const auto whispered = trainer->request(protocol::MentorWhisperRequest::type,
                                            {{QStringLiteral("sessionId"), sessionId},
                                             {QStringLiteral("conversationId"), conversationId},
                                             {QStringLiteral("body"), advice}});
    QVERIFY(whispered);
    QCOMPARE(whispered->value(QStringLiteral("whisper")).toObject().value(QStringLiteral("body")).toString(),
             advice);
    const auto heard = mentee->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::mentorWhisper; });
    QVERIFY(heard);
    const QJsonObject whisper = payloadOf(*heard).value(QStringLiteral("whisper")).toObject();
    QCOMPARE(whisper.value(QStringLiteral("body")).toString(), advice);
    QCOMPARE(whisper.value(QStringLiteral("conversationId")).toInteger(), conversationId);
    QCOMPARE(whisper.value(QStringLiteral("mentorName")).toString(), QStringLiteral("刘洋"));

    // Nobody else: not a colleague on the same team, not the supervisor who sees the conversation,
    // not an administrator — and not the mentor's own event stream either (the ack is theirs).
    for (RawClient *other : {colleague.get(), supervisor.get(), admin.get(), trainer.get()}) {
        const QString received = receivedBy(*other);
        QVERIFY2(!received.contains(advice), qPrintable(received.left(400)));
        QVERIFY(!received.contains(protocol::event::mentorWhisper));
    }
    for (RawClient *other : {colleague.get(), supervisor.get(), admin.get()})
        QVERIFY(!receivedBy(*other).contains(protocol::event::mentorSession));

    // Ending: both are told, the mentee's desk can drop the banner.
    mentee->clearEvents();
    QVERIFY(trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    const auto ended = mentee->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::mentorSession; });
    QVERIFY(ended);
    QVERIFY(payloadOf(*ended)
                .value(QStringLiteral("session"))
                .toObject()
                .value(QStringLiteral("endedAt"))
                .isDouble());
    QCOMPARE(auditRows(QStringLiteral("mentor.ended"),
                       QStringLiteral("agent:%1").arg(agentId(QStringLiteral("agent1")))),
             1);
}

void TestMentoring::aWhisperNeverReachesTheCustomer()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"));
    auto mentee = staff(QStringLiteral("agent2"));
    QVERIFY(trainer && mentee);
    RawClient customer;
    const qint64 conversationId =
        conversationWith(customer, 4, *mentee, QStringLiteral("退款什么时候到账？"));
    QVERIFY(conversationId > 0);
    const auto started = trainer->request(protocol::MentorStartRequest::type,
                                          {{QStringLiteral("menteeId"), agentId(QStringLiteral("agent2"))}});
    QVERIFY(started);
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    const QString advice = QStringLiteral("WHISPER-7f3a 告诉他退款三个工作日内到");
    QVERIFY(trainer->request(protocol::MentorWhisperRequest::type,
                             {{QStringLiteral("sessionId"), sessionId},
                              {QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("body"), advice}}));
    QVERIFY(mentee->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::mentorWhisper; }));
    // The agent answers; the customer receives that, and nothing of the whisper, live…
    QVERIFY(mentee->request(protocol::ReplyRequest::type,
                            {{QStringLiteral("conversationId"), conversationId},
                             {QStringLiteral("text"), QStringLiteral("您好，退款会在三个工作日内到账。")}}));
    QVERIFY(customer.waitEvent([](const QJsonObject &event) {
        return payloadOf(event)
            .value(QStringLiteral("message"))
            .toObject()
            .value(QStringLiteral("body"))
            .toString()
            .contains(QStringLiteral("三个工作日"));
    }));
    QString seen = receivedBy(customer);
    // …in the conversation's history…
    const auto history = customer.request(protocol::HistoryRequest::type,
                                          {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(history);
    seen += textOf(*history);
    // …in a fresh snapshot, and in a replay of everything since the start.
    RawClient again;
    QVERIFY(again.connectTo(m_server->url()));
    QVERIFY(again.loginCustomer(4));
    const auto snapshot = again.subscribe(protocol::topic::mine);
    QVERIFY(snapshot);
    seen += textOf(*snapshot);
    RawClient replay;
    QVERIFY(replay.connectTo(m_server->url()));
    QVERIFY(replay.loginCustomer(4));
    const auto replayed = replay.subscribe(protocol::topic::mine, 0);
    QVERIFY(replayed);
    seen += receivedBy(replay);
    QVERIFY(seen.contains(QStringLiteral("三个工作日"))); // the customer did get the reply
    QVERIFY2(!seen.contains(QStringLiteral("WHISPER-7f3a")), qPrintable(seen.left(600)));
    QVERIFY(!seen.contains(protocol::event::mentorWhisper));
    // The mentee's own history of the conversation has no whisper either: it is not a message.
    const auto staffHistory =
        mentee->request(protocol::HistoryRequest::type, {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(staffHistory);
    QVERIFY(!textOf(*staffHistory).contains(QStringLiteral("WHISPER-7f3a")));
}

void TestMentoring::onlyMentorsOfTheTeamMentorAndRefusalsAreAudited()
{
    endOpenSessions();
    auto agent = staff(QStringLiteral("agent3"), false);
    auto trainer = staff(QStringLiteral("trainer1"), false);
    auto returnsTrainer = staff(QStringLiteral("returnstrainer"), false);
    QVERIFY(agent && trainer && returnsTrainer);
    const qint64 agent4 = agentId(QStringLiteral("agent4"));
    const qint64 returns1 = agentId(QStringLiteral("returns1"));

    // Agents do not mentor: refused before anything is read, audited.
    const QString asked = QStringLiteral("request:") + protocol::MentorStartRequest::type;
    const int before = auditRows(QStringLiteral("request.refused"), asked);
    QJsonObject refused =
        refusal(*agent, protocol::MentorStartRequest::type, {{QStringLiteral("menteeId"), agent4}});
    QCOMPARE(test::errorCode(refused), QStringLiteral("forbidden"));
    QCOMPARE(errorOf(refused)
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("permission"))
                 .toString(),
             QStringLiteral("mentor_agents"));
    QCOMPARE(auditRows(QStringLiteral("request.refused"), asked), before + 1);
    QCOMPARE(test::errorCode(
                 refusal(*agent, protocol::MentorWhisperRequest::type,
                         {{QStringLiteral("sessionId"), 1}, {QStringLiteral("body"), QStringLiteral("x")}})),
             QStringLiteral("forbidden"));

    // A trainer mentors their own teams' agents only: another team's is refused and audited by name.
    refused = refusal(*trainer, protocol::MentorStartRequest::type, {{QStringLiteral("menteeId"), returns1}});
    QCOMPARE(test::errorCode(refused), QStringLiteral("forbidden"));
    QCOMPARE(errorOf(refused).value(QStringLiteral("field")).toString(), QStringLiteral("payload.menteeId"));
    QCOMPARE(errorOf(refused)
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("teamId"))
                 .toInteger(),
             m_returnsTeam);
    QCOMPARE(auditRows(QStringLiteral("request.refused"), QStringLiteral("agent:%1").arg(returns1)), 1);
    // Their own team's trainer may.
    QVERIFY(returnsTrainer->request(protocol::MentorStartRequest::type,
                                    {{QStringLiteral("menteeId"), returns1}}));
    // And mentor.state lists only one's own teams' agents as mentees, never oneself or staff of other roles.
    const auto state = trainer->request(protocol::MentoringStateRequest::type, {});
    QVERIFY(state);
    QStringList names;
    for (const QJsonValue &mentee : state->value(QStringLiteral("mentees")).toArray()) {
        names.append(mentee.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(mentee.toObject().value(QStringLiteral("spentToday")).toInteger(), 0);
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Emma Wilson"), QStringLiteral("李娜"),
                                 QStringLiteral("王强"), QStringLiteral("陈静")}));
    const auto agentState = agent->request(protocol::MentoringStateRequest::type, {});
    QVERIFY(agentState);
    QVERIFY(agentState->value(QStringLiteral("mentees")).toArray().isEmpty());
}

void TestMentoring::sessionRules()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"), false);
    auto supervisor = staff(QStringLiteral("supervisor1"), false);
    auto mentee = staff(QStringLiteral("agent4"));
    QVERIFY(trainer && supervisor && mentee);
    const qint64 agent4 = agentId(QStringLiteral("agent4"));
    const QJsonObject start{{QStringLiteral("menteeId"), agent4}};

    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorStartRequest::type,
                                     {{QStringLiteral("menteeId"), agentId(QStringLiteral("trainer1"))}})),
             QStringLiteral("invalid_field")); // oneself
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorStartRequest::type,
                                     {{QStringLiteral("menteeId"), agentId(QStringLiteral("supervisor1"))}})),
             QStringLiteral("invalid_field")); // not a frontline agent
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorStartRequest::type,
                                     {{QStringLiteral("menteeId"), 999999}})),
             QStringLiteral("not_found"));

    const auto first = trainer->request(protocol::MentorStartRequest::type, start);
    QVERIFY(first);
    const qint64 sessionId =
        first->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    // Starting again is the same session; a second mentor waits their turn.
    const auto again = trainer->request(protocol::MentorStartRequest::type, start);
    QVERIFY(again);
    QCOMPARE(again->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger(),
             sessionId);
    const QJsonObject busy = refusal(*supervisor, protocol::MentorStartRequest::type, start);
    QCOMPARE(test::errorCode(busy), QStringLiteral("invalid_state"));
    QCOMPARE(errorOf(busy)
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("sessionId"))
                 .toInteger(),
             sessionId);

    // Only the session's mentor whispers in it (to anyone else it does not exist) or ends it.
    const QJsonObject advice{{QStringLiteral("sessionId"), sessionId},
                             {QStringLiteral("body"), QStringLiteral("慢一点说")}};
    QCOMPARE(test::errorCode(refusal(*supervisor, protocol::MentorWhisperRequest::type, advice)),
             QStringLiteral("not_found"));
    QCOMPARE(test::errorCode(refusal(*supervisor, protocol::MentorEndRequest::type,
                                     {{QStringLiteral("sessionId"), sessionId}})),
             QStringLiteral("forbidden"));
    // Advice about a conversation must be about one of the mentee's.
    RawClient customer;
    auto other = staff(QStringLiteral("agent3"));
    QVERIFY(other);
    const qint64 notTheirs = conversationWith(customer, 5, *other, QStringLiteral("能改地址吗？"));
    QVERIFY(notTheirs > 0);
    QJsonObject aboutOther = advice;
    aboutOther.insert(QStringLiteral("conversationId"), notTheirs);
    const QJsonObject wrong = refusal(*trainer, protocol::MentorWhisperRequest::type, aboutOther);
    QCOMPARE(test::errorCode(wrong), QStringLiteral("invalid_field"));
    QCOMPARE(errorOf(wrong).value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.conversationId"));
    QJsonObject blank = advice;
    blank.insert(QStringLiteral("body"), QStringLiteral("   "));
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorWhisperRequest::type, blank)),
             QStringLiteral("invalid_field"));
    QJsonObject tooLong = advice;
    tooLong.insert(QStringLiteral("body"), QString(protocol::maxWhisperLength + 1, u'好'));
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorWhisperRequest::type, tooLong)),
             QStringLiteral("field_too_long"));

    // A whisper sent twice under one request id is one whisper.
    const QString id = QStringLiteral("whisper-once");
    QVERIFY(trainer->request(protocol::MentorWhisperRequest::type, advice, id));
    QVERIFY(trainer->request(protocol::MentorWhisperRequest::type, advice, id));
    QSqlQuery count(m_server->database());
    QVERIFY(count.exec(
        QStringLiteral("SELECT COUNT(*) FROM mentor_whispers WHERE session_id = %1").arg(sessionId)));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);

    // Once ended, nothing more is whispered in it.
    QVERIFY(trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorWhisperRequest::type, advice)),
             QStringLiteral("invalid_state"));
}

void TestMentoring::bookmarksAndTheReviewReachOnlyTheMentee()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"), false);
    auto otherTrainer = staff(QStringLiteral("returnstrainer"), false);
    auto mentee = staff(QStringLiteral("agent1"));
    auto colleague = staff(QStringLiteral("agent2"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    QVERIFY(trainer && otherTrainer && mentee && colleague && supervisor);
    RawClient customer;
    const qint64 conversationId =
        conversationWith(customer, 11, *mentee, QStringLiteral("衣服洗了一次就掉色"));
    QVERIFY(conversationId > 0);
    QVERIFY(mentee->request(protocol::ReplyRequest::type,
                            {{QStringLiteral("conversationId"), conversationId},
                             {QStringLiteral("text"), QStringLiteral("太抱歉了，我马上给您换一件新的。")}}));
    const auto history =
        mentee->request(protocol::HistoryRequest::type, {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(history);
    const QJsonArray messages = history->value(QStringLiteral("messages")).toArray();
    QVERIFY(messages.size() >= 2);
    const qint64 replyId = messages.last().toObject().value(QStringLiteral("id")).toInteger();
    RawClient otherCustomer;
    auto agent3 = staff(QStringLiteral("agent3"));
    QVERIFY(agent3);
    const qint64 notTheirs = conversationWith(otherCustomer, 12, *agent3, QStringLiteral("能开发票吗？"));
    const auto otherHistory =
        agent3->request(protocol::HistoryRequest::type, {{QStringLiteral("conversationId"), notTheirs}});
    QVERIFY(otherHistory);
    const qint64 notTheirsMessage = otherHistory->value(QStringLiteral("messages"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toInteger();

    const auto started = trainer->request(protocol::MentorStartRequest::type,
                                          {{QStringLiteral("menteeId"), agentId(QStringLiteral("agent1"))}});
    QVERIFY(started);
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();

    // Bookmarks: the mentee's messages only, by the session's mentor only.
    const auto marked = trainer->request(protocol::MentorBookmarkRequest::type,
                                         {{QStringLiteral("sessionId"), sessionId},
                                          {QStringLiteral("messageId"), replyId},
                                          {QStringLiteral("note"), QStringLiteral("先道歉再给方案，很好")}});
    QVERIFY(marked);
    QCOMPARE(marked->value(QStringLiteral("bookmark")).toObject().value(QStringLiteral("excerpt")).toString(),
             QStringLiteral("太抱歉了，我马上给您换一件新的。"));
    const QJsonObject wrongMessage =
        refusal(*trainer, protocol::MentorBookmarkRequest::type,
                {{QStringLiteral("sessionId"), sessionId}, {QStringLiteral("messageId"), notTheirsMessage}});
    QCOMPARE(test::errorCode(wrongMessage), QStringLiteral("invalid_field"));
    QCOMPARE(errorOf(wrongMessage).value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.messageId"));
    QCOMPARE(test::errorCode(
                 refusal(*otherTrainer, protocol::MentorBookmarkRequest::type,
                         {{QStringLiteral("sessionId"), sessionId}, {QStringLiteral("messageId"), replyId}})),
             QStringLiteral("not_found"));

    // The review comes after the session, with every score from 1 to 5.
    QJsonObject review{{QStringLiteral("sessionId"), sessionId},
                       {QStringLiteral("empathy"), 5},
                       {QStringLiteral("ownership"), 4},
                       {QStringLiteral("resolution"), 4},
                       {QStringLiteral("warmth"), 5},
                       {QStringLiteral("notes"), QStringLiteral("道歉及时，下次先确认尺码")}};
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorReviewRequest::type, review)),
             QStringLiteral("invalid_state"));
    QVERIFY(trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    QJsonObject tooHigh = review;
    tooHigh.insert(QStringLiteral("empathy"), 6);
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorReviewRequest::type, tooHigh)),
             QStringLiteral("invalid_field"));
    QJsonObject missing = review;
    missing.remove(QStringLiteral("warmth"));
    const QJsonObject noWarmth = refusal(*trainer, protocol::MentorReviewRequest::type, missing);
    QCOMPARE(test::errorCode(noWarmth), QStringLiteral("missing_field"));
    QCOMPARE(errorOf(noWarmth).value(QStringLiteral("field")).toString(), QStringLiteral("payload.warmth"));
    QCOMPARE(test::errorCode(refusal(*otherTrainer, protocol::MentorReviewRequest::type, review)),
             QStringLiteral("not_found"));
    mentee->clearEvents();
    const auto reviewed = trainer->request(protocol::MentorReviewRequest::type, review);
    QVERIFY(reviewed);
    const QJsonObject feedback = reviewed->value(QStringLiteral("feedback")).toObject();
    QCOMPARE(feedback.value(QStringLiteral("review")).toObject().value(QStringLiteral("empathy")).toInt(), 5);
    QCOMPARE(feedback.value(QStringLiteral("bookmarks")).toArray().size(), 1);
    QCOMPARE(auditRows(QStringLiteral("mentor.reviewed"),
                       QStringLiteral("agent:%1").arg(agentId(QStringLiteral("agent1")))),
             1);

    // The mentee is told and reads it; nobody else hears of it.
    const auto told = mentee->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::mentorReviewed; });
    QVERIFY(told);
    QCOMPARE(payloadOf(*told)
                 .value(QStringLiteral("feedback"))
                 .toObject()
                 .value(QStringLiteral("review"))
                 .toObject()
                 .value(QStringLiteral("notes"))
                 .toString(),
             QStringLiteral("道歉及时，下次先确认尺码"));
    for (RawClient *other : {colleague.get(), supervisor.get()})
        QVERIFY(!receivedBy(*other).contains(protocol::event::mentorReviewed));
    // Reviewing again replaces the first; mentor.feedback lists the session once, newest first.
    review.insert(QStringLiteral("ownership"), 5);
    QVERIFY(trainer->request(protocol::MentorReviewRequest::type, review));
    const auto read = mentee->request(protocol::MentorFeedbackRequest::type, {});
    QVERIFY(read);
    const QJsonArray list = read->value(QStringLiteral("feedback")).toArray();
    QVERIFY(!list.isEmpty());
    const QJsonObject newest = list.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger(),
             sessionId);
    QCOMPARE(newest.value(QStringLiteral("review")).toObject().value(QStringLiteral("ownership")).toInt(), 5);
    int times = 0;
    for (const QJsonValue &entry : list)
        times += entry.toObject()
                     .value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger() == sessionId;
    QCOMPARE(times, 1);
    // Another agent's feedback is their own.
    const auto theirs = colleague->request(protocol::MentorFeedbackRequest::type, {});
    QVERIFY(theirs);
    QVERIFY(!textOf(*theirs).contains(QStringLiteral("道歉及时")));
}

void TestMentoring::aMenteeWhoReconnectsStillHasTheAdvice()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"), false);
    QVERIFY(trainer);
    const auto started = trainer->request(protocol::MentorStartRequest::type,
                                          {{QStringLiteral("menteeId"), agentId(QStringLiteral("agent3"))}});
    QVERIFY(started);
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(trainer->request(protocol::MentorWhisperRequest::type,
                             {{QStringLiteral("sessionId"), sessionId},
                              {QStringLiteral("body"), QStringLiteral("记得用客户的名字称呼")}}));
    // The mentee was offline: mentor.state has the session and the advice, a replay has the events.
    auto mentee = staff(QStringLiteral("agent3"), false);
    QVERIFY(mentee);
    const auto state = mentee->request(protocol::MentoringStateRequest::type, {});
    QVERIFY(state);
    const QJsonArray sessions = state->value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("id")).toInteger(), sessionId);
    const QJsonArray whispers = state->value(QStringLiteral("whispers")).toArray();
    QCOMPARE(whispers.size(), 1);
    QCOMPARE(whispers.first().toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("记得用客户的名字称呼"));
    QVERIFY(mentee->subscribe(protocol::topic::conversations, 0));
    QVERIFY(mentee->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::mentorWhisper; }));
}

void TestMentoring::simulatedCustomersNeverSeeAWhisper()
{
    // The demo's simulated customers answer agents through the same conversation module; a
    // whisper is no message there, so nothing they read or write can carry one.
    test::ServerProcess demo;
    QString message;
    QVERIFY2(demo.start({QStringLiteral("--demo"), QStringLiteral("--demo-customers"), QStringLiteral("30"),
                         QStringLiteral("--no-routing")},
                        &message),
             qPrintable(message));
    RawClient agent;
    RawClient trainer;
    QVERIFY(agent.connectTo(demo.url()) && trainer.connectTo(demo.url()));
    const auto signedIn = agent.login(QStringLiteral("agent1"), QStringLiteral("demo"));
    QVERIFY(signedIn);
    QVERIFY(trainer.login(QStringLiteral("trainer1"), QStringLiteral("demo")));
    QVERIFY(agent.subscribe(protocol::topic::conversations));
    const auto created = agent.waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::conversationCreated; },
        20000);
    QVERIFY(created);
    const QJsonObject conversation = payloadOf(*created).value(QStringLiteral("conversation")).toObject();
    const qint64 conversationId = conversation.value(QStringLiteral("id")).toInteger();
    const qint64 customerId = conversation.value(QStringLiteral("customerId")).toInteger();
    QVERIFY(
        agent.request(protocol::AcceptRequest::type, {{QStringLiteral("conversationId"), conversationId}}));
    const auto started = trainer.request(
        protocol::MentorStartRequest::type,
        {{QStringLiteral("menteeId"), signedIn->value(QStringLiteral("agentId")).toInteger()}});
    QVERIFY(started);
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(trainer.request(protocol::MentorWhisperRequest::type,
                            {{QStringLiteral("sessionId"), sessionId},
                             {QStringLiteral("conversationId"), conversationId},
                             {QStringLiteral("body"), QStringLiteral("WHISPER-sim-91 问清楚订单号再承诺")}}));
    const auto replied =
        agent.request(protocol::ReplyRequest::type,
                      {{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("text"), QStringLiteral("您好，我是小李，请问您的订单号是多少？")}});
    QVERIFY(replied);
    const qint64 replyId =
        replied->value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
    // The simulated customer reads the reply and answers.
    QVERIFY(agent.waitEvent(
        [&](const QJsonObject &event) {
            const QJsonObject written = payloadOf(event).value(QStringLiteral("message")).toObject();
            return written.value(QStringLiteral("conversationId")).toInteger() == conversationId &&
                   written.value(QStringLiteral("sender")).toString() == QLatin1StringView("customer") &&
                   written.value(QStringLiteral("id")).toInteger() > replyId;
        },
        20000));
    // Whatever the customer's side holds — history, snapshot, replayed events — has no whisper.
    RawClient customer;
    QVERIFY(customer.connectTo(demo.url()));
    QVERIFY(customer.loginCustomer(customerId));
    QString seen;
    const auto history = customer.request(protocol::HistoryRequest::type,
                                          {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(history);
    seen += textOf(*history);
    const auto replayed = customer.subscribe(protocol::topic::mine, 0);
    QVERIFY(replayed);
    seen += receivedBy(customer);
    QVERIFY(seen.contains(QStringLiteral("订单号")));
    QVERIFY2(!seen.contains(QStringLiteral("WHISPER-sim-91")), qPrintable(seen.left(600)));
}

void TestMentoring::approveBeforeSendDeliversExactlyOnce()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"));
    auto mentee = staff(QStringLiteral("agent3"));
    QVERIFY(trainer && mentee);
    RawClient customer;
    const qint64 conversationId =
        conversationWith(customer, 7, *mentee, QStringLiteral("订单显示已签收，可我没收到"));
    QVERIFY(conversationId > 0);
    const qint64 sessionId =
        sessionWith(*trainer, QStringLiteral("agent3"), {{QStringLiteral("approveReplies"), true}});
    QVERIFY(sessionId > 0);
    const auto told = mentee->waitEvent([sessionId](const QJsonObject &event) {
        const QJsonObject session = payloadOf(event).value(QStringLiteral("session")).toObject();
        return eventKind(event) == protocol::event::mentorSession &&
               session.value(QStringLiteral("id")).toInteger() == sessionId &&
               session.value(QStringLiteral("approveReplies")).toBool();
    });
    QVERIFY(told); // the mentee knows their replies wait

    // The mentee's reply is held: the ack says so, and no message exists yet.
    const QString written = QStringLiteral("您好，我查一下快递员的签收记录");
    const QString operation = QStringLiteral("held-reply-1");
    const QJsonObject reply{{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("text"), written}};
    auto ack = mentee->waitReply(mentee->send(protocol::ReplyRequest::type, reply, operation));
    QVERIFY(ack);
    QVERIFY2(payloadOf(*ack).value(QStringLiteral("message")).isNull(), qPrintable(textOf(*ack)));
    const QJsonObject held = payloadOf(*ack).value(QStringLiteral("held")).toObject();
    const qint64 heldId = held.value(QStringLiteral("id")).toInteger();
    QVERIFY(heldId > 0);
    QCOMPARE(held.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(held.value(QStringLiteral("clientOpId")).toString(), operation);
    // Both see it waiting.
    const auto isHeld = [heldId](const QString &state) {
        return [heldId, state](const QJsonObject &event) {
            const QJsonObject held = payloadOf(event).value(QStringLiteral("held")).toObject();
            return eventKind(event) == protocol::event::mentorHeld &&
                   held.value(QStringLiteral("id")).toInteger() == heldId &&
                   held.value(QStringLiteral("state")).toString() == state;
        };
    };
    QVERIFY(mentee->waitEvent(isHeld(QStringLiteral("waiting"))));
    QVERIFY(trainer->waitEvent(isHeld(QStringLiteral("waiting"))));
    const auto state = trainer->request(protocol::MentoringStateRequest::type, {});
    QVERIFY(state);
    QCOMPARE(state->value(QStringLiteral("held")).toArray().size(), 1);
    QVERIFY(!customerHistory(customer, conversationId).contains(written));

    // The mentee's workstation reconnects and its outbox sends the same request again: still one hold.
    mentee = staff(QStringLiteral("agent3"));
    QVERIFY(mentee);
    ack = mentee->waitReply(mentee->send(protocol::ReplyRequest::type, reply, operation));
    QVERIFY(ack);
    QCOMPARE(payloadOf(*ack).value(QStringLiteral("held")).toObject().value(QStringLiteral("id")).toInteger(),
             heldId);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM held_replies WHERE client_op_id = ?"), operation), 1);

    // The mentor edits and approves; their workstation loses the ack and sends the approval again,
    // then approves once more from a new connection: one message reaches the customer.
    const QString edited =
        QStringLiteral("您好，很抱歉让您着急了。我马上联系快递员核实签收记录，30分钟内给您回电。");
    const QJsonObject approval{{QStringLiteral("heldId"), heldId},
                               {QStringLiteral("body"), edited},
                               {QStringLiteral("note"), QStringLiteral("先道歉，再给时间")}};
    const QString approvalId = trainer->send(protocol::MentorApproveRequest::type, approval);
    const auto approved = trainer->waitReply(approvalId);
    QVERIFY(approved);
    const QJsonObject sent = payloadOf(*approved).value(QStringLiteral("held")).toObject();
    QCOMPARE(sent.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(sent.value(QStringLiteral("sentBody")).toString(), edited);
    const qint64 messageId = sent.value(QStringLiteral("messageId")).toInteger();
    QVERIFY(messageId > 0);
    const auto replayed =
        trainer->waitReply(trainer->send(protocol::MentorApproveRequest::type, approval, approvalId));
    QVERIFY(replayed);
    QCOMPARE(payloadOf(*replayed), payloadOf(*approved));
    trainer = staff(QStringLiteral("trainer1"));
    QVERIFY(trainer);
    const auto again =
        trainer->request(protocol::MentorApproveRequest::type, {{QStringLiteral("heldId"), heldId}});
    QVERIFY(again);
    QCOMPARE(again->value(QStringLiteral("held")).toObject().value(QStringLiteral("messageId")).toInteger(),
             messageId);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE client_op_id = ?"), operation), 1);

    // The customer got it once, as edited; the mentee's desk matches it with its own request.
    const auto delivered = customer.waitEvent([&edited](const QJsonObject &event) {
        return eventKind(event) == protocol::event::messageCreated &&
               payloadOf(event).value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) ==
                   edited;
    });
    QVERIFY(delivered);
    const QString history = customerHistory(customer, conversationId);
    const auto history2 = customer.request(protocol::HistoryRequest::type,
                                           {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(history2);
    int copies = 0;
    for (const QJsonValue &message : history2->value(QStringLiteral("messages")).toArray())
        copies += message.toObject().value(QStringLiteral("body")).toString() == edited ? 1 : 0;
    QCOMPARE(copies, 1);
    int deliveries = 0;
    for (const QJsonObject &event : customer.events()) {
        deliveries +=
            eventKind(event) == protocol::event::messageCreated &&
            payloadOf(event).value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) ==
                edited;
    }
    QCOMPARE(deliveries, 1);
    QVERIFY(!history.contains(written));
    QVERIFY(!history.contains(QStringLiteral("先道歉，再给时间"))); // the mentor's note is the mentee's
    const auto echoed = mentee->waitEvent([&operation](const QJsonObject &event) {
        return eventKind(event) == protocol::event::messageCreated &&
               payloadOf(event)
                       .value(QStringLiteral("message"))
                       .toObject()
                       .value(QStringLiteral("clientOpId")) == operation;
    });
    QVERIFY(echoed);
    QVERIFY(mentee->waitEvent(isHeld(QStringLiteral("sent"))));
    QCOMPARE(auditRows(QStringLiteral("mentor.approved"),
                       QStringLiteral("agent:%1").arg(agentId(QStringLiteral("agent3")))),
             1);

    // Review mode tells it in order: the customer, the held reply, the mentor's approval with what
    // went out, the message the customer got, and a whisper about it; another team's mentor and
    // agents may not replay it.
    QVERIFY(trainer->request(protocol::MentorWhisperRequest::type,
                             {{QStringLiteral("sessionId"), sessionId},
                              {QStringLiteral("conversationId"), conversationId},
                              {QStringLiteral("body"), QStringLiteral("下次先道歉")}}));
    const auto replay = trainer->request(protocol::MentorReplayRequest::type,
                                         {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(replay);
    QStringList sequence;
    for (const QJsonValue &step : replay->value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = step.toObject();
        sequence.append(s.value(QStringLiteral("kind")).toString() + u'/' +
                        s.value(QStringLiteral("detail")).toString());
    }
    const QStringList expected{QStringLiteral("message/customer"), QStringLiteral("held/waiting"),
                               QStringLiteral("message/agent"), QStringLiteral("held/sent"),
                               QStringLiteral("whisper/")};
    QVERIFY2(sequence.mid(sequence.size() - 4) == expected.mid(1) && sequence.contains(expected.first()),
             qPrintable(sequence.join(u',')));
    auto returnsTrainer = staff(QStringLiteral("returnstrainer"), false);
    QVERIFY(returnsTrainer);
    QCOMPARE(test::errorCode(refusal(*returnsTrainer, protocol::MentorReplayRequest::type,
                                     {{QStringLiteral("conversationId"), conversationId}})),
             QStringLiteral("forbidden"));
    QCOMPARE(test::errorCode(refusal(*mentee, protocol::MentorReplayRequest::type,
                                     {{QStringLiteral("conversationId"), conversationId}})),
             QStringLiteral("forbidden"));
}

void TestMentoring::aReturnedReplyNeverReachesTheCustomer()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"));
    auto mentee = staff(QStringLiteral("agent4"));
    QVERIFY(trainer && mentee);
    RawClient customer;
    const qint64 conversationId =
        conversationWith(customer, 8, *mentee, QStringLiteral("退款什么时候到账？"));
    QVERIFY(conversationId > 0);
    const qint64 sessionId =
        sessionWith(*trainer, QStringLiteral("agent4"), {{QStringLiteral("approveReplies"), true}});
    QVERIFY(sessionId > 0);
    const QString careless = QStringLiteral("不知道，等着吧");
    const auto ack =
        mentee->request(protocol::ReplyRequest::type, {{QStringLiteral("conversationId"), conversationId},
                                                       {QStringLiteral("text"), careless}});
    QVERIFY(ack);
    const qint64 heldId =
        ack->value(QStringLiteral("held")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(heldId > 0);

    const QString note = QStringLiteral("查一下退款进度，给出具体日期");
    const auto returned =
        trainer->request(protocol::MentorReturnRequest::type,
                         {{QStringLiteral("heldId"), heldId}, {QStringLiteral("note"), note}});
    QVERIFY(returned);
    QCOMPARE(returned->value(QStringLiteral("held")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("returned"));
    const auto told = mentee->waitEvent([heldId](const QJsonObject &event) {
        const QJsonObject held = payloadOf(event).value(QStringLiteral("held")).toObject();
        return eventKind(event) == protocol::event::mentorHeld &&
               held.value(QStringLiteral("id")).toInteger() == heldId &&
               held.value(QStringLiteral("state")).toString() == QLatin1StringView("returned");
    });
    QVERIFY(told);
    QCOMPARE(
        payloadOf(*told).value(QStringLiteral("held")).toObject().value(QStringLiteral("note")).toString(),
        note);
    // Once returned it cannot be sent after all.
    const QJsonObject late =
        refusal(*trainer, protocol::MentorApproveRequest::type, {{QStringLiteral("heldId"), heldId}});
    QCOMPARE(test::errorCode(late), QStringLiteral("invalid_state"));

    // A reply still waiting when the session ends goes back too; the session's end sends nothing.
    const QString pending = QStringLiteral("我帮您查一下");
    const auto second =
        mentee->request(protocol::ReplyRequest::type, {{QStringLiteral("conversationId"), conversationId},
                                                       {QStringLiteral("text"), pending}});
    QVERIFY(second);
    const qint64 secondId =
        second->value(QStringLiteral("held")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM held_replies WHERE id = ? AND state = 'returned'"),
                   secondId),
             1);
    const QString history = customerHistory(customer, conversationId);
    QVERIFY2(!history.contains(careless) && !history.contains(pending) && !history.contains(note),
             qPrintable(history.left(600)));
    QVERIFY(!history.contains(protocol::event::mentorHeld));

    // Without a session, the same agent's reply goes straight out.
    const auto direct =
        mentee->request(protocol::ReplyRequest::type, {{QStringLiteral("conversationId"), conversationId},
                                                       {QStringLiteral("text"), pending}});
    QVERIFY(direct);
    QVERIFY(direct->value(QStringLiteral("held")).isNull());
    QCOMPARE(direct->value(QStringLiteral("message")).toObject().value(QStringLiteral("body")).toString(),
             pending);
}

void TestMentoring::onlyTheMentorDecidesAHeldReply()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"));
    auto mentee = staff(QStringLiteral("agent1"));
    auto colleague = staff(QStringLiteral("agent2"), false);
    auto otherTrainer = staff(QStringLiteral("returnstrainer"), false);
    QVERIFY(trainer && mentee && colleague && otherTrainer);
    RawClient customer;
    const qint64 conversationId = conversationWith(customer, 9, *mentee, QStringLiteral("发票怎么开？"));
    QVERIFY(conversationId > 0);
    QVERIFY(sessionWith(*trainer, QStringLiteral("agent1"), {{QStringLiteral("approveReplies"), true}}) > 0);
    const auto ack = mentee->request(protocol::ReplyRequest::type,
                                     {{QStringLiteral("conversationId"), conversationId},
                                      {QStringLiteral("text"), QStringLiteral("可以在订单页申请电子发票")}});
    QVERIFY(ack);
    const qint64 heldId =
        ack->value(QStringLiteral("held")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(heldId > 0);

    // An agent may not approve — not even their own reply — and is refused before anything is read.
    const QString asked = QStringLiteral("request:") + protocol::MentorApproveRequest::type;
    const int before = auditRows(QStringLiteral("request.refused"), asked);
    for (RawClient *agent : {colleague.get(), mentee.get()}) {
        const QJsonObject refused =
            refusal(*agent, protocol::MentorApproveRequest::type, {{QStringLiteral("heldId"), heldId}});
        QCOMPARE(test::errorCode(refused), QStringLiteral("forbidden"));
    }
    QCOMPARE(auditRows(QStringLiteral("request.refused"), asked), before + 2);
    QCOMPARE(test::errorCode(
                 refusal(*colleague, protocol::MentorProfileRequest::type,
                         {{QStringLiteral("sessionId"), 1}, {QStringLiteral("approveReplies"), false}})),
             QStringLiteral("forbidden"));
    // Another mentor: the reply does not exist for them.
    for (const QString &type : {protocol::MentorApproveRequest::type, protocol::MentorReturnRequest::type}) {
        QCOMPARE(test::errorCode(refusal(*otherTrainer, type, {{QStringLiteral("heldId"), heldId}})),
                 QStringLiteral("not_found"));
    }
    // Nobody but the two of them hears of it.
    QVERIFY(!receivedBy(*colleague).contains(protocol::event::mentorHeld));
    QVERIFY(!receivedBy(*otherTrainer).contains(protocol::event::mentorHeld));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM held_replies WHERE id = ? AND state = 'waiting'"), heldId),
        1);
}

void TestMentoring::traineeAuthorityLapsesWithTheSession()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"));
    auto mentee = staff(QStringLiteral("agent2"));
    QVERIFY(trainer && mentee);
    const auto authority = [&mentee] {
        const auto reply = mentee->request(protocol::AuthorityGetRequest::type, {});
        return reply ? reply->value(QStringLiteral("authority")).toObject() : QJsonObject();
    };
    const QJsonObject own = authority();
    const qint64 ownLimit = own.value(QStringLiteral("perCaseLimit")).toInteger();
    QVERIFY(ownLimit > 1000);
    QVERIFY(!own.value(QStringLiteral("mentored")).toBool());

    // Lowered for the session: the mentee's desk is told at once, and the server holds them to it.
    const qint64 sessionId =
        sessionWith(*trainer, QStringLiteral("agent2"), {{QStringLiteral("compensationLimit"), 1000}});
    QVERIFY(sessionId > 0);
    const auto updated = mentee->waitEvent([](const QJsonObject &event) {
        return eventKind(event) == protocol::event::authorityUpdated &&
               payloadOf(event)
                   .value(QStringLiteral("authority"))
                   .toObject()
                   .value(QStringLiteral("mentored"))
                   .toBool();
    });
    QVERIFY(updated);
    QCOMPARE(authority().value(QStringLiteral("perCaseLimit")).toInteger(), 1000);
    QVERIFY(authority().value(QStringLiteral("mentored")).toBool());
    // A mentor can only lower it: a "limit" above the agent's own leaves the agent's own.
    QVERIFY(trainer->request(
        protocol::MentorProfileRequest::type,
        {{QStringLiteral("sessionId"), sessionId}, {QStringLiteral("compensationLimit"), ownLimit * 10}}));
    QCOMPARE(authority().value(QStringLiteral("perCaseLimit")).toInteger(), ownLimit);
    // Every decision to approval: nothing is within the agent's own authority.
    QVERIFY(trainer->request(
        protocol::MentorProfileRequest::type,
        {{QStringLiteral("sessionId"), sessionId}, {QStringLiteral("approveCompensation"), true}}));
    QCOMPARE(authority().value(QStringLiteral("perCaseLimit")).toInteger(), 0);
    QSqlQuery order(m_server->database());
    QVERIFY(
        order.exec(QStringLiteral("SELECT id FROM orders WHERE amount_cents >= 5000 ORDER BY id LIMIT 1")));
    QVERIFY(order.next());
    const auto complaint = mentee->request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{order.value(0).toLongLong(), QStringLiteral("late_delivery"), 0}
            .toJson());
    QVERIFY(complaint);
    const qint64 complaintId =
        complaint->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject decided =
        refusal(*mentee, protocol::CompensationDecideRequest::type,
                {{QStringLiteral("complaintId"), complaintId},
                 {QStringLiteral("remedies"),
                  QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("coupon")},
                                         {QStringLiteral("amount"), 500}}}},
                 {QStringLiteral("reason"), QStringLiteral("快递延误")}});
    QCOMPARE(test::errorCode(decided), QStringLiteral("over_authority"));
    QCOMPARE(auditRows(QStringLiteral("mentor.profile"),
                       QStringLiteral("agent:%1").arg(agentId(QStringLiteral("agent2")))),
             3);

    // It lapses with the session.
    mentee->clearEvents();
    QVERIFY(trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    QVERIFY(mentee->waitEvent([ownLimit](const QJsonObject &event) {
        return eventKind(event) == protocol::event::authorityUpdated &&
               payloadOf(event)
                       .value(QStringLiteral("authority"))
                       .toObject()
                       .value(QStringLiteral("perCaseLimit"))
                       .toInteger() == ownLimit;
    }));
    QCOMPARE(authority().value(QStringLiteral("perCaseLimit")).toInteger(), ownLimit);
    QVERIFY(!authority().value(QStringLiteral("mentored")).toBool());
}

void TestMentoring::onScreenTheTrainerShadowsAndWhispers()
{
    endOpenSessions();
    struct Workstation
    {
        sync::ServerConnection connection;
        std::unique_ptr<sync::Outbox> outbox;
        std::unique_ptr<sync::Desk> desk;
        sync::WorkstationSettings settings;
        std::unique_ptr<ui::MainWindow> window;
    };
    Workstation training;
    Workstation mentored;
    int index = 0;
    for (auto [station, login] :
         {std::pair{&training, QStringLiteral("trainer1")}, std::pair{&mentored, QStringLiteral("agent2")}}) {
        station->outbox = std::make_unique<sync::Outbox>(station->connection);
        QString error;
        QVERIFY2(
            station->outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++index)), &error),
            qPrintable(error));
        station->connection.setUrl(m_server->url());
        station->connection.setStaffCredentials(login, QStringLiteral("demo"));
        station->connection.setTopics({protocol::topic::conversations});
        station->connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(station->connection.state(), sync::ServerConnection::State::Live, 10000);
        station->desk = std::make_unique<sync::Desk>(station->connection, *station->outbox);
        station->window =
            std::make_unique<ui::MainWindow>(*station->desk, *station->outbox, station->settings);
        station->window->resize(1280, 800);
        station->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(station->window.get()));
    }
    QVERIFY(training.desk->mentoring());
    QVERIFY(!mentored.desk->mentoring()); // agents do not mentor
    ui::MainWindow &trainer = *training.window;
    ui::MainWindow &agent = *mentored.window;

    // The trainer starts on the Mentoring tab and picks 王强 (agent2).
    auto *tabs = trainer.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("mentoringPanel"));
    auto *mentees = trainer.findChild<QListView *>(QStringLiteral("mentees"));
    QVERIFY(mentees);
    QTRY_VERIFY(mentees->model()->rowCount() >= 4);
    QModelIndex wang;
    for (int row = 0; row < mentees->model()->rowCount(); ++row) {
        const QModelIndex candidate = mentees->model()->index(row, 0);
        if (candidate.data().toString().startsWith(QStringLiteral("王强")))
            wang = candidate;
    }
    QVERIFY(wang.isValid());
    mentees->setCurrentIndex(wang);
    auto *start = trainer.findChild<QPushButton *>(QStringLiteral("startSession"));
    QVERIFY(start && start->isEnabled());
    auto *mentorBar = agent.findChild<QWidget *>(QStringLiteral("mentorBar"));
    QVERIFY(mentorBar);
    QVERIFY(mentorBar->isHidden());
    QTest::mouseClick(start, Qt::LeftButton);
    // The agent is told at once, with who is watching.
    QTRY_VERIFY(mentored.desk->agent().mentee()->session().has_value());
    auto *banner = agent.findChild<QLabel *>(QStringLiteral("mentorBanner"));
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QStringLiteral("刘洋")));

    // A customer writes in and agent2 takes them: the trainer sees the conversation and its
    // messages live.
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(6));
    const auto written = customer.request(protocol::CustomerMessageRequest::type,
                                          {{QStringLiteral("channel"), QStringLiteral("app")},
                                           {QStringLiteral("text"), QStringLiteral("我买的杯子碎了")}});
    QVERIFY(written);
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    QTRY_VERIFY(mentored.desk->agent().conversations()->rowCount() > 0);
    mentored.desk->agent().accept(conversationId);
    auto *shadowed = trainer.findChild<QListView *>(QStringLiteral("shadowedConversations"));
    QVERIFY(shadowed);
    const auto rowOf = [shadowed](qint64 id) {
        for (int row = 0; row < shadowed->model()->rowCount(); ++row) {
            const QModelIndex index = shadowed->model()->index(row, 0);
            if (index.data(sync::ConversationListModel::IdRole).toLongLong() == id)
                return index;
        }
        return QModelIndex();
    };
    QTRY_VERIFY(rowOf(conversationId).isValid());
    // Only agent2's conversations are mirrored.
    for (int row = 0; row < shadowed->model()->rowCount(); ++row)
        QCOMPARE(shadowed->model()
                     ->index(row, 0)
                     .data(sync::ConversationListModel::AssignedAgentNameRole)
                     .toString(),
                 QStringLiteral("王强"));
    shadowed->setCurrentIndex(rowOf(conversationId));
    auto *transcript = trainer.findChild<QListView *>(QStringLiteral("shadowTranscript"));
    QVERIFY(transcript);
    QTRY_VERIFY(transcript->model() && transcript->model()->rowCount() >= 1);
    const int before = transcript->model()->rowCount();
    const auto again = customer.request(protocol::CustomerMessageRequest::type,
                                        {{QStringLiteral("channel"), QStringLiteral("app")},
                                         {QStringLiteral("text"), QStringLiteral("能换一个新的吗？")}});
    QVERIFY(again);
    QCOMPARE(again->value(QStringLiteral("conversationId")).toInteger(), conversationId);
    QTRY_COMPARE(transcript->model()->rowCount(), before + 1);

    // A whisper from the keyboard reaches the agent's mentor bar, beside the reply box.
    auto *box = trainer.findChild<QPlainTextEdit *>(QStringLiteral("whisperBox"));
    QVERIFY(box && box->isEnabled());
    box->setFocus();
    box->setPlainText(QStringLiteral("先确认照片，再给换新和退款两个选择")); // keyClicks types Latin-1 only
    QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
    auto *whispers = agent.findChild<QListView *>(QStringLiteral("whispers"));
    QVERIFY(whispers);
    QTRY_COMPARE(whispers->model()->rowCount(), 1);
    QVERIFY(whispers->model()->index(0, 0).data().toString().contains(QStringLiteral("换新和退款")));
    QTRY_VERIFY(mentorBar->isVisible());
    QTRY_VERIFY(box->toPlainText().isEmpty());
    auto *sent = trainer.findChild<QListView *>(QStringLiteral("sentWhispers"));
    QVERIFY(sent);
    QCOMPARE(sent->model()->rowCount(), 1);
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR")) {
        const QDir dir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"));
        trainer.grab().save(dir.filePath(QStringLiteral("mentoring-trainer.png")));
        agent.grab().save(dir.filePath(QStringLiteral("mentoring-agent.png")));
    }

    // Approve before send: the trainer asks for it; the agent's reply waits, seen by both, and goes
    // out — edited — on one key.
    auto *approveReplies = trainer.findChild<QCheckBox *>(QStringLiteral("approveReplies"));
    QVERIFY(approveReplies && approveReplies->isEnabled());
    approveReplies->click();
    QTRY_VERIFY(mentored.desk->agent().mentee()->session() &&
                mentored.desk->agent().mentee()->session()->approveReplies);
    QTRY_VERIFY(banner->text().contains(QStringLiteral("approval")));
    mentored.desk->agent().openConversation(conversationId);
    auto *composer = agent.findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    auto *send = agent.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(composer && send);
    const QString draft = QStringLiteral("好的，给您换一个");
    composer->setPlainText(draft);
    QTest::mouseClick(send, Qt::LeftButton);
    sync::TranscriptModel *own = mentored.desk->agent().transcript();
    const auto lastDelivery = [own] {
        return sync::TranscriptModel::Delivery(
            own->index(own->rowCount() - 1, 0).data(sync::TranscriptModel::DeliveryRole).toInt());
    };
    QTRY_COMPARE(lastDelivery(), sync::TranscriptModel::Delivery::AwaitingApproval);
    auto *held = trainer.findChild<QListView *>(QStringLiteral("heldReplies"));
    auto *heldEdit = trainer.findChild<QPlainTextEdit *>(QStringLiteral("heldEdit"));
    QVERIFY(held && heldEdit);
    QTRY_COMPARE(held->model()->rowCount(), 1);
    QTRY_COMPARE(heldEdit->toPlainText(), draft);
    auto *notice = agent.findChild<QLabel *>(QStringLiteral("mentorNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR")) {
        const QDir dir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"));
        trainer.grab().save(dir.filePath(QStringLiteral("approval-trainer.png")));
        agent.grab().save(dir.filePath(QStringLiteral("approval-agent.png")));
    }
    const QString better =
        QStringLiteral("很抱歉杯子碎了！给您两个选择：免费换新，或者全额退款，您看哪个方便？");
    heldEdit->setPlainText(better);
    auto *approveHeld = trainer.findChild<QPushButton *>(QStringLiteral("approveHeld"));
    QVERIFY(approveHeld && approveHeld->isEnabled());
    trainer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&trainer));
    heldEdit->setFocus();
    QTest::keyClick(&trainer, Qt::Key_F8);
    QTRY_COMPARE(held->model()->rowCount(), 0);
    QTRY_COMPARE(lastDelivery(), sync::TranscriptModel::Delivery::Delivered);
    QCOMPARE(own->index(own->rowCount() - 1, 0).data(sync::TranscriptModel::BodyRole).toString(), better);
    const auto seen = customer.request(protocol::HistoryRequest::type,
                                       {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(seen);
    QStringList bodies;
    for (const QJsonValue &message : seen->value(QStringLiteral("messages")).toArray())
        bodies.append(message.toObject().value(QStringLiteral("body")).toString());
    QCOMPARE(bodies.count(better), 1); // the customer has it once, as the mentor edited it
    QVERIFY(!bodies.contains(draft));
    QTRY_VERIFY(notice->text().contains(QStringLiteral("edited")));
    approveReplies->click(); // and replies go straight out again
    QTRY_VERIFY(!mentored.desk->agent().mentee()->session()->approveReplies);

    // Review mode on the shadowed conversation: it starts at the first step and grows step by step.
    auto *replayButton = trainer.findChild<QPushButton *>(QStringLiteral("replayConversation"));
    QVERIFY(replayButton && replayButton->isEnabled());
    QTest::mouseClick(replayButton, Qt::LeftButton);
    QDialog *replayDialog = nullptr;
    QTRY_VERIFY((replayDialog = trainer.findChild<QDialog *>(QStringLiteral("reviewReplayDialog"))) !=
                nullptr);
    auto *steps = replayDialog->findChild<QListWidget *>(QStringLiteral("replaySteps"));
    QVERIFY(steps);
    QVERIFY(steps->count() >= 5);
    const auto visible = [steps] {
        int shown = 0;
        for (int row = 0; row < steps->count(); ++row)
            shown += steps->item(row)->isHidden() ? 0 : 1;
        return shown;
    };
    QCOMPARE(visible(), 1);
    QTest::keyClick(replayDialog, Qt::Key_Right);
    QCOMPARE(visible(), 2);
    QTest::keyClick(replayDialog, Qt::Key_End);
    QCOMPARE(visible(), steps->count());
    QStringList replayed;
    for (int row = 0; row < steps->count(); ++row)
        replayed.append(steps->item(row)->text());
    const QString story = replayed.join(u'\n');
    QVERIFY2(story.contains(QStringLiteral("我买的杯子碎了")) &&
                 story.contains(QStringLiteral("approved and sent")) &&
                 story.contains(QStringLiteral("whispered")) && story.contains(better),
             qPrintable(story));
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        replayDialog->grab().save(QDir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"))
                                      .filePath(QStringLiteral("review-replay.png")));
    replayDialog->close();

    // A moment marked: the customer's question, with a note.
    auto *bookmark = trainer.findChild<QPushButton *>(QStringLiteral("bookmarkButton"));
    auto *bookmarkNote = trainer.findChild<QLineEdit *>(QStringLiteral("bookmarkNote"));
    QVERIFY(bookmark && bookmarkNote);
    QVERIFY(!bookmark->isEnabled()); // nothing selected yet
    const QModelIndexList question =
        transcript->model()->match(transcript->model()->index(0, 0), Qt::DisplayRole,
                                   QStringLiteral("能换一个新的吗？"), 1, Qt::MatchExactly);
    QCOMPARE(question.size(), 1);
    transcript->setCurrentIndex(question.constFirst());
    QVERIFY(bookmark->isEnabled());
    bookmarkNote->setText(QStringLiteral("客户第二次问，要主动给方案"));
    QTest::mouseClick(bookmark, Qt::LeftButton);
    QTRY_VERIFY(bookmarkNote->text().isEmpty());

    // Ending the session from the panel: the agent is told and the bar goes; the review opens.
    auto *end = trainer.findChild<QPushButton *>(QStringLiteral("endSession"));
    QVERIFY(end && end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QTRY_VERIFY(!mentored.desk->agent().mentee()->session().has_value());
    QTRY_VERIFY(mentorBar->isHidden());
    QVERIFY(!end->isEnabled());
    QVERIFY(start->isEnabled());
    QDialog *reviewDialog = nullptr;
    QTRY_VERIFY((reviewDialog = trainer.findChild<QDialog *>(QStringLiteral("mentorReviewDialog"))) !=
                nullptr);
    QTRY_VERIFY(reviewDialog->isVisible());
    for (const auto &[name, score] : {std::pair{"empathy", 5}, std::pair{"ownership", 4},
                                      std::pair{"resolution", 3}, std::pair{"warmth", 5}})
        reviewDialog->findChild<QSpinBox *>(QLatin1StringView(name))->setValue(score);
    auto *notes = reviewDialog->findChild<QPlainTextEdit *>(QStringLiteral("reviewNotes"));
    QVERIFY(notes);
    notes->setPlainText(QStringLiteral("照片确认得好；下次第一句就给选择"));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);

    // The agent reads it under Workstation → My mentor feedback, with the moment marked.
    // Newest first: this session, above any earlier one.
    QTRY_VERIFY(mentored.desk->agent().mentee()->feedback()->rowCount() >= 1);
    QTRY_VERIFY(mentored.desk->agent()
                    .mentee()
                    ->feedback()
                    ->index(0, 0)
                    .data(sync::FeedbackListModel::ReviewedRole)
                    .toBool());
    auto *feedbackAction = agent.findChild<QAction *>(QStringLiteral("feedbackAction"));
    QVERIFY(feedbackAction);
    feedbackAction->trigger();
    auto *feedbackDialog = agent.findChild<QDialog *>(QStringLiteral("feedbackDialog"));
    QVERIFY(feedbackDialog);
    auto *details = feedbackDialog->findChild<QTextBrowser *>(QStringLiteral("feedbackDetails"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("刘洋")) && text.contains(QStringLiteral("5 / 5")) &&
                 text.contains(QStringLiteral("3 / 5")) &&
                 text.contains(QStringLiteral("下次第一句就给选择")) &&
                 text.contains(QStringLiteral("客户第二次问，要主动给方案")) &&
                 text.contains(QStringLiteral("能换一个新的吗？")),
             qPrintable(text));
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        feedbackDialog->grab().save(QDir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"))
                                        .filePath(QStringLiteral("mentoring-feedback.png")));
    feedbackDialog->close();

    // The trainer's view of 王强 over time: this session's rubric on the chart, the notes and the
    // moment marked, and the outcome figures of the last 30 days.
    auto *progress = trainer.findChild<QPushButton *>(QStringLiteral("menteeProgress"));
    QVERIFY(progress && progress->isEnabled());
    QTest::mouseClick(progress, Qt::LeftButton);
    QDialog *progressDialog = nullptr;
    QTRY_VERIFY((progressDialog = trainer.findChild<QDialog *>(QStringLiteral("menteeProgressDialog"))) !=
                nullptr);
    auto *chartView = progressDialog->findChild<QChartView *>(QStringLiteral("progressChart"));
    QVERIFY(chartView);
    const QList<QAbstractSeries *> series = chartView->chart()->series();
    QCOMPARE(series.size(), 4);
    auto *empathy = qobject_cast<QLineSeries *>(series.at(0));
    QVERIFY(empathy);
    QVERIFY(empathy->count() >= 1);
    QCOMPARE(empathy->at(empathy->count() - 1).y(), 5.0);
    QCOMPARE(qobject_cast<QLineSeries *>(series.at(2))->points().constLast().y(), 3.0); // resolution
    auto *notesList = progressDialog->findChild<QListWidget *>(QStringLiteral("progressNotes"));
    QVERIFY(notesList);
    QStringList lines;
    for (int row = 0; row < notesList->count(); ++row)
        lines.append(notesList->item(row)->text());
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("下次第一句就给选择")) &&
                 all.contains(QStringLiteral("客户第二次问")),
             qPrintable(all));
    auto *outcomes = progressDialog->findChild<QLabel *>(QStringLiteral("progressOutcomes"));
    QVERIFY(outcomes);
    QVERIFY2(outcomes->text().contains(QStringLiteral("resolved")), qPrintable(outcomes->text()));
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        progressDialog->grab().save(QDir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"))
                                        .filePath(QStringLiteral("mentee-progress.png")));
    progressDialog->close();
}

void TestMentoring::progressShowsEverySessionAndStaysInScope()
{
    endOpenSessions();
    auto trainer = staff(QStringLiteral("trainer1"), false);
    auto returnsTrainer = staff(QStringLiteral("returnstrainer"), false);
    auto agent = staff(QStringLiteral("agent1"), false);
    QVERIFY(trainer && returnsTrainer && agent);
    const qint64 agent4 = agentId(QStringLiteral("agent4"));
    // Two reviewed sessions, growing warmth.
    for (const int warmth : {2, 4}) {
        const auto started =
            trainer->request(protocol::MentorStartRequest::type, {{QStringLiteral("menteeId"), agent4}});
        QVERIFY(started);
        const qint64 sessionId =
            started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(
            trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
        QVERIFY(trainer->request(
            protocol::MentorReviewRequest::type,
            protocol::MentorReviewRequest{sessionId, 3, 3, 3, warmth, QStringLiteral("第%1次").arg(warmth)}
                .toJson()));
    }
    const auto progress =
        trainer->request(protocol::MentorProgressRequest::type, {{QStringLiteral("menteeId"), agent4}});
    QVERIFY(progress);
    QCOMPARE(progress->value(QStringLiteral("menteeName")).toString(), QStringLiteral("陈静"));
    const QJsonArray sessions = progress->value(QStringLiteral("sessions")).toArray();
    QVERIFY(sessions.size() >= 2);
    // Oldest first: the later session's warmth comes last.
    const auto warmthOf = [](const QJsonValue &feedback) {
        return feedback.toObject()
            .value(QStringLiteral("review"))
            .toObject()
            .value(QStringLiteral("warmth"))
            .toInt();
    };
    QCOMPARE(warmthOf(sessions.at(sessions.size() - 2)), 2);
    QCOMPARE(warmthOf(sessions.at(sessions.size() - 1)), 4);
    const QJsonObject outcomes = progress->value(QStringLiteral("outcomes")).toObject();
    QVERIFY(outcomes.contains(QStringLiteral("resolved")));
    QCOMPARE(outcomes.value(QStringLiteral("spent")).toInteger(), 0); // mentors do not see money
    QVERIFY(!progress->value(QStringLiteral("fromDay")).toString().isEmpty());

    // Another team's trainer, and agents, are refused with a typed error.
    QCOMPARE(test::errorCode(refusal(*returnsTrainer, protocol::MentorProgressRequest::type,
                                     {{QStringLiteral("menteeId"), agent4}})),
             QStringLiteral("forbidden"));
    QCOMPARE(test::errorCode(refusal(*agent, protocol::MentorProgressRequest::type,
                                     {{QStringLiteral("menteeId"), agent4}})),
             QStringLiteral("forbidden"));
    QCOMPARE(test::errorCode(refusal(*trainer, protocol::MentorProgressRequest::type,
                                     {{QStringLiteral("menteeId"), agentId(QStringLiteral("supervisor1"))}})),
             QStringLiteral("not_found"));
}

QTEST_MAIN(TestMentoring)
#include "tst_mentoring.moc"
