// bench_suggest: what one customer message costs the workstation's reply assistant — the intent
// model over every intent, knowledge-base search, past-reply search, ranking and slot filling —
// as SuggestionController does it on the interface thread, and what the bot's turn costs.
//
//   bench_suggest [--rounds N]
//
// Messages are the shipped knowledge base's own utterances (both languages). The last line is a
// JSON object.

#include "assist/replyengine.h"
#include "benchstats.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

using namespace warmline;
using warmline::bench::percentile;
using namespace warmline::assist;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Passes over the utterances."), QStringLiteral("n"),
                                          QStringLiteral("1"));
    parser.addOption(roundsOption);
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QString error;
    auto knowledgeBase = KnowledgeBase::load(KnowledgeBase::defaultPath(), &error);
    if (!knowledgeBase) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    TrainOptions options;
    options.threads = 1; // as the workstation and the server train
    const auto engine = ReplyEngine::build(*knowledgeBase, {}, &error, options);
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double trainSeconds = double(clock.elapsed()) / 1000.0;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    KnowledgeIndex articles(db);
    if (!articles.ensureSchema(&error))
        return 1;
    for (const Article &article : knowledgeBase->articles())
        articles.add(article, &error);

    const SlotValues slotValues{{QStringLiteral("customer_name"), QStringLiteral("王芳")},
                                {QStringLiteral("order_number"), QStringLiteral("WL2026061500000001")},
                                {QStringLiteral("product"), QStringLiteral("空气炸锅")}};
    std::vector<double> suggestLatency, botLatency;
    const QList<LabelledText> messages = knowledgeBase->trainingExamples();
    for (int round = 0; round < rounds; ++round) {
        for (const LabelledText &message : messages) {
            clock.start();
            SuggestionQuery query;
            query.message = message.text;
            query.locale = replyLocale(message.text);
            query.slotValues = slotValues;
            query.articles = articles.search(message.text, 3, query.locale);
            const auto suggestions = engine->suggest(query);
            suggestLatency.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (suggestions.isEmpty()) {
                std::fprintf(stderr, "no suggestion for %s\n", qPrintable(message.text));
                return 1;
            }
            clock.start();
            BotTurn turn;
            turn.message = message.text;
            turn.locale = query.locale;
            turn.slotValues = slotValues;
            decideBotTurn(*engine, turn);
            botLatency.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("suggest")},
                             {QStringLiteral("intents"), knowledgeBase->intents().size()},
                             {QStringLiteral("messages"), qint64(suggestLatency.size())},
                             {QStringLiteral("train_seconds"), trainSeconds},
                             {QStringLiteral("suggest_p50_ms"), percentile(suggestLatency, 50)},
                             {QStringLiteral("suggest_p99_ms"), percentile(suggestLatency, 99)},
                             {QStringLiteral("bot_p50_ms"), percentile(botLatency, 50)},
                             {QStringLiteral("bot_p99_ms"), percentile(botLatency, 99)}};
    std::printf("reply assistant, %lld intents, %zu messages, trained in %.2f s (one thread)\n",
                qint64(knowledgeBase->intents().size()), suggestLatency.size(), trainSeconds);
    std::printf("  suggestions  p50 %.3f ms  p99 %.3f ms\n  bot turn     p50 %.3f ms  p99 %.3f ms\n",
                percentile(suggestLatency, 50), percentile(suggestLatency, 99), percentile(botLatency, 50),
                percentile(botLatency, 99));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
