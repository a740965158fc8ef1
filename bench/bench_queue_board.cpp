// bench_queue_board: the supervisor's queue board and roster under a busy floor.
//
//   bench_queue_board [--conversations N] [--agents N] [--rate EVENTS_PER_S] [--seconds S]
//
// A real warmline-server process (--demo --no-simulator --no-routing) whose SQLite file is first
// given N waiting conversations (default 2,000) and N agent accounts (default 500) in
// supervisor1's team. The workstation's own stack signs in as supervisor1 (ServerConnection →
// Desk → SupervisorWorkspace → QueueBoard on the offscreen platform). On a second thread, every
// agent signs in over its own socket and then, round-robin, they change presence (busy ↔ away)
// with real presence.set requests at --rate changes a second in total (default 100), for
// --seconds (default 20). Measures, on the GUI thread:
//   - busy: time spent delivering events (QApplication::notify, outermost) per second of the run;
//   - event → repaint: from the moment an agent's request went to its socket until the roster's
//     viewport painted the changed row (rows on screen), p50/p99; and until the model applied
//     the change (every row);
//   - that the models never reset while the events stream in.
// The last line is a JSON object.

#include "benchstats.h"
#include "core/presence.h"
#include "protocol/messages.h"
#include "protocol/supervisionmessages.h"
#include "storage/accountstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/rosterstore.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/queueboardmodel.h"
#include "sync/rostermodel.h"
#include "sync/serverconnection.h"
#include "sync/supervisorworkspace.h"
#include "testsupport.h"
#include "ui/queueboard.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <mutex>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <unordered_map>

using namespace warmline;
using warmline::bench::percentile;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Times every outermost event delivery on the GUI thread: what the thread was busy with.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0 || QThread::currentThread() != thread()) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const qint64 start = nowNs();
        const bool handled = QApplication::notify(receiver, event);
        m_busyNs += nowNs() - start;
        --m_depth;
        return handled;
    }
    qint64 busyNs() const { return m_busyNs; }

private:
    int m_depth = 0;
    qint64 m_busyNs = 0;
};

// When each agent's presence requests went out, oldest first (the agents' thread writes, the GUI
// thread takes them as the changes arrive).
class SendLog
{
public:
    void sent(qint64 agentId, qint64 ns)
    {
        std::lock_guard lock(m_mutex);
        m_sent[agentId].push_back(ns);
    }
    std::optional<qint64> arrived(qint64 agentId)
    {
        std::lock_guard lock(m_mutex);
        auto found = m_sent.find(agentId);
        if (found == m_sent.end() || found->second.empty())
            return std::nullopt;
        const qint64 ns = found->second.front();
        found->second.pop_front();
        return ns;
    }

private:
    std::mutex m_mutex;
    std::unordered_map<qint64, std::deque<qint64>> m_sent;
};

// The agents' side, on its own thread: one socket each, signed in, then presence changes.
class AgentFloor final : public QObject
{
public:
    AgentFloor(QUrl url, QStringList logins, SendLog &log)
        : m_url(std::move(url))
        , m_logins(std::move(logins))
        , m_log(log)
    {
    }
    void signIn()
    {
        for (const QString &login : m_logins) {
            auto client = std::make_unique<test::RawClient>();
            if (!client->connectTo(m_url))
                continue;
            const auto principal = client->login(login, QStringLiteral("demo"));
            if (!principal)
                continue;
            m_ids.push_back(principal->value(QStringLiteral("agentId")).toInteger());
            m_clients.push_back(std::move(client));
        }
        m_signedIn = int(m_clients.size());
    }
    void start(double rate, int seconds)
    {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        const int interval = std::max(1, int(1000.0 / rate));
        const int perTick = std::max(1, int(rate * interval / 1000.0 + 0.5));
        m_total = int(rate * seconds);
        connect(m_timer, &QTimer::timeout, this, [this, perTick] {
            for (int i = 0; i < perTick && m_sentCount < m_total; ++i) {
                const size_t agent = size_t(m_sentCount) % m_clients.size();
                const bool busy = (m_sentCount / m_clients.size()) % 2 == 0;
                m_log.sent(m_ids[agent], nowNs());
                m_clients[agent]->send(
                    protocol::PresenceSetRequest::type,
                    protocol::PresenceSetRequest{busy ? core::Presence::Busy : core::Presence::Away}
                        .toJson());
                ++m_sentCount;
            }
            if (m_sentCount >= m_total)
                m_timer->stop();
        });
        m_timer->start(interval);
    }
    // On the floor's thread: the sockets close where they live.
    void stop()
    {
        delete m_timer;
        m_timer = nullptr;
        m_clients.clear();
    }
    int signedIn() const { return m_signedIn; }
    int sentCount() const { return m_sentCount; }

private:
    QUrl m_url;
    QStringList m_logins;
    SendLog &m_log;
    std::vector<std::unique_ptr<test::RawClient>> m_clients;
    std::vector<qint64> m_ids;
    QTimer *m_timer = nullptr;
    std::atomic<int> m_signedIn = 0;
    std::atomic<int> m_sentCount = 0;
    int m_total = 0;
};

bool seed(const QString &path, int conversations, int agents, QString *error)
{
    storage::Database db;
    if (!db.open(path, QStringLiteral("bench-seed"), error))
        return false;
    QSqlDatabase &connection = db.connection();
    storage::AccountStore accounts(connection);
    const auto lead = accounts.authenticate(QStringLiteral("agent1"), QStringLiteral("demo"));
    if (!lead) {
        *error = QStringLiteral("no agent1 in the demo data");
        return false;
    }
    connection.transaction();
    for (int i = 1; i <= agents; ++i) {
        if (!accounts.createAgent(QStringLiteral("bench%1").arg(i), QStringLiteral("坐席 %1").arg(i),
                                  core::Role::Agent, lead->teamId, QStringLiteral("demo"), error,
                                  storage::AccountStore::PasswordWork::PublicPassword))
            return false;
    }
    storage::ConversationStore store(connection);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < conversations; ++i) {
        // Spread over the last five minutes, so every SLA colour is on the board.
        if (!store.create(1 + i % 200, core::allChannels[i % 5], core::ConversationStatus::Queued,
                          now - qint64(i) * 300'000 / conversations)) {
            *error = QStringLiteral("could not create conversation %1").arg(i);
            return false;
        }
    }
    return connection.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Waiting conversations."),
                                                 QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agent accounts."),
                                          QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Presence changes per second, in total."),
                                        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the changes go on."), QStringLiteral("S"),
                                           QStringLiteral("20"));
    parser.addOptions({conversationsOption, agentsOption, rateOption, secondsOption});
    parser.addHelpOption();
    parser.process(app);
    const int conversations = parser.value(conversationsOption).toInt();
    const int agents = parser.value(agentsOption).toInt();
    const double rate = parser.value(rateOption).toDouble();
    const int seconds = parser.value(secondsOption).toInt();

    // The server's database: demo data first (the server only seeds an empty file), then the
    // floor's conversations and accounts, then the server again on the same file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.sqlite"));
    QString error;
    {
        test::ServerProcess first;
        first.setDatabasePath(path);
        if (!first.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                          QStringLiteral("--demo-customers"), QStringLiteral("200")},
                         &error)) {
            std::fprintf(stderr, "server: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!seed(path, conversations, agents, &error)) {
        std::fprintf(stderr, "seeding: %s\n", qPrintable(error));
        return 1;
    }
    test::ServerProcess server;
    server.setDatabasePath(path);
    if (!server.start({QStringLiteral("--no-simulator"), QStringLiteral("--no-routing")}, &error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }

    // The supervisor's workstation.
    sync::ServerConnection connection;
    connection.setUrl(server.url());
    connection.setStaffCredentials(QStringLiteral("supervisor1"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    const qint64 openedNs = nowNs();
    connection.open();
    if (!QTest::qWaitFor([&] { return connection.state() == sync::ServerConnection::State::Live; }, 30000)) {
        std::fprintf(stderr, "supervisor1 did not get live\n");
        return 1;
    }
    sync::Outbox outbox(connection);
    if (!outbox.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error)) {
        std::fprintf(stderr, "outbox: %s\n", qPrintable(error));
        return 1;
    }
    sync::Desk desk(connection, outbox);
    sync::SupervisorWorkspace *supervision = desk.supervision();
    ui::QueueBoard board(*supervision);
    board.resize(1366, 768);
    board.show();
    if (!QTest::qWaitForWindowExposed(&board))
        return 1;
    sync::QueueBoardModel *boardModel = supervision->board();
    sync::RosterModel *roster = supervision->roster();
    auto boardRows = [&] {
        int rows = 0;
        for (int q = 0; q < boardModel->rowCount(); ++q) {
            const QModelIndex queue = boardModel->index(q, 0);
            for (int c = 0; c < boardModel->rowCount(queue); ++c)
                rows += boardModel->rowCount(boardModel->index(c, 0, queue));
        }
        return rows;
    };
    if (!QTest::qWaitFor([&] { return boardRows() >= conversations && roster->rowCount() >= agents; },
                         60000)) {
        std::fprintf(stderr, "the board has %d conversations and the roster %d agents\n", boardRows(),
                     roster->rowCount());
        return 1;
    }
    const double loadMs = double(nowNs() - openedNs) / 1e6;
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR"))
        board.grab().save(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR") +
                          QStringLiteral("/queueboard-loaded.png"));

    // The agents sign in on their own thread.
    QStringList logins;
    for (int i = 1; i <= agents; ++i)
        logins << QStringLiteral("bench%1").arg(i);
    SendLog log;
    QThread floorThread;
    AgentFloor floor(server.url(), logins, log);
    floor.moveToThread(&floorThread);
    floorThread.start();
    QMetaObject::invokeMethod(&floor, &AgentFloor::signIn, Qt::QueuedConnection);
    if (!QTest::qWaitFor([&] { return floor.signedIn() == agents; }, 300000)) {
        std::fprintf(stderr, "only %d agents signed in\n", floor.signedIn());
        return 1;
    }
    // Their sign-ins' own agent.changed events settle before the clock starts.
    QTest::qWait(1500);

    auto *rosterView = board.findChild<QTableView *>(QStringLiteral("roster"));
    auto *rosterProxy = qobject_cast<QAbstractProxyModel *>(rosterView->model());
    std::vector<double> appliedMs;
    std::vector<double> repaintMs;
    std::vector<qint64> awaitingPaint;
    int resets = 0;
    QObject::connect(roster, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(boardModel, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(roster, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &to, const QList<int> &) {
                         if (from.row() != to.row())
                             return; // the clock's tick over every row
                         const auto sent =
                             log.arrived(from.data(sync::RosterModel::AgentIdRole).toLongLong());
                         if (!sent)
                             return;
                         const qint64 now = nowNs();
                         appliedMs.push_back(double(now - *sent) / 1e6);
                         // The view's proxy was connected first: the row is already where it sorts to.
                         const QModelIndex shown = rosterProxy->mapFromSource(from);
                         if (rosterView->visualRect(shown).intersects(rosterView->viewport()->rect()))
                             awaitingPaint.push_back(*sent);
                     });
    struct PaintWatch final : QObject
    {
        std::function<void()> painted;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted();
            return false;
        }
    } watch;
    watch.painted = [&] {
        const qint64 now = nowNs();
        for (qint64 sent : awaitingPaint)
            repaintMs.push_back(double(now - sent) / 1e6);
        awaitingPaint.clear();
    };
    rosterView->viewport()->installEventFilter(&watch);

    const qint64 busyBefore = app.busyNs();
    const qint64 startNs = nowNs();
    QMetaObject::invokeMethod(
        &floor, [&] { floor.start(rate, seconds); }, Qt::QueuedConnection);
    const int expected = int(rate * seconds);
    if (!QTest::qWaitFor([&] { return int(appliedMs.size()) >= expected; }, (seconds + 30) * 1000))
        std::fprintf(stderr, "only %zu of %d changes arrived\n", appliedMs.size(), expected);
    // Let the last repaints land.
    QTest::qWait(200);
    const double elapsedS = double(nowNs() - startNs) / 1e9;
    const double busyPercent = 100.0 * double(app.busyNs() - busyBefore) / 1e9 / elapsedS;
    QMetaObject::invokeMethod(&floor, &AgentFloor::stop, Qt::BlockingQueuedConnection);
    floorThread.quit();
    floorThread.wait();

    const double repaintP50 = percentile(repaintMs, 50);
    const double repaintP99 = percentile(repaintMs, 99);
    const double appliedP50 = percentile(appliedMs, 50);
    const double appliedP99 = percentile(appliedMs, 99);
    std::printf("queue board: %d waiting conversations, %d agents, %.0f presence changes/s for %d s\n",
                boardRows(), roster->rowCount(), rate, seconds);
    std::printf("  first load (sign-in to %d rows on the board): %.0f ms\n", conversations, loadMs);
    std::printf("  changes sent %d, applied %zu, repainted on screen %zu, model resets %d\n",
                floor.sentCount(), appliedMs.size(), repaintMs.size(), resets);
    std::printf("  GUI thread busy: %.1f %% of %.1f s\n", busyPercent, elapsedS);
    std::printf("  event -> model applied: p50 %.2f ms, p99 %.2f ms\n", appliedP50, appliedP99);
    std::printf("  event -> repaint: p50 %.2f ms, p99 %.2f ms (targets: busy <= 25 %%, p99 <= 50 ms)\n",
                repaintP50, repaintP99);
    const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("queue_board")},
                             {QStringLiteral("conversations"), boardRows()},
                             {QStringLiteral("agents"), roster->rowCount()},
                             {QStringLiteral("rate"), rate},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("firstLoadMs"), loadMs},
                             {QStringLiteral("sent"), floor.sentCount()},
                             {QStringLiteral("applied"), int(appliedMs.size())},
                             {QStringLiteral("repainted"), int(repaintMs.size())},
                             {QStringLiteral("resets"), resets},
                             {QStringLiteral("busyPercent"), busyPercent},
                             {QStringLiteral("appliedP50Ms"), appliedP50},
                             {QStringLiteral("appliedP99Ms"), appliedP99},
                             {QStringLiteral("repaintP50Ms"), repaintP50},
                             {QStringLiteral("repaintP99Ms"), repaintP99}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    connection.close();
    return 0;
}
