// bench_delivery: how long from a customer sending a message until it is in the agent's
// conversation model, over loopback against a real warmline-server process.
//
//   bench_delivery [--messages N] [--warmup N]
//
// Prints median, p90, p99 and max in milliseconds; the last line is a JSON object.

#include "benchstats.h"
#include "protocol/messages.h"
#include "sync/agentworkspace.h"
#include "sync/conversationlistmodel.h"
#include "sync/outbox.h"
#include "sync/serverconnection.h"
#include "testsupport.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <vector>

using namespace warmline;
using warmline::bench::percentile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Measured messages."),
                                            QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Unmeasured messages first."), QStringLiteral("n"),
                                          QStringLiteral("50"));
    parser.addOptions({messagesOption, warmupOption});
    parser.process(app);
    const int messages = parser.value(messagesOption).toInt();
    const int warmup = parser.value(warmupOption).toInt();

    test::ServerProcess server;
    QString error;
    if (!server.start({QStringLiteral("--demo"), QStringLiteral("--no-simulator"),
                       QStringLiteral("--demo-customers"), QStringLiteral("100")},
                      &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // The agent side is the workstation's own client stack: connection, workspace, model.
    sync::ServerConnection agentConnection;
    QTemporaryDir dir;
    sync::Outbox outbox(agentConnection);
    if (!outbox.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sync::AgentWorkspace workspace(agentConnection, outbox);
    agentConnection.setUrl(server.url());
    agentConnection.setStaffCredentials(QStringLiteral("agent1"), QStringLiteral("demo"));
    agentConnection.setTopics({protocol::topic::conversations});
    agentConnection.open();
    if (!QTest::qWaitFor([&] { return agentConnection.state() == sync::ServerConnection::State::Live; },
                         20000)) {
        std::fprintf(stderr, "agent never went live\n");
        return 1;
    }

    // Many customers, each within the per-connection request rate, as in real traffic.
    constexpr int customerCount = 64;
    std::vector<std::unique_ptr<test::RawClient>> customers;
    for (int i = 0; i < customerCount; ++i) {
        customers.push_back(std::make_unique<test::RawClient>());
        if (!customers.back()->connectTo(server.url()) || !customers.back()->loginCustomer(1 + i)) {
            std::fprintf(stderr, "customer %d could not connect\n", i + 1);
            return 1;
        }
    }

    QString expected;
    QElapsedTimer clock;
    double arrivedAfterMs = -1;
    auto *model = workspace.conversations();
    auto check = [&](const QModelIndex &index) {
        if (!expected.isEmpty() &&
            index.data(sync::ConversationListModel::LastMessageRole).toString() == expected) {
            arrivedAfterMs = double(clock.nsecsElapsed()) / 1e6;
            expected.clear();
        }
    };
    QObject::connect(model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &topLeft) { check(topLeft); });
    QObject::connect(model, &QAbstractItemModel::rowsInserted,
                     [&](const QModelIndex &, int first) { check(model->index(first)); });

    std::vector<double> samples;
    samples.reserve(size_t(messages));
    for (int i = 0; i < warmup + messages; ++i) {
        const QString text = QStringLiteral("bench message %1 请尽快处理").arg(i);
        expected = text;
        arrivedAfterMs = -1;
        clock.start();
        customers[size_t(i % customerCount)]->send(
            QStringLiteral("customer.message"),
            {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
        while (arrivedAfterMs < 0 && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        if (arrivedAfterMs < 0) {
            std::fprintf(stderr, "message %d never reached the agent's model\n", i);
            return 1;
        }
        if (i >= warmup)
            samples.push_back(arrivedAfterMs);
        QTest::qWait(2); // at most ~8 messages per second per customer connection
    }
    std::sort(samples.begin(), samples.end());
    const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("delivery")},
                             {QStringLiteral("messages"), messages},
                             {QStringLiteral("median_ms"), percentile(samples, 50)},
                             {QStringLiteral("p90_ms"), percentile(samples, 90)},
                             {QStringLiteral("p99_ms"), percentile(samples, 99)},
                             {QStringLiteral("max_ms"), samples.back()}};
    std::printf("customer message -> agent model, loopback, %d messages\n", messages);
    std::printf("  median %.3f ms\n  p90    %.3f ms\n  p99    %.3f ms\n  max    %.3f ms\n",
                result.value(QStringLiteral("median_ms")).toDouble(),
                result.value(QStringLiteral("p90_ms")).toDouble(),
                result.value(QStringLiteral("p99_ms")).toDouble(),
                result.value(QStringLiteral("max_ms")).toDouble());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
