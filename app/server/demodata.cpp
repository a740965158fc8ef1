#include "server/demodata.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <numbers>
#include <vector>

namespace warmline::server {

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
    qint64 priceFen = 0;
    double complaintFactor = 1.0;
};

struct CustomerInfo
{
    qint64 createdAt = 0;
    int orderCount = 0;
    bool english = false;
    quint8 tier = 0; // 0 standard .. 3 vip
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
    qint8 category = 0;
    qint8 resolution = -1; // -1: unresolved
    qint8 accepted = -1;   // -1: unknown (unresolved)
};

const char16_t *const kTierNames[] = {u"standard", u"silver", u"gold", u"vip"};

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
    if (options.largeCustomerOrders > 0 && options.customers < 1) {
        setError(QStringLiteral("demo data: largeCustomerOrders needs at least one customer"));
        return std::nullopt;
    }

    const qint64 now = options.nowMs != 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 windowStart = now - kOrderWindow;
    const qint64 lastOrderTime = now - 5 * kMinute;
    Dice dice(options.seed);

    QSqlQuery query(db);
    auto fail = [&](const QString &what, const QSqlQuery &failed) {
        setError(QStringLiteral("demo data: ") + what + QStringLiteral(": ") + failed.lastError().text());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };

    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        setError(QStringLiteral("demo data: cannot begin transaction: ") + query.lastError().text());
        return std::nullopt;
    }
    // Explicit ids are written below, so the tables must start empty (checked under the write lock).
    if (!query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM customers) OR EXISTS(SELECT 1 FROM merchants)"
                                   " OR EXISTS(SELECT 1 FROM products) OR EXISTS(SELECT 1 FROM orders)"
                                   " OR EXISTS(SELECT 1 FROM complaints)")))
        return fail(QStringLiteral("cannot inspect tables"), query);
    if (!query.next() || query.value(0).toInt() != 0) {
        query.finish();
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        setError(
            QStringLiteral("demo data: the database already holds customers, merchants, products, orders "
                           "or complaints"));
        return std::nullopt;
    }
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
    // Every insert below is prepared once and executed per row. Parameters are bound by name (":id")
    // because Qt resolves a name with one lookup, whereas a positional bind first formats a name for the
    // index: at a million rows that difference is measurable.
    if (!query.prepare(
            QStringLiteral("INSERT INTO merchants (id, name, created_at) VALUES (:id, :name, :created_at)")))
        return fail(QStringLiteral("cannot prepare merchant insert"), query);
    for (int i = 0; i < merchantCount; ++i) {
        query.bindValue(QStringLiteral(":id"), qint64(i + 1));
        query.bindValue(QStringLiteral(":name"), text(kMerchants[i].name));
        query.bindValue(QStringLiteral(":created_at"), merchants[i].createdAt);
        if (!query.exec())
            return fail(QStringLiteral("cannot insert merchant"), query);
    }
    report.merchants = merchantCount;

    // ---- products: 6..14 per merchant, named in the merchant's language.
    std::vector<ProductInfo> products;
    CumulativeTable popularity;        // all products
    CumulativeTable englishPopularity; // products of English-language shops
    std::vector<int> englishProducts;
    if (!query.prepare(QStringLiteral("INSERT INTO products (id, merchant_id, name, category, price_cents) "
                                      "VALUES (:id, :merchant_id, :name, :category, :price_cents)")))
        return fail(QStringLiteral("cannot prepare product insert"), query);
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

            int yuan = dice.between(item->minYuan, item->maxYuan);
            if (yuan >= 20)
                yuan = yuan / 10 * 10 + 9; // shops love prices ending in 9
            product.priceFen = qint64(yuan) * 100 + (dice.chance(0.3) ? 90 : 0);
            product.complaintFactor = std::exp(0.3 * dice.normal()) * (dice.chance(0.04) ? 4.0 : 1.0);
            // Log-normal popularity: a few best sellers, a long tail of rarely bought items.
            const double weight = std::exp(1.0 * dice.normal());

            const qint64 id = qint64(products.size()) + 1;
            query.bindValue(QStringLiteral(":id"), id);
            query.bindValue(QStringLiteral(":merchant_id"), qint64(m + 1));
            query.bindValue(QStringLiteral(":name"), name);
            query.bindValue(QStringLiteral(":category"),
                            QString::fromLatin1(kCategoryNames[product.category]));
            query.bindValue(QStringLiteral(":price_cents"), product.priceFen);
            if (!query.exec())
                return fail(QStringLiteral("cannot insert product"), query);
            popularity.add(weight);
            if (def.english) {
                englishPopularity.add(weight);
                englishProducts.push_back(int(products.size()));
            }
            products.push_back(product);
        }
    }
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
    const QString zhLocale = QStringLiteral("zh_CN");
    const QString enLocale = QStringLiteral("en");

    if (!query.prepare(QStringLiteral(
            "INSERT INTO customers (id, display_name, locale, tier, email, phone, city,"
            " created_at) VALUES (:id, :display_name, :locale, :tier, :email, :phone, :city, :created_at)")))
        return fail(QStringLiteral("cannot prepare customer insert"), query);
    for (int i = 0; i < customerCount; ++i) {
        CustomerInfo &customer = customers[i];
        customer.english = dice.chance(0.25);
        customer.tier =
            quint8(i == 0 && options.largeCustomerOrders > 0 ? 3 : pickTier(dice, customer.orderCount));

        QString name, city;
        QVariant email, phone;
        if (!customer.english) {
            const Surname &surname = kSurnames[surnameTable.pick(dice)];
            const GivenName &given = dice.pick(kGivenNames);
            name = text(surname.hanzi) + text(given.hanzi);
            city = text(kChineseCities[chineseCityTable.pick(dice)].name);
            // Chinese platforms sign up by mobile number; e-mail is optional and often a QQ mailbox.
            phone = dice.chance(0.98) ? QVariant(chinesePhone(dice)) : QVariant();
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
            phone = dice.chance(0.8) ? QVariant(englishPhone(dice, c)) : QVariant();
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
        query.bindValue(QStringLiteral(":id"), qint64(i + 1));
        query.bindValue(QStringLiteral(":display_name"), name);
        query.bindValue(QStringLiteral(":locale"), customer.english ? enLocale : zhLocale);
        query.bindValue(QStringLiteral(":tier"), text(kTierNames[customer.tier]));
        query.bindValue(QStringLiteral(":email"), email);
        query.bindValue(QStringLiteral(":phone"), phone);
        query.bindValue(QStringLiteral(":city"), city);
        query.bindValue(QStringLiteral(":created_at"), customer.createdAt);
        if (!query.exec())
            return fail(QStringLiteral("cannot insert customer"), query);
    }
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

    const QString statusNames[] = {
        QString::fromLatin1(kStatusNames[0]), QString::fromLatin1(kStatusNames[1]),
        QString::fromLatin1(kStatusNames[2]), QString::fromLatin1(kStatusNames[3]),
        QString::fromLatin1(kStatusNames[4]), QString::fromLatin1(kStatusNames[5]),
    };
    if (!query.prepare(QStringLiteral("INSERT INTO orders (id, order_no, customer_id, product_id, quantity,"
                                      " amount_cents, status, ordered_at, delivered_at)"
                                      " VALUES (:id, :order_no, :customer_id, :product_id, :quantity, "
                                      ":amount_cents, :status, :ordered_at, :delivered_at)")))
        return fail(QStringLiteral("cannot prepare order insert"), query);
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
            query.bindValue(QStringLiteral(":id"), qint64(n + 1));
            query.bindValue(QStringLiteral(":order_no"), QString::fromLatin1(buffer, 18));
            query.bindValue(QStringLiteral(":customer_id"), qint64(order.customer + 1));
            query.bindValue(QStringLiteral(":product_id"), qint64(order.product + 1));
            query.bindValue(QStringLiteral(":quantity"), order.quantity);
            query.bindValue(QStringLiteral(":amount_cents"), product.priceFen * order.quantity);
            query.bindValue(QStringLiteral(":status"), statusNames[order.status]);
            query.bindValue(QStringLiteral(":ordered_at"), order.orderedAt);
            query.bindValue(QStringLiteral(":delivered_at"),
                            order.deliveredAt != 0 ? QVariant(order.deliveredAt) : QVariant());
            if (!query.exec())
                return fail(QStringLiteral("cannot insert order"), query);
        }
    }
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
            ComplaintRow complaint;
            complaint.order = qint32(n);
            complaint.category = qint8(pickComplaintCategory(dice, order, product.category));

            // Filed after delivery for delivered goods, otherwise some time after ordering.
            const qint64 base = order.deliveredAt != 0 ? order.deliveredAt : order.orderedAt;
            const qint64 maxDelay = order.status == Cancelled ? 3 * kDay : 10 * kDay;
            const qint64 room = std::max<qint64>(0, std::min(maxDelay, now - base));
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

    const QString complaintCategoryNames[] = {
        QString::fromLatin1(kComplaintCategoryNames[0]), QString::fromLatin1(kComplaintCategoryNames[1]),
        QString::fromLatin1(kComplaintCategoryNames[2]), QString::fromLatin1(kComplaintCategoryNames[3]),
        QString::fromLatin1(kComplaintCategoryNames[4]), QString::fromLatin1(kComplaintCategoryNames[5]),
        QString::fromLatin1(kComplaintCategoryNames[6]), QString::fromLatin1(kComplaintCategoryNames[7]),
        QString::fromLatin1(kComplaintCategoryNames[8]),
    };
    if (!query.prepare(
            QStringLiteral("INSERT INTO complaints (id, order_id, customer_id, product_id, merchant_id,"
                           " category, resolution, accepted, created_at)"
                           " VALUES (:id, :order_id, :customer_id, :product_id, :merchant_id, :category, "
                           ":resolution, :accepted, :created_at)")))
        return fail(QStringLiteral("cannot prepare complaint insert"), query);
    for (std::size_t n = 0; n < complaints.size(); ++n) {
        const ComplaintRow &complaint = complaints[n];
        const OrderRow &order = orders[complaint.order];
        query.bindValue(QStringLiteral(":id"), qint64(n + 1));
        query.bindValue(QStringLiteral(":order_id"), qint64(complaint.order + 1));
        query.bindValue(QStringLiteral(":customer_id"), qint64(order.customer + 1));
        query.bindValue(QStringLiteral(":product_id"), qint64(order.product + 1));
        query.bindValue(QStringLiteral(":merchant_id"), qint64(products[order.product].merchant + 1));
        query.bindValue(QStringLiteral(":category"), complaintCategoryNames[complaint.category]);
        query.bindValue(QStringLiteral(":resolution"),
                        complaint.resolution >= 0
                            ? QVariant(QString::fromLatin1(kResolutionNames[complaint.resolution]))
                            : QVariant());
        query.bindValue(QStringLiteral(":accepted"),
                        complaint.accepted >= 0 ? QVariant(int(complaint.accepted)) : QVariant());
        query.bindValue(QStringLiteral(":created_at"), complaint.createdAt);
        if (!query.exec())
            return fail(QStringLiteral("cannot insert complaint"), query);
    }
    report.complaints = qint64(complaints.size());

    query.finish();
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit"), query);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace warmline::server
