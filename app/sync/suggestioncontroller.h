#pragma once

#include "assist/replyengine.h"
#include "protocol/answered.h"
#include "sync/answer.h"

#include <memory>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

namespace warmline::sync {

class AgentWorkspace;

// The agent's reply suggestions: the engine runs here, on data synced from the server (templates'
// feedback, messages agents labelled, past replies), so suggestions keep coming while the
// connection is down. Follows the newest customer message of the conversation on screen and the
// customer's profile (for slots); records what the agent does with the suggestions.
class SuggestionController final : public QObject
{
    Q_OBJECT
public:
    enum class EngineState { Loading, Ready, Failed };
    Q_ENUM(EngineState)

    explicit SuggestionController(AgentWorkspace &workspace, QObject *parent = nullptr);
    ~SuggestionController() override;
    Q_DISABLE_COPY_MOVE(SuggestionController)

    EngineState engineState() const { return m_state; }
    QString failure() const { return m_failure; }
    const assist::KnowledgeBase *knowledgeBase() const;

    const QList<assist::Suggestion> &suggestions() const { return m_suggestions; }
    qint64 answeringMessageId() const { return m_messageId; }
    QString answeringText() const { return m_messageText; }
    QString intentTitle(const QString &intentKey) const;

    // The text to put into the composer for suggestion `index` (nothing is sent); records that it was
    // inserted. Empty when there is no such suggestion.
    QString insert(int index);
    // The same for a suggestion the agent sees on screen, which may be from before the customer's
    // newest message (the cards stay still while the agent reads them): recorded like insert() when
    // it is among the current suggestions; an older one is inserted without feedback, since the
    // message it answered is settled already.
    QString insert(const assist::Suggestion &shown);
    qint64 conversationId() const { return m_conversationId; }

    // Recomputes for the conversation on screen (also happens by itself on every change).
    void refresh();

signals:
    void engineStateChanged(warmline::sync::SuggestionController::EngineState state);
    void suggestionsChanged();

private:
    struct PendingFeedback
    {
        QString operationId;
        protocol::AssistFeedbackRequest request;
    };

    void startTraining();
    void fetchState();
    void applyState(const protocol::AssistStateReply &state);
    void onReplyQueued(qint64 conversationId, const QString &text);
    void record(const assist::Suggestion &suggestion, const QString &action);
    void flushFeedback();
    assist::SlotValues currentSlots(const QString &locale) const;

    AgentWorkspace &m_workspace;
    EngineState m_state = EngineState::Loading;
    QString m_failure;
    std::optional<assist::KnowledgeBase> m_knowledgeBase;
    std::shared_ptr<const assist::ReplyEngine> m_engine;
    QFutureWatcher<std::shared_ptr<const assist::ReplyEngine>> m_training;
    qsizetype m_trainedWithLearned = -1;
    QList<assist::LabelledText> m_learned;
    assist::FeedbackStats m_feedback;
    QHash<qint64, assist::PastReplyHit> m_pastReplies; // by index id
    QString m_articleConnection;
    QString m_pastConnection;
    std::unique_ptr<assist::KnowledgeIndex> m_articles;
    std::unique_ptr<assist::KnowledgeIndex> m_past;

    qint64 m_conversationId = 0;
    qint64 m_messageId = 0;
    QString m_messageText;
    QList<assist::Suggestion> m_suggestions;
    int m_insertedIndex = -1;
    QString m_insertedText;
    bool m_answered = false;                 // a reply with a suggestion went out for m_messageId
    bool m_repliedWithoutSuggestion = false; // a reply without one went out for m_messageId
    bool m_stale = false;                    // model, slots or feedback changed: recompute
    QList<PendingFeedback> m_pending;
    bool m_sending = false;
};

} // namespace warmline::sync
