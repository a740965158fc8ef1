// Pure domain logic: distributions, rates, money.

#include "core/money.h"
#include "core/statistics.h"

#include <QLocale>
#include <QTest>

using namespace warmline;
using Counts = QMap<QString, qint64>;

class TestCore : public QObject
{
    Q_OBJECT
private slots:
    void sharesAddUpToHundred_data();
    void sharesAddUpToHundred();
    void mostCommonPicksHighestThenKey();
    void tiesForMostCommonAreAllNamed();
    void equalScoresShareARank();
    void ratePerMille_data();
    void ratePerMille();
    void formatsMoneyWithoutFloatingPoint_data();
    void formatsMoneyWithoutFloatingPoint();
};

void TestCore::sharesAddUpToHundred_data()
{
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<int>>("percents");

    QTest::newRow("thirds round to 34/33/33")
        << Counts{{"a", 1}, {"b", 1}, {"c", 1}} << QStringList{"a", "b", "c"} << QList<int>{34, 33, 33};
    QTest::newRow("two to one") << Counts{{"x", 2}, {"y", 1}} << QStringList{"x", "y"} << QList<int>{67, 33};
    QTest::newRow("one key") << Counts{{"only", 7}} << QStringList{"only"} << QList<int>{100};
    QTest::newRow("zeros left out") << Counts{{"a", 0}, {"b", 5}} << QStringList{"b"} << QList<int>{100};
    QTest::newRow("empty") << Counts{} << QStringList{} << QList<int>{};
    QTest::newRow("seven sevenths") << Counts{{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1},
                                              {"e", 1}, {"f", 1}, {"g", 1}}
                                    << QStringList{"a", "b", "c", "d", "e", "f", "g"}
                                    << QList<int>{15, 15, 14, 14, 14, 14, 14};
    QTest::newRow("largest first") << Counts{{"late", 1}, {"damaged", 2}, {"quality", 1}}
                                   << QStringList{"damaged", "late", "quality"} << QList<int>{50, 25, 25};
    QTest::newRow("big numbers") << Counts{{"a", 999'999'999}, {"b", 1}} << QStringList{"a", "b"}
                                 << QList<int>{100, 0};
}

void TestCore::sharesAddUpToHundred()
{
    QFETCH(Counts, counts);
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, percents);
    const auto shares = core::shares(counts);
    QStringList gotKeys;
    QList<int> gotPercents;
    int sum = 0;
    for (const auto &share : shares) {
        gotKeys.append(share.key);
        gotPercents.append(share.percent);
        sum += share.percent;
        QCOMPARE(share.count, counts.value(share.key));
    }
    QCOMPARE(gotKeys, keys);
    QCOMPARE(gotPercents, percents);
    QCOMPARE(sum, shares.isEmpty() ? 0 : 100);
}

void TestCore::tiesForMostCommonAreAllNamed()
{
    QCOMPARE(core::mostCommonKeys({{"coupon", 1}, {"full_refund", 1}, {"points", 1}, {"replacement", 1}}),
             (QStringList{"coupon", "full_refund", "points", "replacement"}));
    QCOMPARE(core::mostCommonKeys({{"coupon", 2}, {"full_refund", 1}}), QStringList{"coupon"});
    QCOMPARE(core::mostCommonKeys({{"coupon", 0}}), QStringList());
    QCOMPARE(core::mostCommonKeys({}), QStringList());
}

void TestCore::mostCommonPicksHighestThenKey()
{
    QCOMPARE(core::mostCommon({{"coupon", 2}, {"full_refund", 1}, {"replacement", 2}}),
             QStringLiteral("coupon"));
    QCOMPARE(core::mostCommon({}), QString());
}

void TestCore::equalScoresShareARank()
{
    QCOMPARE(core::competitionRanks({}), QList<int>{});
    QCOMPARE(core::competitionRanks({0.9, 0.9, 0.7}), (QList<int>{1, 1, 3}));
    QCOMPARE(core::competitionRanks({0.9, 0.8, 0.8, 0.8, 0.1}), (QList<int>{1, 2, 2, 2, 5}));
    QCOMPARE(core::competitionRanks({0.5, 0.5, 0.5}), (QList<int>{1, 1, 1}));
}

void TestCore::ratePerMille_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("perMille");
    QTest::newRow("none") << qint64(0) << qint64(10) << qint64(0);
    QTest::newRow("all") << qint64(4) << qint64(4) << qint64(1000);
    QTest::newRow("5.7 %") << qint64(57) << qint64(1000) << qint64(57);
    QTest::newRow("rounds half up") << qint64(1) << qint64(2000) << qint64(1);
    QTest::newRow("no orders") << qint64(3) << qint64(0) << qint64(0);
}

void TestCore::ratePerMille()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(qint64, perMille);
    QCOMPARE(core::ratePerMille(part, whole), perMille);
}

void TestCore::formatsMoneyWithoutFloatingPoint_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("zh") << qint64(259700) << "zh_CN" << QStringLiteral("¥2,597.00");
    QTest::newRow("en") << qint64(5) << "en_US" << QStringLiteral("¥0.05");
    QTest::newRow("de grouping") << qint64(123456789) << "de_DE" << QStringLiteral("¥1.234.567,89");
    QTest::newRow("negative") << qint64(-1050) << "en_US" << QStringLiteral("-¥10.50");
    QTest::newRow("beyond double precision")
        << qint64(9007199254740993) << "en_US" << QStringLiteral("¥90,071,992,547,409.93");
}

void TestCore::formatsMoneyWithoutFloatingPoint()
{
    QFETCH(qint64, minor);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(core::formatMoney(core::Money::fromMinor(minor), QLocale(locale)), text);
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
