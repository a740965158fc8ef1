#include "sync/outbox.h"

#include "sync/serverconnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "warmline.outbox")

namespace warmline::sync {

using protocol::ErrorCode;
using protocol::ServerFrame;

namespace {

// Errors that say "not now" rather than "never": the entry stays and is sent again.
bool isTransient(const ServerFrame &reply)
{
    return ServerConnection::connectionLost(reply) || reply.error.code == ErrorCode::RateLimited ||
           reply.error.code == ErrorCode::Internal || reply.error.code == ErrorCode::NotAuthenticated;
}

} // namespace

Outbox::Outbox(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Outbox::flush);
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state == ServerConnection::State::Live)
            flush();
    });
}

Outbox::~Outbox() = default;

bool Outbox::open(const QString &path, QString *error)
{
    const QString name =
        QStringLiteral("warmline-outbox-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!m_db.open(path, name, error))
        return false;
    // The outbox is the only table of this local file; it is created in place rather than
    // migrated because its one shape has never changed.
    if (!m_db.executeScript(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox ("
                                           " position INTEGER PRIMARY KEY AUTOINCREMENT,"
                                           " op_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
                                           " payload TEXT NOT NULL, created_at INTEGER NOT NULL)"),
                            error))
        return false;
    QMetaObject::invokeMethod(this, &Outbox::flush, Qt::QueuedConnection);
    return true;
}

QString Outbox::enqueue(const QString &type, const QJsonObject &payload)
{
    const QString operationId = ServerConnection::newOperationId();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO outbox (op_id, type, payload, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(operationId);
    query.addBindValue(type);
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        qCWarning(lcOutbox) << "cannot store outgoing request:" << query.lastError().text();
        return {};
    }
    emit pendingCountChanged(pendingCount());
    flush();
    return operationId;
}

QList<Outbox::Entry> Outbox::pending()
{
    QList<Entry> entries;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT op_id, type, payload, created_at FROM outbox ORDER BY position")))
        return entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                        query.value(3).toLongLong()});
    }
    return entries;
}

int Outbox::pendingCount()
{
    QSqlQuery query(m_db.connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next())
        return query.value(0).toInt();
    return 0;
}

void Outbox::remove(const QString &operationId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    query.addBindValue(operationId);
    query.exec();
    emit pendingCountChanged(pendingCount());
}

void Outbox::flush()
{
    // One request in flight at a time keeps the customer's view in the order the agent typed.
    if (m_inFlight || m_connection.state() != ServerConnection::State::Live)
        return;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT op_id, type, payload FROM outbox ORDER BY position LIMIT 1")) ||
        !query.next())
        return;
    const QString operationId = query.value(0).toString();
    const QString type = query.value(1).toString();
    const QJsonObject payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    m_inFlight = true;
    m_connection.request(
        type, payload,
        [this, operationId](const ServerFrame &reply) {
            m_inFlight = false;
            if (reply.kind == ServerFrame::Kind::Ack) {
                remove(operationId);
                emit delivered(operationId, reply.payload, reply.seq);
                flush();
                return;
            }
            if (isTransient(reply)) {
                if (!ServerConnection::connectionLost(reply))
                    m_retry.start(1000);
                return;
            }
            qCWarning(lcOutbox) << "request" << operationId << "refused:" << reply.error.message;
            remove(operationId);
            emit rejected(operationId, reply.error);
            flush();
        },
        operationId);
}

} // namespace warmline::sync
