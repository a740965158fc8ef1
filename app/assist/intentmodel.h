#pragma once

#include "assist/textfeatures.h"

#include <memory>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace warmline::assist {

struct LabelledText
{
    QString text;
    QString label;
};

struct IntentScore
{
    QString label;
    double confidence = 0;
};

// The defaults were chosen on banking77 (stratified 80/20): C between 5 and 30 and word weights 1.5 to
// 3 all land within noise of each other; linear SVMs train faster but rank the runner-up labels
// worse, which the top-3 suggestions depend on.
struct TrainOptions
{
    enum class Solver {
        // One-vs-rest L2-regularised logistic regression (dual coordinate descent): calibrated
        // per-class probabilities, fast on many sparse features.
        LogisticRegression,
        // One-vs-rest L2-loss linear SVM (dual); confidence is a softmax of the decision values.
        LinearSvm,
        // Crammer-Singer multi-class SVM; confidence is a softmax of the decision values.
        CrammerSinger,
    };
    Solver solver = Solver::LogisticRegression;
    double C = 10.0;
    double epsilon = 0.1;
    // Features seen in fewer training texts are dropped: they cannot generalise and they dominate
    // the model size.
    int minDocumentFrequency = 2;
    bool sublinearTf = true;
    // Applied after TF-IDF and before L2 normalisation, so words are not drowned by the many more
    // character n-grams of the same text.
    double wordWeight = 2.0;
    double charWeight = 1.0;
    // Multiplies SVM decision values before the softmax; unused for logistic regression.
    double softmaxScale = 5.0;
    // Worker threads for one-vs-rest training; 0 uses every core.
    int threads = 0;
    FeatureOptions features;
};

// A trained intent classifier. Immutable once built: copies share the data, and predict() may be
// called from any number of threads at once.
class IntentModel
{
public:
    // Runs on the calling thread and touches no shared state, so it may run on a worker thread.
    static std::optional<IntentModel> train(const QList<LabelledText> &examples, const TrainOptions &options,
                                            QString *error);
    static std::optional<IntentModel> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    // The `top` most likely labels, best first. Confidences are in [0, 1], never increase down the
    // list, and sum to at most 1 (they are a share of one distribution over all labels).
    QList<IntentScore> predict(QStringView text, int top = 3) const;

    QStringList labels() const;
    // Bytes of the model as held in memory and written by save().
    qint64 sizeBytes() const;
    qsizetype featureCount() const;

    struct Data;

private:
    explicit IntentModel(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

// Reads a CSV with a `text,category` header (column order free, other columns ignored).
std::optional<QList<LabelledText>> readLabelledCsv(const QString &path, QString *error);

struct LabelledSplit
{
    QList<LabelledText> train;
    QList<LabelledText> test;
};

// Splits each label's examples separately so both sides keep the label proportions; a label with
// at least two examples always keeps one on each side. Deterministic for a given seed on every
// platform.
LabelledSplit stratifiedSplit(const QList<LabelledText> &examples, double testFraction, quint64 seed);

} // namespace warmline::assist
