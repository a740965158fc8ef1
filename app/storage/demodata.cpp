#include "storage/demodata.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <numbers>
#include <vector>

namespace warmline::storage {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kYear = 365 * kDay;
// Order numbers, shopping festivals and the daily rhythm of Chinese shoppers follow China Standard Time,
// because that is where the shop operates.
constexpr qint64 kChinaUtcOffset = 8 * kHour;
// Orders cover the two years before "now"; older history would only slow the workstation's queries.
constexpr qint64 kOrderWindow = 2 * kYear;
// Share of orders that get a complaint; per-order weights are normalised to this rate.
constexpr double kComplaintRate = 0.09;

// ---------------------------------------------------------------------------------------------------------
// Randomness. Everything goes through one seeded generator, consumed in a fixed order, so that the same
// seed and the same "now" reproduce the same rows.

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {
    }

    // Uniform in [0, n); n must be positive.
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    // Uniform in [lo, hi], both inclusive.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // Uniform in [0, n); 0 when n <= 0, which lets callers pass empty time spans without checks.
    qint64 spanBelow(qint64 n) { return n <= 0 ? 0 : qint64(m_rng.bounded(quint64(n))); }
    double unit() { return m_rng.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    double normal()
    {
        // Box-Muller; 1 - unit() is in (0, 1], so the logarithm is always defined.
        const double radius = std::sqrt(-2.0 * std::log(1.0 - unit()));
        return radius * std::cos(2.0 * std::numbers::pi * unit());
    }
    double exponential(double mean) { return -std::log(1.0 - unit()) * mean; }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

    template<std::size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(N) - 1;
    }

    void appendDigits(QString &out, int count)
    {
        for (int i = 0; i < count; ++i)
            out.append(QChar(u'0' + below(10)));
    }

private:
    QRandomGenerator m_rng;
};

// Weighted choice among many items (surnames, products) by binary search over cumulative weights.
class CumulativeTable
{
public:
    void add(double weight)
    {
        m_total += weight;
        m_cumulative.push_back(m_total);
    }
    bool isEmpty() const { return m_cumulative.empty(); }
    int pick(Dice &dice) const
    {
        const double roll = dice.unit() * m_total;
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), roll);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ssize(m_cumulative) - 1));
    }

private:
    std::vector<double> m_cumulative;
    double m_total = 0;
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// ---------------------------------------------------------------------------------------------------------
// Reference tables.

enum Category { Electronics, Home, Apparel, Beauty, Food, Books, Toys, Sports, CategoryCount };
const char *const kCategoryNames[CategoryCount] = {"electronics", "home",  "apparel", "beauty",
                                                   "food",        "books", "toys",    "sports"};

enum Status : quint8 { Paid, Shipped, Delivered, Returned, Refunded, Cancelled };
const char *const kStatusNames[] = {"paid", "shipped", "delivered", "returned", "refunded", "cancelled"};

// Same order as the CHECK constraint on complaints.category.
enum ComplaintCategory {
    LateDelivery,
    DamagedItem,
    WrongItem,
    Quality,
    MissingParts,
    Billing,
    Refund,
    Account,
    ServiceAttitude,
    ComplaintCategoryCount
};
const char *const kComplaintCategoryNames[ComplaintCategoryCount] = {
    "late_delivery", "damaged_item", "wrong_item", "quality",         "missing_parts",
    "billing",       "refund",       "account",    "service_attitude"};

// Same order as the CHECK constraint on complaints.resolution.
enum Resolution {
    Coupon,
    PartialRefund,
    FullRefund,
    Replacement,
    FreeReturnShipping,
    Points,
    GoodwillGift,
    ApologyOnly,
    ResolutionCount
};
const char *const kResolutionNames[ResolutionCount] = {"coupon",        "partial_refund",       "full_refund",
                                                       "replacement",   "free_return_shipping", "points",
                                                       "goodwill_gift", "apology_only"};
// Likelihood that the customer accepts each kind of resolution: money back is rarely refused, a bare
// apology usually is.
const double kAcceptance[ResolutionCount] = {0.55, 0.68, 0.93, 0.82, 0.74, 0.48, 0.62, 0.22};

// What goes wrong depends on what was bought: clothes come in the wrong size, food arrives squashed or
// stale, gadgets miss a cable. Columns follow ComplaintCategory.
const int kComplaintMix[CategoryCount][ComplaintCategoryCount] = {
    {16, 14, 8, 26, 14, 6, 6, 3, 7},  // electronics
    {16, 24, 8, 22, 10, 5, 6, 2, 7},  // home
    {14, 3, 26, 30, 2, 6, 9, 2, 8},   // apparel
    {14, 14, 12, 30, 2, 7, 9, 3, 9},  // beauty
    {26, 22, 8, 28, 2, 5, 5, 1, 3},   // food
    {24, 28, 14, 14, 4, 5, 4, 2, 5},  // books
    {14, 16, 8, 24, 20, 5, 6, 2, 5},  // toys
    {14, 10, 16, 30, 12, 5, 6, 2, 5}, // sports
};

// How each kind of complaint tends to be settled. Columns follow Resolution.
const int kResolutionMix[ComplaintCategoryCount][ResolutionCount] = {
    {30, 6, 4, 0, 0, 22, 10, 28},  // late_delivery
    {4, 22, 26, 38, 4, 2, 2, 2},   // damaged_item
    {4, 8, 14, 44, 24, 2, 2, 2},   // wrong_item
    {8, 30, 22, 26, 6, 3, 2, 3},   // quality
    {6, 22, 8, 52, 4, 3, 3, 2},    // missing_parts
    {14, 40, 18, 0, 0, 10, 4, 14}, // billing
    {8, 14, 56, 0, 4, 6, 2, 10},   // refund
    {18, 0, 0, 0, 0, 30, 14, 38},  // account
    {26, 4, 2, 0, 0, 20, 18, 30},  // service_attitude
};

struct MerchantDef
{
    const char16_t *name;
    const char16_t *brand; // prefix of the shop's product names (unused for books)
    Category primary;
    int secondary; // a Category, or -1
    bool english;
};

const MerchantDef kMerchants[] = {
    {u"青禾家居旗舰店", u"青禾", Home, -1, false},
    {u"云栖数码专营店", u"云栖", Electronics, -1, false},
    {u"极光科技官方旗舰店", u"极光", Electronics, -1, false},
    {u"米粒之家旗舰店", u"米粒", Electronics, Home, false},
    {u"山野户外旗舰店", u"山野", Sports, -1, false},
    {u"初见美妆专营店", u"初见", Beauty, -1, false},
    {u"花间集美妆旗舰店", u"花间集", Beauty, -1, false},
    {u"南山书屋", u"南山", Books, -1, false},
    {u"墨香图书专营店", u"墨香", Books, -1, false},
    {u"萌趣玩具旗舰店", u"萌趣", Toys, -1, false},
    {u"童趣乐园母婴玩具店", u"童趣", Toys, -1, false},
    {u"鲜农优选生鲜店", u"鲜农优选", Food, -1, false},
    {u"三只小熊零食旗舰店", u"三只小熊", Food, -1, false},
    {u"茶语轩茗茶专营店", u"茶语轩", Food, -1, false},
    {u"衣橱物语女装旗舰店", u"衣橱物语", Apparel, -1, false},
    {u"木棉男装官方店", u"木棉", Apparel, -1, false},
    {u"步履鞋业专营店", u"步履", Apparel, Sports, false},
    {u"悦动运动旗舰店", u"悦动", Sports, Apparel, false},
    {u"简居生活馆", u"简居", Home, -1, false},
    {u"厨匠厨具旗舰店", u"厨匠", Home, -1, false},
    {u"声海音频专营店", u"声海", Electronics, -1, false},
    {u"智享家电旗舰店", u"智享", Electronics, Home, false},
    {u"暖阳家纺旗舰店", u"暖阳", Home, -1, false},
    {u"优品百货专营店", u"优品", Home, Food, false},
    {u"纤姿瑜伽旗舰店", u"纤姿", Sports, Apparel, false},
    {u"小鹿母婴旗舰店", u"小鹿", Toys, -1, false},
    {u"芳华护肤旗舰店", u"芳华", Beauty, -1, false},
    {u"江南丝绸坊", u"江南丝绸", Apparel, -1, false},
    {u"锦程数码配件店", u"锦程", Electronics, -1, false},
    {u"书香门第图书专营店", u"书香", Books, -1, false},
    {u"好味道食品旗舰店", u"好味道", Food, -1, false},
    {u"拾光文创旗舰店", u"拾光", Books, Toys, false},
    {u"Northwind Electronics", u"Northwind", Electronics, -1, true},
    {u"Maple & Thread", u"Maple & Thread", Apparel, -1, true},
    {u"Harbor Books", u"Harbor", Books, -1, true},
    {u"Peak Outdoor Co.", u"Peak", Sports, -1, true},
    {u"Bloom Beauty Lab", u"Bloom", Beauty, -1, true},
    {u"Little Oak Toys", u"Little Oak", Toys, -1, true},
    {u"Hearth & Home Goods", u"Hearth", Home, -1, true},
    {u"Golden Pantry Foods", u"Golden Pantry", Food, -1, true},
};

struct ItemDef
{
    const char16_t *zh;
    const char16_t *en;
    int minYuan;
    int maxYuan;
};

const ItemDef kElectronics[] = {
    {u"无线蓝牙耳机", u"Wireless Earbuds", 89, 499},
    {u"主动降噪头戴式耳机", u"Noise-Cancelling Headphones", 299, 1999},
    {u"65W氮化镓快充充电器", u"65W GaN Fast Charger", 79, 199},
    {u"20000mAh充电宝", u"20000mAh Power Bank", 99, 259},
    {u"机械键盘", u"Mechanical Keyboard", 199, 899},
    {u"无线鼠标", u"Wireless Mouse", 49, 299},
    {u"智能手环", u"Fitness Tracker Band", 149, 399},
    {u"智能手表", u"Smartwatch", 599, 2999},
    {u"蓝牙音箱", u"Bluetooth Speaker", 129, 899},
    {u"平板电脑保护套", u"Tablet Case", 39, 129},
    {u"Type-C数据线", u"USB-C Cable", 19, 69},
    {u"高清网络摄像头", u"HD Webcam", 129, 499},
    {u"27英寸显示器", u"27-inch Monitor", 999, 2999},
    {u"扫地机器人", u"Robot Vacuum", 1299, 3999},
    {u"电子阅读器", u"E-reader", 699, 1499},
};
const ItemDef kHome[] = {
    {u"陶瓷马克杯", u"Ceramic Mug", 29, 89},
    {u"玻璃保鲜盒套装", u"Glass Food Container Set", 59, 199},
    {u"不粘锅炒锅", u"Non-stick Wok", 129, 499},
    {u"乳胶枕", u"Latex Pillow", 99, 399},
    {u"纯棉四件套", u"Cotton Bedding Set", 199, 699},
    {u"收纳箱", u"Storage Box", 29, 99},
    {u"香薰加湿器", u"Aroma Humidifier", 89, 299},
    {u"LED护眼台灯", u"LED Desk Lamp", 79, 399},
    {u"真空保温杯", u"Vacuum Insulated Bottle", 59, 199},
    {u"厨房刀具套装", u"Kitchen Knife Set", 149, 599},
    {u"电热水壶", u"Electric Kettle", 69, 259},
    {u"空气炸锅", u"Air Fryer", 249, 699},
    {u"浴巾毛巾套装", u"Bath Towel Set", 59, 199},
    {u"落地衣架", u"Clothes Rack", 49, 199},
};
const ItemDef kApparel[] = {
    {u"纯棉T恤", u"Cotton T-shirt", 49, 169}, {u"修身牛仔裤", u"Slim Fit Jeans", 129, 459},
    {u"羽绒服", u"Down Jacket", 399, 1599},   {u"针织开衫", u"Knit Cardigan", 129, 399},
    {u"连衣裙", u"Midi Dress", 159, 599},     {u"休闲衬衫", u"Casual Shirt", 99, 299},
    {u"连帽卫衣", u"Hoodie", 119, 359},       {u"羊毛围巾", u"Wool Scarf", 89, 299},
    {u"帆布鞋", u"Canvas Sneakers", 89, 299}, {u"真皮皮带", u"Leather Belt", 79, 259},
    {u"双肩背包", u"Backpack", 99, 459},      {u"防晒衣", u"UV Protection Jacket", 79, 259},
};
const ItemDef kBeauty[] = {
    {u"保湿面霜", u"Moisturising Cream", 89, 599},
    {u"氨基酸洗面奶", u"Gentle Foaming Cleanser", 49, 159},
    {u"防晒霜SPF50", u"Sunscreen SPF50", 59, 259},
    {u"丝绒口红", u"Velvet Lipstick", 79, 399},
    {u"补水面膜10片装", u"Hydrating Sheet Masks (10 pack)", 49, 199},
    {u"修护精华液", u"Repair Serum", 149, 899},
    {u"温和卸妆水", u"Micellar Water", 49, 159},
    {u"无硅油洗发水", u"Sulfate-free Shampoo", 39, 129},
    {u"滋润身体乳", u"Body Lotion", 49, 159},
    {u"淡香水", u"Eau de Toilette", 199, 999},
    {u"紧致眼霜", u"Firming Eye Cream", 129, 599},
    {u"持妆粉底液", u"Long-wear Foundation", 129, 459},
};
const ItemDef kFood[] = {
    {u"每日坚果750g", u"Daily Mixed Nuts 750g", 69, 149},
    {u"明前龙井250g", u"Longjing Green Tea 250g", 129, 699},
    {u"挂耳咖啡30包", u"Drip Coffee Bags (30)", 59, 139},
    {u"手工牛轧糖", u"Handmade Nougat", 29, 79},
    {u"五常大米5kg", u"Premium Rice 5kg", 59, 129},
    {u"黑巧克力礼盒", u"Dark Chocolate Gift Box", 79, 299},
    {u"燕麦片1kg", u"Rolled Oats 1kg", 29, 69},
    {u"风干牛肉干", u"Beef Jerky", 39, 129},
    {u"进口红酒", u"Imported Red Wine", 99, 599},
    {u"土蜂蜜500g", u"Raw Honey 500g", 49, 169},
    {u"螺蛳粉5袋装", u"Spicy Rice Noodles (5 pack)", 39, 79},
    {u"新鲜车厘子2斤", u"Fresh Cherries 1kg", 99, 299},
    {u"月饼礼盒", u"Mooncake Gift Box", 99, 399},
};
const ItemDef kBooks[] = {
    {u"给孩子的古诗词一百首", u"A Hundred Poems for Children", 29, 69},
    {u"零基础学Python", u"Learn Python in 30 Days", 59, 129},
    {u"家常菜谱大全", u"Everyday Home Cooking", 39, 99},
    {u"摄影构图入门", u"Composition for Photographers", 49, 129},
    {u"世界地理百科（儿童版）", u"Children's Atlas of the World", 69, 199},
    {u"高效学习法", u"The Focused Learner", 39, 89},
    {u"理财入门三十讲", u"Personal Finance Made Simple", 45, 99},
    {u"小王子", u"The Little Prince", 25, 69},
    {u"山海之间：一个人的旅行笔记", u"The Quiet Harbour", 39, 89},
    {u"中国茶简史", u"A Short History of Tea", 49, 119},
    {u"数据结构与算法图解", u"Algorithms, Illustrated", 69, 159},
    {u"绘本套装（全10册）", u"Bedtime Picture Books (set of 10)", 99, 259},
};
const ItemDef kToys[] = {
    {u"积木拼装套装", u"Building Blocks Set", 99, 899},
    {u"遥控赛车", u"RC Racing Car", 129, 499},
    {u"毛绒公仔", u"Plush Toy", 39, 199},
    {u"益智拼图1000片", u"1000-piece Jigsaw Puzzle", 49, 159},
    {u"儿童绘画套装", u"Kids Art Set", 59, 199},
    {u"磁力片", u"Magnetic Tiles", 129, 399},
    {u"过家家厨房玩具", u"Play Kitchen Set", 149, 599},
    {u"家庭桌游", u"Family Board Game", 99, 299},
    {u"电动水枪", u"Water Blaster", 29, 99},
    {u"早教点读笔", u"Talking Learning Pen", 199, 599},
    {u"泡泡机", u"Bubble Machine", 39, 129},
    {u"拼装模型飞机", u"Model Aircraft Kit", 79, 399},
};
const ItemDef kSports[] = {
    {u"瑜伽垫", u"Yoga Mat", 59, 299},
    {u"缓震跑步鞋", u"Cushioned Running Shoes", 299, 1099},
    {u"可调节哑铃", u"Adjustable Dumbbells", 99, 599},
    {u"登山背包", u"Hiking Backpack", 199, 899},
    {u"速干运动T恤", u"Quick-dry Sports Tee", 59, 199},
    {u"羽毛球拍", u"Badminton Racket", 129, 699},
    {u"室内外篮球", u"Indoor/Outdoor Basketball", 99, 299},
    {u"露营帐篷", u"Camping Tent", 299, 1599},
    {u"骑行头盔", u"Cycling Helmet", 149, 599},
    {u"负重跳绳", u"Weighted Jump Rope", 19, 79},
    {u"运动水壶", u"Sports Water Bottle", 39, 129},
    {u"筋膜枪", u"Massage Gun", 199, 899},
};

struct ItemList
{
    const ItemDef *items;
    int count;
};
const ItemList kItems[CategoryCount] = {
    {kElectronics, int(std::size(kElectronics))},
    {kHome, int(std::size(kHome))},
    {kApparel, int(std::size(kApparel))},
    {kBeauty, int(std::size(kBeauty))},
    {kFood, int(std::size(kFood))},
    {kBooks, int(std::size(kBooks))},
    {kToys, int(std::size(kToys))},
    {kSports, int(std::size(kSports))},
};

// Variants that real listings append (colour, size, pack); same index in Chinese and English.
struct VariantList
{
    const char16_t *zh[6];
    const char16_t *en[6];
};
const VariantList kVariants[CategoryCount] = {
    {{u"黑色", u"白色", u"深空灰", u"升级版", u"Pro版", u"标准版"},
     {u"Black", u"White", u"Graphite", u"Plus", u"Pro", u"2nd Gen"}},
    {{u"白色", u"北欧灰", u"大号", u"小号", u"升级款", u"奶油色"},
     {u"White", u"Sage Green", u"Large", u"Small", u"Deluxe", u"Cream"}},
    {{u"黑色 M码", u"白色 L码", u"藏青 XL", u"燕麦色 S码", u"卡其 L码", u"灰色 M码"},
     {u"Black, M", u"White, L", u"Navy, XL", u"Oatmeal, S", u"Khaki, L", u"Grey, M"}},
    {{u"正装", u"旅行装", u"礼盒装", u"两支装", u"新版", u"限定版"},
     {u"Full Size", u"Travel Size", u"Gift Set", u"Duo Pack", u"New Formula", u"Limited Edition"}},
    {{u"礼盒装", u"家庭装", u"量贩装", u"年货款", u"3件装", u"尝鲜装"},
     {u"Gift Box", u"Family Pack", u"Value Pack", u"Holiday Edition", u"3-pack", u"Sampler"}},
    {{u"精装", u"平装", u"典藏版", u"修订版", u"彩图版", u"套装"},
     {u"Hardcover", u"Paperback", u"Collector's Edition", u"Revised Edition", u"Illustrated", u"Box Set"}},
    {{u"3岁以上", u"6岁以上", u"豪华版", u"基础款", u"蓝色", u"粉色"},
     {u"Ages 3+", u"Ages 6+", u"Deluxe", u"Starter", u"Blue", u"Pink"}},
    {{u"黑色", u"荧光绿", u"专业款", u"入门款", u"男款", u"女款"},
     {u"Black", u"Neon", u"Pro", u"Beginner", u"Men's", u"Women's"}},
};

struct Surname
{
    const char16_t *hanzi;
    const char *pinyin;
    int weight; // rough relative frequency in the population
};
const Surname kSurnames[] = {
    {u"王", "wang", 72},  {u"李", "li", 72},         {u"张", "zhang", 68}, {u"刘", "liu", 54},
    {u"陈", "chen", 46},  {u"杨", "yang", 32},       {u"黄", "huang", 24}, {u"赵", "zhao", 23},
    {u"吴", "wu", 21},    {u"周", "zhou", 21},       {u"徐", "xu", 16},    {u"孙", "sun", 15},
    {u"马", "ma", 14},    {u"朱", "zhu", 13},        {u"胡", "hu", 13},    {u"郭", "guo", 12},
    {u"何", "he", 12},    {u"高", "gao", 11},        {u"林", "lin", 11},   {u"罗", "luo", 10},
    {u"郑", "zheng", 10}, {u"梁", "liang", 10},      {u"谢", "xie", 8},    {u"宋", "song", 8},
    {u"唐", "tang", 8},   {u"许", "xu", 7},          {u"韩", "han", 7},    {u"冯", "feng", 7},
    {u"邓", "deng", 7},   {u"曹", "cao", 7},         {u"彭", "peng", 6},   {u"曾", "zeng", 6},
    {u"肖", "xiao", 6},   {u"田", "tian", 6},        {u"董", "dong", 6},   {u"袁", "yuan", 5},
    {u"潘", "pan", 5},    {u"于", "yu", 5},          {u"蒋", "jiang", 5},  {u"蔡", "cai", 5},
    {u"余", "yu", 5},     {u"杜", "du", 5},          {u"叶", "ye", 5},     {u"程", "cheng", 5},
    {u"苏", "su", 4},     {u"魏", "wei", 4},         {u"吕", "lv", 4},     {u"丁", "ding", 4},
    {u"任", "ren", 4},    {u"沈", "shen", 4},        {u"姚", "yao", 4},    {u"卢", "lu", 4},
    {u"姜", "jiang", 4},  {u"崔", "cui", 4},         {u"钟", "zhong", 4},  {u"谭", "tan", 3},
    {u"陆", "lu", 3},     {u"汪", "wang", 3},        {u"范", "fan", 3},    {u"金", "jin", 3},
    {u"石", "shi", 3},    {u"廖", "liao", 3},        {u"贾", "jia", 3},    {u"夏", "xia", 3},
    {u"韦", "wei", 3},    {u"方", "fang", 3},        {u"白", "bai", 3},    {u"邹", "zou", 3},
    {u"孟", "meng", 3},   {u"熊", "xiong", 3},       {u"秦", "qin", 3},    {u"邱", "qiu", 3},
    {u"江", "jiang", 3},  {u"尹", "yin", 3},         {u"薛", "xue", 2},    {u"段", "duan", 2},
    {u"雷", "lei", 2},    {u"侯", "hou", 2},         {u"龙", "long", 2},   {u"史", "shi", 2},
    {u"陶", "tao", 2},    {u"黎", "li", 2},          {u"贺", "he", 2},     {u"顾", "gu", 2},
    {u"毛", "mao", 2},    {u"郝", "hao", 2},         {u"龚", "gong", 2},   {u"邵", "shao", 2},
    {u"万", "wan", 2},    {u"钱", "qian", 2},        {u"严", "yan", 2},    {u"欧阳", "ouyang", 1},
    {u"司马", "sima", 1}, {u"上官", "shangguan", 1},
};

struct GivenName
{
    const char16_t *hanzi;
    const char *pinyin;
};
const GivenName kGivenNames[] = {
    {u"伟", "wei"},        {u"芳", "fang"},       {u"娜", "na"},         {u"敏", "min"},
    {u"静", "jing"},       {u"丽", "li"},         {u"强", "qiang"},      {u"磊", "lei"},
    {u"军", "jun"},        {u"洋", "yang"},       {u"勇", "yong"},       {u"艳", "yan"},
    {u"杰", "jie"},        {u"娟", "juan"},       {u"涛", "tao"},        {u"明", "ming"},
    {u"超", "chao"},       {u"霞", "xia"},        {u"平", "ping"},       {u"刚", "gang"},
    {u"秀英", "xiuying"},  {u"建国", "jianguo"},  {u"建华", "jianhua"},  {u"志强", "zhiqiang"},
    {u"晓明", "xiaoming"}, {u"海燕", "haiyan"},   {u"雨涵", "yuhan"},    {u"子轩", "zixuan"},
    {u"欣怡", "xinyi"},    {u"浩然", "haoran"},   {u"梓涵", "zihan"},    {u"思远", "siyuan"},
    {u"佳怡", "jiayi"},    {u"俊杰", "junjie"},   {u"文博", "wenbo"},    {u"一诺", "yinuo"},
    {u"宇航", "yuhang"},   {u"晨曦", "chenxi"},   {u"丽娟", "lijuan"},   {u"国强", "guoqiang"},
    {u"美玲", "meiling"},  {u"婷婷", "tingting"}, {u"慧敏", "huimin"},   {u"春梅", "chunmei"},
    {u"雪梅", "xuemei"},   {u"志明", "zhiming"},  {u"鹏飞", "pengfei"},  {u"子豪", "zihao"},
    {u"诗涵", "shihan"},   {u"若曦", "ruoxi"},    {u"天宇", "tianyu"},   {u"明轩", "mingxuan"},
    {u"晓燕", "xiaoyan"},  {u"玉兰", "yulan"},    {u"嘉欣", "jiaxin"},   {u"振华", "zhenhua"},
    {u"文静", "wenjing"},  {u"红梅", "hongmei"},  {u"建军", "jianjun"},  {u"小红", "xiaohong"},
    {u"梦瑶", "mengyao"},  {u"博文", "bowen"},    {u"雅琪", "yaqi"},     {u"家豪", "jiahao"},
    {u"丹丹", "dandan"},   {u"海波", "haibo"},    {u"晓东", "xiaodong"}, {u"秀兰", "xiulan"},
};

struct WeightedCity
{
    const char16_t *name;
    int weight;
};
const WeightedCity kChineseCities[] = {
    {u"上海", 14}, {u"北京", 13}, {u"深圳", 10}, {u"广州", 10}, {u"杭州", 9}, {u"成都", 8},
    {u"重庆", 6},  {u"武汉", 6},  {u"南京", 6},  {u"西安", 5},  {u"苏州", 5}, {u"天津", 4},
    {u"长沙", 4},  {u"郑州", 4},  {u"青岛", 3},  {u"厦门", 3},  {u"宁波", 3}, {u"合肥", 3},
    {u"昆明", 2},  {u"沈阳", 2},  {u"济南", 2},  {u"福州", 2},  {u"大连", 2}, {u"哈尔滨", 2},
};

const char *const kChineseMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138",
                                              "139", "150", "151", "152", "153", "155", "156", "157",
                                              "158", "159", "166", "177", "180", "181", "182", "183",
                                              "185", "186", "187", "188", "189", "191", "198", "199"};

const char16_t *const kFirstNames[] = {
    u"Emily",  u"James",    u"Olivia", u"Liam",    u"Sophie", u"Oliver",  u"Charlotte", u"Jack",
    u"Amelia", u"Harry",    u"Grace",  u"Noah",    u"Chloe",  u"Ethan",   u"Hannah",    u"Lucas",
    u"Isla",   u"Daniel",   u"Mia",    u"Thomas",  u"Ava",    u"William", u"Ella",      u"Samuel",
    u"Lily",   u"Benjamin", u"Zoe",    u"Matthew", u"Ruby",   u"Henry",   u"Priya",     u"Arjun",
    u"Aisha",  u"Omar",     u"Sarah",  u"David",   u"Laura",  u"Michael", u"Jessica",   u"Ryan",
};
const char16_t *const kLastNames[] = {
    u"Carter",   u"Smith",    u"Jones",    u"Taylor",   u"Brown",  u"Williams", u"Wilson",   u"Johnson",
    u"Davies",   u"Robinson", u"Wright",   u"Thompson", u"Evans",  u"Walker",   u"White",    u"Roberts",
    u"Green",    u"Hall",     u"Wood",     u"Jackson",  u"Clarke", u"Patel",    u"Nguyen",   u"Tan",
    u"Lim",      u"Singh",    u"Murphy",   u"O'Brien",  u"Kelly",  u"Martin",   u"Campbell", u"Stewart",
    u"Anderson", u"Scott",    u"Mitchell", u"Young",    u"King",   u"Lee",      u"Chen",     u"Wong",
};

enum class PhoneStyle { UnitedKingdom, NorthAmerica, Australia, Singapore, NewZealand, Ireland, HongKong };
struct EnglishCity
{
    const char16_t *name;
    PhoneStyle style;
    const char16_t *areaCode; // North America only
    int weight;
};
const EnglishCity kEnglishCities[] = {
    {u"London", PhoneStyle::UnitedKingdom, u"", 16},
    {u"Manchester", PhoneStyle::UnitedKingdom, u"", 5},
    {u"Edinburgh", PhoneStyle::UnitedKingdom, u"", 3},
    {u"Toronto", PhoneStyle::NorthAmerica, u"416", 9},
    {u"Vancouver", PhoneStyle::NorthAmerica, u"604", 6},
    {u"New York", PhoneStyle::NorthAmerica, u"917", 8},
    {u"San Francisco", PhoneStyle::NorthAmerica, u"415", 5},
    {u"Seattle", PhoneStyle::NorthAmerica, u"206", 3},
    {u"Sydney", PhoneStyle::Australia, u"", 8},
    {u"Melbourne", PhoneStyle::Australia, u"", 6},
    {u"Singapore", PhoneStyle::Singapore, u"", 10},
    {u"Auckland", PhoneStyle::NewZealand, u"", 4},
    {u"Dublin", PhoneStyle::Ireland, u"", 4},
    {u"Hong Kong", PhoneStyle::HongKong, u"", 5},
};

struct WeightedDomain
{
    const char16_t *domain;
    int weight;
};
const WeightedDomain kChineseMailDomains[] = {
    {u"163.com", 30}, {u"126.com", 12},  {u"qq.com", 22},     {u"foxmail.com", 8},
    {u"sina.com", 6}, {u"gmail.com", 5}, {u"outlook.com", 5}, {u"139.com", 4},
};
const WeightedDomain kEnglishMailDomains[] = {
    {u"gmail.com", 40},  {u"outlook.com", 15}, {u"hotmail.com", 8}, {u"yahoo.com", 8},
    {u"icloud.com", 12}, {u"proton.me", 3},    {u"live.com", 4},
};

// Shoppers' day: quiet at night, a lunch bump, a big evening peak. Index = local hour.
const int kHourWeights[24] = {20, 10, 6,  4,  3,  3,  5,  10, 20, 32, 42, 48,
                              50, 44, 40, 40, 42, 46, 52, 64, 80, 90, 80, 45};

template<typename T, std::size_t N>
CumulativeTable weightTable(const T (&items)[N])
{
    CumulativeTable table;
    for (const T &item : items)
        table.add(item.weight);
    return table;
}

// ---------------------------------------------------------------------------------------------------------
// Customer profile material: tags, praise and the conversations in which complaints were handled.

// Stable keys; the workstation translates them. Declared in the priority order used when a customer
// qualifies for more than kMaxTags of them.
enum Tag {
    VipService,
    RepeatComplainer,
    NewCustomer,
    ElderlyCare,
    FrequentBuyer,
    Loyal,
    BusinessBuyer,
    PrefersPhone,
    PrefersChat,
    PriceSensitive,
    GiftBuyer,
    TagCount
};
const char *const kTagNames[TagCount] = {
    "vip_service",    "repeat_complainer", "new_customer", "elderly_care",    "frequent_buyer", "loyal",
    "business_buyer", "prefers_phone",     "prefers_chat", "price_sensitive", "gift_buyer"};
constexpr int kMaxTags = 3;
constexpr qint64 kNewCustomerAge = 60 * kDay;

// Same order as the CHECK constraint on praises.aspect.
enum Aspect { AspectQuality, DeliverySpeed, Packaging, Value, Service, Design, AspectCount };
const char *const kAspectNames[AspectCount] = {"quality", "delivery_speed", "packaging",
                                               "value",   "service",        "design"};
// What people praise depends on what they bought: clothes and toys for how they look, food for how it
// arrives. Columns follow Aspect.
const int kAspectMix[CategoryCount][AspectCount] = {
    {36, 14, 8, 22, 6, 14},  // electronics
    {30, 12, 12, 22, 6, 18}, // home
    {30, 8, 6, 20, 6, 30},   // apparel
    {38, 8, 16, 14, 6, 18},  // beauty
    {36, 22, 20, 16, 6, 0},  // food
    {30, 16, 22, 22, 6, 4},  // books
    {30, 10, 10, 18, 6, 26}, // toys
    {34, 12, 6, 28, 6, 14},  // sports
};

// Same order as the CHECK constraint on conversations.channel.
enum Channel { Web, App, Phone, WeChat, Sms, ChannelCount };
const char *const kChannelNames[ChannelCount] = {"web", "app", "phone", "wechat", "sms"};
// Mainland customers live in the app and WeChat; overseas customers hardly use WeChat.
const int kChineseChannelMix[ChannelCount] = {12, 38, 18, 27, 5};
const int kEnglishChannelMix[ChannelCount] = {38, 30, 22, 2, 8};

// A conversation starts within minutes of the complaint or praise it records and lasts at most about
// half an hour, so anything recorded this long before "now" has a conversation that is over by then.
constexpr qint64 kConversationRoom = 45 * kMinute;

// Templates: {i} is the product as named in running text, {t} with a definite article and {T} the same
// at the start of a sentence (English only; Chinese needs neither), {n} a number of days, {x} an amount.
struct Phrase
{
    const char16_t *zh;
    const char16_t *en;
};

// One way of describing a complaint: the summary's opening and the customer's first message.
struct ComplaintText
{
    Phrase summary;
    Phrase opening;
};

const ComplaintText kLateDelivered[] = {
    {{u"快递{n}天才送到", u"{i} took {n} days to arrive"},
     {u"我买的{i}等了{n}天才到，也太慢了吧。", u"{T} took {n} days to arrive. That's far too slow."}},
    {{u"{i}物流延误，{n}天才到", u"Parcel with {i} arrived after {n} days"},
     {u"{i}路上走了{n}天，说好的两三天呢？", u"I waited {n} days for {t}. I was told two or three."}},
};
const ComplaintText kLateMissedPromise[] = {
    {{u"{i}未按承诺时间送达", u"{i} missed the promised delivery date"},
     {u"说好的次日达，{i}晚了一天才到。",
      u"My order of {i} was promised for the next day but came a day late."}},
};
const ComplaintText kNotShipped[] = {
    {{u"{i}迟迟未发货", u"{i} not shipped yet"},
     {u"我的{i}下单后一直没发货，什么时候能发？",
      u"My order of {i} still hasn't shipped. When will it go out?"}},
};
const ComplaintText kLateInTransit[] = {
    {{u"{i}物流{n}天未更新", u"{i} stuck in transit for {n} days"},
     {u"我的{i}已经{n}天没有物流更新了，能帮忙查一下吗？",
      u"My order of {i} hasn't had a tracking update in {n} days. Can you check?"}},
};
const ComplaintText kDamaged[] = {
    {{u"{i}到货破损", u"{i} arrived damaged"},
     {u"收到的{i}是坏的，外包装都压扁了。", u"{T} arrived damaged, the box was crushed."}},
    {{u"{i}运输途中压坏", u"{i} crushed in transit"},
     {u"{i}到了，拆开发现已经压坏了。", u"I just unpacked {t} and it's been crushed."}},
};
const ComplaintText kWrongSize[] = {
    {{u"{i}尺码发错", u"Wrong size of {i} sent"},
     {u"收到的{i}尺码不对，我下单的不是这个码。", u"I received the wrong size for {t}."}},
};
const ComplaintText kWrongBook[] = {
    {{u"发错书，不是{i}", u"Wrong book sent instead of {i}"},
     {u"我买的是{i}，收到的却是另一本书。", u"I ordered {i} but a different book arrived."}},
};
const ComplaintText kWrongVersion[] = {
    {{u"{i}发错款式", u"Wrong version of {i} sent"},
     {u"收到的{i}和我下单的款式不一样。", u"I received a different version of {t} from the one I ordered."}},
};
// Quality problems by product category (Category order).
const ComplaintText kQualityByCategory[CategoryCount] = {
    {{u"{i}使用几天后故障", u"{i} stopped working after a few days"},
     {u"{i}才用了几天就坏了，开不了机。", u"{T} stopped working after just a few days."}},
    {{u"{i}有质量问题", u"Fault with {i}"},
     {u"{i}质量有问题，用了一次就坏了。", u"{T} broke the first time I used it."}},
    {{u"{i}洗后严重缩水", u"{i} shrank after washing"},
     {u"{i}洗了一次就缩水得穿不了了。", u"{T} shrank after one wash and no longer fits."}},
    {{u"{i}使用后皮肤过敏", u"Skin reaction to {i}"},
     {u"用了{i}以后脸上过敏发红。", u"My skin reacted badly after using {t}."}},
    {{u"{i}不新鲜", u"{i} arrived stale"},
     {u"{i}收到的时候就不新鲜了，有异味。", u"{T} arrived stale and smells off."}},
    {{u"{i}印刷模糊", u"Smudged printing in {i}"},
     {u"{i}印刷很模糊，好几页看不清。", u"The printing in {t} is smudged on several pages."}},
    {{u"{i}零件松动易坏", u"{i} fell apart"},
     {u"{i}玩了没两天零件就掉了。", u"{T} fell apart within two days."}},
    {{u"{i}做工粗糙", u"{i} poorly made"},
     {u"{i}做工很粗糙，线头到处都是。", u"{T} feels really poorly made, loose threads everywhere."}},
};
const ComplaintText kMissingPages[] = {
    {{u"{i}缺页", u"{i} missing pages"}, {u"{i}缺了好几页。", u"My copy of {i} is missing several pages."}},
};
const ComplaintText kMissingParts[] = {
    {{u"{i}缺少配件", u"{i} missing parts"},
     {u"{i}少了配件，包装里没有。", u"{T} came without some of its parts."}},
};
const ComplaintText kBilling[] = {
    {{u"{i}订单重复扣款", u"Charged twice for {i}"},
     {u"我买{i}被扣了两次钱。", u"I was charged twice for {t}."}},
    {{u"购买{i}时优惠券未抵扣", u"Coupon not applied to {i}"},
     {u"买{i}的时候优惠券没有抵扣。", u"My coupon wasn't applied when I bought {t}."}},
};
const ComplaintText kRefund[] = {
    {{u"{i}退款迟迟未到账", u"Refund for {i} not received"},
     {u"{i}的退款申请好几天了还没到账。", u"I still haven't received the refund for {t}."}},
};
const ComplaintText kAccount[] = {
    {{u"账户无法登录", u"Could not log in to account"},
     {u"我的账户突然登录不上了，一直提示密码错误。",
      u"I can't log in to my account any more, it keeps saying the password is wrong."}},
    {{u"账户绑定手机号被改", u"Account phone number changed without consent"},
     {u"我的账户绑定的手机号被改了，不是我操作的。",
      u"The phone number on my account was changed and it wasn't me."}},
};
const ComplaintText kServiceAttitude[] = {
    {{u"对之前客服的态度不满", u"Unhappy with an earlier agent's attitude"},
     {u"上次咨询的时候客服态度很差，我想投诉一下。", u"The agent I spoke to last time was really rude."}},
};

// Resolution order. The summary's outcome, and the agent's offer.
const Phrase kOutcomes[ResolutionCount] = {
    {u"补发优惠券{x}元", u"¥{x} coupon issued"},       {u"部分退款{x}元", u"partial refund of ¥{x}"},
    {u"全额退款{x}元", u"full refund of ¥{x}"},        {u"安排补发新品", u"replacement sent"},
    {u"免运费退货", u"free return shipping arranged"}, {u"补偿积分{x}", u"{x} bonus points credited"},
    {u"赠送小礼品", u"goodwill gift promised"},        {u"致歉并反馈相关部门", u"apologised and passed on"},
};
const Phrase kOffers[ResolutionCount] = {
    {u"非常抱歉给您带来不便，我这边为您申请一张{x}元优惠券，您看可以吗？",
     u"I'm very sorry about this. I can offer you a ¥{x} coupon, would that be OK?"},
    {u"非常抱歉，我们可以为您部分退款{x}元，您看可以接受吗？",
     u"I'm sorry about that. We can refund ¥{x} of the price, would that work for you?"},
    {u"非常抱歉，我们为您全额退款{x}元，1-3个工作日原路退回。",
     u"I'm sorry about that. We'll refund the full ¥{x}; it should reach you within 1-3 working days."},
    {u"非常抱歉，我们马上为您补发一件新的，今天就安排发货。",
     u"I'm sorry about that. We'll send you a replacement today."},
    {u"非常抱歉，您可以免运费退货，快递员会上门取件。",
     u"I'm sorry about that. You can return it with free shipping; a courier will collect it."},
    {u"非常抱歉给您带来不便，我们为您账户补偿{x}积分，您看可以吗？",
     u"Sorry for the trouble. I can add {x} bonus points to your account, is that all right?"},
    {u"非常抱歉，我们会在您下次购物时赠送一份小礼品表示歉意。",
     u"I'm sorry about that. We'll include a small gift with your next order to make up for it."},
    {u"非常抱歉，我们已经把情况反馈给相关部门，一定会改进。",
     u"I'm very sorry. I've passed this on to the team concerned so it doesn't happen again."},
};
// Complaints that are still open: the conversation ended with the case handed on.
const Phrase kPendingOutcomeCourier = {u"已催促物流，等待回复", u"courier chased, awaiting reply"};
const Phrase kPendingOutcomeShop = {u"已登记，等待商家回复", u"logged, awaiting the shop's reply"};
const Phrase kPendingOfferCourier = {
    u"非常抱歉，我已经为您催促物流，有结果会马上通知您。",
    u"I'm sorry for the wait. I've chased the courier and will update you as soon as I hear back."};
const Phrase kPendingOfferShop = {
    u"非常抱歉，已经为您登记，商家会在24小时内回复您。",
    u"I'm sorry about this. I've logged it and the shop will reply within 24 hours."};
const Phrase kVerdictAccepted = {u"客户接受", u"customer accepted"};
const Phrase kVerdictDeclined = {u"客户不接受，已升级处理", u"customer declined, escalated"};

const Phrase kCustomerAccepts[] = {
    {u"好的，可以，谢谢。", u"OK, that works. Thanks."},
    {u"行，那就这样吧。", u"Fine, thank you."},
    {u"可以，麻烦尽快处理。", u"Alright, please go ahead."},
};
const Phrase kCustomerDeclines[] = {
    {u"这样不行，我不接受。", u"That's not good enough, sorry."},
    {u"就这样？太敷衍了吧。", u"Is that all? I'm not happy with that."},
    {u"我要的不是这个，我不太满意。", u"No, that doesn't solve my problem."},
};
const Phrase kCustomerWaits[] = {
    {u"好的，请尽快给我答复。", u"OK, please get back to me soon."},
    {u"那我等你们消息。", u"Alright, I'll wait to hear from you."},
};
const Phrase kAgentClosesAccepted[] = {
    {u"感谢您的理解，祝您生活愉快！", u"Thanks for your patience. Have a good day!"},
    {u"已经为您处理好了，还有其他问题随时联系我们。",
     u"That's all sorted. Get in touch any time if you need anything else."},
};
const Phrase kAgentClosesDeclined = {
    u"理解您的心情，我已经为您升级处理，稍后会有专人联系您。",
    u"I understand. I've escalated this and a specialist will contact you shortly."};
const Phrase kAgentClosesPending = {u"好的，有进展我们会第一时间通知您。",
                                    u"Of course, we'll let you know as soon as we hear back."};

// Aspect order: how a customer puts a praise, and what the summary calls the aspect.
const Phrase kPraiseMessages[AspectCount] = {
    {u"{i}质量很好，用着很满意，特地来说一声。",
     u"Just wanted to say how happy I am with {t}. Great quality!"},
    {u"这么快就收到了{i}，配送速度太赞了！", u"Ordered {t} and it arrived so quickly. Brilliant delivery!"},
    {u"{i}包装得很用心，一点都没压坏。", u"Lovely careful packaging on {t}, not a scratch."},
    {u"{i}性价比很高，已经推荐给朋友了。",
     u"Great value for money on {t}. I've already recommended it to friends."},
    {u"之前客服帮我处理问题很耐心，谢谢你们。",
     u"The agent who helped me earlier was really patient. Thank you!"},
    {u"{i}设计很好看，家里人都很喜欢。", u"Love the design of {t}, the whole family likes it."},
};
const Phrase kPraisedAspects[AspectCount] = {
    {u"商品质量", u"product quality"}, {u"配送速度", u"delivery speed"}, {u"包装", u"packaging"},
    {u"性价比", u"value for money"},   {u"客服服务", u"service"},        {u"外观设计", u"design"},
};
const Phrase kPraiseSummaryByPhone = {u"客户来电表扬", u"Customer called to praise the "};
const Phrase kPraiseSummaryInWriting = {u"客户留言表扬", u"Customer wrote in to praise the "};
const Phrase kAgentThanks[] = {
    {u"感谢您的认可！我们会把您的好评转达给商家，祝您购物愉快。",
     u"Thank you so much for the kind words! We'll pass them on to the shop."},
    {u"谢谢您的鼓励，我们会继续努力的！", u"That's lovely to hear, thank you for letting us know!"},
};

// ---------------------------------------------------------------------------------------------------------
// Small helpers.

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm); avoids building a
// QDateTime for each of up to millions of order numbers.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

constexpr qint64 kSerialModulus = 100000000; // eight digits

// A bijection on [0, 10^8): affine steps whose multipliers are coprime with 10^8 (odd, not multiples of
// 5), each followed by swapping the two four-digit halves so that consecutive inputs differ everywhere.
qint64 scrambleSerial(qint64 x, qint64 salt)
{
    for (const qint64 multiplier : {61803397LL, 27182819LL, 14142131LL}) {
        x = (x * multiplier + salt) % kSerialModulus;
        x = (x % 10000) * 10000 + x / 10000;
    }
    return x;
}

QString asciiLower(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

QString chinesePhone(Dice &dice)
{
    QString phone = QString::fromLatin1(dice.pick(kChineseMobilePrefixes));
    dice.appendDigits(phone, 8);
    return phone;
}

QString englishPhone(Dice &dice, const EnglishCity &city)
{
    QString p;
    auto digits = [&](int n) { dice.appendDigits(p, n); };
    auto oneOf = [&](const char16_t *choices) {
        const QString c = text(choices);
        p.append(c.at(dice.below(int(c.size()))));
    };
    switch (city.style) {
    case PhoneStyle::UnitedKingdom:
        p = QStringLiteral("+44 7");
        oneOf(u"456789");
        digits(2);
        p.append(u' ');
        digits(6);
        break;
    case PhoneStyle::NorthAmerica:
        p = QStringLiteral("+1 ") + text(city.areaCode) + u'-';
        oneOf(u"23456789");
        digits(2);
        p.append(u'-');
        digits(4);
        break;
    case PhoneStyle::Australia:
        p = QStringLiteral("+61 4");
        digits(2);
        p.append(u' ');
        digits(3);
        p.append(u' ');
        digits(3);
        break;
    case PhoneStyle::Singapore:
        p = QStringLiteral("+65 ");
        oneOf(u"89");
        digits(3);
        p.append(u' ');
        digits(4);
        break;
    case PhoneStyle::NewZealand:
        p = QStringLiteral("+64 2");
        oneOf(u"127");
        p.append(u' ');
        digits(3);
        p.append(u' ');
        digits(4);
        break;
    case PhoneStyle::Ireland:
        p = QStringLiteral("+353 8");
        oneOf(u"35679");
        p.append(u' ');
        digits(3);
        p.append(u' ');
        digits(4);
        break;
    case PhoneStyle::HongKong:
        p = QStringLiteral("+852 ");
        oneOf(u"569");
        digits(3);
        p.append(u' ');
        digits(4);
        break;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------------------
// In-memory model of the generated rows. Orders and complaints are generated first and written afterwards
// so that their ids follow time, as they would in a live system.

struct MerchantInfo
{
    qint64 createdAt = 0;
    double complaintFactor = 1.0;  // > 1: this shop draws more complaints than its peers
    double shippingSlowness = 1.0; // multiplies the delivery time
};

struct ProductInfo
{
    int merchant = 0; // index into kMerchants
    Category category = Home;
    const ItemDef *item = nullptr;
    qint64 priceFen = 0;
    double complaintFactor = 1.0;
};

struct CustomerInfo
{
    qint64 createdAt = 0;
    int orderCount = 0;
    bool english = false;
    quint8 tier = 0; // 0 standard .. 3 vip
    // Derived from the generated orders and complaints; the tags follow from them.
    int complaints = 0;
    int bulkOrders = 0; // orders of three or more units
    int toyOrders = 0;
    int acceptedTokens = 0; // coupons or points the customer settled for
    quint16 tags = 0;       // bit per Tag
    int lastAgent = -1;     // index into the agents, for repeat contact with the same person
};

struct OrderRow
{
    qint64 orderedAt = 0;
    qint64 deliveredAt = 0; // 0: not delivered
    qint32 customer = 0;    // index (id - 1)
    qint32 product = 0;     // index (id - 1)
    qint32 quantity = 1;
    Status status = Paid;
};

struct ComplaintRow
{
    qint64 createdAt = 0;
    qint32 order = 0; // index into the sorted orders (id - 1)
    qint32 conversationId = 0;
    qint8 category = 0;
    qint8 resolution = -1; // -1: unresolved
    qint8 accepted = -1;   // -1: unknown (unresolved)
};

struct PraiseRow
{
    qint64 createdAt = 0;
    qint32 order = 0; // index into the sorted orders (id - 1)
    qint8 aspect = 0;
};

constexpr int kMaxMessages = 4;

// A resolved historical conversation, complete with its messages (customer first, then alternating).
struct ConversationRow
{
    qint64 createdAt = 0;
    qint64 queuedAt = 0;
    qint64 assignedAt = 0; // 0: nobody was assigned (no agents exist)
    qint64 resolvedAt = 0;
    qint64 agentId = 0;
    qint64 messageAt[kMaxMessages] = {};
    QString bodies[kMaxMessages];
    QString summary;
    qint32 customer = 0;
    qint32 order = 0;
    qint32 complaint = -1; // index into the complaints; -1 for a praise
    qint8 channel = 0;
    qint8 messageCount = 0;
};

struct MessageRef
{
    qint64 createdAt = 0;
    qint32 conversationId = 0;
    qint32 index = 0; // into ConversationRow::bodies
};

// How a product is referred to in running text (see the {i}, {t} and {T} markers above).
struct ItemWords
{
    QString zh, en, enThe, enTheStart;
};

ItemWords itemWords(const ProductInfo &product)
{
    ItemWords words;
    words.en = text(product.item->en);
    if (product.category == Books) {
        // Titles take neither an article nor a capital fix; Chinese marks them with book-title brackets.
        words.zh = u'《' + text(product.item->zh) + u'》';
        words.enThe = words.en;
        words.enTheStart = words.en;
    } else {
        words.zh = text(product.item->zh);
        words.enThe = QStringLiteral("the ") + words.en;
        words.enTheStart = QStringLiteral("The ") + words.en;
    }
    return words;
}

// Expands a template's markers; {n} and {x} both stand for `number`, as no template needs two.
QString fill(const Phrase &phrase, bool english, const ItemWords &item, const QString &number = {})
{
    const char16_t *c = english ? phrase.en : phrase.zh;
    QString out;
    out.reserve(80);
    for (; *c; ++c) {
        if (c[0] == u'{' && c[1] != 0 && c[2] == u'}') {
            switch (c[1]) {
            case u'i':
                out += english ? item.en : item.zh;
                break;
            case u't':
                out += english ? item.enThe : item.zh;
                break;
            case u'T':
                out += english ? item.enTheStart : item.zh;
                break;
            default:
                out += number;
                break;
            }
            c += 2;
            continue;
        }
        out += QChar(*c);
    }
    return out;
}

QString say(const Phrase &phrase, bool english)
{
    return text(english ? phrase.en : phrase.zh);
}

// Whole yuan when the amount has no fen, else two decimals ("129" or "129.90").
QString yuanText(qint64 fen)
{
    QString out = QString::number(fen / 100);
    if (fen % 100 != 0)
        out += u'.' + QString::number(fen % 100).rightJustified(2, u'0');
    return out;
}

const char *const kTierNames[] = {"standard", "silver", "gold", "vip"};

// Loyal customers climb the tiers, so the tier mix depends on how much the customer buys.
int pickTier(Dice &dice, int orderCount)
{
    static const int heavy[] = {25, 30, 30, 15};
    static const int regular[] = {50, 28, 16, 6};
    static const int light[] = {80, 15, 4, 1};
    if (orderCount >= 20)
        return dice.weighted(heavy);
    if (orderCount >= 10)
        return dice.weighted(regular);
    return dice.weighted(light);
}

qint64 pickOrderTime(Dice &dice, qint64 start, qint64 end, qint64 utcOffset,
                     const std::vector<qint64> &festivals)
{
    const qint64 firstDay = floorDiv(start + utcOffset, kDay);
    const qint64 lastDay = floorDiv(end + utcOffset, kDay);
    qint64 day = firstDay + dice.spanBelow(lastDay - firstDay + 1);
    // Shopping festivals (6.18, 11.11, 12.12) concentrate a visible share of the year's orders.
    if (dice.chance(0.05)) {
        int inRange = 0;
        for (qint64 f : festivals)
            inRange += (f >= firstDay && f <= lastDay) ? 1 : 0;
        if (inRange > 0) {
            int chosen = dice.below(inRange);
            for (qint64 f : festivals) {
                if (f >= firstDay && f <= lastDay && chosen-- == 0) {
                    day = f;
                    break;
                }
            }
        }
    }
    const int hour = dice.weighted(kHourWeights);
    const qint64 t = day * kDay - utcOffset + hour * kHour + dice.spanBelow(kHour);
    if (t < start || t > end)
        return start + dice.spanBelow(end - start + 1);
    return t;
}

int pickQuantity(Dice &dice, Category category)
{
    // Consumables are bought by the bag; gadgets and clothes almost always one at a time.
    if (category == Food || category == Books || category == Beauty) {
        static const int weights[] = {70, 18, 7, 3, 2};
        return 1 + dice.weighted(weights);
    }
    static const int weights[] = {90, 7, 2, 1};
    return 1 + dice.weighted(weights);
}

int pickComplaintCategory(Dice &dice, const OrderRow &order, Category productCategory)
{
    switch (order.status) {
    case Paid: {
        static const int weights[] = {30, 0, 0, 0, 0, 35, 0, 15, 20};
        return dice.weighted(weights);
    }
    case Shipped: {
        static const int weights[] = {75, 0, 0, 0, 0, 10, 0, 0, 15};
        return dice.weighted(weights);
    }
    case Cancelled: {
        static const int weights[] = {0, 0, 0, 0, 0, 35, 50, 5, 10};
        return dice.weighted(weights);
    }
    case Refunded:
        if (dice.chance(0.4))
            return Refund;
        break;
    case Delivered:
    case Returned:
        break;
    }
    // A parcel that took more than five days is the usual reason to complain about delivery.
    if (order.deliveredAt - order.orderedAt > 5 * kDay && dice.chance(0.6))
        return LateDelivery;
    return dice.weighted(kComplaintMix[productCategory]);
}

// Tags that follow from the customer's record, then preferences that are pure chance; at most kMaxTags,
// kept in the priority order of Tag. Every roll is taken whatever the outcome, so one customer's tags do
// not shift the random choices made for the next.
quint16 pickTags(Dice &dice, const CustomerInfo &c, qint64 now)
{
    const qint64 age = now - c.createdAt;
    bool wanted[TagCount] = {};
    const bool vipRoll = dice.chance(0.9), goldRoll = dice.chance(0.12);
    wanted[VipService] = (c.tier == 3 && vipRoll) || (c.tier == 2 && goldRoll);
    // Three complaints from a customer who seldom buys is a pattern; three out of a hundred orders is not.
    const bool complainerRoll = dice.chance(0.5);
    wanted[RepeatComplainer] =
        c.complaints >= 3 && (c.complaints >= 5 || c.complaints * 5 >= c.orderCount || complainerRoll);
    wanted[NewCustomer] = age < kNewCustomerAge;
    wanted[ElderlyCare] = dice.chance(c.english ? 0.01 : 0.035);
    const double frequentRoll = dice.unit();
    wanted[FrequentBuyer] =
        (c.orderCount >= 20 && frequentRoll < 0.9) || (c.orderCount >= 12 && frequentRoll < 0.4);
    const double loyalRoll = dice.unit();
    wanted[Loyal] = !wanted[NewCustomer] && ((age >= 3 * kYear && c.orderCount >= 8 && loyalRoll < 0.6) ||
                                             (c.tier >= 2 && age >= 2 * kYear && loyalRoll < 0.3));
    const double businessRoll = dice.unit();
    wanted[BusinessBuyer] =
        (c.bulkOrders >= 2 && businessRoll < 0.6) || (c.orderCount >= 5 && businessRoll < 0.01);
    wanted[PrefersPhone] = dice.chance(wanted[ElderlyCare] ? 0.7 : 0.07);
    const bool chatRoll = dice.chance(c.english ? 0.08 : 0.11);
    wanted[PrefersChat] = !wanted[PrefersPhone] && chatRoll;
    wanted[PriceSensitive] = dice.chance(c.acceptedTokens > 0 ? 0.35 : c.tier == 0 ? 0.08 : 0.03);
    wanted[GiftBuyer] = dice.chance(c.toyOrders >= 2 ? 0.15 : 0.04);

    quint16 tags = 0;
    int kept = 0;
    for (int t = 0; t < TagCount && kept < kMaxTags; ++t) {
        if (wanted[t]) {
            tags |= quint16(1u << t);
            ++kept;
        }
    }
    return tags;
}

Channel pickChannel(Dice &dice, const CustomerInfo &c)
{
    const double roll = dice.unit();
    if ((c.tags & (1u << PrefersPhone)) && roll < 0.75)
        return Phone;
    if ((c.tags & (1u << ElderlyCare)) && roll < 0.6)
        return Phone;
    int weights[ChannelCount];
    std::copy(std::begin(c.english ? kEnglishChannelMix : kChineseChannelMix),
              std::end(c.english ? kEnglishChannelMix : kChineseChannelMix), weights);
    if (c.tags & (1u << PrefersChat))
        weights[Phone] = 2;
    return Channel(dice.weighted(weights));
}

// Times of a conversation that starts within ten minutes after `start`: the customer's first message,
// the queue, the agent picking it up, the exchange and the close; at most about half an hour in all
// (see kConversationRoom).
void planConversation(Dice &dice, qint64 start, int messageCount, bool assigned, ConversationRow &row)
{
    constexpr qint64 kSecond = 1000;
    row.messageCount = qint8(messageCount);
    row.createdAt = start + kMinute + dice.spanBelow(9 * kMinute);
    row.messageAt[0] = row.createdAt + 5 * kSecond + dice.spanBelow(40 * kSecond);
    row.queuedAt = row.messageAt[0] + 2 * kSecond + dice.spanBelow(30 * kSecond);
    const qint64 wait = 10 * kSecond + std::min<qint64>(qint64(dice.exponential(90 * kSecond)), 10 * kMinute);
    const qint64 pickedUp = row.queuedAt + wait;
    row.assignedAt = assigned ? pickedUp : 0;
    qint64 previous = pickedUp;
    for (int k = 1; k < messageCount; ++k) {
        // Odd messages are the agent's: agents answer within two minutes, customers take up to three.
        previous += (k % 2 == 1) ? 20 * kSecond + dice.spanBelow(100 * kSecond)
                                 : 15 * kSecond + dice.spanBelow(150 * kSecond);
        row.messageAt[k] = previous;
    }
    row.resolvedAt = previous + 10 * kSecond + dice.spanBelow(110 * kSecond);
}

// The wording of a complaint, chosen by what went wrong with what kind of product. `days` is how long
// the parcel took, or has been on its way when it has not arrived.
const ComplaintText &complaintText(Dice &dice, ComplaintCategory category, const OrderRow &order, qint64 days,
                                   Category productCategory)
{
    switch (category) {
    case LateDelivery:
        if (order.deliveredAt != 0)
            return days >= 3 ? dice.pick(kLateDelivered) : dice.pick(kLateMissedPromise);
        return days >= 2 ? dice.pick(kLateInTransit) : dice.pick(kNotShipped);
    case DamagedItem:
        return dice.pick(kDamaged);
    case WrongItem:
        if (productCategory == Apparel)
            return dice.pick(kWrongSize);
        return productCategory == Books ? dice.pick(kWrongBook) : dice.pick(kWrongVersion);
    case Quality:
        return kQualityByCategory[productCategory];
    case MissingParts:
        return productCategory == Books ? dice.pick(kMissingPages) : dice.pick(kMissingParts);
    case Billing:
        return dice.pick(kBilling);
    case Refund:
        return dice.pick(kRefund);
    case Account:
        return dice.pick(kAccount);
    case ServiceAttitude:
    case ComplaintCategoryCount:
        break;
    }
    return dice.pick(kServiceAttitude);
}

// The amount a resolution names: coupon value and refunds in yuan, or a number of points.
QString resolutionAmount(Dice &dice, Resolution resolution, qint64 orderFen)
{
    switch (resolution) {
    case Coupon: {
        static const int small[] = {5, 10}, medium[] = {10, 20}, large[] = {20, 30, 50};
        const int yuan = orderFen < 5000    ? dice.pick(small)
                         : orderFen < 20000 ? dice.pick(medium)
                                            : dice.pick(large);
        return QString::number(yuan);
    }
    case PartialRefund: {
        const qint64 yuan = std::max<qint64>(1, orderFen * dice.between(10, 50) / 10000);
        return QString::number(yuan);
    }
    case FullRefund:
        return yuanText(orderFen);
    case Points: {
        static const int points[] = {100, 200, 300, 500, 1000};
        return QString::number(dice.pick(points));
    }
    default:
        return {};
    }
}

// Fills in the summary and the messages of the conversation that handled a complaint.
void writeComplaintConversation(Dice &dice, const ComplaintRow &complaint, const OrderRow &order,
                                const ProductInfo &product, const ItemWords &item, bool english,
                                ConversationRow &row)
{
    const auto category = ComplaintCategory(complaint.category);
    const qint64 elapsedDays =
        ((order.deliveredAt != 0 ? order.deliveredAt : complaint.createdAt) - order.orderedAt) / kDay;
    const ComplaintText &wording = complaintText(dice, category, order, elapsedDays, product.category);
    const QString days = QString::number(elapsedDays);
    static const Phrase greetings[] = {
        {u"", u""}, {u"你好，", u"Hi! "}, {u"在吗？", u"Hello. "}, {u"客服你好，", u""}};
    row.bodies[0] = say(dice.pick(greetings), english) + fill(wording.opening, english, item, days);

    const bool resolved = complaint.resolution >= 0;
    const bool accepted = complaint.accepted == 1;
    const QString problem = fill(wording.summary, english, item, days);
    const QString separator = english ? QStringLiteral("; ") : QStringLiteral("，");
    const QString comma = english ? QStringLiteral(", ") : QStringLiteral("，");
    if (resolved) {
        const auto resolution = Resolution(complaint.resolution);
        const QString amount = resolutionAmount(dice, resolution, product.priceFen * order.quantity);
        row.summary = problem + separator + fill(kOutcomes[resolution], english, item, amount) + comma +
                      say(accepted ? kVerdictAccepted : kVerdictDeclined, english);
        row.bodies[1] = fill(kOffers[resolution], english, item, amount);
        row.bodies[2] = say(accepted ? dice.pick(kCustomerAccepts) : dice.pick(kCustomerDeclines), english);
        row.bodies[3] = say(accepted ? dice.pick(kAgentClosesAccepted) : kAgentClosesDeclined, english);
    } else {
        const bool courier = category == LateDelivery;
        row.summary =
            problem + separator + say(courier ? kPendingOutcomeCourier : kPendingOutcomeShop, english);
        row.bodies[1] = say(courier ? kPendingOfferCourier : kPendingOfferShop, english);
        row.bodies[2] = say(dice.pick(kCustomerWaits), english);
        row.bodies[3] = say(kAgentClosesPending, english);
    }
    for (int k = row.messageCount; k < kMaxMessages; ++k)
        row.bodies[k].clear();
}

void writePraiseConversation(Dice &dice, Aspect aspect, const ItemWords &item, bool english,
                             ConversationRow &row)
{
    row.bodies[0] = fill(kPraiseMessages[aspect], english, item);
    row.bodies[1] = say(dice.pick(kAgentThanks), english);
    row.summary = say(row.channel == Phone ? kPraiseSummaryByPhone : kPraiseSummaryInWriting, english) +
                  say(kPraisedAspects[aspect], english);
}

// Rows are written by multi-row INSERT statements, kBatchRows rows each, bound through the SQLite C API.
// The profile statistics triggers make SQLite keep a statement journal for every INSERT (a copy of each
// page the statement changes, so that a failing trigger can be undone); with one statement per row the
// same pages were copied again for every row. Batching cuts a million-order load by about a third.
// Values are given in column order, row after row, and buffered until their batch is written.
class BatchInsert
{
public:
    Q_DISABLE_COPY_MOVE(BatchInsert)

    static constexpr int kBatchRows = 128;

    // `head` is "INSERT INTO t (a, b, ...) VALUES " and `row` one row's values, e.g. "(?, ?, 'x', ?)".
    BatchInsert(sqlite3 *connection, const char *head, const char *row)
        : m_connection(connection)
        , m_head(head)
        , m_row(row)
        , m_columns(int(m_row.count('?')))
    {
        m_statement = prepare(kBatchRows);
        m_values.reserve(std::size_t(kBatchRows * m_columns));
    }
    ~BatchInsert() { sqlite3_finalize(m_statement); }

    bool isValid() const { return m_statement != nullptr; }
    const QString &error() const { return m_error; }

    void add(qint64 value) { m_values.push_back({Value::Integer, value, nullptr}); }
    void addNull() { m_values.push_back({Value::Null, 0, nullptr}); }
    // 0 stands for "none" in the generator's rows.
    void addNullable(qint64 value) { value != 0 ? add(value) : addNull(); }
    // The generator's constant ASCII names, which outlive every statement.
    void addStatic(const char *value) { m_values.push_back({Value::Static, 0, value}); }
    // A null QString is NULL.
    void add(const QString &value)
    {
        if (value.isNull())
            addNull();
        else
            addUtf8(value.toUtf8());
    }
    void addUtf8(QByteArrayView utf8)
    {
        m_values.push_back({Value::Text, m_text.size(), nullptr, int(utf8.size())});
        m_text.append(utf8);
    }

    // Ends a row; writes the batch once it is full.
    bool endRow()
    {
        ++m_rows;
        if (m_values.size() != std::size_t(m_rows * m_columns)) {
            m_error = QStringLiteral("a row has the wrong number of values for ") + QString::fromUtf8(m_head);
            return false;
        }
        return m_rows < kBatchRows || write(m_statement);
    }
    // Writes the rows of the last, incomplete batch.
    bool finish()
    {
        if (m_rows == 0)
            return true;
        sqlite3_stmt *const tail = prepare(m_rows);
        const bool written = tail && write(tail);
        sqlite3_finalize(tail);
        return written;
    }

private:
    struct Value
    {
        enum Kind : quint8 { Null, Integer, Static, Text } kind;
        qint64 number; // the integer, or the text's offset in m_text
        const char *constant;
        int size = 0;
    };

    sqlite3_stmt *prepare(int rows)
    {
        QByteArray sql = m_head;
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql += ',';
            sql += m_row;
        }
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()),
                               rows == kBatchRows ? SQLITE_PREPARE_PERSISTENT : 0, &statement,
                               nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return statement;
    }

    bool write(sqlite3_stmt *statement)
    {
        int rc = SQLITE_OK;
        for (std::size_t i = 0; i < m_values.size() && rc == SQLITE_OK; ++i) {
            const Value &v = m_values[i];
            const int index = int(i) + 1;
            switch (v.kind) {
            case Value::Null:
                rc = sqlite3_bind_null(statement, index);
                break;
            case Value::Integer:
                rc = sqlite3_bind_int64(statement, index, v.number);
                break;
            case Value::Static:
                rc = sqlite3_bind_text(statement, index, v.constant, -1, SQLITE_STATIC);
                break;
            case Value::Text:
                // m_text is neither changed nor freed before the statement has run.
                rc =
                    sqlite3_bind_text(statement, index, m_text.constData() + v.number, v.size, SQLITE_STATIC);
                break;
            }
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(statement);
        m_values.clear();
        m_text.clear();
        m_rows = 0;
        return rc == SQLITE_DONE;
    }

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_head, m_row;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<Value> m_values;
    QByteArray m_text;
    QString m_error;
};

// Raises the connection's SQLite page cache for the duration of the load and restores it afterwards.
// orders_customer receives its keys in random customer order; with the default 2 MB cache nearly every
// insert into that index evicts and re-reads pages, which makes a million orders take about half again as
// long. cache_size is a per-connection setting, so nothing persists in the database file.
class PageCacheBoost
{
public:
    Q_DISABLE_COPY_MOVE(PageCacheBoost)

    PageCacheBoost(const QSqlDatabase &db, qint64 wantedKiB)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return;
        const qint64 current = q.value(0).toLongLong();
        qint64 currentKiB = -current; // negative values are KiB, positive ones are pages
        if (current > 0) {
            if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
                return;
            currentKiB = current * q.value(0).toLongLong() / 1024;
        }
        if (wantedKiB <= currentKiB)
            return;
        if (q.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(-wantedKiB)))
            m_previous = current;
    }

    ~PageCacheBoost()
    {
        if (!m_previous)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(*m_previous));
    }

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

} // namespace

std::optional<DemoDataReport> seedDemoData(QSqlDatabase db, const DemoDataOptions &options, QString *error)
{
    QElapsedTimer timer;
    timer.start();

    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
    };
    if (!db.isOpen()) {
        setError(QStringLiteral("demo data: database is not open"));
        return std::nullopt;
    }
    if (options.customers < 0 || options.averageOrdersPerCustomer < 0 || options.largeCustomerOrders < 0) {
        setError(QStringLiteral("demo data: negative counts in options"));
        return std::nullopt;
    }
    if (!(options.praiseRate >= 0 && options.praiseRate <= 1) ||
        !(options.praiseConversationRate >= 0 && options.praiseConversationRate <= 1)) {
        setError(QStringLiteral("demo data: praise rates must lie between 0 and 1"));
        return std::nullopt;
    }
    if (options.largeCustomerOrders > 0 && options.customers < 1) {
        setError(QStringLiteral("demo data: largeCustomerOrders needs at least one customer"));
        return std::nullopt;
    }

    const qint64 now = options.nowMs != 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 windowStart = now - kOrderWindow;
    const qint64 lastOrderTime = now - 5 * kMinute;
    // Complaints and praise are recorded no later than this, so their conversations have ended by now.
    const qint64 latestRecord = now - kConversationRoom;
    Dice dice(options.seed);

    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        setError(QStringLiteral("demo data: the database driver is not SQLite"));
        return std::nullopt;
    }
    // The connection's own handle, used on this thread only, like the QSqlDatabase it belongs to.
    sqlite3 *const connection = *static_cast<sqlite3 *const *>(handle.data());

    QSqlQuery query(db);
    auto fail = [&](const QString &what, const QString &detail) {
        setError(QStringLiteral("demo data: ") + what + QStringLiteral(": ") + detail);
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };

    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(QStringLiteral("demo data: cannot begin transaction: ") + query.lastError().text());
        return std::nullopt;
    }
    // Explicit ids are written below, so the tables must start empty (checked under the write lock).
    if (!query.exec(
            QStringLiteral("SELECT EXISTS(SELECT 1 FROM customers) OR EXISTS(SELECT 1 FROM merchants)"
                           " OR EXISTS(SELECT 1 FROM products) OR EXISTS(SELECT 1 FROM orders)"
                           " OR EXISTS(SELECT 1 FROM complaints) OR EXISTS(SELECT 1 FROM praises)"
                           " OR EXISTS(SELECT 1 FROM customer_tags)"
                           " OR EXISTS(SELECT 1 FROM conversations) OR EXISTS(SELECT 1 FROM messages)")))
        return fail(QStringLiteral("cannot inspect tables"), query.lastError().text());
    if (!query.next() || query.value(0).toInt() != 0) {
        query.finish();
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        setError(
            QStringLiteral("demo data: the database already holds customers, merchants, products, orders, "
                           "complaints, praises, tags, conversations or messages"));
        return std::nullopt;
    }
    query.finish();

    // The staff who handled the historical conversations; seeding accounts is someone else's job.
    std::vector<qint64> agentIds;
    if (!query.exec(QStringLiteral("SELECT id FROM agents WHERE role = 'agent' ORDER BY id")))
        return fail(QStringLiteral("cannot read agents"), query.lastError().text());
    while (query.next())
        agentIds.push_back(query.value(0).toLongLong());
    query.finish();

    DemoDataReport report;

    // ---- merchants: opened well before the order window, so every product exists when it is ordered.
    const int merchantCount = int(std::size(kMerchants));
    std::vector<MerchantInfo> merchants(merchantCount);
    for (MerchantInfo &m : merchants) {
        m.createdAt = now - 6 * kYear + dice.spanBelow(4 * kYear - 30 * kDay);
        m.complaintFactor = std::exp(0.25 * dice.normal());
        m.shippingSlowness = std::exp(0.15 * dice.normal());
    }
    // A handful of clearly bad shops (slow and complaint-prone) and a handful of excellent ones, so that
    // per-merchant complaint statistics show real differences.
    {
        std::vector<int> shuffled(merchantCount);
        for (int i = 0; i < merchantCount; ++i)
            shuffled[i] = i;
        for (int i = merchantCount - 1; i > 0; --i)
            std::swap(shuffled[i], shuffled[dice.below(i + 1)]);
        for (int i = 0; i < 4; ++i) {
            merchants[shuffled[i]].complaintFactor *= 2.8;
            merchants[shuffled[i]].shippingSlowness *= 1.7;
        }
        for (int i = 4; i < 8; ++i)
            merchants[shuffled[i]].complaintFactor *= 0.45;
    }
    // Every table below is written through a BatchInsert, in id order.
    BatchInsert merchantInsert(connection, "INSERT INTO merchants (id, name, created_at) VALUES ",
                               "(?, ?, ?)");
    if (!merchantInsert.isValid())
        return fail(QStringLiteral("cannot prepare merchant insert"), merchantInsert.error());
    for (int i = 0; i < merchantCount; ++i) {
        merchantInsert.add(qint64(i + 1));
        merchantInsert.add(text(kMerchants[i].name));
        merchantInsert.add(merchants[i].createdAt);
        if (!merchantInsert.endRow())
            return fail(QStringLiteral("cannot insert merchant"), merchantInsert.error());
    }
    if (!merchantInsert.finish())
        return fail(QStringLiteral("cannot insert merchant"), merchantInsert.error());
    report.merchants = merchantCount;

    // ---- products: 6..14 per merchant, named in the merchant's language.
    std::vector<ProductInfo> products;
    CumulativeTable popularity;        // all products
    CumulativeTable englishPopularity; // products of English-language shops
    std::vector<int> englishProducts;
    BatchInsert productInsert(connection,
                              "INSERT INTO products (id, merchant_id, name, category, price_cents) VALUES ",
                              "(?, ?, ?, ?, ?)");
    if (!productInsert.isValid())
        return fail(QStringLiteral("cannot prepare product insert"), productInsert.error());
    for (int m = 0; m < merchantCount; ++m) {
        const MerchantDef &def = kMerchants[m];
        const int count = dice.between(6, 14);
        QSet<QString> names; // a shop does not list the same title twice
        for (int k = 0; k < count; ++k) {
            ProductInfo product;
            product.merchant = m;
            product.category =
                (def.secondary >= 0 && dice.chance(0.3)) ? Category(def.secondary) : def.primary;
            const ItemList &list = kItems[product.category];
            QString name;
            const ItemDef *item = nullptr;
            for (int attempt = 0; attempt < 8; ++attempt) {
                item = &list.items[dice.below(list.count)];
                const bool withVariant = dice.chance(0.6);
                const int variant = dice.below(6);
                const QString base = text(def.english ? item->en : item->zh);
                const VariantList &variants = kVariants[product.category];
                const QString variantText = text(def.english ? variants.en[variant] : variants.zh[variant]);
                if (product.category == Books) {
                    // Book titles carry no shop brand; the edition goes in brackets.
                    name = base;
                    if (withVariant && def.english)
                        name += QStringLiteral(" (") + variantText + u')';
                    else if (withVariant)
                        name += u'（' + variantText + u'）';
                } else {
                    name = text(def.brand) + u' ' + base;
                    if (withVariant && def.english)
                        name += QStringLiteral(" - ") + variantText;
                    else if (withVariant)
                        name += u' ' + variantText;
                }
                if (!names.contains(name))
                    break;
            }
            if (names.contains(name))
                continue; // this shop's catalogue is saturated for the category; list fewer products
            names.insert(name);
            product.item = item;

            int yuan = dice.between(item->minYuan, item->maxYuan);
            if (yuan >= 20)
                yuan = yuan / 10 * 10 + 9; // shops love prices ending in 9
            product.priceFen = qint64(yuan) * 100 + (dice.chance(0.3) ? 90 : 0);
            product.complaintFactor = std::exp(0.3 * dice.normal()) * (dice.chance(0.04) ? 4.0 : 1.0);
            // Log-normal popularity: a few best sellers, a long tail of rarely bought items.
            const double weight = std::exp(1.0 * dice.normal());

            const qint64 id = qint64(products.size()) + 1;
            productInsert.add(id);
            productInsert.add(qint64(m + 1));
            productInsert.add(name);
            productInsert.addStatic(kCategoryNames[product.category]);
            productInsert.add(product.priceFen);
            if (!productInsert.endRow())
                return fail(QStringLiteral("cannot insert product"), productInsert.error());
            popularity.add(weight);
            if (def.english) {
                englishPopularity.add(weight);
                englishProducts.push_back(int(products.size()));
            }
            products.push_back(product);
        }
    }
    if (!productInsert.finish())
        return fail(QStringLiteral("cannot insert product"), productInsert.error());
    report.products = qint64(products.size());

    // ---- customers: registration times first (ids follow registration), then how much each one buys.
    const int customerCount = options.customers;
    std::vector<CustomerInfo> customers(customerCount);
    {
        std::vector<qint64> created(customerCount);
        for (qint64 &c : created) {
            // About half registered before the order window; the platform keeps growing, so the rest are
            // spread over the two years up to two days ago.
            c = dice.chance(0.45) ? now - 5 * kYear + dice.spanBelow(3 * kYear)
                                  : windowStart + dice.spanBelow(kOrderWindow - 2 * kDay);
        }
        std::sort(created.begin(), created.end());
        for (int i = 0; i < customerCount; ++i)
            customers[i].createdAt = created[i];
        if (options.largeCustomerOrders > 0)
            customers[0].createdAt = std::min(customers[0].createdAt, windowStart - 30 * kDay);
    }
    {
        // Someone who registered last month has had less time to buy: scale each customer's expected
        // count by their active share of the window, then renormalise so the average holds.
        std::vector<double> activity(customerCount);
        double activitySum = 0;
        for (int i = 0; i < customerCount; ++i) {
            const qint64 start = std::max(customers[i].createdAt + kHour, windowStart);
            activity[i] = std::clamp(double(lastOrderTime - start) / double(kYear), 0.15, 1.0);
            activitySum += activity[i];
        }
        const double meanActivity = customerCount > 0 ? activitySum / customerCount : 1.0;
        const int average = options.averageOrdersPerCustomer;
        for (int i = 0; i < customerCount; ++i) {
            int count = 0;
            if (average == 1) {
                count = 1;
            } else if (average > 1) {
                // 1 + exponential: most people buy a few times, some 30+ times.
                const double extra = dice.exponential((average - 1) * activity[i] / meanActivity);
                count = 1 + int(std::min(extra + 0.5, 1.0e6));
            }
            customers[i].orderCount = count;
        }
        if (options.largeCustomerOrders > 0)
            customers[0].orderCount = options.largeCustomerOrders;
    }

    const CumulativeTable surnameTable = weightTable(kSurnames);
    const CumulativeTable chineseCityTable = weightTable(kChineseCities);
    const CumulativeTable englishCityTable = weightTable(kEnglishCities);
    const CumulativeTable chineseDomainTable = weightTable(kChineseMailDomains);
    const CumulativeTable englishDomainTable = weightTable(kEnglishMailDomains);

    BatchInsert customerInsert(
        connection,
        "INSERT INTO customers (id, display_name, locale, tier, email, phone, city, created_at) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!customerInsert.isValid())
        return fail(QStringLiteral("cannot prepare customer insert"), customerInsert.error());
    for (int i = 0; i < customerCount; ++i) {
        CustomerInfo &customer = customers[i];
        customer.english = dice.chance(0.25);
        customer.tier =
            quint8(i == 0 && options.largeCustomerOrders > 0 ? 3 : pickTier(dice, customer.orderCount));

        QString name, city;
        QString email, phone; // null when the customer gave none
        if (!customer.english) {
            const Surname &surname = kSurnames[surnameTable.pick(dice)];
            const GivenName &given = dice.pick(kGivenNames);
            name = text(surname.hanzi) + text(given.hanzi);
            city = text(kChineseCities[chineseCityTable.pick(dice)].name);
            // Chinese platforms sign up by mobile number; e-mail is optional and often a QQ mailbox.
            phone = dice.chance(0.98) ? chinesePhone(dice) : QString();
            if (dice.chance(0.6)) {
                const QString domain = text(kChineseMailDomains[chineseDomainTable.pick(dice)].domain);
                QString local;
                if (domain == u"qq.com" || dice.chance(0.1)) {
                    local = QString::number(dice.between(1, 9));
                    dice.appendDigits(local, dice.between(6, 9));
                } else {
                    local = QString::fromLatin1(surname.pinyin) + QString::fromLatin1(given.pinyin);
                    const int style = dice.below(3);
                    if (style == 0)
                        local += QString::number(dice.between(1970, 2006));
                    else if (style == 1)
                        local += QString::number(dice.between(1, 999));
                }
                email = QString(local + u'@' + domain);
            }
        } else {
            const QString first = text(dice.pick(kFirstNames));
            const QString last = text(dice.pick(kLastNames));
            name = first + u' ' + last;
            const EnglishCity &c = kEnglishCities[englishCityTable.pick(dice)];
            city = text(c.name);
            phone = dice.chance(0.8) ? englishPhone(dice, c) : QString();
            if (dice.chance(0.9)) {
                const QString f = asciiLower(first), l = asciiLower(last);
                QString local;
                switch (dice.below(5)) {
                case 0:
                    local = f + u'.' + l;
                    break;
                case 1:
                    local = f + l + QString::number(dice.between(1, 99));
                    break;
                case 2:
                    local = f.left(1) + u'.' + l;
                    break;
                case 3:
                    local = f + u'_' + l;
                    break;
                default:
                    local = f + u'.' + l.left(1) + QString::number(dice.between(70, 99));
                    break;
                }
                email =
                    QString(local + u'@' + text(kEnglishMailDomains[englishDomainTable.pick(dice)].domain));
            }
        }
        customerInsert.add(qint64(i + 1));
        customerInsert.add(name);
        customerInsert.addStatic(customer.english ? "en" : "zh_CN");
        customerInsert.addStatic(kTierNames[customer.tier]);
        customerInsert.add(email);
        customerInsert.add(phone);
        customerInsert.add(city);
        customerInsert.add(customer.createdAt);
        if (!customerInsert.endRow())
            return fail(QStringLiteral("cannot insert customer"), customerInsert.error());
    }
    if (!customerInsert.finish())
        return fail(QStringLiteral("cannot insert customer"), customerInsert.error());
    report.customers = customerCount;

    // ---- orders
    std::vector<qint64> festivals; // local (UTC+8) day numbers
    {
        const int firstYear = QDateTime::fromMSecsSinceEpoch(windowStart, Qt::UTC).date().year();
        const int lastYear = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().year();
        const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();
        for (int year = firstYear; year <= lastYear; ++year) {
            for (const QDate &d : {QDate(year, 6, 18), QDate(year, 11, 11), QDate(year, 12, 12)})
                festivals.push_back(d.toJulianDay() - epochJulian);
        }
    }

    std::vector<OrderRow> orders;
    {
        qint64 total = 0;
        for (const CustomerInfo &c : customers)
            total += c.orderCount;
        orders.reserve(std::size_t(total));
    }
    for (int i = 0; i < customerCount; ++i) {
        const CustomerInfo &customer = customers[i];
        const qint64 start = std::max(customer.createdAt + kHour, windowStart);
        const qint64 utcOffset = customer.english ? 0 : kChinaUtcOffset;
        for (int k = 0; k < customer.orderCount; ++k) {
            OrderRow order;
            order.customer = i;
            order.orderedAt = pickOrderTime(dice, start, lastOrderTime, utcOffset, festivals);
            // English speakers lean towards the English-language shops but buy everywhere.
            order.product = (customer.english && !englishPopularity.isEmpty() && dice.chance(0.35))
                                ? englishProducts[englishPopularity.pick(dice)]
                                : popularity.pick(dice);
            const ProductInfo &product = products[order.product];
            order.quantity = pickQuantity(dice, product.category);

            // Delivery takes roughly one to three days, longer from slow shops, with a late tail.
            const double slowness = merchants[product.merchant].shippingSlowness;
            qint64 travel = qint64(double(20 * kHour + dice.spanBelow(60 * kHour)) * slowness);
            if (dice.chance(slowness > 1.3 ? 0.14 : 0.05))
                travel += 3 * kDay + dice.spanBelow(7 * kDay);
            const qint64 arrival = order.orderedAt + travel;
            const qint64 age = now - order.orderedAt;
            if (dice.chance(0.04)) {
                order.status = Cancelled;
            } else if (arrival > now) {
                // The parcel leaves the warehouse after about a quarter of its journey time.
                order.status = age < travel / 4 ? Paid : Shipped;
            } else {
                order.deliveredAt = arrival;
                const qint64 sinceArrival = now - arrival;
                const double roll = dice.unit();
                if (sinceArrival > 2 * kDay && roll < 0.04)
                    order.status = Returned;
                else if (sinceArrival > kDay && roll < 0.075)
                    order.status = Refunded;
                else
                    order.status = Delivered;
            }
            orders.push_back(order);
        }
    }
    // Ids in time order, like a live shop; the full key makes the order independent of sort stability.
    std::sort(orders.begin(), orders.end(), [](const OrderRow &a, const OrderRow &b) {
        if (a.orderedAt != b.orderedAt)
            return a.orderedAt < b.orderedAt;
        if (a.customer != b.customer)
            return a.customer < b.customer;
        return a.product < b.product;
    });

    // About 64 bytes of index and table pages per order stay hot; 256 MB bounds the memory used.
    const PageCacheBoost cacheBoost(db, std::min<qint64>(qint64(orders.size()) * 64 / 1024, 256 * 1024));

    BatchInsert orderInsert(
        connection,
        "INSERT INTO orders (id, order_no, customer_id, product_id, quantity, amount_cents,"
        " status, ordered_at, delivered_at) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!orderInsert.isValid())
        return fail(QStringLiteral("cannot prepare order insert"), orderInsert.error());
    {
        qint64 currentDay = std::numeric_limits<qint64>::min();
        qint64 sequence = 0;
        char dateDigits[8] = {};
        for (std::size_t n = 0; n < orders.size(); ++n) {
            const OrderRow &order = orders[n];
            // order_no = "WL" + local date + 8 digits. The digits are a bijection of the order's sequence
            // number within its day, so they look random yet never repeat within a day; the date prefix
            // separates days.
            const qint64 day = floorDiv(order.orderedAt + kChinaUtcOffset, kDay);
            if (day != currentDay) {
                currentDay = day;
                sequence = 0;
                int y = 0, mo = 0, d = 0;
                civilFromDays(day, &y, &mo, &d);
                const int packed = y * 10000 + mo * 100 + d;
                for (int i = 7, v = packed; i >= 0; --i, v /= 10)
                    dateDigits[i] = char('0' + v % 10);
            }
            const qint64 mixed = scrambleSerial(sequence, (day * 2654435761LL) % kSerialModulus);
            ++sequence;
            char buffer[18];
            buffer[0] = 'W';
            buffer[1] = 'L';
            std::copy(dateDigits, dateDigits + 8, buffer + 2);
            for (int i = 17, v = int(mixed); i >= 10; --i, v /= 10)
                buffer[i] = char('0' + v % 10);

            const ProductInfo &product = products[order.product];
            orderInsert.add(qint64(n + 1));
            orderInsert.addUtf8(QByteArrayView(buffer, sizeof buffer));
            orderInsert.add(qint64(order.customer + 1));
            orderInsert.add(qint64(order.product + 1));
            orderInsert.add(order.quantity);
            orderInsert.add(product.priceFen * order.quantity);
            orderInsert.addStatic(kStatusNames[order.status]);
            orderInsert.add(order.orderedAt);
            orderInsert.addNullable(order.deliveredAt);
            if (!orderInsert.endRow())
                return fail(QStringLiteral("cannot insert order"), orderInsert.error());
        }
    }
    if (!orderInsert.finish())
        return fail(QStringLiteral("cannot insert order"), orderInsert.error());
    report.orders = qint64(orders.size());

    // ---- complaints: weight every order by how likely it is to go wrong, normalise to kComplaintRate.
    std::vector<ComplaintRow> complaints;
    {
        std::vector<float> weights(orders.size());
        double weightSum = 0;
        for (std::size_t n = 0; n < orders.size(); ++n) {
            const OrderRow &order = orders[n];
            const ProductInfo &product = products[order.product];
            static const double statusWeight[] = {0.3, 0.6, 1.0, 5.0, 4.0, 0.5};
            double w = statusWeight[order.status] * merchants[product.merchant].complaintFactor *
                       product.complaintFactor;
            if (order.deliveredAt != 0 && order.deliveredAt - order.orderedAt > 5 * kDay)
                w *= 3.0;
            if (order.status == Shipped && now - order.orderedAt > 6 * kDay)
                w *= 3.0; // stuck in transit
            weights[n] = float(w);
            weightSum += w;
        }
        const double scale = weightSum > 0 ? kComplaintRate * double(orders.size()) / weightSum : 0.0;
        complaints.reserve(std::size_t(double(orders.size()) * kComplaintRate * 1.2));
        for (std::size_t n = 0; n < orders.size(); ++n) {
            if (!dice.chance(std::min(0.9, scale * weights[n])))
                continue;
            const OrderRow &order = orders[n];
            const ProductInfo &product = products[order.product];
            // Filed after delivery for delivered goods, otherwise some time after ordering; early enough
            // that the conversation which handled it is over by now.
            const qint64 base = order.deliveredAt != 0 ? order.deliveredAt : order.orderedAt;
            if (base > latestRecord)
                continue;
            ComplaintRow complaint;
            complaint.order = qint32(n);
            complaint.category = qint8(pickComplaintCategory(dice, order, product.category));

            const qint64 maxDelay = order.status == Cancelled ? 3 * kDay : 10 * kDay;
            const qint64 room = std::max<qint64>(0, std::min(maxDelay, latestRecord - base));
            const qint64 minDelay = std::min(room, 20 * kMinute); // nobody complains within seconds
            complaint.createdAt = base + minDelay + dice.spanBelow(room - minDelay + 1);

            // Recent complaints are often still open; old ones almost never.
            const bool open = (now - complaint.createdAt < 3 * kDay) ? dice.chance(0.55) : dice.chance(0.015);
            if (!open) {
                const int resolution = dice.weighted(kResolutionMix[complaint.category]);
                complaint.resolution = qint8(resolution);
                // Higher tiers expect more and turn down token gestures more often.
                const double tierPenalty = customers[order.customer].tier * 0.03;
                complaint.accepted = qint8(dice.chance(kAcceptance[resolution] - tierPenalty) ? 1 : 0);
            }
            complaints.push_back(complaint);
        }
        std::sort(complaints.begin(), complaints.end(), [](const ComplaintRow &a, const ComplaintRow &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.order < b.order;
        });
    }

    // ---- what each customer's record says about them, then their tags
    for (const ComplaintRow &complaint : complaints) {
        CustomerInfo &customer = customers[orders[complaint.order].customer];
        ++customer.complaints;
        if (complaint.accepted == 1 && (complaint.resolution == Coupon || complaint.resolution == Points))
            ++customer.acceptedTokens;
    }
    for (const OrderRow &order : orders) {
        CustomerInfo &customer = customers[order.customer];
        customer.bulkOrders += order.quantity >= 3 ? 1 : 0;
        customer.toyOrders += products[order.product].category == Toys ? 1 : 0;
    }
    for (CustomerInfo &customer : customers)
        customer.tags = pickTags(dice, customer, now);

    // ---- praise: a minority of delivered orders, skewed by shop and product so that each has its own
    // profile of what people like about it.
    std::vector<PraiseRow> praises;
    {
        std::vector<std::array<double, AspectCount>> merchantBoost(merchantCount);
        std::vector<double> merchantPraise(merchantCount);
        for (int m = 0; m < merchantCount; ++m) {
            std::array<double, AspectCount> &boost = merchantBoost[m];
            boost.fill(1.0);
            // Fast shippers get thanked for it; nobody praises a slow one's delivery.
            if (merchants[m].shippingSlowness < 0.92)
                boost[DeliverySpeed] = 3.0;
            else if (merchants[m].shippingSlowness > 1.3)
                boost[DeliverySpeed] = 0.25;
            // A house speciality: gift wrapping, patient staff, keen prices.
            const bool speciality = dice.chance(0.5);
            const int special = dice.below(AspectCount);
            if (speciality)
                boost[special] *= 2.5;
            merchantPraise[m] = std::exp(0.25 * dice.normal()) / std::sqrt(merchants[m].complaintFactor);
        }
        std::vector<std::array<double, AspectCount>> aspectWeights(products.size());
        std::vector<double> praiseFactor(products.size());
        for (std::size_t p = 0; p < products.size(); ++p) {
            const ProductInfo &product = products[p];
            std::array<double, AspectCount> &weights = aspectWeights[p];
            for (int a = 0; a < AspectCount; ++a)
                weights[a] = kAspectMix[product.category][a] * merchantBoost[product.merchant][a];
            const bool standout = dice.chance(0.5);
            const int feature = dice.below(AspectCount);
            if (standout)
                weights[feature] *= 3.0;
            // Products that draw many complaints still sell on looks or price, and are praised for that.
            if (product.complaintFactor > 2.0) {
                weights[AspectQuality] *= 0.3;
                weights[Design] *= 2.0;
                weights[Value] *= 2.0;
            }
            praiseFactor[p] = merchantPraise[product.merchant] * std::exp(0.45 * dice.normal()) /
                              std::pow(product.complaintFactor, 0.35);
        }

        // 0: no complaint, 1: complained and not satisfied (or still open), 2: complained and accepted.
        std::vector<qint8> complained(orders.size(), 0);
        for (const ComplaintRow &complaint : complaints)
            complained[complaint.order] = complaint.accepted == 1 ? 2 : 1;

        constexpr qint64 kPraiseDelay = 2 * kHour; // people try a thing out before they praise it
        std::vector<float> weights(orders.size(), 0.0f);
        double weightSum = 0;
        qint64 delivered = 0;
        for (std::size_t n = 0; n < orders.size(); ++n) {
            const OrderRow &order = orders[n];
            if (order.status != Delivered)
                continue;
            ++delivered;
            if (order.deliveredAt + kPraiseDelay > latestRecord)
                continue;
            double w = praiseFactor[order.product];
            if (order.deliveredAt - order.orderedAt < 36 * kHour)
                w *= 1.4;
            if (complained[n] != 0)
                w *= complained[n] == 2 ? 0.3 : 0.05;
            weights[n] = float(w);
            weightSum += w;
        }
        const double scale = weightSum > 0 ? options.praiseRate * double(delivered) / weightSum : 0.0;
        praises.reserve(std::size_t(double(delivered) * options.praiseRate * 1.2));
        for (std::size_t n = 0; n < orders.size(); ++n) {
            if (weights[n] <= 0 || !dice.chance(std::min(0.9, scale * weights[n])))
                continue;
            const OrderRow &order = orders[n];
            std::array<double, AspectCount> aspect = aspectWeights[order.product];
            if (order.deliveredAt - order.orderedAt < 36 * kHour)
                aspect[DeliverySpeed] *= 2.5;
            if (complained[n] == 2)
                aspect[Service] *= 6.0; // the complaint was handled well
            double total = 0;
            for (double a : aspect)
                total += a;
            double roll = dice.unit() * total;
            int chosen = AspectCount - 1;
            for (int a = 0; a < AspectCount; ++a) {
                if (roll < aspect[a]) {
                    chosen = a;
                    break;
                }
                roll -= aspect[a];
            }
            PraiseRow praise;
            praise.order = qint32(n);
            praise.aspect = qint8(chosen);
            const qint64 delay =
                kPraiseDelay + std::min<qint64>(qint64(dice.exponential(2.0 * kDay)), 14 * kDay);
            praise.createdAt = std::min(order.deliveredAt + delay, latestRecord);
            praises.push_back(praise);
        }
        std::sort(praises.begin(), praises.end(), [](const PraiseRow &a, const PraiseRow &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.order < b.order;
        });
    }

    // ---- historical conversations: one per complaint, plus the few praises that were phoned or written in.
    std::vector<ConversationRow> conversations;
    {
        std::vector<ItemWords> words;
        words.reserve(products.size());
        for (const ProductInfo &product : products)
            words.push_back(itemWords(product));
        const int agentCount = int(agentIds.size());
        auto assignAgent = [&](CustomerInfo &customer, ConversationRow &row) {
            // Customers often reach the agent who helped them last time.
            const bool sameAgain = dice.chance(0.3);
            const int fresh = dice.below(std::max(1, agentCount));
            if (agentCount == 0)
                return;
            const int chosen = (sameAgain && customer.lastAgent >= 0) ? customer.lastAgent : fresh;
            customer.lastAgent = chosen;
            row.agentId = agentIds[std::size_t(chosen)];
        };

        std::vector<qint32> praiseConversations;
        for (std::size_t n = 0; n < praises.size(); ++n) {
            if (dice.chance(options.praiseConversationRate))
                praiseConversations.push_back(qint32(n));
        }
        conversations.resize(complaints.size() + praiseConversations.size());

        static const int messageCounts[] = {25, 35, 40}; // two, three or four messages
        for (std::size_t n = 0; n < complaints.size(); ++n) {
            const ComplaintRow &complaint = complaints[n];
            const OrderRow &order = orders[complaint.order];
            CustomerInfo &customer = customers[order.customer];
            ConversationRow &row = conversations[n];
            row.customer = order.customer;
            row.order = complaint.order;
            row.complaint = qint32(n);
            row.channel = qint8(pickChannel(dice, customer));
            assignAgent(customer, row);
            planConversation(dice, complaint.createdAt, 2 + dice.weighted(messageCounts), row.agentId != 0,
                             row);
            writeComplaintConversation(dice, complaint, order, products[order.product], words[order.product],
                                       customer.english, row);
        }
        for (std::size_t k = 0; k < praiseConversations.size(); ++k) {
            const PraiseRow &praise = praises[std::size_t(praiseConversations[k])];
            const OrderRow &order = orders[praise.order];
            CustomerInfo &customer = customers[order.customer];
            ConversationRow &row = conversations[complaints.size() + k];
            row.customer = order.customer;
            row.order = praise.order;
            row.channel = qint8(pickChannel(dice, customer));
            assignAgent(customer, row);
            planConversation(dice, praise.createdAt, 2, row.agentId != 0, row);
            writePraiseConversation(dice, Aspect(praise.aspect), words[order.product], customer.english, row);
        }
    }
    // Ids follow creation time; complaint conversations come first among equal times, then by index.
    std::vector<qint32> conversationOrder(conversations.size());
    for (std::size_t n = 0; n < conversations.size(); ++n)
        conversationOrder[n] = qint32(n);
    std::sort(conversationOrder.begin(), conversationOrder.end(), [&](qint32 a, qint32 b) {
        const qint64 ta = conversations[std::size_t(a)].createdAt,
                     tb = conversations[std::size_t(b)].createdAt;
        return ta != tb ? ta < tb : a < b;
    });
    for (std::size_t position = 0; position < conversationOrder.size(); ++position) {
        const ConversationRow &row = conversations[std::size_t(conversationOrder[position])];
        if (row.complaint >= 0)
            complaints[std::size_t(row.complaint)].conversationId = qint32(position + 1);
    }

    BatchInsert conversationInsert(
        connection,
        "INSERT INTO conversations (id, customer_id, channel, status, assigned_agent_id,"
        " order_id, created_at, queued_at, assigned_at, resolved_at, updated_at,"
        " summary) VALUES ",
        "(?, ?, ?, 'resolved', ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!conversationInsert.isValid())
        return fail(QStringLiteral("cannot prepare conversation insert"), conversationInsert.error());
    qint64 messageCount = 0;
    for (std::size_t position = 0; position < conversationOrder.size(); ++position) {
        const ConversationRow &row = conversations[std::size_t(conversationOrder[position])];
        messageCount += row.messageCount;
        conversationInsert.add(qint64(position + 1));
        conversationInsert.add(qint64(row.customer + 1));
        conversationInsert.addStatic(kChannelNames[row.channel]);
        conversationInsert.addNullable(row.agentId);
        conversationInsert.add(qint64(row.order + 1));
        conversationInsert.add(row.createdAt);
        conversationInsert.add(row.queuedAt);
        conversationInsert.addNullable(row.assignedAt);
        conversationInsert.add(row.resolvedAt);
        conversationInsert.add(row.resolvedAt);
        conversationInsert.add(row.summary);
        if (!conversationInsert.endRow())
            return fail(QStringLiteral("cannot insert conversation"), conversationInsert.error());
    }
    if (!conversationInsert.finish())
        return fail(QStringLiteral("cannot insert conversation"), conversationInsert.error());
    report.conversations = qint64(conversations.size());

    // Message ids follow time across conversations, as they would in a live system.
    {
        std::vector<MessageRef> messages;
        messages.reserve(std::size_t(messageCount));
        for (std::size_t position = 0; position < conversationOrder.size(); ++position) {
            const ConversationRow &row = conversations[std::size_t(conversationOrder[position])];
            for (int k = 0; k < row.messageCount; ++k)
                messages.push_back({row.messageAt[k], qint32(position + 1), k});
        }
        std::sort(messages.begin(), messages.end(), [](const MessageRef &a, const MessageRef &b) {
            if (a.createdAt != b.createdAt)
                return a.createdAt < b.createdAt;
            if (a.conversationId != b.conversationId)
                return a.conversationId < b.conversationId;
            return a.index < b.index;
        });
        BatchInsert messageInsert(
            connection,
            "INSERT INTO messages (id, conversation_id, sender, agent_id, body, created_at) VALUES ",
            "(?, ?, ?, ?, ?, ?)");
        if (!messageInsert.isValid())
            return fail(QStringLiteral("cannot prepare message insert"), messageInsert.error());
        for (std::size_t n = 0; n < messages.size(); ++n) {
            const MessageRef &message = messages[n];
            const ConversationRow &row =
                conversations[std::size_t(conversationOrder[std::size_t(message.conversationId - 1)])];
            const bool fromAgent = message.index % 2 == 1;
            messageInsert.add(qint64(n + 1));
            messageInsert.add(qint64(message.conversationId));
            messageInsert.addStatic(fromAgent ? "agent" : "customer");
            messageInsert.addNullable(fromAgent ? row.agentId : 0);
            messageInsert.add(row.bodies[message.index]);
            messageInsert.add(message.createdAt);
            if (!messageInsert.endRow())
                return fail(QStringLiteral("cannot insert message"), messageInsert.error());
        }
        if (!messageInsert.finish())
            return fail(QStringLiteral("cannot insert message"), messageInsert.error());
        report.messages = qint64(messages.size());
    }
    // The texts are in the database now; a million-order run would otherwise hold them until the end.
    std::vector<ConversationRow>().swap(conversations);

    BatchInsert complaintInsert(connection,
                                "INSERT INTO complaints (id, order_id, customer_id, product_id, merchant_id,"
                                " category, resolution, accepted, created_at, conversation_id) VALUES ",
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!complaintInsert.isValid())
        return fail(QStringLiteral("cannot prepare complaint insert"), complaintInsert.error());
    for (std::size_t n = 0; n < complaints.size(); ++n) {
        const ComplaintRow &complaint = complaints[n];
        const OrderRow &order = orders[complaint.order];
        complaintInsert.add(qint64(n + 1));
        complaintInsert.add(qint64(complaint.order + 1));
        complaintInsert.add(qint64(order.customer + 1));
        complaintInsert.add(qint64(order.product + 1));
        complaintInsert.add(qint64(products[order.product].merchant + 1));
        complaintInsert.addStatic(kComplaintCategoryNames[complaint.category]);
        if (complaint.resolution >= 0) {
            complaintInsert.addStatic(kResolutionNames[complaint.resolution]);
            complaintInsert.add(qint64(complaint.accepted));
        } else {
            complaintInsert.addNull();
            complaintInsert.addNull();
        }
        complaintInsert.add(complaint.createdAt);
        complaintInsert.add(qint64(complaint.conversationId));
        if (!complaintInsert.endRow())
            return fail(QStringLiteral("cannot insert complaint"), complaintInsert.error());
    }
    if (!complaintInsert.finish())
        return fail(QStringLiteral("cannot insert complaint"), complaintInsert.error());
    report.complaints = qint64(complaints.size());

    BatchInsert praiseInsert(
        connection,
        "INSERT INTO praises (id, order_id, customer_id, product_id, merchant_id, aspect,"
        " created_at) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?)");
    if (!praiseInsert.isValid())
        return fail(QStringLiteral("cannot prepare praise insert"), praiseInsert.error());
    for (std::size_t n = 0; n < praises.size(); ++n) {
        const PraiseRow &praise = praises[n];
        const OrderRow &order = orders[praise.order];
        praiseInsert.add(qint64(n + 1));
        praiseInsert.add(qint64(praise.order + 1));
        praiseInsert.add(qint64(order.customer + 1));
        praiseInsert.add(qint64(order.product + 1));
        praiseInsert.add(qint64(products[order.product].merchant + 1));
        praiseInsert.addStatic(kAspectNames[praise.aspect]);
        praiseInsert.add(praise.createdAt);
        if (!praiseInsert.endRow())
            return fail(QStringLiteral("cannot insert praise"), praiseInsert.error());
    }
    if (!praiseInsert.finish())
        return fail(QStringLiteral("cannot insert praise"), praiseInsert.error());
    report.praises = qint64(praises.size());

    // In key order (customer, then tag name), so each row lands at the end of the table's B-tree.
    {
        int byName[TagCount];
        for (int t = 0; t < TagCount; ++t)
            byName[t] = t;
        std::sort(std::begin(byName), std::end(byName),
                  [](int a, int b) { return qstrcmp(kTagNames[a], kTagNames[b]) < 0; });
        BatchInsert tagInsert(connection, "INSERT INTO customer_tags (customer_id, tag) VALUES ", "(?, ?)");
        if (!tagInsert.isValid())
            return fail(QStringLiteral("cannot prepare tag insert"), tagInsert.error());
        for (int i = 0; i < customerCount; ++i) {
            for (int t : byName) {
                if (!(customers[i].tags & (1u << t)))
                    continue;
                tagInsert.add(qint64(i + 1));
                tagInsert.addStatic(kTagNames[t]);
                if (!tagInsert.endRow())
                    return fail(QStringLiteral("cannot insert tag"), tagInsert.error());
                ++report.tags;
            }
        }
        if (!tagInsert.finish())
            return fail(QStringLiteral("cannot insert tag"), tagInsert.error());
    }

    query.finish();
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit"), query.lastError().text());
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace warmline::storage
