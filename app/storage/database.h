#pragma once

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

// One SQLite connection, owned by the thread that opened it (Qt SQL connections must not cross
// threads). Opens in WAL mode with a busy timeout, and migrates the schema forward.
class Database final
{
public:
    Q_DISABLE_COPY_MOVE(Database)
    Database() = default;
    ~Database();

    // connectionName must be unique in the process.
    bool open(const QString &path, const QString &connectionName, QString *error);
    void close();

    // Applies every migration newer than the file's version, each in its own transaction.
    // targetVersion limits how far (tests use it to build each earlier version).
    bool migrate(QString *error, std::optional<int> targetVersion = std::nullopt);
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Every version a migration reaches, in order (numbers may be skipped: a branch may reserve one).
    static QList<int> schemaVersions();

    // Runs a script of several statements (migration files, test fixtures).
    bool executeScript(const QString &sql, QString *error);

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }

private:
    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
};

// BEGIN IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout instead
// of one failing with SQLITE_BUSY half-way through (what a deferred BEGIN does under WAL).
class WriteTransaction final
{
public:
    Q_DISABLE_COPY_MOVE(WriteTransaction)
    explicit WriteTransaction(QSqlDatabase &db);
    ~WriteTransaction();

    bool isActive() const { return m_active; }
    bool commit();
    QString lastError() const { return m_error; }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace warmline::storage
