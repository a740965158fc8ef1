// Events proven against snapshots: a workstation that was watching when something happened (its
// snapshot from before plus the events the action produced, applied by its own code) must show
// exactly what a workstation that connects afterwards shows from a fresh snapshot. Each step is
// one kind of action — conversations, messages, complaints and compensation — with a real
// warmline-server and the client's real AgentWorkspace on both sides.
#include "protocol/compensationjson.h"
#include "protocol/mentoringmessages.h"
#include "protocol/messages.h"
#include "protocol/openingmessages.h"
#include "protocol/supervisionmessages.h"
#include "storage/accountstore.h"
#include "storage/eventlog.h"
#include "sync/agentworkspace.h"
#include "sync/desk.h"
#include "sync/openinglinecontroller.h"
#include "sync/outbox.h"
#include "sync/rostermodel.h"
#include "sync/serverconnection.h"
#include "testsupport.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using State = sync::ServerConnection::State;

namespace {

struct Desk
{
    sync::ServerConnection connection;
    std::unique_ptr<sync::Outbox> outbox;
    std::unique_ptr<sync::AgentWorkspace> workspace;
    QString login;
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What an agent's screen holds: every conversation row (all roles but the client's own "unread"
// mark), the open transcript and, once a complaint is selected, the compensation dock's state.
QString describe(sync::AgentWorkspace &workspace, bool withTranscript)
{
    QStringList lines;
    const auto *list = workspace.conversations();
    QStringList rows;
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex index = list->index(row, 0);
        // A snapshot holds open conversations; a desk keeps one it saw resolved until the agent
        // moves on, so resolved rows are not part of what must agree.
        if (index.data(sync::ConversationListModel::StatusRole).toInt() ==
            int(core::ConversationStatus::Resolved))
            continue;
        QStringList cells;
        for (int role = sync::ConversationListModel::IdRole; role < sync::ConversationListModel::UnreadRole;
             ++role)
            cells.append(index.data(role).toString());
        rows.append(cells.join(u'|'));
    }
    rows.sort();
    lines += rows;
    const auto *transcript = workspace.transcript();
    for (int row = 0; withTranscript && row < transcript->rowCount(); ++row) {
        const QModelIndex index = transcript->index(row, 0);
        QStringList cells;
        for (int role = sync::TranscriptModel::MessageIdRole; role <= sync::TranscriptModel::FailureRole;
             ++role)
            cells.append(index.data(role).toString());
        lines.append(QStringLiteral("transcript: ") + cells.join(u'|'));
    }
    const sync::CompensationController &compensation = *workspace.compensation();
    // Like the transcript, only for a conversation a fresh desk can open (not a resolved one).
    if (withTranscript && compensation.state() == sync::CompensationController::State::Ready) {
        lines.append(QStringLiteral("complaint: %1, order given %2")
                         .arg(compensation.complaintId())
                         .arg(compensation.orderGiven().minor()));
        lines.append(QStringLiteral("authority: ") +
                     compact(protocol::authorityToJson(compensation.authority())));
        for (const core::Compensation &c : compensation.compensations()) {
            // A record's orderGiven is what the order's other compensations held when the server
            // sent that record; the order's live figure is the line above.
            QJsonObject record = protocol::compensationToJson(c);
            record.remove(QStringLiteral("orderGiven"));
            lines.append(QStringLiteral("compensation: ") + compact(record));
        }
    }
    // The team's opening-line contests and library.
    sync::OpeningLineController &openings = *workspace.openingLines();
    for (const sync::OpeningLineController::Contest &c : openings.contests())
        lines.append(QStringLiteral("contest: %1|%2|%3|%4|%5|%6|%7")
                         .arg(c.id)
                         .arg(c.theme, c.state)
                         .arg(c.startsAtMs)
                         .arg(c.endsAtMs)
                         .arg(c.entries)
                         .arg(c.submitted));
    for (const sync::OpeningLineController::LibraryLine &line : openings.library())
        lines.append(QStringLiteral("library: %1|%2|%3").arg(line.id).arg(line.title).arg(line.adoptedCount));
    // A mentor session the agent is in, and what was whispered in it.
    sync::MenteeSession &mentee = *workspace.mentee();
    if (const auto &session = mentee.session())
        lines.append(QStringLiteral("mentor session: ") + compact(protocol::schema::toJson(*session)));
    for (int row = 0; row < mentee.whispers()->rowCount(); ++row)
        lines.append(QStringLiteral("whisper: ") +
                     compact(protocol::schema::toJson(mentee.whispers()->rows().at(row))));
    for (const protocol::HeldReplyInfo &held : mentee.held()->rows())
        lines.append(QStringLiteral("held: ") + compact(protocol::schema::toJson(held)));
    for (const protocol::FeedbackInfo &feedback : mentee.feedback()->rows())
        lines.append(QStringLiteral("feedback: ") + compact(protocol::schema::toJson(feedback)));
    return lines.join(u'\n');
}

} // namespace

class TestEventSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eventsAfterASnapshotEqualAFreshSnapshot();
    void theRosterFollowsAgentChanged();

private:
    bool open(Desk &desk, const QString &login);
    // Compares the watching desk with a desk that connects now; opens `conversationId` on the
    // fresh desk first when the watching one has it open.
    void verify(Desk &watching, const char *step);
    qint64 lastVisibleSeq(const QString &login, qint64 head);
    test::RawClient *customer(qint64 customerId);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::map<qint64, std::unique_ptr<test::RawClient>> m_customers;
    int m_desks = 0;
};

void TestEventSnapshot::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                             QStringLiteral("--demo-customers"), QStringLiteral("30")},
                            &error),
             qPrintable(error));
}

bool TestEventSnapshot::open(Desk &desk, const QString &login)
{
    desk.login = login;
    desk.outbox = std::make_unique<sync::Outbox>(desk.connection);
    QString error;
    if (!desk.outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)), &error))
        return false;
    // The workspace first, so the snapshot the connection takes is the one it shows.
    desk.workspace = std::make_unique<sync::AgentWorkspace>(desk.connection, *desk.outbox);
    desk.connection.setUrl(m_server.url());
    desk.connection.setStaffCredentials(login, QStringLiteral("demo"));
    desk.connection.setTopics({protocol::topic::conversations});
    desk.connection.open();
    return QTest::qWaitFor([&] { return desk.connection.state() == State::Live; }, 10000);
}

test::RawClient *TestEventSnapshot::customer(qint64 customerId)
{
    auto &client = m_customers[customerId];
    if (!client) {
        client = std::make_unique<test::RawClient>();
        if (!client->connectTo(m_server.url()) || !client->loginCustomer(customerId))
            return nullptr;
    }
    return client.get();
}

qint64 TestEventSnapshot::lastVisibleSeq(const QString &login, qint64 head)
{
    // Read straight from the server's database file (WAL lets a second reader in), with the same
    // rule the server delivers by.
    const QString name = QStringLiteral("eventsnapshot-reader");
    qint64 visible = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_server.databasePath());
        if (db.open()) {
            storage::AccountStore accounts(db);
            storage::EventLog log(db);
            if (const auto agent = accounts.authenticate(login, QStringLiteral("demo"))) {
                const core::StaffScope scope = accounts.scopeOf(*agent);
                for (const storage::StoredEvent &event : log.readAfter(0, 0, 1000000)) {
                    if (event.seq <= head && scope.reaches(event.audience))
                        visible = event.seq;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return visible;
}

void TestEventSnapshot::verify(Desk &watching, const char *step)
{
    Desk fresh;
    // The same person on a second workstation: their authority is part of what must agree.
    QVERIFY2(open(fresh, watching.login), step);
    // The watcher has applied every event meant for it up to the head the fresh snapshot was
    // taken at (others' presence and the like are not for an agent, so it may stop short of head).
    const qint64 head = fresh.connection.lastAppliedSeq();
    const qint64 visible = lastVisibleSeq(watching.login, head);
    QTRY_VERIFY2(watching.connection.lastAppliedSeq() >= visible, step);
    QVERIFY2(watching.connection.lastAppliedSeq() <= head, step);
    // A resolved conversation is in no fresh snapshot, so a fresh desk cannot open it to compare.
    const auto current = watching.workspace->currentConversation();
    const bool withTranscript = current && current->status != core::ConversationStatus::Resolved;
    if (withTranscript) {
        QTRY_VERIFY2(fresh.workspace->conversations()->conversation(current->id).has_value(), step);
        fresh.workspace->openConversation(current->id);
        QVERIFY2(fresh.workspace->currentConversation().has_value(), step);
        QTRY_COMPARE(fresh.workspace->transcript()->rowCount(), watching.workspace->transcript()->rowCount());
        // The compensation dock of the fresh desk loads the same complaint from the server.
        const sync::CompensationController &watched = *watching.workspace->compensation();
        if (watched.state() == sync::CompensationController::State::Ready) {
            sync::CompensationController &loading = *fresh.workspace->compensation();
            QTRY_VERIFY2(loading.state() != sync::CompensationController::State::Loading &&
                             loading.state() != sync::CompensationController::State::NoConversation,
                         step);
            loading.selectComplaint(watched.complaintId());
            QTRY_VERIFY2(loading.state() == sync::CompensationController::State::Ready &&
                             loading.complaintId() == watched.complaintId() && !loading.isBusy(),
                         step);
        }
    }
    QString expected;
    QString seen;
    // The fresh desk's snapshot may still be arriving: wait for the two to agree (a timeout is
    // reported below, with both sides printed).
    (void)QTest::qWaitFor(
        [&] {
            expected = describe(*fresh.workspace, withTranscript);
            seen = describe(*watching.workspace, withTranscript);
            return seen == expected;
        },
        5000);
    if (seen != expected)
        qWarning().noquote() << step << "\nfrom events:\n" << seen << "\nfresh snapshot:\n" << expected;
    QVERIFY2(seen == expected, step);
}

void TestEventSnapshot::eventsAfterASnapshotEqualAFreshSnapshot()
{
    Desk agent; // agent1 watches from before the first action to the end
    QVERIFY(open(agent, QStringLiteral("agent1")));
    verify(agent, "nothing happened yet");

    // conversation.created + message.created: a customer opens a conversation.
    test::RawClient *alice = customer(7);
    QVERIFY(alice);
    const auto written = alice->request(protocol::CustomerMessageRequest::type,
                                        {{QStringLiteral("channel"), QStringLiteral("web")},
                                         {QStringLiteral("text"), QStringLiteral("我的快递三天没动了")}});
    QVERIFY(written);
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    QVERIFY(conversationId > 0);
    verify(agent, "a customer opened a conversation");

    // message.created in an existing conversation.
    QVERIFY(alice->request(protocol::CustomerMessageRequest::type,
                           {{QStringLiteral("channel"), QStringLiteral("web")},
                            {QStringLiteral("text"), QStringLiteral("还在吗？")}}));
    verify(agent, "the customer wrote again");

    // conversation.updated: accepted, then open on the agent's screen.
    QSignalSpy accepted(agent.workspace.get(), &sync::AgentWorkspace::accepted);
    agent.workspace->accept(conversationId);
    QTRY_COMPARE(accepted.size(), 1);
    agent.workspace->openConversation(conversationId);
    QTRY_VERIFY(agent.workspace->canReply());
    verify(agent, "the agent accepted");

    // message.created from the agent, through the outbox.
    QVERIFY(agent.workspace->sendReply(QStringLiteral("您好，我马上帮您查一下物流。")));
    QTRY_COMPARE(agent.outbox->pendingCount(), 0);
    verify(agent, "the agent replied");

    // conversation.updated: the order it is about.
    test::RawClient staff;
    QVERIFY(staff.connectTo(m_server.url()));
    QVERIFY(staff.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    const auto orders = staff.request(protocol::OrdersRequest::type, {{QStringLiteral("customerId"), 7}});
    QVERIFY(orders);
    const QJsonArray items = orders->value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    const qint64 orderId = items.first().toObject().value(QStringLiteral("id")).toInteger();
    agent.workspace->discussOrder(orderId);
    QTRY_COMPARE(agent.workspace->conversations()->conversation(conversationId)->orderId, orderId);
    verify(agent, "the agent named the order");

    // complaint.created in the conversation: the compensation dock picks the complaint up.
    const auto complaint = staff.request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{orderId, QStringLiteral("late_delivery"), conversationId}.toJson());
    QVERIFY(complaint);
    const qint64 complaintId =
        complaint->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    sync::CompensationController &compensation = *agent.workspace->compensation();
    QTRY_VERIFY(compensation.state() != sync::CompensationController::State::Loading &&
                compensation.state() != sync::CompensationController::State::NoConversation);
    compensation.selectComplaint(complaintId);
    QTRY_VERIFY(compensation.state() == sync::CompensationController::State::Ready &&
                compensation.complaintId() == complaintId);
    verify(agent, "a complaint was raised in the conversation");

    // compensation.updated with the agent's authority: a coupon within it, given at once.
    QSignalSpy done(&compensation, &sync::CompensationController::done);
    core::Remedy coupon;
    coupon.kind = core::RemedyKind::Coupon;
    coupon.cost = core::Money::fromMinor(500);
    compensation.decide({coupon}, QStringLiteral("物流慢了，送一张券"));
    QTRY_COMPARE(done.size(), 1);
    QTRY_COMPARE(compensation.compensations().size(), 1);
    verify(agent, "the agent gave a coupon");

    // compensation.updated by someone else: a supervisor's answer to a request above authority.
    core::Remedy refund;
    refund.kind = core::RemedyKind::PartialRefund;
    refund.cost = core::Money::fromMinor(std::min<qint64>(
        compensation.orderRoom().minor(), compensation.authority().perCaseLimit.minor() + 100));
    QVERIFY2(refund.cost.minor() > compensation.authority().perCaseLimit.minor(),
             "the demo order leaves room above the agent's per-case limit");
    compensation.requestApproval({refund}, QStringLiteral("客户等了一周"));
    QTRY_COMPARE(done.size(), 2);
    const qint64 requested = done.last().at(1).value<core::Compensation>().id;
    QVERIFY(requested > 0);
    verify(agent, "the agent asked for approval");
    test::RawClient supervisor;
    QVERIFY(supervisor.connectTo(m_server.url()));
    QVERIFY(supervisor.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    QVERIFY(supervisor.request(protocol::ApproveRequest::type,
                               {{QStringLiteral("compensationId"), requested},
                                {QStringLiteral("comment"), QStringLiteral("同意")}}));
    const auto approved = [&] {
        for (const core::Compensation &c : compensation.compensations()) {
            if (c.id == requested)
                return c.status == core::CompensationStatus::Approved;
        }
        return false;
    };
    QTRY_VERIFY(approved());
    verify(agent, "a supervisor approved it");

    // authority.updated: the supervisor lowers agent1's limits while the dock is open.
    QVERIFY(supervisor.request(
        protocol::AuthoritySetRequest::type,
        protocol::AuthoritySetRequest{agent.connection.principal().agentId.value_or(0), 3000, 20000}
            .toJson()));
    QTRY_COMPARE(compensation.authority().perCaseLimit.minor(), 3000);
    verify(agent, "a supervisor changed the agent's authority");

    // contest.changed: the supervisor opens a contest for the team, around the server's own "now"
    // (as it stamped the conversation's last change), not this machine's clock.
    const qint64 now = agent.workspace->conversations()->conversation(conversationId)->updatedAtMs;
    QVERIFY(now > 0);
    QVERIFY(supervisor.request(
        protocol::ContestCreateRequest::type,
        protocol::ContestCreateRequest{QStringLiteral("雨天开场白"), now - 60000, now + 3600000}.toJson()));
    const auto opened = [&] {
        const auto &contests = agent.workspace->openingLines()->contests();
        return std::any_of(contests.cbegin(), contests.cend(),
                           [](const auto &c) { return c.theme == QStringLiteral("雨天开场白"); });
    };
    QTRY_VERIFY(opened());
    verify(agent, "a supervisor opened a contest");

    // Another customer's conversation is accepted by someone else while agent1 watches.
    test::RawClient *bob = customer(8);
    QVERIFY(bob);
    const auto bobs = bob->request(protocol::CustomerMessageRequest::type,
                                   {{QStringLiteral("channel"), QStringLiteral("app")},
                                    {QStringLiteral("text"), QStringLiteral("Where is my refund?")}});
    QVERIFY(bobs);
    test::RawClient colleague;
    QVERIFY(colleague.connectTo(m_server.url()));
    QVERIFY(colleague.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    QVERIFY(colleague.request(
        protocol::AcceptRequest::type,
        protocol::AcceptRequest{bobs->value(QStringLiteral("conversationId")).toInteger()}.toJson()));
    verify(agent, "a colleague accepted another conversation");

    // conversation.removed then conversation.updated: agent1 passes a third customer to agent2.
    test::RawClient *carol = customer(9);
    QVERIFY(carol);
    const auto carols = carol->request(protocol::CustomerMessageRequest::type,
                                       {{QStringLiteral("channel"), QStringLiteral("wechat")},
                                        {QStringLiteral("text"), QStringLiteral("发票抬头写错了")}});
    QVERIFY(carols);
    const qint64 carolsConversation = carols->value(QStringLiteral("conversationId")).toInteger();
    QVERIFY(
        staff.request(protocol::AcceptRequest::type, protocol::AcceptRequest{carolsConversation}.toJson()));
    const qint64 agent2 = colleague
                              .request(protocol::PresenceSetRequest::type,
                                       protocol::PresenceSetRequest{core::Presence::Available}.toJson())
                              .value_or(QJsonObject())
                              .value(QStringLiteral("agent"))
                              .toObject()
                              .value(QStringLiteral("agentId"))
                              .toInteger();
    QVERIFY(agent2 > 0);
    QVERIFY(staff.request(
        protocol::TransferRequest::type,
        protocol::TransferRequest{carolsConversation, agent2, {}, QStringLiteral("财务组重开发票")}
            .toJson()));
    QTRY_COMPARE(agent.workspace->conversations()->conversation(carolsConversation)->assignedAgentId, agent2);
    verify(agent, "the agent passed a conversation to a colleague");

    // mentor.session and mentor.whisper: a trainer mentors agent1 and whispers about the
    // conversation on screen, then ends the session.
    test::RawClient trainer;
    QVERIFY(trainer.connectTo(m_server.url()));
    const auto trainerIn = trainer.login(QStringLiteral("trainer1"), QStringLiteral("demo"));
    QVERIFY(trainerIn);
    const auto started =
        trainer.request(protocol::MentorStartRequest::type,
                        {{QStringLiteral("menteeId"), agent.connection.principal().agentId.value_or(0)}});
    QVERIFY(started);
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY(agent.workspace->mentee()->session().has_value());
    verify(agent, "a trainer started a mentor session");
    QVERIFY(trainer.request(protocol::MentorWhisperRequest::type,
                            {{QStringLiteral("sessionId"), sessionId},
                             {QStringLiteral("conversationId"), conversationId},
                             {QStringLiteral("body"), QStringLiteral("问问客户方便的收货时间")}}));
    QTRY_COMPARE(agent.workspace->mentee()->whispers()->rowCount(), 1);
    verify(agent, "the trainer whispered");

    // mentor.session (the trainee profile) and mentor.held: the agent's reply waits, then goes out.
    QVERIFY(trainer.request(protocol::MentorProfileRequest::type,
                            protocol::MentorProfileRequest{sessionId, true, 2000, false}.toJson()));
    QTRY_VERIFY(agent.workspace->mentee()->session() && agent.workspace->mentee()->session()->approveReplies);
    verify(agent, "the trainer asked to approve replies");
    agent.workspace->openConversation(conversationId);
    QVERIFY(agent.workspace->sendReply(QStringLiteral("我帮您约明天上午送货，可以吗？")));
    QTRY_COMPARE(agent.workspace->mentee()->held()->rowCount(), 1);
    verify(agent, "a reply waits for the trainer's approval");
    QVERIFY(trainer.request(
        protocol::MentorApproveRequest::type,
        {{QStringLiteral("heldId"), agent.workspace->mentee()->held()->rows().constFirst().id}}));
    QTRY_COMPARE(agent.workspace->mentee()->held()->rowCount(), 0);
    verify(agent, "the trainer approved the reply");
    const auto transcriptOf =
        staff.request(protocol::HistoryRequest::type, {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(transcriptOf);
    QVERIFY(trainer.request(protocol::MentorBookmarkRequest::type,
                            {{QStringLiteral("sessionId"), sessionId},
                             {QStringLiteral("messageId"), transcriptOf->value(QStringLiteral("messages"))
                                                               .toArray()
                                                               .last()
                                                               .toObject()
                                                               .value(QStringLiteral("id"))
                                                               .toInteger()},
                             {QStringLiteral("note"), QStringLiteral("这句很暖")}}));
    QVERIFY(trainer.request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    QTRY_VERIFY(!agent.workspace->mentee()->session().has_value());
    QTRY_COMPARE(agent.workspace->mentee()->feedback()->rowCount(), 1);
    verify(agent, "the trainer ended the session");

    // mentor.reviewed: the rubric reaches the mentee's feedback.
    QVERIFY(trainer.request(
        protocol::MentorReviewRequest::type,
        protocol::MentorReviewRequest{sessionId, 4, 4, 5, 5, QStringLiteral("很好")}.toJson()));
    QTRY_VERIFY(agent.workspace->mentee()->feedback()->rows().constFirst().review.has_value());
    verify(agent, "the trainer reviewed the session");

    // conversation.updated: resolved (it leaves the open list of a fresh snapshot).
    agent.workspace->resolve(conversationId);
    const auto resolved = [&] {
        const auto shown = agent.workspace->conversations()->conversation(conversationId);
        return !shown || shown->status == core::ConversationStatus::Resolved;
    };
    QTRY_VERIFY(resolved());
    verify(agent, "the agent resolved");
}

void TestEventSnapshot::theRosterFollowsAgentChanged()
{
    // agent.changed reaches supervisors: a supervisor's roster built from its first reply plus the
    // events equals the roster a supervisor signing in now reads.
    struct SupervisorDesk
    {
        Desk desk;
        std::unique_ptr<sync::Desk> roles;
    };
    const auto openSupervisor = [this](SupervisorDesk &desk) {
        if (!open(desk.desk, QStringLiteral("supervisor1")))
            return false;
        desk.roles = std::make_unique<sync::Desk>(desk.desk.connection, *desk.desk.outbox);
        return desk.roles->supervision() != nullptr;
    };
    const auto roster = [](sync::Desk &roles) {
        QStringList rows;
        const sync::RosterModel &model = *roles.supervision()->roster();
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int role = sync::RosterModel::AgentIdRole; role <= sync::RosterModel::BudgetMinorRole;
                 ++role) {
                if (role != sync::RosterModel::InStateMsRole) // the time in state grows with the clock
                    cells.append(model.index(row, 0).data(role).toString());
            }
            rows.append(cells.join(u'|'));
        }
        rows.sort();
        return rows.join(u'\n');
    };
    const auto verifyRoster = [&](SupervisorDesk &watching, const char *step) {
        SupervisorDesk fresh;
        QVERIFY2(openSupervisor(fresh), step);
        QTRY_VERIFY2(fresh.roles->supervision()->roster()->rowCount() > 0, step);
        const qint64 visible =
            lastVisibleSeq(QStringLiteral("supervisor1"), fresh.desk.connection.lastAppliedSeq());
        QTRY_VERIFY2(watching.desk.connection.lastAppliedSeq() >= visible, step);
        QString seen;
        QString expected;
        (void)QTest::qWaitFor(
            [&] {
                seen = roster(*watching.roles);
                expected = roster(*fresh.roles);
                return seen == expected;
            },
            5000);
        if (seen != expected)
            qWarning().noquote() << step << "\nfrom events:\n" << seen << "\nfresh:\n" << expected;
        QVERIFY2(seen == expected, step);
    };

    SupervisorDesk watching;
    QVERIFY(openSupervisor(watching));
    QTRY_VERIFY(watching.roles->supervision()->roster()->rowCount() > 0);
    verifyRoster(watching, "the roster as first read");
    if (QTest::currentTestFailed())
        return;

    // agent.changed: agent3 comes online, goes away, comes back and takes a customer.
    test::RawClient agent3;
    QVERIFY(agent3.connectTo(m_server.url()));
    QVERIFY(agent3.login(QStringLiteral("agent3"), QStringLiteral("demo")));
    verifyRoster(watching, "an agent signed in");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(agent3.request(protocol::PresenceSetRequest::type,
                           protocol::PresenceSetRequest{core::Presence::Away}.toJson()));
    verifyRoster(watching, "the agent stepped away");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(agent3.request(protocol::PresenceSetRequest::type,
                           protocol::PresenceSetRequest{core::Presence::Available}.toJson()));
    test::RawClient *dave = customer(10);
    QVERIFY(dave);
    const auto daves =
        dave->request(protocol::CustomerMessageRequest::type,
                      {{QStringLiteral("channel"), QStringLiteral("sms")},
                       {QStringLiteral("text"), QStringLiteral("Can I change the delivery address?")}});
    QVERIFY(daves);
    QVERIFY(agent3.request(
        protocol::AcceptRequest::type,
        protocol::AcceptRequest{daves->value(QStringLiteral("conversationId")).toInteger()}.toJson()));
    verifyRoster(watching, "the agent took a customer");
    if (QTest::currentTestFailed())
        return;
    agent3.socket().close();
    QVERIFY(agent3.waitDisconnected());
    verifyRoster(watching, "the agent's connection closed");
    if (QTest::currentTestFailed())
        return;
}

QTEST_MAIN(TestEventSnapshot)
#include "tst_eventsnapshot.moc"
