#pragma once

#include <cstdint>
#include <QString>
#include <QStringList>
#include <vector>

namespace warmline::assist {

// Which sparse features a text yields. Word features come from ICU word boundaries (dictionary
// segmentation for Chinese and Japanese); character n-grams cover what segmentation gets wrong and
// the typos and inflections of Latin-script text.
struct FeatureOptions
{
    int wordNgramMax = 2;
    int cjkCharMin = 1;
    int cjkCharMax = 4;
    int latinCharMin = 2;
    int latinCharMax = 5;

    friend bool operator==(const FeatureOptions &, const FeatureOptions &) = default;
};

// The kind of a feature lives in the top bits of its hash, so that weighting can tell words from
// character n-grams without a second lookup.
enum class FeatureKind : std::uint8_t { Word = 1, WordBigram = 2, CjkChars = 3, LatinChars = 4 };
constexpr int featureKindShift = 60;
inline FeatureKind featureKind(std::uint64_t hash)
{
    return FeatureKind(hash >> featureKindShift);
}

// NFKC plus case folding, so that full-width Latin letters, digits and upper case match their
// ordinary forms.
QString normalizeText(QStringView text);

// The word tokens ICU finds in normalised text, without spaces and punctuation.
QStringList wordTokens(QStringView text);

// Word overlap of two texts (Jaccard over their distinct normalised word tokens), in [0, 1]: how
// the bot tells a repeated question and how a past conversation's first message is matched.
double wordOverlap(QStringView a, QStringView b);

// Appends the hash of every feature occurrence (repeats included, so callers can count term
// frequency). The hashes are stable across runs and platforms because saved models depend on them.
// Thread-safe: each thread keeps its own break iterator.
void appendFeatureHashes(QStringView text, const FeatureOptions &options, std::vector<std::uint64_t> &out);

} // namespace warmline::assist
