// bench_profile: the customer 360 profile at scale.
//
//   bench_profile [--db PATH] [--queries N] [--opens N]
//
// Uses (and, when PATH does not exist yet, first creates with warmline-server --demo) a database
// of 100,000 customers, ~1.2 million orders, ~100,000 complaints, and a customer (id 1) with
// 5,000 orders. Measures:
//   1. server: ProfileStore::profile() for random customers and for the 5,000-order one (p50/p95);
//   2. end to end over loopback to a real warmline-server: from "conversation accepted" to the
//      workstation's profile panel loaded and painted, ordinary and big customer (p50/p95);
//   3. the workstation's resident memory with the big customer open.
// The last line is a JSON object.

#include "benchstats.h"
#include "protocol/messages.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "sync/agentworkspace.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "testsupport.h"
#include "ui/customerprofilepanel.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace warmline;
using warmline::bench::percentile;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool createDatabase(const QString &path)
{
    std::fprintf(stderr, "creating the large dataset in %s (about a minute)…\n", qPrintable(path));
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(WARMLINE_SERVER_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), path,
                  QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                  QStringLiteral("--demo-customers"), QStringLiteral("100000"),
                  QStringLiteral("--demo-orders-per-customer"), QStringLiteral("12"),
                  QStringLiteral("--demo-large-customer-orders"), QStringLiteral("5000")});
    if (!server.waitForStarted())
        return false;
    // The server prints its "listening" line once the data is committed.
    while (server.waitForReadyRead(300000)) {
        if (server.readAll().contains("listening on")) {
            server.kill();
            server.waitForFinished();
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Large dataset (created when missing)."), QStringLiteral("path"),
        QStringLiteral("/tmp/warmline-bench-large.sqlite"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
                                           QStringLiteral("Server-side profile queries."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption opensOption(QStringLiteral("opens"),
                                         QStringLiteral("End-to-end opens per kind."), QStringLiteral("n"),
                                         QStringLiteral("40"));
    parser.addOptions({dbOption, queriesOption, opensOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int queries = parser.value(queriesOption).toInt();
    const int opens = parser.value(opensOption).toInt();
    if (!QFileInfo::exists(path) && !createDatabase(path)) {
        std::fprintf(stderr, "could not create %s\n", qPrintable(path));
        return 1;
    }

    // 1. Server-side query time.
    qint64 customers = 0;
    std::vector<double> ordinaryQuery, bigQuery;
    {
        storage::Database db;
        QString error;
        if (!db.open(path, QStringLiteral("bench"), &error) || !db.migrate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT count(*) FROM customers"));
        count.next();
        customers = count.value(0).toLongLong();
        storage::ProfileStore store(db.connection());
        QRandomGenerator random(42);
        QElapsedTimer clock;
        for (int i = 0; i < queries; ++i) {
            const qint64 id = 2 + random.bounded(customers - 1);
            clock.start();
            const auto profile = store.profile(id, 0);
            ordinaryQuery.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (!profile)
                return 1;
        }
        for (int i = 0; i < std::max(50, queries / 10); ++i) {
            clock.start();
            const auto profile = store.profile(1, 0);
            bigQuery.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (!profile || profile->orderTotal < 5000) {
                std::fprintf(stderr, "customer 1 should have 5,000 orders\n");
                return 1;
            }
        }
    }

    // 2. End to end through a real server and the workstation's own client and panel.
    test::ServerProcess server;
    server.setDatabasePath(path);
    QString error;
    if (!server.start({QStringLiteral("--open-customer-channel")}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sync::ServerConnection connection;
    QTemporaryDir dir;
    sync::Outbox outbox(connection);
    outbox.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error);
    sync::AgentWorkspace workspace(connection, outbox);
    ui::CustomerProfilePanel panel(workspace);
    panel.resize(620, 900);
    panel.show();
    connection.setUrl(server.url());
    connection.setStaffCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    if (!QTest::qWaitFor([&] { return connection.state() == sync::ServerConnection::State::Live; }, 30000)) {
        std::fprintf(stderr, "the workstation never went live\n");
        return 1;
    }
    auto *profile = workspace.profile();
    QRandomGenerator random(7);
    auto openOnce = [&](qint64 customerId) -> double {
        test::RawClient customer;
        if (!customer.connectTo(server.url()) || !customer.loginCustomer(customerId))
            return -1;
        const auto ack = customer.request(protocol::CustomerMessageRequest::type,
                                          {{QStringLiteral("channel"), QStringLiteral("web")},
                                           {QStringLiteral("text"), QStringLiteral("你好，我想问一下订单")}});
        if (!ack)
            return -1;
        const qint64 conversationId = ack->value(QStringLiteral("conversationId")).toInteger();
        if (!QTest::qWaitFor(
                [&] { return workspace.conversations()->conversation(conversationId).has_value(); }, 10000))
            return -1;
        QElapsedTimer clock;
        bool done = false;
        const auto connection =
            QObject::connect(profile, &sync::CustomerProfileController::loaded, &panel, [&] {
                if (profile->customerId() == customerId && profile->hasProfile()) {
                    panel.repaint(); // rendered, not merely scheduled
                    done = true;
                }
            });
        QObject::connect(&workspace, &sync::AgentWorkspace::accepted, &panel, [&](qint64 id) {
            if (id == conversationId)
                clock.start();
        });
        workspace.accept(conversationId);
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            std::fprintf(stderr, "customer %lld: the profile did not load\n",
                         static_cast<long long>(customerId));
        QObject::disconnect(connection);
        const double elapsed = done ? double(clock.nsecsElapsed()) / 1e6 : -1;
        workspace.resolve(conversationId);
        QTest::qWait(150); // an agent's pace, well inside the per-connection request rate
        return elapsed;
    };
    std::vector<double> ordinaryOpen, bigOpen;
    for (int i = 0; i < opens; ++i) {
        const double ordinary = openOnce(2 + random.bounded(customers - 1));
        const double big = openOnce(1);
        if (ordinary < 0 || big < 0) {
            std::fprintf(stderr, "an open did not complete\n");
            return 1;
        }
        ordinaryOpen.push_back(ordinary);
        bigOpen.push_back(big);
    }
    // Where the time goes: the profile round trip alone, over the same loopback socket.
    std::vector<double> bigRoundTrip;
    {
        test::RawClient staff;
        if (!staff.connectTo(server.url()) || !staff.login(QStringLiteral("agent2"), QStringLiteral("demo")))
            return 1;
        for (int i = 0; i < opens; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (!staff.request(protocol::ProfileRequest::type, protocol::ProfileRequest{1, 0}.toJson()))
                return 1;
            bigRoundTrip.push_back(double(clock.nsecsElapsed()) / 1e6);
            QTest::qWait(30);
        }
    }
    // The big customer is still on screen (the last open): scroll a few pages, as an agent would.
    for (int i = 0; i < 5 && profile->orders()->canFetchMore({}); ++i) {
        profile->orders()->fetchMore({});
        if (!QTest::qWaitFor([&] { return !profile->orders()->isFetching(); }, 5000))
            break;
    }
    panel.repaint();
    const qint64 rss = residentKiB();

    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("profile")},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("query_p50_ms"), percentile(ordinaryQuery, 50)},
        {QStringLiteral("query_p95_ms"), percentile(ordinaryQuery, 95)},
        {QStringLiteral("query_big_p50_ms"), percentile(bigQuery, 50)},
        {QStringLiteral("query_big_p95_ms"), percentile(bigQuery, 95)},
        {QStringLiteral("open_p50_ms"), percentile(ordinaryOpen, 50)},
        {QStringLiteral("open_p95_ms"), percentile(ordinaryOpen, 95)},
        {QStringLiteral("open_big_p50_ms"), percentile(bigOpen, 50)},
        {QStringLiteral("open_big_p95_ms"), percentile(bigOpen, 95)},
        {QStringLiteral("roundtrip_big_p50_ms"), percentile(bigRoundTrip, 50)},
        {QStringLiteral("roundtrip_big_p95_ms"), percentile(bigRoundTrip, 95)},
        {QStringLiteral("rss_big_open_mib"), double(rss) / 1024.0},
    };
    std::printf("customer profile, %lld customers\n", static_cast<long long>(customers));
    std::printf("  server query, random customer   p50 %7.3f ms  p95 %7.3f ms  (%d queries)\n",
                percentile(ordinaryQuery, 50), percentile(ordinaryQuery, 95), queries);
    std::printf("  server query, 5,000 orders      p50 %7.3f ms  p95 %7.3f ms\n", percentile(bigQuery, 50),
                percentile(bigQuery, 95));
    std::printf("  accepted -> panel rendered      p50 %7.3f ms  p95 %7.3f ms  (%d opens)\n",
                percentile(ordinaryOpen, 50), percentile(ordinaryOpen, 95), opens);
    std::printf("  same, 5,000-order customer      p50 %7.3f ms  p95 %7.3f ms\n", percentile(bigOpen, 50),
                percentile(bigOpen, 95));
    std::printf("  profile round trip, 5,000 orders p50 %7.3f ms  p95 %7.3f ms\n",
                percentile(bigRoundTrip, 50), percentile(bigRoundTrip, 95));
    std::printf("  workstation RSS, big customer open: %.1f MiB\n", double(rss) / 1024.0);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
