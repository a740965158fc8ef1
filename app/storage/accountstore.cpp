#include "storage/accountstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace warmline::storage {

namespace {

// PBKDF2-HMAC-SHA256 through Qt's QPasswordDigestor. The scheme and iteration count are stored
// with the hash so that they can be raised later without invalidating existing accounts.
constexpr int pbkdf2Iterations = 60000;
constexpr int publicPasswordIterations = 1000;
constexpr int derivedKeyLength = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              derivedKeyLength);
}

QByteArray encodeHash(const QByteArray &key, int iterations)
{
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + key.toHex();
}

bool verify(const QString &password, const QByteArray &salt, const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 3 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations <= 0)
        return false;
    const QByteArray expected = QByteArray::fromHex(parts[2]);
    const QByteArray actual = derive(password, salt, iterations);
    // Constant-time comparison: the time taken must not reveal how many leading bytes matched.
    if (expected.size() != actual.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ actual[i]);
    return difference == 0;
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AgentRecord readAgent(const QSqlQuery &query)
{
    AgentRecord record;
    record.id = query.value(0).toLongLong();
    record.login = query.value(1).toString();
    record.displayName = query.value(2).toString();
    record.role = core::roleFromName(query.value(3).toString()).value_or(core::Role::Agent);
    record.teamId = query.value(4).toLongLong();
    record.teamName = query.value(5).toString();
    return record;
}

const QString agentColumns = QStringLiteral("SELECT a.id, a.login, a.display_name, a.role, a.team_id, t.name "
                                            "FROM agents a LEFT JOIN teams t ON t.id = a.team_id ");

} // namespace

AccountStore::AccountStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> AccountStore::ensureTeam(const QString &name, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO teams (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool AccountStore::assignQueue(const QString &queue, qint64 teamId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO queues (name, team_id) VALUES (?, ?) ON CONFLICT (name) DO "
                                 "UPDATE SET team_id = excluded.team_id"));
    query.addBindValue(queue);
    query.addBindValue(teamId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool AccountStore::addSupervisedTeam(qint64 agentId, qint64 teamId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO team_supervisors (team_id, agent_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(teamId);
    query.addBindValue(agentId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

core::StaffScope AccountStore::scopeOf(const AgentRecord &agent)
{
    core::StaffScope scope{agent.id, agent.role, {}};
    if (agent.teamId > 0)
        scope.teams.append(agent.teamId);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT team_id FROM team_supervisors WHERE agent_id = ? ORDER BY team_id"));
    query.addBindValue(agent.id);
    if (query.exec()) {
        while (query.next()) {
            if (const qint64 team = query.value(0).toLongLong(); !scope.teams.contains(team))
                scope.teams.append(team);
        }
    }
    return scope;
}

std::optional<qint64> AccountStore::createAgent(const QString &login, const QString &displayName,
                                                core::Role role, qint64 teamId, const QString &password,
                                                QString *error, PasswordWork passwordWork)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO agents (login, display_name, role, team_id, password_salt, "
                                 "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(login);
    query.addBindValue(displayName);
    query.addBindValue(core::roleName(role));
    query.addBindValue(teamId > 0 ? QVariant(teamId) : QVariant());
    query.addBindValue(salt);
    const int iterations = passwordWork == PasswordWork::Full ? pbkdf2Iterations : publicPasswordIterations;
    query.addBindValue(encodeHash(derive(password, salt, iterations), iterations));
    query.addBindValue(now());
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<AgentRecord> AccountStore::authenticate(const QString &login, const QString &password)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.login, a.display_name, a.role, a.team_id, t.name, a.password_salt, "
        "a.password_hash FROM agents a LEFT JOIN teams t ON t.id = a.team_id WHERE a.login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next()) {
        // Spend the same effort as a real check so that timing does not reveal which logins exist.
        derive(password, QByteArray(16, '\0'), pbkdf2Iterations);
        return std::nullopt;
    }
    if (!verify(password, query.value(6).toByteArray(), query.value(7).toByteArray()))
        return std::nullopt;
    return readAgent(query);
}

std::optional<AgentRecord> AccountStore::agent(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(agentColumns + QStringLiteral("WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readAgent(query);
}

qint64 AccountStore::agentCount()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM agents")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<QString> AccountStore::customerName(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT display_name FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString AccountStore::createSession(const SessionPrincipal &principal, qint64 lifetimeMs, QString *error)
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString token =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sessions (token_hash, agent_id, customer_id, created_at, "
                                 "expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(tokenHash(token));
    query.addBindValue(principal.agentId ? QVariant(principal.agentId) : QVariant());
    query.addBindValue(principal.customerId ? QVariant(principal.customerId) : QVariant());
    query.addBindValue(now());
    query.addBindValue(now() + lifetimeMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    return token;
}

std::optional<SessionPrincipal> AccountStore::resolveSession(const QString &token)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT agent_id, customer_id FROM sessions WHERE token_hash = ? AND expires_at > ?"));
    query.addBindValue(tokenHash(token));
    query.addBindValue(now());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SessionPrincipal{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

void AccountStore::deleteSession(const QString &token)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    query.addBindValue(tokenHash(token));
    query.exec();
}

} // namespace warmline::storage
