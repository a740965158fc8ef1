#pragma once

#include "protocol/error.h"
#include "sync/eventhandlers.h"

#include <map>
#include <memory>
#include <QObject>

namespace warmline::sync {

class ServerConnection;
class TranscriptModel;

// Read-only transcripts of conversations someone else is having — a supervisor's viewer, a
// mentor shadowing their mentee — each following its messages as they arrive, read again after
// every reconnection, and kept until every watch() has its unwatch().
class LiveTranscripts final : public QObject
{
    Q_OBJECT
public:
    explicit LiveTranscripts(ServerConnection &connection, QObject *parent = nullptr);
    ~LiveTranscripts() override;
    Q_DISABLE_COPY_MOVE(LiveTranscripts)

    TranscriptModel *watch(qint64 conversationId);
    void unwatch(qint64 conversationId);

signals:
    void failed(const QString &operation, const warmline::protocol::Error &error);

private:
    void loadHistory(qint64 conversationId);

    ServerConnection &m_connection;
    EventHandlers m_events;
    struct Watched
    {
        std::unique_ptr<TranscriptModel> transcript;
        int watchers = 0;
    };
    std::map<qint64, Watched> m_watched;
};

} // namespace warmline::sync
