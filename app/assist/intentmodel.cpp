#include "assist/intentmodel.h"

#include "assist/csvreader.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <linear.h>
#include <mutex>
#include <numeric>
#include <QDataStream>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <thread>

namespace warmline::assist {

struct IntentModel::Data
{
    FeatureOptions features;
    TrainOptions::Solver solver = TrainOptions::Solver::LogisticRegression;
    bool sublinearTf = true;
    float wordWeight = 1;
    float charWeight = 1;
    float softmaxScale = 1;
    QStringList labels;
    // Sorted, so a binary search finds a feature's index and vectors come out in index order.
    std::vector<std::uint64_t> vocabulary;
    std::vector<float> idf;
    // (vocabulary.size() + 1) rows of labels.size() columns; the last row is the bias. Single
    // precision halves the size and changes no prediction that matters.
    std::vector<float> weights;
};

namespace {

constexpr quint32 fileMagic = 0x574c494d; // "WLIM"
constexpr quint32 fileVersion = 1;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

struct SparseEntry
{
    int index;
    float value;
};

// Turns feature hashes (in any order, repeats counted as term frequency) into an L2-normalised
// TF-IDF vector over the model's vocabulary. Training and prediction share it, so the two can never
// disagree about features.
std::vector<SparseEntry> vectorize(std::vector<std::uint64_t> &hashes,
                                   const std::vector<std::uint64_t> &vocabulary,
                                   const std::vector<float> &idf, bool sublinearTf, float wordWeight,
                                   float charWeight)
{
    std::sort(hashes.begin(), hashes.end());
    std::vector<SparseEntry> entries;
    entries.reserve(hashes.size());
    double norm = 0;
    auto vocabularyCursor = vocabulary.begin();
    for (size_t i = 0; i < hashes.size();) {
        size_t j = i + 1;
        while (j < hashes.size() && hashes[j] == hashes[i])
            ++j;
        const std::uint64_t hash = hashes[i];
        const auto count = double(j - i);
        i = j;
        // Hashes arrive sorted, so the search can start where the previous one stopped.
        vocabularyCursor = std::lower_bound(vocabularyCursor, vocabulary.end(), hash);
        if (vocabularyCursor == vocabulary.end())
            break;
        if (*vocabularyCursor != hash)
            continue;
        const auto index = int(vocabularyCursor - vocabulary.begin());
        const FeatureKind kind = featureKind(hash);
        const double kindWeight =
            (kind == FeatureKind::Word || kind == FeatureKind::WordBigram) ? wordWeight : charWeight;
        const double tf = sublinearTf ? 1.0 + std::log(count) : count;
        const double value = tf * double(idf[size_t(index)]) * kindWeight;
        norm += value * value;
        entries.push_back({index, float(value)});
    }
    if (norm > 0) {
        const double scale = 1.0 / std::sqrt(norm);
        for (SparseEntry &entry : entries)
            entry.value = float(double(entry.value) * scale);
    }
    return entries;
}

void silentPrint(const char *) {}

// liblinear prints progress to stdout through a process-wide hook; set it once, before any
// training, so concurrent trainings never race on it.
void silenceLiblinear()
{
    static std::once_flag once;
    std::call_once(once, [] { set_print_string_function(&silentPrint); });
}

int liblinearSolver(TrainOptions::Solver solver)
{
    switch (solver) {
    case TrainOptions::Solver::LogisticRegression:
        return L2R_LR_DUAL;
    case TrainOptions::Solver::LinearSvm:
        return L2R_L2LOSS_SVC_DUAL;
    case TrainOptions::Solver::CrammerSinger:
        return MCSVM_CS;
    }
    return L2R_LR_DUAL;
}

struct ModelDeleter
{
    void operator()(model *m) const { free_and_destroy_model(&m); }
};

// splitmix64: tiny, and unlike std::uniform_int_distribution it gives the same sequence with every
// standard library, so a seed names the same split everywhere.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};

} // namespace

IntentModel::IntentModel(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{
}

std::optional<IntentModel> IntentModel::train(const QList<LabelledText> &examples,
                                              const TrainOptions &options, QString *error)
{
    if (!(options.C > 0) || !(options.epsilon > 0)) {
        setError(error, QStringLiteral("C and epsilon must be positive"));
        return std::nullopt;
    }
    QStringList labels;
    for (const LabelledText &example : examples)
        labels.append(example.label);
    labels.sort();
    labels.removeDuplicates();
    if (labels.size() < 2) {
        setError(error, QStringLiteral("training needs examples of at least two labels"));
        return std::nullopt;
    }
    QHash<QString, int> labelIndex;
    for (int i = 0; i < labels.size(); ++i)
        labelIndex.insert(labels[i], i);

    auto data = std::make_shared<Data>();
    data->features = options.features;
    data->solver = options.solver;
    data->sublinearTf = options.sublinearTf;
    data->wordWeight = float(options.wordWeight);
    data->charWeight = float(options.charWeight);
    data->softmaxScale = float(options.softmaxScale);
    data->labels = labels;

    const auto rows = size_t(examples.size());
    std::vector<std::vector<std::uint64_t>> documents(rows);
    std::vector<std::uint64_t> occurrences;
    for (size_t i = 0; i < rows; ++i) {
        appendFeatureHashes(examples[qsizetype(i)].text, options.features, documents[i]);
        std::vector<std::uint64_t> distinct = documents[i];
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        occurrences.insert(occurrences.end(), distinct.begin(), distinct.end());
    }
    std::sort(occurrences.begin(), occurrences.end());
    for (size_t i = 0; i < occurrences.size();) {
        size_t j = i + 1;
        while (j < occurrences.size() && occurrences[j] == occurrences[i])
            ++j;
        const auto documentFrequency = double(j - i);
        if (j - i >= size_t(std::max(1, options.minDocumentFrequency))) {
            data->vocabulary.push_back(occurrences[i]);
            data->idf.push_back(float(std::log((1.0 + double(rows)) / (1.0 + documentFrequency)) + 1.0));
        }
        i = j;
    }
    occurrences = {};
    if (data->vocabulary.empty()) {
        setError(error, QStringLiteral("the examples share no features"));
        return std::nullopt;
    }

    const auto featureCount = int(data->vocabulary.size());
    std::vector<double> targets(rows);
    std::vector<std::vector<feature_node>> nodes(rows);
    std::vector<feature_node *> rowPointers(rows);
    for (size_t i = 0; i < rows; ++i) {
        const std::vector<SparseEntry> entries = vectorize(
            documents[i], data->vocabulary, data->idf, data->sublinearTf, data->wordWeight, data->charWeight);
        documents[i] = {};
        std::vector<feature_node> &row = nodes[i];
        row.reserve(entries.size() + 2);
        for (const SparseEntry &entry : entries)
            row.push_back({entry.index + 1, double(entry.value)});
        // liblinear expects the bias as an explicit last feature when problem.bias >= 0.
        row.push_back({featureCount + 1, 1.0});
        row.push_back({-1, 0.0});
        rowPointers[i] = row.data();
        targets[i] = double(labelIndex.value(examples[qsizetype(i)].label));
    }

    problem prob{};
    prob.l = int(rows);
    prob.n = featureCount + 1;
    prob.y = targets.data();
    prob.x = rowPointers.data();
    prob.bias = 1.0;

    parameter param{};
    param.solver_type = liblinearSolver(options.solver);
    param.eps = options.epsilon;
    param.C = options.C;
    param.p = 0.1;

    if (const char *problemText = check_parameter(&prob, &param)) {
        setError(error, QStringLiteral("liblinear: %1").arg(QString::fromUtf8(problemText)));
        return std::nullopt;
    }
    silenceLiblinear();

    const auto labelCount = size_t(labels.size());
    const auto weightRows = size_t(featureCount) + 1;
    data->weights.assign(weightRows * labelCount, 0.0f);

    // Stores liblinear's weights by our label order. liblinear keeps a single vector when there are
    // two classes (positive for its first label) and one per class otherwise.
    const auto copyWeights = [&](const model &trained, bool singleColumnForLabel, size_t onlyLabel) {
        const int classes = trained.nr_class;
        const bool oneColumn = classes == 2 && param.solver_type != MCSVM_CS;
        for (size_t row = 0; row < weightRows; ++row) {
            if (singleColumnForLabel) {
                const double w = trained.w[row];
                data->weights[row * labelCount + onlyLabel] = float(trained.label[0] == 1 ? w : -w);
                continue;
            }
            for (int column = 0; column < classes; ++column) {
                const auto label = size_t(trained.label[column]);
                const double w = oneColumn ? (column == 0 ? trained.w[row] : -trained.w[row])
                                           : trained.w[row * size_t(classes) + size_t(column)];
                data->weights[row * labelCount + label] = float(w);
            }
        }
    };

    const int threads =
        options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    if (param.solver_type == MCSVM_CS || labelCount == 2 || threads == 1) {
        const std::unique_ptr<model, ModelDeleter> trained(::train(&prob, &param));
        if (!trained) {
            setError(error, QStringLiteral("liblinear training failed"));
            return std::nullopt;
        }
        copyWeights(*trained, false, 0);
        return IntentModel(std::move(data));
    }

    // One-vs-rest is a set of independent binary problems, which is also how liblinear solves the
    // multi-class case; handing them to liblinear one label at a time lets them run on all cores.
    // The feature rows are shared read-only; each binary problem has its own targets. The dual
    // solvers shuffle with the C library's rand(), so concurrent runs may differ in the last digits
    // of the weights from one training to the next.
    std::atomic<size_t> nextLabel{0};
    std::atomic<bool> failed{false};
    const auto work = [&] {
        std::vector<double> binaryTargets(rows);
        problem binary = prob;
        binary.y = binaryTargets.data();
        for (size_t label = nextLabel++; label < labelCount && !failed; label = nextLabel++) {
            for (size_t i = 0; i < rows; ++i)
                binaryTargets[i] = size_t(targets[i]) == label ? 1.0 : -1.0;
            const std::unique_ptr<model, ModelDeleter> trained(::train(&binary, &param));
            if (!trained) {
                failed = true;
                return;
            }
            copyWeights(*trained, true, label);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(threads, int(labelCount)); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
    if (failed) {
        setError(error, QStringLiteral("liblinear training failed"));
        return std::nullopt;
    }
    return IntentModel(std::move(data));
}

QList<IntentScore> IntentModel::predict(QStringView text, int top) const
{
    const Data &d = *m_data;
    std::vector<std::uint64_t> hashes;
    appendFeatureHashes(text, d.features, hashes);
    const std::vector<SparseEntry> entries =
        vectorize(hashes, d.vocabulary, d.idf, d.sublinearTf, d.wordWeight, d.charWeight);

    const auto labelCount = size_t(d.labels.size());
    const float *bias = d.weights.data() + d.vocabulary.size() * labelCount;
    std::vector<double> scores(bias, bias + labelCount);
    for (const SparseEntry &entry : entries) {
        const float *row = d.weights.data() + size_t(entry.index) * labelCount;
        for (size_t c = 0; c < labelCount; ++c)
            scores[c] += double(entry.value) * double(row[c]);
    }

    // Logistic regression gives each one-vs-rest class a probability; normalising them gives one
    // distribution, as liblinear's own predict_probability does. SVM margins have no such reading,
    // so a scaled softmax stands in.
    double total = 0;
    if (d.solver == TrainOptions::Solver::LogisticRegression) {
        for (double &score : scores) {
            score = 1.0 / (1.0 + std::exp(-score));
            total += score;
        }
    } else {
        const double highest = *std::max_element(scores.begin(), scores.end());
        for (double &score : scores) {
            score = std::exp(double(d.softmaxScale) * (score - highest));
            total += score;
        }
    }

    std::vector<int> order(labelCount);
    std::iota(order.begin(), order.end(), 0);
    const auto count = std::clamp<size_t>(size_t(std::max(top, 0)), 0, labelCount);
    std::partial_sort(order.begin(), order.begin() + qsizetype(count), order.end(), [&](int a, int b) {
        return scores[size_t(a)] > scores[size_t(b)] || (scores[size_t(a)] == scores[size_t(b)] && a < b);
    });
    QList<IntentScore> result;
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        result.append({d.labels[order[i]], total > 0 ? scores[size_t(order[i])] / total : 0.0});
    return result;
}

QStringList IntentModel::labels() const
{
    return m_data->labels;
}

qsizetype IntentModel::featureCount() const
{
    return qsizetype(m_data->vocabulary.size());
}

qint64 IntentModel::sizeBytes() const
{
    const Data &d = *m_data;
    qint64 bytes = qint64(d.vocabulary.size() * sizeof(std::uint64_t) + d.idf.size() * sizeof(float) +
                          d.weights.size() * sizeof(float));
    for (const QString &label : d.labels)
        bytes += label.size() * qint64(sizeof(QChar));
    return bytes;
}

bool IntentModel::save(const QString &path, QString *error) const
{
    const Data &d = *m_data;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << fileMagic << fileVersion;
    out << qint32(d.features.wordNgramMax) << qint32(d.features.cjkCharMin) << qint32(d.features.cjkCharMax)
        << qint32(d.features.latinCharMin) << qint32(d.features.latinCharMax);
    out << qint32(d.solver) << d.sublinearTf << d.wordWeight << d.charWeight << d.softmaxScale;
    out << d.labels;
    out << quint64(d.vocabulary.size());
    for (std::uint64_t hash : d.vocabulary)
        out << quint64(hash);
    for (float value : d.idf)
        out << value;
    for (float value : d.weights)
        out << value;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<IntentModel> IntentModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    const auto fail = [&](const QString &why) {
        setError(error, QStringLiteral("%1: %2").arg(path, why));
        return std::nullopt;
    };

    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != fileMagic)
        return fail(QStringLiteral("not an intent model"));
    if (version != fileVersion)
        return fail(QStringLiteral("unsupported intent model version %1").arg(version));

    auto data = std::make_shared<Data>();
    qint32 wordNgramMax = 0, cjkMin = 0, cjkMax = 0, latinMin = 0, latinMax = 0, solver = 0;
    in >> wordNgramMax >> cjkMin >> cjkMax >> latinMin >> latinMax;
    in >> solver >> data->sublinearTf >> data->wordWeight >> data->charWeight >> data->softmaxScale;
    data->features = {wordNgramMax, cjkMin, cjkMax, latinMin, latinMax};
    if (solver < 0 || solver > qint32(TrainOptions::Solver::CrammerSinger))
        return fail(QStringLiteral("unknown solver %1").arg(solver));
    data->solver = TrainOptions::Solver(solver);
    in >> data->labels;
    quint64 vocabularySize = 0;
    in >> vocabularySize;
    const auto labelCount = quint64(data->labels.size());
    // The file size bounds what the counts may claim, so a corrupt header cannot make us allocate
    // gigabytes.
    const quint64 needed = vocabularySize * (8 + 4) + (vocabularySize + 1) * labelCount * 4;
    if (in.status() != QDataStream::Ok || labelCount < 2 || vocabularySize == 0 ||
        vocabularySize > quint64(file.size()) || needed > quint64(file.size()))
        return fail(QStringLiteral("corrupt intent model header"));
    data->vocabulary.resize(vocabularySize);
    for (std::uint64_t &hash : data->vocabulary) {
        quint64 value = 0;
        in >> value;
        hash = value;
    }
    data->idf.resize(vocabularySize);
    for (float &value : data->idf)
        in >> value;
    data->weights.resize((vocabularySize + 1) * labelCount);
    for (float &value : data->weights)
        in >> value;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return fail(QStringLiteral("truncated or corrupt intent model"));
    if (!std::is_sorted(data->vocabulary.begin(), data->vocabulary.end()))
        return fail(QStringLiteral("corrupt intent model vocabulary"));
    return IntentModel(std::move(data));
}

std::optional<QList<LabelledText>> readLabelledCsv(const QString &path, QString *error)
{
    auto records = readCsvFile(path, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty()) {
        setError(error, QStringLiteral("%1: empty file").arg(path));
        return std::nullopt;
    }
    const QStringList header = records->constFirst().fields;
    const auto textColumn = header.indexOf(QStringLiteral("text"));
    const auto labelColumn = header.indexOf(QStringLiteral("category"));
    if (textColumn < 0 || labelColumn < 0) {
        setError(error, QStringLiteral("%1: the header needs the columns text and category").arg(path));
        return std::nullopt;
    }
    QList<LabelledText> examples;
    examples.reserve(records->size() - 1);
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &record = records->at(i);
        if (record.fields.size() != header.size()) {
            setError(error, QStringLiteral("%1: line %2: %3 fields where the header has %4")
                                .arg(path)
                                .arg(record.line)
                                .arg(record.fields.size())
                                .arg(header.size()));
            return std::nullopt;
        }
        if (record.fields[labelColumn].trimmed().isEmpty()) {
            setError(error, QStringLiteral("%1: line %2: empty category").arg(path).arg(record.line));
            return std::nullopt;
        }
        examples.append({record.fields[textColumn], record.fields[labelColumn].trimmed()});
    }
    return examples;
}

LabelledSplit stratifiedSplit(const QList<LabelledText> &examples, double testFraction, quint64 seed)
{
    QHash<QString, std::vector<qsizetype>> byLabel;
    QStringList labelOrder;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        auto &indices = byLabel[examples[i].label];
        if (indices.empty())
            labelOrder.append(examples[i].label);
        indices.push_back(i);
    }
    labelOrder.sort();

    std::vector<bool> inTest(size_t(examples.size()), false);
    SplitMix random(seed);
    const double fraction = std::clamp(testFraction, 0.0, 1.0);
    for (const QString &label : std::as_const(labelOrder)) {
        std::vector<qsizetype> &indices = byLabel[label];
        const auto n = indices.size();
        for (size_t i = n; i > 1; --i)
            std::swap(indices[i - 1], indices[size_t(random.next() % i)]);
        auto testCount = size_t(std::llround(double(n) * fraction));
        if (n >= 2 && fraction > 0)
            testCount = std::clamp<size_t>(testCount, 1, n - 1);
        else if (n < 2)
            testCount = 0;
        for (size_t i = 0; i < testCount; ++i)
            inTest[size_t(indices[i])] = true;
    }

    LabelledSplit split;
    for (qsizetype i = 0; i < examples.size(); ++i)
        (inTest[size_t(i)] ? split.test : split.train).append(examples[i]);
    return split;
}

} // namespace warmline::assist
