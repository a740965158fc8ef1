// The reply assistant in the workstation, offscreen, against the embedded backend with its bot:
// a conversation the bot handed over shows why and what is known at the top; suggestions appear
// for the customer's message, Alt+1 puts one into the reply box (never sends it), and what the
// agent then sends is recorded on the server as feedback.

#include "server/embeddedserver.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/suggestioncontroller.h"
#include "sync/vocabularylabels.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/composer.h"
#include "ui/handoffbanner.h"
#include "ui/mainwindow.h"
#include "ui/suggestionspanel.h"

#include <memory>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QStandardPaths>
#include <QTest>

using namespace warmline;

class TestAssistGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void handOffAndSuggestionsInTheWorkstation();
    void cardsStayStillWhileTheAgentWorks();
    void longSuggestionsEndWithAnEllipsis();
    void bannerAndDatesSpeakTheReadersLanguage();
    void cleanupTestCase();

private:
    // A signed-in workstation on the embedded backend; members end in reverse order, window first.
    struct Desk
    {
        sync::ServerConnection connection;
        std::unique_ptr<sync::Outbox> outbox;
        std::unique_ptr<sync::Desk> roles;
        sync::WorkstationSettings settings;
        std::unique_ptr<ui::MainWindow> window;
    };
    bool openDesk(Desk &desk, const QString &login);
    // The customer connects and writes in through the app; the conversation's id, or 0.
    qint64 writeIn(test::RawClient &customer, qint64 customerId, const QString &text);
    QTemporaryDir m_dir;
    server::EmbeddedServer m_embedded;
};

void TestAssistGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.demo = true;
    options.demoData.customers = 30;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.bot = true;
    options.waitForBot = true;
    QString error;
    QVERIFY2(m_embedded.start(options, &error), qPrintable(error));
}

void TestAssistGui::cleanupTestCase()
{
    m_embedded.stop();
}

bool TestAssistGui::openDesk(Desk &desk, const QString &login)
{
    desk.connection.setUrl(m_embedded.url());
    desk.connection.setStaffCredentials(login, QStringLiteral("demo"));
    desk.connection.setTopics({QStringLiteral("conversations")});
    desk.connection.open();
    if (!QTest::qWaitFor([&] { return desk.connection.state() == sync::ServerConnection::State::Live; },
                         20000))
        return false;
    desk.outbox = std::make_unique<sync::Outbox>(desk.connection);
    QString error;
    if (!desk.outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(login)), &error)) {
        qWarning() << error;
        return false;
    }
    desk.roles = std::make_unique<sync::Desk>(desk.connection, *desk.outbox);
    desk.window = std::make_unique<ui::MainWindow>(*desk.roles, *desk.outbox, desk.settings);
    desk.window->resize(1300, 850);
    desk.window->show();
    return QTest::qWaitForWindowExposed(desk.window.get());
}

qint64 TestAssistGui::writeIn(test::RawClient &customer, qint64 customerId, const QString &text)
{
    if (!customer.connectTo(m_embedded.url()) || !customer.loginCustomer(customerId))
        return 0;
    const auto sent = customer.request(
        QStringLiteral("customer.message"),
        {{QStringLiteral("channel"), QStringLiteral("app")}, {QStringLiteral("text"), text}});
    return sent ? sent->value(QStringLiteral("conversationId")).toInteger() : 0;
}

void TestAssistGui::handOffAndSuggestionsInTheWorkstation()
{
    Desk desk;
    QVERIFY(openDesk(desk, QStringLiteral("agent1")));
    sync::ServerConnection &connection = desk.connection;
    sync::AgentWorkspace &workspace = desk.roles->agent();
    ui::MainWindow &window = *desk.window;

    // The customer asks for a person straight away; the bot hands over in one step.
    test::RawClient customer;
    const QString text = QStringLiteral("转人工！我想退货，七天无理由可以退吗");
    const qint64 conversationId = writeIn(customer, 7, text);
    QVERIFY(conversationId > 0);

    auto *waiting = window.findChild<QListView *>(QStringLiteral("waitingList"));
    QVERIFY(waiting);
    QTRY_COMPARE(waiting->model()->rowCount(), 1);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(workspace.currentConversation() && workspace.currentConversation()->id == conversationId);

    auto *banner = window.findChild<ui::HandoffBanner *>(QStringLiteral("handoffBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("asked for a person")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("七天无理由")));

    // Suggestions for the customer's message; the engine trains in the background first.
    auto *panel = window.findChild<ui::SuggestionsPanel *>(QStringLiteral("suggestionsPanel"));
    QVERIFY(panel);
    auto *card = panel->findChild<ui::SuggestionCard *>(QStringLiteral("suggestion1"));
    QVERIFY(card);
    auto *replyBox = window.findChild<ui::Composer *>(QStringLiteral("composer"));
    QVERIFY(replyBox);
    const QPoint replyBoxBefore = replyBox->mapTo(&window, QPoint());
    QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), 60000);
    // The cards take the room kept for them: the reply box stays where the agent's pointer is.
    QCOMPARE(replyBox->mapTo(&window, QPoint()), replyBoxBefore);
    auto *controller = workspace.suggestions(); // the one the window lays out
    QVERIFY(controller);
    QVERIFY(!controller->suggestions().isEmpty());
    QCOMPARE(controller->suggestions().first().intent, QStringLiteral("return_request"));
    const QString templateId = controller->suggestions().first().templateId;
    QVERIFY(!templateId.isEmpty());

    auto *composer = window.findChild<ui::Composer *>(QStringLiteral("composer"));
    QVERIFY(composer);
    QVERIFY(composer->toPlainText().isEmpty());
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(composer->toPlainText(), controller->suggestions().first().text);
    QCOMPARE(composer->toPlainText(), card->text());
    // Inserted, not sent: the transcript still holds only the customer and the bot.
    auto *transcript = window.findChild<QListView *>(QStringLiteral("transcript"));
    QCOMPARE(transcript->model()->rowCount(), 2);

    // The agent fills in what was missing (if anything) and rewords the ending, then sends: "edited"
    // (a suggestion sent whole, even with words around it, counts as "sent").
    QString reply = composer->toPlainText();
    for (const QString &slot : controller->suggestions().first().missingSlots)
        reply.replace(assist::slotMarker(slot, QStringLiteral("zh_CN")), QStringLiteral("WL0001"));
    reply.chop(1);
    composer->setPlainText(reply + QStringLiteral("，祝您生活愉快！"));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(transcript->model()->rowCount(), 3);

    test::RawClient staff;
    QVERIFY(staff.connectTo(m_embedded.url()));
    QVERIFY(staff.login(QStringLiteral("supervisor1"), QStringLiteral("demo")));
    auto editedCount = [&]() -> qint64 {
        const auto state = staff.request(QStringLiteral("assist.state"), {});
        if (!state)
            return -1;
        for (const QJsonValue &value : state->value(QStringLiteral("templates")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == templateId)
                return value.toObject().value(QStringLiteral("edited")).toInteger();
        }
        return 0;
    };
    QTRY_COMPARE(editedCount(), 1);

    // Offline: the suggestions stay and can still be used; what the agent did reaches the server
    // once the connection is back.
    QVERIFY(controller->suggestions().size() >= 2);
    const QString secondTemplate = controller->suggestions().at(1).templateId;
    connection.close();
    QTRY_VERIFY(connection.state() != sync::ServerConnection::State::Live);
    composer->clear();
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(composer->toPlainText(), controller->suggestions().at(1).text);
    auto insertedCount = [&](const QString &id) -> qint64 {
        const auto state = staff.request(QStringLiteral("assist.state"), {});
        if (!state)
            return -1;
        for (const QJsonValue &value : state->value(QStringLiteral("templates")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject().value(QStringLiteral("inserted")).toInteger();
        }
        return 0;
    };
    const qint64 before = insertedCount(secondTemplate);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), sync::ServerConnection::State::Live, 20000);
    QTRY_COMPARE(insertedCount(secondTemplate), before + 1);
}

void TestAssistGui::cardsStayStillWhileTheAgentWorks()
{
    Desk desk;
    QVERIFY(openDesk(desk, QStringLiteral("agent2")));
    sync::ServerConnection &connection = desk.connection;
    sync::AgentWorkspace &workspace = desk.roles->agent();
    ui::MainWindow &window = *desk.window;

    test::RawClient customer;
    const qint64 conversationId = writeIn(customer, 9, QStringLiteral("转人工，我的快递到哪了？"));
    QVERIFY(conversationId > 0);
    auto *waiting = window.findChild<QListView *>(QStringLiteral("waitingList"));
    QTRY_VERIFY(waiting->model()->rowCount() >= 1);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(workspace.currentConversation() && workspace.currentConversation()->id == conversationId);
    auto *panel = window.findChild<ui::SuggestionsPanel *>(QStringLiteral("suggestionsPanel"));
    auto *controller = workspace.suggestions(); // the one the window lays out
    QVERIFY(panel && controller);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->cardText(1).isEmpty(), 60000);
    const QString firstMessage = controller->answeringText();

    // The agent is in the reply box when the customer writes again: the cards stay as they are.
    auto *composer = window.findChild<ui::Composer *>(QStringLiteral("composer"));
    composer->setFocus();
    QTRY_VERIFY(composer->hasFocus());
    const QString reading = panel->cardText(1);
    QVERIFY(customer.request(QStringLiteral("customer.message"),
                             {{QStringLiteral("channel"), QStringLiteral("app")},
                              {QStringLiteral("text"), QStringLiteral("收到的耳机左边没有声音，是坏的")}}));
    QTRY_VERIFY(controller->answeringText() != firstMessage);
    QTRY_VERIFY(panel->hasNewerSuggestions());
    QCOMPARE(panel->cardText(1), reading);
    auto *status = panel->findChild<QLabel *>(QStringLiteral("suggestionsStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("Alt+0")), qPrintable(status->text()));
    // Alt+2 puts in the card the agent was reading, not whatever came since.
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(composer->toPlainText(), reading);
    // Alt+0 shows the newer ones.
    QTest::keyClick(&window, Qt::Key_0, Qt::AltModifier);
    QVERIFY(!panel->hasNewerSuggestions());
    QCOMPARE(panel->cardText(0), controller->suggestions().value(0).text);
    connection.close();
}

void TestAssistGui::longSuggestionsEndWithAnEllipsis()
{
    const QFont font = QApplication::font();
    const QString longText = QStringLiteral("非常抱歉给您带来不便，我们已经记录下您的问题。").repeated(8);
    const QString fitted = ui::SuggestionCard::fitToLines(longText, font, 240, 3);
    QVERIFY(fitted.endsWith(QStringLiteral("…")));
    QVERIFY(fitted.size() < longText.size());
    QVERIFY(longText.startsWith(fitted.chopped(1).left(10)));
    const QString shortText = QStringLiteral("好的，马上为您查询。");
    QCOMPARE(ui::SuggestionCard::fitToLines(shortText, font, 240, 3), shortText);
    const QString english =
        QStringLiteral("I'm so sorry about the wait; let me check the parcel for you. ").repeated(6);
    QVERIFY(ui::SuggestionCard::fitToLines(english, font, 240, 3).endsWith(QStringLiteral("…")));
}

void TestAssistGui::bannerAndDatesSpeakTheReadersLanguage()
{
    // An English customer's hand-off, read by a Chinese-speaking agent and by an English-speaking one.
    core::Handoff handoff;
    handoff.reason = QStringLiteral("asked_for_person");
    handoff.evidence = QStringLiteral("a person please");
    handoff.facts = {{QStringLiteral("order_status"), QStringLiteral("delivered")},
                     {QStringLiteral("delivery_date"), QStringLiteral("4 September 2026")}};
    handoff.summary = QStringLiteral("Customer wrote: \"a person please\"");
    handoff.localized.insert(QStringLiteral("zh_CN"),
                             {{{QStringLiteral("order_status"), QStringLiteral("已签收")},
                               {QStringLiteral("delivery_date"), QStringLiteral("2026年9月4日")}},
                              QStringLiteral("客户说：「a person please」")});
    handoff.localized.insert(QStringLiteral("en"), {handoff.facts, handoff.summary});

    QVERIFY(test::useInterfaceLanguage(QStringLiteral("zh_CN")));
    {
        ui::HandoffBanner banner([](const QString &) { return QString(); });
        banner.showHandoff(handoff);
        QVERIFY2(banner.text().contains(QStringLiteral("已签收")), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(QStringLiteral("2026年9月4日")), qPrintable(banner.text()));
        QVERIFY2(!banner.text().contains(QStringLiteral("delivered")), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(QStringLiteral("客户说")), qPrintable(banner.text()));
        QCOMPARE(sync::dateLabel(QDate(2026, 7, 9)), QStringLiteral("2026年7月9日"));
    }
    QVERIFY(test::useInterfaceLanguage(QStringLiteral("en")));
    {
        ui::HandoffBanner banner([](const QString &) { return QString(); });
        banner.showHandoff(handoff);
        QVERIFY2(banner.text().contains(QStringLiteral("delivered")), qPrintable(banner.text()));
        QVERIFY2(!banner.text().contains(QStringLiteral("已签收")), qPrintable(banner.text()));
        // Not the short US form (7/9/26), and no Chinese date in an English interface.
        QCOMPARE(sync::dateLabel(QDate(2026, 7, 9)), QStringLiteral("9 Jul 2026"));
    }
}

QTEST_MAIN(TestAssistGui)
#include "tst_assistgui.moc"
