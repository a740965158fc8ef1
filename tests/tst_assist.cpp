// Reply assistant: CSV reading, word segmentation, and the intent classifier on a small bilingual
// set and on banking77.

#include "assist/csvreader.h"
#include "assist/intentmodel.h"
#include "assist/textfeatures.h"

#include <memory>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace warmline::assist;
using Rows = QList<QStringList>;

namespace {

// Six intents, eight Chinese and eight English utterances each.
QList<LabelledText> bilingualExamples()
{
    const QList<std::pair<QString, QStringList>> intents = {
        {"track_parcel",
         {"我的快递到哪了", "查一下物流", "包裹怎么还没到", "快递几天能到", "帮我查物流信息",
          "物流一直没更新", "我的货到哪里了", "订单什么时候送到", "where is my parcel",
          "track my package please", "my delivery has not arrived yet", "when will my order arrive",
          "can you check the shipping status", "the tracking has not updated",
          "how long until my package gets here", "where is my delivery"}},
        {"refund",
         {"我要退款", "怎么申请退款", "退款什么时候到账", "钱退了吗", "不想要了请退款", "退款还没收到",
          "帮我办理退款", "能全额退款吗", "i want a refund", "how do i get my money back",
          "when will the refund reach my account", "please refund my order", "i have not received my refund",
          "can i get a full refund", "refund the payment please", "give me my money back"}},
        {"replacement",
         {"我要换货", "尺码不对想换一个", "收到的东西坏了能换吗", "颜色发错了请换货", "怎么申请换货",
          "换一个新的给我", "商品有质量问题要换", "能不能换个型号", "i want to exchange this item",
          "the size is wrong can i swap it", "the item arrived broken please replace it",
          "you sent the wrong colour i need a replacement", "how do i request an exchange",
          "send me a new one instead", "the product is defective i want a replacement",
          "can i exchange it for another model"}},
        {"invoice",
         {"我要开发票", "发票怎么开", "能开增值税发票吗", "发票什么时候寄出", "帮我开个电子发票",
          "发票抬头写错了", "需要公司发票", "发票还没收到", "i need an invoice",
          "how do i get a receipt for tax", "can you issue a vat invoice", "when will the invoice be sent",
          "please send me an electronic invoice", "the invoice has the wrong company name",
          "i need a company invoice for my order", "i have not received the invoice"}},
        {"change_address",
         {"我要改地址", "收货地址填错了", "能修改配送地址吗", "帮我换个收货地址", "地址写错了怎么办",
          "想把地址改成公司", "更新一下收件地址", "送货地址需要更改", "i need to change my address",
          "i entered the wrong shipping address", "can i update the delivery address",
          "please ship it to a different address", "my address is wrong what can i do",
          "change the address to my office", "update the recipient address please",
          "the delivery address needs to be changed"}},
        {"cancel_order",
         {"我要取消订单", "订单不要了帮我取消", "怎么取消订单", "下错单了能取消吗", "取消刚才的订单",
          "还没发货可以取消吗", "请帮我撤销订单", "我想取消购买", "i want to cancel my order",
          "please cancel the order i just placed", "how do i cancel an order",
          "i ordered by mistake cancel it", "cancel my purchase please", "can i cancel before it ships",
          "stop my order i do not want it", "i would like to cancel the order"}},
    };
    QList<LabelledText> examples;
    for (const auto &[label, texts] : intents) {
        for (const QString &text : texts)
            examples.append({text, label});
    }
    return examples;
}

TrainOptions smallSetOptions()
{
    TrainOptions options;
    // With a handful of examples per intent every feature is rare, so none may be cut.
    options.minDocumentFrequency = 1;
    return options;
}

QString banking77Path()
{
    return QString::fromUtf8(WARMLINE_SOURCE_DIR) + QStringLiteral("/../shared/datasets/banking77/train.csv");
}

} // namespace

class TestAssist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsCsv_data();
    void readsCsv();
    void rejectsMalformedCsv_data();
    void rejectsMalformedCsv();
    void readsLabelledCsvAndNamesBadLines();
    void segmentsWords_data();
    void segmentsWords();
    void featuresIgnoreCaseAndWidth();
    void splitIsStratifiedAndDeterministic();
    void predictsParaphrases_data();
    void predictsParaphrases();
    void scoresAreOrderedConfidences();
    void saveLoadRoundTrip();
    void rejectsCorruptModelFile();
    void concurrentPredictionsAgree();
    void trainsOnWorkerThread();
    void banking77Accuracy();

private:
    std::optional<IntentModel> m_model;
};

void TestAssist::initTestCase()
{
    QString error;
    m_model = IntentModel::train(bilingualExamples(), smallSetOptions(), &error);
    QVERIFY2(m_model, qPrintable(error));
    QCOMPARE(m_model->labels().size(), 6);
}

void TestAssist::readsCsv_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("plain") << "a,b\n1,2\n" << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted") << "\"a\",\"b\"\n" << Rows{{"a", "b"}};
    QTest::newRow("embedded comma") << "\"x, y\",z\n" << Rows{{"x, y", "z"}};
    QTest::newRow("escaped quote") << "\"say \"\"hi\"\"\",q\n" << Rows{{"say \"hi\"", "q"}};
    QTest::newRow("embedded newline") << "\"line one\nline two\",n\nnext,row\n"
                                      << Rows{{"line one\nline two", "n"}, {"next", "row"}};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n" << Rows{{"a", "b"}, {"c", "d"}};
    QTest::newRow("empty fields") << ",x,\n\"\",y\n" << Rows{{"", "x", ""}, {"", "y"}};
    QTest::newRow("missing trailing newline") << "a,b\nc,d" << Rows{{"a", "b"}, {"c", "d"}};
    QTest::newRow("blank lines skipped") << "a\n\n\nb\n" << Rows{{"a"}, {"b"}};
    QTest::newRow("byte order mark") << QString(QChar(0xFEFF)) + "text,category\n"
                                     << Rows{{"text", "category"}};
    QTest::newRow("chinese") << "我的快递怎么还没到,查物流\n" << Rows{{"我的快递怎么还没到", "查物流"}};
    QTest::newRow("quoted field at end without newline") << "a,\"b\"" << Rows{{"a", "b"}};
}

void TestAssist::readsCsv()
{
    QFETCH(QString, input);
    QFETCH(Rows, rows);
    QString error;
    const auto records = parseCsv(input, &error);
    QVERIFY2(records, qPrintable(error));
    Rows actual;
    for (const CsvRecord &record : *records)
        actual.append(record.fields);
    QCOMPARE(actual, rows);
}

void TestAssist::rejectsMalformedCsv_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote") << "a,b\nc,\"open\nmore\n"
                                        << "line 2: quoted field is not closed";
    QTest::newRow("quote inside field") << "a,b\nc,d\"e\n"
                                        << "line 2: quote inside an unquoted field";
    QTest::newRow("text after closing quote") << "a\n\"x\"y,z\n"
                                              << "line 2: unexpected text after a closing quote";
    QTest::newRow("line count includes embedded newlines") << "\"a\nb\",c\nd\"\n"
                                                           << "line 3: quote inside an unquoted field";
}

void TestAssist::rejectsMalformedCsv()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseCsv(input, &error));
    QCOMPARE(error, message);
}

void TestAssist::readsLabelledCsvAndNamesBadLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath("good.csv");
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("category,text\nrefund,\"I want my money back, now\"\n");
    }
    QString error;
    const auto examples = readLabelledCsv(good, &error);
    QVERIFY2(examples, qPrintable(error));
    QCOMPARE(examples->size(), 1);
    QCOMPARE(examples->first().text, "I want my money back, now");
    QCOMPARE(examples->first().label, "refund");

    const QString bad = dir.filePath("bad.csv");
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text,category\nok,a\ntoo,many,fields\n");
    }
    QVERIFY(!readLabelledCsv(bad, &error));
    QVERIFY2(error.contains("line 3"), qPrintable(error));
}

void TestAssist::segmentsWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minimumTokens");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("chinese") << "我的快递怎么还没到" << 4 << QStringList{"快递", "怎么"};
    QTest::newRow("english") << "Where is my parcel?" << 4 << QStringList{"where", "is", "my", "parcel"};
    QTest::newRow("mixed") << "我的iPhone 15还没到" << 4 << QStringList{"iphone", "15"};
    QTest::newRow("full-width latin") << "ＲＥＦＵＮＤ please" << 2 << QStringList{"refund", "please"};
}

void TestAssist::segmentsWords()
{
    QFETCH(QString, text);
    QFETCH(int, minimumTokens);
    QFETCH(QStringList, mustContain);
    const QStringList tokens = wordTokens(text);
    QVERIFY2(tokens.size() >= minimumTokens, qPrintable(tokens.join(u'|')));
    for (const QString &word : mustContain)
        QVERIFY2(tokens.contains(word), qPrintable(word + " not in " + tokens.join(u'|')));
    QVERIFY(!tokens.contains(" ") && !tokens.contains("?"));
}

void TestAssist::featuresIgnoreCaseAndWidth()
{
    std::vector<std::uint64_t> a, b;
    appendFeatureHashes(QStringLiteral("REFUND my ORDER"), {}, a);
    appendFeatureHashes(QStringLiteral("ｒｅｆｕｎｄ My order"), {}, b);
    QVERIFY(!a.empty());
    QCOMPARE(a, b);
}

void TestAssist::splitIsStratifiedAndDeterministic()
{
    const QList<LabelledText> examples = bilingualExamples();
    const LabelledSplit first = stratifiedSplit(examples, 0.25, 7);
    const LabelledSplit again = stratifiedSplit(examples, 0.25, 7);
    QCOMPARE(first.train.size() + first.test.size(), examples.size());
    QCOMPARE(first.test.size(), 6 * 4);
    QHash<QString, int> perLabel;
    for (const LabelledText &example : first.test)
        ++perLabel[example.label];
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        QCOMPARE(it.value(), 4);
    QCOMPARE(perLabel.size(), 6);
    for (qsizetype i = 0; i < first.test.size(); ++i)
        QCOMPARE(first.test[i].text, again.test[i].text);
    const LabelledSplit other = stratifiedSplit(examples, 0.25, 8);
    bool differs = false;
    for (qsizetype i = 0; i < first.test.size(); ++i)
        differs = differs || first.test[i].text != other.test[i].text;
    QVERIFY(differs);
}

void TestAssist::predictsParaphrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");

    QTest::newRow("zh parcel") << "请问我的包裹到哪里了"
                               << "track_parcel";
    QTest::newRow("zh logistics") << "物流信息怎么查不到"
                                  << "track_parcel";
    QTest::newRow("en parcel") << "where is my package"
                               << "track_parcel";
    QTest::newRow("zh refund") << "申请退款"
                               << "refund";
    QTest::newRow("en refund") << "I would like my money back"
                               << "refund";
    QTest::newRow("zh exchange") << "衣服尺码不合适想换货"
                                 << "replacement";
    QTest::newRow("en exchange") << "It came broken, can you send a replacement?"
                                 << "replacement";
    QTest::newRow("zh invoice") << "可以给我开张发票吗"
                                << "invoice";
    QTest::newRow("en invoice") << "Please email me the invoice"
                                << "invoice";
    QTest::newRow("zh address") << "收货地址要改一下"
                                << "change_address";
    QTest::newRow("en address") << "Can I change the shipping address?"
                                << "change_address";
    QTest::newRow("zh cancel") << "这个订单我不要了，取消吧"
                               << "cancel_order";
    QTest::newRow("en cancel") << "Cancel the order, please"
                               << "cancel_order";
}

void TestAssist::predictsParaphrases()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    const QList<IntentScore> scores = m_model->predict(text, 3);
    QCOMPARE(scores.size(), 3);
    QCOMPARE(scores.first().label, label);
}

void TestAssist::scoresAreOrderedConfidences()
{
    for (const QString &text : {QStringLiteral("我要退款"), QStringLiteral("where is my parcel"),
                                QStringLiteral("完全无关的句子"), QStringLiteral(""), QStringLiteral("?!")}) {
        const QList<IntentScore> all = m_model->predict(text, 100);
        QCOMPARE(all.size(), 6);
        double sum = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QVERIFY(all[i].confidence >= 0 && all[i].confidence <= 1);
            if (i > 0)
                QVERIFY(all[i].confidence <= all[i - 1].confidence);
            sum += all[i].confidence;
        }
        QVERIFY(sum <= 1.0 + 1e-9);
        const QList<IntentScore> top = m_model->predict(text, 3);
        QCOMPARE(top.size(), 3);
        for (qsizetype i = 0; i < top.size(); ++i) {
            QCOMPARE(top[i].label, all[i].label);
            QCOMPARE(top[i].confidence, all[i].confidence);
        }
        QVERIFY(m_model->predict(text, 0).isEmpty());
    }
    QVERIFY(m_model->predict(QStringLiteral("我要退款"), 1).first().confidence > 0.3);
}

void TestAssist::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("intent.model");
    QString error;
    QVERIFY2(m_model->save(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    const auto loaded = IntentModel::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->labels(), m_model->labels());
    QCOMPARE(loaded->sizeBytes(), m_model->sizeBytes());
    for (const LabelledText &example : bilingualExamples()) {
        const QList<IntentScore> before = m_model->predict(example.text, 6);
        const QList<IntentScore> after = loaded->predict(example.text, 6);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].label, before[i].label);
            QCOMPARE(after[i].confidence, before[i].confidence);
        }
    }
}

void TestAssist::rejectsCorruptModelFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath("good.model");
    QString error;
    QVERIFY(m_model->save(good, &error));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const QString truncated = dir.filePath("truncated.model");
    QFile out(truncated);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    QVERIFY(!IntentModel::load(truncated, &error));
    QVERIFY2(error.contains("truncated.model"), qPrintable(error));

    const QString garbage = dir.filePath("garbage.model");
    QFile junk(garbage);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("text,category\nnot,a model\n");
    junk.close();
    QVERIFY(!IntentModel::load(garbage, &error));
    QVERIFY2(error.contains("not an intent model"), qPrintable(error));
    QVERIFY(!IntentModel::load(dir.filePath("missing.model"), &error));
}

void TestAssist::concurrentPredictionsAgree()
{
    const QList<LabelledText> examples = bilingualExamples();
    QList<QString> expected;
    for (const LabelledText &example : examples)
        expected.append(m_model->predict(example.text, 1).first().label);

    const IntentModel shared = *m_model;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<int> mismatches(4, 0);
    for (size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int round = 0; round < 5; ++round) {
                for (qsizetype i = 0; i < examples.size(); ++i) {
                    if (shared.predict(examples[i].text, 1).first().label != expected[i])
                        ++mismatches[t];
                }
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));
    for (int count : mismatches)
        QCOMPARE(count, 0);
}

void TestAssist::trainsOnWorkerThread()
{
    std::optional<IntentModel> trained;
    QString error;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { trained = IntentModel::train(bilingualExamples(), smallSetOptions(), &error); }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(trained, qPrintable(error));
    QCOMPARE(trained->predict(QStringLiteral("我要退款"), 1).first().label, "refund");

    QVERIFY(!IntentModel::train({{"only one label", "a"}, {"still one", "a"}}, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestAssist::banking77Accuracy()
{
    const QString path = banking77Path();
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("banking77 data not found at %1").arg(path)));
    QString error;
    const auto examples = readLabelledCsv(path, &error);
    QVERIFY2(examples, qPrintable(error));
    const LabelledSplit split = stratifiedSplit(*examples, 0.2, 1);
    QElapsedTimer timer;
    timer.start();
    const auto model = IntentModel::train(split.train, TrainOptions{}, &error);
    QVERIFY2(model, qPrintable(error));
    qInfo("banking77: trained on %lld rows in %.1f s", static_cast<long long>(split.train.size()),
          double(timer.elapsed()) / 1000.0);
    QCOMPARE(model->labels().size(), 77);
    int correct = 0;
    for (const LabelledText &example : split.test)
        correct += model->predict(example.text, 1).first().label == example.label ? 1 : 0;
    const double accuracy = double(correct) / double(split.test.size());
    qInfo("banking77: accuracy %.4f on %lld rows", accuracy, static_cast<long long>(split.test.size()));
    QVERIFY2(accuracy >= 0.88, qPrintable(QString::number(accuracy)));
}

QTEST_GUILESS_MAIN(TestAssist)
#include "tst_assist.moc"
