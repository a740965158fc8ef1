#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace warmline::core {

// One slice of a distribution.
struct Share
{
    QString key;
    qint64 count = 0;
    int percent = 0; // whole percent; the shares of one distribution add up to exactly 100
};

// Counts → shares, largest first (ties by key). Uses the largest-remainder method so that the
// rounded percentages always add up to 100 — a column of "33 %, 33 %, 33 %" is a visible lie.
QList<Share> shares(const QMap<QString, qint64> &counts);

// The key with the highest count (ties by key), or an empty string for an empty distribution.
QString mostCommon(const QMap<QString, qint64> &counts);
// Every key that has the highest count (more than one when they tie), by key; empty when nothing
// was counted.
QStringList mostCommonKeys(const QMap<QString, qint64> &counts);

// part/whole in per mille, rounded (an integer, so tests compare exactly): 57 means 5.7 %.
qint64 ratePerMille(qint64 part, qint64 whole);

// Competition ranking ("1, 1, 3") of scores already sorted best first: equal scores share the
// better rank and the next score skips the places they took.
QList<int> competitionRanks(const QList<double> &sortedScores);

} // namespace warmline::core
