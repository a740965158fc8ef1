// The opening-line editor on the offscreen platform against the embedded demo backend: write a
// line with completion of a variable, watch the preview follow, save and activate it, accept a
// customer and find the line rendered for them in the reply box; sending it records a use.

#include "server/embeddedserver.h"
#include "sync/desk.h"
#include "sync/openinglinecontroller.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/composer.h"
#include "ui/contestspanel.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/openinglineeditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace warmline;

class TestOpeningGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editPreviewAcceptAndFindTheLineInTheComposer();
    void judgeScoresAndPublishesFromTheContestsPanel();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    server::EmbeddedServer m_embedded;
};

void TestOpeningGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOpeningGui::cleanupTestCase()
{
    m_embedded.stop();
}

void TestOpeningGui::editPreviewAcceptAndFindTheLineInTheComposer()
{
    sync::ServerConnection connection;
    ui::LoginDialog login(connection, [this](const ui::LoginDialog::EmbeddedStarted &done) {
        server::ServerOptions options;
        options.port = 0;
        options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        options.demo = true;
        options.demoData.customers = 40;
        options.demoData.nowMs = test::kDemoNowMs;
        options.openCustomerChannel = true;
        options.simulator = false;
        m_embedded.startAsync(options, done);
    });
    login.setServer({});
    login.show();
    login.signIn(QStringLiteral("agent1"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), 20000);

    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox.sqlite")), &error), qPrintable(error));
    sync::Desk desk(connection, outbox);
    sync::AgentWorkspace &workspace = desk.agent();
    sync::WorkstationSettings settings;
    ui::MainWindow window(desk, outbox, settings);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(connection.state(), sync::ServerConnection::State::Live);

    // Open the editor from its menu action.
    auto *edit = window.findChild<QAction *>(QStringLiteral("editOpeningLinesAction"));
    QVERIFY(edit);
    edit->trigger();
    auto *editor = window.findChild<ui::OpeningLineEditor *>(QStringLiteral("openingLineEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *source = editor->findChild<ui::TemplateEdit *>(QStringLiteral("openingSource"));
    auto *diagnostics = editor->findChild<QLabel *>(QStringLiteral("openingDiagnostics"));
    QVERIFY(source && diagnostics);

    // Typing after "{" offers the variables; Enter takes the one offered.
    source->setFocus();
    source->setPlainText(QStringLiteral("早上好"));
    source->moveCursor(QTextCursor::End);
    QTest::keyClicks(source, QStringLiteral("{customer_n"));
    QCompleter *completer = source->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("customer_name"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(source->toPlainText(), QStringLiteral("早上好{customer_name}"));
    QVERIFY(!completer->popup()->isVisible());

    // An unknown variable is reported with its position; the preview follows every edit.
    source->moveCursor(QTextCursor::End);
    source->insertPlainText(QStringLiteral("{custmer}"));
    QTRY_VERIFY2(diagnostics->text().contains(QStringLiteral("custmer")), qPrintable(diagnostics->text()));
    QVERIFY2(diagnostics->text().contains(QStringLiteral("character 20")), qPrintable(diagnostics->text()));
    const QString line = QStringLiteral("早上好{customer_name}！我是小李，今天想聊点什么？");
    source->setPlainText(line);
    QTRY_VERIFY2(editor->previewText().contains(QStringLiteral("早上好王芳！我是小李，今天想聊点什么？")),
                 qPrintable(editor->previewText()));
    QVERIFY(editor->previewText().contains(QStringLiteral("早上好陈晓！")));
    QVERIFY(diagnostics->text().isEmpty() || !diagnostics->text().contains(QStringLiteral("Error")));

    // Save it, then use it for chat conversations.
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveOpeningLine"));
    auto *activate = editor->findChild<QPushButton *>(QStringLiteral("activateOpeningLine"));
    auto *list = editor->findChild<QListView *>(QStringLiteral("openingLineList"));
    auto *controller = workspace.openingLines(); // the one the window lays out
    QVERIFY(save && activate && list && controller);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE(controller->lines().size(), 1);
    QTRY_VERIFY(activate->isEnabled());
    activate->click();
    QTRY_VERIFY(controller->activeLine(QStringLiteral("chat")).has_value());
    QCOMPARE(controller->activeLine(QStringLiteral("chat"))->source, line);
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        editor->grab().save(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR") +
                            QStringLiteral("/opening-editor.png"));
    editor->close();
    {
        // Opened again, the editor starts on the agent's line in use.
        ui::OpeningLineEditor again(*controller);
        QCOMPARE(again.selectedLineId(), controller->activeLine(QStringLiteral("chat"))->id);
        QCOMPARE(again.findChild<ui::TemplateEdit *>(QStringLiteral("openingSource"))->toPlainText(), line);
    }

    // A customer writes in; accepting puts the line, rendered for them, into the reply box.
    test::RawClient customer;
    QVERIFY(customer.connectTo(m_embedded.url()));
    const auto principal = customer.loginCustomer(12);
    QVERIFY(principal);
    const QString customerName = principal->value(QStringLiteral("displayName")).toString();
    QVERIFY(customer.subscribe(QStringLiteral("mine")));
    QVERIFY(customer.request(QStringLiteral("customer.message"),
                             {{QStringLiteral("channel"), QStringLiteral("wechat")},
                              {QStringLiteral("text"), QStringLiteral("在吗？我想问问退货")}}));
    auto *waiting = window.findChild<QListView *>(QStringLiteral("waitingList"));
    QTRY_COMPARE(waiting->model()->rowCount(), 1);
    auto *acceptNext = window.findChild<QAction *>(QStringLiteral("acceptNextAction"));
    QVERIFY(acceptNext);
    QTRY_VERIFY(acceptNext->isEnabled());
    acceptNext->trigger();
    auto *composer = window.findChild<ui::Composer *>(QStringLiteral("composer"));
    QVERIFY(composer);
    const QString expected = QStringLiteral("早上好%1！我是小李，今天想聊点什么？").arg(customerName);
    QTRY_COMPARE(composer->toPlainText(), expected);
    QTRY_VERIFY(composer->isEnabled());

    // Nothing was sent by itself; the agent edits and sends, and the server counts a use.
    QCOMPARE(customer.events().size() > 0, true);
    for (const QJsonObject &event : customer.events()) {
        const QJsonObject message =
            event.value(QStringLiteral("payload")).toObject().value(QStringLiteral("message")).toObject();
        QVERIFY(message.value(QStringLiteral("sender")).toString() != QLatin1StringView("agent"));
    }
    composer->setFocus();
    composer->moveCursor(QTextCursor::End);
    QTest::keyClicks(composer, QStringLiteral(" :)"));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(composer->toPlainText().isEmpty());
    QVERIFY(customer.waitEvent(
        [&](const QJsonObject &event) {
            const QJsonObject message =
                event.value(QStringLiteral("payload")).toObject().value(QStringLiteral("message")).toObject();
            return message.value(QStringLiteral("body")).toString() == expected + QStringLiteral(" :)");
        },
        10000));
    controller->reload();
    QTRY_COMPARE(controller->activeLine(QStringLiteral("chat"))->outcomes.uses, qint64(1));

    // The contests dock opens from the menu.
    auto *contests = window.findChild<QAction *>(QStringLiteral("contestsAction"));
    QVERIFY(contests);
    contests->trigger();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("contestsDock"));
    QTRY_VERIFY(dock->isVisible());
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR") +
                           QStringLiteral("/opening-window.png"));
}

// Runs `fill` on the next modal dialog, then accepts it unless told not to (the dialogs are modal).
template<typename Fill>
void whenDialogOpens(Fill fill, bool acceptAfter = true)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, acceptAfter] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            if (acceptAfter)
                dialog->accept();
        }
    });
    timer->start();
}

void TestOpeningGui::judgeScoresAndPublishesFromTheContestsPanel()
{
    QVERIFY(m_embedded.url().isValid());
    // An agent's entry in an open contest, set up over the wire.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto supervisorWire = std::make_unique<test::RawClient>();
    QVERIFY(supervisorWire->connectTo(m_embedded.url()) &&
            supervisorWire->login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    const auto contest = supervisorWire->request(QStringLiteral("contest.create"),
                                                 {{QStringLiteral("theme"), QStringLiteral("雨天的开场白")},
                                                  {QStringLiteral("startsAt"), now - 1000},
                                                  {QStringLiteral("endsAt"), now + 3600000}});
    QVERIFY(contest);
    test::RawClient agent;
    QVERIFY(agent.connectTo(m_embedded.url()) &&
            agent.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    const auto saved =
        agent.request(QStringLiteral("opening.save"),
                      {{QStringLiteral("channelKind"), QStringLiteral("chat")},
                       {QStringLiteral("title"), QStringLiteral("雨天")},
                       {QStringLiteral("source"), QStringLiteral("{greeting}！下雨天还来找我们，辛苦了。")}});
    QVERIFY(saved);
    QVERIFY(agent.request(QStringLiteral("contest.submit"),
                          {{QStringLiteral("contestId"),
                            contest->value(QStringLiteral("contest")).toObject().value(QStringLiteral("id"))},
                           {QStringLiteral("lineId"),
                            saved->value(QStringLiteral("line")).toObject().value(QStringLiteral("id"))}}));

    // The supervisor's workstation.
    sync::ServerConnection connection;
    connection.setUrl(m_embedded.url());
    connection.setStaffCredentials(QStringLiteral("supervisor1"), QStringLiteral("demo"));
    connection.setTopics({QStringLiteral("conversations")});
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), sync::ServerConnection::State::Live, 10000);
    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox-supervisor.sqlite")), &error),
             qPrintable(error));
    sync::Desk desk(connection, outbox);
    sync::WorkstationSettings settings;
    ui::MainWindow window(desk, outbox, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("contestsAction"))->trigger();
    auto *panel = window.findChild<ui::ContestsPanel *>(QStringLiteral("contestsPanel"));
    QVERIFY(panel);
    auto *board = panel->findChild<QTableView *>(QStringLiteral("leaderboard"));
    auto *score = panel->findChild<QPushButton *>(QStringLiteral("scoreEntry"));
    auto *publish = panel->findChild<QPushButton *>(QStringLiteral("publishWinners"));
    auto *status = panel->findChild<QLabel *>(QStringLiteral("contestStatus"));
    QVERIFY(board && score && publish && status);
    QTRY_VERIFY(!score->isHidden());
    const auto cell = [board](int row, int column) {
        return board->model()->index(row, column).data().toString();
    };
    QTRY_COMPARE(board->model()->rowCount(), 1);
    QCOMPARE(cell(0, 1), QStringLiteral("王强"));
    QCOMPARE(cell(0, 0), QStringLiteral("–"));

    // Score the entry through the dialog.
    board->selectRow(0);
    QTRY_VERIFY(score->isEnabled());
    whenDialogOpens([](QDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("warmth"))->setValue(5);
        dialog->findChild<QSpinBox *>(QStringLiteral("clarity"))->setValue(4);
        dialog->findChild<QSpinBox *>(QStringLiteral("fit"))->setValue(3);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(QStringLiteral("体贴"));
    });
    score->click();
    QTRY_COMPARE(cell(0, 0), QStringLiteral("1"));
    QCOMPARE(cell(0, 3), QStringLiteral("1"));
    QCOMPARE(cell(0, 4), QLocale().toString(4.0, 'f', 2));
    // 0.7 · (4 − 1)/4 + 0.3 · 1/2
    QCOMPARE(cell(0, 6), QLocale().toString(0.7 * 0.75 + 0.15, 'f', 3));

    // Publish: the line reaches the team library.
    whenDialogOpens([](QDialog *dialog) {
        if (auto *input = qobject_cast<QInputDialog *>(dialog))
            input->setIntValue(1);
    });
    publish->click();
    QTRY_VERIFY2(status->text().contains(QStringLiteral("1")), qPrintable(status->text()));
    const auto library = agent.request(QStringLiteral("library.list"), {});
    QVERIFY(library);
    QCOMPARE(library->value(QStringLiteral("lines")).toArray().size(), 1);
    QCOMPARE(library->value(QStringLiteral("lines"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("雨天"));
}

QTEST_MAIN(TestOpeningGui)
#include "tst_openinggui.moc"
