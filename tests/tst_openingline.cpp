// Opening-line templates: festivals on their real dates (lunar ones from ICU's Chinese calendar),
// time-of-day greetings, rendering in Chinese and English with missing data, parse errors with
// their positions, warnings, clichés, and the spans an editor highlights. Pure logic, data-driven.

#include "core/festival.h"
#include "core/openingline.h"
#include "core/profile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace warmline;
using core::Festival;
using core::GreetingLanguage;
using Kind = core::TemplateDiagnostic::Kind;
using TokenKind = core::TemplateToken::Kind;

class TestOpeningLine : public QObject
{
    Q_OBJECT
private slots:
    void lunarDates_data();
    void lunarDates();
    void qingming_data();
    void qingming();
    void festivals_data();
    void festivals();
    void festivalPrecedence();
    void festivalNamesAndKeys();
    void greeting_data();
    void greeting();
    void surname_data();
    void surname();
    void render_data();
    void render();
    void errors_data();
    void errors();
    void errorMessages_data();
    void errorMessages();
    void warnings_data();
    void warnings();
    void cliches_data();
    void cliches();
    void tokensAndSections();
    void variablesForTheEditor();
    void contextFromProfile();
    void anyInputIsSafe();
};

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnclosedBrace:
        return QStringLiteral("UnclosedBrace");
    case Kind::UnmatchedCloseBrace:
        return QStringLiteral("UnmatchedCloseBrace");
    case Kind::UnclosedSection:
        return QStringLiteral("UnclosedSection");
    case Kind::UnmatchedCloseSection:
        return QStringLiteral("UnmatchedCloseSection");
    case Kind::EmptyVariable:
        return QStringLiteral("EmptyVariable");
    case Kind::InvalidVariableName:
        return QStringLiteral("InvalidVariableName");
    case Kind::UnknownVariable:
        return QStringLiteral("UnknownVariable");
    case Kind::TooDeep:
        return QStringLiteral("TooDeep");
    case Kind::TemplateTooLong:
        return QStringLiteral("TemplateTooLong");
    case Kind::TextTooLong:
        return QStringLiteral("TextTooLong");
    case Kind::MayBeMissing:
        return QStringLiteral("MayBeMissing");
    case Kind::SectionWithoutVariable:
        return QStringLiteral("SectionWithoutVariable");
    case Kind::FullWidthBraces:
        return QStringLiteral("FullWidthBraces");
    case Kind::NotPersonal:
        return QStringLiteral("NotPersonal");
    case Kind::Cliche:
        return QStringLiteral("Cliche");
    }
    return {};
}

// "Kind@position+length;…", compact enough for a data row.
QString describe(const QList<core::TemplateDiagnostic> &diagnostics)
{
    QStringList parts;
    for (const auto &diagnostic : diagnostics)
        parts.append(QStringLiteral("%1@%2+%3")
                         .arg(kindName(diagnostic.kind))
                         .arg(diagnostic.position)
                         .arg(diagnostic.length));
    return parts.join(u';');
}

QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    // The customer's local time; the offset is the caller's business, the date and time are what count.
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

core::OpeningContext chineseCustomer()
{
    core::OpeningContext c;
    c.locale = QLocale(QLocale::Chinese, QLocale::China);
    c.now = at(2025, 3, 12, 9, 30); // an ordinary Wednesday, lunar 2/13
    c.customerName = QStringLiteral("王芳");
    c.honorific = core::Honorific::Ms;
    c.tier = QStringLiteral("gold");
    c.latestProduct = QStringLiteral("空气炸锅");
    c.deliveredOn = QDate(2025, 3, 9);
    c.agentName = QStringLiteral("小李");
    c.channel = core::Channel::WeChat;
    return c;
}

core::OpeningContext englishCustomer()
{
    core::OpeningContext c;
    c.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    c.now = at(2025, 3, 12, 14, 0);
    c.customerName = QStringLiteral("Emily Carter");
    c.honorific = core::Honorific::Ms;
    c.tier = QStringLiteral("silver");
    c.latestProduct = QStringLiteral("air fryer");
    c.deliveredOn = QDate(2025, 3, 11);
    c.agentName = QStringLiteral("Sam");
    c.channel = core::Channel::Web;
    return c;
}

core::OpeningContext contextNamed(const QString &name)
{
    if (name == u"zh full")
        return chineseCustomer();
    if (name == u"zh bare") { // an anonymous web visitor in the evening
        core::OpeningContext c;
        c.now = at(2025, 3, 12, 20, 0);
        c.agentName = QStringLiteral("小李");
        return c;
    }
    if (name == u"zh name only") {
        core::OpeningContext c = contextNamed(QStringLiteral("zh bare"));
        c.customerName = QStringLiteral("欧阳娜娜");
        return c;
    }
    if (name == u"zh mid-autumn") {
        core::OpeningContext c = chineseCustomer();
        c.now = at(2025, 10, 6, 19, 0);
        c.deliveredOn = QDate(2025, 10, 5);
        return c;
    }
    if (name == u"zh eve") {
        core::OpeningContext c = chineseCustomer();
        c.now = at(2025, 1, 28, 12, 0);
        return c;
    }
    if (name == u"zh qingming") {
        core::OpeningContext c = chineseCustomer();
        c.now = at(2025, 4, 4, 10, 0);
        return c;
    }
    if (name == u"zh dragon boat") {
        core::OpeningContext c = chineseCustomer();
        c.now = at(2024, 6, 10, 16, 0);
        return c;
    }
    if (name == u"zh delivered today") {
        core::OpeningContext c = chineseCustomer();
        c.deliveredOn = c.now.date();
        return c;
    }
    if (name == u"zh delivered later") { // bad data: a delivery date after today
        core::OpeningContext c = chineseCustomer();
        c.deliveredOn = c.now.date().addDays(2);
        return c;
    }
    if (name == u"zh no time") {
        core::OpeningContext c = chineseCustomer();
        c.now = QDateTime();
        return c;
    }
    if (name == u"zh long name") {
        core::OpeningContext c = chineseCustomer();
        c.customerName = QString(199, QChar(u'长'));
        return c;
    }
    if (name == u"zh messy data") {
        core::OpeningContext c = chineseCustomer();
        c.customerName = QStringLiteral("  王\t芳\n");
        c.latestProduct = QStringLiteral("空气\u200b炸锅");
        return c;
    }
    if (name == u"en full")
        return englishCustomer();
    if (name == u"en bare") {
        core::OpeningContext c;
        c.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        c.now = at(2025, 3, 12, 7, 0);
        return c;
    }
    if (name == u"en spring festival") {
        core::OpeningContext c = englishCustomer();
        c.now = at(2025, 1, 29, 10, 0);
        return c;
    }
    if (name == u"en christmas") {
        core::OpeningContext c = englishCustomer();
        c.now = at(2025, 12, 25, 21, 0);
        c.honorific = core::Honorific::Unknown;
        return c;
    }
    if (name == u"en mr") {
        core::OpeningContext c = englishCustomer();
        c.customerName = QStringLiteral("James Okafor");
        c.honorific = core::Honorific::Mr;
        return c;
    }
    qFatal("no context called %s", qPrintable(name));
    return {};
}

} // namespace

void TestOpeningLine::lunarDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("leap");
    QTest::newRow("2024 春节") << QDate(2024, 2, 10) << 1 << 1 << false;
    QTest::newRow("2024 除夕, a 30-day twelfth month") << QDate(2024, 2, 9) << 12 << 30 << false;
    QTest::newRow("2025 除夕, a 29-day twelfth month") << QDate(2025, 1, 28) << 12 << 29 << false;
    QTest::newRow("2023 leap second month begins") << QDate(2023, 3, 22) << 2 << 1 << true;
    QTest::newRow("2020 leap fourth month begins") << QDate(2020, 5, 23) << 4 << 1 << true;
    QTest::newRow("2009 fifth day of the leap fifth month") << QDate(2009, 6, 27) << 5 << 5 << true;
    QTest::newRow("2025 中秋") << QDate(2025, 10, 6) << 8 << 15 << false;
}

void TestOpeningLine::lunarDates()
{
    QFETCH(QDate, date);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, leap);
    const auto lunar = core::lunarDate(date);
    QVERIFY(lunar.has_value());
    QCOMPARE(lunar->month, month);
    QCOMPARE(lunar->day, day);
    QCOMPARE(lunar->leapMonth, leap);
}

void TestOpeningLine::qingming_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("1999") << 1999 << QDate(1999, 4, 5);
    QTest::newRow("2008") << 2008 << QDate(2008, 4, 4);
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 5);
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 4);
    QTest::newRow("2021") << 2021 << QDate(2021, 4, 4);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 5);
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 5);
    QTest::newRow("2024") << 2024 << QDate(2024, 4, 4);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 4);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2100: outside the rule") << 2100 << QDate();
    QTest::newRow("1900: outside the rule") << 1900 << QDate();
}

void TestOpeningLine::qingming()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(core::qingmingDate(year).value_or(QDate()), expected);
}

void TestOpeningLine::festivals_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("festival"); // key of the festival to greet with; empty: none
    QTest::addColumn<QString>("nameZh");

    auto row = [](const char *name, QDate date, const char *key, const QString &nameZh = {}) {
        QTest::newRow(name) << date << QString::fromLatin1(key) << nameZh;
    };
    row("2024 春节", QDate(2024, 2, 10), "spring_festival", QStringLiteral("春节"));
    row("2025 春节", QDate(2025, 1, 29), "spring_festival", QStringLiteral("春节"));
    row("2026 春节", QDate(2026, 2, 17), "spring_festival", QStringLiteral("春节"));
    row("2023 春节", QDate(2023, 1, 22), "spring_festival", QStringLiteral("春节"));
    row("2024 除夕 (12/30)", QDate(2024, 2, 9), "chinese_new_years_eve", QStringLiteral("除夕"));
    row("2025 除夕 (12/29)", QDate(2025, 1, 28), "chinese_new_years_eve", QStringLiteral("除夕"));
    row("2026 除夕 (12/29)", QDate(2026, 2, 16), "chinese_new_years_eve", QStringLiteral("除夕"));
    row("2023 除夕 (12/30)", QDate(2023, 1, 21), "chinese_new_years_eve", QStringLiteral("除夕"));
    row("2024 12/29 is not 除夕 in a 30-day month", QDate(2024, 2, 8), "");
    row("2025 12/28", QDate(2025, 1, 27), "");
    row("2024 lunar 1/14 still 春节", QDate(2024, 2, 23), "spring_festival", QStringLiteral("春节"));
    row("2024 元宵节", QDate(2024, 2, 24), "lantern_festival", QStringLiteral("元宵节"));
    row("2024 lunar 1/16", QDate(2024, 2, 25), "");
    row("2025 元宵节", QDate(2025, 2, 12), "lantern_festival", QStringLiteral("元宵节"));
    row("2024 情人节 in the new year: 春节 wins", QDate(2024, 2, 14), "spring_festival",
        QStringLiteral("春节"));
    row("2025 情人节", QDate(2025, 2, 14), "valentines_day", QStringLiteral("情人节"));
    row("2026 情人节, lunar 12/27", QDate(2026, 2, 14), "valentines_day", QStringLiteral("情人节"));
    row("2023 清明", QDate(2023, 4, 5), "qingming", QStringLiteral("清明节"));
    row("2024 清明", QDate(2024, 4, 4), "qingming", QStringLiteral("清明节"));
    row("2025 清明", QDate(2025, 4, 4), "qingming", QStringLiteral("清明节"));
    row("2026 清明", QDate(2026, 4, 5), "qingming", QStringLiteral("清明节"));
    row("2026 4 Apr", QDate(2026, 4, 4), "");
    row("2025 劳动节", QDate(2025, 5, 1), "labour_day", QStringLiteral("劳动节"));
    row("2025 劳动节 holiday, 5 May", QDate(2025, 5, 5), "labour_day", QStringLiteral("劳动节"));
    row("2025 6 May", QDate(2025, 5, 6), "");
    row("2023 端午节", QDate(2023, 6, 22), "dragon_boat", QStringLiteral("端午节"));
    row("2024 端午节", QDate(2024, 6, 10), "dragon_boat", QStringLiteral("端午节"));
    row("2025 端午节", QDate(2025, 5, 31), "dragon_boat", QStringLiteral("端午节"));
    row("2020 端午节, after a leap fourth month", QDate(2020, 6, 25), "dragon_boat",
        QStringLiteral("端午节"));
    row("2009 端午节", QDate(2009, 5, 28), "dragon_boat", QStringLiteral("端午节"));
    row("2009 leap 5/5 is no 端午", QDate(2009, 6, 27), "");
    row("2024 七夕", QDate(2024, 8, 10), "qixi", QStringLiteral("七夕"));
    row("2025 七夕", QDate(2025, 8, 29), "qixi", QStringLiteral("七夕"));
    row("2006 leap 7/7 is no 七夕", QDate(2006, 8, 30), "");
    row("2023 中秋节", QDate(2023, 9, 29), "mid_autumn", QStringLiteral("中秋节"));
    row("2024 中秋节", QDate(2024, 9, 17), "mid_autumn", QStringLiteral("中秋节"));
    row("2025 中秋节 in the 国庆 holiday", QDate(2025, 10, 6), "mid_autumn", QStringLiteral("中秋节"));
    row("2025 国庆节", QDate(2025, 10, 1), "national_day", QStringLiteral("国庆节"));
    row("2025 国庆 holiday, 7 Oct", QDate(2025, 10, 7), "national_day", QStringLiteral("国庆节"));
    row("2025 8 Oct", QDate(2025, 10, 8), "");
    row("2023 重阳节", QDate(2023, 10, 23), "double_ninth", QStringLiteral("重阳节"));
    row("2024 重阳节", QDate(2024, 10, 11), "double_ninth", QStringLiteral("重阳节"));
    row("2025 重阳节", QDate(2025, 10, 29), "double_ninth", QStringLiteral("重阳节"));
    row("2025 元旦", QDate(2025, 1, 1), "new_years_day", QStringLiteral("元旦"));
    row("2025 3 Jan", QDate(2025, 1, 3), "new_years_day", QStringLiteral("元旦"));
    row("2025 4 Jan", QDate(2025, 1, 4), "");
    row("2025 平安夜", QDate(2025, 12, 24), "christmas_eve", QStringLiteral("平安夜"));
    row("2025 圣诞节", QDate(2025, 12, 25), "christmas", QStringLiteral("圣诞节"));
    row("2025 26 Dec", QDate(2025, 12, 26), "");
    row("an ordinary day", QDate(2025, 3, 12), "");
    row("invalid date", QDate(), "");
}

void TestOpeningLine::festivals()
{
    QFETCH(QDate, date);
    QFETCH(QString, festival);
    QFETCH(QString, nameZh);
    const auto found = core::festivalOn(date);
    QCOMPARE(found ? core::festivalKey(*found) : QString(), festival);
    if (found)
        QCOMPARE(core::festivalName(*found, GreetingLanguage::Chinese), nameZh);

    // The renderer says the same.
    core::OpeningContext context = chineseCustomer();
    context.now = QDateTime(date, QTime(10, 0), QTimeZone(8 * 3600));
    QCOMPARE(core::openingValue(u"festival", context).value_or(QString()), nameZh);
}

void TestOpeningLine::festivalPrecedence()
{
    // 2025-10-06: 中秋 on its day, inside the 国庆 holiday.
    const QList<core::FestivalDay> midAutumn = core::festivalsOn(QDate(2025, 10, 6));
    QCOMPARE(midAutumn.size(), 2);
    QCOMPARE(midAutumn[0], (core::FestivalDay{Festival::MidAutumn, true}));
    QCOMPARE(midAutumn[1], (core::FestivalDay{Festival::NationalDay, false}));
    // 2024-02-14: 情人节 on the fifth day of the new year.
    const QList<core::FestivalDay> valentine = core::festivalsOn(QDate(2024, 2, 14));
    QCOMPARE(valentine.size(), 2);
    QCOMPARE(valentine[0], (core::FestivalDay{Festival::SpringFestival, false}));
    QCOMPARE(valentine[1], (core::FestivalDay{Festival::ValentinesDay, true}));
    // 2024-02-10 is 春节 itself.
    QCOMPARE(core::festivalsOn(QDate(2024, 2, 10)),
             (QList<core::FestivalDay>{{Festival::SpringFestival, true}}));
}

void TestOpeningLine::festivalNamesAndKeys()
{
    QStringList keys;
    for (Festival festival : core::allFestivals) {
        const QString key = core::festivalKey(festival);
        QVERIFY(!keys.contains(key));
        keys.append(key);
        QCOMPARE(core::festivalFromKey(key), std::optional<Festival>(festival));
        for (GreetingLanguage language : {GreetingLanguage::Chinese, GreetingLanguage::English}) {
            QVERIFY(!core::festivalName(festival, language).isEmpty());
            QVERIFY(!core::festivalGreeting(festival, language).isEmpty());
        }
        // No "快乐" on solemn days.
        if (festival == Festival::Qingming || festival == Festival::DragonBoat ||
            festival == Festival::DoubleNinth)
            QVERIFY(
                core::festivalGreeting(festival, GreetingLanguage::Chinese).endsWith(QStringLiteral("安康")));
    }
    QCOMPARE(core::festivalFromKey(u"groundhog_day"), std::nullopt);
    QCOMPARE(core::greetingLanguage(QLocale(QStringLiteral("zh_TW"))), GreetingLanguage::Chinese);
    QCOMPARE(core::greetingLanguage(QLocale(QStringLiteral("en_GB"))), GreetingLanguage::English);
    QCOMPARE(core::greetingLanguage(QLocale(QStringLiteral("de_DE"))), GreetingLanguage::English);
}

void TestOpeningLine::greeting_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("expected");
    auto zh = [](const char *name, QTime time, const QString &text) {
        QTest::newRow(name) << time << true << text;
    };
    auto en = [](const char *name, QTime time, const QString &text) {
        QTest::newRow(name) << time << false << text;
    };
    zh("zh 00:00", QTime(0, 0), QStringLiteral("晚上好"));
    zh("zh 04:59", QTime(4, 59), QStringLiteral("晚上好"));
    zh("zh 05:00", QTime(5, 0), QStringLiteral("早上好"));
    zh("zh 10:59", QTime(10, 59), QStringLiteral("早上好"));
    zh("zh 11:00", QTime(11, 0), QStringLiteral("中午好"));
    zh("zh 12:59", QTime(12, 59), QStringLiteral("中午好"));
    zh("zh 13:00", QTime(13, 0), QStringLiteral("下午好"));
    zh("zh 17:59", QTime(17, 59), QStringLiteral("下午好"));
    zh("zh 18:00", QTime(18, 0), QStringLiteral("晚上好"));
    zh("zh 23:59", QTime(23, 59), QStringLiteral("晚上好"));
    en("en 04:59", QTime(4, 59), QStringLiteral("Good evening"));
    en("en 05:00", QTime(5, 0), QStringLiteral("Good morning"));
    en("en 11:59", QTime(11, 59), QStringLiteral("Good morning"));
    en("en 12:00", QTime(12, 0), QStringLiteral("Good afternoon"));
    en("en 17:59", QTime(17, 59), QStringLiteral("Good afternoon"));
    en("en 18:00", QTime(18, 0), QStringLiteral("Good evening"));
    zh("zh invalid time", QTime(), QString());
}

void TestOpeningLine::greeting()
{
    QFETCH(QTime, time);
    QFETCH(bool, chinese);
    QFETCH(QString, expected);
    QCOMPARE(core::timeOfDayGreeting(time, chinese ? GreetingLanguage::Chinese : GreetingLanguage::English),
             expected);
}

void TestOpeningLine::surname_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("王芳") << QStringLiteral("王芳") << QStringLiteral("王");
    QTest::newRow("张伟明") << QStringLiteral("张伟明") << QStringLiteral("张");
    QTest::newRow("欧阳娜娜: compound") << QStringLiteral("欧阳娜娜") << QStringLiteral("欧阳");
    QTest::newRow("司马光: compound") << QStringLiteral("司马光") << QStringLiteral("司马");
    QTest::newRow("欧阳 alone: 欧 with given name 阳") << QStringLiteral("欧阳") << QStringLiteral("欧");
    QTest::newRow("Emily Carter") << QStringLiteral("Emily Carter") << QStringLiteral("Carter");
    QTest::newRow("spaces") << QStringLiteral("  Emily   Carter ") << QStringLiteral("Carter");
    QTest::newRow("one word") << QStringLiteral("Madonna") << QStringLiteral("Madonna");
    QTest::newRow("empty") << QString() << QString();
}

void TestOpeningLine::surname()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(core::surnameOf(name), expected);
}

void TestOpeningLine::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<bool>("usable");

    auto row = [](const char *name, const QString &source, const char *context, const QString &expected,
                  const QStringList &missing = {}) {
        QTest::newRow(name) << source << QString::fromLatin1(context) << expected << missing
                            << missing.isEmpty();
    };

    const QString warm = QStringLiteral("{greeting}，{customer_name|朋友}！[您的{latest_product}到货{days_"
                                        "since_delivery}天了，用得还顺手吗？]");
    row("zh greeting and name", QStringLiteral("{greeting}，{customer_name}！"), "zh full",
        QStringLiteral("早上好，王芳！"));
    row("zh optional part shown", warm, "zh full",
        QStringLiteral("早上好，王芳！您的空气炸锅到货3天了，用得还顺手吗？"));
    row("zh optional part left out, fallback used", warm, "zh bare", QStringLiteral("晚上好，朋友！"));
    row("zh form of address", QStringLiteral("{form_of_address}，{greeting}"), "zh full",
        QStringLiteral("王女士，早上好"));
    row("zh fallback chain: form of address", QStringLiteral("{form_of_address|{customer_name|您}}好"),
        "zh full", QStringLiteral("王女士好"));
    row("zh fallback chain: name without honorific", QStringLiteral("{form_of_address|{customer_name|您}}好"),
        "zh name only", QStringLiteral("欧阳娜娜好"));
    row("zh fallback chain: nothing known", QStringLiteral("{form_of_address|{customer_name|您}}好"),
        "zh bare", QStringLiteral("您好"));
    row("zh festival greeting on 中秋",
        QStringLiteral("[{festival_greeting}！]{greeting}，{customer_name|朋友}"), "zh mid-autumn",
        QStringLiteral("中秋快乐！晚上好，王芳"));
    row("zh festival greeting on an ordinary day",
        QStringLiteral("[{festival_greeting}！]{greeting}，{customer_name|朋友}"), "zh full",
        QStringLiteral("早上好，王芳"));
    row("zh festival name on 除夕", QStringLiteral("今天是{festival|普通的一天}"), "zh eve",
        QStringLiteral("今天是除夕"));
    row("zh festival fallback", QStringLiteral("今天是{festival|普通的一天}"), "zh full",
        QStringLiteral("今天是普通的一天"));
    row("zh 清明安康", QStringLiteral("[{festival_greeting}，]{customer_name}"), "zh qingming",
        QStringLiteral("清明安康，王芳"));
    row("zh 端午安康", QStringLiteral("[{festival_greeting}，]{customer_name}"), "zh dragon boat",
        QStringLiteral("端午安康，王芳"));
    row("zh tier shown", QStringLiteral("[尊敬的{tier}，]{greeting}"), "zh full",
        QStringLiteral("尊敬的金卡会员，早上好"));
    row("zh no tier", QStringLiteral("[尊敬的{tier}，]{greeting}"), "zh bare", QStringLiteral("晚上好"));
    row("zh delivered 3 days ago", QStringLiteral("您的{latest_product}{delivered_ago}到的"), "zh full",
        QStringLiteral("您的空气炸锅3天前到的"));
    row("zh delivered today",
        QStringLiteral("[{latest_product}{delivered_ago}刚到，]到货{days_since_delivery}天"),
        "zh delivered today", QStringLiteral("空气炸锅今天刚到，到货0天"));
    row("zh delivery date after today", QStringLiteral("{greeting}[，到货{days_since_delivery}天了]"),
        "zh delivered later", QStringLiteral("早上好"));
    row("zh channel and agent", QStringLiteral("感谢您通过{channel}联系我们，我是{agent_name}"), "zh full",
        QStringLiteral("感谢您通过微信联系我们，我是小李"));
    row("zh required variable missing", QStringLiteral("{customer_name}，{greeting}"), "zh bare",
        QStringLiteral("，晚上好"), {QStringLiteral("customer_name")});
    row("zh missing twice, reported once", QStringLiteral("{latest_product}和{latest_product}"), "zh bare",
        QStringLiteral("和"), {QStringLiteral("latest_product")});
    row("zh missing inside a fallback", QStringLiteral("{form_of_address|{customer_name}}好"), "zh bare",
        QStringLiteral("好"), {QStringLiteral("customer_name")});
    row("zh no time: no greeting, no festival",
        QStringLiteral("{greeting}[，{festival_greeting}]，{customer_name}"), "zh no time",
        QStringLiteral("，王芳"), {QStringLiteral("greeting")});
    row("zh nested part hides alone", QStringLiteral("[{customer_name}[，{latest_product}]]好"),
        "zh name only", QStringLiteral("欧阳娜娜好"));
    row("zh outer part hides despite the inner one",
        QStringLiteral("您好[，{latest_product}[{customer_name}]]"), "zh name only", QStringLiteral("您好"));
    row("zh escapes", QStringLiteral("\\{customer_name\\} 是 {customer_name}\\[\\]\\|\\\\"), "zh full",
        QStringLiteral("{customer_name} 是 王芳[]|\\"));
    row("zh other backslash stays", QStringLiteral("a\\b {customer_name}"), "zh full",
        QStringLiteral("a\\b 王芳"));
    row("zh | outside braces is text", QStringLiteral("A | B {customer_name}"), "zh full",
        QStringLiteral("A | B 王芳"));
    row("zh | inside a fallback is text", QStringLiteral("{customer_name|甲|乙}"), "zh bare",
        QStringLiteral("甲|乙"));
    row("zh spaces around a name", QStringLiteral("{ customer_name }好"), "zh full",
        QStringLiteral("王芳好"));
    row("zh messy data cleaned", QStringLiteral("{customer_name}，您的{latest_product}"), "zh messy data",
        QStringLiteral("王 芳，您的空气 炸锅"));

    const QString warmEn = QStringLiteral(
        "{greeting}, {customer_name|there}! [How are you getting on with your {latest_product}?]");
    row("en optional part shown", warmEn, "en full",
        QStringLiteral("Good afternoon, Emily Carter! How are you getting on with your air fryer?"));
    row("en optional part left out", warmEn, "en bare", QStringLiteral("Good morning, there!"));
    row("en form of address Ms", QStringLiteral("{greeting}, {form_of_address|{customer_name|there}}."),
        "en full", QStringLiteral("Good afternoon, Ms Carter."));
    row("en form of address Mr", QStringLiteral("{greeting}, {form_of_address|{customer_name|there}}."),
        "en mr", QStringLiteral("Good afternoon, Mr Okafor."));
    row("en no honorific: the name", QStringLiteral("{greeting}, {form_of_address|{customer_name|there}}."),
        "en christmas", QStringLiteral("Good evening, Emily Carter."));
    row("en delivered yesterday", QStringLiteral("Hi! [Your {latest_product} arrived {delivered_ago}.]"),
        "en full", QStringLiteral("Hi! Your air fryer arrived yesterday."));
    row("en Chinese New Year", QStringLiteral("[{festival_greeting}, ]{customer_name|there}!"),
        "en spring festival", QStringLiteral("Happy Chinese New Year, Emily Carter!"));
    row("en Christmas", QStringLiteral("[{festival_greeting}, ]{customer_name|there}!"), "en christmas",
        QStringLiteral("Merry Christmas, Emily Carter!"));
    row("en festival name", QStringLiteral("Enjoy the {festival|day}, {customer_name}!"),
        "en spring festival", QStringLiteral("Enjoy the Spring Festival, Emily Carter!"));
    row("en tier and channel", QStringLiteral("Thanks for using {channel}[, {tier}]!"), "en full",
        QStringLiteral("Thanks for using web chat, Silver member!"));
    row("en spaces collapsed and trimmed", QStringLiteral("  {greeting}  {customer_name|}  "), "en bare",
        QStringLiteral("Good morning"));
    row("en required variable missing", QStringLiteral("Hi {customer_name}, I'm {agent_name}."), "en bare",
        QStringLiteral("Hi , I'm ."), {QStringLiteral("customer_name"), QStringLiteral("agent_name")});

    QTest::newRow("invalid template renders nothing")
        << QStringLiteral("{greeting") << QStringLiteral("zh full") << QString() << QStringList() << false;
    QTest::newRow("rendered line over 200")
        << QStringLiteral("{greeting}，{customer_name}") << QStringLiteral("zh long name")
        << (QStringLiteral("早上好，") + QString(199, QChar(u'长'))) << QStringList() << false;
    QTest::newRow("rendered line of exactly 200")
        << QStringLiteral("{customer_name}！") << QStringLiteral("zh long name")
        << (QString(199, QChar(u'长')) + QStringLiteral("！")) << QStringList() << true;
    QTest::newRow("nothing left: not usable")
        << QStringLiteral("[{latest_product}]") << QStringLiteral("zh bare") << QString() << QStringList()
        << false;
}

void TestOpeningLine::render()
{
    QFETCH(QString, source);
    QFETCH(QString, context);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    QFETCH(bool, usable);
    const core::RenderedLine line = core::renderOpeningLine(source, contextNamed(context));
    QCOMPARE(line.text, expected);
    QCOMPARE(line.missingVariables, missing);
    QCOMPARE(line.usable(), usable);
    QCOMPARE(line.tooLong, core::codePointCount(line.text) > core::maxRenderedLength);
}

void TestOpeningLine::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected"); // "Kind@position+length;…", errors only

    auto row = [](const char *name, const QString &source, const char *expected) {
        QTest::newRow(name) << source << QString::fromLatin1(expected);
    };
    row("valid zh", QStringLiteral("{greeting}，{customer_name|朋友}！[您的{latest_product}还好吗？]"), "");
    row("valid en", QStringLiteral("{greeting}, {customer_name|there}! [How is the {latest_product}?]"), "");
    row("empty template", QString(), "");
    row("misspelt name", QStringLiteral("{custmer_name}"), "UnknownVariable@1+12");
    row("misspelt name after Chinese text", QStringLiteral("您好，{custmer_name}"), "UnknownVariable@4+12");
    row("capitals", QStringLiteral("{ Customer_Name }"), "UnknownVariable@2+13");
    row("unclosed at the end", QStringLiteral("{greeting"), "UnclosedBrace@0+1");
    row("unclosed in the middle", QStringLiteral("你好{greeting，王芳"), "UnclosedBrace@2+1");
    row("unclosed before another variable", QStringLiteral("{greeting {customer_name}"), "UnclosedBrace@0+1");
    row("unclosed on one line", QStringLiteral("{greeting\n}"), "UnclosedBrace@0+1;UnmatchedCloseBrace@10+1");
    row("unclosed fallback", QStringLiteral("{customer_name|朋友"), "UnclosedBrace@0+1");
    row("extra closing brace", QStringLiteral("{greeting}}"), "UnmatchedCloseBrace@10+1");
    row("lone closing brace", QStringLiteral("}"), "UnmatchedCloseBrace@0+1");
    row("unclosed optional part", QStringLiteral("[{customer_name}"), "UnclosedSection@0+1");
    row("extra closing bracket", QStringLiteral("{customer_name}]"), "UnmatchedCloseSection@15+1");
    row("bracket closes inside a variable's fallback", QStringLiteral("{customer_name|[朋友}]"),
        "UnclosedBrace@0+1;UnmatchedCloseBrace@18+1");
    row("empty braces", QStringLiteral("你好{}"), "EmptyVariable@2+2");
    row("blank braces", QStringLiteral("{ }"), "EmptyVariable@0+3");
    row("fallback without a name", QStringLiteral("{|朋友}"), "EmptyVariable@0+2");
    row("Chinese name", QStringLiteral("{客户姓名}"), "InvalidVariableName@1+4");
    row("space in the name", QStringLiteral("{customer name}"), "InvalidVariableName@1+13");
    row("escaped brace leaves the closing one alone", QStringLiteral("\\{customer_name}"),
        "UnmatchedCloseBrace@15+1");
    row("two errors", QStringLiteral("{unknown} and {greeting"), "UnknownVariable@1+7;UnclosedBrace@14+1");
    row("nested too deep", QStringLiteral("[[[[[[[x]]]]]]]"), "TooDeep@6+1;UnmatchedCloseSection@14+1");
    row("fallbacks nested too deep",
        QStringLiteral("{customer_name|{customer_name|{customer_name|{customer_name|{customer_name|{customer_"
                       "name|{customer_name|x}}}}}}}"),
        "TooDeep@90+1;UnmatchedCloseBrace@112+1");

    const QString variable = QStringLiteral("{customer_name}");
    QTest::newRow("fixed text of exactly 200") << variable + QString(200, QChar(u'好')) << QString();
    QTest::newRow("fixed text of 201")
        << variable + QString(201, QChar(u'好')) << QStringLiteral("TextTooLong@215+1");
    QString astral;
    for (int i = 0; i < 200; ++i)
        astral += QStringLiteral("𠀀"); // one code point, two UTF-16 units
    QTest::newRow("200 characters outside the BMP") << variable + astral << QString();
    QTest::newRow("201 characters outside the BMP")
        << variable + astral + QStringLiteral("𠀀") << QStringLiteral("TextTooLong@415+2");
    QTest::newRow("template over 500") << variable + QString(490, QChar(u'好'))
                                       << QStringLiteral("TextTooLong@215+290;TemplateTooLong@500+5");
    QString longButShort = QStringLiteral("{greeting}");
    while (longButShort.size() + 12 <= 500)
        longButShort += QStringLiteral("[{festival}]");
    QTest::newRow("template of 500 or less") << longButShort << QString();
}

void TestOpeningLine::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const core::ParsedTemplate parsed = core::parseOpeningLine(source);
    QCOMPARE(describe(parsed.errors()), expected);
    QCOMPARE(parsed.isValid(), expected.isEmpty());
    for (const auto &error : parsed.errors()) {
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.position >= 0 && error.length > 0 && error.position + error.length <= source.size());
    }
    // The tokens cover the source without gaps or overlaps, whatever its errors.
    qsizetype next = 0;
    for (const auto &token : parsed.tokens) {
        QCOMPARE(token.position, next);
        QVERIFY(token.length > 0);
        next += token.length;
    }
    QCOMPARE(next, source.size());
}

void TestOpeningLine::errorMessages_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("mentions"); // the first error's message names these
    QTest::newRow("one suggestion") << QStringLiteral("{custmer_name}")
                                    << QStringList{QStringLiteral("custmer_name"),
                                                   QStringLiteral("did you mean customer_name?")};
    QTest::newRow("capitals") << QStringLiteral("{Greeting}") << QStringList{QStringLiteral("greeting?")};
    QTest::newRow("a part of two names")
        << QStringLiteral("{name}")
        << QStringList{QStringLiteral("customer_name"), QStringLiteral("agent_name")};
    QTest::newRow("a part of one name")
        << QStringLiteral("{product}") << QStringList{QStringLiteral("latest_product")};
    QTest::newRow("nothing close") << QStringLiteral("{weather}")
                                   << QStringList{QStringLiteral("There is no variable called “weather”.")};
    QTest::newRow("space instead of underscore")
        << QStringLiteral("{days since delivery}") << QStringList{QStringLiteral("days_since_delivery")};
    QTest::newRow("Chinese name") << QStringLiteral("{客户}")
                                  << QStringList{QStringLiteral("客户"), QStringLiteral("customer_name")};
    QTest::newRow("unclosed brace says how to escape")
        << QStringLiteral("{greeting") << QStringList{QStringLiteral("\\{")};
    QTest::newRow("limit named") << QString(501, QChar(u'a')) << QStringList{QStringLiteral("200")};
}

void TestOpeningLine::errorMessages()
{
    QFETCH(QString, source);
    QFETCH(QStringList, mentions);
    const auto errors = core::parseOpeningLine(source).errors();
    QVERIFY(!errors.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(errors.first().message.contains(mention), qPrintable(errors.first().message));
}

void TestOpeningLine::warnings_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected"); // "Kind@position+length;…", warnings only

    auto row = [](const char *name, const QString &source, const char *expected) {
        QTest::newRow(name) << source << QString::fromLatin1(expected);
    };
    row("all well", QStringLiteral("{greeting}，{customer_name|朋友}！[您的{latest_product}还好吗？]"), "");
    row("name may be missing", QStringLiteral("{greeting}，{customer_name}"), "MayBeMissing@11+15");
    row("festival may be missing", QStringLiteral("{festival_greeting}！{greeting}"), "MayBeMissing@0+19");
    row("always-known variables", QStringLiteral("{greeting}，我是{agent_name}，来自{channel}"), "");
    row("fallback inside a fallback may be missing", QStringLiteral("{form_of_address|{customer_name}}"),
        "MayBeMissing@17+15");
    row("optional part with a variable", QStringLiteral("{greeting}[，{festival}]"), "");
    row("optional part without a variable", QStringLiteral("{greeting}[好]"), "SectionWithoutVariable@10+3");
    row("optional part with only a fallback", QStringLiteral("{greeting}[{customer_name|朋友}]"),
        "SectionWithoutVariable@10+20");
    row("optional part whose variable is in a nested part", QStringLiteral("{greeting}[你好[{festival}]]"),
        "SectionWithoutVariable@10+16");
    row("no variable", QStringLiteral("你好呀"), "NotPersonal@0+3");
    row("full-width braces", QStringLiteral("｛customer_name｝，{greeting}"), "FullWidthBraces@0+15");
    row("full-width closing brace only", QStringLiteral("{greeting}，好{festival｝"),
        "FullWidthBraces@12+10");
    row("full-width braces around an unknown word", QStringLiteral("｛天气｝{greeting}"), "");
    row("a broken template gets its errors, not guesses", QStringLiteral("你好{greeting，王芳"), "");
    row("a stock phrase: one warning, not also no variable", QStringLiteral("您好，请问有什么可以帮您？"),
        "Cliche@0+13");
}

void TestOpeningLine::warnings()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const core::ParsedTemplate parsed = core::parseOpeningLine(source);
    QCOMPARE(describe(parsed.warnings()), expected);
    for (const auto &warning : parsed.warnings())
        QVERIFY(!warning.message.isEmpty());
}

void TestOpeningLine::cliches_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("cliche"); // empty: no cliché warning
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    const QString centre = QStringLiteral("您好，这里是XX客户服务中心，请问有什么可以帮您？");
    QTest::newRow("zh the standard line") << centre << centre << 0 << int(centre.size());
    const QString company = QStringLiteral("您好，这里是京东客户服务中心，请问有什么可以帮您？");
    QTest::newRow("zh with a company name") << company << centre << 0 << int(company.size());
    const QString near = QStringLiteral("您好,这里是京东客服中心 请问有什么可以帮您");
    QTest::newRow("zh near: 客服中心, half-width comma, no question mark")
        << near << centre << 0 << int(near.size());
    const QString twoSentences = QStringLiteral("您好，这里是XX客户服务中心。请问有什么可以帮您？");
    QTest::newRow("zh split into two sentences") << twoSentences << centre << 0 << int(twoSentences.size());
    QTest::newRow("zh full-width and doubled punctuation")
        << QStringLiteral("  您好！！请问有什么可以帮您？？") << QStringLiteral("您好，请问有什么可以帮您？")
        << 2 << 15;
    QTest::newRow("zh a name in front does not make it personal")
        << QStringLiteral("{customer_name}您好，请问有什么可以帮您？")
        << QStringLiteral("您好，请问有什么可以帮您？") << 0 << 28;
    QTest::newRow("zh a time-of-day greeting instead of 您好 does")
        << QStringLiteral("{greeting}，请问有什么可以帮您？") << QString() << 0 << 0;
    QTest::newRow("zh a stock sentence after a personal one")
        << QStringLiteral("{greeting}，{customer_name|朋友}！感谢您的耐心等待。")
        << QStringLiteral("感谢您的耐心等待。") << 30 << 9;
    QTest::newRow("zh personal line")
        << QStringLiteral("{greeting}，{customer_name|朋友}！您的{latest_product}到了，用着还顺手吗？")
        << QString() << 0 << 0;
    QTest::newRow("zh thanks for support is not patience")
        << QStringLiteral("感谢您的支持，{customer_name|朋友}") << QString() << 0 << 0;
    QTest::newRow("zh sorry for the trouble")
        << QStringLiteral("非常抱歉给您带来的不便") << QStringLiteral("非常抱歉给您带来不便。") << 0 << 11;

    const QString howMay = QStringLiteral("How may I help you today?");
    QTest::newRow("en the standard line") << howMay << howMay << 0 << int(howMay.size());
    QTest::newRow("en near: can, lower case, no question mark")
        << QStringLiteral("how can i help you today") << howMay << 0 << 24;
    const QString acme =
        QStringLiteral("Thank you for contacting Acme Customer Service, how may I help you?");
    QTest::newRow("en with a company name")
        << acme << QStringLiteral("Thank you for contacting XX customer service. How may I help you?") << 0
        << int(acme.size());
    QTest::newRow("en a stock sentence after a personal one")
        << QStringLiteral("Hi {customer_name}. Thank you for your patience.")
        << QStringLiteral("Thank you for your patience.") << 20 << 28;
    QTest::newRow("en personal line")
        << QStringLiteral("{greeting}, {customer_name|there}! Did the {latest_product} arrive safely?")
        << QString() << 0 << 0;
    QTest::newRow("en purchase is not patience")
        << QStringLiteral("Thank you for your purchase, {customer_name|friend}!") << QString() << 0 << 0;
}

void TestOpeningLine::cliches()
{
    QFETCH(QString, source);
    QFETCH(QString, cliche);
    QFETCH(int, position);
    QFETCH(int, length);
    QList<core::TemplateDiagnostic> found;
    for (const auto &warning : core::parseOpeningLine(source).warnings()) {
        if (warning.kind == Kind::Cliche)
            found.append(warning);
    }
    if (cliche.isEmpty()) {
        QCOMPARE(describe(found), QString());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().position, position);
    QCOMPARE(found.first().length, length);
    QVERIFY2(found.first().message.contains(cliche), qPrintable(found.first().message));
    QVERIFY(core::openingCliches().contains(cliche));
}

void TestOpeningLine::tokensAndSections()
{
    const QString source = QStringLiteral("{greeting}，[{ customer_name|朋友}]\\{{oops}");
    const core::ParsedTemplate parsed = core::parseOpeningLine(source);
    const QList<core::TemplateToken> expected = {
        {TokenKind::VariableBrace, 0, 1},
        {TokenKind::VariableName, 1, 8},
        {TokenKind::VariableBrace, 9, 1},
        {TokenKind::Text, 10, 1},
        {TokenKind::SectionBracket, 11, 1},
        {TokenKind::VariableBrace, 12, 1},
        {TokenKind::Text, 13, 1},
        {TokenKind::VariableName, 14, 13},
        {TokenKind::FallbackSeparator, 27, 1},
        {TokenKind::Text, 28, 2},
        {TokenKind::VariableBrace, 30, 1},
        {TokenKind::SectionBracket, 31, 1},
        {TokenKind::Escape, 32, 2},
        {TokenKind::VariableBrace, 34, 1},
        {TokenKind::UnknownName, 35, 4},
        {TokenKind::VariableBrace, 39, 1},
    };
    QCOMPARE(parsed.tokens, expected);
    QCOMPARE(parsed.sections(), (QList<std::pair<qsizetype, qsizetype>>{{11, 21}}));
    QCOMPARE(parsed.variables(), (QStringList{"greeting", "customer_name", "oops"}));

    // The tree: text, variable, section with a variable and its fallback.
    QCOMPARE(parsed.nodes.size(), 5);
    const core::TemplateNode &section = parsed.nodes[2];
    QCOMPARE(section.kind, core::TemplateNode::Kind::Section);
    QCOMPARE(section.children.size(), 1);
    const core::TemplateNode &name = section.children[0];
    QCOMPARE(name.kind, core::TemplateNode::Kind::Variable);
    QCOMPARE(name.text, QStringLiteral("customer_name"));
    QVERIFY(name.hasFallback);
    QCOMPARE(name.namePosition, 14);
    QCOMPARE(name.nameLength, 13);
    QCOMPARE(name.position, 12);
    QCOMPARE(name.length, 19);
    QCOMPARE(name.children.size(), 1);
    QCOMPARE(name.children[0].text, QStringLiteral("朋友"));
    QCOMPARE(parsed.nodes[3].text, QStringLiteral("{"));

    // Unclosed and unmatched braces are marked for the highlighter.
    const core::ParsedTemplate broken = core::parseOpeningLine(QStringLiteral("[{greeting"));
    QCOMPARE(broken.tokens.first(), (core::TemplateToken{TokenKind::Stray, 0, 1}));
    QCOMPARE(broken.tokens[1], (core::TemplateToken{TokenKind::Stray, 1, 1}));
}

void TestOpeningLine::variablesForTheEditor()
{
    const QList<core::OpeningVariable> variables = core::openingVariables();
    QVERIFY(variables.size() >= 10);
    QFile guide(QStringLiteral(WARMLINE_SOURCE_DIR "/docs/opening-lines.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString documented = QString::fromUtf8(guide.readAll());
    QStringList names;
    const core::OpeningContext full = chineseCustomer();
    for (const core::OpeningVariable &variable : variables) {
        QVERIFY(!names.contains(variable.name));
        names.append(variable.name);
        QVERIFY(!variable.description().isEmpty());
        QVERIFY(core::openingVariable(variable.name).has_value());
        QVERIFY2(documented.contains(QStringLiteral("`{%1}`").arg(variable.name)), qPrintable(variable.name));
        const core::ParsedTemplate parsed =
            core::parseOpeningLine(QStringLiteral("[{%1}]").arg(variable.name));
        QVERIFY(parsed.isValid());
        // Every variable but the festival ones has a value for a fully known customer.
        if (!variable.name.startsWith(QStringLiteral("festival")))
            QVERIFY2(core::openingValue(variable.name, full).has_value(), qPrintable(variable.name));
    }
    QCOMPARE(core::openingVariable(u"weather"), std::nullopt);
    QCOMPARE(core::openingValue(u"weather", full), std::nullopt);

    const QMap<QString, QString> values = core::openingValues(full);
    QCOMPARE(values.value(QStringLiteral("greeting")), QStringLiteral("早上好"));
    QCOMPARE(values.value(QStringLiteral("form_of_address")), QStringLiteral("王女士"));
    QCOMPARE(values.value(QStringLiteral("days_since_delivery")), QStringLiteral("3"));
    QVERIFY(!values.contains(QStringLiteral("festival")));
    QCOMPARE(values.size(), variables.size() - 2);
}

void TestOpeningLine::contextFromProfile()
{
    core::CustomerProfile profile;
    profile.header.name = QStringLiteral("Emily Carter");
    profile.header.locale = QStringLiteral("en_US");
    profile.header.tier = QStringLiteral("vip");
    auto order = [](qint64 id, const char *product, qint64 orderedAtMs, qint64 deliveredAtMs,
                    const char *status) {
        core::OrderRow row;
        row.id = id;
        row.productName = QString::fromUtf8(product);
        row.orderedAtMs = orderedAtMs;
        row.deliveredAtMs = deliveredAtMs;
        row.status = QString::fromLatin1(status);
        return row;
    };
    const qint64 day = 24 * 3600 * 1000;
    // 2025-03-10T17:00Z is already 11 March in Beijing.
    const qint64 delivered =
        QDateTime(QDate(2025, 3, 10), QTime(17, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    profile.orders = {order(1, "kettle", delivered - 20 * day, delivered - 18 * day, "delivered"),
                      order(2, "air fryer", delivered - 3 * day, delivered, "delivered"),
                      order(3, "blender", delivered + day, 0, "cancelled")};
    const QDateTime now = at(2025, 3, 12, 9, 0);

    core::OpeningContext context =
        core::openingContextFor(profile, QStringLiteral("Sam"), core::Channel::Phone, now);
    QCOMPARE(core::greetingLanguage(context.locale), GreetingLanguage::English);
    QCOMPARE(context.customerName, QStringLiteral("Emily Carter"));
    QCOMPARE(context.tier, QStringLiteral("vip"));
    QCOMPARE(context.agentName, QStringLiteral("Sam"));
    QCOMPARE(context.channel, std::optional<core::Channel>(core::Channel::Phone));
    QCOMPARE(context.latestProduct, QStringLiteral("air fryer"));
    QCOMPARE(context.deliveredOn, std::optional<QDate>(QDate(2025, 3, 11)));
    QCOMPARE(
        core::renderOpeningLine(QStringLiteral("{greeting}, {customer_name}! [Your {latest_product} arrived "
                                               "{delivered_ago}.] This is {agent_name} on the {channel}."),
                                context)
            .text,
        QStringLiteral(
            "Good morning, Emily Carter! Your air fryer arrived yesterday. This is Sam on the phone."));

    // The order the conversation is about comes first, delivered or not.
    profile.focusOrder = order(1, "kettle", delivered - 20 * day, 0, "shipped");
    context = core::openingContextFor(profile, QStringLiteral("Sam"), std::nullopt, now);
    QCOMPARE(context.latestProduct, QStringLiteral("kettle"));
    QCOMPARE(context.deliveredOn, std::nullopt);

    // Nothing known: Chinese by default, no product.
    context = core::openingContextFor(core::CustomerProfile(), QString(), std::nullopt, now);
    QCOMPARE(core::greetingLanguage(context.locale), GreetingLanguage::Chinese);
    QVERIFY(context.latestProduct.isEmpty());
}

void TestOpeningLine::anyInputIsSafe()
{
    // Whatever an agent types: spans stay inside the source, tokens cover it, rendering copes.
    const QStringList pieces = {"{",
                                "}",
                                "[",
                                "]",
                                "|",
                                "\\",
                                "a",
                                " ",
                                "好",
                                "𠀀",
                                "\n",
                                "｛",
                                "｝",
                                "customer_name",
                                "festival",
                                "greeting}",
                                "{latest_product|"};
    QRandomGenerator random(20250129);
    const core::OpeningContext context = chineseCustomer();
    for (int round = 0; round < 3000; ++round) {
        QString source;
        const int count = random.bounded(30);
        for (int i = 0; i < count; ++i)
            source += pieces[random.bounded(int(pieces.size()))];
        const core::ParsedTemplate parsed = core::parseOpeningLine(source);
        qsizetype next = 0;
        for (const auto &token : parsed.tokens) {
            QCOMPARE(token.position, next);
            next += token.length;
        }
        QCOMPARE(next, source.size());
        for (const auto &diagnostic : parsed.diagnostics)
            QVERIFY(diagnostic.position >= 0 && diagnostic.position + diagnostic.length <= source.size());
        const core::RenderedLine line = core::renderOpeningLine(parsed, context);
        QCOMPARE(line.invalidTemplate, !parsed.isValid());
    }
}

QTEST_GUILESS_MAIN(TestOpeningLine)
#include "tst_openingline.moc"
