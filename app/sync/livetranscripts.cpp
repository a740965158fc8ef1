#include "sync/livetranscripts.h"

#include "protocol/messages.h"
#include "sync/serverconnection.h"
#include "sync/transcriptmodel.h"

namespace warmline::sync {

LiveTranscripts::LiveTranscripts(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_events.on<protocol::MessageCreatedEvent>([this](const protocol::MessageCreatedEvent &event, qint64) {
        if (const auto found = m_watched.find(event.message.conversationId); found != m_watched.end())
            found->second.transcript->addMessage(event.message);
    });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state != ServerConnection::State::Live)
            return;
        for (const auto &[id, watched] : m_watched)
            loadHistory(id);
    });
}

LiveTranscripts::~LiveTranscripts() = default;

TranscriptModel *LiveTranscripts::watch(qint64 conversationId)
{
    Watched &watched = m_watched[conversationId];
    ++watched.watchers;
    if (!watched.transcript) {
        watched.transcript = std::make_unique<TranscriptModel>();
        watched.transcript->showConversation(conversationId);
        loadHistory(conversationId);
    }
    return watched.transcript.get();
}

void LiveTranscripts::unwatch(qint64 conversationId)
{
    const auto found = m_watched.find(conversationId);
    if (found != m_watched.end() && --found->second.watchers <= 0)
        m_watched.erase(found);
}

void LiveTranscripts::loadHistory(qint64 conversationId)
{
    m_connection.request(protocol::HistoryRequest{conversationId, std::nullopt, 100},
                         [this, conversationId](const Answer<protocol::HistoryReply> &reply) {
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit failed(protocol::HistoryRequest::type, reply.error);
                                 return;
                             }
                             const auto found = m_watched.find(conversationId);
                             if (found == m_watched.end())
                                 return; // closed before it arrived
                             found->second.transcript->addHistory(conversationId, reply->messages);
                         });
}

} // namespace warmline::sync
