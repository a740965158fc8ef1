// The compensation picker and the approvals panel on the offscreen platform, against a real
// warmline-server process: an agent decides within their authority from the keyboard, then asks
// for approval of something bigger; a supervisor's workstation gets the request live and approves
// it; the agent's panel shows the answer as it arrives.

#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "sync/agentworkspace.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/approvalspanel.h"
#include "ui/compensationpanel.h"
#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;

class TestCompensationGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void decideThenAskAndSeeTheApprovalArrive();

private:
    bool connectAs(sync::ServerConnection &connection, const QString &login);
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestCompensationGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                             QStringLiteral("--demo-customers"), QStringLiteral("40")},
                            &error),
             qPrintable(error));
}

bool TestCompensationGui::connectAs(sync::ServerConnection &connection, const QString &login)
{
    connection.setUrl(m_server.url());
    connection.setStaffCredentials(login, QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    return QTest::qWaitFor([&] { return connection.state() == sync::ServerConnection::State::Live; }, 20000);
}

void TestCompensationGui::decideThenAskAndSeeTheApprovalArrive()
{
    // A customer whose dearest order is worth ¥100–¥400 and has no complaint yet writes about it: a
    // replacement is then above an agent's ¥50 per case and within a supervisor's ¥500, and the
    // panel first asks for a complaint to be logged.
    test::RawClient staff;
    QVERIFY(staff.connectTo(m_server.url()));
    QVERIFY(staff.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    qint64 customerId = 0;
    core::OrderRow order;
    for (qint64 id = 1; id <= 40 && !customerId; ++id) {
        core::OrderQuery query;
        query.customerId = id;
        query.sort = core::OrderQuery::Sort::Amount;
        query.limit = 1;
        const auto page =
            staff.request(protocol::OrdersRequest::type, protocol::OrdersRequest{query}.toJson());
        QVERIFY(page);
        const auto items = page->value(QStringLiteral("items")).toArray();
        const qint64 amount =
            items.isEmpty() ? 0 : protocol::orderFromJson(items.first().toObject()).amount.minor();
        const int complaints =
            items.isEmpty() ? 0 : protocol::orderFromJson(items.first().toObject()).complaints;
        if (amount >= 10000 && amount <= 40000 && complaints == 0) {
            customerId = id;
            order = protocol::orderFromJson(items.first().toObject());
        }
    }
    QVERIFY(customerId > 0);

    sync::ServerConnection connection;
    QVERIFY(connectAs(connection, QStringLiteral("agent1")));
    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox-agent.sqlite")), &error), qPrintable(error));
    sync::AgentWorkspace workspace(connection, outbox);
    sync::WorkstationSettings settings;
    ui::MainWindow window(workspace, outbox, settings);
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    test::RawClient customer;
    QVERIFY(customer.connectTo(m_server.url()));
    QVERIFY(customer.loginCustomer(customerId));
    const auto opened = customer.request(QStringLiteral("customer.message"),
                                         {{QStringLiteral("channel"), QStringLiteral("wechat")},
                                          {QStringLiteral("text"), QStringLiteral("收到的东西少了配件")},
                                          {QStringLiteral("orderId"), order.id}});
    QVERIFY(opened);
    const qint64 conversationId = opened->value(QStringLiteral("conversationId")).toInteger();

    auto *panel = window.findChild<ui::CompensationPanel *>(QStringLiteral("compensationPanel"));
    QVERIFY(panel);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("compensationDock"));
    QVERIFY(dock);
    // Before a conversation is open the panel says what to do.
    auto *empty = panel->findChild<QLabel *>(QStringLiteral("compensationEmptyState"));
    QVERIFY(empty && !empty->text().isEmpty());

    // Accept from the keyboard; the conversation is linked to the order; a complaint is logged.
    QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("acceptNextAction"))->isEnabled());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(workspace.currentConversation() && workspace.currentConversation()->id == conversationId);
    QTRY_VERIFY(empty->text().contains(QStringLiteral("complaint")));
    QVERIFY(staff.request(
        protocol::ComplaintCreateRequest::type,
        protocol::ComplaintCreateRequest{order.id, QStringLiteral("missing_parts"), conversationId}
            .toJson()));

    // The Ctrl+4 shortcut brings the picker forward.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QCheckBox *>(QStringLiteral("optionCheck0")), 10000);
    QTRY_VERIFY(panel->isVisible());

    // Pick the first option within authority, from the keyboard.
    auto findOption = [&](bool within) -> QCheckBox * {
        for (int i = 0;; ++i) {
            auto *check = panel->findChild<QCheckBox *>(QStringLiteral("optionCheck%1").arg(i));
            if (!check)
                return nullptr;
            auto *mark = check->parentWidget()->findChild<QLabel *>(QStringLiteral("authorityMark"));
            if (mark->text().startsWith(QStringLiteral("✓")) == within)
                return check;
        }
    };
    QCheckBox *small = findOption(true);
    QVERIFY(small);
    small->setFocus();
    QTest::keyClick(small, Qt::Key_Space);
    QVERIFY(small->isChecked());
    auto *decide = panel->findChild<QPushButton *>(QStringLiteral("decideButton"));
    auto *approval = panel->findChild<QPushButton *>(QStringLiteral("approvalButton"));
    auto *reason = panel->findChild<QLineEdit *>(QStringLiteral("compensationReason"));
    QVERIFY(decide && approval && reason);
    QVERIFY(!decide->isEnabled()); // no reason yet
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Parts missing, a coupon for the trouble"));
    QVERIFY(decide->isEnabled());
    QVERIFY(!approval->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedbackText().startsWith(QStringLiteral("Effective now")), 10000);
    QTRY_VERIFY(panel->historyText().startsWith(QStringLiteral("<p>Effective: ")));

    // Something above the ¥50 case limit: Decide is off, Ask for approval is on.
    QTRY_VERIFY(!small->isChecked());
    QCheckBox *big = findOption(false);
    QVERIFY(big);
    big->setChecked(true);
    QTest::keyClicks(reason, QStringLiteral("Half the parts missing, customer wants a new one"));
    QVERIFY(!decide->isEnabled());
    QVERIFY(approval->isEnabled());
    QTest::mouseClick(approval, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedbackText().startsWith(QStringLiteral("Waiting for a supervisor")),
                             10000);

    // The supervisor's workstation has it at once.
    sync::ServerConnection supervisorConnection;
    QVERIFY(connectAs(supervisorConnection, QStringLiteral("supervisor1")));
    sync::Outbox supervisorOutbox(supervisorConnection);
    QVERIFY(supervisorOutbox.open(m_dir.filePath(QStringLiteral("outbox-supervisor.sqlite")), &error));
    sync::AgentWorkspace supervisorWorkspace(supervisorConnection, supervisorOutbox);
    ui::ApprovalsPanel approvals(supervisorWorkspace);
    approvals.resize(520, 700);
    approvals.show();
    QVERIFY(QTest::qWaitForWindowExposed(&approvals));
    auto *pending = approvals.findChild<QListWidget *>(QStringLiteral("pendingApprovals"));
    QTRY_COMPARE_WITH_TIMEOUT(pending->count(), 1, 10000);
    QVERIFY(pending->item(0)->text().contains(QStringLiteral("李娜")));
    auto *approve = approvals.findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *comment = approvals.findChild<QLineEdit *>(QStringLiteral("approvalComment"));
    QTRY_VERIFY(approve->isEnabled());
    QTest::keyClicks(comment, QStringLiteral("Yes, replace it and apologise"));
    QTest::mouseClick(approve, Qt::LeftButton);
    auto *approvalFeedback = approvals.findChild<QLabel *>(QStringLiteral("approvalFeedback"));
    QTRY_VERIFY2_WITH_TIMEOUT(pending->count() == 0, qPrintable(approvalFeedback->text()), 10000);

    // The agent sees the answer arrive.
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedbackText().startsWith(QStringLiteral("Approved by 张敏")), 10000);
    QVERIFY(panel->feedbackText().contains(QStringLiteral("Yes, replace it and apologise")));
    QTRY_VERIFY(panel->historyText().startsWith(QStringLiteral("<p>Approved by 张敏")));

    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR")) {
        const QString dir = qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR");
        // The state an agent sees while the next request waits: one option ticked with a reason.
        if (QCheckBox *next = findOption(true))
            next->setChecked(true);
        reason->setText(QStringLiteral("Parcel crushed; customer keeps the item"));
        QTest::qWait(300); // let the lists lay out their wrapped lines
        window.grab().save(dir + QStringLiteral("/compensation.png"));
        approvals.grab().save(dir + QStringLiteral("/approvals.png"));
    }
    // Like signing out: the connections close (answering what is still pending) while the
    // workspaces that asked are still there.
    supervisorConnection.close();
    connection.close();
}

QTEST_MAIN(TestCompensationGui)
#include "tst_compensationgui.moc"
