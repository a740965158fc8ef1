// A transfer carries everything: the agent who receives a conversation has every fact the sender
// had on their desk — transcript, the bot's hand-off, the customer, the order, the complaint and
// its compensation — plus the sender's "why you got this" note, and the customer is never asked
// to repeat. Two real workstation stacks (AgentWorkspace) against a real server with the bot.
#include "protocol/compensationjson.h"
#include "protocol/messages.h"
#include "sync/agentworkspace.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"
#include "ui/transferdialog.h"

#include <memory>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace warmline;
using State = sync::ServerConnection::State;

namespace {

struct Desk
{
    sync::ServerConnection connection;
    std::unique_ptr<sync::Outbox> outbox;
    std::unique_ptr<sync::AgentWorkspace> workspace;
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every fact about the open conversation a desk holds, leaving out only who has it and how it got
// there (assignee, transfer) and the client's own read mark.
QStringList factsOf(sync::AgentWorkspace &workspace)
{
    QStringList facts;
    const auto current = workspace.currentConversation();
    if (!current)
        return facts;
    core::ConversationSummary summary = *current;
    summary.assignedAgentId = 0;
    summary.assignedAgentName.clear();
    summary.assignedAtMs = 0;
    summary.transfer.reset();
    summary.updatedAtMs = 0;
    facts.append(QStringLiteral("conversation: ") + compact(protocol::conversationToJson(summary)));
    const auto *transcript = workspace.transcript();
    for (int row = 0; row < transcript->rowCount(); ++row) {
        const QModelIndex index = transcript->index(row, 0);
        QStringList cells;
        for (int role = sync::TranscriptModel::MessageIdRole; role <= sync::TranscriptModel::FailureRole;
             ++role)
            cells.append(index.data(role).toString());
        facts.append(QStringLiteral("message: ") + cells.join(u'|'));
    }
    const auto *profile = workspace.profile();
    facts.append(QStringLiteral("customer: %1 %2 %3")
                     .arg(profile->customerId())
                     .arg(profile->profile().header.name, profile->profile().header.tier));
    const sync::CompensationController &compensation = *workspace.compensation();
    facts.append(QStringLiteral("complaint: %1 (%2), order %3 of %4, given %5")
                     .arg(compensation.complaintId())
                     .arg(compensation.complaintCategory())
                     .arg(compensation.orderId())
                     .arg(compensation.orderAmount().minor())
                     .arg(compensation.orderGiven().minor()));
    for (const core::Compensation &c : compensation.compensations()) {
        QJsonObject record = protocol::compensationToJson(c);
        record.remove(QStringLiteral("orderGiven")); // as of when the server sent that record
        facts.append(QStringLiteral("compensation: ") + compact(record));
    }
    return facts;
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theReceiverHasEveryFactTheSenderHad();
    void onScreenTheReceiverReadsWhyFirst();

private:
    bool open(Desk &desk, const QString &login);

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    int m_desks = 0;
};

void TestTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(
        m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"), QStringLiteral("--bot"),
                        QStringLiteral("--demo-customers"), QStringLiteral("30")},
                       &error),
        qPrintable(error));
}

bool TestTransfer::open(Desk &desk, const QString &login)
{
    desk.outbox = std::make_unique<sync::Outbox>(desk.connection);
    QString error;
    if (!desk.outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)), &error))
        return false;
    desk.workspace = std::make_unique<sync::AgentWorkspace>(desk.connection, *desk.outbox);
    desk.connection.setUrl(m_server.url());
    desk.connection.setStaffCredentials(login, QStringLiteral("demo"));
    desk.connection.setTopics({protocol::topic::conversations});
    desk.connection.open();
    return QTest::qWaitFor([&] { return desk.connection.state() == State::Live; }, 10000);
}

void TestTransfer::theReceiverHasEveryFactTheSenderHad()
{
    Desk sender;
    Desk receiver;
    QVERIFY(open(sender, QStringLiteral("agent1")));
    QVERIFY(open(receiver, QStringLiteral("agent2")));

    // The customer names an order and asks for a person: the bot hands over with the facts.
    test::RawClient staff;
    QVERIFY(staff.connectTo(m_server.url()));
    QVERIFY(staff.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    const qint64 customerId = 7;
    const auto orders =
        staff.request(protocol::OrdersRequest::type, {{QStringLiteral("customerId"), customerId}});
    QVERIFY(orders);
    const QJsonArray items = orders->value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject order = items.first().toObject();
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();
    test::RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(customerId));
    QVERIFY(customer.subscribe(QStringLiteral("mine")));
    const auto written = customer.request(
        protocol::CustomerMessageRequest::type,
        {{QStringLiteral("channel"), QStringLiteral("web")},
         {QStringLiteral("text"), QStringLiteral("订单%1的杯子碎了，我要找人工")
                                      .arg(order.value(QStringLiteral("orderNo")).toString())}});
    QVERIFY(written);
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    QTRY_VERIFY(sender.workspace->conversations()->conversation(conversationId).has_value() &&
                sender.workspace->conversations()->conversation(conversationId)->handoff.has_value());

    // The sender works the case: accepts, replies, names the order, raises the complaint and
    // gives a coupon within their authority.
    QSignalSpy accepted(sender.workspace.get(), &sync::AgentWorkspace::accepted);
    sender.workspace->accept(conversationId);
    QTRY_COMPARE(accepted.size(), 1);
    QTRY_VERIFY(sender.workspace->canReply());
    QVERIFY(sender.workspace->sendReply(QStringLiteral("非常抱歉！我看到了订单，马上帮您处理。")));
    QTRY_COMPARE(sender.outbox->pendingCount(), 0);
    sender.workspace->discussOrder(orderId);
    QTRY_COMPARE(sender.workspace->currentConversation()->orderId, orderId);
    const auto complaint = staff.request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{orderId, QStringLiteral("damaged_item"), conversationId}.toJson());
    QVERIFY(complaint);
    const qint64 complaintId =
        complaint->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    sync::CompensationController &compensation = *sender.workspace->compensation();
    QTRY_VERIFY(compensation.state() != sync::CompensationController::State::Loading &&
                compensation.state() != sync::CompensationController::State::NoConversation);
    compensation.selectComplaint(complaintId);
    QTRY_VERIFY(compensation.state() == sync::CompensationController::State::Ready &&
                compensation.complaintId() == complaintId);
    QSignalSpy done(&compensation, &sync::CompensationController::done);
    core::Remedy coupon;
    coupon.kind = core::RemedyKind::Coupon;
    coupon.cost = core::Money::fromMinor(1000);
    compensation.decide({coupon}, QStringLiteral("破损，先送一张券"));
    QTRY_COMPARE(done.size(), 1);
    QTRY_COMPARE(compensation.compensations().size(), 1);
    QTRY_VERIFY(sender.workspace->profile()->hasProfile() && !sender.workspace->profile()->isLoading());
    const QStringList before = factsOf(*sender.workspace);
    QVERIFY(before.size() >= 6); // conversation, three messages at least, customer, complaint, coupon

    // The sender passes it on with a note.
    const QString note = QStringLiteral("已送10元券；客户还想换新，请按换货流程处理");
    QSignalSpy transferred(sender.workspace.get(), &sync::AgentWorkspace::transferred);
    QVERIFY(sender.workspace->transferCurrent(receiver.workspace->agentId(), {}, note));
    QTRY_COMPARE(transferred.size(), 1);
    QCOMPARE(transferred.first().at(1).toString(), QStringLiteral("王强"));

    // The receiver's desk lists it as theirs, with the note.
    QTRY_VERIFY(receiver.workspace->conversations()->conversation(conversationId).has_value() &&
                receiver.workspace->conversations()->conversation(conversationId)->assignedAgentId ==
                    receiver.workspace->agentId());
    receiver.workspace->openConversation(conversationId);
    QTRY_VERIFY(receiver.workspace->canReply());
    const auto received = receiver.workspace->currentConversation();
    QVERIFY(received->transfer.has_value());
    QCOMPARE(received->transfer->note, note);
    QCOMPARE(received->transfer->fromAgentName, QStringLiteral("李娜"));
    QCOMPARE(received->handoff, sender.workspace->conversations()->conversation(conversationId)->handoff);
    sync::CompensationController &theirs = *receiver.workspace->compensation();
    QTRY_VERIFY(theirs.state() != sync::CompensationController::State::Loading &&
                theirs.state() != sync::CompensationController::State::NoConversation);
    theirs.selectComplaint(complaintId);
    QTRY_VERIFY(theirs.state() == sync::CompensationController::State::Ready &&
                theirs.complaintId() == complaintId && !theirs.isBusy());
    QTRY_VERIFY(receiver.workspace->profile()->hasProfile() && !receiver.workspace->profile()->isLoading());
    QStringList after;
    (void)QTest::qWaitFor(
        [&] {
            after = factsOf(*receiver.workspace);
            return after == before;
        },
        5000);
    if (after != before)
        qWarning().noquote() << "sender had:\n"
                             << before.join(u'\n') << "\nreceiver has:\n"
                             << after.join(u'\n');
    QCOMPARE(after, before);

    // The receiver carries on without asking again; the sender can no longer reply.
    QVERIFY(!sender.workspace->canReply());
    QVERIFY(receiver.workspace->sendReply(QStringLiteral("您好，我是王强，接着为您办理换新。")));
    QTRY_COMPARE(receiver.outbox->pendingCount(), 0);
    QVERIFY(customer.waitEvent([](const QJsonObject &event) {
        return event.value(QStringLiteral("payload"))
            .toObject()
            .value(QStringLiteral("message"))
            .toObject()
            .value(QStringLiteral("body"))
            .toString()
            .contains(QStringLiteral("王强"));
    }));
}

void TestTransfer::onScreenTheReceiverReadsWhyFirst()
{
    // Two workstations with their windows: agent3 takes the customer routing offers them and
    // passes them to agent4 through the Transfer dialog, from the keyboard.
    struct Workstation
    {
        Desk desk;
        std::unique_ptr<sync::Desk> roles;
        sync::WorkstationSettings settings;
        std::unique_ptr<ui::MainWindow> window;
    };
    Workstation sending;
    Workstation receiving;
    for (auto [station, login] :
         {std::pair{&sending, QStringLiteral("agent3")}, std::pair{&receiving, QStringLiteral("agent4")}}) {
        QVERIFY(open(station->desk, login));
        station->roles = std::make_unique<sync::Desk>(station->desk.connection, *station->desk.outbox);
        station->window =
            std::make_unique<ui::MainWindow>(*station->roles, *station->desk.outbox, station->settings);
        station->window->resize(1280, 800);
        station->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(station->window.get()));
    }
    ui::MainWindow &sender = *sending.window;
    ui::MainWindow &receiver = *receiving.window;
    // agent4 is busy: routing offers the customer to agent3.
    receiving.roles->agent().setPresence(core::Presence::Busy);

    test::RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(9));
    const auto written =
        customer.request(protocol::CustomerMessageRequest::type,
                         {{QStringLiteral("channel"), QStringLiteral("app")},
                          {QStringLiteral("text"), QStringLiteral("我要找人工，发票开错了")}});
    QVERIFY(written);
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    auto *offerBar = sender.findChild<QWidget *>(QStringLiteral("offerBar"));
    QVERIFY(offerBar);
    QTRY_VERIFY(offerBar->isVisible());
    QVERIFY(!receiver.findChild<QWidget *>(QStringLiteral("offerBar"))->isVisible());
    // Ctrl+Shift+N takes what is offered (shortcuts go to the active window).
    sender.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sender));
    QTest::keyClick(&sender, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(sending.roles->agent().canReply());
    QTRY_VERIFY(!offerBar->isVisible());

    // Ctrl+Shift+T opens the dialog; agent4 is listed; a note is required.
    const QString note = QStringLiteral("发票抬头写错了，财务组的陈静来重开");
    bool filled = false;
    bool sentFromKeyboard = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ui::TransferDialog *>(QApplication::activeModalWidget());
        auto *targets = dialog ? dialog->findChild<QListView *>(QStringLiteral("transferTargets")) : nullptr;
        if (!targets || targets->model()->rowCount() == 0)
            return;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (int row = 0; row < targets->model()->rowCount(); ++row) {
            const QModelIndex target = targets->model()->index(row, 0);
            if (target.data().toString().startsWith(QStringLiteral("陈静")))
                targets->setCurrentIndex(target);
        }
        if (!targets->currentIndex().data().toString().startsWith(QStringLiteral("陈静")))
            return;
        answer.stop();
        auto *noteBox = dialog->findChild<QPlainTextEdit *>(QStringLiteral("transferNote"));
        filled = !ok->isEnabled(); // nothing written yet: it cannot be sent
        noteBox->setPlainText(note);
        filled = filled && ok->isEnabled();
        if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
            dialog->grab().save(QDir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"))
                                    .filePath(QStringLiteral("transfer-dialog.png")));
        QTest::keyClick(noteBox, Qt::Key_Return, Qt::ControlModifier);
        // Ctrl+Enter sends; if it did not, the dialog is closed so the failure is reported.
        sentFromKeyboard = dialog->result() == QDialog::Accepted;
        if (!sentFromKeyboard)
            dialog->reject();
    });
    answer.start(20);
    QTest::keyClick(&sender, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!answer.isActive());
    QVERIFY2(filled, "Transfer is enabled only with a colleague chosen and a note written");
    QVERIFY2(sentFromKeyboard, "Ctrl+Enter in the note sends the transfer");
    QTRY_VERIFY(sender.statusBar()->currentMessage().contains(QStringLiteral("陈静")));

    // The receiver sees it among their conversations and reads the note first.
    auto *mine = receiver.findChild<QListView *>(QStringLiteral("mineList"));
    QTRY_COMPARE(mine->model()->rowCount(), 1);
    QCOMPARE(mine->model()->index(0, 0).data(sync::ConversationListModel::IdRole).toLongLong(),
             conversationId);
    receiving.roles->agent().openConversation(conversationId);
    auto *banner = receiver.findChild<QLabel *>(QStringLiteral("transferBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(note) && banner->text().contains(QStringLiteral("Emma Wilson")),
             qPrintable(banner->text()));
    QTRY_VERIFY(receiver.findChild<ui::Composer *>(QStringLiteral("composer"))->isEnabled());
    // The whole note is on screen, not cut off below the first line.
    QTRY_VERIFY(banner->height() >= banner->heightForWidth(banner->width()));
    QTRY_VERIFY(receiver.findChild<QListView *>(QStringLiteral("transcript"))->model()->rowCount() >= 2);
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        receiver.grab().save(QDir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"))
                                 .filePath(QStringLiteral("transfer-received.png")));
}

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
