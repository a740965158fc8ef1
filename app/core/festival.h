#pragma once

#include <optional>
#include <QDate>
#include <QList>
#include <QString>

class QLocale;

namespace warmline::core {

// Festivals an opening line may mention (个性化 in the product brief: "tied to the customer in
// front of the agent … time of day, festival"). Pure: the caller passes the date, nothing here
// reads the clock.
//
// Chinese lunar festivals come from ICU's Chinese calendar (the same astronomical rules the
// official 农历 uses), so 除夕 is correct whether the twelfth month has 29 or 30 days, and leap
// months never count (端午 is the fifth day of the ordinary fifth month, not of a leap one).
// 清明 is a solar term; ICU does not expose solar terms, so its date comes from the classic
// "寿星" rule ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋ (Y = the year's last two digits, C = 4.81 for 2000–2099 and
// 5.59 for 1901–1999), which agrees with the Sun reaching 15° longitude (Beijing time) in every
// year 1901–2099. Outside those years there is no 清明.
//
// Each festival has its day (or days) and a greeting window around it. When several apply, the
// more important festival wins, and on equal importance the one whose own day it is:
//
//   festival                  day                        greeting window
//   元旦 New Year's Day       1 Jan                      1–3 Jan
//   除夕 Chinese New Year's Eve  last day of the lunar year   that day
//   春节 Spring Festival      lunar 1/1                  lunar 1/1–1/14
//   元宵节 Lantern Festival   lunar 1/15                 that day
//   情人节 Valentine's Day    14 Feb                     that day
//   清明节 Qingming           solar term (4 or 5 Apr)    that day
//   劳动节 Labour Day         1 May                      1–5 May
//   端午节 Dragon Boat        lunar 5/5                  that day
//   七夕 Qixi                 lunar 7/7                  that day
//   中秋节 Mid-Autumn         lunar 8/15                 that day
//   国庆节 National Day       1 Oct                      1–7 Oct
//   重阳节 Double Ninth       lunar 9/9                  that day
//   平安夜 Christmas Eve      24 Dec                     that day
//   圣诞节 Christmas          25 Dec                     that day
//
// Importance: 春节, 除夕, 中秋节 and 国庆节 first; then 元旦, 元宵节, 清明节, 劳动节, 端午节 and
// 重阳节; then 情人节, 七夕, 平安夜 and 圣诞节. So 2025-10-06 (中秋, inside the 国庆 holiday) is
// 中秋节, and 2024-02-14 (情人节, the fifth day of the new year) is 春节.

// The language of the words a customer reads. Every Chinese locale gets simplified Chinese,
// everything else English.
enum class GreetingLanguage { Chinese, English };
GreetingLanguage greetingLanguage(const QLocale &locale);

enum class Festival {
    NewYearsDay,
    ChineseNewYearsEve,
    SpringFestival,
    LanternFestival,
    ValentinesDay,
    Qingming,
    LabourDay,
    DragonBoat,
    Qixi,
    MidAutumn,
    NationalDay,
    DoubleNinth,
    ChristmasEve,
    Christmas
};
inline constexpr Festival allFestivals[] = {
    Festival::NewYearsDay,     Festival::ChineseNewYearsEve, Festival::SpringFestival,
    Festival::LanternFestival, Festival::ValentinesDay,      Festival::Qingming,
    Festival::LabourDay,       Festival::DragonBoat,         Festival::Qixi,
    Festival::MidAutumn,       Festival::NationalDay,        Festival::DoubleNinth,
    Festival::ChristmasEve,    Festival::Christmas};

// Stable key for storage and the wire: "spring_festival", "mid_autumn", …
QString festivalKey(Festival festival);
std::optional<Festival> festivalFromKey(QStringView key);

// What the customer reads: "中秋节" / "Mid-Autumn Festival", and the wish that goes with it:
// "中秋快乐" / "Happy Mid-Autumn Festival". Solemn days get a fitting wish (清明安康, 端午安康),
// never "快乐". These are customer-facing words in the customer's language, not UI strings, so
// they do not go through Qt's translator (whose language is the agent's).
QString festivalName(Festival festival, GreetingLanguage language);
QString festivalGreeting(Festival festival, GreetingLanguage language);

struct FestivalDay
{
    Festival festival = Festival::NewYearsDay;
    bool onTheDay = false; // the festival's own day, not only within its greeting window
    friend bool operator==(const FestivalDay &, const FestivalDay &) = default;
};

// Every festival whose greeting window contains `date`, the one to greet with first.
QList<FestivalDay> festivalsOn(QDate date);
// The festival to greet with on `date`, if any.
std::optional<Festival> festivalOn(QDate date);

// A date in the Chinese lunisolar calendar. month 1–12, day 1–30; a leap month repeats the
// number of the month before it.
struct LunarDate
{
    int month = 0;
    int day = 0;
    bool leapMonth = false;
    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};
// Empty for an invalid date or when ICU cannot compute it.
std::optional<LunarDate> lunarDate(QDate date);

// The date of 清明 in `year` (1901–2099), see above.
std::optional<QDate> qingmingDate(int year);

} // namespace warmline::core
