// The shipped knowledge base: it loads from the resource, every intent is complete in zh_CN and en,
// no reply template claims a title or an action already taken, the loader names what is wrong in a
// broken file, the utterances train a classifier that tells the intents apart, and the articles
// answer paraphrased questions.

#include "assist/intentmodel.h"
#include "assist/knowledgebase.h"
#include "assist/knowledgeindex.h"

#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline::assist;

namespace {

QJsonArray numbered(const QString &stem, int count)
{
    QJsonArray texts;
    for (int i = 1; i <= count; ++i)
        texts.append(QStringLiteral("%1 %2").arg(stem).arg(i));
    return texts;
}

// A small intent that passes every check; the loader rows break one thing in it.
QJsonObject validIntent(const QString &key)
{
    QJsonObject replies;
    for (const QString &locale : KnowledgeBase::locales()) {
        QJsonArray list;
        for (int i = 1; i <= KnowledgeBase::minimumReplies; ++i)
            list.append(
                QJsonObject{{"id", QStringLiteral("%1.%2.%3").arg(key, locale).arg(i)},
                            {"text", QStringLiteral("Hello {customer_name}, about {order_number}.")}});
        replies.insert(locale, list);
    }
    return QJsonObject{
        {"key", key},
        {"topic", "delivery"},
        {"botAnswerable", true},
        {"title", QJsonObject{{"zh_CN", "标题"}, {"en", "Title"}}},
        {"article", QJsonObject{{"zh_CN", "正文。"}, {"en", "Body."}}},
        {"utterances", QJsonObject{{"zh_CN", numbered(QStringLiteral("问题") + key, 12)},
                                   {"en", numbered(QStringLiteral("question ") + key, 12)}}},
        {"replies", replies},
    };
}

QByteArray document(const QList<QJsonObject> &intents)
{
    QJsonArray array;
    for (const QJsonObject &intent : intents)
        array.append(intent);
    return QJsonDocument(QJsonObject{{"version", 1}, {"intents", array}}).toJson();
}

// Replaces the value at a dotted path such as "replies.en" inside an intent.
QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path);
        else
            object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, with(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

QJsonArray oneReply(const QString &id, const QString &text)
{
    return QJsonArray{
        QJsonObject{{"id", id}, {"text", text}},
        QJsonObject{{"id", QString(id + QStringLiteral("0"))}, {"text", QStringLiteral("Thanks.")}}};
}

} // namespace

class TestKnowledgeBase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resourceIsLinkedIn();
    void shippedIntentsAreComplete();
    void repliesOfferAndDoNotClaim_data();
    void repliesOfferAndDoNotClaim();
    void lookups();
    void articlesAndTrainingExamples();
    void templateSlots_data();
    void templateSlots();
    void loaderNamesTheProblem_data();
    void loaderNamesTheProblem();
    void missingFile();
    void classifierSeparatesIntents_data();
    void classifierSeparatesIntents();
    void retrievalFindsTheArticle_data();
    void retrievalFindsTheArticle();
    void cleanupTestCase();

private:
    std::optional<KnowledgeBase> m_kb;
    std::optional<IntentModel> m_model;
    LabelledSplit m_splits[2]; // per locale, in KnowledgeBase::locales() order
    std::unique_ptr<KnowledgeIndex> m_index;
};

void TestKnowledgeBase::initTestCase()
{
    QString error;
    m_kb = KnowledgeBase::load(KnowledgeBase::defaultPath(), &error);
    QVERIFY2(m_kb, qPrintable(error));

    // One bilingual model, as the product trains it; each locale is split separately so that both
    // keep a quarter of every intent for testing.
    QList<LabelledText> training;
    for (int i = 0; i < 2; ++i) {
        m_splits[i] = stratifiedSplit(m_kb->trainingExamples(KnowledgeBase::locales().at(i)), 0.25, 20240611);
        training += m_splits[i].train;
    }
    TrainOptions options;
    options.threads = 1; // bit-identical models, so the figures below do not move between runs
    m_model = IntentModel::train(training, options, &error);
    QVERIFY2(m_model, qPrintable(error));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kb_test"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    m_index = std::make_unique<KnowledgeIndex>(db);
    QVERIFY2(m_index->ensureSchema(&error), qPrintable(error));
    for (const Article &article : m_kb->articles())
        QVERIFY2(m_index->add(article, &error), qPrintable(error));
}

void TestKnowledgeBase::cleanupTestCase()
{
    m_index.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("kb_test"));
}

void TestKnowledgeBase::resourceIsLinkedIn()
{
    // The resource lives in the static warmline_assist library; it is only there if its object
    // library was linked into this executable.
    QFile file(KnowledgeBase::defaultPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QVERIFY(file.size() > 100000);
    QJsonParseError parseError;
    QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
}

void TestKnowledgeBase::shippedIntentsAreComplete()
{
    const QList<KnowledgeIntent> &intents = m_kb->intents();
    QVERIFY2(intents.size() >= 40, qPrintable(QString::number(intents.size())));
    QSet<QString> keys;
    QSet<QString> ids;
    QSet<QString> topics;
    int answerable = 0;
    for (const KnowledgeIntent &intent : intents) {
        QVERIFY2(!keys.contains(intent.key), qPrintable(intent.key));
        keys.insert(intent.key);
        topics.insert(intent.topic);
        answerable += intent.botAnswerable ? 1 : 0;
        QVERIFY(KnowledgeBase::topics().contains(intent.topic));
        for (const QString &locale : KnowledgeBase::locales()) {
            const QString where = intent.key + QLatin1Char(' ') + locale;
            QVERIFY2(!intent.titles.value(locale).isEmpty(), qPrintable(where));
            QVERIFY2(!intent.articles.value(locale).isEmpty(), qPrintable(where));
            QVERIFY2(intent.utterances.value(locale).size() >= 12, qPrintable(where));
            const QList<ReplyTemplate> replies = intent.replies.value(locale);
            QVERIFY2(replies.size() >= 2, qPrintable(where));
            for (const ReplyTemplate &reply : replies) {
                QVERIFY2(!ids.contains(reply.id), qPrintable(reply.id));
                ids.insert(reply.id);
                QCOMPARE(reply.locale, locale);
                QVERIFY(reply.id.startsWith(intent.key + QLatin1Char('.') + locale + QLatin1Char('.')));
                for (const QString &slot : warmline::assist::templateSlots(reply.text))
                    QVERIFY2(KnowledgeBase::knownSlots().contains(slot),
                             qPrintable(reply.id + QLatin1Char(' ') + slot));
                // Chinese replies are written in Chinese, English ones in English.
                const bool hasHan = std::any_of(reply.text.cbegin(), reply.text.cend(),
                                                [](QChar c) { return c.script() == QChar::Script_Han; });
                QVERIFY2(hasHan == (locale == QLatin1String("zh_CN")), qPrintable(reply.id));
            }
        }
    }
    // Every topic is used, and both kinds of intent exist.
    QCOMPARE(topics.size(), KnowledgeBase::topics().size());
    QVERIFY(answerable > 0 && answerable < intents.size());
    qInfo("%lld intents, %lld reply templates", qlonglong(intents.size()), qlonglong(ids.size()));
}

void TestKnowledgeBase::repliesOfferAndDoNotClaim_data()
{
    // A template is a suggestion: the agent may insert and send it before doing anything, so it must
    // not say that something has been done, nor give the agent a title (most agents are frontline
    // agents). Offers and next steps ("我现在就可以帮您取消", "I'll chase the courier", "I can
    // resend it"), looking things up ("我帮您查了", "I've checked") and facts from slots are fine.
    // Each row is one pattern (matched case-insensitively against that locale's templates) with a
    // phrase it must catch; the rows say what each one catches.
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("example");

    // A title in the agent's self-introduction: 我是服务主管{agent_name}, {agent_name}经理.
    QTest::newRow("zh title") << "zh_CN"
                              << R"(我是[^，。！？；、]{0,12}?(?:主管|经理|组长|主任|督导|领班|负责人))"
                                 R"(|\{agent_name\}(?:主管|经理|组长|主任))"
                              << "我是服务主管{agent_name}";
    // The agent saying they already or just did it: 我已经…, 我已…, 我刚(刚/才)… (not 我刚好).
    QTest::newRow("zh I already") << "zh_CN"
                                  << R"(我(?:已经?|刚刚?|刚才)(?!好))"
                                  << "我已经帮您取消了";
    // Done for the customer, with or without 我: 已经帮您, 已为您, 已给您, 已经在后台把您….
    QTest::newRow("zh already for you") << "zh_CN"
                                        << R"(已经?[^，。！？；]{0,6}?(?:帮|给|为|替|把)(?:您|你))"
                                        << "已经在后台把您的号码加到免打扰名单里了";
    // A step reported as taken: 退款已经发起, 已经审核通过, 已经退款成功, 已提交, 已取消….
    QTest::newRow("zh already done") << "zh_CN"
                                     << R"(已经?(?:发起|提交|审核通过|通过审核|退款成功|取消|改好|办好)"
                                        R"(|开好|预约好|安排|处理好|补发|申请|登记|备注))"
                                     << "退款已经发起了";
    // Finished work: 改好了, 办好了, 预约好了, 搞定, 办妥.
    QTest::newRow("zh finished") << "zh_CN"
                                 << R"((?:改|办|弄|设|约|订|开|安排|处理|预约|关)好了|搞定|办妥)"
                                 << "我已经帮订单预约好了";
    // 我 + 帮/给/为/替/向/跟 + a verb of doing + 了 in one clause: 我给仓库留了言, 我给您补发了
    // (我帮您看了/查了 are looking, not doing, and pass).
    QTest::newRow("zh I did") << "zh_CN"
                              << R"(我(?:帮|给|为|替|向|跟)[^，。！？；]{1,12}?)"
                                 R"((?:留|发|加|开|办|设|申请|提交|备注|安排|预约|取消|改)"
                                 R"(|关掉?|退|补发|登记|投诉)了)"
                              << "我给仓库留了言优先验收";
    // A title: "I'm {agent_name}, a service supervisor", "I am the team lead", "manager {agent_name}".
    QTest::newRow("en title")
        << "en"
        << R"(\bI(?:'m|’m| am)\s+(?:\{agent_name\}\W+)?(?:the|a|an|your)\s+(?:[a-z-]+\s+){0,2})"
           R"((?:supervisor|manager|team lead(?:er)?|head|director)\b)"
           R"(|\b(?:supervisor|manager|team lead(?:er)?)\s+\{agent_name\})"
        << "I'm {agent_name}, a service supervisor, and I'm taking this on";
    // The present perfect of the agent or of us: "I've updated", "we've added", "I have sent"
    // ("I've looked it up" and "I've checked" are looking, and pass).
    QTest::newRow("en I have done") << "en"
                                    << R"(\b(?:I|we)(?:'|’)ve\s+(?!(?:just\s+)?(?:looked|checked)\b)[a-z]+)"
                                       R"(|\b(?:I|we) have\s+(?:just\s+|already\s+)?(?!looked\b|checked\b))"
                                       R"((?:[a-z]+ed|sent|set|done|made|put|got|given|taken|sorted)\b)"
                                    << "so I've updated the address";
    // The simple past of a step: "I sent", "I just resent", "we booked", "I cancelled".
    QTest::newRow("en I did")
        << "en"
        << R"(\b(?:I|we)\s+(?:just\s+|already\s+|also\s+)?(?:sent|added|booked|cancell?ed|updated)"
           R"(|approved|issued|submitted|filed|opened|flagged|claimed|refunded|emailed|started|arranged)"
           R"(|asked|resent|reissued|switched|changed|set up|passed|escalated|logged|chased)\b)"
        << "Try the steps I sent";
    // A sentence that opens with "Done", "All done", "Sorted".
    QTest::newRow("en Done") << "en"
                             << R"((?:^|[.!?]\s+)(?:all\s+)?(?:done|sorted)\b)"
                             << "Done, {customer_name} — order {order_number} hadn't shipped";
    // Our step reported as taken: "the refund … has been issued", "the refund is already on its way",
    // "your return is approved" (a parcel that "is already on its way" is a fact, and passes).
    QTest::newRow("en has been done")
        << "en"
        << R"(\b(?:refund|return|exchange|replacement|coupon|claim|invoice|cancellation|money)\b)"
           R"([^.;!?]{0,60}?\b(?:has been|have been|was|is now|is already|are already)\s+)"
           R"((?:approved|cancell?ed|refunded|issued|booked|submitted|started|processed|sent)"
           R"(|on (?:its|their) way)\b)"
           R"(|\byour (?:return|refund|exchange|claim|cancellation|replacement) (?:is|has been|was) )"
           R"((?:approved|issued|confirmed|accepted|cancell?ed)\b)"
        << "the refund of {order_amount} for order {order_number} has been issued";
}

void TestKnowledgeBase::repliesOfferAndDoNotClaim()
{
    QFETCH(QString, locale);
    QFETCH(QString, pattern);
    QFETCH(QString, example);
    const QRegularExpression claim(pattern, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(claim.isValid(), qPrintable(claim.errorString()));
    QVERIFY2(claim.match(example).hasMatch(), qPrintable(QStringLiteral("does not catch: ") + example));
    QStringList claims;
    for (const KnowledgeIntent &intent : m_kb->intents()) {
        for (const ReplyTemplate &reply : intent.replies.value(locale)) {
            const QRegularExpressionMatch match = claim.match(reply.text);
            if (match.hasMatch())
                claims.append(QStringLiteral("%1 claims \"%2\"").arg(reply.id, match.captured()));
        }
    }
    QVERIFY2(claims.isEmpty(), qPrintable(claims.join(QStringLiteral("; "))));
}

void TestKnowledgeBase::lookups()
{
    const KnowledgeIntent *late = m_kb->intent(u"late_delivery");
    QVERIFY(late);
    QCOMPARE(late->key, QStringLiteral("late_delivery"));
    QCOMPARE(late->topic, QStringLiteral("delivery"));
    QVERIFY(!m_kb->intent(u"speak_to_a_human"));
    QVERIFY(!m_kb->intent(u""));

    const ReplyTemplate *reply = m_kb->replyTemplate(u"late_delivery.zh_CN.1");
    QVERIFY(reply);
    QCOMPARE(reply->locale, QStringLiteral("zh_CN"));
    QCOMPARE(reply->text, late->replies.value(QStringLiteral("zh_CN")).first().text);
    QVERIFY(!m_kb->replyTemplate(u"late_delivery.fr.1"));

    // Claims and charges need a person; plain information does not.
    QVERIFY(!m_kb->intent(u"damaged_item")->botAnswerable);
    QVERIFY(!m_kb->intent(u"double_charge")->botAnswerable);
    QVERIFY(!m_kb->intent(u"warranty_claim")->botAnswerable);
    QVERIFY(m_kb->intent(u"password_reset")->botAnswerable);
}

void TestKnowledgeBase::articlesAndTrainingExamples()
{
    const QList<Article> articles = m_kb->articles();
    QCOMPARE(articles.size(), m_kb->intents().size() * KnowledgeBase::locales().size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QCOMPARE(articles[i].id, qint64(i + 1));
        const KnowledgeIntent *intent = m_kb->intent(articles[i].intent);
        QVERIFY(intent);
        QCOMPARE(articles[i].body, intent->articles.value(articles[i].locale));
        QCOMPARE(articles[i].title, intent->titles.value(articles[i].locale));
    }

    const auto chinese = m_kb->trainingExamples(QStringLiteral("zh_CN"));
    const auto english = m_kb->trainingExamples(QStringLiteral("en"));
    QCOMPARE(m_kb->trainingExamples().size(), chinese.size() + english.size());
    QVERIFY(m_kb->trainingExamples(QStringLiteral("fr")).isEmpty());
    QCOMPARE(chinese.first().label, m_kb->intents().first().key);
    QCOMPARE(chinese.first().text, m_kb->intents().first().utterances.value(QStringLiteral("zh_CN")).first());
    qInfo("utterances: zh_CN %lld, en %lld", qlonglong(chinese.size()), qlonglong(english.size()));
}

void TestKnowledgeBase::templateSlots_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << "Thanks for waiting." << QStringList{};
    QTest::newRow("order of first use") << "{customer_name}, {order_number} … {customer_name} {product}"
                                        << QStringList{"customer_name", "order_number", "product"};
    QTest::newRow("chinese text") << "{customer_name}，订单{order_number}已发货"
                                  << QStringList{"customer_name", "order_number"};
    QTest::newRow("not slots") << "{ } {1st} {a b} {{x}} {unclosed" << QStringList{"x"};
    QTest::newRow("unknown names still listed") << "{order_no}" << QStringList{"order_no"};
}

void TestKnowledgeBase::templateSlots()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(warmline::assist::templateSlots(text), expected);
}

void TestKnowledgeBase::loaderNamesTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QJsonObject good = validIntent(QStringLiteral("late_delivery"));
    const QJsonObject other = validIntent(QStringLiteral("lost_parcel"));

    QTest::newRow("valid") << document({good, other}) << QString();
    QTest::newRow("not JSON") << QByteArray("{\n  \"version\": 1,\n  \"intents\": [\n}") << "line 4: ";
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "intents": []})") << "version: ";
    QTest::newRow("no intents") << QByteArray(R"({"version": 1, "intents": []})")
                                << "intents: missing or empty";
    QTest::newRow("missing key") << document({with(good, "key", QJsonValue::Undefined)})
                                 << "intent #1: key: missing or not a string";
    QTest::newRow("key not snake_case") << document({with(good, "key", "LateDelivery")})
                                        << "intent 'LateDelivery': key: 'LateDelivery' is not snake_case";
    QTest::newRow("duplicate key") << document({good, other, good})
                                   << "intent 'late_delivery': key: duplicate of intent #1";
    QTest::newRow("unknown field") << document({with(good, "utterance", QJsonArray())})
                                   << "intent 'late_delivery': utterance: unknown field";
    QTest::newRow("unknown topic") << document({with(good, "topic", "shipping")})
                                   << "intent 'late_delivery': topic: must be one of delivery, returns";
    QTest::newRow("botAnswerable not bool")
        << document({with(good, "botAnswerable", "yes")})
        << "intent 'late_delivery': botAnswerable: missing or not true/false";
    QTest::newRow("missing title locale") << document({with(good, "title.en", QJsonValue::Undefined)})
                                          << "intent 'late_delivery': title.en: missing locale";
    QTest::newRow("empty article") << document({with(good, "article.zh_CN", "  ")})
                                   << "intent 'late_delivery': article.zh_CN: missing or empty text";
    QTest::newRow("unknown locale") << document({with(good, "article.fr", "Texte")})
                                    << "intent 'late_delivery': article.fr: unknown locale";
    QTest::newRow("missing utterance locale")
        << document({with(good, "utterances.zh_CN", QJsonValue::Undefined)})
        << "intent 'late_delivery': utterances.zh_CN: missing locale";
    QTest::newRow("too few utterances")
        << document({with(good, "utterances.en", numbered("late", 5))})
        << "intent 'late_delivery': utterances.en: 5 utterances, at least 12 required";
    QJsonArray repeated = numbered("late", 12);
    repeated.append("late 3");
    QTest::newRow("duplicate utterance")
        << document({with(good, "utterances.en", repeated)})
        << "intent 'late_delivery': utterances.en[12]: duplicate utterance 'late 3'";
    QTest::newRow("utterance in two intents")
        << document({good, with(other, "utterances.en", numbered("question late_delivery", 12))})
        << "intent 'lost_parcel': utterances.en: 'question late_delivery 1' is also an utterance of intent "
           "'late_delivery'";
    QTest::newRow("too few replies")
        << document({with(good, "replies.zh_CN",
                          QJsonArray{QJsonObject{{"id", "late_delivery.zh_CN.1"}, {"text", "好的"}}})})
        << "intent 'late_delivery': replies.zh_CN: 1 reply templates, at least 2 required";
    QTest::newRow("unknown slot") << document({with(good, "replies.en",
                                                    oneReply("late_delivery.en.1", "Hi {customer}"))})
                                  << "intent 'late_delivery': replies.en[0].text: unknown slot {customer}";
    QTest::newRow("unclosed brace")
        << document({with(good, "replies.en", oneReply("late_delivery.en.1", "Hi {customer_name"))})
        << "intent 'late_delivery': replies.en[0].text: '{' that does not start a {slot_name}";
    QTest::newRow("stray closing brace")
        << document({with(good, "replies.en", oneReply("late_delivery.en.1", "Hi customer_name}"))})
        << "intent 'late_delivery': replies.en[0].text: '}' without a matching '{'";
    QTest::newRow("id of another intent")
        << document({with(good, "replies.en", oneReply("lost_parcel.en.1", "Hi"))})
        << "intent 'late_delivery': replies.en[0].id: 'lost_parcel.en.1' does not have the form "
           "late_delivery.en.<n>";
    QTest::newRow("duplicate template id")
        << document({with(good, "replies.en",
                          QJsonArray{QJsonObject{{"id", "late_delivery.en.1"}, {"text", "Hi"}},
                                     QJsonObject{{"id", "late_delivery.en.1"}, {"text", "Hello"}}})})
        << "intent 'late_delivery': replies.en[1].id: duplicate template id 'late_delivery.en.1'";
    QTest::newRow("reply without text")
        << document({with(good, "replies.en", QJsonArray{QJsonObject{{"id", "late_delivery.en.1"}}})})
        << "intent 'late_delivery': replies.en[0]: must be an object with exactly a non-empty id and text";
}

void TestKnowledgeBase::loaderNamesTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kb.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    QString error;
    const auto kb = KnowledgeBase::load(path, &error);
    if (message.isEmpty()) {
        QVERIFY2(kb, qPrintable(error));
        return;
    }
    QVERIFY2(!kb, "a broken file was accepted");
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestKnowledgeBase::missingFile()
{
    QString error;
    QVERIFY(!KnowledgeBase::load(QStringLiteral("/nonexistent/kb.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/kb.json: ")), qPrintable(error));
}

void TestKnowledgeBase::classifierSeparatesIntents_data()
{
    QTest::addColumn<int>("localeIndex");
    QTest::newRow("zh_CN") << 0;
    QTest::newRow("en") << 1;
}

void TestKnowledgeBase::classifierSeparatesIntents()
{
    QFETCH(int, localeIndex);
    const QList<LabelledText> &test = m_splits[localeIndex].test;
    QVERIFY(test.size() >= m_kb->intents().size() * 2);
    int top1 = 0;
    int top3 = 0;
    QStringList misses;
    for (const LabelledText &example : test) {
        const QList<IntentScore> scores = m_model->predict(example.text, 3);
        QVERIFY(!scores.isEmpty());
        if (scores.first().label == example.label)
            ++top1;
        else
            misses.append(
                QStringLiteral("  %1 → %2 (want %3)").arg(example.text, scores.first().label, example.label));
        if (std::any_of(scores.cbegin(), scores.cend(),
                        [&](const IntentScore &s) { return s.label == example.label; }))
            ++top3;
    }
    const double accuracy1 = double(top1) / test.size();
    const double accuracy3 = double(top3) / test.size();
    qInfo("%s: held out %lld utterances, top-1 %.3f, top-3 %.3f",
          qPrintable(KnowledgeBase::locales().at(localeIndex)), qlonglong(test.size()), accuracy1, accuracy3);
    if (accuracy1 < 0.85 || accuracy3 < 0.95)
        qInfo("%s", qPrintable(misses.join(QLatin1Char('\n'))));
    QVERIFY2(accuracy1 >= 0.85, qPrintable(QString::number(accuracy1)));
    QVERIFY2(accuracy3 >= 0.95, qPrintable(QString::number(accuracy3)));
}

void TestKnowledgeBase::retrievalFindsTheArticle_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("intent");
    // Paraphrases written for this test; none of them is an utterance in the knowledge base.
    QTest::newRow("zh late") << "zh_CN"
                             << "预计送达日期已经过了 包裹还没到 有补偿吗"
                             << "late_delivery";
    QTest::newRow("zh lost") << "zh_CN"
                             << "快递公司确认包裹遗失了 是补发还是退款"
                             << "lost_parcel";
    QTest::newRow("zh return") << "zh_CN"
                               << "没穿过 吊牌也在 七天内可以无理由退吗"
                               << "return_request";
    QTest::newRow("zh refund card") << "zh_CN"
                                    << "退款是回到我付款用的那张银行卡上吗"
                                    << "refund_original_payment";
    QTest::newRow("zh invoice") << "zh_CN"
                                << "要给单位报销 怎么开带税号的电子发票"
                                << "invoice_request";
    QTest::newRow("zh delete") << "zh_CN"
                               << "账号注销以后积分和优惠券还有吗"
                               << "delete_account";
    QTest::newRow("zh installment") << "zh_CN"
                                    << "花呗分期有手续费吗 几期免息"
                                    << "installment";
    QTest::newRow("zh warranty") << "zh_CN"
                                 << "电器一年保修从哪天开始算 进水坏了管不管"
                                 << "warranty_claim";
    QTest::newRow("en late") << "en"
                             << "the promised delivery date has passed, do I get compensation"
                             << "late_delivery";
    QTest::newRow("en lost") << "en"
                             << "the carrier confirmed my parcel is lost, replacement or refund?"
                             << "lost_parcel";
    QTest::newRow("en return") << "en"
                               << "unused with tags, can I send it back within 7 days without a reason"
                               << "return_request";
    QTest::newRow("en refund card") << "en"
                                    << "will the money go back to the card I paid with"
                                    << "refund_original_payment";
    QTest::newRow("en invoice") << "en"
                                << "I need a VAT invoice with my company's taxpayer ID"
                                << "invoice_request";
    QTest::newRow("en delete") << "en"
                               << "what happens to my points and coupons if I delete my account"
                               << "delete_account";
    QTest::newRow("en installment") << "en"
                                    << "are Huabei instalments interest-free over 3 months"
                                    << "installment";
    QTest::newRow("en warranty") << "en"
                                 << "when does the 1-year warranty start, and is liquid damage covered"
                                 << "warranty_claim";
}

void TestKnowledgeBase::retrievalFindsTheArticle()
{
    QFETCH(QString, locale);
    QFETCH(QString, question);
    QFETCH(QString, intent);
    // Not an utterance: the check is about articles, not about memorised examples.
    QVERIFY(!m_kb->intent(intent)->utterances.value(locale).contains(question));
    const QList<RetrievedArticle> found = m_index->search(question, 3, locale);
    QStringList intents;
    for (const RetrievedArticle &article : found)
        intents.append(article.intent);
    QVERIFY2(intents.contains(intent), qPrintable(intents.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
