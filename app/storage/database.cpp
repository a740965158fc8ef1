#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "warmline.storage")

namespace warmline::storage {

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> result;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/warmline/sql"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                result.append({match.captured(1).toInt(), dir.filePath(name)});
        }
        return result;
    }();
    return list;
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, const QString &connectionName, QString *error)
{
    close();
    m_connectionName = connectionName;
    m_path = path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"}) {
        if (!exec(m_db, QString::fromLatin1(pragma), error))
            return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

QList<int> Database::schemaVersions()
{
    QList<int> versions;
    for (const Migration &migration : migrations())
        versions.append(migration.version);
    return versions;
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::executeScript(const QString &sql, QString *error)
{
    // Qt's QSqlQuery runs one statement at a time; sqlite3_exec runs a whole script, which is
    // what migration files are. The handle belongs to this connection and this thread.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("the database driver is not SQLite");
        return false;
    }
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data());
    char *message = nullptr;
    if (sqlite3_exec(raw, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::migrate(QString *error, std::optional<int> targetVersion)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version of %1").arg(m_path);
        return false;
    }
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("%1 has schema version %2, newer than this program understands (%3); "
                                "use a newer Warmline")
                     .arg(m_path)
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (targetVersion && migration.version > *targetVersion)
            break;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("missing migration %1").arg(migration.resource);
            return false;
        }
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n") + QString::fromUtf8(file.readAll()) +
                               QStringLiteral("\nPRAGMA user_version = %1;\nCOMMIT;").arg(migration.version);
        QString scriptError;
        if (!executeScript(script, &scriptError)) {
            QString ignored;
            executeScript(QStringLiteral("ROLLBACK"), &ignored);
            *error = QStringLiteral("migration to schema version %1 failed: %2")
                         .arg(migration.version)
                         .arg(scriptError);
            return false;
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << migration.version;
    }
    return true;
}

WriteTransaction::WriteTransaction(QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = query.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace warmline::storage
