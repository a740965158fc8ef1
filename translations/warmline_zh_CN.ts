<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Channel</name>
    <message>
        <source>Web chat</source>
        <translation>网页聊天</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>%1 points (%2)</source>
        <translation>%1 积分（%2）</translation>
    </message>
    <message>
        <source>Customer chose: %1 (%2). They may switch until %3.</source>
        <translation>客户已选择：%1（%2）。%3 前可更换一次。</translation>
    </message>
    <message>
        <source>Effective: %1 (%2), decided by %3.</source>
        <translation>已生效：%1（%2），由 %3 决定。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor (escalated): %1 (%2), asked by %3.</source>
        <translation>等待主管审批（已升级）：%1（%2），由 %3 申请。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor: %1 (%2), asked by %3.</source>
        <translation>等待主管审批：%1（%2），由 %3 申请。</translation>
    </message>
    <message>
        <source>Approved with changes by %1: %2 (%3; asked %4).</source>
        <translation>%1 调整后批准：%2（%3；原申请 %4）。</translation>
    </message>
    <message>
        <source>Approved by %1: %2 (%3).</source>
        <translation>%1 已批准：%2（%3）。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Rejected by %1: “%2”. Nothing was given.</source>
        <translation>%1 已驳回：“%2”。未给予任何补偿。</translation>
    </message>
    <message>
        <source>Offered to the customer, waiting for their choice: %1</source>
        <translation>已提供给客户，等待客户选择：%1</translation>
    </message>
    <message>
        <source>Customer switched from %1 to %2 (%3).</source>
        <translation>客户已从 %1 改选 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>You are offline. Wait until the status bar shows &quot;Live&quot;, then try again.</source>
        <translation>当前处于离线状态。请等状态栏显示“在线”后再试。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>用户名或密码错误。请核对后重试。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>%1 already accepted this conversation. Pick another one.</source>
        <translation>%1 已经接入了这个会话，请选择其他会话。</translation>
    </message>
    <message>
        <source>You are not allowed to do this here. Ask a supervisor if you think you should be.</source>
        <translation>您没有执行此操作的权限。如需权限，请联系主管。</translation>
    </message>
    <message>
        <source>This conversation no longer exists. Pick another one from the list.</source>
        <translation>这个会话已不存在，请从列表中另选一个。</translation>
    </message>
    <message>
        <source>This conversation is already resolved. The customer can start a new one.</source>
        <translation>这个会话已经解决。客户可以发起新的会话。</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it and send again.</source>
        <translation>内容太长，请精简后再发送。</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>操作过于频繁，请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The server saw a conflicting repeat of this request. Try the action again.</source>
        <translation>服务器收到了与此前不一致的重复请求，请重新操作一次。</translation>
    </message>
    <message>
        <source>The request was incomplete. Check what you entered and try again.</source>
        <translation>请求内容不完整，请检查输入后重试。</translation>
    </message>
    <message>
        <source>The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.</source>
        <translation>服务器未能完成此操作（%1）。请重试；如果反复出现，请告知主管。</translation>
    </message>
    <message>
        <source>The customer is still waiting. Accept the conversation first.</source>
        <translation>客户还在排队。请先接入这个会话。</translation>
    </message>
    <message>
        <source>The bot is still talking to this customer. It comes to the queue when it hands over.</source>
        <translation>机器人还在和这位客户对话。转接后会进入排队。</translation>
    </message>
    <message>
        <source>%1 already has this conversation. Pick someone else.</source>
        <translation>%1 已经在处理这个会话。请选择其他人。</translation>
    </message>
    <message>
        <source>The customer already waits in that queue. Pick another one.</source>
        <translation>客户已经在该队列中等待。请选择其他队列。</translation>
    </message>
    <message>
        <source>That colleague is not available right now. Choose someone available or a queue.</source>
        <translation>这位同事现在不在线或已离开。请选择空闲的同事或一个队列。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Warmline</source>
        <translation>暖线</translation>
    </message>
</context>
<context>
    <name>OpeningLine</name>
    <message>
        <source>Greeting for the customer&apos;s time of day: 早上好, 中午好, 下午好, 晚上好 / Good morning, Good afternoon, Good evening</source>
        <translation>按客户当地时间的问候：早上好、中午好、下午好、晚上好 / Good morning、Good afternoon、Good evening</translation>
    </message>
    <message>
        <source>The customer&apos;s name, e.g. 王芳 or Emily Carter</source>
        <translation>客户姓名，例如 王芳 或 Emily Carter</translation>
    </message>
    <message>
        <source>Surname with 先生/女士 or Mr/Ms, e.g. 王女士 or Ms Carter; only when we know how the customer likes to be addressed</source>
        <translation>姓氏加 先生/女士 或 Mr/Ms，例如 王女士 或 Ms Carter；仅在知道客户希望的称呼时才有值</translation>
    </message>
    <message>
        <source>Today&apos;s festival, e.g. 中秋节 / Mid-Autumn Festival; empty on ordinary days</source>
        <translation>今天的节日，例如 中秋节 / Mid-Autumn Festival；平常日子为空</translation>
    </message>
    <message>
        <source>The wish for today&apos;s festival, e.g. 中秋快乐 / Happy Mid-Autumn Festival; empty on ordinary days</source>
        <translation>今天的节日祝福，例如 中秋快乐 / Happy Mid-Autumn Festival；平常日子为空</translation>
    </message>
    <message>
        <source>The product of the order this conversation is about, or else of the latest order</source>
        <translation>本次会话所涉订单的商品，没有则取最近一笔订单的商品</translation>
    </message>
    <message>
        <source>Days since that order was delivered, e.g. 3; empty if not delivered</source>
        <translation>该订单签收后的天数，例如 3；未签收时为空</translation>
    </message>
    <message>
        <source>When that order was delivered: 今天, 昨天, 前天, 3天前 / today, yesterday, 3 days ago</source>
        <translation>该订单何时签收：今天、昨天、前天、3天前 / today、yesterday、3 days ago</translation>
    </message>
    <message>
        <source>The customer&apos;s membership, e.g. 金卡会员 / Gold member; empty for standard members</source>
        <translation>客户的会员等级，例如 金卡会员 / Gold member；普通会员为空</translation>
    </message>
    <message>
        <source>Your name as customers see it</source>
        <translation>客户看到的你的名字</translation>
    </message>
    <message>
        <source>Where the customer reached us: 微信, 电话, 网页… / WeChat, phone, web chat…</source>
        <translation>客户联系我们的渠道：微信、电话、网页… / WeChat、phone、web chat…</translation>
    </message>
    <message>
        <source>This } has no { before it. To show a brace as text, write \}.</source>
        <translation>这个 } 前面没有对应的 {。如果要显示花括号本身，请写 \}。</translation>
    </message>
    <message>
        <source>This ] has no [ before it. To show a bracket as text, write \].</source>
        <translation>这个 ] 前面没有对应的 [。如果要显示方括号本身，请写 \]。</translation>
    </message>
    <message>
        <source>Too many variables and optional parts inside each other: at most %1 levels.</source>
        <translation>变量和可选部分嵌套太深：最多 %1 层。</translation>
    </message>
    <message>
        <source>This { is not closed. End the variable with }, as in {customer_name}; to show a brace as text, write \{.</source>
        <translation>这个 { 没有闭合。请用 } 结束变量，例如 {customer_name}；如果要显示花括号本身，请写 \{。</translation>
    </message>
    <message>
        <source>Empty braces: put a variable name between { and }, as in {customer_name}.</source>
        <translation>花括号是空的：请在 { 和 } 之间写变量名，例如 {customer_name}。</translation>
    </message>
    <message>
        <source>“%1” is not a variable name — did you mean %2?</source>
        <translation>“%1”不是变量名——你是想写 %2 吗？</translation>
    </message>
    <message>
        <source>“%1” is not a variable name. Names look like customer_name: letters a–z, digits and _.</source>
        <translation>“%1”不是变量名。变量名形如 customer_name：由字母 a–z、数字和 _ 组成。</translation>
    </message>
    <message>
        <source>There is no variable called “%1”.</source>
        <translation>没有名为“%1”的变量。</translation>
    </message>
    <message>
        <source>There is no variable called “%1” — did you mean %2?</source>
        <translation>没有名为“%1”的变量——你是想写 %2 吗？</translation>
    </message>
    <message>
        <source>There is no variable called “%1” — did you mean one of %2?</source>
        <translation>没有名为“%1”的变量——你是想写 %2 中的某一个吗？</translation>
    </message>
    <message>
        <source>This { is not closed: its fallback runs to the end. Add } where the fallback ends, as in {customer_name|您}.</source>
        <translation>这个 { 没有闭合：它的备用文字一直延续到末尾。请在备用文字结束处加上 }，例如 {customer_name|您}。</translation>
    </message>
    <message>
        <source>This [ starts an optional part that is never closed: add ] where the part ends. To show a bracket as text, write \[.</source>
        <translation>这个 [ 开始的可选部分没有闭合：请在该部分结束处加上 ]。如果要显示方括号本身，请写 \[。</translation>
    </message>
    <message>
        <source>{%1} is empty for some customers or on some days. Put it inside [ ] so that part is left out, or give a fallback: {%1|…}.</source>
        <translation>{%1} 对部分客户或在某些日子为空。请把它放进 [ ] 中，让这部分在缺少时省略，或者给出备用文字：{%1|…}。</translation>
    </message>
    <message>
        <source>This optional part is always shown: nothing in it can be missing. Optional parts are for variables without a fallback.</source>
        <translation>这个可选部分总会显示：其中没有可能缺失的内容。可选部分用于没有备用文字的变量。</translation>
    </message>
    <message>
        <source>Full-width braces ｛ ｝ are plain text. Write {%1} with half-width braces to insert the variable.</source>
        <translation>全角花括号 ｛ ｝ 只是普通文字。请用半角花括号写成 {%1} 来插入变量。</translation>
    </message>
    <message>
        <source>This sounds like the stock phrase “%1”, which customers hear everywhere. Say it your own way: their name, their order, the time of day.</source>
        <translation>这句话听起来像套话“%1”，客户到处都能听到。用你自己的方式说吧：叫出他们的名字，提到他们的订单，问候当下的时段。</translation>
    </message>
    <message>
        <source>This template is %1 characters long; it may be at most %2.</source>
        <translation>这个模板长 %1 个字符，最多只能有 %2 个。</translation>
    </message>
    <message>
        <source>Even without the customer&apos;s details this line is %1 characters long; an opening line may be at most %2.</source>
        <translation>即使不含客户信息，这句话也有 %1 个字符；开场白最多 %2 个字符。</translation>
    </message>
    <message>
        <source>This line has no variable, so every customer reads the same words. Try {customer_name}, {greeting} or {latest_product}.</source>
        <translation>这句话没有变量，所有客户读到的都一样。试试 {customer_name}、{greeting} 或 {latest_product}。</translation>
    </message>
</context>
<context>
    <name>OpeningLines</name>
    <message>
        <source>English-speaking customers</source>
        <translation>说英文的客户</translation>
    </message>
    <message>
        <source>Chinese-speaking customers</source>
        <translation>说中文的客户</translation>
    </message>
    <message>
        <source>Not used yet. Numbers appear here once you have opened conversations with this line.</source>
        <translation>尚未使用。用这句开场白开始会话后，这里会显示数据。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation>
            <numerusform>已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>warm reply %1</source>
        <translation>热情回应 %1</translation>
    </message>
    <message>
        <source>resolved on first contact %1</source>
        <translation>首次解决 %1</translation>
    </message>
    <message>
        <source>praised %1</source>
        <translation>获表扬 %1</translation>
    </message>
    <message>
        <source>too few uses for percentages yet</source>
        <translation>使用次数太少，暂不显示百分比</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Warmline</source>
        <translation>暖线</translation>
    </message>
    <message>
        <source>Cannot open the local outbox: %1
Check that %2 is writable.</source>
        <translation>无法打开本地发件箱：%1
请确认 %2 可写。</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>open for entries</source>
        <translation>征集中</translation>
    </message>
    <message>
        <source>being judged</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>You are offline. Wait until the status bar shows &quot;Live&quot;, then try again.</source>
        <translation>当前处于离线状态。请等状态栏显示“在线”后再试。</translation>
    </message>
    <message>
        <source>The line has an error at character %1. Fix the part marked in red and save again.</source>
        <translation>这句话在第 %1 个字符处有错误。请改正红色标出的部分后再保存。</translation>
    </message>
    <message>
        <source>The contest must end after it starts, and in the future. Change the dates.</source>
        <translation>比赛的结束时间必须晚于开始时间，并且在未来。请修改日期。</translation>
    </message>
    <message>
        <source>Something you entered is not accepted. Check the fields and try again.</source>
        <translation>有内容未被接受。请检查各项后重试。</translation>
    </message>
    <message>
        <source>Something is missing. Fill in every field and try again.</source>
        <translation>还有内容没填。请填写所有项后重试。</translation>
    </message>
    <message>
        <source>Nobody scores their own entry. Another judge will score it.</source>
        <translation>不能给自己的作品打分，将由其他评委打分。</translation>
    </message>
    <message>
        <source>Only supervisors and trainers can do this. Ask one of them.</source>
        <translation>只有主管和培训师可以这样做，请联系他们。</translation>
    </message>
    <message>
        <source>This no longer exists. The list has been refreshed; pick again.</source>
        <translation>该项已不存在。列表已刷新，请重新选择。</translation>
    </message>
    <message>
        <source>The contest is already published. Its winners are in the team library.</source>
        <translation>比赛已经发布，获胜作品在团队话术库中。</translation>
    </message>
    <message>
        <source>The contest has not started yet. Try again once it is open.</source>
        <translation>比赛尚未开始，请在开始后再试。</translation>
    </message>
    <message>
        <source>The contest has ended and takes no more entries. Watch for the next one.</source>
        <translation>比赛已结束，不再接受作品。请留意下一次比赛。</translation>
    </message>
    <message>
        <source>This cannot be done now: %1. Refresh and try again.</source>
        <translation>现在无法执行：%1。请刷新后重试。</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>操作过于频繁，请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.</source>
        <translation>服务器未能完成此操作（%1）。请重试；如果反复出现，请告知主管。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>文字会话</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>With the bot</source>
        <translation>机器人接待中</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>等待人工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Late delivery</source>
        <translation>物流延误</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>缺少配件</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单问题</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户问题</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>全额退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Free return shipping</source>
        <translation>免费退货运费</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Goodwill gift</source>
        <translation>小礼品</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>仅致歉</translation>
    </message>
    <message>
        <source>Delivery speed</source>
        <translation>配送速度</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>性价比</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation>VIP 服务</translation>
    </message>
    <message>
        <source>Frequent buyer</source>
        <translation>常购客户</translation>
    </message>
    <message>
        <source>Price-sensitive</source>
        <translation>价格敏感</translation>
    </message>
    <message>
        <source>Prefers phone</source>
        <translation>偏好电话</translation>
    </message>
    <message>
        <source>Prefers chat</source>
        <translation>偏好在线聊天</translation>
    </message>
    <message>
        <source>Elderly care</source>
        <translation>长者关怀</translation>
    </message>
    <message>
        <source>Business buyer</source>
        <translation>企业采购</translation>
    </message>
    <message>
        <source>Buys gifts</source>
        <translation>常买礼品</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Complained before</source>
        <translation>曾有投诉</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠实客户</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>客户称呼</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>asked for a person</source>
        <translation>要求转人工</translation>
    </message>
    <message>
        <source>customer is upset</source>
        <translation>客户情绪激动</translation>
    </message>
    <message>
        <source>customer repeated the question</source>
        <translation>客户重复提问</translation>
    </message>
    <message>
        <source>customer is confused</source>
        <translation>客户感到困惑</translation>
    </message>
    <message>
        <source>the bot was not sure what was asked</source>
        <translation>机器人没能确定客户的问题</translation>
    </message>
    <message>
        <source>needs a person to act</source>
        <translation>需要人工处理</translation>
    </message>
    <message>
        <source>the bot&apos;s answer did not help</source>
        <translation>机器人的答复没有解决问题</translation>
    </message>
    <message>
        <source>facts the answer needs are missing</source>
        <translation>答复所需的信息缺失</translation>
    </message>
    <message>
        <source>the bot was still starting</source>
        <translation>机器人尚未启动完成</translation>
    </message>
</context>
<context>
    <name>warmline::sync::CaseCandidateListModel</name>
    <message numerus="yes">
        <source>%n moment(s) bookmarked</source>
        <translation>
            <numerusform>%n 处书签</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>warmline::sync::ContestListModel</name>
    <message numerus="yes">
        <source>%1 — %2 · %3 to %4 · %n entry(ies)</source>
        <translation>
            <numerusform>%1 — %2 · %3 至 %4 · %n 件作品</numerusform>
        </translation>
    </message>
    <message>
        <source>you entered</source>
        <translation>你已参赛</translation>
    </message>
    <message>
        <source>Opened by %1</source>
        <translation>由 %1 发起</translation>
    </message>
</context>
<context>
    <name>warmline::sync::FeedbackListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · not reviewed yet</source>
        <translation>%1 · %2 · 尚未点评</translation>
    </message>
</context>
<context>
    <name>warmline::sync::HeldReplyListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>warmline::sync::LeaderboardModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未打分</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s): %1 warm · %2 resolved · %3 praised</source>
        <translation>
            <numerusform>使用 %n 次：热情回应 %1 · 首次解决 %2 · 获表扬 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Judges&apos; mean</source>
        <translation>评委平均分</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>实际效果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>warmline::sync::LibraryLineListModel</name>
    <message numerus="yes">
        <source>%1 · %2 — by %3, #%4 in “%5”, adopted %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 —— 作者 %3，在“%5”中获第 %4 名，已被采用 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmline::sync::MenteeListModel</name>
    <message>
        <source>%1 — %2 · in your session</source>
        <translation>%1 — %2 · 正在辅导</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 of %4 conversations</source>
        <translation>%1 — %2 · 会话 %3/%4</translation>
    </message>
</context>
<context>
    <name>warmline::sync::MetricsTableModel</name>
    <message>
        <source>%1 of %2 · %3 %</source>
        <translation>%1/%2 · %3%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Should be 0: every one is a customer who was sent back or asked again.</source>
        <translation>应为 0：每一次都意味着有客户被退回机器人或被要求重复信息。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Team / agent</source>
        <translation>团队 / 客服</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Repeat contact (7 days)</source>
        <translation>7 天内重复来访</translation>
    </message>
    <message>
        <source>Customer praise</source>
        <translation>客户表扬率</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等待</translation>
    </message>
    <message>
        <source>90 % waited at most</source>
        <translation>90% 的等待不超过</translation>
    </message>
    <message>
        <source>Compensation of budget</source>
        <translation>补偿 / 预算</translation>
    </message>
    <message>
        <source>Bot contained</source>
        <translation>机器人独立解决</translation>
    </message>
    <message>
        <source>Bot handed off</source>
        <translation>机器人转人工</translation>
    </message>
    <message>
        <source>Back to the bot</source>
        <translation>被退回机器人</translation>
    </message>
    <message>
        <source>Asked to repeat</source>
        <translation>要求客户重复</translation>
    </message>
</context>
<context>
    <name>warmline::sync::OpeningLineListModel</name>
    <message>
        <source>%1 · new line (not saved)</source>
        <translation>%1 · 新开场白（未保存）</translation>
    </message>
    <message>
        <source>In use for %1 with %2: %3</source>
        <translation>正用于%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>warmline::sync::OpeningVersionListModel</name>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>版本 %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>warmline::sync::OrderTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>warmline::sync::PendingApprovalsModel</name>
    <message>
        <source>%1 asks %2 for %3 (%4) · waiting %5</source>
        <translation>%1 申请 %2：%3（%4）· 已等待 %5</translation>
    </message>
    <message>
        <source>ESCALATED · %1</source>
        <translation>已升级 · %1</translation>
    </message>
    <message>
        <source>Your own request: another supervisor answers it.</source>
        <translation>这是你自己的申请：由其他主管答复。</translation>
    </message>
</context>
<context>
    <name>warmline::sync::QueueBoardModel</name>
    <message>
        <source>offered to %1, %2 left</source>
        <translation>已推送给 %1，剩 %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无人接</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>waiting long</source>
        <translation>等待较久</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>%1 — %2 active</source>
        <translation>%1 — 处理中 %2</translation>
    </message>
    <message>
        <source>%1 — %2 waiting (longest %3), %4 active</source>
        <translation>%1 — 等待 %2（最长 %3），处理中 %4</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <source>With</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>转人工原因</translation>
    </message>
    <message>
        <source>Hand-off summary</source>
        <translation>转接摘要</translation>
    </message>
    <message>
        <source>in progress · %1</source>
        <translation>处理中 · %1</translation>
    </message>
</context>
<context>
    <name>warmline::sync::RosterModel</name>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1 open, %2 offered, room for %3 at once</source>
        <translation>处理中 %1，推送中 %2，可同时处理 %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1/%2 (+%3 offered)</source>
        <translation>%1/%2（+%3 推送中）</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>今日补偿</translation>
    </message>
</context>
<context>
    <name>warmline::sync::ServerConnection</name>
    <message>
        <source>The server does not speak %1.</source>
        <translation>服务器不支持 %1 协议。</translation>
    </message>
    <message>
        <source>An update from the server could not be read (%1); reconnect, or ask your administrator whether the server was upgraded.</source>
        <translation>来自服务器的一条更新无法读取（%1）；请重新连接，或询问管理员服务器是否已升级。</translation>
    </message>
</context>
<context>
    <name>warmline::sync::TransferTargetModel</name>
    <message>
        <source>%1 — %2 · %3 of %4 conversations</source>
        <translation>%1 — %2 · 会话 %3/%4</translation>
    </message>
    <message>
        <source>%1 is %2: the customer would wait unseen</source>
        <translation>%1 当前%2：客户会无人接待</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <source>Queue: %1 (%2)</source>
        <translation>队列：%1（%2）</translation>
    </message>
    <message>
        <source>The customer waits there for whoever is free next</source>
        <translation>客户会在那里等待下一位空闲的同事</translation>
    </message>
</context>
<context>
    <name>warmline::sync::WhisperListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ApprovalsPanel</name>
    <message>
        <source>&lt;b&gt;&amp;Waiting for your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;等待你答复(&amp;W)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amounts (change them to amend)</source>
        <translation>金额（修改即为调整后批准）</translation>
    </message>
    <message>
        <source>&amp;Comment for the agent:</source>
        <translation>给客服的说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Needed to amend or reject</source>
        <translation>调整或驳回时必填</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;mend</source>
        <translation>调整后批准(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered lately&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近已答复&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is above your own authority. Amend it to less, or leave it to an administrator.</source>
        <translation>这超出了你自己的权限。请调低金额，或交给管理员处理。</translation>
    </message>
    <message>
        <source>Someone answered this request already. The list shows what they decided.</source>
        <translation>已有人答复了这个申请，列表中显示了他们的决定。</translation>
    </message>
    <message>
        <source>Nothing is waiting. New requests appear here the moment an agent asks.</source>
        <translation>暂无待处理的申请。客服一提交，新申请就会出现在这里。</translation>
    </message>
    <message>
        <source>asked by %1 at %2</source>
        <translation>由 %1 于 %2 提交</translation>
    </message>
    <message>
        <source>This is your own request: another supervisor or an administrator answers it.</source>
        <translation>这是你自己的申请：由其他主管或管理员答复。</translation>
    </message>
    <message>
        <source>Order %1 · already given or held on it: %2 · %3 left</source>
        <translation>订单 %1 · 已给出或预留：%2 · 还可给 %3</translation>
    </message>
    <message>
        <source>Order %1 · nothing given on it yet</source>
        <translation>订单 %1 · 尚未给过补偿</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3)&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Reason: “%6”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，给 %2（%3）&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;理由：“%6”</translation>
    </message>
</context>
<context>
    <name>warmline::ui::AssignNoteDialog</name>
    <message>
        <source>&amp;Why they get it (they read this first):</source>
        <translation>为什么交给他/她（对方会先看到这句）(&amp;W)：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>案例：%1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::CaseLibraryPanel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 · served by %2 · written up by %3 · %4</source>
        <translation>%1 · 接待：%2 · 整理：%3 · %4</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>What was non-standard</source>
        <translation>非标准做法</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>启示</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data is masked.</source>
        <translation>客户的个人信息已遮盖。</translation>
    </message>
    <message>
        <source>Conversations where someone served outside the script and it worked — written up so everyone can learn from them.</source>
        <translation>不按套路、却把事办好的服务对话——整理成案例，供大家学习。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Words in Chinese or English, e.g. 快递 延误 or damaged</source>
        <translation>中文或英文关键词，如 快递 延误 或 damaged</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Promote a conversation…</source>
        <translation>将对话收入案例库(&amp;P)…</translation>
    </message>
    <message>
        <source>Turn a finished or bookmarked conversation into a case</source>
        <translation>把已结束或已加书签的对话整理成案例</translation>
    </message>
    <message>
        <source>Choose a case to read it.</source>
        <translation>选择一个案例阅读。</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 个案例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmline::ui::CompensationPanel</name>
    <message>
        <source>✓ Within your authority</source>
        <translation>✓ 在你的权限内</translation>
    </message>
    <message>
        <source>Needs approval: above your case limit</source>
        <translation>需要审批：超出单笔限额</translation>
    </message>
    <message>
        <source>Needs approval: above today&apos;s budget</source>
        <translation>需要审批：超出今日预算</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>投诉(&amp;C)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options&lt;/b&gt; — tick one, or several to combine them</source>
        <translation>&lt;b&gt;方案&lt;/b&gt; —— 勾选一项，或勾选多项组合</translation>
    </message>
    <message>
        <source>Amounts (you may adjust them)</source>
        <translation>金额（可调整）</translation>
    </message>
    <message>
        <source>&amp;Reason (for the record):</source>
        <translation>理由（记录在案）(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. parcel five days late, customer needed it for a birthday</source>
        <translation>例如：包裹晚到五天，客户原本要用来过生日</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>决定(&amp;D)</translation>
    </message>
    <message>
        <source>Give the ticked options together, now: within your authority it takes effect at once</source>
        <translation>立即给予勾选的方案：在你的权限内即刻生效</translation>
    </message>
    <message>
        <source>O&amp;ffer to customer</source>
        <translation>让客户选择(&amp;F)</translation>
    </message>
    <message>
        <source>Let the customer choose one of the 2 or 3 ticked options</source>
        <translation>让客户从勾选的 2 到 3 个方案中选一个</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation>申请审批(&amp;P)</translation>
    </message>
    <message>
        <source>Above your authority: a supervisor approves, amends or rejects it</source>
        <translation>超出你的权限：由主管批准、调整或驳回</translation>
    </message>
    <message>
        <source>&lt;b&gt;For this complaint&lt;/b&gt;</source>
        <translation>&lt;b&gt;本投诉的处理&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a conversation to settle the customer&apos;s complaint here.</source>
        <translation>打开一个会话，即可在这里处理客户的投诉。</translation>
    </message>
    <message>
        <source>This conversation is not linked to an order yet. In the Customer panel, select the order it is about and choose “Discuss this order”.</source>
        <translation>这个会话还没有关联订单。请在“客户”面板中选中相关订单，然后点“讨论此订单”。</translation>
    </message>
    <message>
        <source>No complaint is recorded for this order. In the Customer panel, select the order and use “Log complaint”; the options appear here.</source>
        <translation>这个订单还没有投诉记录。请在“客户”面板中选中订单并点“登记投诉”，方案会显示在这里。</translation>
    </message>
    <message>
        <source>Loading the options…</source>
        <translation>正在加载方案…</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>已处理：%1</translation>
    </message>
    <message>
        <source>≈ %1 % of customers accepted this</source>
        <translation>约 %1% 的客户接受过此方案</translation>
    </message>
    <message>
        <source>In yuan, from %1 to %2</source>
        <translation>单位：元，%1 至 %2</translation>
    </message>
    <message>
        <source>%1: enter an amount from %2 to %3.</source>
        <translation>%1：请输入 %2 至 %3 之间的金额。</translation>
    </message>
    <message>
        <source>Per case you may give up to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>单笔最多可给 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this selection %1 of %2</source>
        <translation>当前选择 %1 / %2</translation>
    </message>
    <message>
        <source>Today: %1 given, %2 held for customers&apos; choices, &lt;b&gt;%3 left&lt;/b&gt; of %4</source>
        <translation>今日：已给 %1，为客户选择预留 %2，&lt;b&gt;剩余 %3&lt;/b&gt; / 共 %4</translation>
    </message>
    <message>
        <source>%1 of %2 with this selection</source>
        <translation>加上当前选择为 %1 / %2</translation>
    </message>
    <message>
        <source>Tick an option to give it, or 2–3 options to let the customer choose.</source>
        <translation>勾选一个方案直接给予，或勾选 2 到 3 个让客户选择。</translation>
    </message>
    <message>
        <source>Together: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>合计：&lt;b&gt;%1&lt;/b&gt; —— %2</translation>
    </message>
    <message>
        <source>Write a short reason to go on.</source>
        <translation>请简单写下理由再继续。</translation>
    </message>
    <message>
        <source>Offer at most 3 options to the customer.</source>
        <translation>最多向客户提供 3 个方案。</translation>
    </message>
    <message>
        <source>To offer them, every option must be within your case limit and the dearest within today&apos;s budget.</source>
        <translation>要提供给客户，每个方案都须在单笔限额内，且最贵的方案须在今日预算内。</translation>
    </message>
    <message>
        <source>Reason: %1 · %2</source>
        <translation>理由：%1 · %2</translation>
    </message>
    <message>
        <source>Nothing given or asked for yet.</source>
        <translation>尚未给予或申请任何补偿。</translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation>正在决定…</translation>
    </message>
    <message>
        <source>Sending to the supervisors…</source>
        <translation>正在发送给主管…</translation>
    </message>
    <message>
        <source>Offering…</source>
        <translation>正在提供给客户…</translation>
    </message>
    <message>
        <source>Effective now: %1 (%2). Tell the customer what they get.</source>
        <translation>已生效：%1（%2）。请告诉客户他们将得到什么。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor: %1 (%2). Their answer appears here.</source>
        <translation>等待主管审批：%1（%2）。答复会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Offered to the customer. Their choice appears here; they may switch once within %n day(s).</source>
        <translation>
            <numerusform>已提供给客户。客户的选择会显示在这里；%n 天内可更换一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is above your authority now (your limit or today&apos;s budget changed). Nothing was given. Ask for approval, or choose less.</source>
        <translation>这已超出你当前的权限（限额或今日预算有变）。未给予任何补偿。请申请审批，或选择更少的金额。</translation>
    </message>
    <message>
        <source>The server refused an amount: %1. Correct it and try again.</source>
        <translation>服务器拒绝了一个金额：%1。请更正后重试。</translation>
    </message>
    <message>
        <source>This is within your authority: decide it yourself instead of asking.</source>
        <translation>这在你的权限内：直接决定即可，无需申请。</translation>
    </message>
    <message>
        <source>That is more than this order can still get: %1 is left of its %2 (%3 already given or held). Choose less.</source>
        <translation>超出了这笔订单还能给的额度：订单 %2，已给出或预留 %3，只剩 %1。请选少一些。</translation>
    </message>
    <message>
        <source>Order %1: %2 already given or held on it, &lt;b&gt;%3 left&lt;/b&gt; to give.</source>
        <translation>订单 %1：已给出或预留 %2，&lt;b&gt;还可给 %3&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Order %1: nothing given on it yet.</source>
        <translation>订单 %1：尚未给过补偿。</translation>
    </message>
    <message>
        <source>This order has already had its full value (%1). Nothing more can be given on it; if the customer needs more, ask a supervisor what else can be done.</source>
        <translation>这笔订单已经补偿到全额（%1），不能再给。如果客户还需要什么，请找主管商量其他办法。</translation>
    </message>
    <message>
        <source>No option fits the %1 that is left on this order.</source>
        <translation>这笔订单只剩 %1，没有合适的方案。</translation>
    </message>
    <message>
        <source>Decide now?</source>
        <translation>现在就决定吗？</translation>
    </message>
    <message>
        <source>Give %1 now? It takes effect at once and cannot be undone.</source>
        <translation>现在就给出 %1？立即生效，无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Give %1</source>
        <translation>给出 %1(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>先不(&amp;N)</translation>
    </message>
    <message>
        <source>This order cannot get that much: only %1 of its value is left (something was given on it meanwhile). Nothing was given. Choose less.</source>
        <translation>这笔订单给不了这么多：只剩 %1（期间已有别的补偿）。这次什么都没给，请选少一些。</translation>
    </message>
</context>
<context>
    <name>warmline::ui::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>输入回复……（Ctrl+Enter 发送）</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接……</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>正在同步……</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒后重新连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ContestsPanel</name>
    <message>
        <source>Contests of your team</source>
        <translation>你所在团队的比赛</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>新建比赛…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Submit this line</source>
        <translation>提交这句开场白</translation>
    </message>
    <message>
        <source>Score = 0.7 × judges&apos; mean (1–5 scaled to 0–1) + 0.3 × outcome rate (successes + 1) / (trials + 2). Outcomes: warm replies, first-contact resolutions and praise, out of the decided ones.</source>
        <translation>得分 = 0.7 × 评委平均分（1–5 换算为 0–1）+ 0.3 × 效果比例（成功数 + 1）/（次数 + 2）。效果包括：客户热情回应、首次接触解决、客户表扬，只计已有结果的使用。</translation>
    </message>
    <message>
        <source>Score entry…</source>
        <translation>为作品打分…</translation>
    </message>
    <message>
        <source>Publish winners…</source>
        <translation>发布获胜作品…</translation>
    </message>
    <message>
        <source>No contests yet. Open one with “New contest…”.</source>
        <translation>还没有比赛。点“新建比赛…”发起一个。</translation>
    </message>
    <message>
        <source>No contests yet. A supervisor or trainer opens them.</source>
        <translation>还没有比赛。比赛由主管或培训师发起。</translation>
    </message>
    <message>
        <source>Replace my entry</source>
        <translation>替换我的作品</translation>
    </message>
    <message>
        <source>Write a line in the opening-line editor first</source>
        <translation>请先在开场白编辑器中写一句开场白</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>还没有作品。</translation>
    </message>
    <message>
        <source>Select an entry to see its line and the judges&apos; comments.</source>
        <translation>选中一件作品，查看开场白和评委点评。</translation>
    </message>
    <message>
        <source>Nobody scores their own entry.</source>
        <translation>不能给自己的作品打分。</translation>
    </message>
    <message>
        <source>%1: warmth %2, clarity %3, fit %4</source>
        <translation>%1：温度 %2，清晰 %3，贴合 %4</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>新建比赛</translation>
    </message>
    <message>
        <source>e.g. Openers for customers whose parcel is late</source>
        <translation>例如：写给包裹延误客户的开场白</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Open contest</source>
        <translation>发起比赛</translation>
    </message>
    <message>
        <source>Give the contest a theme first</source>
        <translation>请先给比赛定一个主题</translation>
    </message>
    <message>
        <source>Contest opened. Agents of your team can submit lines now.</source>
        <translation>比赛已发起，团队客服现在可以提交开场白了。</translation>
    </message>
    <message>
        <source>Entry submitted. The judges will score it.</source>
        <translation>作品已提交，评委将为它打分。</translation>
    </message>
    <message>
        <source>Score “%1”</source>
        <translation>为“%1”打分</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>好在哪里，哪里要改</translation>
    </message>
    <message>
        <source>Warmth (1–5)</source>
        <translation>温度（1–5）</translation>
    </message>
    <message>
        <source>Clarity (1–5)</source>
        <translation>清晰（1–5）</translation>
    </message>
    <message>
        <source>Fit to the customer (1–5)</source>
        <translation>贴合客户（1–5）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>点评</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Score saved.</source>
        <translation>评分已保存。</translation>
    </message>
    <message>
        <source>Publish winners</source>
        <translation>发布获胜作品</translation>
    </message>
    <message>
        <source>How many of the best scored entries go to the team library? The contest closes.</source>
        <translation>把得分最高的几件作品放入团队话术库？比赛随之结束。</translation>
    </message>
    <message>
        <source>No entry has a judge&apos;s score yet. Score the entries first.</source>
        <translation>还没有作品获得评委打分，请先打分。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) published to the team library.</source>
        <translation>
            <numerusform>已将 %n 句开场白发布到团队话术库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmline::ui::ConversationViewer</name>
    <message>
        <source>Read-only: you are watching. Assign or move it from the queue board.</source>
        <translation>只读：您正在旁观。如需分配或转移，请在队列看板上操作。</translation>
    </message>
    <message>
        <source>This conversation is no longer waiting or in progress.</source>
        <translation>该会话已不在等待或处理中。</translation>
    </message>
    <message>
        <source>Watching %1 — Warmline</source>
        <translation>正在旁观 %1 — Warmline</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Why a person: %1 — %2</source>
        <translation>转人工原因：%1 — %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>由 %1 处理</translation>
    </message>
    <message>
        <source>%1&apos;s note: %2</source>
        <translation>%1 的留言：%2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::CustomerProfilePanel</name>
    <message>
        <source>Filter by order number, product, merchant or status</source>
        <translation>按订单号、商品、商家或状态筛选</translation>
    </message>
    <message>
        <source>Discuss this order</source>
        <translation>讨论此订单</translation>
    </message>
    <message>
        <source>Make the selected order the one this conversation is about</source>
        <translation>把选中的订单设为本次会话讨论的订单</translation>
    </message>
    <message>
        <source>Log complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>购买记录(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer&apos;s complaints&lt;/b&gt;</source>
        <translation>&lt;b&gt;该客户的投诉&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No complaints ever.</source>
        <translation>从未投诉过。</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>No earlier conversations: this is the first time they contact us.</source>
        <translation>没有以往会话：这是客户第一次联系我们。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>, accepted</source>
        <translation>，已接受</translation>
    </message>
    <message>
        <source>, declined</source>
        <translation>，未接受</translation>
    </message>
    <message>
        <source>Complaint on %1: %2 — %3</source>
        <translation>%1 投诉：%2 — %3</translation>
    </message>
    <message>
        <source>No complaints about this order.</source>
        <translation>此订单没有投诉。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3：%4</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>无客服</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s profile…</source>
        <translation>正在加载客户资料……</translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation>无法加载客户资料。</translation>
    </message>
    <message>
        <source>Open a conversation to see the customer here.</source>
        <translation>打开一个会话，即可在这里看到客户资料。</translation>
    </message>
    <message>
        <source>Select an order to see its complaints and conversations.</source>
        <translation>选择一个订单，查看它的投诉和会话。</translation>
    </message>
    <message>
        <source>First purchase still to come.</source>
        <translation>尚未下过订单。</translation>
    </message>
    <message numerus="yes">
        <source>Praised us %n time(s)</source>
        <translation>
            <numerusform>表扬过我们 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>complained %n time(s)</source>
        <translation>
            <numerusform>投诉过 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:#b35c1e&quot;&gt;%2&lt;/span&gt;&lt;br&gt;Customer since %3 · %4 spent · %5 · open complaints: %6&lt;br&gt;Channels: %7&lt;br&gt;%8&lt;br&gt;%9</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:#b35c1e&quot;&gt;%2&lt;/span&gt;&lt;br&gt;注册于 %3 · 累计消费 %4 · %5 · 未解决投诉：%6&lt;br&gt;使用渠道：%7&lt;br&gt;%8&lt;br&gt;%9</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Order under discussion: &lt;b&gt;%1&lt;/b&gt;, %2, %3</source>
        <translation>正在讨论的订单：&lt;b&gt;%1&lt;/b&gt;，%2，%3</translation>
    </message>
    <message>
        <source>No orders yet: nothing to compare with.</source>
        <translation>尚无订单，无从比较。</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>Merchant: %1</source>
        <translation>商家：%1</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>尚无订单</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>已显示 %1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>匹配 %1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中……</translation>
    </message>
</context>
<context>
    <name>warmline::ui::FeedbackDialog</name>
    <message>
        <source>Feedback from your mentors</source>
        <translation>导师的反馈</translation>
    </message>
    <message>
        <source>&lt;p&gt;No mentor sessions yet. When a trainer mentors you, their review and the moments they marked appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有辅导记录。培训师辅导你之后，点评和标记的时刻会显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Session with %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;与%1的辅导&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>共情</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; / 5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; / 5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Your mentor has not written the review yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;导师还没有写点评。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Moments marked&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;标记的时刻&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>warmline::ui::HandoffBanner</name>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handed over by the bot&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;机器人转人工&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topic&lt;/b&gt;: %1 (%2% sure)</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;：%1（把握 %2%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Known&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;已知信息&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bot already answered&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;机器人已答复&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;摘要&lt;/b&gt;：%1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::LibraryDialog</name>
    <message>
        <source>Team library</source>
        <translation>团队话术库</translation>
    </message>
    <message>
        <source>Winning lines of your team&apos;s contests. Adopt one to get your own copy; change the copy as you like — the library keeps the original.</source>
        <translation>团队比赛的获胜开场白。采用后你会得到自己的副本，可随意修改——话术库保留原稿。</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Adopt and use</source>
        <translation>采用并启用</translation>
    </message>
    <message>
        <source>The team library is empty. Winning lines appear here once a contest is published.</source>
        <translation>团队话术库还是空的。比赛发布后，获胜开场白会出现在这里。</translation>
    </message>
</context>
<context>
    <name>warmline::ui::LoginDialog</name>
    <message>
        <source>Sign in to Warmline</source>
        <translation>登录暖线</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Warmline&lt;/h2&gt;&lt;p&gt;Sign in to start serving customers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;暖线&lt;/h2&gt;&lt;p&gt;登录后开始为客户服务。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built-in demo</source>
        <translation>内置演示</translation>
    </message>
    <message>
        <source>Choose the built-in demo, or type a server address such as ws://host:8765</source>
        <translation>选择内置演示，或输入服务器地址，例如 ws://host:8765</translation>
    </message>
    <message>
        <source>Demo accounts: agent1 … agent4, supervisor1, trainer1, admin — password &quot;demo&quot;.</source>
        <translation>演示账号：agent1 … agent4、supervisor1、trainer1、admin，密码均为“demo”。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address, and that the server is running.</source>
        <translation>无法连接 %1（%2）。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Starting the built-in demo…</source>
        <translation>正在启动内置演示……</translation>
    </message>
    <message>
        <source>The built-in demo could not start: %1</source>
        <translation>内置演示无法启动：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1……</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Cannot reach %1: nothing answered. Check the address, and that the server is running.</source>
        <translation>无法连接 %1：没有任何应答。请检查地址，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use the form ws://host:8765 or wss://host, or choose &quot;Built-in demo&quot;.</source>
        <translation>“%1”不是服务器地址。请按 ws://主机:8765 或 wss://主机 的格式填写，或选择“内置演示”。</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 条回复等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Accept &amp;next waiting</source>
        <translation>接入下一位(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Take the customer who has waited longest (%1)</source>
        <translation>接入等待最久的客户（%1）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接入(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>标记解决(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Mark the conversation as solved (%1)</source>
        <translation>将会话标记为已解决（%1）</translation>
    </message>
    <message>
        <source>Re&amp;connect now</source>
        <translation>立即重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Go to my conversations</source>
        <translation>转到我的会话</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>转到排队列表</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>转到回复框</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)……</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No conversation open&lt;/p&gt;&lt;p&gt;Pick one of your conversations on the left, or take the customer who has waited longest with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;未打开会话&lt;/p&gt;&lt;p&gt;从左侧选择您的会话，或按 &lt;b&gt;%1&lt;/b&gt; 接入等待最久的客户。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接入</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>发送回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>会话详情</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>目前没有客户在等待。</translation>
    </message>
    <message>
        <source>Accept the conversation before replying.</source>
        <translation>请先接入会话再回复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;My conversations&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;我的会话&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;排队中&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>Open a conversation to see who you are talking to.</source>
        <translation>打开一个会话，即可看到您正在服务的客户。</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>由 %1 处理中</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Customer no. %2&lt;/p&gt;&lt;p&gt;Channel: %3&lt;br&gt;Status: %4&lt;br&gt;Started: %5&lt;br&gt;%6&lt;/p&gt;&lt;p style=&quot;color:gray&quot;&gt;Conversation no. %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;客户编号 %2&lt;/p&gt;&lt;p&gt;渠道：%3&lt;br&gt;状态：%4&lt;br&gt;开始时间：%5&lt;br&gt;%6&lt;/p&gt;&lt;p style=&quot;color:gray&quot;&gt;会话编号 %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Send with a blank to fill in?</source>
        <translation>回复中还有空白待填写，确定发送？</translation>
    </message>
    <message>
        <source>The reply still contains %1, which was left for you to fill in. Send it anyway?</source>
        <translation>回复中还有待你填写的 %1。仍要发送吗？</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>去填写</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Go to compensation</source>
        <translation>转到补偿</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>An agent asks for your approval.</source>
        <translation>有客服申请你的审批。</translation>
    </message>
    <message>
        <source>Go to approvals</source>
        <translation>转到审批</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>&amp;Opening lines</source>
        <translation>开场白(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit my opening lines…</source>
        <translation>编辑我的开场白(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Contests</source>
        <translation>比赛(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>A request still waits for approval</source>
        <translation>还有一个申请在等审批</translation>
    </message>
    <message>
        <source>%1 for this customer still waits for a supervisor.

If you resolve now, the request stays with the supervisors: if they approve it, it is given and shows in the customer&apos;s history; if they reject it, nothing is given. Tell the customer before you close the conversation.</source>
        <translation>给这位客户的 %1 还在等主管审批。

现在结束会话，申请仍留在主管那里：批准后照常给出，并记在客户的历史里；驳回则什么都不给。结束前请先告诉客户。</translation>
    </message>
    <message>
        <source>&amp;Resolve anyway</source>
        <translation>仍然结束(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>先不结束(&amp;K)</translation>
    </message>
    <message>
        <source>Built-in demo — practice data, no real customers</source>
        <translation>内置演示 — 练习数据，没有真实客户</translation>
    </message>
    <message>
        <source>Supervisors and administrators answer approvals. Your own requests and their answers are in the Compensation panel (Ctrl+4).</source>
        <translation>审批由主管和管理员处理。您自己的申请和答复在“补偿”面板里（Ctrl+4）。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — built-in demo</source>
        <translation>%1 — 内置演示</translation>
    </message>
    <message>
        <source>Not connected since %1. The queue, conversations and panels show how things stood then; replies you send are kept and delivered once the connection is back (Ctrl+Shift+C tries now).</source>
        <translation>自 %1 起未连接。队列、会话和各面板显示的是当时的情况；您发送的回复会先保存，连接恢复后送达（Ctrl+Shift+C 立即重试）。</translation>
    </message>
    <message>
        <source>Passed on to %1 with your note.</source>
        <translation>已连同您的说明转给 %1。</translation>
    </message>
    <message>
        <source>Queue &amp;board</source>
        <translation>队列看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>服务成效(&amp;O)</translation>
    </message>
    <message>
        <source>My &amp;desk</source>
        <translation>我的工作台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Pass this conversation to a colleague or a queue, with a note (%1)</source>
        <translation>把这个会话连同说明转给同事或队列（%1）</translation>
    </message>
    <message>
        <source>My &amp;status</source>
        <translation>我的状态(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why you got this&lt;/b&gt; — from %1, %2:&lt;br&gt;%3</source>
        <translation>&lt;b&gt;转给您的原因&lt;/b&gt; — 来自 %1，%2：&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1 started a mentor session with you: they see your conversations.</source>
        <translation>%1开始辅导你：对方能看到你的会话。</translation>
    </message>
    <message>
        <source>Your mentor session has ended.</source>
        <translation>你的辅导已结束。</translation>
    </message>
    <message>
        <source>%1 whispers: %2</source>
        <translation>%1悄悄说：%2</translation>
    </message>
    <message>
        <source>&amp;Mentoring</source>
        <translation>辅导(&amp;M)</translation>
    </message>
    <message>
        <source>%1 reviewed your session: Workstation → My mentor feedback (Ctrl+Shift+F).</source>
        <translation>%1点评了你的辅导：工作台 → 我的辅导反馈（Ctrl+Shift+F）。</translation>
    </message>
    <message>
        <source>My mentor &amp;feedback…</source>
        <translation>我的辅导反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>案例库(&amp;L)</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MenteeProgressDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1&apos;s progress</source>
        <translation>%1 的成长</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>同理心</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>No reviewed session yet</source>
        <translation>尚无已点评的辅导</translation>
    </message>
    <message numerus="yes">
        <source>Rubric by session (1–5), %n reviewed</source>
        <translation>
            <numerusform>每次辅导的评分（1–5），已点评 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last 30 days (%1 to %2): %n conversation(s) resolved</source>
        <translation>
            <numerusform>近 30 天（%1 至 %2）：解决 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, first-contact resolution %1, %n repeat contact(s)</source>
        <translation>
            <numerusform>，首次解决率 %1，重复来访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n praised by the customer</source>
        <translation>
            <numerusform>，获客户表扬 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, customers waited %1 s on average</source>
        <translation>，客户平均等待 %1 秒</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Mentors&apos; notes and bookmarks</source>
        <translation>导师的点评与书签</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 · marked “%2”</source>
        <translation>%1 · 标记了“%2”</translation>
    </message>
    <message>
        <source>%1 · marked “%2” — %3</source>
        <translation>%1 · 标记了“%2”——%3</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation>还没有点评或书签。</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MentorBar</name>
    <message>
        <source>Whispers from your mentor</source>
        <translation>导师的悄悄话</translation>
    </message>
    <message>
        <source>Mentored by %1 — they see your conversations. Whispers here are for you only, never the customer.</source>
        <translation>%1 正在辅导你，能看到你的会话。这里的悄悄话只有你能看到，客户永远看不到。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>: “%1”.</source>
        <translation>：“%1”。</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>你的导师</translation>
    </message>
    <message>
        <source>Your reply waits for %1&apos;s approval; it is not sent yet.</source>
        <translation>你的回复正等待 %1 批准，尚未发出。</translation>
    </message>
    <message>
        <source>%1 edited and sent your reply%2</source>
        <translation>%1 修改并发出了你的回复%2</translation>
    </message>
    <message>
        <source>%1 approved your reply; it is sent.</source>
        <translation>%1 批准了你的回复，已发出。</translation>
    </message>
    <message>
        <source>Your reply was not sent: the session ended before approval. It is back in your reply box.</source>
        <translation>你的回复未发出：辅导在批准前结束了。它已回到你的回复框。</translation>
    </message>
    <message>
        <source>%1 gave your reply back%2 It is back in your reply box.</source>
        <translation>%1 退回了你的回复%2它已回到你的回复框。</translation>
    </message>
    <message>
        <source>Your replies wait for their approval before they are sent.</source>
        <translation>你的回复需经其批准后才会发出。</translation>
    </message>
    <message>
        <source>Every compensation goes to approval in this session.</source>
        <translation>本次辅导中每一笔补偿都需审批。</translation>
    </message>
    <message>
        <source>Your per-case compensation limit is %1 in this session.</source>
        <translation>本次辅导中你的单笔补偿上限为 %1。</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MentorReviewDialog</name>
    <message>
        <source>Review the session with %1</source>
        <translation>点评与%1的辅导</translation>
    </message>
    <message>
        <source>%1 reads this with the moments you marked. 1 is &quot;not yet&quot;, 5 is &quot;a model for others&quot;.</source>
        <translation>%1 会连同你标记的时刻一起看到这份点评。1 分表示“还需努力”，5 分表示“可作为榜样”。</translation>
    </message>
    <message>
        <source>&amp;Empathy</source>
        <translation>共情(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>担当(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Warmth</source>
        <translation>温度(&amp;W)</translation>
    </message>
    <message>
        <source>What went well, and one thing to try next time</source>
        <translation>做得好的地方，以及下次可以尝试的一件事</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>发送点评</translation>
    </message>
    <message>
        <source>Send review (Ctrl+Enter)</source>
        <translation>发送点评（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MentoringPanel</name>
    <message>
        <source>Choose an agent of your teams and start a session: they are told at once, and you see their conversations as they happen.</source>
        <translation>选择你团队里的一位客服并开始辅导：对方会立即收到通知，你可以实时看到其会话。</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>开始辅导(&amp;S)</translation>
    </message>
    <message>
        <source>The agent is told you are watching and sees your whispers</source>
        <translation>客服会被告知你在旁听，并能看到你的悄悄话</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>结束辅导(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read presence and sessions again (F5)</source>
        <translation>重新读取在线状态和辅导（F5）</translation>
    </message>
    <message>
        <source>Their &amp;conversations</source>
        <translation>其会话(&amp;C)</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>旁听</translation>
    </message>
    <message>
        <source>Your whispers</source>
        <translation>你的悄悄话</translation>
    </message>
    <message>
        <source>Whisper advice — only the agent sees it (Ctrl+Enter)</source>
        <translation>悄悄给建议——只有该客服能看到（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>悄悄话(&amp;W)</translation>
    </message>
    <message>
        <source>Send to the agent only (Ctrl+Enter)</source>
        <translation>只发给该客服（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Session with %1 started: they have been told. Pick one of their conversations to shadow it.</source>
        <translation>已开始辅导%1，对方已收到通知。选择其一个会话即可旁听。</translation>
    </message>
    <message>
        <source>Session with %1 ended.</source>
        <translation>对%1的辅导已结束。</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;conversations</source>
        <translation>%1的会话(&amp;C)</translation>
    </message>
    <message>
        <source>Shadowing %1 — read-only</source>
        <translation>旁听%1——只读</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>点评(&amp;V)…</translation>
    </message>
    <message>
        <source>The rubric and notes for the session you ended last</source>
        <translation>为你最近结束的辅导打分并写点评</translation>
    </message>
    <message>
        <source>Why this moment? (optional)</source>
        <translation>为什么标记这一刻？（可选）</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>标记(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Mark the selected message for the review (Ctrl+B)</source>
        <translation>标记选中的消息，点评时附上（Ctrl+B）</translation>
    </message>
    <message>
        <source>Marked “%1” for the review.</source>
        <translation>已标记“%1”，点评时会附上。</translation>
    </message>
    <message>
        <source>Review sent: %1 can read it now.</source>
        <translation>点评已发送：%1现在就能看到。</translation>
    </message>
    <message>
        <source>Trainee profile for this session</source>
        <translation>本次辅导的学员权限</translation>
    </message>
    <message>
        <source>Lapses when the session ends</source>
        <translation>辅导结束即失效</translation>
    </message>
    <message>
        <source>Approve replies before they are sent</source>
        <translation>回复须经我批准后发出</translation>
    </message>
    <message>
        <source>Every compensation needs approval</source>
        <translation>每笔补偿都需审批</translation>
    </message>
    <message>
        <source>Per-case limit:</source>
        <translation>单笔上限：</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Only lowers the agent&apos;s own limit, never raises it</source>
        <translation>只会降低坐席自己的上限，不会提高</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>等待你批准</translation>
    </message>
    <message>
        <source>The reply as it will be sent — edit it before approving if needed</source>
        <translation>将要发出的回复——如需修改，请在批准前编辑</translation>
    </message>
    <message>
        <source>A word for the agent (optional; say what to change when returning)</source>
        <translation>给坐席的话（可选；退回时说明要改什么）</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>批准并发送</translation>
    </message>
    <message>
        <source>Send the reply to the customer as shown (F8)</source>
        <translation>按所示内容发给客户（F8）</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Nothing is sent; the reply goes back to the agent&apos;s reply box (Shift+F8)</source>
        <translation>不会发出任何内容；回复退回坐席的回复框（Shift+F8）</translation>
    </message>
    <message>
        <source>Waiting for your approval (%1)</source>
        <translation>等待你批准（%1）</translation>
    </message>
    <message>
        <source>Sent %1&apos;s reply to the customer.</source>
        <translation>已将 %1 的回复发给客户。</translation>
    </message>
    <message>
        <source>Gave the reply back to %1.</source>
        <translation>已将回复退回给 %1。</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>成长记录…</translation>
    </message>
    <message>
        <source>The agent&apos;s rubric over time, mentors&apos; notes and recent outcomes</source>
        <translation>坐席历次评分、导师点评和近期成果</translation>
    </message>
    <message>
        <source>Make it a &amp;case…</source>
        <translation>收入案例库(&amp;C)…</translation>
    </message>
    <message>
        <source>Add this conversation to the case library once you bookmarked a moment of it, or once it is resolved</source>
        <translation>为对话加了书签或对话已解决后，可把它收入案例库</translation>
    </message>
    <message>
        <source>Re&amp;play…</source>
        <translation>回放(&amp;P)…</translation>
    </message>
    <message>
        <source>Review mode: step through this conversation — messages, suggestions, compensation, approvals and whispers</source>
        <translation>复盘模式：逐步回看这段会话——消息、建议、补偿、审批和耳语</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MessageDelegate</name>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 · %2 · sending…</source>
        <translation>%1 · %2 · 发送中……</translation>
    </message>
    <message>
        <source>%1 · not delivered: %2</source>
        <translation>%1 · 未送达：%2</translation>
    </message>
    <message>
        <source>%1 · %2 · waiting for your mentor&apos;s approval — not sent yet</source>
        <translation>%1 · %2 · 等待导师批准——尚未发出</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MetricsPanel</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Count the figures again (%1)</source>
        <translation>重新统计（%1）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>客服(&amp;A)：</translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose the days again.</source>
        <translation>结束日期早于开始日期，请重新选择日期。</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>我的全部团队</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>Press Refresh to count the figures.</source>
        <translation>请点击“刷新”统计指标。</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计指标…</translation>
    </message>
    <message>
        <source>Nothing happened in this period yet: no conversation, wait or compensation. Choose a longer period or another team.</source>
        <translation>这段时间还没有任何记录：没有会话、等待或补偿。请选择更长的时间段或其他团队。</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1 Press Refresh to try again.</source>
        <translation>无法统计指标：%1 请点击“刷新”重试。</translation>
    </message>
    <message>
        <source>Figures for %1. Loops and repeats should be 0; definitions in the manual.</source>
        <translation>%1 的指标。退回循环与重复询问应为 0；定义见使用手册。</translation>
    </message>
    <message>
        <source>Figures for %1 – %2. Loops and repeats should be 0; definitions in the manual.</source>
        <translation>%1 至 %2 的指标。退回循环与重复询问应为 0；定义见使用手册。</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次解决</translation>
    </message>
    <message>
        <source>Praised</source>
        <translation>获表扬</translation>
    </message>
    <message>
        <source>Came back within 7 days</source>
        <translation>7 天内再次来访</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>warmline::ui::OfferBar</name>
    <message>
        <source>Accept</source>
        <translation>接入</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Let routing offer this customer to a colleague</source>
        <translation>让系统把这位客户分配给其他同事</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is offered to you · %2 · waiting %3 — %4 left to take it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 分配给您 · %2 · 已等待 %3 — 还有 %4 可接入</translation>
    </message>
</context>
<context>
    <name>warmline::ui::OpeningLineEditor</name>
    <message>
        <source>Opening lines</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Your lines</source>
        <translation>你的开场白</translation>
    </message>
    <message>
        <source>New chat line</source>
        <translation>新建文字开场白</translation>
    </message>
    <message>
        <source>New phone script</source>
        <translation>新建电话话术</translation>
    </message>
    <message>
        <source>Import from library…</source>
        <translation>从话术库导入…</translation>
    </message>
    <message>
        <source>A name only you see, e.g. “Afternoon, with the order”</source>
        <translation>只有你能看到的名称，例如“下午·提订单”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>{greeting}，{customer_name|朋友}！[您的{latest_product}用得还顺手吗？]</source>
        <translation>{greeting}，{customer_name|朋友}！[您的{latest_product}用得还顺手吗？]</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as a new version (%1)</source>
        <translation>保存为新版本（%1）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation>把此版本放入编辑器</translation>
    </message>
    <message>
        <source>New customer, no orders yet</source>
        <translation>新客户，尚无订单</translation>
    </message>
    <message>
        <source>VIP customer, air fryer delivered yesterday</source>
        <translation>VIP 客户，空气炸锅昨天已签收</translation>
    </message>
    <message>
        <source>Gold member at the Mid-Autumn Festival (%1, 10:30)</source>
        <translation>中秋节的金卡会员（%1，10:30）</translation>
    </message>
    <message>
        <source>Save the line to start counting how customers respond to it.</source>
        <translation>保存后开始统计客户对它的反应。</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>停止使用</translation>
    </message>
    <message>
        <source>Phone calls (a script you read out)</source>
        <translation>电话（你念出的话术）</translation>
    </message>
    <message>
        <source>Chat: web, app, WeChat and SMS</source>
        <translation>文字：网页、App、微信和短信</translation>
    </message>
    <message>
        <source>Write your line, then save it.</source>
        <translation>写好开场白后保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>This line has changes that are not saved. Discard them?</source>
        <translation>这句开场白有未保存的修改。要放弃吗？</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>at character %1</source>
        <translation>第 %1 个字符处</translation>
    </message>
    <message>
        <source>fix the errors above first</source>
        <translation>请先改正上面的错误</translation>
    </message>
    <message>
        <source>no value for %1 — Warmline offers your next line of this kind instead</source>
        <translation>%1 没有值——暖线会改用你这一类的下一句开场白</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>nothing to say</source>
        <translation>没有内容</translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>Write a line above to see it for the customer on screen and three sample customers.</source>
        <translation>在上方写一句开场白，即可看到它对当前客户和三位示例客户的效果。</translation>
    </message>
    <message>
        <source>Customer on screen: %1</source>
        <translation>当前客户：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No conversation open — open one to see the line for that customer.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未打开会话——打开一个会话即可看到对该客户的效果。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Write the line first.</source>
        <translation>请先写开场白。</translation>
    </message>
    <message>
        <source>Fix the errors marked in red, then save.</source>
        <translation>请改正红色标出的错误后再保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为版本 %1。</translation>
    </message>
    <message>
        <source>In use: it goes into the reply box when you accept a conversation.</source>
        <translation>使用中：接入会话时会放入回复框。</translation>
    </message>
    <message>
        <source>Not in use any more. Conversations start with an empty reply box.</source>
        <translation>已停止使用。会话开始时回复框为空。</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>删除开场白</translation>
    </message>
    <message>
        <source>Delete “%1”? Its numbers stay in contests it took part in.</source>
        <translation>删除“%1”？它在已参加比赛中的数据会保留。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>That version is in the editor. Save to make it the current version again.</source>
        <translation>该版本已放入编辑器。保存后它将重新成为当前版本。</translation>
    </message>
    <message>
        <source>Adopted. It is your own copy now: change it as you like.</source>
        <translation>已采用。现在它是你自己的副本，可随意修改。</translation>
    </message>
    <message>
        <source>Type { for the list of variables (Ctrl+Space shows it again). When a value may be missing, give a fallback after |, e.g. {customer_name|there}; [ … ] shows a part only when its values are known.</source>
        <translation>输入 { 显示变量列表（Ctrl+空格 可再次显示）。值可能缺失时，在 | 后写备用文字，例如 {customer_name|朋友}；[ … ] 中的部分只在其中的值都已知时显示。</translation>
    </message>
    <message>
        <source>Use for phone calls with %1</source>
        <translation>用于与%1的电话</translation>
    </message>
    <message>
        <source>Use for chats with %1</source>
        <translation>用于与%1的在线会话</translation>
    </message>
</context>
<context>
    <name>warmline::ui::PresenceSelector</name>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Your status: customers are offered to you only while you are available</source>
        <translation>您的状态：只有在“空闲”时系统才会给您分配客户</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::PromoteCaseDialog</name>
    <message>
        <source>Add to the case library</source>
        <translation>收入案例库</translation>
    </message>
    <message>
        <source>Write up what happened so others can learn from it. The transcript goes with the case; the customer&apos;s name, phone numbers, addresses and order numbers are masked for everyone who reads it.</source>
        <translation>把经过写下来，让其他人也能学到。对话记录随案例一起保存；客户的姓名、电话、地址和订单号对所有读者都已遮盖。</translation>
    </message>
    <message>
        <source>Choose a finished or bookmarked conversation</source>
        <translation>选择一个已结束或已加书签的对话</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>One line others will recognise</source>
        <translation>一句让同事一看就懂的标题</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>经过(&amp;S)</translation>
    </message>
    <message>
        <source>What was done outside the standard process</source>
        <translation>哪些做法不在标准流程之内</translation>
    </message>
    <message>
        <source>&amp;Non-standard</source>
        <translation>非标准做法(&amp;N)</translation>
    </message>
    <message>
        <source>How it ended for the customer</source>
        <translation>客户最后的结果</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>What others can take from it</source>
        <translation>其他人可以借鉴什么</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>启示(&amp;L)</translation>
    </message>
    <message>
        <source>late_delivery, 老人关怀 — up to %1</source>
        <translation>late_delivery, 老人关怀 —— 最多 %1 个</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>Transcript as the case will carry it</source>
        <translation>案例将保存的对话记录</translation>
    </message>
    <message>
        <source>Choose a conversation to see its transcript, masked.</source>
        <translation>选择对话后，这里显示遮盖后的对话记录。</translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation>收入案例库</translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 · %n moment(s) bookmarked</source>
        <translation>
            <numerusform>接待：%1 · %n 处书签</numerusform>
        </translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>接待：%1</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在收入…</translation>
    </message>
</context>
<context>
    <name>warmline::ui::QueueBoard</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer, summary or agent (Ctrl+F)</source>
        <translation>客户、摘要或坐席 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Waiting and active</source>
        <translation>等待中和处理中</translation>
    </message>
    <message>
        <source>Waiting only</source>
        <translation>仅等待中</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅处理中</translation>
    </message>
    <message>
        <source>Any waiting time</source>
        <translation>任意等待时长</translation>
    </message>
    <message>
        <source>Waiting long or over</source>
        <translation>等待较久或已超时</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Queues&lt;/b&gt; — drag a conversation onto an agent, or press the Menu key</source>
        <translation>&lt;b&gt;队列(&amp;Q)&lt;/b&gt; — 把会话拖到坐席上，或按菜单键</translation>
    </message>
    <message>
        <source>Choose a conversation on the board first, then the agent.</source>
        <translation>请先在看板上选中会话，再选择坐席。</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Agents&lt;/b&gt; — Enter assigns the chosen conversation</source>
        <translation>&lt;b&gt;坐席(&amp;A)&lt;/b&gt; — 按回车分配选中的会话</translation>
    </message>
    <message>
        <source>%1 now has %2&apos;s conversation and reads your note first.</source>
        <translation>%1 已接手 %2 的会话，会先看到您的留言。</translation>
    </message>
    <message>
        <source>Moved. Whoever takes it reads your note first.</source>
        <translation>已转移。接手的人会先看到您的留言。</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters. Clear them to see every conversation.</source>
        <translation>没有符合搜索和筛选条件的会话。清除条件即可查看全部会话。</translation>
    </message>
    <message>
        <source>No conversation is waiting or in progress in your teams&apos; queues.</source>
        <translation>您所管团队的队列中暂无等待或处理中的会话。</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>分配给(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2，%3/%4</translation>
    </message>
    <message>
        <source>Nobody else on your teams&apos; roster</source>
        <translation>您的团队名单中没有其他人</translation>
    </message>
    <message>
        <source>&amp;Move to queue</source>
        <translation>转到队列(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No other queue</source>
        <translation>没有其他队列</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>实时旁观(&amp;W)</translation>
    </message>
    <message>
        <source>%1 already has this conversation.</source>
        <translation>%1 已经在处理这个会话。</translation>
    </message>
    <message>
        <source>Give %1&apos;s conversation to %2</source>
        <translation>把 %1 的会话交给 %2</translation>
    </message>
    <message>
        <source>Move %1&apos;s conversation to %2</source>
        <translation>把 %1 的会话转到 %2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ReviewReplayDialog</name>
    <message>
        <source>inserted</source>
        <translation>插入了</translation>
    </message>
    <message>
        <source>sent as it was</source>
        <translation>原样发送了</translation>
    </message>
    <message>
        <source>edited, then sent</source>
        <translation>修改后发送了</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>忽略了</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>offered to the customer</source>
        <translation>已提供给客户</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>已改选</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>机器人：%1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 a suggestion (%3)</source>
        <translation>%1 %2一条建议（%3）</translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4</source>
        <translation>%1 %2 %3——%4</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1&apos;s reply waited for approval: %2</source>
        <translation>%1 的回复等待批准：%2</translation>
    </message>
    <message>
        <source>%1 approved and sent: %2</source>
        <translation>%1 批准并发出：%2</translation>
    </message>
    <message>
        <source>%1 gave the reply back</source>
        <translation>%1 退回了回复</translation>
    </message>
    <message>
        <source>%1 gave the reply back: %2</source>
        <translation>%1 退回了回复：%2</translation>
    </message>
    <message>
        <source>%1 whispered: %2</source>
        <translation>%1 耳语：%2</translation>
    </message>
    <message>
        <source>Review: conversation with %1</source>
        <translation>复盘：与 %1 的会话</translation>
    </message>
    <message>
        <source>Step through what happened: Left and Right step, Space plays, Home and End jump.</source>
        <translation>逐步回看经过：←/→ 单步，空格播放，Home/End 跳到首尾。</translation>
    </message>
    <message>
        <source>+%1:%2  %3</source>
        <translation>+%1:%2  %3</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>回放位置</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Nothing happened in this conversation yet.</source>
        <translation>这段会话还没有任何内容。</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1/%2 步 · %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>决定了</translation>
    </message>
    <message>
        <source>asked for approval of</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>提供了</translation>
    </message>
    <message>
        <source>the customer chose</source>
        <translation>客户选择了</translation>
    </message>
    <message>
        <source>the customer switched to</source>
        <translation>客户改选了</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>修改了</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>warmline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Warmline starts.</source>
        <translation>新语言将在下次启动暖线时生效。</translation>
    </message>
</context>
<context>
    <name>warmline::ui::StatisticsCard</name>
    <message>
        <source>No complaints ever.</source>
        <translation>从未投诉过。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaints by category&lt;/b&gt;</source>
        <translation>&lt;b&gt;投诉类别分布&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No accepted resolutions yet.</source>
        <translation>尚无被接受的解决方案。</translation>
    </message>
    <message>
        <source>most accepted</source>
        <translation>最常被接受</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolutions customers accepted&lt;/b&gt;</source>
        <translation>&lt;b&gt;客户接受的解决方案&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No praise recorded yet.</source>
        <translation>尚无表扬记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What customers praised&lt;/b&gt;</source>
        <translation>&lt;b&gt;客户表扬的方面&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 units sold · %2 complaints (%3 of orders) · %4 praise</source>
        <translation>售出 %1 件 · 投诉 %2 次（占订单 %3）· 表扬 %4 次</translation>
    </message>
    <message>
        <source>tied for most accepted</source>
        <translation>并列最常被接受</translation>
    </message>
</context>
<context>
    <name>warmline::ui::SuggestionsPanel</name>
    <message>
        <source>reply template</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>knowledge-base article</source>
        <translation>知识库文章</translation>
    </message>
    <message>
        <source>past reply</source>
        <translation>历史回复</translation>
    </message>
    <message>
        <source>Preparing reply suggestions…</source>
        <translation>正在准备回复建议…</translation>
    </message>
    <message>
        <source>Reply suggestions are unavailable (%1). Replies can still be written as usual.</source>
        <translation>回复建议暂不可用（%1）。仍可照常手动回复。</translation>
    </message>
    <message>
        <source>Suggestions appear here when the customer writes.</source>
        <translation>客户发来消息后，这里会显示回复建议。</translation>
    </message>
    <message>
        <source>Suggestions for the customer&apos;s latest message. Alt+1, Alt+2 or Alt+3 puts one into the reply box for editing.</source>
        <translation>针对客户最新消息的建议。按 Alt+1、Alt+2 或 Alt+3 放入回复框再编辑。</translation>
    </message>
    <message>
        <source>The message reads like &quot;%1&quot; (%2% sure).</source>
        <translation>这条消息看起来是“%1”（把握 %2%）。</translation>
    </message>
    <message>
        <source>A knowledge-base article on &quot;%1&quot; matches the message&apos;s words.</source>
        <translation>知识库中关于“%1”的文章与消息用词相符。</translation>
    </message>
    <message>
        <source>An agent sent this in conversation %1, which began with a similar message (%2% word overlap).</source>
        <translation>客服曾在会话 %1 中发过这条回复，那次会话的开头与此相似（用词重合 %2%）。</translation>
    </message>
    <message>
        <source>Agents&apos; reception of this template: %1 of 100.</source>
        <translation>客服对该模板的采纳评分：%1/100。</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>待填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1.</source>
        <translation>尚不清楚、已在文中标出：%1。</translation>
    </message>
    <message>
        <source>Alt+%1 · %2% · %3</source>
        <translation>Alt+%1 · %2% · %3</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#newer&quot;&gt;Newer suggestions&lt;/a&gt; for the customer&apos;s latest message are ready: Alt+0 shows them. The cards below stay as they are until then.</source>
        <translation>客户最新消息的&lt;a href=&quot;#newer&quot;&gt;新建议&lt;/a&gt;已就绪：按 Alt+0 显示。在此之前下面的卡片保持不变。</translation>
    </message>
    <message>
        <source>Related case: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>相关案例：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>warmline::ui::TimelineDelegate</name>
    <message>
        <source>compensation given %1</source>
        <translation>已补偿 %1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>转接 %1</translation>
    </message>
    <message>
        <source>Pass %1 to a colleague or a queue. They read your note first and see the whole conversation, so the customer never has to repeat anything.</source>
        <translation>把 %1 转给同事或队列。对方会先看到您的说明和完整的会话记录，客户无需重复任何信息。</translation>
    </message>
    <message>
        <source>Loading colleagues and queues…</source>
        <translation>正在加载同事和队列…</translation>
    </message>
    <message>
        <source>&amp;Why are you passing this on?</source>
        <translation>转接原因(&amp;W)：</translation>
    </message>
    <message>
        <source>For example: refund approved, the returns team books the pickup</source>
        <translation>例如：退款已批准，请退货组安排上门取件</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Transfer (Ctrl+Enter)</source>
        <translation>转接（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Could not load colleagues. Close this and try again when you are back online.</source>
        <translation>无法加载同事列表。请关闭此窗口，恢复在线后再试。</translation>
    </message>
    <message>
        <source>Choose who takes over:</source>
        <translation>选择接手的人：</translation>
    </message>
    <message>
        <source>Nobody else can take this conversation right now.</source>
        <translation>现在没有其他人可以接手这个会话。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
</TS>
