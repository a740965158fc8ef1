// bench_retrieval: knowledge-base search latency over 50,000 generated articles, Chinese and
// English, with SQLite FTS5 + BM25 (the same KnowledgeIndex the assistant uses).
//
//   bench_retrieval [--articles N] [--queries N]
//
// Articles are generated from a vocabulary of after-sales topics, so queries share words with
// many of them, as real questions do. The last line is a JSON object.

#include "assist/knowledgeindex.h"
#include "benchstats.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace warmline;
using warmline::bench::percentile;

namespace {

const QStringList zhTopics = {"快递", "物流", "退款", "换货",   "发票", "地址", "取消",
                              "订单", "破损", "质量", "优惠券", "积分", "会员", "账户",
                              "密码", "支付", "保修", "维修",   "配件", "包装"};
const QStringList zhPhrases = {"怎么办",   "多久到账", "如何申请",   "需要什么材料", "可以修改吗",
                               "进度查询", "没有收到", "收到时已经", "规则说明",     "常见问题"};
const QStringList enTopics = {"parcel",  "delivery", "refund",     "replacement", "invoice",
                              "address", "cancel",   "order",      "damaged",     "quality",
                              "coupon",  "points",   "membership", "account",     "password",
                              "payment", "warranty", "repair",     "parts",       "packaging"};
const QStringList enPhrases = {"what to do",        "how long it takes", "how to apply",  "documents needed",
                               "can it be changed", "check the status",  "never arrived", "arrived broken",
                               "the rules",         "common questions"};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles."),
                                            QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries per language."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({articlesOption, queriesOption});
    parser.process(app);
    const int articles = parser.value(articlesOption).toInt();
    const int queries = parser.value(queriesOption).toInt();

    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(dir.filePath(QStringLiteral("kb.sqlite")));
    if (!db.open())
        return 1;
    assist::KnowledgeIndex index(db);
    QString error;
    if (!index.ensureSchema(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator random(77);
    auto pick = [&](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    QElapsedTimer clock;
    clock.start();
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < articles; ++i) {
        const bool zh = i % 2 == 0;
        const QStringList &topics = zh ? zhTopics : enTopics;
        const QStringList &phrases = zh ? zhPhrases : enPhrases;
        QString body;
        for (int s = 0; s < 6; ++s)
            body += QString(pick(topics) + (zh ? QString() : QStringLiteral(" ")) + pick(phrases) +
                            (zh ? QStringLiteral("。") : QStringLiteral(". ")));
        const assist::Article article{0, zh ? QStringLiteral("zh_CN") : QStringLiteral("en"), pick(topics),
                                      pick(topics) + (zh ? QString() : QStringLiteral(" ")) + pick(phrases),
                                      body};
        if (!index.add(article, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    const double indexSeconds = double(clock.elapsed()) / 1000.0;

    std::vector<double> zhLatency, enLatency;
    for (int i = 0; i < queries; ++i) {
        for (bool zh : {true, false}) {
            const QString query =
                zh ? QString(QStringLiteral("我的") + pick(zhTopics) + pick(zhPhrases))
                   : QString(QStringLiteral("my ") + pick(enTopics) + QLatin1Char(' ') + pick(enPhrases));
            clock.start();
            const auto found = index.search(query, 5, zh ? QStringLiteral("zh_CN") : QStringLiteral("en"));
            (zh ? zhLatency : enLatency).push_back(double(clock.nsecsElapsed()) / 1e6);
            if (found.isEmpty()) {
                std::fprintf(stderr, "no result for %s\n", qPrintable(query));
                return 1;
            }
        }
    }
    const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("retrieval")},
                             {QStringLiteral("articles"), articles},
                             {QStringLiteral("index_seconds"), indexSeconds},
                             {QStringLiteral("zh_p50_ms"), percentile(zhLatency, 50)},
                             {QStringLiteral("zh_p99_ms"), percentile(zhLatency, 99)},
                             {QStringLiteral("en_p50_ms"), percentile(enLatency, 50)},
                             {QStringLiteral("en_p99_ms"), percentile(enLatency, 99)}};
    std::printf("knowledge-base search, %d articles (indexed in %.1f s), top 5\n", articles, indexSeconds);
    std::printf("  zh  p50 %.3f ms  p99 %.3f ms\n  en  p50 %.3f ms  p99 %.3f ms\n", percentile(zhLatency, 50),
                percentile(zhLatency, 99), percentile(enLatency, 50), percentile(enLatency, 99));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
