#include "testsupport.h"

#include "storage/accountstore.h"

#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>
#include <QUuid>
#include <QWebSocketHandshakeOptions>

namespace warmline::test {

bool useInterfaceLanguage(const QString &locale)
{
    static QTranslator *installed = nullptr;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
        installed = nullptr;
    }
    QLocale::setDefault(QLocale(locale));
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(locale), QStringLiteral("warmline"), QStringLiteral("_"),
                          QStringLiteral(WARMLINE_TRANSLATIONS_DIR)))
        return false;
    installed = translator.release();
    return QCoreApplication::installTranslator(installed);
}

ServerProcess::ServerProcess()
{
    // The server's own log lines go to the test's output, where a failure can be read.
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ServerProcess::~ServerProcess()
{
    kill();
}

bool ServerProcess::start(const QStringList &extraArguments, QString *error, quint16 port)
{
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--db"), databasePath()};
    arguments += extraArguments;
    if (extraArguments.contains(QStringLiteral("--demo")) &&
        !extraArguments.contains(QStringLiteral("--demo-now")))
        arguments << QStringLiteral("--demo-now")
                  << QDateTime::fromMSecsSinceEpoch(kDemoNowMs, Qt::UTC).toString(Qt::ISODate);
    m_process.start(QStringLiteral(WARMLINE_SERVER_BINARY), arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2")
                     .arg(QStringLiteral(WARMLINE_SERVER_BINARY), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
    QDeadlineTimer deadline(60000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine();
            output += line;
            const auto match = listening.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return true;
            }
        }
    }
    *error =
        QStringLiteral("warmline-server did not start listening; output: %1").arg(QString::fromUtf8(output));
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

RawClient::RawClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(QStringLiteral("type")).toString() == QLatin1StringView("event"))
            m_events.append(frame);
        else
            m_replies.append(frame);
    });
}

RawClient::~RawClient()
{
    m_socket.abort();
}

bool RawClient::connectTo(const QUrl &url, const QStringList &subprotocols, int timeoutMs)
{
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(subprotocols);
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(QNetworkRequest(url), options);
    return connected.wait(timeoutMs) || m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::sendRaw(const QByteArray &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

QString RawClient::send(const QString &type, const QJsonObject &payload, const QString &id)
{
    // Operation ids are remembered per principal, across connections: they must be unique.
    const QString requestId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    const QJsonObject frame{{QStringLiteral("v"), 1},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("id"), requestId},
                            {QStringLiteral("payload"), payload}};
    sendRaw(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    return requestId;
}

std::optional<QJsonObject> RawClient::waitReply(const QString &id, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        for (qsizetype i = 0; i < m_replies.size(); ++i) {
            if (m_replies.at(i).value(QStringLiteral("re")).toString() == id)
                return m_replies.takeAt(i);
        }
        QTest::qWait(5);
    } while (!deadline.hasExpired());
    return std::nullopt;
}

std::optional<QJsonObject> RawClient::waitUncorrelated(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        for (qsizetype i = 0; i < m_replies.size(); ++i) {
            if (m_replies.at(i).value(QStringLiteral("re")).isNull())
                return m_replies.takeAt(i);
        }
        QTest::qWait(5);
    } while (!deadline.hasExpired());
    return std::nullopt;
}

std::optional<QJsonObject> RawClient::waitEvent(const std::function<bool(const QJsonObject &)> &match,
                                                int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        for (const QJsonObject &event : std::as_const(m_events)) {
            if (match(event))
                return event;
        }
        QTest::qWait(5);
    } while (!deadline.hasExpired());
    return std::nullopt;
}

bool RawClient::waitDisconnected(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
    return disconnected.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
}

std::optional<QJsonObject> RawClient::request(const QString &type, const QJsonObject &payload,
                                              const QString &id)
{
    const auto reply = waitReply(send(type, payload, id));
    if (!reply || reply->value(QStringLiteral("type")).toString() != QLatin1StringView("ack"))
        return std::nullopt;
    return reply->value(QStringLiteral("payload")).toObject();
}

std::optional<QJsonObject> RawClient::login(const QString &user, const QString &password)
{
    return request(QStringLiteral("auth.login"),
                   {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

std::optional<QJsonObject> RawClient::loginCustomer(qint64 customerId)
{
    return request(QStringLiteral("auth.customer"), {{QStringLiteral("customerId"), customerId}});
}

std::optional<QJsonObject> RawClient::subscribe(const QString &topic, std::optional<qint64> since)
{
    QJsonObject payload{{QStringLiteral("topics"), QJsonArray{topic}}};
    if (since)
        payload.insert(QStringLiteral("since"), *since);
    return request(QStringLiteral("subscribe"), payload);
}

QString errorCode(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

std::unique_ptr<RawClient> signedInStaff(const QUrl &url, const QString &login, bool subscribe)
{
    auto client = std::make_unique<RawClient>();
    if (!client->connectTo(url) || !client->login(login, QStringLiteral("demo")))
        return nullptr;
    if (subscribe && !client->subscribe(QStringLiteral("conversations")))
        return nullptr;
    return client;
}

qint64 agentIdOf(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM agents WHERE login = ?"));
    query.addBindValue(login);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<qint64> addTeam(const QSqlDatabase &db, const QString &name, const QList<StaffMember> &members,
                              QString *error)
{
    storage::AccountStore accounts(db);
    const auto team = accounts.ensureTeam(name, error);
    if (!team)
        return std::nullopt;
    for (const StaffMember &member : members) {
        if (!accounts.createAgent(member.login, member.name, member.role, *team, QStringLiteral("demo"),
                                  error, storage::AccountStore::PasswordWork::PublicPassword))
            return std::nullopt;
    }
    return team;
}

} // namespace warmline::test
