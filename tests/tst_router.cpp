// The server's request table and permission matrix against their documentation, every request
// type written, read back and compared (and its fields named in the docs), and the router's
// refusals (typed, audited, before any handler) over real sockets to an in-process server whose
// clock the test moves.
#include "core/permission.h"
#include "protocol/answered.h"
#include "protocol/mentoringmessages.h"
#include "protocol/messages.h"
#include "protocol/metricsmessages.h"
#include "protocol/openingmessages.h"
#include "protocol/supervisionmessages.h"
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
    void everyRequestTypeRoundTrips();
    void everyRoutedTypeHasATypedReply();
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

namespace {

// Writes the request, reads it back as the server would, and compares: every field survives, and
// the reader accepts what the writer wrote. Empty when it does; else what went wrong.
// Each type's sample as JSON, for checking the documentation names every field.
using Samples = QList<std::pair<QString, QJsonObject>>;

template<typename Request, typename... Read>
QString roundTrip(Samples &covered, const Request &sample, const QString &type, Read... read)
{
    covered.append({type, sample.toJson()});
    protocol::PayloadReader reader(sample.toJson());
    const Request back = Request::read(reader, read...);
    if (!reader.ok())
        return type + QStringLiteral(": the reader refused what the writer wrote: ") + reader.error().message;
    if (!(back == sample))
        return type + QStringLiteral(": a field did not survive the round trip");
    return {};
}

template<typename Request>
QString roundTrip(Samples &covered, const Request &sample)
{
    return roundTrip(covered, sample, Request::type);
}

core::Remedy remedy(core::RemedyKind kind, qint64 fen)
{
    core::Remedy remedy;
    remedy.kind = kind;
    remedy.cost = core::Money::fromMinor(fen);
    return remedy;
}

} // namespace

void TestRouter::everyRequestTypeRoundTrips()
{
    using namespace protocol;
    using core::RemedyKind;
    Samples covered;
    QStringList problems;
    const auto check = [&](const QString &problem) {
        if (!problem.isEmpty())
            problems.append(problem);
    };
    // Every field away from its default, so a field the reader or writer forgets shows.
    check(roundTrip(covered, LoginRequest{QStringLiteral("agent1"), QStringLiteral("密码 demo"),
                                          QStringLiteral("warmline 0.1")}));
    check(roundTrip(covered, ResumeRequest{QStringLiteral("token-abc")}));
    check(roundTrip(covered, CustomerLoginRequest{42}));
    check(roundTrip(covered, LogoutRequest{}));
    check(roundTrip(covered, SubscribeRequest{{topic::conversations}, 17}));
    check(roundTrip(covered, HistoryRequest{12, 340, 20}));
    check(roundTrip(covered, AcceptRequest{12}));
    check(roundTrip(covered, ReplyRequest{12, QStringLiteral("您好，马上为您查询")}));
    check(roundTrip(covered, ResolveRequest{12}));
    check(roundTrip(covered, CustomerMessageRequest{core::Channel::App, QStringLiteral("杯子碎了"), 7}));
    check(roundTrip(covered, ProfileRequest{5, 9}));
    core::OrderQuery orders;
    orders.customerId = 5;
    orders.sort = core::OrderQuery::Sort::Amount;
    orders.descending = false;
    orders.filter = QStringLiteral("杯");
    orders.offset = 20;
    orders.limit = 50;
    check(roundTrip(covered, OrdersRequest{orders}));
    check(roundTrip(covered, OrderDetailRequest{9}));
    check(roundTrip(covered, ComplaintCreateRequest{9, QStringLiteral("damaged_item"), 12}));
    check(roundTrip(covered, SetOrderRequest{12, 9}));
    check(roundTrip(covered,
                    AssistFeedbackRequest{12, 340, QStringLiteral("refund_status"), QStringLiteral("t-3"),
                                          AssistFeedbackRequest::sources().constLast(),
                                          AssistFeedbackRequest::actions().constLast()}));
    check(roundTrip(covered, AssistStateRequest{300, 40}));
    check(roundTrip(covered, CompensationOptionsRequest{3}));
    const QList<core::Remedy> combined{remedy(RemedyKind::PartialRefund, 1500),
                                       remedy(RemedyKind::Coupon, 1000)};
    check(roundTrip(covered, CompensationDecideRequest{3, 12, combined, QStringLiteral("第二次破损")}));
    check(roundTrip(covered, CompensationApprovalRequest{3, 12, combined, QStringLiteral("老客户")}));
    check(roundTrip(covered, CompensationOfferRequest{3,
                                                      12,
                                                      {{remedy(RemedyKind::PartialRefund, 1500)},
                                                       {remedy(RemedyKind::Coupon, 2000)}},
                                                      QStringLiteral("让客户选")}));
    check(roundTrip(covered, CompensationChooseRequest{8, 1}));
    check(roundTrip(covered, ApprovalListRequest{}));
    using Answer = ApprovalAnswerRequest::Answer;
    check(roundTrip(covered, ApproveRequest{{Answer::Approve, 8, QStringLiteral("同意"), {}}}));
    check(roundTrip(covered, RejectRequest{{Answer::Reject, 8, QStringLiteral("超出本单可赔范围"), {}}}));
    check(roundTrip(
        covered,
        AmendRequest{
            {Answer::Amend, 8, QStringLiteral("改为部分退款"), {remedy(RemedyKind::PartialRefund, 1200)}}}));
    check(roundTrip(covered, AuthoritySetRequest{4, 5000, 30000}));
    check(roundTrip(covered, AuthorityGetRequest{4}));
    check(roundTrip(covered, OpeningListRequest{}));
    check(roundTrip(covered, OpeningSaveRequest{6, QStringLiteral("chat"), QStringLiteral("中秋"),
                                                QStringLiteral("{greeting}！中秋快乐")}));
    check(roundTrip(covered, OpeningActivateRequest{6, false}));
    check(roundTrip(covered, OpeningDeleteRequest{6}));
    check(roundTrip(covered, LibraryListRequest{}));
    check(roundTrip(covered, LibraryAdoptRequest{2, true, QStringLiteral("我的版本")}));
    check(roundTrip(covered, ContestCreateRequest{QStringLiteral("中秋开场白"), test::kDemoNowMs,
                                                  test::kDemoNowMs + 86400000}));
    check(roundTrip(covered, ContestListRequest{}));
    check(roundTrip(covered, ContestSubmitRequest{3, 6}));
    check(roundTrip(covered, ContestScoreRequest{5, 4, 3, 2, QStringLiteral("很温暖")}));
    check(roundTrip(covered, ContestLeaderboardRequest{3}));
    check(roundTrip(covered, ContestPublishRequest{3, 2}));
    check(roundTrip(covered, PresenceSetRequest{core::Presence::Away}));
    check(roundTrip(covered, TransferRequest{12, 4, {}, QStringLiteral("客户要换货，订单已核实")}));
    check(roundTrip(covered, DeclineOfferRequest{12}));
    check(roundTrip(covered, TransferTargetsRequest{}));
    check(roundTrip(covered, RosterRequest{}));
    check(roundTrip(covered, AssignRequest{12, 5, {}, QStringLiteral("VIP, waited 4 minutes")}));
    check(roundTrip(covered, MentorStartRequest{5}));
    check(roundTrip(covered, MentorEndRequest{3}));
    check(roundTrip(covered, MentorWhisperRequest{3, 12, QStringLiteral("先道歉，再给两个选择")}));
    check(roundTrip(covered, MentoringStateRequest{}));
    check(roundTrip(covered, MentorBookmarkRequest{3, 340, QStringLiteral("这里道歉得很及时")}));
    check(roundTrip(covered, MentorReviewRequest{3, 4, 5, 3, 4, QStringLiteral("下次先确认订单号")}));
    check(roundTrip(covered, MentorFeedbackRequest{}));
    check(roundTrip(covered, MentorProfileRequest{9, true, 1500, true}));
    check(roundTrip(
        covered, MentorApproveRequest{31, QStringLiteral("很抱歉，马上为您换新"), QStringLiteral("先道歉")}));
    check(roundTrip(covered, MentorReturnRequest{31, QStringLiteral("给出具体日期")}));
    check(roundTrip(covered, MentorProgressRequest{4}));
    check(roundTrip(covered, MentorReplayRequest{42}));
    check(roundTrip(covered,
                    CaseSearchRequest{QStringLiteral("快递 延误"), QStringLiteral("late_delivery"), 20}));
    check(roundTrip(covered, CaseGetRequest{4}));
    check(roundTrip(covered, CaseRelatedRequest{QStringLiteral("快递一周了还没到")}));
    check(roundTrip(covered, CaseCandidatesRequest{}));
    check(roundTrip(covered, CasePreviewRequest{42}));
    check(roundTrip(covered,
                    CasePromoteRequest{42,
                                       QStringLiteral("快递延误，先补偿再追件"),
                                       QStringLiteral("客户等了一周"),
                                       QStringLiteral("没有让客户等物流回复"),
                                       QStringLiteral("客户接受，没有再来电"),
                                       QStringLiteral("先给确定感"),
                                       {QStringLiteral("late_delivery"), QStringLiteral("老人关怀")}}));
    check(roundTrip(covered, MetricsQueryRequest{2, 4, QStringLiteral("2026-11-01"),
                                                 QStringLiteral("2026-11-30"), 0, 0}));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Every type the server routes is in this list, so a new request type needs its sample here.
    QStringList routed;
    for (const server::Route *route : m_server->router().routes())
        routed.append(route->type);
    QStringList types;
    for (const auto &[type, json] : covered)
        types.append(type);
    types.sort();
    QCOMPARE(types, routed);

    // docs/protocol.md names every field each request writes, in the type's own description: its
    // section (from its heading to the next) or its row of a table.
    QFile doc(QStringLiteral(WARMLINE_SOURCE_DIR "/docs/protocol.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString protocol = QString::fromUtf8(doc.readAll());
    for (const auto &[type, json] : covered) {
        const QString quoted = QRegularExpression::escape(type);
        const QRegularExpression section(QStringLiteral("^### [^\\n]*`%1`.*?(?=^### |^## |\\z)").arg(quoted),
                                         QRegularExpression::MultilineOption |
                                             QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression row(QStringLiteral("^\\| `%1`[^\\n]*$").arg(quoted),
                                     QRegularExpression::MultilineOption);
        QString description = section.match(protocol).captured();
        for (auto it = row.globalMatch(protocol); it.hasNext();)
            description += it.next().captured();
        QVERIFY2(!description.isEmpty(), qPrintable(type + QStringLiteral(" has no description")));
        for (const QString &key : json.keys()) {
            if (!description.contains(u'`' + key + u'`') && !description.contains(u'"' + key + u'"'))
                problems.append(
                    QStringLiteral("%1: docs/protocol.md does not describe the field %2").arg(type, key));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestRouter::everyRoutedTypeHasATypedReply()
{
    QSet<QString> answered;
    std::apply([&](auto... message) { (answered.insert(decltype(message)::type), ...); },
               protocol::AnsweredRequests{});
    QStringList untyped;
    for (const server::Route *route : m_server->router().routes()) {
        if (!answered.contains(route->type))
            untyped.append(route->type);
    }
    untyped.sort();
    // Every request type's ack is a described struct (tst_schema round-trips it and checks it
    // against docs/protocol.md): a new request type comes with its Reply.
    QVERIFY2(untyped.isEmpty(), qPrintable(QStringLiteral("answered with free JSON: ") + untyped.join(u',')));
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
