#include "assist/repeatdetector.h"

#include <algorithm>
#include <QStringList>

namespace warmline::assist {

namespace {

struct SlotCues
{
    const char *slot;
    QStringList cues; // case-folded
};

// Phrases that name a fact when an agent asks for it. Bare words that also appear in ordinary
// answers ("商品", "order") are left out on purpose: "您的商品已经发出" asks nothing.
const QList<SlotCues> &slotCues()
{
    static const QList<SlotCues> cues{
        {"order_number",
         {QStringLiteral("订单号"), QStringLiteral("订单编号"), QStringLiteral("单号"),
          QStringLiteral("order number"), QStringLiteral("order no"), QStringLiteral("order #"),
          QStringLiteral("order id")}},
        {"product",
         {QStringLiteral("哪个商品"), QStringLiteral("什么商品"), QStringLiteral("哪件商品"),
          QStringLiteral("商品名称"), QStringLiteral("什么产品"), QStringLiteral("哪个产品"),
          QStringLiteral("which product"), QStringLiteral("what product"), QStringLiteral("which item"),
          QStringLiteral("product name")}},
        {"merchant",
         {QStringLiteral("哪家店"), QStringLiteral("哪个商家"), QStringLiteral("店铺名"),
          QStringLiteral("商家名称"), QStringLiteral("which store"), QStringLiteral("which shop"),
          QStringLiteral("which seller"), QStringLiteral("merchant name")}},
        {"order_date",
         {QStringLiteral("什么时候下单"), QStringLiteral("下单时间"), QStringLiteral("下单日期"),
          QStringLiteral("哪天下单"), QStringLiteral("when did you order"), QStringLiteral("order date"),
          QStringLiteral("when you ordered")}},
        {"delivery_date",
         {QStringLiteral("什么时候收到"), QStringLiteral("送达时间"), QStringLiteral("收货时间"),
          QStringLiteral("哪天收到"), QStringLiteral("when did you receive"), QStringLiteral("delivery date"),
          QStringLiteral("when did it arrive")}},
        {"order_amount",
         {QStringLiteral("订单金额"), QStringLiteral("付了多少"), QStringLiteral("支付了多少"),
          QStringLiteral("多少钱"), QStringLiteral("how much did you pay"), QStringLiteral("order amount"),
          QStringLiteral("amount you paid")}},
        {"order_status",
         {QStringLiteral("订单状态"), QStringLiteral("发货了吗"), QStringLiteral("收到货了吗"),
          QStringLiteral("order status"), QStringLiteral("has it shipped"),
          QStringLiteral("did you receive it")}},
    };
    return cues;
}

// What makes a sentence a question or a request for information.
const QStringList &questionCues()
{
    static const QStringList cues{
        QStringLiteral("?"),
        QStringLiteral("？"),
        QStringLiteral("吗"),
        QStringLiteral("请问"),
        QStringLiteral("请提供"),
        QStringLiteral("麻烦提供"),
        QStringLiteral("麻烦您提供"),
        QStringLiteral("告诉我"),
        QStringLiteral("发一下"),
        QStringLiteral("发给我"),
        QStringLiteral("是多少"),
        QStringLiteral("能否"),
        QStringLiteral("could you"),
        QStringLiteral("can you"),
        QStringLiteral("please provide"),
        QStringLiteral("please share"),
        QStringLiteral("please send"),
        QStringLiteral("what is"),
        QStringLiteral("what's"),
        QStringLiteral("tell me"),
        QStringLiteral("let me know"),
    };
    return cues;
}

bool containsAny(const QString &folded, const QStringList &phrases)
{
    return std::any_of(phrases.cbegin(), phrases.cend(),
                       [&folded](const QString &phrase) { return folded.contains(phrase); });
}

} // namespace

QString askedToRepeat(const QString &agentMessage, const QMap<QString, QString> &carried)
{
    const QString folded = agentMessage.toCaseFolded();
    if (!containsAny(folded, questionCues()))
        return {};
    for (const SlotCues &slot : slotCues()) {
        const QString name = QString::fromLatin1(slot.slot);
        const auto value = carried.constFind(name);
        if (value == carried.cend() || value->trimmed().isEmpty())
            continue;
        if (folded.contains(value->trimmed().toCaseFolded()))
            continue;
        if (containsAny(folded, slot.cues))
            return name;
    }
    return {};
}

QStringList repeatCues(const QString &slot)
{
    for (const SlotCues &cues : slotCues()) {
        if (slot == QLatin1StringView(cues.slot))
            return cues.cues;
    }
    return {};
}

bool soundsLikePraise(const QString &text)
{
    static const QStringList phrases{QStringLiteral("太感谢"),         QStringLiteral("非常感谢"),
                                     QStringLiteral("谢谢你"),         QStringLiteral("点赞"),
                                     QStringLiteral("好评"),           QStringLiteral("服务真好"),
                                     QStringLiteral("服务很好"),       QStringLiteral("太棒了"),
                                     QStringLiteral("真贴心"),         QStringLiteral("很专业"),
                                     QStringLiteral("辛苦了"),         QStringLiteral("great service"),
                                     QStringLiteral("excellent"),      QStringLiteral("amazing"),
                                     QStringLiteral("wonderful"),      QStringLiteral("thank you so much"),
                                     QStringLiteral("really helpful"), QStringLiteral("you're the best"),
                                     QStringLiteral("so helpful"),     QStringLiteral("brilliant")};
    return containsAny(text.toCaseFolded(), phrases);
}

} // namespace warmline::assist
