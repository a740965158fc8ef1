// assist_eval: trains the intent classifier and measures it on held-out data.
//
//   assist_eval --train A.csv --test B.csv
//   assist_eval --split data.csv [--test-fraction 0.2] [--seed 1]
//
// Both files have a `text,category` header. Prints accuracy, top-3 accuracy, macro-F1, training
// time, model size and per-query latency; the last line is a JSON object with the same figures.
// The tuning options (--solver, --c, --min-df, ...) exist to compare settings on the same split.

#include "assist/intentmodel.h"
#include "benchstats.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <vector>

using namespace warmline::assist;
using warmline::bench::percentile;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "assist_eval: %s\n", qPrintable(message));
    std::exit(1);
}

// Parses "a-b" (or a single number) into an inclusive range.
void parseRange(const QString &text, int &low, int &high)
{
    const QStringList parts = text.split(u'-');
    bool okLow = false, okHigh = false;
    low = parts.value(0).toInt(&okLow);
    high = parts.size() > 1 ? parts.value(1).toInt(&okHigh) : low;
    if (parts.size() == 1)
        okHigh = okLow;
    if (!okLow || !okHigh || parts.size() > 2)
        die(QStringLiteral("bad range %1 (expected N or N-M)").arg(text));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains and evaluates the intent classifier."));
    parser.addHelpOption();
    const QCommandLineOption trainOption(QStringLiteral("train"), QStringLiteral("Training CSV."),
                                         QStringLiteral("file"));
    const QCommandLineOption testOption(QStringLiteral("test"), QStringLiteral("Test CSV."),
                                        QStringLiteral("file"));
    const QCommandLineOption splitOption(QStringLiteral("split"),
                                         QStringLiteral("One CSV to split into training and test data."),
                                         QStringLiteral("file"));
    const QCommandLineOption fractionOption(QStringLiteral("test-fraction"),
                                            QStringLiteral("Share of each label held out (default 0.2)."),
                                            QStringLiteral("x"), QStringLiteral("0.2"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Split seed (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption solverOption(QStringLiteral("solver"),
                                          QStringLiteral("lr, svm or cs (default lr)."),
                                          QStringLiteral("name"), QStringLiteral("lr"));
    const QCommandLineOption cOption(QStringLiteral("c"), QStringLiteral("Regularisation parameter C."),
                                     QStringLiteral("x"));
    const QCommandLineOption epsOption(QStringLiteral("eps"), QStringLiteral("Stopping tolerance."),
                                       QStringLiteral("x"));
    const QCommandLineOption minDfOption(QStringLiteral("min-df"),
                                         QStringLiteral("Minimum document frequency."), QStringLiteral("n"));
    const QCommandLineOption wordWeightOption(
        QStringLiteral("word-weight"), QStringLiteral("Weight of word features."), QStringLiteral("x"));
    const QCommandLineOption charWeightOption(
        QStringLiteral("char-weight"), QStringLiteral("Weight of character n-grams."), QStringLiteral("x"));
    const QCommandLineOption wordNgramOption(
        QStringLiteral("word-ngrams"), QStringLiteral("Longest word n-gram (1 or 2)."), QStringLiteral("n"));
    const QCommandLineOption latinOption(QStringLiteral("latin-chars"),
                                         QStringLiteral("Latin character n-gram range, e.g. 2-5."),
                                         QStringLiteral("range"));
    const QCommandLineOption cjkOption(QStringLiteral("cjk-chars"),
                                       QStringLiteral("CJK character n-gram range, e.g. 1-4."),
                                       QStringLiteral("range"));
    const QCommandLineOption saveOption(
        QStringLiteral("save"), QStringLiteral("Write the trained model here."), QStringLiteral("file"));
    parser.addOptions({trainOption, testOption, splitOption, fractionOption, seedOption, solverOption,
                       cOption, epsOption, minDfOption, wordWeightOption, charWeightOption, wordNgramOption,
                       latinOption, cjkOption, saveOption});
    parser.process(app);

    QString error;
    QList<LabelledText> trainSet;
    QList<LabelledText> testSet;
    if (parser.isSet(splitOption)) {
        const auto all = readLabelledCsv(parser.value(splitOption), &error);
        if (!all)
            die(error);
        bool okFraction = false, okSeed = false;
        const double fraction = parser.value(fractionOption).toDouble(&okFraction);
        const quint64 seed = parser.value(seedOption).toULongLong(&okSeed);
        if (!okFraction || fraction <= 0 || fraction >= 1 || !okSeed)
            die(QStringLiteral("--test-fraction must be in (0, 1) and --seed a non-negative integer"));
        LabelledSplit split = stratifiedSplit(*all, fraction, seed);
        trainSet = std::move(split.train);
        testSet = std::move(split.test);
    } else if (parser.isSet(trainOption) && parser.isSet(testOption)) {
        const auto train = readLabelledCsv(parser.value(trainOption), &error);
        if (!train)
            die(error);
        const auto test = readLabelledCsv(parser.value(testOption), &error);
        if (!test)
            die(error);
        trainSet = *train;
        testSet = *test;
    } else {
        die(QStringLiteral("give --train and --test, or --split"));
    }
    if (testSet.isEmpty())
        die(QStringLiteral("no test rows"));

    TrainOptions options;
    const QString solver = parser.value(solverOption);
    if (solver == u"lr")
        options.solver = TrainOptions::Solver::LogisticRegression;
    else if (solver == u"svm")
        options.solver = TrainOptions::Solver::LinearSvm;
    else if (solver == u"cs")
        options.solver = TrainOptions::Solver::CrammerSinger;
    else
        die(QStringLiteral("unknown solver %1").arg(solver));
    if (parser.isSet(cOption))
        options.C = parser.value(cOption).toDouble();
    if (parser.isSet(epsOption))
        options.epsilon = parser.value(epsOption).toDouble();
    if (parser.isSet(minDfOption))
        options.minDocumentFrequency = parser.value(minDfOption).toInt();
    if (parser.isSet(wordWeightOption))
        options.wordWeight = parser.value(wordWeightOption).toDouble();
    if (parser.isSet(charWeightOption))
        options.charWeight = parser.value(charWeightOption).toDouble();
    if (parser.isSet(wordNgramOption))
        options.features.wordNgramMax = parser.value(wordNgramOption).toInt();
    if (parser.isSet(latinOption))
        parseRange(parser.value(latinOption), options.features.latinCharMin, options.features.latinCharMax);
    if (parser.isSet(cjkOption))
        parseRange(parser.value(cjkOption), options.features.cjkCharMin, options.features.cjkCharMax);

    QElapsedTimer trainTimer;
    trainTimer.start();
    const auto model = IntentModel::train(trainSet, options, &error);
    const double trainSeconds = double(trainTimer.nsecsElapsed()) / 1e9;
    if (!model)
        die(error);
    if (parser.isSet(saveOption) && !model->save(parser.value(saveOption), &error))
        die(error);

    // Per-label counts for macro-F1, over every label seen in training or test data.
    QHash<QString, int> truePositives, predicted, actual;
    int correct = 0, correctTop3 = 0;
    std::vector<double> latencies;
    latencies.reserve(size_t(testSet.size()));
    for (const LabelledText &example : std::as_const(testSet)) {
        const auto start = std::chrono::steady_clock::now();
        const QList<IntentScore> scores = model->predict(example.text, 3);
        const auto end = std::chrono::steady_clock::now();
        latencies.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        const QString best = scores.isEmpty() ? QString() : scores.constFirst().label;
        ++actual[example.label];
        ++predicted[best];
        if (best == example.label) {
            ++correct;
            ++truePositives[example.label];
        }
        if (std::any_of(scores.begin(), scores.end(),
                        [&](const IntentScore &s) { return s.label == example.label; }))
            ++correctTop3;
    }
    const QStringList modelLabels = model->labels();
    QSet<QString> allLabels(modelLabels.begin(), modelLabels.end());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        allLabels.insert(it.key());
    double f1Sum = 0;
    for (const QString &label : std::as_const(allLabels)) {
        const double tp = truePositives.value(label);
        const double precision = predicted.value(label) ? tp / predicted.value(label) : 0;
        const double recall = actual.value(label) ? tp / actual.value(label) : 0;
        f1Sum += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    }
    const double macroF1 = allLabels.isEmpty() ? 0 : f1Sum / double(allLabels.size());

    std::sort(latencies.begin(), latencies.end());
    const double n = double(testSet.size());
    const double accuracy = correct / n;
    const double top3 = correctTop3 / n;
    const double p50 = percentile(latencies, 50);
    const double p99 = percentile(latencies, 99);

    std::printf("train rows        %lld\n", static_cast<long long>(trainSet.size()));
    std::printf("test rows         %lld\n", static_cast<long long>(testSet.size()));
    std::printf("labels            %lld\n", static_cast<long long>(model->labels().size()));
    std::printf("features          %lld\n", static_cast<long long>(model->featureCount()));
    std::printf("accuracy          %.4f\n", accuracy);
    std::printf("top-3 accuracy    %.4f\n", top3);
    std::printf("macro-F1          %.4f\n", macroF1);
    std::printf("training time     %.2f s\n", trainSeconds);
    std::printf("model size        %lld bytes\n", static_cast<long long>(model->sizeBytes()));
    std::printf("latency p50       %.1f us\n", p50);
    std::printf("latency p99       %.1f us\n", p99);

    const QJsonObject json{
        {QStringLiteral("accuracy"), accuracy},
        {QStringLiteral("top3_accuracy"), top3},
        {QStringLiteral("macro_f1"), macroF1},
        {QStringLiteral("train_seconds"), trainSeconds},
        {QStringLiteral("model_bytes"), model->sizeBytes()},
        {QStringLiteral("latency_p50_us"), p50},
        {QStringLiteral("latency_p99_us"), p99},
        {QStringLiteral("train_rows"), trainSet.size()},
        {QStringLiteral("test_rows"), testSet.size()},
        {QStringLiteral("labels"), model->labels().size()},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
