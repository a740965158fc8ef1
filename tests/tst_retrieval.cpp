// Knowledge-base retrieval with SQLite FTS5 + BM25: Chinese (segmented with ICU before indexing)
// and English paraphrases find the article that answers them.

#include "assist/knowledgeindex.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;

class TestRetrieval : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void chineseIsSegmentedBeforeIndexing();
    void findsTheRightArticle_data();
    void findsTheRightArticle();
    void localeAndOddInputs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<assist::KnowledgeIndex> m_index;
};

void TestRetrieval::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kb"));
    db.setDatabaseName(m_dir.filePath(QStringLiteral("kb.sqlite")));
    QVERIFY(db.open());
    m_index = std::make_unique<assist::KnowledgeIndex>(db);
    QString error;
    QVERIFY2(m_index->ensureSchema(&error), qPrintable(error));
    const QList<assist::Article> articles = {
        {0, "zh_CN", "late_delivery", "快递延误怎么办",
         "包裹超过预计送达时间还没到，可以查询物流轨迹，联系快递员催件，延误会补偿优惠券。"},
        {0, "zh_CN", "damaged_item", "收到的商品破损",
         "商品到货时破损、碎了或压坏，请拍照上传，我们为您换货或退款。"},
        {0, "zh_CN", "refund_status", "退款进度查询",
         "退款审核通过后1-3个工作日原路退回，钱会退到您的付款账户。"},
        {0, "zh_CN", "invoice", "如何开具发票", "订单完成后可以在订单详情申请电子发票，支持个人和公司抬头。"},
        {0, "zh_CN", "address_change", "修改收货地址", "发货前可以修改收货地址；地址写错了请尽快联系客服。"},
        {0, "zh_CN", "cancel_order", "取消订单", "未发货的订单可以直接取消，不想要了也可以申请退货。"},
        {0, "en", "late_delivery", "My parcel is late",
         "If your parcel has not arrived by the expected date, track it and we will chase the courier."},
        {0, "en", "damaged_item", "Item arrived damaged",
         "If the item arrived broken, cracked or damaged, send a photo and we will replace or refund it."},
        {0, "en", "refund_status", "When will I get my refund",
         "Refunds return the money to your original payment method within 3 working days."},
        {0, "en", "invoice", "Invoices and receipts",
         "Download an invoice or a VAT receipt for your company from the order page."},
        {0, "en", "address_change", "Change the delivery address",
         "You can change the shipping address until the order is dispatched."},
        {0, "en", "account_access", "Forgot your password",
         "Reset your password from the sign-in page to get back into your account."},
    };
    for (const auto &article : articles)
        QVERIFY2(m_index->add(article, &error), qPrintable(error));
}

void TestRetrieval::cleanupTestCase()
{
    m_index.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("kb"));
}

void TestRetrieval::chineseIsSegmentedBeforeIndexing()
{
    const QStringList tokens =
        assist::KnowledgeIndex::indexText(QStringLiteral("我的快递怎么还没到")).split(QLatin1Char(' '));
    QVERIFY2(tokens.size() >= 4, qPrintable(tokens.join(QLatin1Char('|'))));
    QVERIFY(tokens.contains(QStringLiteral("快递")));
    QCOMPARE(assist::KnowledgeIndex::indexText(QStringLiteral("Where IS my Parcel?")),
             QStringLiteral("where is my parcel"));
}

void TestRetrieval::findsTheRightArticle_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("intent");
    QTest::newRow("zh late") << "我的包裹怎么还没送到？都一周了"
                             << "late_delivery";
    QTest::newRow("zh damaged") << "收到的杯子碎了怎么处理"
                                << "damaged_item";
    QTest::newRow("zh refund") << "钱什么时候能退回来"
                               << "refund_status";
    QTest::newRow("zh invoice") << "公司报销需要发票，怎么开"
                                << "invoice";
    QTest::newRow("zh address") << "地址填错了，能改吗"
                                << "address_change";
    QTest::newRow("zh cancel") << "这单不要了，帮我取消"
                               << "cancel_order";
    QTest::newRow("en late") << "my package still hasn't arrived, can you chase the courier?"
                             << "late_delivery";
    QTest::newRow("en damaged") << "the blender came cracked"
                                << "damaged_item";
    QTest::newRow("en refund") << "when do I get my money back"
                               << "refund_status";
    QTest::newRow("en invoice") << "I need a receipt for my company"
                                << "invoice";
    QTest::newRow("en address") << "can I ship it to a different address"
                                << "address_change";
    QTest::newRow("en password") << "I can't log in, forgot the password"
                                 << "account_access";
}

void TestRetrieval::findsTheRightArticle()
{
    QFETCH(QString, question);
    QFETCH(QString, intent);
    const auto found = m_index->search(question, 3);
    QVERIFY2(!found.isEmpty(), qPrintable(question));
    QCOMPARE(found.first().intent, intent);
    for (int i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].score >= found[i].score);
}

void TestRetrieval::localeAndOddInputs()
{
    const auto english = m_index->search(QStringLiteral("parcel late 快递"), 10, QStringLiteral("en"));
    QVERIFY(!english.isEmpty());
    QCOMPARE(english.first().intent, QStringLiteral("late_delivery"));
    QVERIFY(m_index->search(QStringLiteral("   ？！"), 5).isEmpty());
    // FTS5 syntax typed by a customer is just text.
    QVERIFY(m_index->search(QStringLiteral("\"refund\" OR NEAR(money AND"), 5).size() > 0);
}

QTEST_GUILESS_MAIN(TestRetrieval)
#include "tst_retrieval.moc"
