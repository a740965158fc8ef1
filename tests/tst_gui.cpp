// The workstation's widgets on the offscreen platform against the embedded demo backend:
// sign in, see a customer arrive, accept, reply from the keyboard, and the customer receives it.

#include "core/statistics.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "protocol/profilereplies.h"
#include "server/embeddedserver.h"
#include "sync/conversationlistmodel.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/composer.h"
#include "ui/customerprofilepanel.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/sharebars.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

using namespace warmline;

class TestGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPasswordIsSaidPlainly();
    void mistypedAddressIsRefused();
    void demoStartsWithoutBlockingTheDialog();
    void unreachableServerSaysWhy();
    void signInMnemonicsAreUnique_data();
    void signInMnemonicsAreUnique();
    void acceptAndReplyReachesTheCustomer();
    void cleanupTestCase();

private:
    void startEmbedded(const ui::LoginDialog::EmbeddedStarted &done);
    QTemporaryDir m_dir;
    server::EmbeddedServer m_embedded;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGui::cleanupTestCase()
{
    m_embedded.stop();
}

void TestGui::startEmbedded(const ui::LoginDialog::EmbeddedStarted &done)
{
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.demo = true;
    options.demoData.customers = 40;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.simulator = false; // the test plays the customer itself
    m_embedded.startAsync(options, done);
}

void TestGui::wrongPasswordIsSaidPlainly()
{
    sync::ServerConnection connection;
    ui::LoginDialog login(connection, [this](const auto &done) { startEmbedded(done); });
    login.setServer({});
    login.show();
    login.signIn(QStringLiteral("agent1"), QStringLiteral("not-the-password"));
    auto *message = login.findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Wrong user name or password")), 20000);
    QVERIFY(login.isVisible());
    QVERIFY(login.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());
}

void TestGui::demoStartsWithoutBlockingTheDialog()
{
    // The starter answers only when the test says so: until then the dialog must stay live,
    // show progress, and let the agent cancel.
    sync::ServerConnection connection;
    QList<ui::LoginDialog::EmbeddedStarted> pending;
    auto starter = [&](const ui::LoginDialog::EmbeddedStarted &done) { pending.append(done); };
    {
        ui::LoginDialog login(connection, starter);
        login.setServer({});
        login.show();
        login.signIn(QStringLiteral("agent1"), QStringLiteral("demo")); // returns at once
        QCOMPARE(pending.size(), 1);
        auto *progress = login.findChild<QProgressBar *>();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY(!login.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());
        QVERIFY(login.isVisible());
        if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
            login.grab().save(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR") +
                              QStringLiteral("/demo-starting.png"));
        login.reject();
        // The demo answers after the agent cancelled: nothing happens.
        pending.takeFirst()(QUrl(QStringLiteral("ws://127.0.0.1:9")), {});
        QCOMPARE(connection.state(), sync::ServerConnection::State::Disconnected);
        QCOMPARE(login.result(), int(QDialog::Rejected));
    }
    // Started, then answered: the dialog signs in against the demo it was given.
    ui::LoginDialog login(connection, starter);
    login.setServer({});
    login.show();
    login.signIn(QStringLiteral("agent1"), QStringLiteral("demo"));
    QCOMPARE(pending.size(), 1);
    QString error;
    std::optional<QUrl> url;
    startEmbedded([&](const std::optional<QUrl> &started, const QString &why) {
        url = started;
        error = why;
    });
    QTRY_VERIFY_WITH_TIMEOUT(url || !error.isEmpty(), 20000);
    QVERIFY2(url, qPrintable(error));
    pending.takeFirst()(url, {});
    QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), 20000);
    connection.close();
}

void TestGui::mistypedAddressIsRefused()
{
    sync::ServerConnection connection;
    int demoStarts = 0;
    ui::LoginDialog login(connection, [&](const ui::LoginDialog::EmbeddedStarted &done) {
        ++demoStarts;
        startEmbedded(done);
    });
    login.show();
    login.setServer(QUrl());
    auto *server = login.findChild<QComboBox *>(QStringLiteral("server"));
    QVERIFY(server);
    server->setEditText(QStringLiteral("foo bar"));
    login.signIn(QStringLiteral("agent1"), QStringLiteral("demo"));
    auto *message = login.findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY(message->text().contains(QStringLiteral("is not a server address")));
    QCOMPARE(demoStarts, 0); // never the demo in its place
    QCOMPARE(connection.state(), sync::ServerConnection::State::Disconnected);
    QVERIFY(login.isVisible());
}

void TestGui::unreachableServerSaysWhy()
{
    // A port nobody listens on: take a free one and let it go.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    sync::ServerConnection connection;
    ui::LoginDialog login(connection, [this](const auto &done) { startEmbedded(done); });
    login.show();
    login.setServer(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
    login.signIn(QStringLiteral("agent1"), QStringLiteral("demo"));
    auto *message = login.findChild<QLabel *>(QStringLiteral("message"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Cannot reach")), 10000);
    QVERIFY2(!message->text().contains(QStringLiteral("()")), qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral("（）")), qPrintable(message->text()));
    QCOMPARE(connection.state(), sync::ServerConnection::State::Disconnected);
}

void TestGui::signInMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestGui::signInMnemonicsAreUnique()
{
    QFETCH(QString, language);
    QVERIFY(test::useInterfaceLanguage(language));
    sync::ServerConnection connection;
    ui::LoginDialog login(connection, [this](const auto &done) { startEmbedded(done); });
    QStringList texts;
    for (const QLabel *label : login.findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractButton *button : login.findChildren<QAbstractButton *>())
        texts.append(button->text());
    QMap<QChar, QString> taken;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    int found = 0;
    for (const QString &text : std::as_const(texts)) {
        for (const auto &match : mnemonic.globalMatch(text)) {
            const QChar key = match.captured(1).at(0).toLower();
            QVERIFY2(
                !taken.contains(key),
                qPrintable(QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(key).arg(taken.value(key), text)));
            taken.insert(key, text);
            ++found;
        }
    }
    QVERIFY(found >= 4); // server, user, password, sign in
    QVERIFY(test::useInterfaceLanguage(QStringLiteral("en")));
}

void TestGui::acceptAndReplyReachesTheCustomer()
{
    sync::ServerConnection connection;
    ui::LoginDialog login(connection, [this](const auto &done) { startEmbedded(done); });
    login.setServer({});
    login.show();
    login.signIn(QStringLiteral("agent1"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), 20000);

    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox.sqlite")), &error), qPrintable(error));
    sync::Desk desk(connection, outbox);
    sync::WorkstationSettings settings;
    ui::MainWindow window(desk, outbox, settings);
    window.setBuiltInDemo(true);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(connection.state(), sync::ServerConnection::State::Live);
    // Nobody mistakes the demo for real work.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBadge"))->isVisible());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("demo")), qPrintable(window.windowTitle()));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("Warmline"))); // the platform adds the name
    // A closed dock comes back from the View menu.
    auto *customerDock = window.findChild<QDockWidget *>(QStringLiteral("customerDock"));
    QVERIFY(customerDock);
    customerDock->close();
    QVERIFY(!customerDock->isVisible());
    auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu);
    QVERIFY(viewMenu->actions().contains(customerDock->toggleViewAction()));
    customerDock->toggleViewAction()->trigger();
    QTRY_VERIFY(customerDock->isVisible());
    // An agent's desk has no supervisor's workspace, so the window lays out no approvals.
    QVERIFY(!desk.supervision());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("approvalsDock")));
    // Ctrl+5 says something to an agent too.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("approvals")),
             qPrintable(window.statusBar()->currentMessage()));

    // A customer writes in through the customer channel.
    test::RawClient customer;
    QVERIFY(customer.connectTo(m_embedded.url()));
    const auto principal = customer.loginCustomer(12);
    QVERIFY(principal);
    const QString customerName = principal->value(QStringLiteral("displayName")).toString();
    QVERIFY(customer.subscribe(protocol::topic::mine));
    QVERIFY(customer.request(QStringLiteral("customer.message"),
                             {{QStringLiteral("channel"), QStringLiteral("wechat")},
                              {QStringLiteral("text"), QStringLiteral("我的订单怎么还没到？")}}));

    auto *waiting = window.findChild<QListView *>(QStringLiteral("waitingList"));
    auto *mine = window.findChild<QListView *>(QStringLiteral("mineList"));
    QVERIFY(waiting && mine);
    QTRY_COMPARE(waiting->model()->rowCount(), 1);
    QCOMPARE(waiting->model()->index(0, 0).data(sync::ConversationListModel::CustomerNameRole).toString(),
             customerName);

    // Accept the longest-waiting customer from the keyboard.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(mine->model()->rowCount(), 1);
    QTRY_COMPARE(waiting->model()->rowCount(), 0);
    auto *header = window.findChild<QLabel *>(QStringLiteral("conversationHeader"));
    QTRY_VERIFY(header->text().contains(customerName));
    auto *transcript = window.findChild<QListView *>(QStringLiteral("transcript"));
    QTRY_COMPARE(transcript->model()->rowCount(), 1);

    // The customer's profile is beside the conversation, with the server's numbers.
    auto *panel = window.findChild<ui::CustomerProfilePanel *>(QStringLiteral("customerProfile"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->headerText().contains(customerName));
    test::RawClient staff;
    QVERIFY(staff.connectTo(m_embedded.url()));
    QVERIFY(staff.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    const auto payload =
        staff.request(protocol::ProfileRequest::type, protocol::ProfileRequest{12, 0}.toJson());
    QVERIFY(payload);
    const auto reply = protocol::schema::fromJson<protocol::ProfileReply>(*payload);
    QVERIFY(reply);
    const core::CustomerProfile profile = reply->profile();
    QVERIFY2(panel->headerText().contains(core::formatMoney(profile.header.lifetimeSpend, QLocale())),
             qPrintable(panel->headerText()));
    // The statistics are drawn when the agent opens their tab.
    auto *tabs = panel->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    // Customer 12's focus order has a product, so its card is shown.
    QVERIFY2(profile.product, "the server's profile of customer 12 has no product statistics");
    QTRY_VERIFY(!panel->productCard()->isHidden());
    QVERIFY2(panel->productCard()->numbersText().startsWith(QLocale().toString(profile.product->unitsSold)),
             qPrintable(panel->productCard()->numbersText()));
    const auto shares = core::shares(profile.product->categories);
    QCOMPARE(panel->productCard()->categories()->shares().size(), shares.size());
    auto *orderTable = window.findChild<QTableView *>(QStringLiteral("orderTable"));
    QVERIFY(orderTable);
    QCOMPARE(orderTable->model()->rowCount() > 0, profile.orderTotal > 0);

    auto *composer = window.findChild<ui::Composer *>(QStringLiteral("composer"));
    QVERIFY(composer);
    QTRY_VERIFY(composer->isEnabled());
    composer->setFocus();
    const QString answer = QStringLiteral("Sorry for the wait, I am checking your parcel now.");
    QTest::keyClicks(composer, answer);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(composer->toPlainText().isEmpty());
    QTRY_COMPARE(transcript->model()->rowCount(), 2);

    const auto received = customer.waitEvent(
        [&](const QJsonObject &event) {
            const QJsonObject message =
                event.value(QStringLiteral("payload")).toObject().value(QStringLiteral("message")).toObject();
            return message.value(QStringLiteral("sender")).toString() == QLatin1StringView("agent") &&
                   message.value(QStringLiteral("body")).toString() == answer;
        },
        10000);
    QVERIFY(received);
    QCOMPARE(received->value(QStringLiteral("payload"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("authorName"))
                 .toString(),
             QStringLiteral("李娜"));

    // Resolve from the keyboard: the conversation leaves the list.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(mine->model()->rowCount(), 0);
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR") + QStringLiteral("/gui-test.png"));

    // When the server goes away the desk says that what it shows may be old.
    auto *stale = window.findChild<QLabel *>(QStringLiteral("staleBanner"));
    QVERIFY(stale);
    QVERIFY(!stale->isVisible());
    m_embedded.stop();
    QTRY_VERIFY_WITH_TIMEOUT(stale->isVisible(), 10000);
    QVERIFY(stale->text().contains(QStringLiteral("Not connected since")));
    connection.close();
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
