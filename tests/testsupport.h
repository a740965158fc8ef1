#pragma once

// Shared by the test suites: a real warmline-server process on loopback, and a client that
// writes warmline.v1 frames by hand (so tests check the wire, not our own client library).

#include "core/role.h"

#include <functional>
#include <memory>
#include <optional>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

namespace warmline::test {

// The moment every test's demo data is anchored at (2026-11-20 09:30 in Beijing), so which orders,
// complaints and conversations the generator makes never depends on the day a test runs.
inline constexpr qint64 kDemoNowMs = 1795138200000;

class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // Starts warmline-server --listen 127.0.0.1:<port> --db <temporary file> plus extra arguments,
    // and waits for its "listening on" line. port 0 picks a free port. With --demo the demo data is
    // anchored at kDemoNowMs unless the arguments name another --demo-now.
    bool start(const QStringList &extraArguments, QString *error, quint16 port = 0);
    void kill();
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString databasePath() const
    {
        return m_databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("server.sqlite")) : m_databasePath;
    }
    // Use another server's database (a restart of "the same" server).
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_databasePath;
};

class RawClient final : public QObject
{
    Q_OBJECT
public:
    explicit RawClient(QObject *parent = nullptr);
    ~RawClient() override;

    bool connectTo(const QUrl &url, const QStringList &subprotocols = {QStringLiteral("warmline.v1")},
                   int timeoutMs = 5000);
    QWebSocket &socket() { return m_socket; }

    void sendRaw(const QByteArray &frame);
    QString send(const QString &type, const QJsonObject &payload, const QString &id = {});
    // The ack or error frame answering `id`.
    std::optional<QJsonObject> waitReply(const QString &id, int timeoutMs = 5000);
    // The next unclaimed frame without a request id (e.g. an error for an unreadable frame).
    std::optional<QJsonObject> waitUncorrelated(int timeoutMs = 5000);
    std::optional<QJsonObject> waitEvent(const std::function<bool(const QJsonObject &)> &match,
                                         int timeoutMs = 5000);
    QList<QJsonObject> events() const { return m_events; }
    void clearEvents() { m_events.clear(); }
    bool waitDisconnected(int timeoutMs = 5000);

    // Convenience round trips; they return the ack payload, or nullopt on an error reply.
    std::optional<QJsonObject> request(const QString &type, const QJsonObject &payload,
                                       const QString &id = {});
    std::optional<QJsonObject> login(const QString &user, const QString &password);
    std::optional<QJsonObject> loginCustomer(qint64 customerId);
    std::optional<QJsonObject> subscribe(const QString &topic, std::optional<qint64> since = std::nullopt);

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_replies;
    QList<QJsonObject> m_events;
};

QString errorCode(const QJsonObject &frame);
// The parts of a frame: an ack's or event's payload, an event's kind, an error frame's typed error
// (code, message, field, details).
inline QJsonObject payloadOf(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("payload")).toObject();
}
inline QString eventKind(const QJsonObject &event)
{
    return event.value(QStringLiteral("event")).toString();
}
inline QJsonObject errorOf(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("error")).toObject();
}

// Installs the workstation's translation for `locale` ("zh_CN", "en") and makes it QLocale's default,
// as the workstation does at start; the previous one is removed. False when the .qm is missing.
bool useInterfaceLanguage(const QString &locale);

// A staff connection signed in with the demo password, subscribed to the conversations topic
// unless told not to; nullptr when any step fails.
std::unique_ptr<RawClient> signedInStaff(const QUrl &url, const QString &login, bool subscribe = true);
// The id of the staff member with this login (0: none).
qint64 agentIdOf(const QSqlDatabase &db, const QString &login);

struct StaffMember
{
    QString login;
    QString name;
    core::Role role;
};
// A team of its own beside the demo's, with members who sign in with the demo password.
std::optional<qint64> addTeam(const QSqlDatabase &db, const QString &name, const QList<StaffMember> &members,
                              QString *error);

} // namespace warmline::test
