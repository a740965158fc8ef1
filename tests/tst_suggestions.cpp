// The reply assistant's engine: slot filling (missing facts stay visible), suggestion ranking and
// how agents' feedback changes it, and the bot's turn decisions. Real knowledge base, real model.

#include "assist/replyengine.h"

#include <QTest>

using namespace warmline;
using namespace warmline::assist;

class TestSuggestions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fillsSlotsAndMarksMissingOnes_data();
    void fillsSlotsAndMarksMissingOnes();
    void slotValuesLeaveOutUnknownFacts();
    void replyLanguageFollowsTheCustomer();
    void suggestsThreeFromDifferentSourcesWithConfidence();
    void missingOrderStaysVisibleInSuggestions();
    void rankingChangesAfterFeedback();
    void feedbackWeightIsSmoothed();
    void botAnswersOnlyWhatItCanFillCompletely();
    void botHandsOverWhatNeedsAPerson();
    void botClosesOnThanksAfterAnAnswer();

private:
    std::shared_ptr<const ReplyEngine> m_engine;
};

void TestSuggestions::initTestCase()
{
    QString error;
    auto knowledgeBase = KnowledgeBase::load(KnowledgeBase::defaultPath(), &error);
    QVERIFY2(knowledgeBase, qPrintable(error));
    TrainOptions options;
    options.threads = 1; // deterministic
    m_engine = ReplyEngine::build(*knowledgeBase, {}, &error, options);
    QVERIFY2(m_engine, qPrintable(error));
}

void TestSuggestions::fillsSlotsAndMarksMissingOnes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("all known zh") << QStringLiteral("{customer_name}您好，订单{order_number}已发货")
                                  << QStringLiteral("zh_CN") << QStringLiteral("王芳您好，订单WL123已发货")
                                  << QStringList();
    QTest::newRow("order missing zh")
        << QStringLiteral("{customer_name}，您的{product}（订单{order_number}）") << QStringLiteral("zh_CN")
        << QStringLiteral("王芳，您的【商品名称】（订单WL123）") << QStringList{QStringLiteral("product")};
    QTest::newRow("two missing en, repeated")
        << QStringLiteral("Hi {customer_name}, {delivery_date} for {product}; {product} again")
        << QStringLiteral("en") << QStringLiteral("Hi 王芳, [delivery date] for [product]; [product] again")
        << QStringList{QStringLiteral("delivery_date"), QStringLiteral("product")};
    QTest::newRow("no slots") << QStringLiteral("Thanks!") << QStringLiteral("en")
                              << QStringLiteral("Thanks!") << QStringList();
    QTest::newRow("blank value counts as missing")
        << QStringLiteral("{merchant}") << QStringLiteral("en") << QStringLiteral("[merchant]")
        << QStringList{QStringLiteral("merchant")};
}

void TestSuggestions::fillsSlotsAndMarksMissingOnes()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    const SlotValues values{{QStringLiteral("customer_name"), QStringLiteral("王芳")},
                            {QStringLiteral("order_number"), QStringLiteral("WL123")},
                            {QStringLiteral("merchant"), QStringLiteral("   ")}};
    const FilledText filled = fillTemplate(text, values, locale);
    QCOMPARE(filled.text, expected);
    QCOMPARE(filled.missingSlots, missing);
    QCOMPARE(firstSlotMarker(filled.text),
             missing.isEmpty() ? QString() : slotMarker(missing.constFirst(), locale));
}

void TestSuggestions::slotValuesLeaveOutUnknownFacts()
{
    core::CustomerHeader customer;
    customer.name = QStringLiteral("Li Lei");
    core::OrderRow order;
    order.orderNo = QStringLiteral("WL2024061500000001");
    order.productName = QStringLiteral("Robot Vacuum");
    order.orderedAtMs = 1718409600000; // 2024-06-15 08:00 China time
    order.amount = core::Money::fromMinor(129900);
    order.status = QStringLiteral("shipped");
    // Not delivered yet, no merchant name: those slots must not be filled with anything.
    SlotValues values = slotValuesFor(&customer, &order, QStringLiteral("Zhou"), QStringLiteral("en"));
    QCOMPARE(values.value(QStringLiteral("customer_name")), QStringLiteral("Li Lei"));
    QCOMPARE(values.value(QStringLiteral("order_date")), QStringLiteral("15 June 2024"));
    QCOMPARE(values.value(QStringLiteral("order_amount")), QStringLiteral("¥1,299.00"));
    QCOMPARE(values.value(QStringLiteral("order_status")), QStringLiteral("shipped"));
    QCOMPARE(values.value(QStringLiteral("agent_name")), QStringLiteral("Zhou"));
    QVERIFY(!values.contains(QStringLiteral("delivery_date")));
    QVERIFY(!values.contains(QStringLiteral("merchant")));

    values = slotValuesFor(&customer, &order, {}, QStringLiteral("zh_CN"));
    QCOMPARE(values.value(QStringLiteral("order_date")), QStringLiteral("2024年6月15日"));
    QCOMPARE(values.value(QStringLiteral("order_status")), QStringLiteral("已发货"));
    QVERIFY(!values.contains(QStringLiteral("agent_name")));

    values = slotValuesFor(nullptr, nullptr, {}, QStringLiteral("en"));
    QVERIFY(values.isEmpty());
}

void TestSuggestions::replyLanguageFollowsTheCustomer()
{
    QCOMPARE(replyLocale(u"我的快递到哪了", QStringLiteral("en")), QStringLiteral("zh_CN"));
    QCOMPARE(replyLocale(u"where is my parcel", QStringLiteral("zh_CN")), QStringLiteral("en"));
    QCOMPARE(replyLocale(u"WL2024061500000001 ?", QStringLiteral("zh_CN")), QStringLiteral("en"));
}

void TestSuggestions::suggestsThreeFromDifferentSourcesWithConfidence()
{
    SuggestionQuery query;
    query.message = QStringLiteral("我想退货，七天无理由可以吗");
    query.locale = QStringLiteral("zh_CN");
    query.pastReplies.append(
        {42, QStringLiteral("我想退货，七天无理由还可以吗"), QStringLiteral("可以的，我已经为您登记退货。")});
    const QList<Suggestion> suggestions = m_engine->suggest(query);
    QCOMPARE(suggestions.size(), 3);
    QCOMPARE(suggestions.first().intent, QStringLiteral("return_request"));
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        QVERIFY(suggestions[i].confidence > 0 && suggestions[i].confidence <= 1);
        QVERIFY(!suggestions[i].text.isEmpty());
        if (i > 0)
            QVERIFY(suggestions[i - 1].score >= suggestions[i].score);
    }
    bool pastReply = false;
    for (const Suggestion &suggestion : suggestions) {
        if (suggestion.source == SuggestionSource::PastReply) {
            pastReply = true;
            QCOMPARE(suggestion.pastConversationId, 42);
        }
    }
    QVERIFY2(pastReply, "a near-identical past question brings its reply");
}

void TestSuggestions::missingOrderStaysVisibleInSuggestions()
{
    SuggestionQuery query;
    query.message = QStringLiteral("where is my order? it still hasn't arrived");
    query.locale = QStringLiteral("en");
    query.slotValues = {{QStringLiteral("customer_name"), QStringLiteral("Ann")}};
    const QList<Suggestion> suggestions = m_engine->suggest(query);
    QVERIFY(!suggestions.isEmpty());
    const Suggestion &top = suggestions.first();
    // Whatever the template needs about the order is unknown here, and each gap is marked.
    QVERIFY2(!top.missingSlots.isEmpty(), qPrintable(top.text));
    for (const QString &slot : top.missingSlots) {
        QVERIFY(slot != QLatin1StringView("customer_name"));
        QVERIFY2(top.text.contains(slotMarker(slot, QStringLiteral("en"))), qPrintable(top.text));
    }
    QVERIFY(top.text.contains(QStringLiteral("Ann")) ||
            !top.text.contains(QStringLiteral("[customer name]")));
    QVERIFY(!top.text.contains(QLatin1Char('{')));
}

void TestSuggestions::rankingChangesAfterFeedback()
{
    SuggestionQuery query;
    query.message = QStringLiteral("which payment methods can I use");
    query.locale = QStringLiteral("en");
    query.count = 3;
    QList<Suggestion> before = m_engine->suggest(query);
    QVERIFY(before.size() >= 2);
    QCOMPARE(before[0].intent, QStringLiteral("payment_methods"));
    QCOMPARE(before[1].intent, QStringLiteral("payment_methods"));
    const QString first = before[0].templateId;
    const QString second = before[1].templateId;

    // Agents keep sending the second template and ignoring the first.
    query.feedback.insert(second, TemplateFeedback{0, 6, 1, 0});
    query.feedback.insert(first, TemplateFeedback{0, 0, 0, 6});
    const QList<Suggestion> after = m_engine->suggest(query);
    QCOMPARE(after[0].templateId, second);
    QVERIFY(after[0].feedbackWeight > 0.8);
    int firstAt = -1;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after[i].templateId == first)
            firstAt = int(i);
    }
    QVERIFY2(firstAt != 0, "the ignored template is no longer first");
}

void TestSuggestions::feedbackWeightIsSmoothed()
{
    QCOMPARE(templateWeight({}), 0.5);
    QVERIFY(templateWeight({0, 1, 0, 0}) > 0.5);
    QVERIFY(templateWeight({0, 1, 0, 0}) < 1.0);
    QVERIFY(templateWeight({0, 0, 0, 1}) < 0.5);
    QVERIFY(templateWeight({0, 0, 0, 1}) > 0.0);
    // An edited send is half good, half bad; a plain insert says nothing yet.
    QCOMPARE(templateWeight({0, 0, 2, 0}), 0.5);
    QCOMPARE(templateWeight({5, 0, 0, 0}), 0.5);
}

void TestSuggestions::botAnswersOnlyWhatItCanFillCompletely()
{
    BotTurn turn;
    turn.message = QStringLiteral("where is my parcel? can you track it");
    turn.locale = QStringLiteral("en");
    turn.slotValues = {{QStringLiteral("customer_name"), QStringLiteral("Ann")}};
    // Delivery status needs the order's facts: without an order the bot never sends a blank.
    BotDecision decision = decideBotTurn(*m_engine, turn);
    QCOMPARE(decision.best.label, QStringLiteral("delivery_status"));
    QCOMPARE(decision.action, BotDecision::Action::HandOff);
    QCOMPARE(decision.reason, QStringLiteral("missing_facts"));

    turn.slotValues.insert(QStringLiteral("order_number"), QStringLiteral("WL1"));
    turn.slotValues.insert(QStringLiteral("product"), QStringLiteral("Kettle"));
    turn.slotValues.insert(QStringLiteral("order_status"), QStringLiteral("shipped"));
    turn.slotValues.insert(QStringLiteral("delivery_date"), QStringLiteral("3 July 2026"));
    decision = decideBotTurn(*m_engine, turn);
    QCOMPARE(decision.action, BotDecision::Action::Answer);
    QVERIFY(decision.reply.contains(QStringLiteral("WL1")));
    QVERIFY(!decision.reply.contains(QLatin1Char('[')));

    // Asked again after that answer: it did not help, so people take over.
    turn.tried = {QStringLiteral("delivery_status")};
    decision = decideBotTurn(*m_engine, turn);
    QCOMPARE(decision.action, BotDecision::Action::HandOff);
    QCOMPARE(decision.reason, QStringLiteral("already_answered"));
}

void TestSuggestions::botHandsOverWhatNeedsAPerson()
{
    BotTurn turn;
    turn.message = QStringLiteral("我被扣了两次款，同一个订单付了两遍钱");
    turn.locale = QStringLiteral("zh_CN");
    const BotDecision decision = decideBotTurn(*m_engine, turn);
    QCOMPARE(decision.best.label, QStringLiteral("double_charge"));
    QCOMPARE(decision.action, BotDecision::Action::HandOff);
    QCOMPARE(decision.reason, QStringLiteral("needs_person"));
}

void TestSuggestions::botClosesOnThanksAfterAnAnswer()
{
    BotTurn turn;
    turn.locale = QStringLiteral("zh_CN");
    turn.message = QStringLiteral("谢谢你 帮了大忙");
    turn.tried = {QStringLiteral("payment_methods")};
    QCOMPARE(decideBotTurn(*m_engine, turn).action, BotDecision::Action::Close);
    turn.locale = QStringLiteral("en");
    turn.message = QStringLiteral("thanks, that was really helpful");
    QCOMPARE(decideBotTurn(*m_engine, turn).action, BotDecision::Action::Close);
    // Thanks before the bot did anything is not a reason to close.
    turn.tried.clear();
    QVERIFY(decideBotTurn(*m_engine, turn).action != BotDecision::Action::Close);
}

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
