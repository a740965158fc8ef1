#include "core/statistics.h"

#include <algorithm>

namespace warmline::core {

QList<Share> shares(const QMap<QString, qint64> &counts)
{
    QList<Share> result;
    qint64 total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0) {
            result.append({it.key(), it.value(), 0});
            total += it.value();
        }
    }
    if (total == 0)
        return result;
    std::sort(result.begin(), result.end(), [](const Share &a, const Share &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    // Floor every share, then hand the missing points to the largest remainders.
    QList<std::pair<qint64, int>> remainders; // (remainder, index)
    int assigned = 0;
    for (int i = 0; i < result.size(); ++i) {
        const qint64 scaled = result[i].count * 100;
        result[i].percent = int(scaled / total);
        assigned += result[i].percent;
        remainders.append({scaled % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; assigned < 100 && i < remainders.size(); ++i, ++assigned)
        ++result[remainders[i].second].percent;
    return result;
}

QString mostCommon(const QMap<QString, qint64> &counts)
{
    QString best;
    qint64 bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QStringList mostCommonKeys(const QMap<QString, qint64> &counts)
{
    qint64 best = 0;
    for (const qint64 count : counts)
        best = std::max(best, count);
    QStringList keys;
    if (best <= 0)
        return keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() == best)
            keys.append(it.key());
    }
    return keys;
}

qint64 ratePerMille(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    return (part * 1000 + whole / 2) / whole;
}

QList<int> competitionRanks(const QList<double> &sortedScores)
{
    QList<int> ranks;
    ranks.reserve(sortedScores.size());
    for (qsizetype i = 0; i < sortedScores.size(); ++i) {
        // Equal scores are equal exactly: callers compute them from the same integers the same way.
        const bool tiedWithAbove = i > 0 && sortedScores.at(i) == sortedScores.at(i - 1);
        ranks.append(tiedWithAbove ? ranks.constLast() : int(i) + 1);
    }
    return ranks;
}

} // namespace warmline::core
