#pragma once

#include "protocol/envelope.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace warmline::sync {

class ServerConnection;

// What the agent sends is written to a local SQLite file first and delivered in order once the
// connection is live, also after the workstation was closed and reopened. Each entry keeps its
// operation id for life, so a re-send after a lost ack is recognised by the server as a replay:
// delivered exactly once.
class Outbox final : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString operationId;
        QString type;
        QJsonObject payload;
        qint64 createdAtMs = 0;
    };

    Outbox(ServerConnection &connection, QObject *parent = nullptr);
    ~Outbox() override;
    Q_DISABLE_COPY_MOVE(Outbox)

    bool open(const QString &path, QString *error);
    // Stores the request and returns its operation id; delivery starts as soon as possible.
    QString enqueue(const QString &type, const QJsonObject &payload);
    QList<Entry> pending();
    int pendingCount();

signals:
    void delivered(const QString &operationId, const QJsonObject &ackPayload, qint64 seq);
    // The server refused the request for good (it is removed from the outbox).
    void rejected(const QString &operationId, const warmline::protocol::Error &error);
    void pendingCountChanged(int count);

private:
    void flush();
    void remove(const QString &operationId);

    ServerConnection &m_connection;
    storage::Database m_db;
    bool m_inFlight = false;
    QTimer m_retry;
};

} // namespace warmline::sync
