#include "server/simulatorscript.h"

#include <QHash>
#include <vector>

namespace warmline::server {

using namespace Qt::StringLiterals;

namespace {

// The customer's lines for one intent in one language.
struct Phrases
{
    QStringList plain;       // complete openings
    QStringList withOrder;   // %1 = order number
    QStringList withProduct; // %1 = product name
    QStringList followUps;   // details the customer adds once an agent has responded
};

struct IntentScript
{
    QString key;
    int weight = 1; // how often customers get in touch about this
    Phrases zh;
    Phrases en;
};

// Built once on first use (thread-safe static initialisation) and never modified afterwards.
const std::vector<IntentScript> &scripts()
{
    static const std::vector<IntentScript> all = {
        {u"late_delivery"_s,
         20,
         {{u"我的快递怎么还没到？都一个星期了"_s, u"在吗？买的东西好几天了物流一直不动"_s,
           u"物流三天没更新了，是不是丢件了？"_s, u"快递到底什么时候能到啊，说好的次日达呢"_s,
           u"物流信息一直停在中转站，怎么回事"_s, u"下单好几天了还是待发货，到底发不发？"_s,
           u"亲，我急用的，能不能帮我催一下快递"_s, u"物流显示派送中一整天了，快递员电话也打不通"_s,
           u"显示已签收，但我根本没收到东西！"_s, u"预计送达时间都过了两天了，还没到"_s},
          {u"订单%1一直没发货，什么情况？"_s, u"帮我查一下订单%1的物流，好几天没动了"_s,
           u"%1这个单子什么时候能到？"_s},
          {u"买的%1怎么还没到？"_s, u"%1下单五天了还没收到，能催一下吗"_s, u"我的%1到哪了？物流一直不更新"_s},
          {u"我周五之前必须收到，来得及吗？"_s, u"能不能换个快递重新发？"_s, u"那能给点补偿吗？等太久了"_s}},
         {{u"Hi, my package still hasn't arrived. It's been over a week."_s,
           u"Where is my order? Tracking hasn't updated in 4 days."_s,
           u"The delivery was supposed to be here yesterday, any update?"_s,
           u"Tracking has said out for delivery since Monday and nothing has turned up."_s,
           u"Could you check why my parcel is stuck in transit?"_s,
           u"I paid for express shipping and it's still not here."_s,
           u"My order shows as shipped but the courier has no record of it."_s,
           u"It says delivered but there's nothing at my door."_s,
           u"Can you tell me when my delivery will actually arrive?"_s},
          {u"Order %1 still hasn't arrived, can you check?"_s,
           u"What's happening with order %1? No movement on tracking."_s,
           u"Any news on order %1? It was due days ago."_s},
          {u"I ordered the %1 ages ago and it's still not here."_s, u"When will my %1 be delivered?"_s,
           u"Still waiting on my %1, tracking hasn't moved."_s},
          {u"I need it by Friday, will it make it?"_s, u"Can you send it with a different courier?"_s,
           u"Can I get something for the wait?"_s}}},

        {u"damaged_item"_s,
         11,
         {{u"收到的杯子碎了，怎么处理"_s, u"快递到了，打开发现东西是坏的"_s,
           u"包装都压扁了，里面的东西也摔坏了"_s, u"刚拆开，屏幕上有一道裂痕，这怎么弄？"_s,
           u"东西收到了但是有破损，我拍了照片"_s, u"外箱好好的，里面的东西却是碎的"_s,
           u"收到货发现有划痕，像是被人用过的"_s, u"东西到了，漏了一箱子，包装根本没封好"_s,
           u"收到就是坏的，开不了机"_s},
          {u"订单%1收到的东西是坏的，怎么处理？"_s, u"%1这单的货到了就是破的"_s},
          {u"收到的%1摔坏了，怎么处理"_s, u"%1到手就是坏的，能换一个吗？"_s,
           u"%1外壳裂了，明显是运输压坏的"_s},
          {u"东西我还留着，需要寄回去吗？"_s, u"我想换个新的，不要退款"_s,
           u"外包装我已经扔了，还能处理吗？"_s}},
         {{u"My order arrived damaged. The box was crushed."_s, u"The item came broken, what do I do?"_s,
           u"Just opened the parcel and the glass is shattered."_s,
           u"There's a big crack on the screen straight out of the box."_s,
           u"It arrived with scratches all over it, looks used."_s,
           u"The packaging was fine but the item inside is broken."_s,
           u"Whatever was inside leaked everywhere, it wasn't sealed properly."_s,
           u"It won't turn on at all, arrived dead."_s},
          {u"Order %1 arrived damaged."_s, u"Everything in order %1 came broken, can you help?"_s},
          {u"The %1 I received is broken."_s, u"My %1 arrived cracked, can I get a replacement?"_s,
           u"The %1 came with a dent in it."_s},
          {u"Do I need to send the broken one back?"_s, u"I'd prefer a replacement rather than a refund."_s,
           u"I already threw the box away, is that a problem?"_s}}},

        {u"refund_status"_s,
         14,
         {{u"退款什么时候到账？"_s, u"我退货都寄回去一周了，钱还没退"_s,
           u"申请退款好几天了，一直显示处理中"_s, u"退款退到哪里了？我银行卡没收到"_s,
           u"商家说已经退款了，但我这边没看到钱"_s, u"帮我查一下退款进度"_s,
           u"退货单号早就填了，为什么还没退款？"_s, u"想问一下退款一般要多久"_s,
           u"仓库显示已签收我的退货了，退款呢？"_s},
          {u"订单%1的退款到底什么时候到？"_s, u"帮我看下%1的退款进度"_s},
          {u"退回去的%1，钱什么时候退给我"_s, u"%1已经退回去了，退款还没到"_s},
          {u"是原路退回吗？"_s, u"大概几天能到账？"_s, u"能不能快一点，我等着用钱"_s}},
         {{u"When will I get my refund?"_s, u"I sent the return back a week ago and still no refund."_s,
           u"My refund has been 'processing' for days."_s,
           u"The seller says they refunded me but I haven't seen the money."_s,
           u"Can you check the status of my refund?"_s, u"How long do refunds usually take to show up?"_s,
           u"I returned the item two weeks ago, where's my money?"_s,
           u"Tracking shows you received my return. Refund please?"_s},
          {u"Where's the refund for order %1?"_s, u"Can you check the refund status for order %1?"_s},
          {u"I returned the %1, when do I get my money back?"_s,
           u"Still no refund for the %1 I sent back."_s},
          {u"Will it go back to my original card?"_s, u"How many days until I see it?"_s,
           u"Can it be sped up at all?"_s}}},

        {u"wrong_item"_s,
         9,
         {{u"发错货了，我买的是黑色，收到的是白色"_s, u"收到的东西跟我买的不一样啊"_s,
           u"尺码发错了，我拍的是L码，来的是S码"_s, u"这根本不是我下单的东西，你们发错了"_s,
           u"打开一看型号不对，怎么处理？"_s, u"我买了两件，只收到一件，颜色还不对"_s,
           u"收到的商品和图片完全不一样"_s, u"东西发错了，我要换货"_s, u"少发了一件，还有一件是别人的东西"_s},
          {u"订单%1发错货了"_s, u"%1这单收到的不是我买的东西"_s},
          {u"我买的是%1，结果给我发了别的东西"_s, u"%1颜色发错了，怎么换？"_s},
          {u"那错的这个我怎么寄回去？运费谁出？"_s, u"对的那个什么时候能发？"_s,
           u"能不能先把对的发过来？"_s}},
         {{u"I received the wrong item."_s, u"This isn't what I ordered at all."_s,
           u"Wrong size, I ordered a large and got a small."_s, u"I ordered black and you sent white."_s,
           u"The model number on the box doesn't match my order."_s,
           u"Only one of the two items I ordered came, and it's the wrong colour."_s,
           u"What arrived looks nothing like the pictures."_s,
           u"I think I got someone else's order by mistake."_s},
          {u"Order %1 has the wrong item in it."_s, u"You sent me the wrong thing for order %1."_s},
          {u"I ordered the %1 but got something else."_s, u"The %1 came in the wrong colour."_s},
          {u"How do I send the wrong one back? Who pays postage?"_s, u"When will the right one be sent?"_s,
           u"Can you ship the correct one before I return this?"_s}}},

        {u"billing"_s,
         8,
         {{u"为什么扣了我两次钱？"_s, u"付款的时候优惠券没用上，能补吗？"_s,
           u"账单上多了一笔钱，这是什么费用？"_s, u"我选的分期付款，怎么一次性扣完了"_s,
           u"价格怎么和下单的时候显示的不一样"_s, u"刚买完就降价了，能退差价吗？"_s, u"运费怎么收了两次"_s,
           u"积分抵扣没生效，我多付了钱"_s, u"订单取消了，钱还是被扣了"_s},
          {u"订单%1重复扣款了，帮我查一下"_s, u"%1这单多扣了我钱"_s},
          {u"买%1的时候满减没算上"_s, u"%1的价格不对，比页面上贵了"_s},
          {u"那多扣的钱什么时候退回来？"_s, u"需要我提供付款截图吗？"_s, u"以后还会不会再扣？"_s}},
         {{u"I've been charged twice for the same order."_s, u"My discount code didn't apply at checkout."_s,
           u"There's a charge on my card I don't recognise."_s,
           u"I was charged full price instead of the sale price."_s,
           u"The price dropped right after I bought it, can I get the difference?"_s,
           u"Why was I charged shipping twice?"_s,
           u"My order was cancelled but the payment still went through."_s,
           u"My points weren't applied and I paid more than I should have."_s},
          {u"I was double charged for order %1."_s, u"The total for order %1 looks wrong."_s},
          {u"I was overcharged for the %1."_s, u"The %1 was on sale but I paid full price."_s},
          {u"When will the extra charge be refunded?"_s, u"Do you need a screenshot of my bank statement?"_s,
           u"Will this happen again?"_s}}},

        {u"account_access"_s,
         6,
         {{u"账号登不上去了，一直提示密码错误"_s, u"收不到验证码，登录不了"_s,
           u"我的账号被锁了，怎么解锁？"_s, u"换了手机号，原来的账号怎么登录"_s,
           u"账号好像被盗了，有几个不是我下的订单"_s, u"改密码的邮件一直收不到"_s,
           u"一登录就显示系统繁忙，试了好多次了"_s, u"我的会员等级怎么掉了？积分也没了"_s,
           u"绑定的手机号不用了，怎么换绑？"_s},
          {u"账号登不上去，想查订单%1都查不了"_s},
          {u"想买%1，但是账号一直登不上"_s},
          {u"我换过手机号了，验证码发到哪里？"_s, u"账号里的订单会不会丢？"_s, u"需要我提供什么证明吗？"_s}},
         {{u"I can't log in to my account."_s, u"I'm not getting the verification code."_s,
           u"My account has been locked, how do I unlock it?"_s,
           u"I changed my phone number and now I can't log in."_s,
           u"I think my account was hacked, there are orders I didn't place."_s,
           u"The password reset email never arrives."_s, u"The app keeps logging me out."_s,
           u"My membership level disappeared and so did my points."_s},
          {u"I can't log in to check order %1."_s},
          {u"I'm trying to buy the %1 but I can't log in."_s},
          {u"I don't have my old number anymore, where will the code go?"_s,
           u"Will I lose my order history?"_s, u"What do you need from me to verify it's me?"_s}}},

        {u"cancel_order"_s,
         8,
         {{u"我想取消订单，还没发货吧？"_s, u"拍错了，能帮我取消一下吗"_s, u"不想要了，怎么取消订单"_s,
           u"下单后发现买贵了，想取消重新拍"_s, u"能取消吗？我在别的地方买到了"_s,
           u"刚付款就后悔了，帮我取消一下"_s, u"怎么取消订单啊，页面上找不到按钮"_s,
           u"订单还没发货，麻烦帮我取消，谢谢"_s, u"地址填错了，干脆帮我取消吧"_s},
          {u"帮我取消订单%1"_s, u"%1这单不要了，取消一下"_s},
          {u"%1不想要了，能取消吗"_s, u"刚买的%1拍错了，帮我取消"_s},
          {u"取消了钱会原路退回吧？"_s, u"大概多久能退回来？"_s, u"如果已经发货了怎么办？"_s}},
         {{u"I'd like to cancel my order please."_s, u"I ordered by mistake, can you cancel it?"_s,
           u"Can I still cancel? It hasn't shipped yet."_s,
           u"I found it cheaper elsewhere, please cancel my order."_s,
           u"How do I cancel an order? I can't find the button."_s,
           u"Changed my mind, please cancel before it ships."_s,
           u"I placed the same order twice, please cancel one."_s,
           u"Please cancel my order, I don't need it anymore."_s},
          {u"Please cancel order %1."_s, u"Can you cancel order %1 before it ships?"_s},
          {u"I don't need the %1 anymore, can I cancel?"_s, u"Please cancel my order for the %1."_s},
          {u"Will the money go back to my card?"_s, u"How long until I get the money back?"_s,
           u"What if it has already shipped?"_s}}},

        {u"address_change"_s,
         7,
         {{u"地址填错了，能改一下吗？"_s, u"我搬家了，收货地址能不能帮我换一下"_s,
           u"下单的时候地址选错了，还没发货的话帮我改一下"_s, u"收货人电话写错了一位，能改吗"_s,
           u"能不能改成寄到我公司，家里白天没人"_s, u"地址少写了门牌号，快递会不会送不到？"_s,
           u"想改一下收货地址，现在还来得及吗"_s, u"能改成送到快递柜或者驿站吗？"_s,
           u"收件人名字写错了，帮我改一下"_s},
          {u"订单%1的地址填错了，能改吗？"_s, u"帮我把%1的收货地址改一下"_s},
          {u"买的%1能不能改个收货地址"_s, u"%1还没发货吧？我想换个地址"_s},
          {u"改了之后会不会延迟发货？"_s, u"能帮我备注一下放门卫吗？"_s, u"收件人电话也一起改一下"_s}},
         {{u"I entered the wrong delivery address, can you change it?"_s,
           u"I've moved, can I update the shipping address?"_s, u"Can you send it to my office instead?"_s,
           u"I forgot to add my flat number to the address."_s,
           u"Is it too late to change the delivery address?"_s, u"The postcode on my order is wrong."_s,
           u"Could you redirect my parcel to a pickup point?"_s,
           u"I put an old phone number on the delivery details, can you update it?"_s},
          {u"Can I change the address on order %1?"_s,
           u"Order %1 has the wrong address, please update it."_s},
          {u"Can the %1 be delivered to a different address?"_s,
           u"Please change where my %1 is being shipped."_s},
          {u"Will changing it delay the delivery?"_s, u"Can you add a note to leave it with the concierge?"_s,
           u"Please update the phone number too."_s}}},

        {u"invoice"_s,
         5,
         {{u"能开发票吗？我要报销"_s, u"我需要开增值税专用发票，怎么操作"_s, u"发票抬头写错了，能重开吗"_s,
           u"电子发票在哪里下载？"_s, u"下单的时候忘了选发票，现在还能补开吗"_s,
           u"公司报销要发票，税号填在哪里"_s, u"发票一直没收到，什么时候能开好"_s, u"可以开纸质发票吗？"_s,
           u"发票金额不对，少了运费"_s},
          {u"订单%1麻烦开一下发票"_s, u"%1这单的发票怎么还没开"_s},
          {u"买的%1能开发票吗？公司要报销"_s, u"%1的发票抬头写错了"_s},
          {u"电子发票会发到我邮箱吗？"_s, u"大概多久能开好？"_s, u"抬头就写我们公司名字"_s}},
         {{u"Can I get an invoice for my order?"_s, u"I need a VAT invoice for my company."_s,
           u"The name on my invoice is wrong, can you reissue it?"_s, u"Where can I download the invoice?"_s,
           u"I forgot to request an invoice at checkout, can I still get one?"_s,
           u"My invoice is missing the company tax number."_s,
           u"I still haven't received the invoice you promised."_s,
           u"Can you send a receipt with the shipping cost included?"_s},
          {u"Could you send me an invoice for order %1?"_s,
           u"The invoice for order %1 has the wrong amount."_s},
          {u"I need an invoice for the %1 for expenses."_s, u"Can I get a receipt for the %1?"_s},
          {u"Will the invoice be emailed to me?"_s, u"How long will it take?"_s,
           u"Please put my company name on it."_s}}},

        {u"warranty"_s,
         6,
         {{u"用了两个月就坏了，保修吗？"_s, u"这个保修期是多久？"_s, u"东西出问题了，怎么申请售后维修"_s,
           u"开不了机了，还在保修期内"_s, u"保修卡丢了还能保修吗"_s, u"充不进电，是不是质量问题，能保修吗"_s,
           u"才用了几周就有异响，怎么处理"_s, u"保修要寄回去吗？运费谁出"_s, u"按键失灵了，能免费修吗"_s},
          {u"订单%1买的东西坏了，还在保修期内"_s, u"%1这单的东西要返修"_s},
          {u"%1用了一个月就坏了，能保修吗？"_s, u"%1保修期多久？现在出问题了"_s},
          {u"维修大概要多久？"_s, u"修的时候能给我个备用机吗？"_s, u"修不好的话能换新的吗？"_s}},
         {{u"It stopped working after two months, is it under warranty?"_s,
           u"How long is the warranty on this?"_s, u"How do I make a warranty claim?"_s,
           u"It won't switch on anymore and it's still under warranty."_s,
           u"I lost the warranty card, can I still get it repaired?"_s,
           u"It's not charging anymore, is that covered?"_s,
           u"It started making a weird noise after a few weeks."_s,
           u"Do I have to send it back for repair? Who pays postage?"_s},
          {u"Something I bought in order %1 broke, it's under warranty."_s,
           u"I need a warranty repair for order %1."_s},
          {u"My %1 broke after a month, is that covered?"_s,
           u"What's the warranty on the %1? It's stopped working."_s},
          {u"How long does a repair usually take?"_s, u"Can I get a replacement while it's being repaired?"_s,
           u"If it can't be fixed, can I get a new one?"_s}}},
    };
    return all;
}

// Lines shared by every intent, per language.
struct CommonLines
{
    QStringList greetings;      // prefixed to some calm openings
    QStringList frustration;    // added to frustrated openings
    QStringList askForHuman;    // requests for a person
    QStringList nudges;         // nobody has answered for a while
    QStringList orderNumberIs;  // %1 = order number
    QStringList noOrderNumber;  // the customer cannot find it
    QStringList photoSent;      // goods: a picture of the item
    QStringList screenshotSent; // billing, account, refunds: a screenshot
    QStringList addressIs;      // %1 = address
    QStringList newAddressIs;   // %1 = address (address_change)
    QStringList phoneIs;        // %1 = last four digits
    QStringList emailIs;
    QStringList accept;        // agreeing to what the agent offered or did
    QStringList pushBackCheap; // a coupon or points is not enough
    QStringList pushBack;      // general reluctance
    QStringList waitingAck;    // the agent is checking
    QStringList questionAck;   // yes/no style answer
    QStringList statementAck;  // acknowledging information
    QStringList closing;       // answering "anything else?"
    QStringList farewell;      // a last word after the agent's goodbye
};

const CommonLines &common(CustomerLanguage language)
{
    static const CommonLines zh = {
        {u"你好，"_s, u"在吗？"_s, u"亲，"_s, u"客服你好，"_s, u"您好，"_s},
        {u"我已经问了三遍了！"_s, u"到底有没有人管啊？"_s, u"太过分了！"_s, u"你们这服务也太差了吧"_s,
         u"等了好几天都没人理"_s, u"再不解决我就投诉了！"_s, u"这已经是第二次了！"_s, u"真的很无语"_s,
         u"能不能给个准话？"_s},
        {u"转人工"_s, u"人工客服"_s, u"我要找真人"_s, u"别让机器人回复了，转人工"_s, u"请帮我转人工客服"_s,
         u"有没有真人客服？"_s, u"人工！人工！"_s},
        {u"还有人吗？"_s, u"在吗？"_s, u"人呢？"_s, u"怎么不回复了？"_s, u"客服？？"_s, u"你好？有人在吗"_s,
         u"等好久了"_s, u"喂？还在吗"_s},
        {u"订单号是%1"_s, u"%1"_s, u"单号：%1"_s, u"好的，%1"_s, u"订单号%1，你查一下"_s},
        {u"订单号我找不到了，用手机号能查吗？"_s, u"我看看……找不到了，你用我账号查一下吧"_s,
         u"不记得了，就是最近买的那单"_s},
        {u"好的，我拍一下"_s, u"[图片]"_s, u"[图片] 你看，就是这样"_s, u"照片发你了，你看看"_s,
         u"稍等，我拍给你"_s, u"[图片][图片] 外包装和东西都拍了"_s},
        {u"[截图]"_s, u"截图发你了"_s, u"[截图] 你看这里"_s, u"好的，我截个图"_s},
        {u"地址是%1"_s, u"%1"_s, u"收货地址：%1"_s},
        {u"新地址是：%1"_s, u"改成%1"_s, u"帮我改成 %1，谢谢"_s},
        {u"手机号就是账号绑定的那个，尾号%1"_s, u"尾号%1"_s},
        {u"邮箱就是账号绑定的那个"_s, u"就是注册时候填的邮箱"_s},
        {u"好的，那就这样吧"_s, u"可以，谢谢"_s, u"行，麻烦尽快处理"_s, u"好的，那我等着"_s,
         u"嗯，可以接受"_s, u"好吧，谢谢你"_s, u"好的好的，谢谢亲"_s, u"那行，辛苦了"_s},
        {u"就给张优惠券？我要的是解决问题"_s, u"积分有什么用，我要退款"_s,
         u"优惠券我用不上，能直接退钱吗？"_s, u"这补偿也太少了吧"_s},
        {u"还要等那么久吗？能不能快一点"_s, u"那我之前的损失怎么算？"_s, u"能不能今天就处理好？"_s,
         u"这个处理我不太满意"_s},
        {u"好的"_s, u"好"_s, u"嗯嗯"_s, u"好的，麻烦快点"_s, u"好的我等着"_s, u"行"_s, u"麻烦了"_s},
        {u"对的"_s, u"是的"_s, u"嗯，是这样"_s, u"不太清楚，你帮我看看"_s, u"对，就是这个问题"_s,
         u"是的，麻烦了"_s, u"应该是吧"_s},
        {u"好的，谢谢"_s, u"知道了"_s, u"嗯嗯，明白了"_s, u"好的，辛苦了"_s, u"那大概要多久？"_s},
        {u"没有了，谢谢"_s, u"好的，谢谢你"_s, u"没别的了，辛苦了"_s, u"好的拜拜"_s, u"行，谢谢啦"_s,
         u"嗯嗯，没有了，再见"_s, u"没有了，麻烦你了"_s, u"好的，再见"_s},
        {u"拜拜"_s, u"再见"_s, u"好的"_s},
    };
    static const CommonLines en = {
        {u"Hi there! "_s, u"Hello! "_s, u"Hi. "_s, u"Good morning. "_s, u"Hey, quick question. "_s},
        {u"This is ridiculous, third time asking."_s, u"I'm really frustrated."_s,
         u"Honestly, this is unacceptable."_s, u"Nobody has gotten back to me."_s,
         u"I've been waiting for days!"_s, u"This is the second time this has happened."_s,
         u"Very disappointed."_s, u"If this isn't sorted today I'm leaving a review."_s,
         u"Why is this so hard?"_s},
        {u"I want to talk to a human."_s, u"Agent please."_s, u"Can I speak to a real person?"_s,
         u"Please connect me to a human agent."_s, u"Representative."_s,
         u"No bots please, I need a person."_s},
        {u"Hello? Is anyone there?"_s, u"Hi, are you still there?"_s, u"Anyone?"_s, u"Still waiting..."_s,
         u"Hello??"_s, u"Is this chat still open?"_s, u"I'm still here, waiting for a reply."_s,
         u"Any update?"_s},
        {u"It's %1."_s, u"Order number is %1"_s, u"%1"_s, u"Sure, %1"_s, u"Here you go: %1"_s},
        {u"I can't find the order number, can you look it up with my email?"_s,
         u"I don't have it handy, it's my most recent order."_s, u"Not sure, can you check my account?"_s},
        {u"Sure, sending a photo now."_s, u"[photo] Here it is."_s, u"Just uploaded two pictures."_s,
         u"OK, give me a minute to take a photo."_s, u"[photo] That's the box and the item."_s},
        {u"[screenshot]"_s, u"Sure, here's a screenshot."_s, u"[screenshot] See the highlighted line."_s},
        {u"It's %1."_s, u"%1"_s, u"The address is %1."_s},
        {u"The new address is %1."_s, u"Please send it to %1 instead."_s, u"%1, thanks."_s},
        {u"It's the number on my account, ending in %1."_s, u"The one ending %1."_s},
        {u"Same email as on my account."_s, u"It's the email I signed up with."_s},
        {u"OK, that works for me."_s, u"Sounds good, thanks."_s, u"Fine, please go ahead."_s,
         u"Alright, thank you."_s, u"Yes please, do that."_s, u"Great, thanks for sorting it."_s,
         u"OK, I appreciate it."_s, u"Perfect, thank you."_s},
        {u"A coupon doesn't really help, I'd like a refund."_s, u"Points? I just want my money back."_s,
         u"That's not much compensation for the hassle."_s, u"Can you do better than a voucher?"_s},
        {u"How long will that take? I really need this sorted."_s, u"And what about the inconvenience?"_s,
         u"Can it be done today?"_s, u"I'm not thrilled with that, to be honest."_s},
        {u"OK."_s, u"Sure."_s, u"Thanks, I'll wait."_s, u"OK, please hurry."_s, u"No problem."_s,
         u"Alright."_s},
        {u"Yes, that's right."_s, u"Yes."_s, u"Correct."_s, u"Not sure, could you check for me?"_s,
         u"Yes, exactly."_s, u"I think so, yes."_s, u"That's right."_s},
        {u"OK, thanks."_s, u"Got it."_s, u"Understood, thanks."_s, u"OK, thanks for explaining."_s,
         u"How long will that take?"_s},
        {u"No, that's all. Thanks!"_s, u"That's everything, thank you."_s, u"All good now, bye!"_s,
         u"Nope, thanks for your help."_s, u"Great, thanks. Bye."_s, u"No, that's it. Have a good day."_s,
         u"That's all, cheers!"_s, u"Nothing else, thanks."_s},
        {u"Bye!"_s, u"Thanks, bye."_s, u"Cheers."_s},
    };
    return language == CustomerLanguage::Chinese ? zh : en;
}

const QStringList &sampleAddresses(CustomerLanguage language)
{
    static const QStringList zh = {
        u"上海市浦东新区张江路"_s, u"北京市朝阳区建国路"_s,   u"杭州市西湖区文三路"_s,
        u"成都市武侯区人民南路"_s, u"广州市天河区天河北路"_s, u"深圳市南山区科技南路"_s,
        u"武汉市洪山区珞喻路"_s,   u"南京市鼓楼区中山北路"_s, u"西安市雁塔区科技路"_s,
    };
    static const QStringList en = {
        u"Church Lane, Manchester"_s,   u"Queen Street West, Toronto"_s, u"King's Road, London"_s,
        u"Harbour View Road, Sydney"_s, u"Maple Avenue, Vancouver"_s,    u"Orchard Road, Singapore"_s,
        u"Elm Grove, Dublin"_s,
    };
    return language == CustomerLanguage::Chinese ? zh : en;
}

// ---------------------------------------------------------------------------------------------------------

const QString &pick(const QStringList &list, QRandomGenerator &rng)
{
    return list.at(qsizetype(rng.bounded(quint32(list.size()))));
}

bool chance(double p, QRandomGenerator &rng)
{
    return rng.generateDouble() < p;
}

bool containsAny(const QString &haystack, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles) {
        if (haystack.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool endsWithPunctuation(const QString &text)
{
    if (text.isEmpty())
        return true;
    static const QString marks = u"。！？，…~.!?,)]】"_s;
    return marks.contains(text.back());
}

// Two sentences the way each language writes them in chat: Chinese customers chain clauses with "，",
// English sentences are separated by a space after a full stop.
QString joinSentences(CustomerLanguage language, const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (language == CustomerLanguage::Chinese)
        return endsWithPunctuation(first) ? QString(first + second) : QString(first + u'，' + second);
    return endsWithPunctuation(first) ? QString(first + u' ' + second) : QString(first + u". " + second);
}

QString address(CustomerLanguage language, QRandomGenerator &rng)
{
    const QString street = pick(sampleAddresses(language), rng);
    if (language == CustomerLanguage::Chinese) {
        return street + QString::number(rng.bounded(1, 400)) + u"号 "_s +
               QString::number(rng.bounded(1, 20)) + u"栋"_s + QString::number(rng.bounded(1, 5)) +
               u"单元"_s + QString::number(rng.bounded(1, 30)) +
               QString::number(rng.bounded(1, 5)).rightJustified(2, u'0');
    }
    const QString number = QString::number(rng.bounded(1, 240));
    if (chance(0.3, rng))
        return u"Flat "_s + QString::number(rng.bounded(1, 30)) + u", "_s + number + u' ' + street;
    return number + u' ' + street;
}

QString fourDigits(QRandomGenerator &rng)
{
    return QString::number(rng.bounded(0, 10000)).rightJustified(4, u'0');
}

const IntentScript *findScript(const QString &intent)
{
    for (const IntentScript &script : scripts()) {
        if (script.key == intent)
            return &script;
    }
    return nullptr;
}

} // namespace

QStringList SimulatorScript::intents()
{
    QStringList keys;
    for (const IntentScript &script : scripts())
        keys.append(script.key);
    return keys;
}

SimulatedOpening SimulatorScript::opening(CustomerLanguage language, const QString &orderNo,
                                          const QString &productName, QRandomGenerator &rng)
{
    const std::vector<IntentScript> &all = scripts();
    int totalWeight = 0;
    for (const IntentScript &script : all)
        totalWeight += script.weight;
    int roll = rng.bounded(totalWeight);
    const IntentScript *script = &all.back();
    for (const IntentScript &candidate : all) {
        if (roll < candidate.weight) {
            script = &candidate;
            break;
        }
        roll -= candidate.weight;
    }
    const Phrases &phrases = language == CustomerLanguage::Chinese ? script->zh : script->en;
    const CommonLines &lines = common(language);

    SimulatedOpening result;
    result.intent = script->key;

    const bool canUseOrder = !orderNo.isEmpty() && !phrases.withOrder.isEmpty();
    const bool canUseProduct = !productName.isEmpty() && !phrases.withProduct.isEmpty();
    if ((canUseOrder || canUseProduct) && chance(0.5, rng)) {
        const bool useOrder = canUseOrder && (!canUseProduct || chance(0.5, rng));
        result.text = useOrder ? pick(phrases.withOrder, rng).arg(orderNo)
                               : pick(phrases.withProduct, rng).arg(productName);
    } else {
        result.text = pick(phrases.plain, rng);
    }

    result.frustrated = chance(0.2, rng);
    result.asksForHuman = chance(0.1, rng);

    if (result.frustrated) {
        // Anger comes first or last; both read naturally in either language.
        const QString &outburst = pick(lines.frustration, rng);
        result.text = chance(0.35, rng) ? joinSentences(language, outburst, result.text)
                                        : joinSentences(language, result.text, outburst);
    } else if (chance(0.25, rng)) {
        const QString &greeting = pick(lines.greetings, rng);
        const bool alreadyGreets =
            containsAny(result.text.left(4), {u"你好", u"在吗", u"亲", u"Hi", u"Hello"});
        if (!alreadyGreets)
            result.text = greeting + result.text;
    }
    if (result.asksForHuman) {
        result.asksForHuman = false;
        return withRequestForPerson(language, result, rng);
    }
    return result;
}

SimulatedOpening SimulatorScript::withRequestForPerson(CustomerLanguage language, SimulatedOpening opening,
                                                       QRandomGenerator &rng)
{
    if (opening.asksForHuman)
        return opening;
    const QString &request = pick(common(language).askForHuman, rng);
    opening.text = chance(0.3, rng) ? joinSentences(language, request, opening.text)
                                    : joinSentences(language, opening.text, request);
    opening.asksForHuman = true;
    return opening;
}

QString SimulatorScript::replyToAgent(CustomerLanguage language, const QString &intent,
                                      const QString &agentText, int turn, const QString &orderNo,
                                      QRandomGenerator &rng)
{
    // Customers run out of things to say; four replies is the most a simulated customer gives.
    if (turn >= 4)
        return {};

    const CommonLines &lines = common(language);
    const QString &text = agentText;
    const bool isQuestion = text.contains(u'？') || text.contains(u'?');

    // Specific requests first: they are what the agent is waiting for, whatever else the message says.
    if (containsAny(text, {u"订单号", u"订单编号", u"单号", u"order number", u"order no", u"order #",
                           u"order id", u"order reference"})) {
        if (orderNo.isEmpty())
            return pick(lines.noOrderNumber, rng);
        return pick(lines.orderNumberIs, rng).arg(orderNo);
    }
    if (containsAny(text, {u"照片", u"拍照", u"拍一下", u"图片", u"截图", u"photo", u"picture", u"image",
                           u"screenshot"})) {
        const bool paperwork = intent == u"billing" || intent == u"account_access" ||
                               intent == u"refund_status" || intent == u"invoice";
        return pick(paperwork ? lines.screenshotSent : lines.photoSent, rng);
    }
    if (containsAny(text, {u"地址", u"address"})) {
        const QStringList &templates = intent == u"address_change" ? lines.newAddressIs : lines.addressIs;
        return pick(templates, rng).arg(address(language, rng));
    }
    if (containsAny(text, {u"手机号", u"电话", u"phone number", u"mobile number"}))
        return pick(lines.phoneIs, rng).arg(fourDigits(rng));
    if (containsAny(text, {u"邮箱", u"email", u"e-mail"}) && isQuestion)
        return pick(lines.emailIs, rng);

    // The agent is wrapping up.
    const bool asksAnythingElse =
        containsAny(text, {u"还有什么可以帮", u"还有其他问题", u"还有别的问题", u"还有什么问题",
                           u"还有其他需要", u"anything else", u"is there anything", u"something else i can"});
    const bool saysGoodbye =
        containsAny(text, {u"再见", u"祝您生活愉快", u"祝您", u"满意度评价", u"结束会话", u"goodbye", u"bye",
                           u"have a great day", u"have a nice day", u"take care", u"thank you for contacting",
                           u"close this chat", u"closing this chat"});
    if (asksAnythingElse)
        return pick(lines.closing, rng);
    if (saysGoodbye) {
        // After a couple of exchanges many people just leave without a last word.
        if (turn >= 2 && chance(0.5, rng))
            return {};
        return pick(turn >= 2 ? lines.farewell : lines.closing, rng);
    }

    if (containsAny(text, {u"稍等", u"请稍候", u"正在查询", u"正在为您", u"帮您查", u"查一下", u"核实一下",
                           u"我看一下", u"let me check", u"one moment", u"give me a moment", u"bear with me",
                           u"checking", u"looking into", u"just a moment", u"hold on"}) &&
        !isQuestion)
        return pick(lines.waitingAck, rng);

    // An offer or a completed action: mostly accepted, sometimes met with resistance, more often when it
    // is a token gesture and early in the conversation.
    const bool cheapOffer = containsAny(
        text, {u"优惠券", u"积分", u"红包", u"无门槛", u"coupon", u"voucher", u"points", u"store credit"});
    const bool offer =
        cheapOffer ||
        containsAny(text, {u"退款",        u"补偿",       u"补发",         u"换货",     u"换一个",
                           u"重新发",      u"赔",         u"退货",         u"上门取件", u"维修",
                           u"已为您",      u"已经为您",   u"已经帮您",     u"已帮您",   u"refund",
                           u"replacement", u"replace",    u"compensat",    u"reship",   u"resend",
                           u"send a new",  u"discount",   u"return label", u"repair",   u"cancelled",
                           u"canceled",    u"updated",    u"i've ",        u"i have ",  u"我这就",
                           u"现在就可以",  u"我可以帮您", u"i'll ",        u"i can ",   u"shall i"});
    if (offer) {
        const double pushBackChance = cheapOffer ? (turn <= 1 ? 0.4 : 0.2) : (turn <= 1 ? 0.12 : 0.05);
        if (chance(pushBackChance, rng))
            return pick(cheapOffer ? lines.pushBackCheap : lines.pushBack, rng);
        return pick(lines.accept, rng);
    }

    if (isQuestion)
        return pick(lines.questionAck, rng);

    // Plain information. Early on the customer adds a detail about their problem; later they acknowledge,
    // and by the last turn they often have nothing left to say.
    if (turn <= 1) {
        const IntentScript *script = findScript(intent);
        if (script && chance(0.65, rng)) {
            const Phrases &phrases = language == CustomerLanguage::Chinese ? script->zh : script->en;
            return pick(phrases.followUps, rng);
        }
        return pick(lines.statementAck, rng);
    }
    if (turn >= 3 && chance(0.5, rng))
        return {};
    return pick(lines.statementAck, rng);
}

QString SimulatorScript::nudge(CustomerLanguage language, QRandomGenerator &rng)
{
    return pick(common(language).nudges, rng);
}

QString SimulatorScript::replyToBot(CustomerLanguage language, QRandomGenerator &rng)
{
    static const QStringList thanksZh{u"谢谢，明白了"_s, u"好的 谢谢你 帮了大忙"_s, u"懂了，多谢！"_s};
    static const QStringList thanksEn{u"Thanks, that was really helpful"_s, u"Great, thank you so much!"_s,
                                      u"That answers it, thanks."_s};
    static const QStringList personZh{u"这个没解决我的问题，转人工吧"_s, u"还是给我转人工客服"_s};
    static const QStringList personEn{u"That doesn't help. Can I talk to a real person?"_s,
                                      u"I'd rather speak to a human, please."_s};
    const bool chinese = language == CustomerLanguage::Chinese;
    if (chance(0.6, rng))
        return pick(chinese ? thanksZh : thanksEn, rng);
    return pick(chinese ? personZh : personEn, rng);
}

QString SimulatorScript::compensationChoice(CustomerLanguage language, const QString &remedyKeys,
                                            bool switching, QRandomGenerator &rng)
{
    static const QHash<QString, std::pair<QString, QString>> names = {
        {u"coupon"_s, {u"优惠券"_s, u"the coupon"_s}},
        {u"partial_refund"_s, {u"部分退款"_s, u"the partial refund"_s}},
        {u"full_refund"_s, {u"全额退款"_s, u"the full refund"_s}},
        {u"replacement"_s, {u"换新"_s, u"the replacement"_s}},
        {u"free_return_shipping"_s, {u"免费退货运费"_s, u"free return shipping"_s}},
        {u"points"_s, {u"积分"_s, u"the points"_s}},
        {u"goodwill_gift"_s, {u"小礼品"_s, u"the gift"_s}},
    };
    QStringList parts;
    for (const QString &key : remedyKeys.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const auto name = names.value(key, {key, key});
        parts.append(language == CustomerLanguage::Chinese ? name.first : name.second);
    }
    const bool zh = language == CustomerLanguage::Chinese;
    const QString what = parts.join(zh ? u"加"_s : u" and "_s);
    if (switching) {
        const QStringList lines = zh ? QStringList{u"不好意思，我想了想，还是换成%1吧"_s, u"我能改成%1吗？"_s}
                                     : QStringList{u"Sorry, on second thought I'd rather have %1."_s,
                                                   u"Could I switch to %1 instead?"_s};
        return lines.at(rng.bounded(int(lines.size()))).arg(what);
    }
    const QStringList lines =
        zh ? QStringList{u"好的，那我选%1"_s, u"%1就行，谢谢"_s, u"我要%1吧"_s}
           : QStringList{u"OK, I'll take %1."_s, u"%1 works for me, thanks."_s, u"Let's go with %1."_s};
    return lines.at(rng.bounded(int(lines.size()))).arg(what);
}

} // namespace warmline::server
