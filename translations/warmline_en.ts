<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Channel</name>
    <message>
        <source>Web chat</source>
        <translation>Web chat</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>%1 points (%2)</source>
        <translation>%1 points (%2)</translation>
    </message>
    <message>
        <source>Customer chose: %1 (%2). They may switch until %3.</source>
        <translation>Customer chose: %1 (%2). They may switch until %3.</translation>
    </message>
    <message>
        <source>Effective: %1 (%2), decided by %3.</source>
        <translation>Effective: %1 (%2), decided by %3.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor (escalated): %1 (%2), asked by %3.</source>
        <translation>Waiting for a supervisor (escalated): %1 (%2), asked by %3.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor: %1 (%2), asked by %3.</source>
        <translation>Waiting for a supervisor: %1 (%2), asked by %3.</translation>
    </message>
    <message>
        <source>Approved with changes by %1: %2 (%3; asked %4).</source>
        <translation>Approved with changes by %1: %2 (%3; asked %4).</translation>
    </message>
    <message>
        <source>Approved by %1: %2 (%3).</source>
        <translation>Approved by %1: %2 (%3).</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Rejected by %1: “%2”. Nothing was given.</source>
        <translation>Rejected by %1: “%2”. Nothing was given.</translation>
    </message>
    <message>
        <source>Offered to the customer, waiting for their choice: %1</source>
        <translation>Offered to the customer, waiting for their choice: %1</translation>
    </message>
    <message>
        <source>Customer switched from %1 to %2 (%3).</source>
        <translation>Customer switched from %1 to %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>You are offline. Wait until the status bar shows &quot;Live&quot;, then try again.</source>
        <translation>You are offline. Wait until the status bar shows &quot;Live&quot;, then try again.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>Wrong user name or password. Check both and try again.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>%1 already accepted this conversation. Pick another one.</source>
        <translation>%1 already accepted this conversation. Pick another one.</translation>
    </message>
    <message>
        <source>You are not allowed to do this here. Ask a supervisor if you think you should be.</source>
        <translation>You are not allowed to do this here. Ask a supervisor if you think you should be.</translation>
    </message>
    <message>
        <source>This conversation no longer exists. Pick another one from the list.</source>
        <translation>This conversation no longer exists. Pick another one from the list.</translation>
    </message>
    <message>
        <source>This conversation is already resolved. The customer can start a new one.</source>
        <translation>This conversation is already resolved. The customer can start a new one.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it and send again.</source>
        <translation>The text is too long. Shorten it and send again.</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>Too many requests at once. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The server saw a conflicting repeat of this request. Try the action again.</source>
        <translation>The server saw a conflicting repeat of this request. Try the action again.</translation>
    </message>
    <message>
        <source>The request was incomplete. Check what you entered and try again.</source>
        <translation>The request was incomplete. Check what you entered and try again.</translation>
    </message>
    <message>
        <source>The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.</source>
        <translation>The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.</translation>
    </message>
    <message>
        <source>The customer is still waiting. Accept the conversation first.</source>
        <translation>The customer is still waiting. Accept the conversation first.</translation>
    </message>
    <message>
        <source>The bot is still talking to this customer. It comes to the queue when it hands over.</source>
        <translation>The bot is still talking to this customer. It comes to the queue when it hands over.</translation>
    </message>
    <message>
        <source>%1 already has this conversation. Pick someone else.</source>
        <translation>%1 already has this conversation. Pick someone else.</translation>
    </message>
    <message>
        <source>The customer already waits in that queue. Pick another one.</source>
        <translation>The customer already waits in that queue. Pick another one.</translation>
    </message>
    <message>
        <source>That colleague is not available right now. Choose someone available or a queue.</source>
        <translation>That colleague is not available right now. Choose someone available or a queue.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Warmline</source>
        <translation>Warmline</translation>
    </message>
</context>
<context>
    <name>OpeningLine</name>
    <message>
        <source>Greeting for the customer&apos;s time of day: 早上好, 中午好, 下午好, 晚上好 / Good morning, Good afternoon, Good evening</source>
        <translation>Greeting for the customer&apos;s time of day: 早上好, 中午好, 下午好, 晚上好 / Good morning, Good afternoon, Good evening</translation>
    </message>
    <message>
        <source>The customer&apos;s name, e.g. 王芳 or Emily Carter</source>
        <translation>The customer&apos;s name, e.g. 王芳 or Emily Carter</translation>
    </message>
    <message>
        <source>Surname with 先生/女士 or Mr/Ms, e.g. 王女士 or Ms Carter; only when we know how the customer likes to be addressed</source>
        <translation>Surname with 先生/女士 or Mr/Ms, e.g. 王女士 or Ms Carter; only when we know how the customer likes to be addressed</translation>
    </message>
    <message>
        <source>Today&apos;s festival, e.g. 中秋节 / Mid-Autumn Festival; empty on ordinary days</source>
        <translation>Today&apos;s festival, e.g. 中秋节 / Mid-Autumn Festival; empty on ordinary days</translation>
    </message>
    <message>
        <source>The wish for today&apos;s festival, e.g. 中秋快乐 / Happy Mid-Autumn Festival; empty on ordinary days</source>
        <translation>The wish for today&apos;s festival, e.g. 中秋快乐 / Happy Mid-Autumn Festival; empty on ordinary days</translation>
    </message>
    <message>
        <source>The product of the order this conversation is about, or else of the latest order</source>
        <translation>The product of the order this conversation is about, or else of the latest order</translation>
    </message>
    <message>
        <source>Days since that order was delivered, e.g. 3; empty if not delivered</source>
        <translation>Days since that order was delivered, e.g. 3; empty if not delivered</translation>
    </message>
    <message>
        <source>When that order was delivered: 今天, 昨天, 前天, 3天前 / today, yesterday, 3 days ago</source>
        <translation>When that order was delivered: 今天, 昨天, 前天, 3天前 / today, yesterday, 3 days ago</translation>
    </message>
    <message>
        <source>The customer&apos;s membership, e.g. 金卡会员 / Gold member; empty for standard members</source>
        <translation>The customer&apos;s membership, e.g. 金卡会员 / Gold member; empty for standard members</translation>
    </message>
    <message>
        <source>Your name as customers see it</source>
        <translation>Your name as customers see it</translation>
    </message>
    <message>
        <source>Where the customer reached us: 微信, 电话, 网页… / WeChat, phone, web chat…</source>
        <translation>Where the customer reached us: 微信, 电话, 网页… / WeChat, phone, web chat…</translation>
    </message>
    <message>
        <source>This } has no { before it. To show a brace as text, write \}.</source>
        <translation>This } has no { before it. To show a brace as text, write \}.</translation>
    </message>
    <message>
        <source>This ] has no [ before it. To show a bracket as text, write \].</source>
        <translation>This ] has no [ before it. To show a bracket as text, write \].</translation>
    </message>
    <message>
        <source>Too many variables and optional parts inside each other: at most %1 levels.</source>
        <translation>Too many variables and optional parts inside each other: at most %1 levels.</translation>
    </message>
    <message>
        <source>This { is not closed. End the variable with }, as in {customer_name}; to show a brace as text, write \{.</source>
        <translation>This { is not closed. End the variable with }, as in {customer_name}; to show a brace as text, write \{.</translation>
    </message>
    <message>
        <source>Empty braces: put a variable name between { and }, as in {customer_name}.</source>
        <translation>Empty braces: put a variable name between { and }, as in {customer_name}.</translation>
    </message>
    <message>
        <source>“%1” is not a variable name — did you mean %2?</source>
        <translation>“%1” is not a variable name — did you mean %2?</translation>
    </message>
    <message>
        <source>“%1” is not a variable name. Names look like customer_name: letters a–z, digits and _.</source>
        <translation>“%1” is not a variable name. Names look like customer_name: letters a–z, digits and _.</translation>
    </message>
    <message>
        <source>There is no variable called “%1”.</source>
        <translation>There is no variable called “%1”.</translation>
    </message>
    <message>
        <source>There is no variable called “%1” — did you mean %2?</source>
        <translation>There is no variable called “%1” — did you mean %2?</translation>
    </message>
    <message>
        <source>There is no variable called “%1” — did you mean one of %2?</source>
        <translation>There is no variable called “%1” — did you mean one of %2?</translation>
    </message>
    <message>
        <source>This { is not closed: its fallback runs to the end. Add } where the fallback ends, as in {customer_name|您}.</source>
        <translation>This { is not closed: its fallback runs to the end. Add } where the fallback ends, as in {customer_name|您}.</translation>
    </message>
    <message>
        <source>This [ starts an optional part that is never closed: add ] where the part ends. To show a bracket as text, write \[.</source>
        <translation>This [ starts an optional part that is never closed: add ] where the part ends. To show a bracket as text, write \[.</translation>
    </message>
    <message>
        <source>{%1} is empty for some customers or on some days. Put it inside [ ] so that part is left out, or give a fallback: {%1|…}.</source>
        <translation>{%1} is empty for some customers or on some days. Put it inside [ ] so that part is left out, or give a fallback: {%1|…}.</translation>
    </message>
    <message>
        <source>This optional part is always shown: nothing in it can be missing. Optional parts are for variables without a fallback.</source>
        <translation>This optional part is always shown: nothing in it can be missing. Optional parts are for variables without a fallback.</translation>
    </message>
    <message>
        <source>Full-width braces ｛ ｝ are plain text. Write {%1} with half-width braces to insert the variable.</source>
        <translation>Full-width braces ｛ ｝ are plain text. Write {%1} with half-width braces to insert the variable.</translation>
    </message>
    <message>
        <source>This sounds like the stock phrase “%1”, which customers hear everywhere. Say it your own way: their name, their order, the time of day.</source>
        <translation>This sounds like the stock phrase “%1”, which customers hear everywhere. Say it your own way: their name, their order, the time of day.</translation>
    </message>
    <message>
        <source>This template is %1 characters long; it may be at most %2.</source>
        <translation>This template is %1 characters long; it may be at most %2.</translation>
    </message>
    <message>
        <source>Even without the customer&apos;s details this line is %1 characters long; an opening line may be at most %2.</source>
        <translation>Even without the customer&apos;s details this line is %1 characters long; an opening line may be at most %2.</translation>
    </message>
    <message>
        <source>This line has no variable, so every customer reads the same words. Try {customer_name}, {greeting} or {latest_product}.</source>
        <translation>This line has no variable, so every customer reads the same words. Try {customer_name}, {greeting} or {latest_product}.</translation>
    </message>
</context>
<context>
    <name>OpeningLines</name>
    <message>
        <source>English-speaking customers</source>
        <translation>English-speaking customers</translation>
    </message>
    <message>
        <source>Chinese-speaking customers</source>
        <translation>Chinese-speaking customers</translation>
    </message>
    <message>
        <source>Not used yet. Numbers appear here once you have opened conversations with this line.</source>
        <translation>Not used yet. Numbers appear here once you have opened conversations with this line.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s)</source>
        <translation>
            <numerusform>Used %n time</numerusform>
            <numerusform>Used %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>warm reply %1</source>
        <translation>warm reply %1</translation>
    </message>
    <message>
        <source>resolved on first contact %1</source>
        <translation>resolved on first contact %1</translation>
    </message>
    <message>
        <source>praised %1</source>
        <translation>praised %1</translation>
    </message>
    <message>
        <source>too few uses for percentages yet</source>
        <translation>too few uses for percentages yet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Warmline</source>
        <translation>Warmline</translation>
    </message>
    <message>
        <source>Cannot open the local outbox: %1
Check that %2 is writable.</source>
        <translation>Cannot open the local outbox: %1
Check that %2 is writable.</translation>
    </message>
    <message>
        <source>starts soon</source>
        <translation>starts soon</translation>
    </message>
    <message>
        <source>open for entries</source>
        <translation>open for entries</translation>
    </message>
    <message>
        <source>being judged</source>
        <translation>being judged</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>You are offline. Wait until the status bar shows &quot;Live&quot;, then try again.</source>
        <translation>You are offline. Wait until the status bar shows &quot;Live&quot;, then try again.</translation>
    </message>
    <message>
        <source>The line has an error at character %1. Fix the part marked in red and save again.</source>
        <translation>The line has an error at character %1. Fix the part marked in red and save again.</translation>
    </message>
    <message>
        <source>The contest must end after it starts, and in the future. Change the dates.</source>
        <translation>The contest must end after it starts, and in the future. Change the dates.</translation>
    </message>
    <message>
        <source>Something you entered is not accepted. Check the fields and try again.</source>
        <translation>Something you entered is not accepted. Check the fields and try again.</translation>
    </message>
    <message>
        <source>Something is missing. Fill in every field and try again.</source>
        <translation>Something is missing. Fill in every field and try again.</translation>
    </message>
    <message>
        <source>Nobody scores their own entry. Another judge will score it.</source>
        <translation>Nobody scores their own entry. Another judge will score it.</translation>
    </message>
    <message>
        <source>Only supervisors and trainers can do this. Ask one of them.</source>
        <translation>Only supervisors and trainers can do this. Ask one of them.</translation>
    </message>
    <message>
        <source>This no longer exists. The list has been refreshed; pick again.</source>
        <translation>This no longer exists. The list has been refreshed; pick again.</translation>
    </message>
    <message>
        <source>The contest is already published. Its winners are in the team library.</source>
        <translation>The contest is already published. Its winners are in the team library.</translation>
    </message>
    <message>
        <source>The contest has not started yet. Try again once it is open.</source>
        <translation>The contest has not started yet. Try again once it is open.</translation>
    </message>
    <message>
        <source>The contest has ended and takes no more entries. Watch for the next one.</source>
        <translation>The contest has ended and takes no more entries. Watch for the next one.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1. Refresh and try again.</source>
        <translation>This cannot be done now: %1. Refresh and try again.</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>Too many requests at once. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.</source>
        <translation>The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>With the bot</source>
        <translation>With the bot</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Waiting for an agent</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Full refund</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Free return shipping</source>
        <translation>Free return shipping</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Goodwill gift</source>
        <translation>Goodwill gift</translation>
    </message>
    <message>
        <source>Apology only</source>
        <translation>Apology only</translation>
    </message>
    <message>
        <source>Delivery speed</source>
        <translation>Delivery speed</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Value for money</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation>VIP service</translation>
    </message>
    <message>
        <source>Frequent buyer</source>
        <translation>Frequent buyer</translation>
    </message>
    <message>
        <source>Price-sensitive</source>
        <translation>Price-sensitive</translation>
    </message>
    <message>
        <source>Prefers phone</source>
        <translation>Prefers phone</translation>
    </message>
    <message>
        <source>Prefers chat</source>
        <translation>Prefers chat</translation>
    </message>
    <message>
        <source>Elderly care</source>
        <translation>Elderly care</translation>
    </message>
    <message>
        <source>Business buyer</source>
        <translation>Business buyer</translation>
    </message>
    <message>
        <source>Buys gifts</source>
        <translation>Buys gifts</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Complained before</source>
        <translation>Complained before</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>Quality problem</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>customer name</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>merchant</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>order date</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>delivery date</translation>
    </message>
    <message>
        <source>order amount</source>
        <translation>order amount</translation>
    </message>
    <message>
        <source>order status</source>
        <translation>order status</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>asked for a person</source>
        <translation>asked for a person</translation>
    </message>
    <message>
        <source>customer is upset</source>
        <translation>customer is upset</translation>
    </message>
    <message>
        <source>customer repeated the question</source>
        <translation>customer repeated the question</translation>
    </message>
    <message>
        <source>customer is confused</source>
        <translation>customer is confused</translation>
    </message>
    <message>
        <source>the bot was not sure what was asked</source>
        <translation>the bot was not sure what was asked</translation>
    </message>
    <message>
        <source>needs a person to act</source>
        <translation>needs a person to act</translation>
    </message>
    <message>
        <source>the bot&apos;s answer did not help</source>
        <translation>the bot&apos;s answer did not help</translation>
    </message>
    <message>
        <source>facts the answer needs are missing</source>
        <translation>facts the answer needs are missing</translation>
    </message>
    <message>
        <source>the bot was still starting</source>
        <translation>the bot was still starting</translation>
    </message>
</context>
<context>
    <name>warmline::sync::CaseCandidateListModel</name>
    <message numerus="yes">
        <source>%n moment(s) bookmarked</source>
        <translation>
            <numerusform>%n moment bookmarked</numerusform>
            <numerusform>%n moments bookmarked</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
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
            <numerusform>%1 — %2 · %3 to %4 · %n entry</numerusform>
            <numerusform>%1 — %2 · %3 to %4 · %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>you entered</source>
        <translation>you entered</translation>
    </message>
    <message>
        <source>Opened by %1</source>
        <translation>Opened by %1</translation>
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
        <translation>%1 · %2 · not reviewed yet</translation>
    </message>
</context>
<context>
    <name>warmline::sync::HeldReplyListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
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
        <translation>not scored yet</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s): %1 warm · %2 resolved · %3 praised</source>
        <translation>
            <numerusform>%n use: %1 warm · %2 resolved · %3 praised</numerusform>
            <numerusform>%n uses: %1 warm · %2 resolved · %3 praised</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>Judges&apos; mean</source>
        <translation>Judges&apos; mean</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>warmline::sync::LibraryLineListModel</name>
    <message numerus="yes">
        <source>%1 · %2 — by %3, #%4 in “%5”, adopted %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 — by %3, #%4 in “%5”, adopted %n time</numerusform>
            <numerusform>%1 · %2 — by %3, #%4 in “%5”, adopted %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmline::sync::MenteeListModel</name>
    <message>
        <source>%1 — %2 · in your session</source>
        <translation>%1 — %2 · in your session</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 of %4 conversations</source>
        <translation>%1 — %2 · %3 of %4 conversations</translation>
    </message>
</context>
<context>
    <name>warmline::sync::MetricsTableModel</name>
    <message>
        <source>%1 of %2 · %3 %</source>
        <translation>%1 of %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Should be 0: every one is a customer who was sent back or asked again.</source>
        <translation>Should be 0: every one is a customer who was sent back or asked again.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Team / agent</source>
        <translation>Team / agent</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Repeat contact (7 days)</source>
        <translation>Repeat contact (7 days)</translation>
    </message>
    <message>
        <source>Customer praise</source>
        <translation>Customer praise</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>90 % waited at most</source>
        <translation>90 % waited at most</translation>
    </message>
    <message>
        <source>Compensation of budget</source>
        <translation>Compensation of budget</translation>
    </message>
    <message>
        <source>Bot contained</source>
        <translation>Bot contained</translation>
    </message>
    <message>
        <source>Bot handed off</source>
        <translation>Bot handed off</translation>
    </message>
    <message>
        <source>Back to the bot</source>
        <translation>Back to the bot</translation>
    </message>
    <message>
        <source>Asked to repeat</source>
        <translation>Asked to repeat</translation>
    </message>
</context>
<context>
    <name>warmline::sync::OpeningLineListModel</name>
    <message>
        <source>%1 · new line (not saved)</source>
        <translation>%1 · new line (not saved)</translation>
    </message>
    <message>
        <source>In use for %1 with %2: %3</source>
        <translation>In use for %1 with %2: %3</translation>
    </message>
</context>
<context>
    <name>warmline::sync::OpeningVersionListModel</name>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>warmline::sync::OrderTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>warmline::sync::PendingApprovalsModel</name>
    <message>
        <source>%1 asks %2 for %3 (%4) · waiting %5</source>
        <translation>%1 asks %2 for %3 (%4) · waiting %5</translation>
    </message>
    <message>
        <source>ESCALATED · %1</source>
        <translation>ESCALATED · %1</translation>
    </message>
    <message>
        <source>Your own request: another supervisor answers it.</source>
        <translation>Your own request: another supervisor answers it.</translation>
    </message>
</context>
<context>
    <name>warmline::sync::QueueBoardModel</name>
    <message>
        <source>offered to %1, %2 left</source>
        <translation>offered to %1, %2 left</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>waiting long</source>
        <translation>waiting long</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>over the limit</translation>
    </message>
    <message>
        <source>%1 — %2 active</source>
        <translation>%1 — %2 active</translation>
    </message>
    <message>
        <source>%1 — %2 waiting (longest %3), %4 active</source>
        <translation>%1 — %2 waiting (longest %3), %4 active</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>Why a person</translation>
    </message>
    <message>
        <source>Hand-off summary</source>
        <translation>Hand-off summary</translation>
    </message>
    <message>
        <source>in progress · %1</source>
        <translation>in progress · %1</translation>
    </message>
</context>
<context>
    <name>warmline::sync::RosterModel</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 open, %2 offered, room for %3 at once</source>
        <translation>%1 open, %2 offered, room for %3 at once</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1/%2 (+%3 offered)</source>
        <translation>%1/%2 (+%3 offered)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>Spent today</translation>
    </message>
</context>
<context>
    <name>warmline::sync::ServerConnection</name>
    <message>
        <source>The server does not speak %1.</source>
        <translation>The server does not speak %1.</translation>
    </message>
    <message>
        <source>An update from the server could not be read (%1); reconnect, or ask your administrator whether the server was upgraded.</source>
        <translation>An update from the server could not be read (%1); reconnect, or ask your administrator whether the server was upgraded.</translation>
    </message>
</context>
<context>
    <name>warmline::sync::TransferTargetModel</name>
    <message>
        <source>%1 — %2 · %3 of %4 conversations</source>
        <translation>%1 — %2 · %3 of %4 conversations</translation>
    </message>
    <message>
        <source>%1 is %2: the customer would wait unseen</source>
        <translation>%1 is %2: the customer would wait unseen</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <source>Queue: %1 (%2)</source>
        <translation>Queue: %1 (%2)</translation>
    </message>
    <message>
        <source>The customer waits there for whoever is free next</source>
        <translation>The customer waits there for whoever is free next</translation>
    </message>
</context>
<context>
    <name>warmline::sync::WhisperListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ApprovalsPanel</name>
    <message>
        <source>&lt;b&gt;&amp;Waiting for your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Waiting for your answer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amounts (change them to amend)</source>
        <translation>Amounts (change them to amend)</translation>
    </message>
    <message>
        <source>&amp;Comment for the agent:</source>
        <translation>&amp;Comment for the agent:</translation>
    </message>
    <message>
        <source>Needed to amend or reject</source>
        <translation>Needed to amend or reject</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>A&amp;mend</source>
        <translation>A&amp;mend</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered lately&lt;/b&gt;</source>
        <translation>&lt;b&gt;Answered lately&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is above your own authority. Amend it to less, or leave it to an administrator.</source>
        <translation>This is above your own authority. Amend it to less, or leave it to an administrator.</translation>
    </message>
    <message>
        <source>Someone answered this request already. The list shows what they decided.</source>
        <translation>Someone answered this request already. The list shows what they decided.</translation>
    </message>
    <message>
        <source>Nothing is waiting. New requests appear here the moment an agent asks.</source>
        <translation>Nothing is waiting. New requests appear here the moment an agent asks.</translation>
    </message>
    <message>
        <source>asked by %1 at %2</source>
        <translation>asked by %1 at %2</translation>
    </message>
    <message>
        <source>This is your own request: another supervisor or an administrator answers it.</source>
        <translation>This is your own request: another supervisor or an administrator answers it.</translation>
    </message>
    <message>
        <source>Order %1 · already given or held on it: %2 · %3 left</source>
        <translation>Order %1 · already given or held on it: %2 · %3 left</translation>
    </message>
    <message>
        <source>Order %1 · nothing given on it yet</source>
        <translation>Order %1 · nothing given on it yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3)&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Reason: “%6”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; for %2 (%3)&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Reason: “%6”</translation>
    </message>
</context>
<context>
    <name>warmline::ui::AssignNoteDialog</name>
    <message>
        <source>&amp;Why they get it (they read this first):</source>
        <translation>&amp;Why they get it (they read this first):</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
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
        <translation>Case</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::CaseLibraryPanel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 · served by %2 · written up by %3 · %4</source>
        <translation>%1 · served by %2 · written up by %3 · %4</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What was non-standard</source>
        <translation>What was non-standard</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data is masked.</source>
        <translation>The customer&apos;s personal data is masked.</translation>
    </message>
    <message>
        <source>Conversations where someone served outside the script and it worked — written up so everyone can learn from them.</source>
        <translation>Conversations where someone served outside the script and it worked — written up so everyone can learn from them.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Words in Chinese or English, e.g. 快递 延误 or damaged</source>
        <translation>Words in Chinese or English, e.g. 快递 延误 or damaged</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Promote a conversation…</source>
        <translation>&amp;Promote a conversation…</translation>
    </message>
    <message>
        <source>Turn a finished or bookmarked conversation into a case</source>
        <translation>Turn a finished or bookmarked conversation into a case</translation>
    </message>
    <message>
        <source>Choose a case to read it.</source>
        <translation>Choose a case to read it.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 of %n case</numerusform>
            <numerusform>%1 of %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmline::ui::CompensationPanel</name>
    <message>
        <source>✓ Within your authority</source>
        <translation>✓ Within your authority</translation>
    </message>
    <message>
        <source>Needs approval: above your case limit</source>
        <translation>Needs approval: above your case limit</translation>
    </message>
    <message>
        <source>Needs approval: above today&apos;s budget</source>
        <translation>Needs approval: above today&apos;s budget</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>&amp;Complaint:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options&lt;/b&gt; — tick one, or several to combine them</source>
        <translation>&lt;b&gt;Options&lt;/b&gt; — tick one, or several to combine them</translation>
    </message>
    <message>
        <source>Amounts (you may adjust them)</source>
        <translation>Amounts (you may adjust them)</translation>
    </message>
    <message>
        <source>&amp;Reason (for the record):</source>
        <translation>&amp;Reason (for the record):</translation>
    </message>
    <message>
        <source>e.g. parcel five days late, customer needed it for a birthday</source>
        <translation>e.g. parcel five days late, customer needed it for a birthday</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decide</translation>
    </message>
    <message>
        <source>Give the ticked options together, now: within your authority it takes effect at once</source>
        <translation>Give the ticked options together, now: within your authority it takes effect at once</translation>
    </message>
    <message>
        <source>O&amp;ffer to customer</source>
        <translation>O&amp;ffer to customer</translation>
    </message>
    <message>
        <source>Let the customer choose one of the 2 or 3 ticked options</source>
        <translation>Let the customer choose one of the 2 or 3 ticked options</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation>Ask for a&amp;pproval</translation>
    </message>
    <message>
        <source>Above your authority: a supervisor approves, amends or rejects it</source>
        <translation>Above your authority: a supervisor approves, amends or rejects it</translation>
    </message>
    <message>
        <source>&lt;b&gt;For this complaint&lt;/b&gt;</source>
        <translation>&lt;b&gt;For this complaint&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a conversation to settle the customer&apos;s complaint here.</source>
        <translation>Open a conversation to settle the customer&apos;s complaint here.</translation>
    </message>
    <message>
        <source>This conversation is not linked to an order yet. In the Customer panel, select the order it is about and choose “Discuss this order”.</source>
        <translation>This conversation is not linked to an order yet. In the Customer panel, select the order it is about and choose “Discuss this order”.</translation>
    </message>
    <message>
        <source>No complaint is recorded for this order. In the Customer panel, select the order and use “Log complaint”; the options appear here.</source>
        <translation>No complaint is recorded for this order. In the Customer panel, select the order and use “Log complaint”; the options appear here.</translation>
    </message>
    <message>
        <source>Loading the options…</source>
        <translation>Loading the options…</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>resolved: %1</translation>
    </message>
    <message>
        <source>≈ %1 % of customers accepted this</source>
        <translation>≈ %1 % of customers accepted this</translation>
    </message>
    <message>
        <source>In yuan, from %1 to %2</source>
        <translation>In yuan, from %1 to %2</translation>
    </message>
    <message>
        <source>%1: enter an amount from %2 to %3.</source>
        <translation>%1: enter an amount from %2 to %3.</translation>
    </message>
    <message>
        <source>Per case you may give up to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Per case you may give up to &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this selection %1 of %2</source>
        <translation>this selection %1 of %2</translation>
    </message>
    <message>
        <source>Today: %1 given, %2 held for customers&apos; choices, &lt;b&gt;%3 left&lt;/b&gt; of %4</source>
        <translation>Today: %1 given, %2 held for customers&apos; choices, &lt;b&gt;%3 left&lt;/b&gt; of %4</translation>
    </message>
    <message>
        <source>%1 of %2 with this selection</source>
        <translation>%1 of %2 with this selection</translation>
    </message>
    <message>
        <source>Tick an option to give it, or 2–3 options to let the customer choose.</source>
        <translation>Tick an option to give it, or 2–3 options to let the customer choose.</translation>
    </message>
    <message>
        <source>Together: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Together: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Write a short reason to go on.</source>
        <translation>Write a short reason to go on.</translation>
    </message>
    <message>
        <source>Offer at most 3 options to the customer.</source>
        <translation>Offer at most 3 options to the customer.</translation>
    </message>
    <message>
        <source>To offer them, every option must be within your case limit and the dearest within today&apos;s budget.</source>
        <translation>To offer them, every option must be within your case limit and the dearest within today&apos;s budget.</translation>
    </message>
    <message>
        <source>Reason: %1 · %2</source>
        <translation>Reason: %1 · %2</translation>
    </message>
    <message>
        <source>Nothing given or asked for yet.</source>
        <translation>Nothing given or asked for yet.</translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation>Deciding…</translation>
    </message>
    <message>
        <source>Sending to the supervisors…</source>
        <translation>Sending to the supervisors…</translation>
    </message>
    <message>
        <source>Offering…</source>
        <translation>Offering…</translation>
    </message>
    <message>
        <source>Effective now: %1 (%2). Tell the customer what they get.</source>
        <translation>Effective now: %1 (%2). Tell the customer what they get.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor: %1 (%2). Their answer appears here.</source>
        <translation>Waiting for a supervisor: %1 (%2). Their answer appears here.</translation>
    </message>
    <message numerus="yes">
        <source>Offered to the customer. Their choice appears here; they may switch once within %n day(s).</source>
        <translation>
            <numerusform>Offered to the customer. Their choice appears here; they may switch once within %n day.</numerusform>
            <numerusform>Offered to the customer. Their choice appears here; they may switch once within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is above your authority now (your limit or today&apos;s budget changed). Nothing was given. Ask for approval, or choose less.</source>
        <translation>This is above your authority now (your limit or today&apos;s budget changed). Nothing was given. Ask for approval, or choose less.</translation>
    </message>
    <message>
        <source>The server refused an amount: %1. Correct it and try again.</source>
        <translation>The server refused an amount: %1. Correct it and try again.</translation>
    </message>
    <message>
        <source>This is within your authority: decide it yourself instead of asking.</source>
        <translation>This is within your authority: decide it yourself instead of asking.</translation>
    </message>
    <message>
        <source>That is more than this order can still get: %1 is left of its %2 (%3 already given or held). Choose less.</source>
        <translation>That is more than this order can still get: %1 is left of its %2 (%3 already given or held). Choose less.</translation>
    </message>
    <message>
        <source>Order %1: %2 already given or held on it, &lt;b&gt;%3 left&lt;/b&gt; to give.</source>
        <translation>Order %1: %2 already given or held on it, &lt;b&gt;%3 left&lt;/b&gt; to give.</translation>
    </message>
    <message>
        <source>Order %1: nothing given on it yet.</source>
        <translation>Order %1: nothing given on it yet.</translation>
    </message>
    <message>
        <source>This order has already had its full value (%1). Nothing more can be given on it; if the customer needs more, ask a supervisor what else can be done.</source>
        <translation>This order has already had its full value (%1). Nothing more can be given on it; if the customer needs more, ask a supervisor what else can be done.</translation>
    </message>
    <message>
        <source>No option fits the %1 that is left on this order.</source>
        <translation>No option fits the %1 that is left on this order.</translation>
    </message>
    <message>
        <source>Decide now?</source>
        <translation>Decide now?</translation>
    </message>
    <message>
        <source>Give %1 now? It takes effect at once and cannot be undone.</source>
        <translation>Give %1 now? It takes effect at once and cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Give %1</source>
        <translation>&amp;Give %1</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Not yet</translation>
    </message>
    <message>
        <source>This order cannot get that much: only %1 of its value is left (something was given on it meanwhile). Nothing was given. Choose less.</source>
        <translation>This order cannot get that much: only %1 of its value is left (something was given on it meanwhile). Nothing was given. Choose less.</translation>
    </message>
</context>
<context>
    <name>warmline::ui::Composer</name>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Write a reply… (Ctrl+Enter sends)</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ContestsPanel</name>
    <message>
        <source>Contests of your team</source>
        <translation>Contests of your team</translation>
    </message>
    <message>
        <source>New contest…</source>
        <translation>New contest…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Submit this line</source>
        <translation>Submit this line</translation>
    </message>
    <message>
        <source>Score = 0.7 × judges&apos; mean (1–5 scaled to 0–1) + 0.3 × outcome rate (successes + 1) / (trials + 2). Outcomes: warm replies, first-contact resolutions and praise, out of the decided ones.</source>
        <translation>Score = 0.7 × judges&apos; mean (1–5 scaled to 0–1) + 0.3 × outcome rate (successes + 1) / (trials + 2). Outcomes: warm replies, first-contact resolutions and praise, out of the decided ones.</translation>
    </message>
    <message>
        <source>Score entry…</source>
        <translation>Score entry…</translation>
    </message>
    <message>
        <source>Publish winners…</source>
        <translation>Publish winners…</translation>
    </message>
    <message>
        <source>No contests yet. Open one with “New contest…”.</source>
        <translation>No contests yet. Open one with “New contest…”.</translation>
    </message>
    <message>
        <source>No contests yet. A supervisor or trainer opens them.</source>
        <translation>No contests yet. A supervisor or trainer opens them.</translation>
    </message>
    <message>
        <source>Replace my entry</source>
        <translation>Replace my entry</translation>
    </message>
    <message>
        <source>Write a line in the opening-line editor first</source>
        <translation>Write a line in the opening-line editor first</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Select an entry to see its line and the judges&apos; comments.</source>
        <translation>Select an entry to see its line and the judges&apos; comments.</translation>
    </message>
    <message>
        <source>Nobody scores their own entry.</source>
        <translation>Nobody scores their own entry.</translation>
    </message>
    <message>
        <source>%1: warmth %2, clarity %3, fit %4</source>
        <translation>%1: warmth %2, clarity %3, fit %4</translation>
    </message>
    <message>
        <source>New contest</source>
        <translation>New contest</translation>
    </message>
    <message>
        <source>e.g. Openers for customers whose parcel is late</source>
        <translation>e.g. Openers for customers whose parcel is late</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Open contest</source>
        <translation>Open contest</translation>
    </message>
    <message>
        <source>Give the contest a theme first</source>
        <translation>Give the contest a theme first</translation>
    </message>
    <message>
        <source>Contest opened. Agents of your team can submit lines now.</source>
        <translation>Contest opened. Agents of your team can submit lines now.</translation>
    </message>
    <message>
        <source>Entry submitted. The judges will score it.</source>
        <translation>Entry submitted. The judges will score it.</translation>
    </message>
    <message>
        <source>Score “%1”</source>
        <translation>Score “%1”</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>What works, what to change</translation>
    </message>
    <message>
        <source>Warmth (1–5)</source>
        <translation>Warmth (1–5)</translation>
    </message>
    <message>
        <source>Clarity (1–5)</source>
        <translation>Clarity (1–5)</translation>
    </message>
    <message>
        <source>Fit to the customer (1–5)</source>
        <translation>Fit to the customer (1–5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Save score</translation>
    </message>
    <message>
        <source>Score saved.</source>
        <translation>Score saved.</translation>
    </message>
    <message>
        <source>Publish winners</source>
        <translation>Publish winners</translation>
    </message>
    <message>
        <source>How many of the best scored entries go to the team library? The contest closes.</source>
        <translation>How many of the best scored entries go to the team library? The contest closes.</translation>
    </message>
    <message>
        <source>No entry has a judge&apos;s score yet. Score the entries first.</source>
        <translation>No entry has a judge&apos;s score yet. Score the entries first.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) published to the team library.</source>
        <translation>
            <numerusform>%n line published to the team library.</numerusform>
            <numerusform>%n lines published to the team library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warmline::ui::ConversationViewer</name>
    <message>
        <source>Read-only: you are watching. Assign or move it from the queue board.</source>
        <translation>Read-only: you are watching. Assign or move it from the queue board.</translation>
    </message>
    <message>
        <source>This conversation is no longer waiting or in progress.</source>
        <translation>This conversation is no longer waiting or in progress.</translation>
    </message>
    <message>
        <source>Watching %1 — Warmline</source>
        <translation>Watching %1 — Warmline</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Why a person: %1 — %2</source>
        <translation>Why a person: %1 — %2</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>%1&apos;s note: %2</source>
        <translation>%1&apos;s note: %2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::CustomerProfilePanel</name>
    <message>
        <source>Filter by order number, product, merchant or status</source>
        <translation>Filter by order number, product, merchant or status</translation>
    </message>
    <message>
        <source>Discuss this order</source>
        <translation>Discuss this order</translation>
    </message>
    <message>
        <source>Make the selected order the one this conversation is about</source>
        <translation>Make the selected order the one this conversation is about</translation>
    </message>
    <message>
        <source>Log complaint</source>
        <translation>Log complaint</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>&amp;Purchases</translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer&apos;s complaints&lt;/b&gt;</source>
        <translation>&lt;b&gt;This customer&apos;s complaints&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No complaints ever.</source>
        <translation>No complaints ever.</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>No earlier conversations: this is the first time they contact us.</source>
        <translation>No earlier conversations: this is the first time they contact us.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>, accepted</source>
        <translation>, accepted</translation>
    </message>
    <message>
        <source>, declined</source>
        <translation>, declined</translation>
    </message>
    <message>
        <source>Complaint on %1: %2 — %3</source>
        <translation>Complaint on %1: %2 — %3</translation>
    </message>
    <message>
        <source>No complaints about this order.</source>
        <translation>No complaints about this order.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>no agent</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s profile…</source>
        <translation>Loading the customer&apos;s profile…</translation>
    </message>
    <message>
        <source>The profile could not be loaded.</source>
        <translation>The profile could not be loaded.</translation>
    </message>
    <message>
        <source>Open a conversation to see the customer here.</source>
        <translation>Open a conversation to see the customer here.</translation>
    </message>
    <message>
        <source>Select an order to see its complaints and conversations.</source>
        <translation>Select an order to see its complaints and conversations.</translation>
    </message>
    <message>
        <source>First purchase still to come.</source>
        <translation>First purchase still to come.</translation>
    </message>
    <message numerus="yes">
        <source>Praised us %n time(s)</source>
        <translation>
            <numerusform>Praised us %n time</numerusform>
            <numerusform>Praised us %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>complained %n time(s)</source>
        <translation>
            <numerusform>complained %n time</numerusform>
            <numerusform>complained %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:#b35c1e&quot;&gt;%2&lt;/span&gt;&lt;br&gt;Customer since %3 · %4 spent · %5 · open complaints: %6&lt;br&gt;Channels: %7&lt;br&gt;%8&lt;br&gt;%9</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:#b35c1e&quot;&gt;%2&lt;/span&gt;&lt;br&gt;Customer since %3 · %4 spent · %5 · open complaints: %6&lt;br&gt;Channels: %7&lt;br&gt;%8&lt;br&gt;%9</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Order under discussion: &lt;b&gt;%1&lt;/b&gt;, %2, %3</source>
        <translation>Order under discussion: &lt;b&gt;%1&lt;/b&gt;, %2, %3</translation>
    </message>
    <message>
        <source>No orders yet: nothing to compare with.</source>
        <translation>No orders yet: nothing to compare with.</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>Merchant: %1</source>
        <translation>Merchant: %1</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>%1 of %2 matching</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>warmline::ui::FeedbackDialog</name>
    <message>
        <source>Feedback from your mentors</source>
        <translation>Feedback from your mentors</translation>
    </message>
    <message>
        <source>&lt;p&gt;No mentor sessions yet. When a trainer mentors you, their review and the moments they marked appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No mentor sessions yet. When a trainer mentors you, their review and the moments they marked appear here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Session with %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Session with %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; / 5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; / 5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Your mentor has not written the review yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Your mentor has not written the review yet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Moments marked&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Moments marked&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>warmline::ui::HandoffBanner</name>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handed over by the bot&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Handed over by the bot&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topic&lt;/b&gt;: %1 (%2% sure)</source>
        <translation>&lt;b&gt;Topic&lt;/b&gt;: %1 (%2% sure)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Known&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Known&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Bot already answered&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Bot already answered&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Summary&lt;/b&gt;: %1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::LibraryDialog</name>
    <message>
        <source>Team library</source>
        <translation>Team library</translation>
    </message>
    <message>
        <source>Winning lines of your team&apos;s contests. Adopt one to get your own copy; change the copy as you like — the library keeps the original.</source>
        <translation>Winning lines of your team&apos;s contests. Adopt one to get your own copy; change the copy as you like — the library keeps the original.</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Adopt and use</source>
        <translation>Adopt and use</translation>
    </message>
    <message>
        <source>The team library is empty. Winning lines appear here once a contest is published.</source>
        <translation>The team library is empty. Winning lines appear here once a contest is published.</translation>
    </message>
</context>
<context>
    <name>warmline::ui::LoginDialog</name>
    <message>
        <source>Sign in to Warmline</source>
        <translation>Sign in to Warmline</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Warmline&lt;/h2&gt;&lt;p&gt;Sign in to start serving customers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Warmline&lt;/h2&gt;&lt;p&gt;Sign in to start serving customers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built-in demo</source>
        <translation>Built-in demo</translation>
    </message>
    <message>
        <source>Choose the built-in demo, or type a server address such as ws://host:8765</source>
        <translation>Choose the built-in demo, or type a server address such as ws://host:8765</translation>
    </message>
    <message>
        <source>Demo accounts: agent1 … agent4, supervisor1, trainer1, admin — password &quot;demo&quot;.</source>
        <translation>Demo accounts: agent1 … agent4, supervisor1, trainer1, admin — password &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address, and that the server is running.</source>
        <translation>Cannot reach %1 (%2). Check the address, and that the server is running.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Starting the built-in demo…</source>
        <translation>Starting the built-in demo…</translation>
    </message>
    <message>
        <source>The built-in demo could not start: %1</source>
        <translation>The built-in demo could not start: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Cannot reach %1: nothing answered. Check the address, and that the server is running.</source>
        <translation>Cannot reach %1: nothing answered. Check the address, and that the server is running.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use the form ws://host:8765 or wss://host, or choose &quot;Built-in demo&quot;.</source>
        <translation>&quot;%1&quot; is not a server address. Use the form ws://host:8765 or wss://host, or choose &quot;Built-in demo&quot;.</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n reply waiting to be sent</numerusform>
            <numerusform>%n replies waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Accept &amp;next waiting</source>
        <translation>Accept &amp;next waiting</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Take the customer who has waited longest (%1)</source>
        <translation>Take the customer who has waited longest (%1)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Mark the conversation as solved (%1)</source>
        <translation>Mark the conversation as solved (%1)</translation>
    </message>
    <message>
        <source>Re&amp;connect now</source>
        <translation>Re&amp;connect now</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Go to my conversations</source>
        <translation>Go to my conversations</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Go to the queue</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Go to the reply box</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>&amp;Workstation</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No conversation open&lt;/p&gt;&lt;p&gt;Pick one of your conversations on the left, or take the customer who has waited longest with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;No conversation open&lt;/p&gt;&lt;p&gt;Pick one of your conversations on the left, or take the customer who has waited longest with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Send the reply (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation>Conversation details</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>Nobody is waiting right now.</translation>
    </message>
    <message>
        <source>Accept the conversation before replying.</source>
        <translation>Accept the conversation before replying.</translation>
    </message>
    <message>
        <source>&lt;b&gt;My conversations&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;My conversations&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Waiting&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Open a conversation to see who you are talking to.</source>
        <translation>Open a conversation to see who you are talking to.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Waiting for %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Customer no. %2&lt;/p&gt;&lt;p&gt;Channel: %3&lt;br&gt;Status: %4&lt;br&gt;Started: %5&lt;br&gt;%6&lt;/p&gt;&lt;p style=&quot;color:gray&quot;&gt;Conversation no. %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Customer no. %2&lt;/p&gt;&lt;p&gt;Channel: %3&lt;br&gt;Status: %4&lt;br&gt;Started: %5&lt;br&gt;%6&lt;/p&gt;&lt;p style=&quot;color:gray&quot;&gt;Conversation no. %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Send with a blank to fill in?</source>
        <translation>Send with a blank to fill in?</translation>
    </message>
    <message>
        <source>The reply still contains %1, which was left for you to fill in. Send it anyway?</source>
        <translation>The reply still contains %1, which was left for you to fill in. Send it anyway?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Fill it in</source>
        <translation>Fill it in</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Go to compensation</source>
        <translation>Go to compensation</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>An agent asks for your approval.</source>
        <translation>An agent asks for your approval.</translation>
    </message>
    <message>
        <source>Go to approvals</source>
        <translation>Go to approvals</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>&amp;Opening lines</source>
        <translation>&amp;Opening lines</translation>
    </message>
    <message>
        <source>&amp;Edit my opening lines…</source>
        <translation>&amp;Edit my opening lines…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Contests</source>
        <translation>&amp;Contests</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>A request still waits for approval</source>
        <translation>A request still waits for approval</translation>
    </message>
    <message>
        <source>%1 for this customer still waits for a supervisor.

If you resolve now, the request stays with the supervisors: if they approve it, it is given and shows in the customer&apos;s history; if they reject it, nothing is given. Tell the customer before you close the conversation.</source>
        <translation>%1 for this customer still waits for a supervisor.

If you resolve now, the request stays with the supervisors: if they approve it, it is given and shows in the customer&apos;s history; if they reject it, nothing is given. Tell the customer before you close the conversation.</translation>
    </message>
    <message>
        <source>&amp;Resolve anyway</source>
        <translation>&amp;Resolve anyway</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;Keep it open</translation>
    </message>
    <message>
        <source>Built-in demo — practice data, no real customers</source>
        <translation>Built-in demo — practice data, no real customers</translation>
    </message>
    <message>
        <source>Supervisors and administrators answer approvals. Your own requests and their answers are in the Compensation panel (Ctrl+4).</source>
        <translation>Supervisors and administrators answer approvals. Your own requests and their answers are in the Compensation panel (Ctrl+4).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reset the layout</source>
        <translation>&amp;Reset the layout</translation>
    </message>
    <message>
        <source>%1 — built-in demo</source>
        <translation>%1 — built-in demo</translation>
    </message>
    <message>
        <source>Not connected since %1. The queue, conversations and panels show how things stood then; replies you send are kept and delivered once the connection is back (Ctrl+Shift+C tries now).</source>
        <translation>Not connected since %1. The queue, conversations and panels show how things stood then; replies you send are kept and delivered once the connection is back (Ctrl+Shift+C tries now).</translation>
    </message>
    <message>
        <source>Passed on to %1 with your note.</source>
        <translation>Passed on to %1 with your note.</translation>
    </message>
    <message>
        <source>Queue &amp;board</source>
        <translation>Queue &amp;board</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Outcomes</translation>
    </message>
    <message>
        <source>My &amp;desk</source>
        <translation>My &amp;desk</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Pass this conversation to a colleague or a queue, with a note (%1)</source>
        <translation>Pass this conversation to a colleague or a queue, with a note (%1)</translation>
    </message>
    <message>
        <source>My &amp;status</source>
        <translation>My &amp;status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why you got this&lt;/b&gt; — from %1, %2:&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Why you got this&lt;/b&gt; — from %1, %2:&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1 started a mentor session with you: they see your conversations.</source>
        <translation>%1 started a mentor session with you: they see your conversations.</translation>
    </message>
    <message>
        <source>Your mentor session has ended.</source>
        <translation>Your mentor session has ended.</translation>
    </message>
    <message>
        <source>%1 whispers: %2</source>
        <translation>%1 whispers: %2</translation>
    </message>
    <message>
        <source>&amp;Mentoring</source>
        <translation>&amp;Mentoring</translation>
    </message>
    <message>
        <source>%1 reviewed your session: Workstation → My mentor feedback (Ctrl+Shift+F).</source>
        <translation>%1 reviewed your session: Workstation → My mentor feedback (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>My mentor &amp;feedback…</source>
        <translation>My mentor &amp;feedback…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation>Case &amp;library</translation>
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
        <translation>%1&apos;s progress</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Warmth</translation>
    </message>
    <message>
        <source>No reviewed session yet</source>
        <translation>No reviewed session yet</translation>
    </message>
    <message numerus="yes">
        <source>Rubric by session (1–5), %n reviewed</source>
        <translation>
            <numerusform>Rubric by session (1–5), %n reviewed</numerusform>
            <numerusform>Rubric by session (1–5), %n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last 30 days (%1 to %2): %n conversation(s) resolved</source>
        <translation>
            <numerusform>Last 30 days (%1 to %2): %n conversation resolved</numerusform>
            <numerusform>Last 30 days (%1 to %2): %n conversations resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, first-contact resolution %1, %n repeat contact(s)</source>
        <translation>
            <numerusform>, first-contact resolution %1, %n repeat contact</numerusform>
            <numerusform>, first-contact resolution %1, %n repeat contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n praised by the customer</source>
        <translation>
            <numerusform>, %n praised by the customer</numerusform>
            <numerusform>, %n praised by the customer</numerusform>
        </translation>
    </message>
    <message>
        <source>, customers waited %1 s on average</source>
        <translation>, customers waited %1 s on average</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Mentors&apos; notes and bookmarks</source>
        <translation>Mentors&apos; notes and bookmarks</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · marked “%2”</source>
        <translation>%1 · marked “%2”</translation>
    </message>
    <message>
        <source>%1 · marked “%2” — %3</source>
        <translation>%1 · marked “%2” — %3</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation>No notes or bookmarks yet.</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MentorBar</name>
    <message>
        <source>Whispers from your mentor</source>
        <translation>Whispers from your mentor</translation>
    </message>
    <message>
        <source>Mentored by %1 — they see your conversations. Whispers here are for you only, never the customer.</source>
        <translation>Mentored by %1 — they see your conversations. Whispers here are for you only, never the customer.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: “%1”.</source>
        <translation>: “%1”.</translation>
    </message>
    <message>
        <source>Your mentor</source>
        <translation>Your mentor</translation>
    </message>
    <message>
        <source>Your reply waits for %1&apos;s approval; it is not sent yet.</source>
        <translation>Your reply waits for %1&apos;s approval; it is not sent yet.</translation>
    </message>
    <message>
        <source>%1 edited and sent your reply%2</source>
        <translation>%1 edited and sent your reply%2</translation>
    </message>
    <message>
        <source>%1 approved your reply; it is sent.</source>
        <translation>%1 approved your reply; it is sent.</translation>
    </message>
    <message>
        <source>Your reply was not sent: the session ended before approval. It is back in your reply box.</source>
        <translation>Your reply was not sent: the session ended before approval. It is back in your reply box.</translation>
    </message>
    <message>
        <source>%1 gave your reply back%2 It is back in your reply box.</source>
        <translation>%1 gave your reply back%2 It is back in your reply box.</translation>
    </message>
    <message>
        <source>Your replies wait for their approval before they are sent.</source>
        <translation>Your replies wait for their approval before they are sent.</translation>
    </message>
    <message>
        <source>Every compensation goes to approval in this session.</source>
        <translation>Every compensation goes to approval in this session.</translation>
    </message>
    <message>
        <source>Your per-case compensation limit is %1 in this session.</source>
        <translation>Your per-case compensation limit is %1 in this session.</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MentorReviewDialog</name>
    <message>
        <source>Review the session with %1</source>
        <translation>Review the session with %1</translation>
    </message>
    <message>
        <source>%1 reads this with the moments you marked. 1 is &quot;not yet&quot;, 5 is &quot;a model for others&quot;.</source>
        <translation>%1 reads this with the moments you marked. 1 is &quot;not yet&quot;, 5 is &quot;a model for others&quot;.</translation>
    </message>
    <message>
        <source>&amp;Empathy</source>
        <translation>&amp;Empathy</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>&amp;Ownership</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>&amp;Warmth</source>
        <translation>&amp;Warmth</translation>
    </message>
    <message>
        <source>What went well, and one thing to try next time</source>
        <translation>What went well, and one thing to try next time</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>Send review</translation>
    </message>
    <message>
        <source>Send review (Ctrl+Enter)</source>
        <translation>Send review (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MentoringPanel</name>
    <message>
        <source>Choose an agent of your teams and start a session: they are told at once, and you see their conversations as they happen.</source>
        <translation>Choose an agent of your teams and start a session: they are told at once, and you see their conversations as they happen.</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Start session</translation>
    </message>
    <message>
        <source>The agent is told you are watching and sees your whispers</source>
        <translation>The agent is told you are watching and sees your whispers</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;End session</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read presence and sessions again (F5)</source>
        <translation>Read presence and sessions again (F5)</translation>
    </message>
    <message>
        <source>Their &amp;conversations</source>
        <translation>Their &amp;conversations</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Shadowing</translation>
    </message>
    <message>
        <source>Your whispers</source>
        <translation>Your whispers</translation>
    </message>
    <message>
        <source>Whisper advice — only the agent sees it (Ctrl+Enter)</source>
        <translation>Whisper advice — only the agent sees it (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Whisper</translation>
    </message>
    <message>
        <source>Send to the agent only (Ctrl+Enter)</source>
        <translation>Send to the agent only (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Session with %1 started: they have been told. Pick one of their conversations to shadow it.</source>
        <translation>Session with %1 started: they have been told. Pick one of their conversations to shadow it.</translation>
    </message>
    <message>
        <source>Session with %1 ended.</source>
        <translation>Session with %1 ended.</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;conversations</source>
        <translation>%1&apos;s &amp;conversations</translation>
    </message>
    <message>
        <source>Shadowing %1 — read-only</source>
        <translation>Shadowing %1 — read-only</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <source>The rubric and notes for the session you ended last</source>
        <translation>The rubric and notes for the session you ended last</translation>
    </message>
    <message>
        <source>Why this moment? (optional)</source>
        <translation>Why this moment? (optional)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Bookmark</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Mark the selected message for the review (Ctrl+B)</source>
        <translation>Mark the selected message for the review (Ctrl+B)</translation>
    </message>
    <message>
        <source>Marked “%1” for the review.</source>
        <translation>Marked “%1” for the review.</translation>
    </message>
    <message>
        <source>Review sent: %1 can read it now.</source>
        <translation>Review sent: %1 can read it now.</translation>
    </message>
    <message>
        <source>Trainee profile for this session</source>
        <translation>Trainee profile for this session</translation>
    </message>
    <message>
        <source>Lapses when the session ends</source>
        <translation>Lapses when the session ends</translation>
    </message>
    <message>
        <source>Approve replies before they are sent</source>
        <translation>Approve replies before they are sent</translation>
    </message>
    <message>
        <source>Every compensation needs approval</source>
        <translation>Every compensation needs approval</translation>
    </message>
    <message>
        <source>Per-case limit:</source>
        <translation>Per-case limit:</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Only lowers the agent&apos;s own limit, never raises it</source>
        <translation>Only lowers the agent&apos;s own limit, never raises it</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>Waiting for your approval</translation>
    </message>
    <message>
        <source>The reply as it will be sent — edit it before approving if needed</source>
        <translation>The reply as it will be sent — edit it before approving if needed</translation>
    </message>
    <message>
        <source>A word for the agent (optional; say what to change when returning)</source>
        <translation>A word for the agent (optional; say what to change when returning)</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>Approve and send</translation>
    </message>
    <message>
        <source>Send the reply to the customer as shown (F8)</source>
        <translation>Send the reply to the customer as shown (F8)</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>Nothing is sent; the reply goes back to the agent&apos;s reply box (Shift+F8)</source>
        <translation>Nothing is sent; the reply goes back to the agent&apos;s reply box (Shift+F8)</translation>
    </message>
    <message>
        <source>Waiting for your approval (%1)</source>
        <translation>Waiting for your approval (%1)</translation>
    </message>
    <message>
        <source>Sent %1&apos;s reply to the customer.</source>
        <translation>Sent %1&apos;s reply to the customer.</translation>
    </message>
    <message>
        <source>Gave the reply back to %1.</source>
        <translation>Gave the reply back to %1.</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progress…</translation>
    </message>
    <message>
        <source>The agent&apos;s rubric over time, mentors&apos; notes and recent outcomes</source>
        <translation>The agent&apos;s rubric over time, mentors&apos; notes and recent outcomes</translation>
    </message>
    <message>
        <source>Make it a &amp;case…</source>
        <translation>Make it a &amp;case…</translation>
    </message>
    <message>
        <source>Add this conversation to the case library once you bookmarked a moment of it, or once it is resolved</source>
        <translation>Add this conversation to the case library once you bookmarked a moment of it, or once it is resolved</translation>
    </message>
    <message>
        <source>Re&amp;play…</source>
        <translation>Re&amp;play…</translation>
    </message>
    <message>
        <source>Review mode: step through this conversation — messages, suggestions, compensation, approvals and whispers</source>
        <translation>Review mode: step through this conversation — messages, suggestions, compensation, approvals and whispers</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MessageDelegate</name>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 · %2 · sending…</source>
        <translation>%1 · %2 · sending…</translation>
    </message>
    <message>
        <source>%1 · not delivered: %2</source>
        <translation>%1 · not delivered: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · waiting for your mentor&apos;s approval — not sent yet</source>
        <translation>%1 · %2 · waiting for your mentor&apos;s approval — not sent yet</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MetricsPanel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>Choose days…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Count the figures again (%1)</source>
        <translation>Count the figures again (%1)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose the days again.</source>
        <translation>The last day is before the first day. Choose the days again.</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>All my teams</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Press Refresh to count the figures.</source>
        <translation>Press Refresh to count the figures.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>Nothing happened in this period yet: no conversation, wait or compensation. Choose a longer period or another team.</source>
        <translation>Nothing happened in this period yet: no conversation, wait or compensation. Choose a longer period or another team.</translation>
    </message>
    <message>
        <source>The figures could not be counted: %1 Press Refresh to try again.</source>
        <translation>The figures could not be counted: %1 Press Refresh to try again.</translation>
    </message>
    <message>
        <source>Figures for %1. Loops and repeats should be 0; definitions in the manual.</source>
        <translation>Figures for %1. Loops and repeats should be 0; definitions in the manual.</translation>
    </message>
    <message>
        <source>Figures for %1 – %2. Loops and repeats should be 0; definitions in the manual.</source>
        <translation>Figures for %1 – %2. Loops and repeats should be 0; definitions in the manual.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Praised</source>
        <translation>Praised</translation>
    </message>
    <message>
        <source>Came back within 7 days</source>
        <translation>Came back within 7 days</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Could not write %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Export metrics</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>warmline::ui::OfferBar</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Let routing offer this customer to a colleague</source>
        <translation>Let routing offer this customer to a colleague</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is offered to you · %2 · waiting %3 — %4 left to take it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is offered to you · %2 · waiting %3 — %4 left to take it</translation>
    </message>
</context>
<context>
    <name>warmline::ui::OpeningLineEditor</name>
    <message>
        <source>Opening lines</source>
        <translation>Opening lines</translation>
    </message>
    <message>
        <source>Your lines</source>
        <translation>Your lines</translation>
    </message>
    <message>
        <source>New chat line</source>
        <translation>New chat line</translation>
    </message>
    <message>
        <source>New phone script</source>
        <translation>New phone script</translation>
    </message>
    <message>
        <source>Import from library…</source>
        <translation>Import from library…</translation>
    </message>
    <message>
        <source>A name only you see, e.g. “Afternoon, with the order”</source>
        <translation>A name only you see, e.g. “Afternoon, with the order”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Used in</translation>
    </message>
    <message>
        <source>{greeting}，{customer_name|朋友}！[您的{latest_product}用得还顺手吗？]</source>
        <translation>{greeting}, {customer_name|there}! [How are you getting on with your {latest_product}?]</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save as a new version (%1)</source>
        <translation>Save as a new version (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation>Put this version in the editor</translation>
    </message>
    <message>
        <source>New customer, no orders yet</source>
        <translation>New customer, no orders yet</translation>
    </message>
    <message>
        <source>VIP customer, air fryer delivered yesterday</source>
        <translation>VIP customer, air fryer delivered yesterday</translation>
    </message>
    <message>
        <source>Gold member at the Mid-Autumn Festival (%1, 10:30)</source>
        <translation>Gold member at the Mid-Autumn Festival (%1, 10:30)</translation>
    </message>
    <message>
        <source>Save the line to start counting how customers respond to it.</source>
        <translation>Save the line to start counting how customers respond to it.</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Stop using it</translation>
    </message>
    <message>
        <source>Phone calls (a script you read out)</source>
        <translation>Phone calls (a script you read out)</translation>
    </message>
    <message>
        <source>Chat: web, app, WeChat and SMS</source>
        <translation>Chat: web, app, WeChat and SMS</translation>
    </message>
    <message>
        <source>Write your line, then save it.</source>
        <translation>Write your line, then save it.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This line has changes that are not saved. Discard them?</source>
        <translation>This line has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>at character %1</source>
        <translation>at character %1</translation>
    </message>
    <message>
        <source>fix the errors above first</source>
        <translation>fix the errors above first</translation>
    </message>
    <message>
        <source>no value for %1 — Warmline offers your next line of this kind instead</source>
        <translation>no value for %1 — Warmline offers your next line of this kind instead</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>nothing to say</source>
        <translation>nothing to say</translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <translation>not usable: %1</translation>
    </message>
    <message>
        <source>Write a line above to see it for the customer on screen and three sample customers.</source>
        <translation>Write a line above to see it for the customer on screen and three sample customers.</translation>
    </message>
    <message>
        <source>Customer on screen: %1</source>
        <translation>Customer on screen: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No conversation open — open one to see the line for that customer.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No conversation open — open one to see the line for that customer.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Write the line first.</source>
        <translation>Write the line first.</translation>
    </message>
    <message>
        <source>Fix the errors marked in red, then save.</source>
        <translation>Fix the errors marked in red, then save.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>In use: it goes into the reply box when you accept a conversation.</source>
        <translation>In use: it goes into the reply box when you accept a conversation.</translation>
    </message>
    <message>
        <source>Not in use any more. Conversations start with an empty reply box.</source>
        <translation>Not in use any more. Conversations start with an empty reply box.</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>Delete “%1”? Its numbers stay in contests it took part in.</source>
        <translation>Delete “%1”? Its numbers stay in contests it took part in.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>That version is in the editor. Save to make it the current version again.</source>
        <translation>That version is in the editor. Save to make it the current version again.</translation>
    </message>
    <message>
        <source>Adopted. It is your own copy now: change it as you like.</source>
        <translation>Adopted. It is your own copy now: change it as you like.</translation>
    </message>
    <message>
        <source>Type { for the list of variables (Ctrl+Space shows it again). When a value may be missing, give a fallback after |, e.g. {customer_name|there}; [ … ] shows a part only when its values are known.</source>
        <translation>Type { for the list of variables (Ctrl+Space shows it again). When a value may be missing, give a fallback after |, e.g. {customer_name|there}; [ … ] shows a part only when its values are known.</translation>
    </message>
    <message>
        <source>Use for phone calls with %1</source>
        <translation>Use for phone calls with %1</translation>
    </message>
    <message>
        <source>Use for chats with %1</source>
        <translation>Use for chats with %1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::PresenceSelector</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Your status: customers are offered to you only while you are available</source>
        <translation>Your status: customers are offered to you only while you are available</translation>
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
        <translation>Add to the case library</translation>
    </message>
    <message>
        <source>Write up what happened so others can learn from it. The transcript goes with the case; the customer&apos;s name, phone numbers, addresses and order numbers are masked for everyone who reads it.</source>
        <translation>Write up what happened so others can learn from it. The transcript goes with the case; the customer&apos;s name, phone numbers, addresses and order numbers are masked for everyone who reads it.</translation>
    </message>
    <message>
        <source>Choose a finished or bookmarked conversation</source>
        <translation>Choose a finished or bookmarked conversation</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>One line others will recognise</source>
        <translation>One line others will recognise</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Story</translation>
    </message>
    <message>
        <source>What was done outside the standard process</source>
        <translation>What was done outside the standard process</translation>
    </message>
    <message>
        <source>&amp;Non-standard</source>
        <translation>&amp;Non-standard</translation>
    </message>
    <message>
        <source>How it ended for the customer</source>
        <translation>How it ended for the customer</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>What others can take from it</source>
        <translation>What others can take from it</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>late_delivery, 老人关怀 — up to %1</source>
        <translation>late_delivery, 老人关怀 — up to %1</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>Transcript as the case will carry it</source>
        <translation>Transcript as the case will carry it</translation>
    </message>
    <message>
        <source>Choose a conversation to see its transcript, masked.</source>
        <translation>Choose a conversation to see its transcript, masked.</translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation>Add to library</translation>
    </message>
    <message numerus="yes">
        <source>Served by %1 · %n moment(s) bookmarked</source>
        <translation>
            <numerusform>Served by %1 · %n moment bookmarked</numerusform>
            <numerusform>Served by %1 · %n moments bookmarked</numerusform>
        </translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Served by %1</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adding…</translation>
    </message>
</context>
<context>
    <name>warmline::ui::QueueBoard</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Customer, summary or agent (Ctrl+F)</source>
        <translation>Customer, summary or agent (Ctrl+F)</translation>
    </message>
    <message>
        <source>Waiting and active</source>
        <translation>Waiting and active</translation>
    </message>
    <message>
        <source>Waiting only</source>
        <translation>Waiting only</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Any waiting time</source>
        <translation>Any waiting time</translation>
    </message>
    <message>
        <source>Waiting long or over</source>
        <translation>Waiting long or over</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Queues&lt;/b&gt; — drag a conversation onto an agent, or press the Menu key</source>
        <translation>&lt;b&gt;&amp;Queues&lt;/b&gt; — drag a conversation onto an agent, or press the Menu key</translation>
    </message>
    <message>
        <source>Choose a conversation on the board first, then the agent.</source>
        <translation>Choose a conversation on the board first, then the agent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Agents&lt;/b&gt; — Enter assigns the chosen conversation</source>
        <translation>&lt;b&gt;&amp;Agents&lt;/b&gt; — Enter assigns the chosen conversation</translation>
    </message>
    <message>
        <source>%1 now has %2&apos;s conversation and reads your note first.</source>
        <translation>%1 now has %2&apos;s conversation and reads your note first.</translation>
    </message>
    <message>
        <source>Moved. Whoever takes it reads your note first.</source>
        <translation>Moved. Whoever takes it reads your note first.</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters. Clear them to see every conversation.</source>
        <translation>Nothing matches the search and filters. Clear them to see every conversation.</translation>
    </message>
    <message>
        <source>No conversation is waiting or in progress in your teams&apos; queues.</source>
        <translation>No conversation is waiting or in progress in your teams&apos; queues.</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Assign to</translation>
    </message>
    <message>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <source>Nobody else on your teams&apos; roster</source>
        <translation>Nobody else on your teams&apos; roster</translation>
    </message>
    <message>
        <source>&amp;Move to queue</source>
        <translation>&amp;Move to queue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No other queue</source>
        <translation>No other queue</translation>
    </message>
    <message>
        <source>&amp;Watch live</source>
        <translation>&amp;Watch live</translation>
    </message>
    <message>
        <source>%1 already has this conversation.</source>
        <translation>%1 already has this conversation.</translation>
    </message>
    <message>
        <source>Give %1&apos;s conversation to %2</source>
        <translation>Give %1&apos;s conversation to %2</translation>
    </message>
    <message>
        <source>Move %1&apos;s conversation to %2</source>
        <translation>Move %1&apos;s conversation to %2</translation>
    </message>
</context>
<context>
    <name>warmline::ui::ReviewReplayDialog</name>
    <message>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <source>sent as it was</source>
        <translation>sent as it was</translation>
    </message>
    <message>
        <source>edited, then sent</source>
        <translation>edited, then sent</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>in effect</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>offered to the customer</source>
        <translation>offered to the customer</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>switched</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 a suggestion (%3)</source>
        <translation>%1 %2 a suggestion (%3)</translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4</source>
        <translation>%1 %2 %3 — %4</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1&apos;s reply waited for approval: %2</source>
        <translation>%1&apos;s reply waited for approval: %2</translation>
    </message>
    <message>
        <source>%1 approved and sent: %2</source>
        <translation>%1 approved and sent: %2</translation>
    </message>
    <message>
        <source>%1 gave the reply back</source>
        <translation>%1 gave the reply back</translation>
    </message>
    <message>
        <source>%1 gave the reply back: %2</source>
        <translation>%1 gave the reply back: %2</translation>
    </message>
    <message>
        <source>%1 whispered: %2</source>
        <translation>%1 whispered: %2</translation>
    </message>
    <message>
        <source>Review: conversation with %1</source>
        <translation>Review: conversation with %1</translation>
    </message>
    <message>
        <source>Step through what happened: Left and Right step, Space plays, Home and End jump.</source>
        <translation>Step through what happened: Left and Right step, Space plays, Home and End jump.</translation>
    </message>
    <message>
        <source>+%1:%2  %3</source>
        <translation>+%1:%2  %3</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Replay position</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Nothing happened in this conversation yet.</source>
        <translation>Nothing happened in this conversation yet.</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>asked for approval of</source>
        <translation>asked for approval of</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>the customer chose</source>
        <translation>the customer chose</translation>
    </message>
    <message>
        <source>the customer switched to</source>
        <translation>the customer switched to</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
</context>
<context>
    <name>warmline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Warmline starts.</source>
        <translation>A new language takes effect the next time Warmline starts.</translation>
    </message>
</context>
<context>
    <name>warmline::ui::StatisticsCard</name>
    <message>
        <source>No complaints ever.</source>
        <translation>No complaints ever.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complaints by category&lt;/b&gt;</source>
        <translation>&lt;b&gt;Complaints by category&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No accepted resolutions yet.</source>
        <translation>No accepted resolutions yet.</translation>
    </message>
    <message>
        <source>most accepted</source>
        <translation>most accepted</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolutions customers accepted&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resolutions customers accepted&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No praise recorded yet.</source>
        <translation>No praise recorded yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What customers praised&lt;/b&gt;</source>
        <translation>&lt;b&gt;What customers praised&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 units sold · %2 complaints (%3 of orders) · %4 praise</source>
        <translation>%1 units sold · %2 complaints (%3 of orders) · %4 praise</translation>
    </message>
    <message>
        <source>tied for most accepted</source>
        <translation>tied for most accepted</translation>
    </message>
</context>
<context>
    <name>warmline::ui::SuggestionsPanel</name>
    <message>
        <source>reply template</source>
        <translation>reply template</translation>
    </message>
    <message>
        <source>knowledge-base article</source>
        <translation>knowledge-base article</translation>
    </message>
    <message>
        <source>past reply</source>
        <translation>past reply</translation>
    </message>
    <message>
        <source>Preparing reply suggestions…</source>
        <translation>Preparing reply suggestions…</translation>
    </message>
    <message>
        <source>Reply suggestions are unavailable (%1). Replies can still be written as usual.</source>
        <translation>Reply suggestions are unavailable (%1). Replies can still be written as usual.</translation>
    </message>
    <message>
        <source>Suggestions appear here when the customer writes.</source>
        <translation>Suggestions appear here when the customer writes.</translation>
    </message>
    <message>
        <source>Suggestions for the customer&apos;s latest message. Alt+1, Alt+2 or Alt+3 puts one into the reply box for editing.</source>
        <translation>Suggestions for the customer&apos;s latest message. Alt+1, Alt+2 or Alt+3 puts one into the reply box for editing.</translation>
    </message>
    <message>
        <source>The message reads like &quot;%1&quot; (%2% sure).</source>
        <translation>The message reads like &quot;%1&quot; (%2% sure).</translation>
    </message>
    <message>
        <source>A knowledge-base article on &quot;%1&quot; matches the message&apos;s words.</source>
        <translation>A knowledge-base article on &quot;%1&quot; matches the message&apos;s words.</translation>
    </message>
    <message>
        <source>An agent sent this in conversation %1, which began with a similar message (%2% word overlap).</source>
        <translation>An agent sent this in conversation %1, which began with a similar message (%2% word overlap).</translation>
    </message>
    <message>
        <source>Agents&apos; reception of this template: %1 of 100.</source>
        <translation>Agents&apos; reception of this template: %1 of 100.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1.</source>
        <translation>Not known yet, marked in the text: %1.</translation>
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
        <translation>&lt;a href=&quot;#newer&quot;&gt;Newer suggestions&lt;/a&gt; for the customer&apos;s latest message are ready: Alt+0 shows them. The cards below stay as they are until then.</translation>
    </message>
    <message>
        <source>Related case: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Related case: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>warmline::ui::TimelineDelegate</name>
    <message>
        <source>compensation given %1</source>
        <translation>compensation given %1</translation>
    </message>
</context>
<context>
    <name>warmline::ui::TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>Pass %1 to a colleague or a queue. They read your note first and see the whole conversation, so the customer never has to repeat anything.</source>
        <translation>Pass %1 to a colleague or a queue. They read your note first and see the whole conversation, so the customer never has to repeat anything.</translation>
    </message>
    <message>
        <source>Loading colleagues and queues…</source>
        <translation>Loading colleagues and queues…</translation>
    </message>
    <message>
        <source>&amp;Why are you passing this on?</source>
        <translation>&amp;Why are you passing this on?</translation>
    </message>
    <message>
        <source>For example: refund approved, the returns team books the pickup</source>
        <translation>For example: refund approved, the returns team books the pickup</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer (Ctrl+Enter)</source>
        <translation>Transfer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Could not load colleagues. Close this and try again when you are back online.</source>
        <translation>Could not load colleagues. Close this and try again when you are back online.</translation>
    </message>
    <message>
        <source>Choose who takes over:</source>
        <translation>Choose who takes over:</translation>
    </message>
    <message>
        <source>Nobody else can take this conversation right now.</source>
        <translation>Nobody else can take this conversation right now.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
</TS>
