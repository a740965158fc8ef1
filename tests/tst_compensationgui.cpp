// The compensation picker and the approvals panel on the offscreen platform, against a real
// warmline-server process: an agent decides within their authority from the keyboard, then asks
// for approval of something bigger; a supervisor's workstation gets the request live and approves
// it; the agent's panel shows the answer as it arrives.

#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/approvalspanel.h"
#include "ui/compensationpanel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace warmline;

namespace {

// Clicks the button whose text starts with `button` in the next modal message box named
// `objectName` (the boxes are modal, so this runs from the event loop they spin), and records
// that it did.
void clickInNextDialog(const QString &objectName, const QString &button, bool *seen)
{
    *seen = false;
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')).startsWith(button)) {
                *seen = true;
                candidate->click();
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

// Lays out `window` now, as the event loop would before its next paint: the pending layout requests
// (which size the widgets), then every item view's delayed item layout (wrapped rows take the new
// width), then the layout requests that this posts in turn.
void layOutNow(QWidget &window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>())
        view->doItemsLayout();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace

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
    sync::Desk desk(connection, outbox);
    sync::AgentWorkspace &workspace = desk.agent();
    sync::WorkstationSettings settings;
    ui::MainWindow window(desk, outbox, settings);
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

    // From the reply box, Tab reaches the suggestion cards and the compensation options.
    {
        auto *composer = window.findChild<QWidget *>(QStringLiteral("composer"));
        auto *firstCard = window.findChild<QWidget *>(QStringLiteral("suggestion1"));
        QVERIFY(composer && firstCard);
        QTRY_VERIFY_WITH_TIMEOUT(firstCard->isVisible(), 60000); // once the engine has trained
        composer->setFocus();
        QTRY_VERIFY(composer->hasFocus());
        bool reachedCard = false;
        bool reachedOption = false;
        for (int i = 0; i < 60 && !(reachedCard && reachedOption); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            const QString name =
                QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
            reachedCard |= name == QLatin1StringView("suggestion1");
            reachedOption |= name.startsWith(QLatin1StringView("optionCheck"));
        }
        QVERIFY(reachedCard);
        QVERIFY(reachedOption);
    }

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
    // A card by its exact title ("Coupon", "Partial refund"): the single remedies.
    auto findCard = [&](const QString &title) -> QCheckBox * {
        for (int i = 0;; ++i) {
            auto *check = panel->findChild<QCheckBox *>(QStringLiteral("optionCheck%1").arg(i));
            if (!check || check->text() == title)
                return check;
        }
    };
    // Guarded: the cards are rebuilt for what is left once the decision is made.
    const QPointer<QCheckBox> small = findCard(QStringLiteral("Coupon"));
    QVERIFY(small);
    small->setFocus();
    QTest::keyClick(small, Qt::Key_Space);
    QVERIFY(small->isChecked());
    // The order's value and what it already got are on screen.
    auto *orderLabel = panel->findChild<QLabel *>(QStringLiteral("orderGivenLabel"));
    QVERIFY(orderLabel);
    QVERIFY2(orderLabel->text().contains(QStringLiteral("nothing given")), qPrintable(orderLabel->text()));

    // An edited amount shows on its card and in the authority mark at once: ¥60 is above the ¥50 case
    // limit, ¥25 within it.
    QWidget *couponCard = small->parentWidget();
    auto *smallCost = couponCard->findChild<QLabel *>(QStringLiteral("optionCost"));
    auto *smallMark = couponCard->findChild<QLabel *>(QStringLiteral("authorityMark"));
    QVERIFY(smallCost && smallMark);
    auto *couponAmount = panel->findChild<QLineEdit *>(QStringLiteral("amount_coupon"));
    QVERIFY(couponAmount);
    couponAmount->selectAll();
    QTest::keyClicks(couponAmount, QStringLiteral("60"));
    QCOMPARE(smallCost->text(), QStringLiteral("¥60.00"));
    QVERIFY2(!smallMark->text().startsWith(QStringLiteral("✓")), qPrintable(smallMark->text()));
    couponAmount->selectAll();
    QTest::keyClicks(couponAmount, QStringLiteral("25"));
    QCOMPARE(smallCost->text(), QStringLiteral("¥25.00"));
    QVERIFY2(smallMark->text().startsWith(QStringLiteral("✓")), qPrintable(smallMark->text()));
    auto *decide = panel->findChild<QPushButton *>(QStringLiteral("decideButton"));
    auto *approval = panel->findChild<QPushButton *>(QStringLiteral("approvalButton"));
    auto *reason = panel->findChild<QLineEdit *>(QStringLiteral("compensationReason"));
    QVERIFY(decide && approval && reason);
    QVERIFY(!decide->isEnabled()); // no reason yet
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Parts missing, a coupon for the trouble"));
    QVERIFY(decide->isEnabled());
    QVERIFY(!approval->isEnabled());
    // Deciding ¥20 or more asks first, since it cannot be undone; Enter confirms.
    bool confirmed = false;
    clickInNextDialog(QStringLiteral("confirmDecision"), QStringLiteral("Give"), &confirmed);
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedbackText().startsWith(QStringLiteral("Effective now")), 10000);
    QVERIFY(confirmed);
    QTRY_VERIFY2(orderLabel->text().contains(QStringLiteral("already given")),
                 qPrintable(orderLabel->text()));
    QTRY_VERIFY(panel->historyText().startsWith(QStringLiteral("<p>Effective: ")));

    // Something above the ¥50 case limit: Decide is off, Ask for approval is on. (A replacement no
    // longer fits: with the coupon it would give more than the order is worth.)
    QTRY_VERIFY(!small || !small->isChecked());
    QCheckBox *big = nullptr;
    QTRY_VERIFY((big = findCard(QStringLiteral("Partial refund"))));
    big->setChecked(true);
    auto *refundAmount = panel->findChild<QLineEdit *>(QStringLiteral("amount_partial_refund"));
    QVERIFY(refundAmount);
    refundAmount->selectAll();
    QTest::keyClicks(refundAmount, QStringLiteral("70"));
    QTest::keyClicks(reason, QStringLiteral("Half the parts missing, customer wants a new one"));
    QVERIFY(!decide->isEnabled());
    QVERIFY(approval->isEnabled());
    QTest::mouseClick(approval, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->feedbackText().startsWith(QStringLiteral("Waiting for a supervisor")),
                             10000);

    // Resolving while the request waits says what becomes of it; keeping it open changes nothing.
    bool warned = false;
    clickInNextDialog(QStringLiteral("confirmResolve"), QStringLiteral("Keep it open"), &warned);
    window.activateWindow(); // the confirmation box had the focus
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(warned);
    QCOMPARE(workspace.currentConversation()->status, core::ConversationStatus::Assigned);

    // The supervisor's workstation has it at once.
    sync::ServerConnection supervisorConnection;
    QVERIFY(connectAs(supervisorConnection, QStringLiteral("supervisor1")));
    sync::Outbox supervisorOutbox(supervisorConnection);
    QVERIFY(supervisorOutbox.open(m_dir.filePath(QStringLiteral("outbox-supervisor.sqlite")), &error));
    sync::Desk supervisorDesk(supervisorConnection, supervisorOutbox);
    QVERIFY(supervisorDesk.supervision());
    {
        // The supervisor's window lays out the approvals their workspace offers.
        ui::MainWindow supervisorWindow(supervisorDesk, supervisorOutbox, settings);
        QVERIFY(supervisorWindow.findChild<QDockWidget *>(QStringLiteral("approvalsDock")));
    }
    ui::ApprovalsPanel approvals(*supervisorDesk.supervision()->approvals());
    approvals.resize(520, 700);
    approvals.show();
    QVERIFY(QTest::qWaitForWindowExposed(&approvals));
    auto *pending = approvals.findChild<QListView *>(QStringLiteral("pendingApprovals"));
    QVERIFY(pending);
    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 1, 10000);
    QVERIFY(pending->model()->index(0, 0).data().toString().contains(QStringLiteral("李娜")));
    // The approver sees the order's value and what it already got.
    auto *detail = approvals.findChild<QLabel *>(QStringLiteral("approvalDetail"));
    QVERIFY(detail);
    QTRY_VERIFY2(detail->text().contains(QStringLiteral("already given or held on it: ¥25.00")),
                 qPrintable(detail->text()));
    auto *approve = approvals.findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *comment = approvals.findChild<QLineEdit *>(QStringLiteral("approvalComment"));
    QTRY_VERIFY(approve->isEnabled());
    QTest::keyClicks(comment, QStringLiteral("Yes, replace it and apologise"));
    QTest::mouseClick(approve, Qt::LeftButton);
    auto *approvalFeedback = approvals.findChild<QLabel *>(QStringLiteral("approvalFeedback"));
    QTRY_VERIFY2_WITH_TIMEOUT(pending->model()->rowCount() == 0, qPrintable(approvalFeedback->text()), 10000);

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
        layOutNow(window);
        layOutNow(approvals);
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
