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
        <source>You are offline. Wait until the status bar shows "Live", then try again.</source>
        <translation>You are offline. Wait until the status bar shows "Live", then try again.</translation>
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
    <name>warmline::sync::ServerConnection</name>
    <message>
        <source>The server does not speak %1.</source>
        <translation>The server does not speak %1.</translation>
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
        <source>&lt;b&gt;This customer's complaints&lt;/b&gt;</source>
        <translation>&lt;b&gt;This customer's complaints&lt;/b&gt;</translation>
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
        <source>Loading the customer's profile…</source>
        <translation>Loading the customer's profile…</translation>
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
        <source>&lt;b style="font-size:large"&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style="color:#b35c1e"&gt;%2&lt;/span&gt;&lt;br&gt;Customer since %3 · %4 spent · %5 · open complaints: %6&lt;br&gt;Channels: %7&lt;br&gt;%8&lt;br&gt;%9</source>
        <translation>&lt;b style="font-size:large"&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style="color:#b35c1e"&gt;%2&lt;/span&gt;&lt;br&gt;Customer since %3 · %4 spent · %5 · open complaints: %6&lt;br&gt;Channels: %7&lt;br&gt;%8&lt;br&gt;%9</translation>
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
        <source>Demo accounts: agent1 … agent4, supervisor1, trainer1, admin — password "demo".</source>
        <translation>Demo accounts: agent1 … agent4, supervisor1, trainer1, admin — password "demo".</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
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
        <source>"%1" is not a server address. Use the form ws://host:8765 or wss://host.</source>
        <translation>"%1" is not a server address. Use the form ws://host:8765 or wss://host.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
</context>
<context>
    <name>warmline::ui::MainWindow</name>
    <message>
        <source>Warmline — %1</source>
        <translation>Warmline — %1</translation>
    </message>
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
        <source>&lt;p style="font-size:large"&gt;No conversation open&lt;/p&gt;&lt;p&gt;Pick one of your conversations on the left, or take the customer who has waited longest with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style="font-size:large"&gt;No conversation open&lt;/p&gt;&lt;p&gt;Pick one of your conversations on the left, or take the customer who has waited longest with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
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
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Customer no. %2&lt;/p&gt;&lt;p&gt;Channel: %3&lt;br&gt;Status: %4&lt;br&gt;Started: %5&lt;br&gt;%6&lt;/p&gt;&lt;p style="color:gray"&gt;Conversation no. %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Customer no. %2&lt;/p&gt;&lt;p&gt;Channel: %3&lt;br&gt;Status: %4&lt;br&gt;Started: %5&lt;br&gt;%6&lt;/p&gt;&lt;p style="color:gray"&gt;Conversation no. %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
</context>
</TS>
