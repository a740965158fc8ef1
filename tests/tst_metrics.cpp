// The supervisor's outcome metrics against a hand-computed fixture: a real SQLite database built by
// the migrations and filled with a small, deliberate history (every expected figure is worked out
// in the comments next to it), a real server on it, and queries over a real socket. Then the
// scope rules, the "asked to repeat" detector, and the metrics panel rendering the same figures.
#include "assist/csvreader.h"
#include "assist/repeatdetector.h"
#include "core/compensation.h"
#include "protocol/metricsmessages.h"
#include "server/warmlineserver.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "sync/metricscontroller.h"
#include "sync/serverconnection.h"
#include "testsupport.h"
#include "ui/metricspanel.h"

#include <ctime>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using test::RawClient;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2026-11-20 09:30 in Beijing (the test runs in Asia/Shanghai, see main): day 1 of the fixture.
constexpr qint64 B = test::kDemoNowMs;
const QString kDay1 = QStringLiteral("2026-11-20");
const QString kDay2 = QStringLiteral("2026-11-21");

QJsonObject conversationEvent(const QString &status, qint64 teamId, qint64 agentId)
{
    return {{QStringLiteral("conversation"),
             QJsonObject{{QStringLiteral("status"), status},
                         {QStringLiteral("teamId"), teamId ? QJsonValue(teamId) : QJsonValue()},
                         {QStringLiteral("assignedAgentId"), agentId ? QJsonValue(agentId) : QJsonValue()}}}};
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFigureMatchesTheHandComputedFixture();
    void supervisorsSeeOnlyTheirTeams();
    void oneAgentAndTodayNarrowTheFigures();
    void requestsAreValidated();
    void askedToRepeatDetector();
    void panelShowsTheFiguresAndExportsCsv();
    void panelTellsWhatToDoWhenRefused();

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    qint64 conversation(qint64 customer, const QString &status, const QString &queue, qint64 agent,
                        qint64 order, qint64 created, qint64 queued, qint64 assigned, qint64 resolved,
                        const QString &handoff = {});
    void message(qint64 conversationId, const QString &sender, qint64 agent, const QString &body, qint64 at);
    void event(qint64 conversationId, const QString &kind, const QString &status, qint64 team, qint64 agent,
               qint64 at);
    QJsonObject query(RawClient &client, const QJsonObject &payload);
    static QJsonObject rowOf(const QJsonObject &reply, const QString &list, const QString &key, qint64 id);
    static QJsonObject dayOf(const QJsonObject &reply, const QString &day);
    int refusalsAudited(const QString &subject);

    QTemporaryDir m_dir;
    storage::Database m_db;
    qint64 m_now = B + kDay + 8 * kHour; // 2026-11-21 17:30: "today" is day 2
    std::unique_ptr<server::WarmlineServer> m_server;
    qint64 m_north = 0, m_south = 0, m_west = 0;
    qint64 m_a1 = 0, m_a2 = 0, m_a3 = 0, m_a4 = 0, m_sup = 0;
    bool m_ok = true;
};

bool TestMetrics::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        m_ok = false;
        return false;
    }
    return true;
}

qint64 TestMetrics::conversation(qint64 customer, const QString &status, const QString &queue, qint64 agent,
                                 qint64 order, qint64 created, qint64 queued, qint64 assigned,
                                 qint64 resolved, const QString &handoff)
{
    const auto orNull = [](qint64 v) { return v ? QVariant(v) : QVariant(QMetaType::fromType<qint64>()); };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO conversations (customer_id, channel, status, queue, assigned_agent_id, order_id, "
        "created_at, queued_at, assigned_at, resolved_at, updated_at, handoff) VALUES (?, 'web', ?, ?, ?, ?, "
        "?, "
        "?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{customer, status, queue, orNull(agent), orNull(order), created, orNull(queued),
                      orNull(assigned), orNull(resolved), std::max({created, queued, assigned, resolved}),
                      handoff.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : handoff})
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        m_ok = false;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

void TestMetrics::message(qint64 conversationId, const QString &sender, qint64 agent, const QString &body,
                          qint64 at)
{
    exec(QStringLiteral(
             "INSERT INTO messages (conversation_id, sender, agent_id, body, created_at) VALUES (?, "
             "?, ?, ?, ?)"),
         {conversationId, sender, agent ? QVariant(agent) : QVariant(QMetaType::fromType<qint64>()), body,
          at});
}

void TestMetrics::event(qint64 conversationId, const QString &kind, const QString &status, qint64 team,
                        qint64 agent, qint64 at)
{
    exec(
        QStringLiteral("INSERT INTO events (kind, audience, conversation_id, payload, created_at) VALUES (?, "
                       "'staff', ?, ?, ?)"),
        {kind, conversationId,
         QString::fromUtf8(
             QJsonDocument(conversationEvent(status, team, agent)).toJson(QJsonDocument::Compact)),
         at});
}

void TestMetrics::initTestCase()
{
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("metrics.sqlite")), QStringLiteral("fixture"), &error),
             qPrintable(error));
    QVERIFY2(m_db.migrate(&error), qPrintable(error));
    std::optional<storage::AccountStore> store(std::in_place, m_db.connection());
    storage::AccountStore &accounts = *store;
    m_north = accounts.ensureTeam(QStringLiteral("北区"), &error).value_or(0);
    m_south = accounts.ensureTeam(QStringLiteral("南区"), &error).value_or(0);
    m_west = accounts.ensureTeam(QStringLiteral("西区"), &error).value_or(0);
    QVERIFY2(m_north && m_south && m_west, qPrintable(error));
    QVERIFY(accounts.assignQueue(QStringLiteral("north"), m_north, &error));
    QVERIFY(accounts.assignQueue(QStringLiteral("south"), m_south, &error));
    QVERIFY(accounts.assignQueue(QStringLiteral("west"), m_west, &error));
    const auto work = storage::AccountStore::PasswordWork::PublicPassword;
    const QString pw = QStringLiteral("demo");
    using core::Role;
    m_a1 = accounts
               .createAgent(QStringLiteral("agent1"), QStringLiteral("李静"), Role::Agent, m_north, pw,
                            &error, work)
               .value_or(0);
    m_a2 = accounts
               .createAgent(QStringLiteral("agent2"), QStringLiteral("王磊"), Role::Agent, m_north, pw,
                            &error, work)
               .value_or(0);
    m_a3 = accounts
               .createAgent(QStringLiteral("agent3"), QStringLiteral("张敏"), Role::Agent, m_south, pw,
                            &error, work)
               .value_or(0);
    m_a4 = accounts
               .createAgent(QStringLiteral("agent4"), QStringLiteral("陈晨, \"小陈\""), Role::Agent, m_west,
                            pw, &error, work)
               .value_or(0);
    m_sup = accounts
                .createAgent(QStringLiteral("sup1"), QStringLiteral("周主管"), Role::Supervisor, m_north, pw,
                             &error, work)
                .value_or(0);
    QVERIFY(accounts.createAgent(QStringLiteral("admin1"), QStringLiteral("Admin"), Role::Admin, 0, pw,
                                 &error, work));
    QVERIFY2(m_a1 && m_a2 && m_a3 && m_a4 && m_sup, qPrintable(error));
    // sup1 looks after north (own team) and south, not west.
    QVERIFY(accounts.addSupervisedTeam(m_sup, m_south, &error));
    // agent1's budget was lowered to ¥200 a day; everyone else has the role's default.
    QVERIFY(
        exec(QStringLiteral("INSERT INTO agent_authority VALUES (?, 5000, 20000, ?, ?)"), {m_a1, m_sup, B}));

    for (int c = 1; c <= 9; ++c)
        exec(QStringLiteral("INSERT INTO customers (id, display_name, created_at) VALUES (?, ?, ?)"),
             {c, QStringLiteral("客户%1").arg(c), B - 30 * kDay});
    exec(QStringLiteral("INSERT INTO merchants (id, name, created_at) VALUES (1, '好物店', ?)"),
         {B - 30 * kDay});
    exec(QStringLiteral(
        "INSERT INTO products (id, merchant_id, name, category, price_cents) VALUES (1, 1, '保温杯', "
        "'home', 9900)"));
    for (int o = 1; o <= 3; ++o)
        exec(QStringLiteral(
                 "INSERT INTO orders (id, order_no, customer_id, product_id, quantity, amount_cents, "
                 "status, ordered_at) VALUES (?, ?, ?, 1, 1, 9900, 'delivered', ?)"),
             {o, QStringLiteral("W100%1").arg(o), o, B - 5 * kDay});
    exec(QStringLiteral(
             "INSERT INTO complaints (id, order_id, customer_id, product_id, merchant_id, category, "
             "created_at) VALUES (1, 1, 1, 1, 1, 'damaged_item', ?)"),
         {B});
    const QString handoffW1002 = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("reason"), QStringLiteral("asked_for_person")},
                                  {QStringLiteral("facts"),
                                   QJsonObject{{QStringLiteral("order_number"), QStringLiteral("W1002")}}},
                                  {QStringLiteral("summary"), QStringLiteral("杯子破损")},
                                  {QStringLiteral("at"), B + 20 * kMinute}})
            .toJson(QJsonDocument::Compact));
    const QString handoffC6 =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reason"), QStringLiteral("upset")},
                                                    {QStringLiteral("summary"), QStringLiteral("退款")},
                                                    {QStringLiteral("at"), B + kDay + 2 * kHour + kMinute}})
                              .toJson(QJsonDocument::Compact));
    const QString created = QStringLiteral("conversation.created");
    const QString updated = QStringLiteral("conversation.updated");

    // C1, day 1, north: agent1 waits 2 min, resolves it alone; the customer praises (太感谢, 服务很好)
    // after agent1's first reply. First contact, praised; no other conversation of customer 1.
    const qint64 c1 = conversation(1, QStringLiteral("resolved"), QStringLiteral("north"), m_a1, 0, B, B,
                                   B + 2 * kMinute, B + 30 * kMinute);
    event(c1, created, QStringLiteral("queued"), m_north, 0, B);
    event(c1, updated, QStringLiteral("assigned"), m_north, m_a1, B + 2 * kMinute);
    event(c1, updated, QStringLiteral("resolved"), m_north, m_a1, B + 30 * kMinute);
    message(c1, QStringLiteral("customer"), 0, QStringLiteral("杯子坏了"), B);
    message(c1, QStringLiteral("agent"), m_a1, QStringLiteral("您好，我来处理"), B + 3 * kMinute);
    message(c1, QStringLiteral("customer"), 0, QStringLiteral("太感谢了，服务很好"), B + 10 * kMinute);

    // C2, day 1, north: the bot hands customer 2 over with the order number W1002 (bot conversation,
    // handed off); 5 min wait for agent1, who asks for the order number again (asked to repeat #1).
    // Customer 2 comes back 3 days after the resolve (C3): a repeat contact, so not first contact.
    const qint64 c2 =
        conversation(2, QStringLiteral("resolved"), QStringLiteral("north"), m_a1, 2, B + 18 * kMinute,
                     B + 20 * kMinute, B + 25 * kMinute, B + kHour, handoffW1002);
    event(c2, created, QStringLiteral("bot"), m_north, 0, B + 18 * kMinute);
    event(c2, updated, QStringLiteral("queued"), m_north, 0, B + 20 * kMinute);
    event(c2, updated, QStringLiteral("assigned"), m_north, m_a1, B + 25 * kMinute);
    event(c2, updated, QStringLiteral("resolved"), m_north, m_a1, B + kHour);
    message(c2, QStringLiteral("bot"), 0, QStringLiteral("请问有什么可以帮您"), B + 19 * kMinute);
    message(c2, QStringLiteral("agent"), m_a1, QStringLiteral("请问您的订单号是多少？"), B + 26 * kMinute);

    // C3: customer 2 again, on day 4 — outside the period, so only C2's repeat sees it.
    const qint64 c3 = conversation(2, QStringLiteral("resolved"), QStringLiteral("north"), 0, 0, B + 3 * kDay,
                                   0, 0, B + 3 * kDay + kMinute);
    message(c3, QStringLiteral("bot"), 0, QStringLiteral("您好"), B + 3 * kDay);

    // C4, day 1, north: 10 min wait for agent2, who transfers it to agent1 (not first contact). agent2's
    // question comes before the transfer (not counted); agent1 asks for the linked order's number
    // (asked to repeat #2) and then confirms it by quoting it (not counted).
    const qint64 c4 = conversation(3, QStringLiteral("resolved"), QStringLiteral("north"), m_a1, 3,
                                   B + 30 * kMinute, B + 30 * kMinute, B + 50 * kMinute, B + 2 * kHour);
    event(c4, created, QStringLiteral("queued"), m_north, 0, B + 30 * kMinute);
    event(c4, updated, QStringLiteral("assigned"), m_north, m_a2, B + 40 * kMinute);
    event(c4, updated, QStringLiteral("assigned"), m_north, m_a1, B + 50 * kMinute);
    event(c4, updated, QStringLiteral("resolved"), m_north, m_a1, B + 2 * kHour);
    exec(QStringLiteral(
             "INSERT INTO conversation_transfers (conversation_id, from_agent_id, to_agent_id, to_queue, "
             "by_agent_id, note, created_at) VALUES (?, ?, ?, 'north', ?, '退款问题', ?)"),
         {c4, m_a2, m_a1, m_a2, B + 50 * kMinute});
    message(c4, QStringLiteral("agent"), m_a2, QStringLiteral("请问订单号是多少？"), B + 45 * kMinute);
    message(c4, QStringLiteral("agent"), m_a1, QStringLiteral("麻烦提供一下订单号"), B + 55 * kMinute);
    message(c4, QStringLiteral("agent"), m_a1, QStringLiteral("您的订单号是 W1003 对吗？"), B + 56 * kMinute);
    message(c4, QStringLiteral("customer"), 0, QStringLiteral("好的"), B + 57 * kMinute);

    // C5, day 2, south: 20 min wait for agent3, resolved alone, praised in English. First contact.
    const qint64 c5 = conversation(4, QStringLiteral("resolved"), QStringLiteral("south"), m_a3, 0, B + kDay,
                                   B + kDay, B + kDay + 20 * kMinute, B + kDay + kHour);
    event(c5, created, QStringLiteral("queued"), m_south, 0, B + kDay);
    event(c5, updated, QStringLiteral("assigned"), m_south, m_a3, B + kDay + 20 * kMinute);
    event(c5, updated, QStringLiteral("resolved"), m_south, m_a3, B + kDay + kHour);
    message(c5, QStringLiteral("agent"), m_a3, QStringLiteral("Hi, I'm on it"), B + kDay + 21 * kMinute);
    message(c5, QStringLiteral("customer"), 0, QStringLiteral("Great service, thank you so much"),
            B + kDay + 30 * kMinute);

    // C6, day 2, south: bot → queue → agent3 (3 min) → back to the bot (a loop, agent3's) → queue →
    // agent3 (2 min) → resolved. No transfer and no repeat: first contact. Bot conversation, handed off.
    const qint64 t6 = B + kDay + 2 * kHour;
    const qint64 c6 = conversation(5, QStringLiteral("resolved"), QStringLiteral("south"), m_a3, 0, t6,
                                   t6 + 11 * kMinute, t6 + 13 * kMinute, t6 + 30 * kMinute, handoffC6);
    event(c6, created, QStringLiteral("bot"), m_south, 0, t6);
    event(c6, updated, QStringLiteral("queued"), m_south, 0, t6 + kMinute);
    event(c6, updated, QStringLiteral("assigned"), m_south, m_a3, t6 + 4 * kMinute);
    event(c6, updated, QStringLiteral("bot"), m_south, 0, t6 + 10 * kMinute);
    event(c6, updated, QStringLiteral("queued"), m_south, 0, t6 + 11 * kMinute);
    event(c6, updated, QStringLiteral("assigned"), m_south, m_a3, t6 + 13 * kMinute);
    event(c6, updated, QStringLiteral("resolved"), m_south, m_a3, t6 + 30 * kMinute);
    message(c6, QStringLiteral("bot"), 0, QStringLiteral("请稍等"), t6);

    // C7, day 1, west: its events were pruned, so its wait comes from the row: 10 min, agent4.
    conversation(6, QStringLiteral("resolved"), QStringLiteral("west"), m_a4, 0, B + 2 * kHour + 30 * kMinute,
                 B + 2 * kHour + 30 * kMinute, B + 2 * kHour + 40 * kMinute, B + 3 * kHour);

    // C8, day 1, north: the bot answered and closed it, nobody else involved: contained.
    const qint64 c8 = conversation(7, QStringLiteral("resolved"), QStringLiteral("north"), 0, 0,
                                   B + 4 * kHour, 0, 0, B + 4 * kHour + 5 * kMinute);
    message(c8, QStringLiteral("bot"), 0, QStringLiteral("退货地址是…"), B + 4 * kHour);

    // C9, day 2, north: still with the bot — counted as a bot conversation, neither contained nor handed off.
    const qint64 c9 =
        conversation(8, QStringLiteral("bot"), QStringLiteral("north"), 0, 0, B + kDay + 5 * kHour, 0, 0, 0);
    message(c9, QStringLiteral("bot"), 0, QStringLiteral("您好"), B + kDay + 5 * kHour);

    // C10, day 2, south: still waiting — an unfinished wait is no wait yet.
    const qint64 c10 = conversation(9, QStringLiteral("queued"), QStringLiteral("south"), 0, 0,
                                    B + kDay + 6 * kHour, B + kDay + 6 * kHour, 0, 0);
    event(c10, created, QStringLiteral("queued"), m_south, 0, B + kDay + 6 * kHour);

    // Compensation: agent1 spends ¥5 + ¥15 on day 1 (an open offer's hold and a rejected request are
    // not spend); agent3 ¥20 on day 2; a pending request counts against nobody yet.
    const QString comp = QStringLiteral("INSERT INTO compensations (kind, status, complaint_id, customer_id, "
                                        "order_id, agent_id, options, remedies, "
                                        "amount, requested_amount, hold, reason, budget_agent_id, "
                                        "budget_day, created_at, updated_at) VALUES (?, ?, "
                                        "1, 1, 1, ?, '[]', '[]', ?, ?, ?, 'r', ?, ?, ?, ?)");
    const auto nullId = QVariant(QMetaType::fromType<qint64>());
    const auto nullDay = QVariant(QMetaType::fromType<QString>());
    exec(comp,
         {QStringLiteral("decision"), QStringLiteral("effective"), m_a1, 500, 500, 0, m_a1, kDay1, B, B});
    exec(comp, {QStringLiteral("approval_request"), QStringLiteral("approved"), m_a1, 1500, 1500, 0, m_a1,
                kDay1, B, B});
    exec(comp, {QStringLiteral("offer"), QStringLiteral("offered"), m_a1, 0, 0, 3000, m_a1, kDay1, B, B});
    exec(comp, {QStringLiteral("approval_request"), QStringLiteral("rejected"), m_a1, 0, 9000, 0, m_a1, kDay1,
                B, B});
    exec(comp, {QStringLiteral("decision"), QStringLiteral("effective"), m_a3, 2000, 2000, 0, m_a3, kDay2,
                B + kDay, B + kDay});
    exec(comp, {QStringLiteral("approval_request"), QStringLiteral("pending_approval"), m_a3, 0, 8000, 0,
                nullId, nullDay, B + kDay, B + kDay});
    QVERIFY(m_ok);
    store.reset(); // the last copy of the connection, so that it closes cleanly
    m_db.close();

    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("metrics.sqlite"));
    options.clock = [this] { return m_now; };
    m_server = std::make_unique<server::WarmlineServer>(options);
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

QJsonObject TestMetrics::query(RawClient &client, const QJsonObject &payload)
{
    const auto reply = client.waitReply(client.send(protocol::MetricsQueryRequest::type, payload));
    return reply ? *reply : QJsonObject{};
}

int TestMetrics::refusalsAudited(const QString &subject)
{
    QSqlQuery q(m_server->database());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.refused' AND subject = ?"));
    q.addBindValue(subject);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QJsonObject TestMetrics::rowOf(const QJsonObject &reply, const QString &list, const QString &key, qint64 id)
{
    for (const QJsonValue &row : reply.value(QStringLiteral("payload")).toObject().value(list).toArray()) {
        if (row.toObject().value(key).toInteger() == id)
            return row.toObject();
    }
    return {};
}

QJsonObject TestMetrics::dayOf(const QJsonObject &reply, const QString &day)
{
    for (const QJsonValue &row :
         reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("series")).toArray()) {
        if (row.toObject().value(QStringLiteral("day")).toString() == day)
            return row.toObject();
    }
    return {};
}

namespace {

// The figures of one row in the reply's order; waits' average and p90 are -1 when there was no wait.
using Expected = QList<qint64>;
const QStringList kFigures{QStringLiteral("resolved"),       QStringLiteral("firstContact"),
                           QStringLiteral("repeatContacts"), QStringLiteral("praised"),
                           QStringLiteral("waits"),          QStringLiteral("waitAvgMs"),
                           QStringLiteral("waitP90Ms"),      QStringLiteral("spent"),
                           QStringLiteral("budget"),         QStringLiteral("botConversations"),
                           QStringLiteral("botContained"),   QStringLiteral("botHandedOff"),
                           QStringLiteral("loops"),          QStringLiteral("askedToRepeat")};

QString differences(const QString &what, const QJsonObject &row, const Expected &expected)
{
    if (row.isEmpty())
        return what + QStringLiteral(": no such row\n");
    QString problems;
    for (qsizetype i = 0; i < kFigures.size(); ++i) {
        const QJsonValue value = row.value(kFigures.at(i));
        const qint64 actual = value.isNull() ? -1 : value.toInteger(-2);
        if (actual != expected.at(i))
            problems += QStringLiteral("%1.%2: %3, expected %4\n")
                            .arg(what, kFigures.at(i))
                            .arg(actual)
                            .arg(expected.at(i));
    }
    return problems;
}

} // namespace

void TestMetrics::everyFigureMatchesTheHandComputedFixture()
{
    RawClient admin;
    QVERIFY(admin.connectTo(m_server->url()));
    QVERIFY(admin.login(QStringLiteral("admin1"), QStringLiteral("demo")));
    const QJsonObject reply =
        query(admin, {{QStringLiteral("fromDay"), kDay1}, {QStringLiteral("toDay"), kDay2}});
    QVERIFY2(reply.value(QStringLiteral("type")).toString() == QLatin1StringView("ack"),
             QJsonDocument(reply).toJson().constData());
    const QJsonObject payload = reply.value(QStringLiteral("payload")).toObject();
    QCOMPARE(payload.value(QStringLiteral("fromDay")).toString(), kDay1);
    QCOMPARE(payload.value(QStringLiteral("toDay")).toString(), kDay2);
    QCOMPARE(payload.value(QStringLiteral("from")).toInteger(),
             B - 9 * kHour - 30 * kMinute); // 00:00 Beijing
    QCOMPARE(payload.value(QStringLiteral("to")).toInteger(), B - 9 * kHour - 30 * kMinute + 2 * kDay);

    QString problems;
    //                  res fcr rep pr waits avg      p90      spent budget  bot con hand loop ask
    // Total: resolved by a person C1 C2 C4 C5 C6 C7; first contact C1 C5 C6 C7; repeat C2; praised C1 C5.
    // Waits 2, 5, 10 (agent2), 20, 3, 2, 10 (C7) min: sum 52 min = 3 120 000 ms / 7 = 445 714;
    // nearest-rank p90 of 7 is the 7th = 20 min. Spend 500+1500+2000; budget (200+300+300+300) × 2 days.
    // Bot conversations C2 C6 C8 C9: contained C8, handed off C2 C6. Loop C6. Asked to repeat: C2, C4.
    problems += differences(QStringLiteral("total"), payload.value(QStringLiteral("total")).toObject(),
                            {6, 4, 1, 2, 7, 445714, 1200000, 4000, 220000, 4, 1, 2, 1, 2});
    // North: C1 C2 C4; waits 2, 5, 10 min → avg 340 000, p90 (3rd of 3) 600 000; budgets agent1 and agent2.
    problems += differences(QStringLiteral("north"),
                            rowOf(reply, QStringLiteral("teams"), QStringLiteral("teamId"), m_north),
                            {3, 1, 1, 1, 3, 340000, 600000, 2000, 100000, 3, 1, 1, 0, 2});
    // South: C5 C6; waits 20, 3, 2 min → avg 500 000, p90 1 200 000; agent3's budget; C6 is the loop.
    problems += differences(QStringLiteral("south"),
                            rowOf(reply, QStringLiteral("teams"), QStringLiteral("teamId"), m_south),
                            {2, 2, 0, 1, 3, 500000, 1200000, 2000, 60000, 1, 0, 1, 1, 0});
    // West: C7 only, its wait from the row.
    problems += differences(QStringLiteral("west"),
                            rowOf(reply, QStringLiteral("teams"), QStringLiteral("teamId"), m_west),
                            {1, 1, 0, 0, 1, 600000, 600000, 0, 60000, 0, 0, 0, 0, 0});
    // agent1 resolved C1 C2 C4 and waited for by C1 (2 min) and C2 (5 min): avg 210 000, p90 300 000.
    problems += differences(QStringLiteral("agent1"),
                            rowOf(reply, QStringLiteral("agents"), QStringLiteral("agentId"), m_a1),
                            {3, 1, 1, 1, 2, 210000, 300000, 2000, 40000, 0, 0, 0, 0, 2});
    // agent2 only took C4 from the queue (10 min) before passing it on.
    problems += differences(QStringLiteral("agent2"),
                            rowOf(reply, QStringLiteral("agents"), QStringLiteral("agentId"), m_a2),
                            {0, 0, 0, 0, 1, 600000, 600000, 0, 60000, 0, 0, 0, 0, 0});
    problems += differences(QStringLiteral("agent3"),
                            rowOf(reply, QStringLiteral("agents"), QStringLiteral("agentId"), m_a3),
                            {2, 2, 0, 1, 3, 500000, 1200000, 2000, 60000, 0, 0, 0, 1, 0});
    problems += differences(QStringLiteral("agent4"),
                            rowOf(reply, QStringLiteral("agents"), QStringLiteral("agentId"), m_a4),
                            {1, 1, 0, 0, 1, 600000, 600000, 0, 60000, 0, 0, 0, 0, 0});
    // Day 1: C1 C2 C4 C7; waits 2, 5, 10, 10 → avg 405 000, p90 (4th of 4) 600 000; bot C2 C8.
    problems +=
        differences(kDay1, dayOf(reply, kDay1), {4, 2, 1, 1, 4, 405000, 600000, 2000, 110000, 2, 1, 1, 0, 2});
    // Day 2: C5 C6; bot C6 C9.
    problems += differences(kDay2, dayOf(reply, kDay2),
                            {2, 2, 0, 1, 3, 500000, 1200000, 2000, 110000, 2, 0, 1, 1, 0});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(payload.value(QStringLiteral("teams")).toArray().size(), 3);
    QCOMPARE(payload.value(QStringLiteral("agents")).toArray().size(), 4); // staff with a figure or a budget
    QCOMPARE(payload.value(QStringLiteral("series")).toArray().size(), 2);
    QCOMPARE(rowOf(reply, QStringLiteral("agents"), QStringLiteral("agentId"), m_a1)
                 .value(QStringLiteral("agentName"))
                 .toString(),
             QStringLiteral("李静"));
}

void TestMetrics::supervisorsSeeOnlyTheirTeams()
{
    RawClient supervisor;
    QVERIFY(supervisor.connectTo(m_server->url()));
    QVERIFY(supervisor.login(QStringLiteral("sup1"), QStringLiteral("demo")));
    const QJsonObject period{{QStringLiteral("fromDay"), kDay1}, {QStringLiteral("toDay"), kDay2}};
    // North and south only: west's C7 and agent4 are not in the total or the rows.
    QJsonObject reply = query(supervisor, period);
    QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
    QString problems = differences(
        QStringLiteral("sup1 total"),
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("total")).toObject(),
        // waits 2, 5, 10, 20, 3, 2 min: 2 520 000 / 6 = 420 000; p90 (6th of 6) 20 min
        {5, 3, 1, 2, 6, 420000, 1200000, 4000, 160000, 4, 1, 2, 1, 2});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("teams")).toArray().size(), 2);
    QVERIFY(rowOf(reply, QStringLiteral("agents"), QStringLiteral("agentId"), m_a4).isEmpty());

    // Another team by name: forbidden, naming the team, and audited.
    QJsonObject forbidden = period;
    forbidden.insert(QStringLiteral("teamId"), m_west);
    reply = query(supervisor, forbidden);
    QCOMPARE(test::errorCode(reply), QStringLiteral("forbidden"));
    const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("details")).toObject().value(QStringLiteral("teamId")).toInteger(),
             m_west);
    QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("payload.teamId"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QString::number(m_west)));
    // An agent of another team: the same refusal, by the agent's team.
    QJsonObject otherAgent = period;
    otherAgent.insert(QStringLiteral("agentId"), m_a4);
    reply = query(supervisor, otherAgent);
    QCOMPARE(test::errorCode(reply), QStringLiteral("forbidden"));
    QCOMPARE(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("payload.agentId"));
    QCOMPARE(refusalsAudited(QStringLiteral("team:%1").arg(m_west)), 2);

    // A team they look after, by name.
    QJsonObject south = period;
    south.insert(QStringLiteral("teamId"), m_south);
    reply = query(supervisor, south);
    problems = differences(
        QStringLiteral("sup1 south"),
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("total")).toObject(),
        {2, 2, 0, 1, 3, 500000, 1200000, 2000, 60000, 1, 0, 1, 1, 0});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("teams")).toArray().size(), 1);

    // Agents do not read metrics at all: the router refuses before the module runs, and audits it.
    RawClient agent;
    QVERIFY(agent.connectTo(m_server->url()));
    QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    reply = query(agent, period);
    QCOMPARE(test::errorCode(reply), QStringLiteral("forbidden"));
    QCOMPARE(reply.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("permission"))
                 .toString(),
             QStringLiteral("read_metrics"));
    QCOMPARE(refusalsAudited(QStringLiteral("request:metrics.query")), 1);
}

void TestMetrics::oneAgentAndTodayNarrowTheFigures()
{
    RawClient admin;
    QVERIFY(admin.connectTo(m_server->url()));
    QVERIFY(admin.login(QStringLiteral("admin1"), QStringLiteral("demo")));
    QJsonObject reply = query(admin, {{QStringLiteral("fromDay"), kDay1},
                                      {QStringLiteral("toDay"), kDay2},
                                      {QStringLiteral("agentId"), m_a1}});
    QString problems = differences(
        QStringLiteral("agent1 total"),
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("total")).toObject(),
        {3, 1, 1, 1, 2, 210000, 300000, 2000, 40000, 0, 0, 0, 0, 2});
    QCOMPARE(
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("agents")).toArray().size(),
        1);
    // Today on the server's clock is day 2.
    reply = query(admin, {});
    QCOMPARE(reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("fromDay")).toString(),
             kDay2);
    problems += differences(
        QStringLiteral("today"),
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("total")).toObject(),
        {2, 2, 0, 1, 3, 500000, 1200000, 2000, 110000, 2, 0, 1, 1, 0});
    // A span in milliseconds: day 1 from 09:00 to 10:01 holds C1's resolve, C1's and C2's waits, C2's
    // hand-off and agent1's question in C2; budgets and spend go by the whole day it touches.
    reply =
        query(admin, {{QStringLiteral("from"), B - 30 * kMinute}, {QStringLiteral("to"), B + 31 * kMinute}});
    problems += differences(
        QStringLiteral("span"),
        reply.value(QStringLiteral("payload")).toObject().value(QStringLiteral("total")).toObject(),
        {1, 1, 0, 1, 2, 210000, 300000, 2000, 110000, 1, 0, 1, 0, 1});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    reply = query(admin, {{QStringLiteral("agentId"), 99999}});
    QCOMPARE(test::errorCode(reply), QStringLiteral("not_found"));
}

void TestMetrics::requestsAreValidated()
{
    RawClient admin;
    QVERIFY(admin.connectTo(m_server->url()));
    QVERIFY(admin.login(QStringLiteral("admin1"), QStringLiteral("demo")));
    const QList<std::tuple<QJsonObject, QString, QString>> cases{
        {{{QStringLiteral("fromDay"), kDay1}},
         QStringLiteral("missing_field"),
         QStringLiteral("payload.toDay")},
        {{{QStringLiteral("fromDay"), QStringLiteral("2026-11-2")}, {QStringLiteral("toDay"), kDay2}},
         QStringLiteral("invalid_field"),
         QStringLiteral("payload.fromDay")},
        {{{QStringLiteral("fromDay"), kDay2}, {QStringLiteral("toDay"), kDay1}},
         QStringLiteral("invalid_field"),
         QStringLiteral("payload.toDay")},
        {{{QStringLiteral("fromDay"), QStringLiteral("2025-01-01")}, {QStringLiteral("toDay"), kDay1}},
         QStringLiteral("invalid_field"),
         QStringLiteral("payload.toDay")},
        {{{QStringLiteral("from"), B}, {QStringLiteral("to"), B}},
         QStringLiteral("invalid_field"),
         QStringLiteral("payload.to")},
        {{{QStringLiteral("from"), B}}, QStringLiteral("missing_field"), QStringLiteral("payload.to")},
        {{{QStringLiteral("from"), B},
          {QStringLiteral("to"), B + 1},
          {QStringLiteral("fromDay"), kDay1},
          {QStringLiteral("toDay"), kDay1}},
         QStringLiteral("invalid_field"),
         QStringLiteral("payload.from")},
        {{{QStringLiteral("teamId"), QStringLiteral("north")}},
         QStringLiteral("invalid_field"),
         QStringLiteral("payload.teamId")},
    };
    for (const auto &[payload, code, field] : cases) {
        const QJsonObject reply = query(admin, payload);
        QCOMPARE(test::errorCode(reply), code);
        QCOMPARE(reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 field);
    }
}

void TestMetrics::askedToRepeatDetector()
{
    const QMap<QString, QString> carried{{QStringLiteral("order_number"), QStringLiteral("W1002")},
                                         {QStringLiteral("product"), QStringLiteral("保温杯")}};
    QCOMPARE(assist::askedToRepeat(QStringLiteral("请问您的订单号是多少？"), carried),
             QStringLiteral("order_number"));
    QCOMPARE(assist::askedToRepeat(QStringLiteral("Could you tell me your order number?"), carried),
             QStringLiteral("order_number"));
    QCOMPARE(assist::askedToRepeat(QStringLiteral("您买的是哪个商品呢？"), carried),
             QStringLiteral("product"));
    QCOMPARE(assist::askedToRepeat(QStringLiteral("Which product was it?"), carried),
             QStringLiteral("product"));
    // Quoting what was carried confirms it: that is what a hand-off is for.
    QCOMPARE(assist::askedToRepeat(QStringLiteral("您的订单号是 W1002 对吗？"), carried), QString());
    QCOMPARE(assist::askedToRepeat(QStringLiteral("Is your order number w1002?"), carried), QString());
    // Naming the slot without asking is a statement.
    QCOMPARE(assist::askedToRepeat(QStringLiteral("订单号我这边已经看到了，马上为您处理。"), carried),
             QString());
    // A question about a fact that was not carried is a fair question.
    QCOMPARE(assist::askedToRepeat(QStringLiteral("请问您是什么时候收到的？"), carried), QString());
    QCOMPARE(assist::askedToRepeat(QStringLiteral("请问您的订单号是多少？"), {}), QString());
    QVERIFY(!assist::repeatCues(QStringLiteral("order_number")).isEmpty());
    QVERIFY(assist::repeatCues(QStringLiteral("customer_name")).isEmpty());
    // docs/metrics.md lists every cue of every slot.
    QFile doc(QStringLiteral(WARMLINE_SOURCE_DIR "/docs/metrics.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString &slot :
         {QStringLiteral("order_number"), QStringLiteral("product"), QStringLiteral("merchant"),
          QStringLiteral("order_date"), QStringLiteral("delivery_date"), QStringLiteral("order_amount"),
          QStringLiteral("order_status")}) {
        const QStringList cues = assist::repeatCues(slot);
        QVERIFY2(!cues.isEmpty(), qPrintable(slot));
        for (const QString &cue : cues)
            QVERIFY2(text.contains(cue), qPrintable(slot + QStringLiteral(": ") + cue));
    }
}

void TestMetrics::panelShowsTheFiguresAndExportsCsv()
{
    // Chinese interface, so the screenshot shows the CJK team and agent names laid out for real.
    test::useInterfaceLanguage(QStringLiteral("zh_CN"));
    sync::ServerConnection connection;
    connection.setUrl(m_server->url());
    connection.setStaffCredentials(QStringLiteral("admin1"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), sync::ServerConnection::State::Live, 10000);

    sync::MetricsController controller(connection);
    QAbstractItemModelTester tester(controller.table(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    controller.setDays(QDate::fromString(kDay1, Qt::ISODate), QDate::fromString(kDay2, Qt::ISODate));
    ui::MetricsPanel panel(controller);
    panel.resize(1280, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Showing the panel counts the figures.
    QTRY_COMPARE(controller.state(), sync::MetricsController::State::Ready);

    // The total, three teams, four agents — the figures of the fixture, as the table shows them.
    const sync::MetricsTableModel &table = *controller.table();
    QCOMPARE(table.rowCount(), 8);
    using Column = sync::MetricsTableModel::Column;
    const auto cell = [&table](int row, int column) {
        return table.data(table.index(row, column)).toString();
    };
    QCOMPARE(cell(0, Column::Resolved), QStringLiteral("6"));
    QCOMPARE(cell(0, Column::FirstContact), sync::MetricsTableModel::rate(4, 6));
    QCOMPARE(cell(0, Column::WaitAverage), sync::MetricsTableModel::duration(445714));
    QCOMPARE(cell(0, Column::Loops), QStringLiteral("1"));
    QCOMPARE(cell(0, Column::AskedToRepeat), QStringLiteral("2"));
    QCOMPARE(cell(1, Column::Name), QStringLiteral("北区"));
    QVERIFY(cell(1, Column::Spend).contains(sync::MetricsTableModel::money(2000)));
    QVERIFY(cell(1, Column::Spend).contains(sync::MetricsTableModel::money(100000)));

    // The chart has one bar per day per figure: day 1 resolved 4, day 2 resolved 2.
    auto *view = panel.findChild<QChartView *>(QStringLiteral("metricsChart"));
    QVERIFY(view);
    const auto series = view->chart()->series();
    QCOMPARE(series.size(), 1);
    const auto sets = qobject_cast<QBarSeries *>(series.constFirst())->barSets();
    QCOMPARE(sets.size(), 4);
    QCOMPARE(sets.at(0)->count(), 2);
    QCOMPARE(sets.at(0)->at(0), 4.0);
    QCOMPARE(sets.at(0)->at(1), 2.0);
    QCOMPARE(sets.at(1)->at(0), 2.0); // first contact on day 1: C1, C7

    // Narrowing to a team asks again and shows only it.
    auto *team = panel.findChild<QComboBox *>(QStringLiteral("metricsTeam"));
    QVERIFY(team);
    QCOMPARE(team->count(), 4); // all, and the three teams
    team->setCurrentIndex(team->findData(m_south));
    QTRY_COMPARE(controller.state(), sync::MetricsController::State::Ready);
    QTRY_COMPARE(table.rowCount(), 1 + 1 + 1); // total, south, agent3
    QCOMPARE(cell(0, Column::Resolved), QStringLiteral("2"));
    team->setCurrentIndex(0);
    QTRY_COMPARE(table.rowCount(), 8);
    QTRY_COMPARE(cell(0, Column::Resolved), QStringLiteral("6"));

    QCOMPARE(controller.query().fromDay, kDay1); // still the two days the panel was opened with
    if (const QByteArray dir = qgetenv("WARMLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/metrics-panel.png")));
    }

    // Export: a header row and one record per table row, every field as shown — read back with an
    // RFC 4180 reader, so the quoting of "陈晨, \"小陈\"" and of grouped amounts is checked.
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(panel.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.contains(QStringLiteral("\"陈晨, \"\"小陈\"\"\"").toUtf8())); // quoted, quotes doubled
    QString error;
    const auto records = assist::parseCsv(QString::fromUtf8(bytes), &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->size(), 1 + table.rowCount());
    QCOMPARE(records->at(0).fields.size(), int(Column::ColumnCount));
    for (int column = 0; column < Column::ColumnCount; ++column)
        QCOMPARE(records->at(0).fields.at(column), table.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < table.rowCount(); ++row) {
        for (int column = 0; column < Column::ColumnCount; ++column)
            QCOMPARE(records->at(row + 1).fields.at(column), cell(row, column).trimmed());
    }
    QCOMPARE(records->at(8).fields.at(Column::Name), QStringLiteral("陈晨, \"小陈\""));
    test::useInterfaceLanguage(QStringLiteral("en"));
    // A folder that does not exist: refused, and the panel says what to do.
    QVERIFY(!panel.exportCsv(m_dir.filePath(QStringLiteral("missing/export.csv"))));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("metricsStatus"))
                ->text()
                .contains(QStringLiteral("another folder")));
    // How the English interface writes a rate and a duration.
    QCOMPARE(sync::MetricsTableModel::rate(4, 6), QStringLiteral("4 of 6 · 67 %"));
    QCOMPARE(sync::MetricsTableModel::rate(0, 0), QStringLiteral("–"));
    QCOMPARE(sync::MetricsTableModel::duration(445714), QStringLiteral("7 min 26 s"));
    QCOMPARE(sync::MetricsTableModel::duration(42000), QStringLiteral("42 s"));
}

void TestMetrics::panelTellsWhatToDoWhenRefused()
{
    sync::ServerConnection connection;
    connection.setUrl(m_server->url());
    connection.setStaffCredentials(QStringLiteral("sup1"), QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), sync::ServerConnection::State::Live, 10000);
    sync::MetricsController controller(connection);
    controller.setTeam(m_west);
    ui::MetricsPanel panel(controller);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(controller.state(), sync::MetricsController::State::Failed);
    QCOMPARE(controller.error().code, protocol::ErrorCode::Forbidden);
    const QString status = panel.findChild<QLabel *>(QStringLiteral("metricsStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Refresh")), qPrintable(status));
    // A day nothing happened on is empty, not an error.
    controller.setTeam(0);
    controller.setDays(QDate(2026, 1, 5), QDate(2026, 1, 5));
    controller.refresh();
    QTRY_COMPARE(controller.state(), sync::MetricsController::State::Empty);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("metricsStatus"))
                ->text()
                .contains(QStringLiteral("longer period")));
}

int main(int argc, char **argv)
{
    // Day boundaries are the server's local days: pin them to Beijing so the fixture's days hold.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    TestMetrics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_metrics.moc"
