// bench_demoseed: how long the demo data takes to generate, as warmline-server --demo does it at
// start: a fresh database file, migrated, the demo staff accounts, then seedDemoData().
//
//   bench_demoseed [--customers N] [--runs N] [--warmup N]
//
// Each run seeds a new file; only seedDemoData() is timed. Prints the sizes and median, min and
// max in milliseconds; the last line is a JSON object. Target: well under a second for the
// default 300 customers on a release build.

#include "benchstats.h"
#include "server/demoaccounts.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <vector>

using namespace warmline;
using warmline::bench::percentile;

namespace {

constexpr int targetMs = 1000;

// One seeding into a fresh file; the time taken by seedDemoData() alone, or nullopt (and *error).
std::optional<double> seedOnce(const QString &path, int run, const storage::DemoDataOptions &options,
                               storage::DemoDataReport *report, QString *error)
{
    storage::Database database;
    if (!database.open(path, QStringLiteral("bench_demoseed_%1").arg(run), error) || !database.migrate(error))
        return std::nullopt;
    storage::AccountStore accounts(database.connection());
    if (!server::seedDemoAccounts(accounts, error))
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    const auto seeded = storage::seedDemoData(database.connection(), options, error);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!seeded)
        return std::nullopt;
    *report = *seeded;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("warmline.storage.info=false")); // "migrated …" per run
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers to generate (the demo's 300)."),
                                             QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Unmeasured runs first."),
                                          QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({customersOption, runsOption, warmupOption});
    parser.process(app);
    const int customers = parser.value(customersOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    const int warmup = parser.value(warmupOption).toInt();
    if (customers < 1 || runs < 1 || warmup < 0) {
        std::fprintf(stderr, "--customers and --runs must be positive, --warmup not negative\n");
        return 1;
    }

    storage::DemoDataOptions options;
    options.customers = customers;
    // A fixed "now", so that every run generates the same rows.
    options.nowMs = 1795138200000;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    std::vector<double> samples;
    samples.reserve(size_t(runs));
    storage::DemoDataReport report;
    for (int i = 0; i < warmup + runs; ++i) {
        QString error;
        const auto ms =
            seedOnce(dir.filePath(QStringLiteral("demo-%1.sqlite").arg(i)), i, options, &report, &error);
        if (!ms) {
            std::fprintf(stderr, "run %d: %s\n", i, qPrintable(error));
            return 1;
        }
        if (i >= warmup)
            samples.push_back(*ms);
    }
    std::sort(samples.begin(), samples.end());
    const double median = percentile(samples, 50);
    const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("demo_seed")},
                             {QStringLiteral("customers"), report.customers},
                             {QStringLiteral("orders"), report.orders},
                             {QStringLiteral("messages"), report.messages},
                             {QStringLiteral("runs"), runs},
                             {QStringLiteral("median_ms"), median},
                             {QStringLiteral("min_ms"), samples.front()},
                             {QStringLiteral("max_ms"), samples.back()},
                             {QStringLiteral("target_ms"), targetMs}};
    std::printf(
        "demo data: %lld customers, %lld orders, %lld complaints, %lld conversations, %lld messages\n",
        qlonglong(report.customers), qlonglong(report.orders), qlonglong(report.complaints),
        qlonglong(report.conversations), qlonglong(report.messages));
    std::printf(
        "seedDemoData, %d runs\n  median %.1f ms\n  min    %.1f ms\n  max    %.1f ms\n  target %d ms (%s)\n",
        runs, median, samples.front(), samples.back(), targetMs, median < targetMs ? "met" : "missed");
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
