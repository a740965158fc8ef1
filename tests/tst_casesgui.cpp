// The case library on screen: its models under the tester; an agent browses, searches and reads a
// case (in Chinese) from the Case library tab; a trainer promotes a finished conversation from the
// same tab, seeing the transcript masked before it is added; the reply assistant's "Related case"
// line opens the case beside the desk.
#include "protocol/casemessages.h"
#include "protocol/messages.h"
#include "server/warmlineserver.h"
#include "sync/caselibrary.h"
#include "sync/conversationlistmodel.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "sync/suggestioncontroller.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/caselibrarypanel.h"
#include "ui/mainwindow.h"
#include "ui/suggestionspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace warmline;
using test::RawClient;

namespace {

QString titlesIn(const QListView &list)
{
    QStringList titles;
    for (int row = 0; row < list.model()->rowCount(); ++row)
        titles.append(list.model()->index(row, 0).data().toString());
    return titles.join(u'|');
}

} // namespace

class TestCasesGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelsUnderTheTester();
    void anAgentBrowsesSearchesAndReads();
    void aTrainerPromotesAFinishedConversation();
    void theAssistantNamesTheRelatedCase();

private:
    struct Workstation
    {
        sync::ServerConnection connection;
        std::unique_ptr<sync::Outbox> outbox;
        std::unique_ptr<sync::Desk> desk;
        sync::WorkstationSettings settings;
        std::unique_ptr<ui::MainWindow> window;
    };
    std::unique_ptr<Workstation> open(const QString &login);
    // A customer writes, agent1 accepts, answers and resolves; returns the conversation.
    qint64 finishedConversation(qint64 customerId, const QString &text);
    QString customerName(qint64 customerId);

    QTemporaryDir m_dir;
    std::unique_ptr<server::WarmlineServer> m_server;
    int m_stations = 0;
};

void TestCasesGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(test::useInterfaceLanguage(QStringLiteral("zh_CN")));
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("casesgui.sqlite"));
    options.demo = true;
    options.demoData.customers = 80;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.routing = false;
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

std::unique_ptr<TestCasesGui::Workstation> TestCasesGui::open(const QString &login)
{
    auto station = std::make_unique<Workstation>();
    station->outbox = std::make_unique<sync::Outbox>(station->connection);
    QString error;
    if (!station->outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_stations)), &error))
        return nullptr;
    station->connection.setUrl(m_server->url());
    station->connection.setStaffCredentials(login, QStringLiteral("demo"));
    station->connection.setTopics({protocol::topic::conversations});
    station->connection.open();
    if (!QTest::qWaitFor([&] { return station->connection.state() == sync::ServerConnection::State::Live; },
                         10000))
        return nullptr;
    station->desk = std::make_unique<sync::Desk>(station->connection, *station->outbox);
    station->window = std::make_unique<ui::MainWindow>(*station->desk, *station->outbox, station->settings);
    station->window->resize(1280, 800);
    station->window->show();
    if (!QTest::qWaitForWindowExposed(station->window.get()))
        return nullptr;
    return station;
}

QString TestCasesGui::customerName(qint64 customerId)
{
    QSqlQuery query(m_server->database());
    query.prepare(QStringLiteral("SELECT display_name FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 TestCasesGui::finishedConversation(qint64 customerId, const QString &text)
{
    RawClient customer;
    RawClient agent;
    if (!customer.connectTo(m_server->url()) || !customer.loginCustomer(customerId) ||
        !agent.connectTo(m_server->url()) || !agent.login(QStringLiteral("agent1"), QStringLiteral("demo")))
        return 0;
    const auto written = customer.request(
        protocol::CustomerMessageRequest::type,
        {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
    if (!written)
        return 0;
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    const QJsonObject named{{QStringLiteral("conversationId"), conversationId}};
    if (!agent.request(protocol::AcceptRequest::type, named) ||
        !agent.request(
            protocol::ReplyRequest::type,
            {{QStringLiteral("conversationId"), conversationId},
             {QStringLiteral("text"), QStringLiteral("我先给您补发一个，坏的那个不用急着寄回。")}}) ||
        !agent.request(protocol::ResolveRequest::type, named))
        return 0;
    return conversationId;
}

void TestCasesGui::modelsUnderTheTester()
{
    sync::CaseListModel cases;
    QAbstractItemModelTester casesTester(&cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
    protocol::CaseSummaryInfo late{1,
                                   QStringLiteral("快递延误"),
                                   QStringLiteral("客户等了一周"),
                                   {QStringLiteral("late_delivery")},
                                   core::Channel::WeChat,
                                   QStringLiteral("李娜"),
                                   QStringLiteral("刘洋"),
                                   1000,
                                   6};
    protocol::CaseSummaryInfo cracked = late;
    cracked.id = 2;
    cracked.title = QStringLiteral("Cracked screen");
    cases.setCases({late, cracked});
    QCOMPARE(cases.rowCount(), 2);
    QCOMPARE(cases.index(0, 0).data().toString(), QStringLiteral("快递延误"));
    QCOMPARE(cases.index(1, 0).data(sync::CaseListModel::CaseIdRole).toLongLong(), 2);
    QCOMPARE(cases.index(0, 0).data(sync::CaseListModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("late_delivery")});
    cases.setCases({cracked, late}); // a new search orders them differently
    QCOMPARE(cases.index(0, 0).data(sync::CaseListModel::CaseIdRole).toLongLong(), 2);
    cases.setCases({late});
    QCOMPARE(cases.rowCount(), 1);

    sync::CaseCandidateListModel candidates;
    QAbstractItemModelTester candidatesTester(&candidates,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    const protocol::CaseCandidateInfo marked{12,
                                             core::Channel::Web,
                                             QStringLiteral("王芳"),
                                             QStringLiteral("李娜"),
                                             core::ConversationStatus::Assigned,
                                             2,
                                             QStringLiteral("好的"),
                                             1000};
    candidates.setCandidates({marked});
    QCOMPARE(candidates.rowCount(), 1);
    QVERIFY(candidates.index(0, 0).data().toString().startsWith(QStringLiteral("王芳 · 李娜 · ")));
    QCOMPARE(candidates.index(0, 0).data(sync::CaseCandidateListModel::BookmarksRole).toInt(), 2);
    candidates.setCandidates({});
    QCOMPARE(candidates.rowCount(), 0);
}

void TestCasesGui::anAgentBrowsesSearchesAndReads()
{
    auto station = open(QStringLiteral("agent1"));
    QVERIFY(station);
    ui::MainWindow &window = *station->window;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);
    // The agent starts on their desk; the library is the tab beside it.
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    auto *panel = window.findChild<ui::CaseLibraryPanel *>();
    QVERIFY(panel);
    QCOMPARE(tabs->indexOf(panel), 1);
    tabs->setCurrentWidget(panel);
    auto *list = panel->findChild<QListView *>(QStringLiteral("caseList"));
    auto *view = panel->findChild<QTextBrowser *>(QStringLiteral("caseView"));
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    auto *tag = panel->findChild<QComboBox *>(QStringLiteral("caseTag"));
    auto *promote = panel->findChild<QPushButton *>(QStringLiteral("promoteCase"));
    QVERIFY(list && view && search && tag && promote);
    QVERIFY(promote->isHidden()); // agents read; trainers and supervisors promote
    // The demo library: the first case opens by itself, with its masked transcript.
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, 10000);
    QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("经过")));
    QVERIFY(view->toPlainText().contains(QStringLiteral("对话记录")));
    QVERIFY(tag->count() >= 2);

    // Searching in Chinese narrows the list to the delivery case.
    search->setFocus();
    search->insert(QStringLiteral("快递")); // QTest types Latin-1 only
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(list->model()->rowCount() >= 1);
    QTRY_VERIFY2(list->model()->index(0, 0).data().toString().contains(QStringLiteral("快递")),
                 qPrintable(titlesIn(*list)));
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR")) {
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("非标准")));
        window.grab().save(QDir(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR"))
                               .filePath(QStringLiteral("case-library.png")));
    }
    // And in English; a word no case has leaves the list empty.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("damaged"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(list->model()->rowCount() >= 1);
    QTRY_VERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Damaged")));
    search->clear();
    search->insert(QStringLiteral("发票抬头"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(list->model()->rowCount(), 0);
    // A tag alone.
    search->clear();
    const int replacement = tag->findData(QStringLiteral("replacement"));
    QVERIFY(replacement > 0);
    tag->setCurrentIndex(replacement);
    emit tag->activated(replacement);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()
                ->index(0, 0)
                .data(sync::CaseListModel::TagsRole)
                .toStringList()
                .contains(QStringLiteral("replacement")));
}

void TestCasesGui::aTrainerPromotesAFinishedConversation()
{
    const qint64 customerId = 9;
    const QString name = customerName(customerId);
    QVERIFY(!name.isEmpty());
    const qint64 conversationId =
        finishedConversation(customerId, QStringLiteral("我是%1，耳机一边没声音，电话13912345678").arg(name));
    QVERIFY(conversationId > 0);
    auto station = open(QStringLiteral("trainer1"));
    QVERIFY(station);
    ui::MainWindow &window = *station->window;
    auto *panel = window.findChild<ui::CaseLibraryPanel *>();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(panel && tabs);
    tabs->setCurrentWidget(panel);
    auto *promote = panel->findChild<QPushButton *>(QStringLiteral("promoteCase"));
    QVERIFY(promote && promote->isVisible());
    QTest::mouseClick(promote, Qt::LeftButton);
    QPointer<ui::PromoteCaseDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<ui::PromoteCaseDialog *>()) && dialog->isVisible());
    auto *candidates = dialog->findChild<QComboBox *>(QStringLiteral("caseCandidates"));
    QVERIFY(candidates);
    int row = -1;
    QTRY_VERIFY([&] {
        for (int i = 0; i < candidates->count(); ++i) {
            if (candidates->model()
                    ->index(i, 0)
                    .data(sync::CaseCandidateListModel::ConversationIdRole)
                    .toLongLong() == conversationId)
                row = i;
        }
        return row >= 0;
    }());
    candidates->setCurrentIndex(row);
    emit candidates->activated(row);
    auto *preview = dialog->findChild<QTextBrowser *>(QStringLiteral("casePreview"));
    QVERIFY(preview);
    // The transcript as the case will carry it: masked before anyone types a word.
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("【电话】")));
    QVERIFY(!preview->toPlainText().contains(name));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("13912345678")));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    // Typed as an input method commits it (QTest types Latin-1 only).
    dialog->findChild<QLineEdit *>(QStringLiteral("caseTitle"))->insert(QStringLiteral("先补发再退回"));
    for (const char *field : {"caseStory", "caseNonStandard", "caseOutcome", "caseLessons"})
        dialog->findChild<QPlainTextEdit *>(QLatin1StringView(field))
            ->insertPlainText(QStringLiteral("耳机单边无声，先补发"));
    QVERIFY(!ok->isEnabled()); // a tag is still missing
    dialog->findChild<QLineEdit *>(QStringLiteral("caseTags"))->insert(QStringLiteral("售后 Replacement"));
    QCOMPARE(dialog->draft().tags, (QStringList{QStringLiteral("售后"), QStringLiteral("replacement")}));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // The library shows the new case, opened.
    auto *view = panel->findChild<QTextBrowser *>(QStringLiteral("caseView"));
    QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("先补发再退回")));
    QVERIFY(!view->toPlainText().contains(name));
}

void TestCasesGui::theAssistantNamesTheRelatedCase()
{
    auto station = open(QStringLiteral("agent2"));
    QVERIFY(station);
    ui::MainWindow &window = *station->window;
    auto *suggestions = window.findChild<ui::SuggestionsPanel *>();
    QVERIFY(suggestions);
    QCOMPARE(suggestions->relatedCaseText(), QString());
    // A customer writes; the agent takes the conversation, and beside the suggestions for the
    // customer's message one line names the case that matches it.
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()) && customer.loginCustomer(17));
    const QString text = QStringLiteral("耳机一边没声音，能先补发一个吗");
    const auto written = customer.request(
        protocol::CustomerMessageRequest::type,
        {{QStringLiteral("channel"), QStringLiteral("app")}, {QStringLiteral("text"), text}});
    QVERIFY(written);
    const qint64 conversationId = written->value(QStringLiteral("conversationId")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(station->desk->agent().conversations()->conversation(conversationId).has_value(),
                             10000);
    station->desk->agent().accept(conversationId);
    station->desk->agent().openConversation(conversationId);
    sync::SuggestionController *assistant = station->desk->agent().suggestions();
    QTRY_VERIFY_WITH_TIMEOUT(assistant->answeringText() == text, 180000);
    QTRY_VERIFY_WITH_TIMEOUT(suggestions->relatedCaseText().contains(QStringLiteral("先补发再退回")), 10000);
    auto *line = suggestions->findChild<QLabel *>(QStringLiteral("relatedCase"));
    QVERIFY(line && line->isVisible());
    const qint64 caseId = station->desk->cases().related()->id;
    emit line->linkActivated(QString::number(caseId));
    ui::CaseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::CaseDialog *>()) != nullptr);
    auto *view = dialog->findChild<QTextBrowser *>(QStringLiteral("caseView"));
    QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("先补发再退回")));
    dialog->close();
    // The customer's next message is like no case: the line goes.
    QVERIFY(customer.request(protocol::CustomerMessageRequest::type,
                             {{QStringLiteral("channel"), QStringLiteral("app")},
                              {QStringLiteral("text"), QStringLiteral("发票抬头写错了")}}));
    QTRY_COMPARE_WITH_TIMEOUT(suggestions->relatedCaseText(), QString(), 20000);
}

QTEST_MAIN(TestCasesGui)
#include "tst_casesgui.moc"
