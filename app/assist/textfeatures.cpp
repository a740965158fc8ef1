#include "assist/textfeatures.h"

#include <QSet>

#include <memory>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

namespace warmline::assist {

namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *iterator) const { ubrk_close(iterator); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening a word break iterator loads rule and dictionary data; doing it once per thread keeps
// prediction fast while sharing nothing mutable between threads.
UBreakIterator *threadBreakIterator()
{
    thread_local BreakIteratorPtr iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        BreakIteratorPtr opened(ubrk_open(UBRK_WORD, "", nullptr, 0, &status));
        return U_SUCCESS(status) ? std::move(opened) : BreakIteratorPtr();
    }();
    return iterator.get();
}

struct Token
{
    qsizetype begin;
    qsizetype end;
};

// ICU rule status 0..99 is "none" (spaces, punctuation); everything above is a word of some kind.
std::vector<Token> segmentWords(QStringView text)
{
    std::vector<Token> tokens;
    UBreakIterator *iterator = threadBreakIterator();
    if (!iterator || text.isEmpty())
        return tokens;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return tokens;
    int32_t begin = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; begin = end, end = ubrk_next(iterator)) {
        if (ubrk_getRuleStatus(iterator) >= UBRK_WORD_NONE_LIMIT)
            tokens.push_back({begin, end});
    }
    // Leave no pointer into the caller's string behind in the thread's iterator.
    ubrk_setText(iterator, nullptr, 0, &status);
    return tokens;
}

bool isCjk(char32_t codePoint)
{
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(UChar32(codePoint), &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
        return true;
    default:
        return false;
    }
}

// FNV-1a over UTF-16 code units: simple, stable across Qt versions (unlike qHash), and good enough
// since the hashes only index a dictionary built at training time.
class FeatureHasher
{
public:
    explicit FeatureHasher(FeatureKind kind)
        : m_kind(std::uint64_t(kind))
    {
        mix(char16_t(kind));
    }
    void add(QStringView text)
    {
        for (QChar c : text)
            mix(c.unicode());
    }
    void separator() { mix(0x1F); }
    std::uint64_t finish() const
    {
        // Spread the bits before cutting to make room for the kind tag.
        std::uint64_t h = m_hash;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        constexpr std::uint64_t mask = (std::uint64_t(1) << featureKindShift) - 1;
        return (h & mask) | (std::uint64_t(m_kind) << featureKindShift);
    }

private:
    void mix(char16_t unit)
    {
        m_hash ^= unit;
        m_hash *= 0x100000001b3ULL;
    }
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
    std::uint64_t m_kind = 0;
};

std::uint64_t hashOf(FeatureKind kind, QStringView text)
{
    FeatureHasher hasher(kind);
    hasher.add(text);
    return hasher.finish();
}

// Code point start offsets of `text` plus its end, so n-grams never split a surrogate pair.
void codePointOffsets(QStringView text, std::vector<qsizetype> &offsets)
{
    offsets.clear();
    for (qsizetype i = 0; i < text.size();) {
        offsets.push_back(i);
        i += (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
    }
    offsets.push_back(text.size());
}

void appendCharNgrams(QStringView text, FeatureKind kind, int minN, int maxN, std::vector<qsizetype> &offsets,
                      std::vector<std::uint64_t> &out)
{
    if (minN < 1 || maxN < minN)
        return;
    codePointOffsets(text, offsets);
    const auto count = qsizetype(offsets.size()) - 1;
    for (qsizetype start = 0; start < count; ++start) {
        for (int n = minN; n <= maxN && start + n <= count; ++n)
            out.push_back(hashOf(kind, text.sliced(offsets[start], offsets[start + n] - offsets[start])));
    }
}

} // namespace

QString normalizeText(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QStringList wordTokens(QStringView text)
{
    const QString normalized = normalizeText(text);
    QStringList words;
    for (const Token &token : segmentWords(normalized))
        words.append(normalized.sliced(token.begin, token.end - token.begin));
    return words;
}

void appendFeatureHashes(QStringView text, const FeatureOptions &options, std::vector<std::uint64_t> &out)
{
    const QString normalized = normalizeText(text);
    const QStringView view(normalized);
    const std::vector<Token> tokens = segmentWords(view);
    std::vector<qsizetype> offsets;

    for (size_t t = 0; t < tokens.size(); ++t) {
        const QStringView word = view.sliced(tokens[t].begin, tokens[t].end - tokens[t].begin);
        if (options.wordNgramMax >= 1)
            out.push_back(hashOf(FeatureKind::Word, word));
        if (options.wordNgramMax >= 2 && t + 1 < tokens.size()) {
            FeatureHasher hasher(FeatureKind::WordBigram);
            hasher.add(word);
            hasher.separator();
            hasher.add(view.sliced(tokens[t + 1].begin, tokens[t + 1].end - tokens[t + 1].begin));
            out.push_back(hasher.finish());
        }
    }

    // Latin-script (and other spaced-script) words get boundary-marked character n-grams; a CJK word
    // boundary is a guess, so CJK n-grams run over whole runs of CJK text instead.
    QString marked;
    for (const Token &token : tokens) {
        const QStringView word = view.sliced(token.begin, token.end - token.begin);
        const char32_t first = word.size() >= 2 && word[0].isHighSurrogate()
                                   ? QChar::surrogateToUcs4(word[0], word[1])
                                   : char32_t(word[0].unicode());
        if (isCjk(first))
            continue;
        marked.clear();
        marked.append(u'\x02');
        marked.append(word);
        marked.append(u'\x03');
        appendCharNgrams(marked, FeatureKind::LatinChars, options.latinCharMin, options.latinCharMax, offsets,
                         out);
    }

    qsizetype runStart = -1;
    qsizetype i = 0;
    const auto flushRun = [&](qsizetype end) {
        if (runStart >= 0)
            appendCharNgrams(view.sliced(runStart, end - runStart), FeatureKind::CjkChars, options.cjkCharMin,
                             options.cjkCharMax, offsets, out);
        runStart = -1;
    };
    while (i < view.size()) {
        char32_t codePoint = view[i].unicode();
        qsizetype width = 1;
        if (view[i].isHighSurrogate() && i + 1 < view.size() && view[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(view[i], view[i + 1]);
            width = 2;
        }
        if (isCjk(codePoint)) {
            if (runStart < 0)
                runStart = i;
        } else {
            flushRun(i);
        }
        i += width;
    }
    flushRun(view.size());
}

double wordOverlap(QStringView a, QStringView b)
{
    const QStringList left = wordTokens(normalizeText(a));
    const QStringList right = wordTokens(normalizeText(b));
    const QSet<QString> x(left.cbegin(), left.cend());
    const QSet<QString> y(right.cbegin(), right.cend());
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(x).intersect(y).size();
    return double(shared) / double(x.size() + y.size() - shared);
}

} // namespace warmline::assist
