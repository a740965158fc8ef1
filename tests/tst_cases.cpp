// The case library (反效率案例库) over real sockets: a promoted case carries its transcript with the
// customer's personal data masked (names, phone numbers, e-mail, addresses, order numbers: the
// customer's own from the database and patterns for the rest), search finds cases in Chinese and
// English and by tag, the reply assistant's related case appears only above its threshold, every
// staff member reads while only trainers, supervisors and administrators promote — every refusal
// typed and audited.
#include "core/masking.h"
#include "protocol/casemessages.h"
#include "protocol/mentoringmessages.h"
#include "protocol/messages.h"
#include "server/warmlineserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using test::errorOf;
using test::eventKind;
using test::payloadOf;
using test::RawClient;

namespace {

QString textOf(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList titlesOf(const QJsonObject &reply)
{
    QStringList titles;
    for (const QJsonValue &c : reply.value(QStringLiteral("cases")).toArray())
        titles.append(c.toObject().value(QStringLiteral("title")).toString());
    return titles;
}

} // namespace

class TestCases : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void masksPersonalData_data();
    void masksPersonalData();
    void theDemoLibraryIsNotEmpty();
    void aPromotedCaseCarriesItsTranscriptMasked();
    void searchFindsCasesInChineseAndEnglish_data();
    void searchFindsCasesInChineseAndEnglish();
    void theAssistantsRelatedCaseNeedsEnoughInCommon();
    void onlyPromotersPromoteAndRefusalsAreAudited();
    void whatMayBecomeACase();

private:
    std::unique_ptr<RawClient> staff(const QString &login, bool subscribe = false);
    qint64 agentId(const QString &login);
    // The customer writes `texts` one by one (the agent accepts after the first and answers each),
    // then the agent resolves it unless `resolve` is false. Returns the conversation.
    qint64 conversation(qint64 customerId, RawClient &agent, const QStringList &texts, bool resolve = true);
    QJsonObject promote(RawClient &client, qint64 conversationId, const QString &title, const QString &story,
                        const QStringList &tags, QString *errorCode = nullptr);
    int auditRows(const QString &action, const QString &subject);
    QString customerColumn(qint64 customerId, const QString &column);

    QTemporaryDir m_dir;
    std::unique_ptr<server::WarmlineServer> m_server;
    qint64 m_returnsTeam = 0;
    // Two cases the search rows expect, made in aPromotedCaseCarriesItsTranscriptMasked and
    // searchFindsCasesInChineseAndEnglish's first row.
    QHash<QString, qint64> m_cases;
};

void TestCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("cases.sqlite"));
    options.demo = true;
    options.demoData.customers = 60;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.routing = false;
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    const auto team = test::addTeam(
        m_server->database(), QStringLiteral("Returns"),
        {{QStringLiteral("returnstrainer"), QStringLiteral("退货组 培训师"), core::Role::Trainer}}, &error);
    QVERIFY2(team, qPrintable(error));
    m_returnsTeam = *team;
}

std::unique_ptr<RawClient> TestCases::staff(const QString &login, bool subscribe)
{
    return test::signedInStaff(m_server->url(), login, subscribe);
}

qint64 TestCases::agentId(const QString &login)
{
    return test::agentIdOf(m_server->database(), login);
}

QString TestCases::customerColumn(qint64 customerId, const QString &column)
{
    QSqlQuery query(m_server->database());
    if (column == QLatin1String("order_no")) {
        query.prepare(
            QStringLiteral("SELECT order_no FROM orders WHERE customer_id = ? ORDER BY id LIMIT 1"));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(column));
    }
    query.addBindValue(customerId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 TestCases::conversation(qint64 customerId, RawClient &agent, const QStringList &texts, bool resolve)
{
    RawClient customer;
    if (!customer.connectTo(m_server->url()) || !customer.loginCustomer(customerId))
        return 0;
    qint64 conversationId = 0;
    for (const QString &text : texts) {
        const auto written = customer.request(
            protocol::CustomerMessageRequest::type,
            {{QStringLiteral("channel"), QStringLiteral("web")}, {QStringLiteral("text"), text}});
        if (!written)
            return 0;
        if (!conversationId) {
            conversationId = written->value(QStringLiteral("conversationId")).toInteger();
            if (!agent.request(protocol::AcceptRequest::type,
                               {{QStringLiteral("conversationId"), conversationId}}))
                return 0;
        }
        if (!agent.request(protocol::ReplyRequest::type,
                           {{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("text"), QStringLiteral("收到，我来处理。")}}))
            return 0;
    }
    if (resolve &&
        !agent.request(protocol::ResolveRequest::type, {{QStringLiteral("conversationId"), conversationId}}))
        return 0;
    return conversationId;
}

QJsonObject TestCases::promote(RawClient &client, qint64 conversationId, const QString &title,
                               const QString &story, const QStringList &tags, QString *errorCode)
{
    const QString id = client.send(protocol::CasePromoteRequest::type,
                                   {{QStringLiteral("conversationId"), conversationId},
                                    {QStringLiteral("title"), title},
                                    {QStringLiteral("story"), story},
                                    {QStringLiteral("nonStandard"), QStringLiteral("没有照流程让客户等")},
                                    {QStringLiteral("outcome"), QStringLiteral("客户满意")},
                                    {QStringLiteral("lessons"), QStringLiteral("先给确定感")},
                                    {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
    const auto reply = client.waitReply(id);
    if (!reply)
        return {};
    if (errorCode)
        *errorCode = test::errorCode(*reply);
    return *reply;
}

int TestCases::auditRows(const QString &action, const QString &subject)
{
    QSqlQuery query(m_server->database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject = ?"));
    query.addBindValue(action);
    query.addBindValue(subject);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestCases::masksPersonalData_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    const core::PersonalData zh{QStringLiteral("王芳芳"),
                                QStringLiteral("13812345678"),
                                QStringLiteral("wangfang1990@163.com"),
                                QStringLiteral("上海"),
                                {QStringLiteral("WL2026111912345678")},
                                QStringLiteral("zh_CN")};
    Q_UNUSED(zh)
    auto row = [](const char *name, const char *locale, const char *text, const char *masked) {
        QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromUtf8(text)
                            << QString::fromUtf8(masked);
    };
    // The customer's own data, as the server knows it.
    row("own Chinese name", "zh_CN", "我叫王芳芳", "我叫【姓名】");
    row("surname with a form of address", "zh_CN", "王女士您好", "【姓名】您好");
    row("given name alone", "zh_CN", "芳芳说她不在家", "【姓名】说她不在家");
    row("own mobile, spaced", "zh_CN", "电话138 1234 5678", "电话【电话】");
    row("own mobile with +86", "zh_CN", "打+86-138-1234-5678找我", "打【电话】找我");
    row("own e-mail", "zh_CN", "邮箱wangfang1990@163.com", "邮箱【邮箱】");
    row("own order number", "zh_CN", "订单WL2026111912345678没到", "订单【订单号】没到");
    // What the server does not know, by pattern.
    row("another Chinese mobile", "zh_CN", "或者打我老公的13987654321", "或者打我老公的【电话】");
    row("Chinese landline", "zh_CN", "座机021-62345678", "座机【电话】");
    row("another Warmline order", "zh_CN", "还有WL2026101100000042这单", "还有【订单号】这单");
    row("order number after the words", "zh_CN", "订单号：A12345678", "订单号：【订单号】");
    row("street address", "zh_CN", "请寄到北京市朝阳区建国路88号3栋2单元501室，谢谢", "请寄到【地址】，谢谢");
    row("district and avenue", "zh_CN", "我住在上海市浦东新区世纪大道100号", "我住在【地址】");
    row("residential compound", "zh_CN", "地址改成阳光花园5栋1201室", "地址改成【地址】");
    row("ID card number", "zh_CN", "身份证110101199003071234", "身份证【号码】");
    row("another customer addressed", "zh_CN", "李先生也买了", "【姓名】也买了");
    row("quantities, prices and dates stay", "zh_CN", "我买了3件，花了199元，10月1日到货",
        "我买了3件，花了199元，10月1日到货");
    row("own English name", "en", "Hi, this is Emily Carter", "Hi, this is [name]");
    row("first name alone", "en", "Emily is out", "[name] is out");
    row("surname with a title", "en", "Thanks Ms. Carter", "Thanks [name]");
    row("own UK mobile, national form", "en", "call 07700 900123", "call [phone]");
    row("own UK mobile, international", "en", "or +44 7700 900123", "or [phone]");
    row("North American number", "en", "my husband: (415) 555-0134", "my husband: [phone]");
    row("English street address", "en", "Ship it to 221B Baker Street, Apt 4 please",
        "Ship it to [address] please");
    row("US address with ZIP", "en", "1600 Pennsylvania Ave NW, Washington, DC 20500",
        "[address], Washington, [address]");
    row("UK postcode", "en", "London NW1 6XT", "London [address]");
    row("English order number", "en", "My order number is 98765432109", "My order number is [order no.]");
    row("someone else addressed", "en", "Mr Smith will answer", "[name] will answer");
    row("English quantities stay", "en", "I bought 2 items for $35 on 3 March",
        "I bought 2 items for $35 on 3 March");
}

void TestCases::masksPersonalData()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const core::PersonalData known = locale == QLatin1String("en")
                                         ? core::PersonalData{QStringLiteral("Emily Carter"),
                                                              QStringLiteral("+44 7700 900123"),
                                                              QStringLiteral("emily.carter@example.co.uk"),
                                                              QStringLiteral("London"),
                                                              {QStringLiteral("WL2026111987654321")},
                                                              QStringLiteral("en")}
                                         : core::PersonalData{QStringLiteral("王芳芳"),
                                                              QStringLiteral("13812345678"),
                                                              QStringLiteral("wangfang1990@163.com"),
                                                              QStringLiteral("上海"),
                                                              {QStringLiteral("WL2026111912345678")},
                                                              QStringLiteral("zh_CN")};
    QCOMPARE(core::PersonalDataMasker(known).mask(text), masked);
}

void TestCases::theDemoLibraryIsNotEmpty()
{
    auto agent = staff(QStringLiteral("agent1"));
    QVERIFY(agent);
    const auto listed = agent->request(protocol::CaseSearchRequest::type, {});
    QVERIFY(listed);
    // The demo's trainer wrote up a finished conversation or two; each carries its transcript.
    QVERIFY2(listed->value(QStringLiteral("total")).toInt() >= 1, qPrintable(textOf(*listed)));
    const QJsonObject first = listed->value(QStringLiteral("cases")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("authorName")).toString(), QStringLiteral("刘洋"));
    QVERIFY(first.value(QStringLiteral("messageCount")).toInt() >= 2);
    QVERIFY(!listed->value(QStringLiteral("tags")).toArray().isEmpty());
}

void TestCases::aPromotedCaseCarriesItsTranscriptMasked()
{
    auto agent = staff(QStringLiteral("agent1"));
    auto trainer = staff(QStringLiteral("trainer1"));
    auto colleague = staff(QStringLiteral("agent2"), true); // hears of the new case
    QVERIFY(agent && trainer && colleague);
    const qint64 customerId = 7;
    const QString name = customerColumn(customerId, QStringLiteral("display_name"));
    const QString phone = customerColumn(customerId, QStringLiteral("phone"));
    const QString orderNo = customerColumn(customerId, QStringLiteral("order_no"));
    QVERIFY(!name.isEmpty() && !orderNo.isEmpty());
    const QStringList written{
        QStringLiteral("你好，我是%1，订单%2的快递一周了还没到，老人在家等着用").arg(name, orderNo),
        QStringLiteral("电话%1，地址是杭州市西湖区文三路90号2幢301室")
            .arg(phone.isEmpty() ? QStringLiteral("13900001111") : phone),
        QStringLiteral("备用号码 139-8765-4321，邮箱 test.user@example.com")};
    const qint64 conversationId = conversation(customerId, *agent, written);
    QVERIFY(conversationId > 0);

    // The preview shows what the case will carry, masked before anything is stored.
    const auto preview = trainer->request(protocol::CasePreviewRequest::type,
                                          {{QStringLiteral("conversationId"), conversationId}});
    QVERIFY(preview);
    QString transcript = textOf(preview->value(QStringLiteral("transcript")).toArray().at(0).toObject());
    QVERIFY2(transcript.contains(QStringLiteral("【订单号】")), qPrintable(transcript));

    const QString story = QStringLiteral("%1的快递延误，坐席主动补偿并每天跟进").arg(name);
    const QJsonObject reply = promote(*trainer, conversationId, QStringLiteral("快递延误的老人客户"), story,
                                      {QStringLiteral("Late Delivery"), QStringLiteral("老人关怀")});
    QCOMPARE(test::errorCode(reply), QString());
    const QJsonObject serviceCase = payloadOf(reply).value(QStringLiteral("case")).toObject();
    const qint64 caseId = serviceCase.value(QStringLiteral("id")).toInteger();
    QVERIFY(caseId > 0);
    m_cases.insert(QStringLiteral("late"), caseId);
    QCOMPARE(serviceCase.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("late_delivery"), QStringLiteral("老人关怀")}));
    QCOMPARE(serviceCase.value(QStringLiteral("story")).toString(),
             QStringLiteral("【姓名】的快递延误，坐席主动补偿并每天跟进"));
    QCOMPARE(
        auditRows(QStringLiteral("case.promoted"), QStringLiteral("conversation:%1").arg(conversationId)), 1);

    // Read back by an agent: the transcript travels with the case, and nothing personal is in it.
    const auto read = agent->request(protocol::CaseGetRequest::type, {{QStringLiteral("caseId"), caseId}});
    QVERIFY(read);
    const QJsonArray lines =
        read->value(QStringLiteral("case")).toObject().value(QStringLiteral("transcript")).toArray();
    QCOMPARE(lines.size(), 6); // three from the customer, three replies: none lost
    transcript = textOf(read->value(QStringLiteral("case")).toObject());
    for (const QString &secret : {name, phone, orderNo, QStringLiteral("文三路"),
                                  QStringLiteral("139-8765-4321"), QStringLiteral("test.user@example.com")}) {
        if (!secret.isEmpty())
            QVERIFY2(!transcript.contains(secret), qPrintable(secret + QStringLiteral(" in ") + transcript));
    }
    const QJsonObject first = lines.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("sender")).toString(), QStringLiteral("customer"));
    QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("【姓名】"));
    QCOMPARE(first.value(QStringLiteral("body")).toString(),
             QStringLiteral("你好，我是【姓名】，订单【订单号】的快递一周了还没到，老人在家等着用"));
    QVERIFY(
        lines.at(2).toObject().value(QStringLiteral("body")).toString().contains(QStringLiteral("【地址】")));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("李娜"));

    // Every staff member hears of it.
    const auto heard = colleague->waitEvent(
        [](const QJsonObject &event) { return eventKind(event) == protocol::event::caseAdded; });
    QVERIFY(heard);
    QCOMPARE(
        payloadOf(*heard).value(QStringLiteral("case")).toObject().value(QStringLiteral("id")).toInteger(),
        caseId);
}

void TestCases::searchFindsCasesInChineseAndEnglish_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("expected"); // a title among the hits; empty: no hit at all
    QTest::addColumn<bool>("first");       // and it is the best hit
    const QString late = QStringLiteral("快递延误的老人客户");
    const QString cracked = QStringLiteral("Cracked screen, replaced before the return");
    QTest::newRow("Chinese word") << QStringLiteral("快递") << QString() << late << false;
    QTest::newRow("Chinese phrase, cut differently")
        << QStringLiteral("老人等快递") << QString() << late << true;
    QTest::newRow("Chinese tag") << QString() << QStringLiteral("老人关怀") << late << true;
    QTest::newRow("English word") << QStringLiteral("cracked") << QString() << cracked << true;
    QTest::newRow("English, other case") << QStringLiteral("CRACKED Screen") << QString() << cracked << true;
    QTest::newRow("English tag") << QString() << QStringLiteral("trust_first") << cracked << true;
    QTest::newRow("word and a tag that excludes it")
        << QStringLiteral("快递") << QStringLiteral("trust_first") << QString() << false;
    QTest::newRow("nothing like it") << QStringLiteral("发票抬头") << QString() << QString() << false;
}

void TestCases::searchFindsCasesInChineseAndEnglish()
{
    QFETCH(QString, query);
    QFETCH(QString, tag);
    QFETCH(QString, expected);
    QFETCH(bool, first);
    auto agent = staff(QStringLiteral("agent3"));
    auto supervisor = staff(QStringLiteral("supervisor1"));
    QVERIFY(agent && supervisor);
    if (!m_cases.contains(QStringLiteral("cracked"))) {
        const qint64 conversationId =
            conversation(11, *agent,
                         {QStringLiteral("The screen of my phone arrived cracked."),
                          QStringLiteral("Can you send a new one before I return this?")});
        QVERIFY(conversationId > 0);
        const QJsonObject reply =
            promote(*supervisor, conversationId, QStringLiteral("Cracked screen, replaced before the return"),
                    QStringLiteral("The agent shipped a replacement screen first and let the customer send "
                                   "the cracked one back later."),
                    {QStringLiteral("trust_first"), QStringLiteral("replacement")});
        QCOMPARE(test::errorCode(reply), QString());
        m_cases.insert(QStringLiteral("cracked"), payloadOf(reply)
                                                      .value(QStringLiteral("case"))
                                                      .toObject()
                                                      .value(QStringLiteral("id"))
                                                      .toInteger());
    }
    QJsonObject payload;
    if (!query.isEmpty())
        payload.insert(QStringLiteral("query"), query);
    if (!tag.isEmpty())
        payload.insert(QStringLiteral("tag"), tag);
    const auto found = agent->request(protocol::CaseSearchRequest::type, payload);
    QVERIFY(found);
    const QStringList titles = titlesOf(*found);
    if (expected.isEmpty())
        QVERIFY2(titles.isEmpty(), qPrintable(titles.join(u'|')));
    else if (first)
        QVERIFY2(!titles.isEmpty() && titles.constFirst() == expected, qPrintable(titles.join(u'|')));
    else
        QVERIFY2(titles.contains(expected), qPrintable(titles.join(u'|')));
}

void TestCases::theAssistantsRelatedCaseNeedsEnoughInCommon()
{
    auto agent = staff(QStringLiteral("agent4"));
    QVERIFY(agent);
    QVERIFY(m_cases.contains(QStringLiteral("late")) && m_cases.contains(QStringLiteral("cracked")));
    struct Row
    {
        QString text;
        qint64 expected; // 0: none
    };
    const Row rows[] = {
        {QStringLiteral("快递一周了还没到，家里老人等着用"), m_cases.value(QStringLiteral("late"))},
        {QStringLiteral("My phone screen arrived cracked, can I get a replacement?"),
         m_cases.value(QStringLiteral("cracked"))},
        {QStringLiteral("发票抬头写错了，能重开吗"), 0},
        {QStringLiteral("hello"), 0},
    };
    for (const Row &row : rows) {
        const auto related =
            agent->request(protocol::CaseRelatedRequest::type, {{QStringLiteral("text"), row.text}});
        QVERIFY(related);
        const QJsonValue found = related->value(QStringLiteral("case"));
        if (!row.expected) {
            QVERIFY2(found.isNull(), qPrintable(row.text + u' ' + textOf(*related)));
            QVERIFY(related->value(QStringLiteral("relevance")).isNull());
            continue;
        }
        QVERIFY2(found.isObject(), qPrintable(row.text + u' ' + textOf(*related)));
        QCOMPARE(found.toObject().value(QStringLiteral("id")).toInteger(), row.expected);
        QVERIFY(related->value(QStringLiteral("relevance")).toInt() >= server::CaseService::relatedThreshold);
    }
}

void TestCases::onlyPromotersPromoteAndRefusalsAreAudited()
{
    auto agent = staff(QStringLiteral("agent2"));
    auto trainer = staff(QStringLiteral("trainer1"));
    auto returnsTrainer = staff(QStringLiteral("returnstrainer"));
    auto admin = staff(QStringLiteral("admin"));
    QVERIFY(agent && trainer && returnsTrainer && admin);
    const qint64 conversationId = conversation(13, *agent, {QStringLiteral("包装破了，东西没事")});
    QVERIFY(conversationId > 0);

    // Agents browse, search and read, and may not promote: refused before anything is read.
    for (const QString &type : {protocol::CasePromoteRequest::type, protocol::CasePreviewRequest::type,
                                protocol::CaseCandidatesRequest::type}) {
        const QString asked = QStringLiteral("request:") + type;
        const int before = auditRows(QStringLiteral("request.refused"), asked);
        const auto refused =
            agent->waitReply(agent->send(type, {{QStringLiteral("conversationId"), conversationId}}));
        QVERIFY(refused);
        QCOMPARE(test::errorCode(*refused), QStringLiteral("forbidden"));
        QCOMPARE(errorOf(*refused)
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("permission"))
                     .toString(),
                 QStringLiteral("promote_cases"));
        QCOMPARE(auditRows(QStringLiteral("request.refused"), asked), before + 1);
    }
    QVERIFY(agent->request(protocol::CaseSearchRequest::type,
                           {{QStringLiteral("query"), QStringLiteral("快递")}}));
    QVERIFY(agent->request(protocol::CaseRelatedRequest::type,
                           {{QStringLiteral("text"), QStringLiteral("快递")}}));

    // A trainer of another team may not make this team's conversation a case: refused by name.
    QString code;
    const QJsonObject refused = promote(*returnsTrainer, conversationId, QStringLiteral("包装"),
                                        QStringLiteral("包装破损"), {QStringLiteral("packaging")}, &code);
    QCOMPARE(code, QStringLiteral("forbidden"));
    QCOMPARE(errorOf(refused).value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.conversationId"));
    QCOMPARE(
        auditRows(QStringLiteral("request.refused"), QStringLiteral("conversation:%1").arg(conversationId)),
        1);
    const auto theirs = returnsTrainer->request(protocol::CaseCandidatesRequest::type, {});
    QVERIFY(theirs);
    QVERIFY(!textOf(*theirs).contains(QStringLiteral("\"conversationId\":%1,").arg(conversationId)));

    // The team's trainer sees it among the candidates; an administrator may promote anything.
    const auto candidates = trainer->request(protocol::CaseCandidatesRequest::type, {});
    QVERIFY(candidates);
    bool listed = false;
    for (const QJsonValue &candidate : candidates->value(QStringLiteral("candidates")).toArray())
        listed = listed ||
                 candidate.toObject().value(QStringLiteral("conversationId")).toInteger() == conversationId;
    QVERIFY(listed);
    QCOMPARE(test::errorCode(promote(*admin, conversationId, QStringLiteral("包装破了也能安心"),
                                     QStringLiteral("坐席没有走退货流程"), {QStringLiteral("packaging")})),
             QString());
    // Promoting it again is refused, naming the case.
    const QJsonObject twice = promote(*trainer, conversationId, QStringLiteral("again"),
                                      QStringLiteral("again"), {QStringLiteral("packaging")}, &code);
    QCOMPARE(code, QStringLiteral("invalid_state"));
    QVERIFY(errorOf(twice)
                .value(QStringLiteral("details"))
                .toObject()
                .value(QStringLiteral("caseId"))
                .toInteger() > 0);

    // Fields are checked: a tag with punctuation, a blank story.
    const qint64 another = conversation(14, *agent, {QStringLiteral("发票开错了")});
    QVERIFY(another > 0);
    QJsonObject bad = promote(*trainer, another, QStringLiteral("发票"), QStringLiteral("发票"),
                              {QStringLiteral("bad tag!")}, &code);
    QCOMPARE(code, QStringLiteral("invalid_field"));
    QCOMPARE(errorOf(bad).value(QStringLiteral("field")).toString(), QStringLiteral("payload.tags"));
    bad = promote(*trainer, another, QStringLiteral("发票"), QStringLiteral("   "),
                  {QStringLiteral("invoice")}, &code);
    QCOMPARE(code, QStringLiteral("invalid_field"));
    QCOMPARE(errorOf(bad).value(QStringLiteral("field")).toString(), QStringLiteral("payload.story"));
    const auto missing =
        agent->waitReply(agent->send(protocol::CaseGetRequest::type, {{QStringLiteral("caseId"), 99999}}));
    QVERIFY(missing);
    QCOMPARE(test::errorCode(*missing), QStringLiteral("not_found"));
}

void TestCases::whatMayBecomeACase()
{
    auto agent = staff(QStringLiteral("agent1"));
    auto trainer = staff(QStringLiteral("trainer1"));
    QVERIFY(agent && trainer);
    // Still open and nobody marked a moment: not yet.
    const qint64 open = conversation(15, *agent, {QStringLiteral("尺码不合适想换")}, false);
    QVERIFY(open > 0);
    QString code;
    promote(*trainer, open, QStringLiteral("换码"), QStringLiteral("换码"), {QStringLiteral("exchange")},
            &code);
    QCOMPARE(code, QStringLiteral("invalid_state"));
    // Once a mentor bookmarks a moment of it, it may become a case while it is still open.
    const auto started = trainer->request(protocol::MentorStartRequest::type,
                                          {{QStringLiteral("menteeId"), agentId(QStringLiteral("agent1"))}});
    QVERIFY(started);
    const qint64 sessionId =
        started->value(QStringLiteral("session")).toObject().value(QStringLiteral("id")).toInteger();
    QSqlQuery query(m_server->database());
    query.prepare(
        QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND sender = 'agent' LIMIT 1"));
    query.addBindValue(open);
    QVERIFY(query.exec() && query.next());
    QVERIFY(trainer->request(protocol::MentorBookmarkRequest::type,
                             {{QStringLiteral("sessionId"), sessionId},
                              {QStringLiteral("messageId"), query.value(0).toLongLong()},
                              {QStringLiteral("note"), QStringLiteral("主动提出先寄新码")}}));
    const auto preview =
        trainer->request(protocol::CasePreviewRequest::type, {{QStringLiteral("conversationId"), open}});
    QVERIFY(preview);
    QCOMPARE(preview->value(QStringLiteral("bookmarks")).toInt(), 1);
    QCOMPARE(test::errorCode(promote(*trainer, open, QStringLiteral("先寄新码"),
                                     QStringLiteral("坐席先寄出新尺码"), {QStringLiteral("exchange")})),
             QString());
    QVERIFY(trainer->request(protocol::MentorEndRequest::type, {{QStringLiteral("sessionId"), sessionId}}));
    // A conversation that does not exist.
    const auto none = trainer->waitReply(
        trainer->send(protocol::CasePreviewRequest::type, {{QStringLiteral("conversationId"), 999999}}));
    QVERIFY(none);
    QCOMPARE(test::errorCode(*none), QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
