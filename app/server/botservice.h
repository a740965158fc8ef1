#pragma once

#include "assist/replyengine.h"
#include "storage/assiststore.h"

#include <memory>
#include <QFutureWatcher>
#include <QObject>

namespace warmline::server {

struct BotOptions
{
    assist::BotOptions decisions;
    // Retrain in the background once this many new agent-labelled messages have been recorded.
    int retrainEvery = 25;
    int learnedLimit = 20000; // the newest labelled messages used for training
};

// The reply assistant on the server: the knowledge base, the intent model (trained in the
// background at start and again as agents teach it) and the bot's decisions. Lives on the
// server thread; only training runs elsewhere, on copies of its input.
class BotService final : public QObject
{
    Q_OBJECT
public:
    BotService(storage::AssistStore &store, BotOptions options, QObject *parent = nullptr);
    ~BotService() override;

    // Loads the knowledge base and starts the first training.
    bool start(QString *error);
    // Blocks until the training under way is done (a server that should not listen before its bot
    // can answer).
    void waitForModel();
    bool isReady() const { return m_engine != nullptr; }
    int modelVersion() const { return m_version; }
    const assist::KnowledgeBase *knowledgeBase() const;
    std::shared_ptr<const assist::ReplyEngine> engine() const { return m_engine; }

    // Until the first model is trained every turn goes to people ("bot_unavailable").
    assist::BotDecision decide(const assist::BotTurn &turn) const;

    // Called after an agent-labelled message was committed.
    void noteLearned();

signals:
    void modelReady(int version, qsizetype learnedExamples);

private:
    void train();
    void applyTraining();

    storage::AssistStore &m_store;
    BotOptions m_options;
    std::optional<assist::KnowledgeBase> m_knowledgeBase;
    std::shared_ptr<const assist::ReplyEngine> m_engine;
    QFutureWatcher<std::shared_ptr<const assist::ReplyEngine>> m_training;
    bool m_trainAgain = false;
    bool m_trainingApplied = true;
    int m_version = 0;
    int m_learnedSinceTraining = 0;
};

} // namespace warmline::server
