#include "core/festival.h"

#include <algorithm>
#include <memory>
#include <QLocale>
#include <QTimeZone>
#include <unicode/calendar.h>
#include <unicode/timezone.h>

namespace warmline::core {

namespace {

struct FestivalInfo
{
    Festival festival;
    const char *key;
    int importance; // higher wins
    const char16_t *nameZh;
    const char *nameEn;
    const char16_t *greetingZh;
    const char *greetingEn;
};

constexpr FestivalInfo festivalTable[] = {
    {Festival::NewYearsDay, "new_years_day", 2, u"元旦", "New Year's Day", u"新年快乐", "Happy New Year"},
    {Festival::ChineseNewYearsEve, "chinese_new_years_eve", 3, u"除夕", "Chinese New Year's Eve", u"除夕快乐",
     "Happy Chinese New Year's Eve"},
    {Festival::SpringFestival, "spring_festival", 3, u"春节", "Spring Festival", u"新春快乐",
     "Happy Chinese New Year"},
    {Festival::LanternFestival, "lantern_festival", 2, u"元宵节", "Lantern Festival", u"元宵节快乐",
     "Happy Lantern Festival"},
    {Festival::ValentinesDay, "valentines_day", 1, u"情人节", "Valentine's Day", u"情人节快乐",
     "Happy Valentine's Day"},
    {Festival::Qingming, "qingming", 2, u"清明节", "Qingming Festival", u"清明安康",
     "Wishing you a peaceful Qingming"},
    {Festival::LabourDay, "labour_day", 2, u"劳动节", "Labour Day", u"劳动节快乐", "Happy Labour Day"},
    {Festival::DragonBoat, "dragon_boat", 2, u"端午节", "Dragon Boat Festival", u"端午安康",
     "Happy Dragon Boat Festival"},
    {Festival::Qixi, "qixi", 1, u"七夕", "Qixi Festival", u"七夕快乐", "Happy Qixi Festival"},
    {Festival::MidAutumn, "mid_autumn", 3, u"中秋节", "Mid-Autumn Festival", u"中秋快乐",
     "Happy Mid-Autumn Festival"},
    {Festival::NationalDay, "national_day", 3, u"国庆节", "National Day", u"国庆快乐", "Happy National Day"},
    {Festival::DoubleNinth, "double_ninth", 2, u"重阳节", "Double Ninth Festival", u"重阳安康",
     "Happy Double Ninth Festival"},
    {Festival::ChristmasEve, "christmas_eve", 1, u"平安夜", "Christmas Eve", u"平安夜快乐",
     "Happy Christmas Eve"},
    {Festival::Christmas, "christmas", 1, u"圣诞节", "Christmas", u"圣诞快乐", "Merry Christmas"},
};

const FestivalInfo &info(Festival festival)
{
    for (const FestivalInfo &entry : festivalTable) {
        if (entry.festival == festival)
            return entry;
    }
    return festivalTable[0];
}

void addFestival(QList<FestivalDay> &found, Festival festival, bool onTheDay)
{
    found.append(FestivalDay{festival, onTheDay});
}

} // namespace

GreetingLanguage greetingLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? GreetingLanguage::Chinese : GreetingLanguage::English;
}

QString festivalKey(Festival festival)
{
    return QString::fromLatin1(info(festival).key);
}

std::optional<Festival> festivalFromKey(QStringView key)
{
    for (const FestivalInfo &entry : festivalTable) {
        if (key == QLatin1StringView(entry.key))
            return entry.festival;
    }
    return std::nullopt;
}

QString festivalName(Festival festival, GreetingLanguage language)
{
    const FestivalInfo &entry = info(festival);
    return language == GreetingLanguage::Chinese ? QString::fromUtf16(entry.nameZh)
                                                 : QString::fromLatin1(entry.nameEn);
}

QString festivalGreeting(Festival festival, GreetingLanguage language)
{
    const FestivalInfo &entry = info(festival);
    return language == GreetingLanguage::Chinese ? QString::fromUtf16(entry.greetingZh)
                                                 : QString::fromLatin1(entry.greetingEn);
}

std::optional<LunarDate> lunarDate(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    // The calendar runs in GMT and is given noon GMT of the date, so its day is exactly `date`;
    // the Chinese calendar itself places new moons and solar terms in Beijing time.
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("zh_CN@calendar=chinese"), status));
    if (U_FAILURE(status) || !calendar)
        return std::nullopt;
    const qint64 noonMs = date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() + 12 * 3600 * 1000;
    calendar->setTime(UDate(noonMs), status);
    LunarDate lunar;
    lunar.month = calendar->get(UCAL_MONTH, status) + 1;
    lunar.day = calendar->get(UCAL_DATE, status);
    lunar.leapMonth = calendar->get(UCAL_IS_LEAP_MONTH, status) != 0;
    if (U_FAILURE(status))
        return std::nullopt;
    return lunar;
}

std::optional<QDate> qingmingDate(int year)
{
    if (year < 1901 || year > 2099)
        return std::nullopt;
    const int y = year % 100;
    // ⌊y·0.2422 + C⌋ in integers: 0.2422 = 2422/10000, C = 48100/10000 or 55900/10000.
    const int c = year >= 2000 ? 48100 : 55900;
    const int day = (y * 2422 + c) / 10000 - y / 4;
    return QDate(year, 4, day);
}

QList<FestivalDay> festivalsOn(QDate date)
{
    QList<FestivalDay> found;
    if (!date.isValid())
        return found;
    const int month = date.month();
    const int day = date.day();

    // Solar-calendar festivals.
    if (month == 1 && day <= 3)
        addFestival(found, Festival::NewYearsDay, day == 1);
    if (month == 2 && day == 14)
        addFestival(found, Festival::ValentinesDay, true);
    if (const auto qingming = qingmingDate(date.year()); qingming && *qingming == date)
        addFestival(found, Festival::Qingming, true);
    if (month == 5 && day <= 5)
        addFestival(found, Festival::LabourDay, day == 1);
    if (month == 10 && day <= 7)
        addFestival(found, Festival::NationalDay, day == 1);
    if (month == 12 && day == 24)
        addFestival(found, Festival::ChristmasEve, true);
    if (month == 12 && day == 25)
        addFestival(found, Festival::Christmas, true);

    // Lunar festivals. Leap months never hold one.
    if (const auto lunar = lunarDate(date); lunar && !lunar->leapMonth) {
        if (lunar->month == 1 && lunar->day <= 14)
            addFestival(found, Festival::SpringFestival, lunar->day == 1);
        if (lunar->month == 1 && lunar->day == 15)
            addFestival(found, Festival::LanternFestival, true);
        if (lunar->month == 5 && lunar->day == 5)
            addFestival(found, Festival::DragonBoat, true);
        if (lunar->month == 7 && lunar->day == 7)
            addFestival(found, Festival::Qixi, true);
        if (lunar->month == 8 && lunar->day == 15)
            addFestival(found, Festival::MidAutumn, true);
        if (lunar->month == 9 && lunar->day == 9)
            addFestival(found, Festival::DoubleNinth, true);
        // 除夕: the day before lunar 1/1, whether the twelfth month has 29 days or 30.
        if (lunar->month == 12 && lunar->day >= 29) {
            const auto next = lunarDate(date.addDays(1));
            if (next && next->month == 1 && next->day == 1 && !next->leapMonth)
                addFestival(found, Festival::ChineseNewYearsEve, true);
        }
    }

    std::stable_sort(found.begin(), found.end(), [](const FestivalDay &a, const FestivalDay &b) {
        const int importanceA = info(a.festival).importance;
        const int importanceB = info(b.festival).importance;
        if (importanceA != importanceB)
            return importanceA > importanceB;
        return a.onTheDay && !b.onTheDay;
    });
    return found;
}

std::optional<Festival> festivalOn(QDate date)
{
    const QList<FestivalDay> found = festivalsOn(date);
    if (found.isEmpty())
        return std::nullopt;
    return found.first().festival;
}

} // namespace warmline::core
