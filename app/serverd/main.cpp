// warmline-server: parses the command line and wires the backend together; nothing else.

#include "core/role.h"
#include "server/warmlineserver.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rosterstore.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

using namespace warmline;

namespace {

bool parseListen(const QString &value, server::ServerOptions &options)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    if (host == QLatin1StringView("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!options.address.setAddress(host))
        return false;
    options.port = quint16(port);
    return true;
}

int addAgent(const server::ServerOptions &options, const QString &login, const QString &roleName,
             const QString &displayName, const QString &team, const QStringList &languages)
{
    QTextStream err(stderr);
    const auto role = core::roleFromName(roleName);
    if (!role) {
        err << "unknown role " << roleName << "; use agent, supervisor, trainer or admin\n";
        return 2;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 8) {
        err << "give the new password (at least 8 characters) on standard input\n";
        return 2;
    }
    storage::Database db;
    QString error;
    if (!db.open(options.databasePath, QStringLiteral("add-agent"), &error) || !db.migrate(&error)) {
        err << error << '\n';
        return 1;
    }
    storage::AccountStore accounts(db.connection());
    const auto teamId = accounts.ensureTeam(team, &error);
    const auto created = teamId ? accounts.createAgent(login, displayName.isEmpty() ? login : displayName,
                                                       *role, *teamId, password, &error)
                                : std::nullopt;
    if (!created) {
        err << "cannot create " << login << ": " << error << '\n';
        return 1;
    }
    if (!languages.isEmpty() && !storage::RosterStore(db.connection()).setLanguages(*created, languages)) {
        err << "cannot record the languages of " << login << '\n';
        return 1;
    }
    QTextStream(stdout) << "created " << roleName << ' ' << login << '\n';
    return 0;
}

int verifyAuditLog(const QString &path)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QFileInfo::exists(path)) {
        err << "no database at " << path << '\n';
        return 2;
    }
    storage::Database db;
    QString error;
    if (!db.open(path, QStringLiteral("verify-audit"), &error) || !db.migrate(&error)) {
        err << error << '\n';
        return 1;
    }
    const auto result = storage::AuditLog(db.connection()).verify();
    if (result.intact) {
        out << "audit log intact: " << result.entries << " entries\n";
        return 0;
    }
    out << "audit log BROKEN at entry " << result.firstBrokenSeq << ": " << result.problem << '\n';
    return 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warmline-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Warmline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WARMLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Warmline backend: WebSocket protocol warmline.v1 over SQLite."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (port 0: any free port)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption dbPath(QStringLiteral("db"), QStringLiteral("SQLite database file."),
                                    QStringLiteral("path"), QStringLiteral("warmline.sqlite"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Seed demo accounts (password \"demo\") and data into an empty "
                       "database, open the customer channel and run the customer simulator."));
    const QCommandLineOption demoCustomers(QStringLiteral("demo-customers"),
                                           QStringLiteral("Number of demo customers (default 300)."),
                                           QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption demoOrders(QStringLiteral("demo-orders-per-customer"),
                                        QStringLiteral("Average demo orders per customer (default 8)."),
                                        QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption demoLarge(QStringLiteral("demo-large-customer-orders"),
                                       QStringLiteral("Give customer 1 exactly this many orders."),
                                       QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption demoNow(
        QStringLiteral("demo-now"),
        QStringLiteral("Anchor the demo data at this moment instead of the current time, so the same "
                       "rows come out on any day (ISO 8601, e.g. 2026-11-20T09:30:00+08:00)."),
        QStringLiteral("date-time"));
    const QCommandLineOption noSimulator(QStringLiteral("no-simulator"),
                                         QStringLiteral("With --demo: do not run the customer simulator."));
    const QCommandLineOption openCustomers(
        QStringLiteral("open-customer-channel"),
        QStringLiteral("Let customer connections identify by customer id alone "
                       "(demo, tests and trusted gateways only)."));
    const QCommandLineOption bot(
        QStringLiteral("bot"),
        QStringLiteral("Let the customer-facing bot answer new conversations first; the server listens "
                       "once its model is trained."));
    const QCommandLineOption retrainEvery(
        QStringLiteral("bot-retrain-every"),
        QStringLiteral("Retrain the bot in the background after this many agent-labelled messages "
                       "(default 25)."),
        QStringLiteral("n"), QStringLiteral("25"));
    const QCommandLineOption botIdle(
        QStringLiteral("bot-idle-close-seconds"),
        QStringLiteral(
            "Close a conversation the bot holds after this long without a message (default 1800)."),
        QStringLiteral("s"), QStringLiteral("1800"));
    const QCommandLineOption heartbeat(
        QStringLiteral("heartbeat-ms"),
        QStringLiteral("Ping interval; peers silent for three intervals are dropped."), QStringLiteral("ms"),
        QStringLiteral("10000"));
    const QCommandLineOption retention(
        QStringLiteral("event-retention"),
        QStringLiteral("Events kept for clients that resume (default 100000)."), QStringLiteral("n"),
        QStringLiteral("100000"));
    const QCommandLineOption switchWindow(
        QStringLiteral("switch-window-seconds"),
        QStringLiteral("How long a customer may switch to another offered compensation option "
                       "(default 604800: 7 days)."),
        QStringLiteral("s"), QStringLiteral("604800"));
    const QCommandLineOption escalation(
        QStringLiteral("approval-escalation-seconds"),
        QStringLiteral("Mark approval requests unanswered for this long as escalated (default 600)."),
        QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption slaWarn(
        QStringLiteral("sla-warn-seconds"),
        QStringLiteral("The queue board shows a customer waiting this long in amber (default 60)."),
        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption slaBreach(
        QStringLiteral("sla-breach-seconds"),
        QStringLiteral("The queue board shows a customer waiting this long in red (default 180)."),
        QStringLiteral("s"), QStringLiteral("180"));
    const QCommandLineOption offerTimeout(
        QStringLiteral("offer-timeout-seconds"),
        QStringLiteral("How long routing offers a waiting conversation to one agent before the next "
                       "(default 30)."),
        QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption noRouting(
        QStringLiteral("no-routing"),
        QStringLiteral("Do not offer waiting conversations to available agents; "
                       "everyone accepts from the queue."));
    const QCommandLineOption addAgentOption(
        QStringLiteral("add-agent"),
        QStringLiteral("Create a staff account (password read from standard "
                       "input) and exit."),
        QStringLiteral("login"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("With --add-agent: agent, supervisor, trainer "
                                                 "or admin."),
                                  QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         QStringLiteral("With --add-agent: shown name."),
                                         QStringLiteral("name"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("With --add-agent: team name."),
                                  QStringLiteral("team"), QStringLiteral("Frontline"));
    const QCommandLineOption languagesOption(
        QStringLiteral("languages"),
        QStringLiteral("With --add-agent: languages the agent serves customers in, e.g. zh,en "
                       "(routing offers them only those customers; default: any)."),
        QStringLiteral("codes"));
    const QCommandLineOption verifyAudit(
        QStringLiteral("verify-audit"),
        QStringLiteral("Check the audit log's hash chain, name the first broken "
                       "link, and exit (0: intact, 3: broken)."));
    parser.addOptions({verifyAudit, listen,         dbPath,      demo,          demoCustomers, demoOrders,
                       demoLarge,   demoNow,        noSimulator, openCustomers, bot,           retrainEvery,
                       botIdle,     heartbeat,      retention,   switchWindow,  escalation,    addAgentOption,
                       role,        displayName,    team,        slaWarn,       slaBreach,     offerTimeout,
                       noRouting,   languagesOption});
    parser.process(app);

    QTextStream err(stderr);
    server::ServerOptions options;
    if (!parseListen(parser.value(listen), options)) {
        err << "--listen wants host:port, for example 127.0.0.1:8765\n";
        return 2;
    }
    options.databasePath = parser.value(dbPath);
    if (parser.isSet(verifyAudit))
        return verifyAuditLog(options.databasePath);
    if (parser.isSet(addAgentOption))
        return addAgent(options, parser.value(addAgentOption), parser.value(role), parser.value(displayName),
                        parser.value(team),
                        parser.value(languagesOption).split(QLatin1Char(','), Qt::SkipEmptyParts));

    bool ok = true;
    auto number = [&](const QCommandLineOption &option, int minimum) {
        bool parsed = false;
        const int value = parser.value(option).toInt(&parsed);
        if (!parsed || value < minimum) {
            err << "--" << option.names().constFirst() << " wants a whole number >= " << minimum << '\n';
            ok = false;
        }
        return value;
    };
    options.demo = parser.isSet(demo);
    options.demoData.customers = number(demoCustomers, 1);
    options.demoData.averageOrdersPerCustomer = number(demoOrders, 1);
    options.demoData.largeCustomerOrders = number(demoLarge, 0);
    if (parser.isSet(demoNow)) {
        const QDateTime anchor = QDateTime::fromString(parser.value(demoNow), Qt::ISODate);
        if (!anchor.isValid()) {
            err << "--demo-now wants an ISO 8601 date and time, for example 2026-11-20T09:30:00+08:00\n";
            ok = false;
        }
        options.demoData.nowMs = anchor.toMSecsSinceEpoch();
    }
    options.simulator = options.demo && !parser.isSet(noSimulator);
    options.openCustomerChannel = options.demo || parser.isSet(openCustomers);
    options.bot = parser.isSet(bot);
    options.waitForBot = options.bot;
    options.botRetrainEvery = number(retrainEvery, 1);
    options.botIdleCloseMs = qint64(number(botIdle, 1)) * 1000;
    options.heartbeatIntervalMs = number(heartbeat, 100);
    options.eventRetention = number(retention, 1);
    options.compensationSwitchWindowMs = qint64(number(switchWindow, 0)) * 1000;
    options.approvalEscalationMs = qint64(number(escalation, 1)) * 1000;
    options.slaWarnMs = qint64(number(slaWarn, 1)) * 1000;
    options.slaBreachMs = qint64(number(slaBreach, 1)) * 1000;
    if (ok && options.slaBreachMs < options.slaWarnMs) {
        err << "--sla-breach-seconds must not be shorter than --sla-warn-seconds\n";
        ok = false;
    }
    options.offerTimeoutMs = qint64(number(offerTimeout, 1)) * 1000;
    options.routing = !parser.isSet(noRouting);
    if (!ok)
        return 2;

    server::WarmlineServer server(options);
    QString error;
    if (!server.start(&error)) {
        err << "warmline-server: " << error << '\n';
        return 1;
    }
    // Tests and scripts read this line to learn the port when --listen asked for port 0.
    std::printf("warmline-server listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    // SIGTERM/SIGINT end the process with their default action: every change is committed to the
    // SQLite WAL before it is acknowledged, so there is nothing to flush on the way out.
    return app.exec();
}
