#include "server/botservice.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcBot, "warmline.bot")

namespace warmline::server {

BotService::BotService(storage::AssistStore &store, BotOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    connect(&m_training, &QFutureWatcher<std::shared_ptr<const assist::ReplyEngine>>::finished, this,
            &BotService::applyTraining);
}

void BotService::applyTraining()
{
    if (m_trainingApplied)
        return;
    m_trainingApplied = true;
    auto engine = m_training.result();
    if (engine) {
        m_engine = std::move(engine);
        ++m_version;
        qCInfo(lcBot) << "model" << m_version << "ready:" << m_engine->knowledgeBase().intents().size()
                      << "intents," << m_engine->learnedExamples() << "learned examples";
        emit modelReady(m_version, m_engine->learnedExamples());
    }
    if (m_trainAgain) {
        m_trainAgain = false;
        train();
    }
}

void BotService::waitForModel()
{
    m_training.waitForFinished();
    applyTraining();
}

BotService::~BotService()
{
    // The worker holds only its own copies, but the watcher must not outlive its future's result.
    m_training.waitForFinished();
}

bool BotService::start(QString *error)
{
    m_knowledgeBase = assist::KnowledgeBase::load(assist::KnowledgeBase::defaultPath(), error);
    if (!m_knowledgeBase)
        return false;
    train();
    return true;
}

const assist::KnowledgeBase *BotService::knowledgeBase() const
{
    return m_knowledgeBase ? &*m_knowledgeBase : nullptr;
}

void BotService::train()
{
    if (!m_knowledgeBase)
        return;
    if (m_training.isRunning()) {
        m_trainAgain = true;
        return;
    }
    m_learnedSinceTraining = 0;
    m_trainingApplied = false;
    QList<assist::LabelledText> learned;
    for (const storage::LearnedExample &example : m_store.learnedExamples(m_options.learnedLimit))
        learned.append({example.text, example.intent});
    assist::TrainOptions trainOptions;
    trainOptions.threads = 1; // leave the other cores to the server and its clients
    m_training.setFuture(QtConcurrent::run([knowledgeBase = *m_knowledgeBase, learned, trainOptions] {
        QString error;
        auto engine = assist::ReplyEngine::build(knowledgeBase, learned, &error, trainOptions);
        if (!engine)
            qCWarning(lcBot) << "training failed:" << error;
        return engine;
    }));
}

void BotService::noteLearned()
{
    if (++m_learnedSinceTraining >= m_options.retrainEvery)
        train();
}

assist::BotDecision BotService::decide(const assist::BotTurn &turn) const
{
    if (!m_engine) {
        assist::BotDecision decision;
        decision.action = assist::BotDecision::Action::HandOff;
        decision.reason = QStringLiteral("bot_unavailable");
        decision.evidence = turn.message;
        return decision;
    }
    return assist::decideBotTurn(*m_engine, turn, m_options.decisions);
}

} // namespace warmline::server
