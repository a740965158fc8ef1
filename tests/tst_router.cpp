// The server's request table and permission matrix against their documentation, and the router's
// refusals (typed, audited, before any handler) over real sockets to an in-process server whose
// clock the test moves.
#include "core/permission.h"
#include "protocol/messages.h"
#include "server/warmlineserver.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace warmline;
using test::RawClient;

class TestRouter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRequestTypeIsDocumented();
    void permissionMatrixIsDocumented();
    void refusalsComeBeforeTheHandlerAndAreAudited();
    void secondSignInIsRefused();
    void rateLimitRefillsOnTheServersClock();

private:
    // The text between <!-- NAME:begin --> and <!-- NAME:end --> in a file under docs/.
    static QString generatedSection(const QString &file, const QString &name);
    int auditedRefusals(const QString &type);

    QTemporaryDir m_dir;
    qint64 m_now = test::kDemoNowMs;
    std::unique_ptr<server::WarmlineServer> m_server;
};

void TestRouter::initTestCase()
{
    server::ServerOptions options;
    options.port = 0;
    options.databasePath = m_dir.filePath(QStringLiteral("router.sqlite"));
    options.demo = true;
    options.demoData.customers = 20;
    options.demoData.nowMs = test::kDemoNowMs;
    options.openCustomerChannel = true;
    options.clock = [this] { return m_now; };
    m_server = std::make_unique<server::WarmlineServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

QString TestRouter::generatedSection(const QString &file, const QString &name)
{
    QFile doc(QStringLiteral(WARMLINE_SOURCE_DIR "/docs/") + file);
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    const QString begin = QStringLiteral("<!-- %1:begin -->\n").arg(name);
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(QStringLiteral("<!-- %1:end -->").arg(name));
    if (from < 0 || to < from)
        return {};
    return text.mid(from + begin.size(), to - from - begin.size());
}

void TestRouter::everyRequestTypeIsDocumented()
{
    QString table =
        QStringLiteral("| type | module | permission | kind |\n|------|--------|------------|------|\n");
    QFile doc(QStringLiteral(WARMLINE_SOURCE_DIR "/docs/protocol.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString protocol = QString::fromUtf8(doc.readAll());
    const auto routes = m_server->router().routes();
    QVERIFY(routes.size() >= 40);
    for (const server::Route *route : routes) {
        const char *kind = route->kind == server::Route::Kind::Command ? "command (idempotent)"
                           : route->kind == server::Route::Kind::Query ? "query"
                                                                       : "session";
        table += QStringLiteral("| `%1` | %2 | `%3` | %4 |\n")
                     .arg(route->type, route->module, core::permissionName(route->permission),
                          QLatin1StringView(kind));
        // Beyond the table, each type has its own description (a heading or a row of its section).
        const QRegularExpression described(
            QStringLiteral("(^### .*`%1`|^\\| `%1`)").arg(QRegularExpression::escape(route->type)),
            QRegularExpression::MultilineOption);
        QVERIFY2(protocol.contains(described),
                 qPrintable(route->type + QStringLiteral(" has no description")));
    }
    // The table in docs/protocol.md is this one: the schema's types, modules and permissions.
    const QString documented = generatedSection(QStringLiteral("protocol.md"), QStringLiteral("routes"));
    if (documented != table)
        qWarning().noquote() << "docs/protocol.md's route table should read:\n" << table;
    QVERIFY(documented == table);
}

void TestRouter::permissionMatrixIsDocumented()
{
    const QList<std::pair<QString, core::Principal>> holders{
        {QStringLiteral("anonymous"), core::Principal::anonymous()},
        {QStringLiteral("customer"), core::Principal::customer()},
        {QStringLiteral("agent"), core::Principal::staff(core::Role::Agent)},
        {QStringLiteral("supervisor"), core::Principal::staff(core::Role::Supervisor)},
        {QStringLiteral("trainer"), core::Principal::staff(core::Role::Trainer)},
        {QStringLiteral("admin"), core::Principal::staff(core::Role::Admin)},
    };
    QString table = QStringLiteral("| permission |");
    QString rule = QStringLiteral("|------------|");
    for (const auto &[name, principal] : holders) {
        table += QStringLiteral(" %1 |").arg(name);
        rule += QString(name.size() + 2, u'-') + u'|';
    }
    table += u'\n' + rule + u'\n';
    for (const core::Permission permission : core::allPermissions()) {
        QCOMPARE(core::permissionFromName(core::permissionName(permission)), permission);
        table += QStringLiteral("| `%1` |").arg(core::permissionName(permission));
        for (const auto &[name, principal] : holders)
            table += core::allows(principal, permission) ? QStringLiteral(" ✓ |") : QStringLiteral("  |");
        table += u'\n';
    }
    const QString documented = generatedSection(QStringLiteral("security.md"), QStringLiteral("permissions"));
    if (documented != table)
        qWarning().noquote() << "docs/security.md's matrix should read:\n" << table;
    QVERIFY(documented == table);
}

int TestRouter::auditedRefusals(const QString &type)
{
    QSqlQuery query(m_server->database());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.refused' AND subject = ?"));
    query.addBindValue(QString(QStringLiteral("request:") + type));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestRouter::refusalsComeBeforeTheHandlerAndAreAudited()
{
    RawClient agent;
    QVERIFY(agent.connectTo(m_server->url()));
    QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo")));
    // No such approval exists: a handler would say not_found; the router answers first.
    const QString id = agent.send(protocol::ApprovalAnswerRequest::approveType,
                                  {{QStringLiteral("compensationId"), 999999}});
    auto reply = agent.waitReply(id);
    QVERIFY(reply);
    const QJsonObject error = reply->value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(error.value(QStringLiteral("details")).toObject().value(QStringLiteral("permission")).toString(),
             QStringLiteral("answer_approvals"));
    QCOMPARE(auditedRefusals(protocol::ApprovalAnswerRequest::approveType), 1);

    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(3));
    reply =
        customer.waitReply(customer.send(protocol::AcceptRequest::type, protocol::AcceptRequest{1}.toJson()));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("forbidden"));
    QCOMPARE(auditedRefusals(protocol::AcceptRequest::type), 1);
    // Staff do not write as a customer either.
    reply = agent.waitReply(agent.send(protocol::CustomerMessageRequest::type,
                                       {{QStringLiteral("channel"), QStringLiteral("web")},
                                        {QStringLiteral("text"), QStringLiteral("hello")}}));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("permission"))
                 .toString(),
             QStringLiteral("write_as_customer"));
    QCOMPARE(auditedRefusals(protocol::CustomerMessageRequest::type), 1);
    // Nobody signed in yet: told to log in, and not audited (there is nobody to hold to account).
    RawClient anonymous;
    QVERIFY(anonymous.connectTo(m_server->url()));
    reply = anonymous.waitReply(
        anonymous.send(protocol::AcceptRequest::type, protocol::AcceptRequest{1}.toJson()));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not_authenticated"));
    QCOMPARE(auditedRefusals(protocol::AcceptRequest::type), 1);
}

void TestRouter::secondSignInIsRefused()
{
    RawClient customer;
    QVERIFY(customer.connectTo(m_server->url()));
    QVERIFY(customer.loginCustomer(4));
    const int before = auditedRefusals(protocol::CustomerLoginRequest::type);
    const auto reply = customer.waitReply(
        customer.send(protocol::CustomerLoginRequest::type, {{QStringLiteral("customerId"), 5}}));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("already_authenticated"));
    QCOMPARE(auditedRefusals(protocol::CustomerLoginRequest::type), before + 1);
    // Still customer 4: what it writes lands in customer 4's conversation.
    const auto written = customer.request(protocol::CustomerMessageRequest::type,
                                          {{QStringLiteral("channel"), QStringLiteral("web")},
                                           {QStringLiteral("text"), QStringLiteral("who am I?")}});
    QVERIFY(written);
    const auto history = customer.request(
        protocol::HistoryRequest::type,
        {{QStringLiteral("conversationId"), written->value(QStringLiteral("conversationId"))}});
    QVERIFY(history);
    QCOMPARE(history->value(QStringLiteral("conversation"))
                 .toObject()
                 .value(QStringLiteral("customerId"))
                 .toInteger(),
             4);
}

void TestRouter::rateLimitRefillsOnTheServersClock()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->url()));
    QVERIFY(client.loginCustomer(6));
    // The clock stands still: a burst beyond the bucket is refused, each under its own id.
    QStringList ids;
    for (int i = 0; i < 150; ++i)
        ids.append(client.send(protocol::SubscribeRequest::type,
                               {{QStringLiteral("topics"), QJsonArray{protocol::topic::mine}}}));
    int limited = 0;
    for (const QString &id : std::as_const(ids)) {
        const auto reply = client.waitReply(id, 5000);
        QVERIFY(reply);
        const QJsonObject error = reply->value(QStringLiteral("error")).toObject();
        if (error.value(QStringLiteral("code")).toString() == QLatin1StringView("rate_limited")) {
            ++limited;
            QVERIFY(
                error.value(QStringLiteral("details")).toObject().contains(QStringLiteral("retryAfterMs")));
        }
    }
    QVERIFY2(limited >= 150 - 80, qPrintable(QString::number(limited)));
    // Still no time has passed: still refused.
    auto reply = client.waitReply(client.send(
        protocol::SubscribeRequest::type, {{QStringLiteral("topics"), QJsonArray{protocol::topic::mine}}}));
    QVERIFY(reply);
    QCOMPARE(reply->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("rate_limited"));
    // A second later the bucket has refilled.
    m_now += 1000;
    QVERIFY(client.request(protocol::SubscribeRequest::type,
                           {{QStringLiteral("topics"), QJsonArray{protocol::topic::mine}}}));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
