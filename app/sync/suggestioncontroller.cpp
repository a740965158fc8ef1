#include "sync/suggestioncontroller.h"

#include "protocol/messages.h"
#include "sync/agentworkspace.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSuggestions, "warmline.suggestions")

namespace warmline::sync {

namespace {

std::pair<QString, QSqlDatabase> openMemoryDatabase()
{
    const QString name =
        QStringLiteral("warmline-suggestions-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    return {name, db};
}

void closeMemoryDatabase(std::unique_ptr<assist::KnowledgeIndex> &index, const QString &name)
{
    index.reset(); // it holds a handle to the connection
    if (!name.isEmpty()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

// One template's counts as assist.feedback and assist.state send them.
assist::TemplateFeedback feedbackOf(const protocol::TemplateUse &use)
{
    return {use.inserted, use.sent, use.edited, use.ignored};
}

template<typename Reply>
bool isTransient(const Answer<Reply> &reply)
{
    return reply.connectionLost() || reply.error.code == protocol::ErrorCode::RateLimited ||
           reply.error.code == protocol::ErrorCode::Internal;
}

} // namespace

SuggestionController::SuggestionController(AgentWorkspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    QString error;
    m_knowledgeBase = assist::KnowledgeBase::load(assist::KnowledgeBase::defaultPath(), &error);
    if (!m_knowledgeBase) {
        m_state = EngineState::Failed;
        m_failure = error;
        qCWarning(lcSuggestions) << "no knowledge base:" << error;
        return;
    }
    auto [articleName, articleDb] = openMemoryDatabase();
    m_articleConnection = articleName;
    m_articles = std::make_unique<assist::KnowledgeIndex>(articleDb);
    if (m_articles->ensureSchema(&error)) {
        for (const assist::Article &article : m_knowledgeBase->articles())
            m_articles->add(article, &error);
    }

    connect(&m_training, &QFutureWatcher<std::shared_ptr<const assist::ReplyEngine>>::finished, this, [this] {
        auto engine = m_training.result();
        if (!engine) {
            if (!m_engine) {
                m_state = EngineState::Failed;
                m_failure = QStringLiteral("training failed");
                emit engineStateChanged(m_state);
            }
            return;
        }
        m_engine = std::move(engine);
        if (m_state != EngineState::Ready) {
            m_state = EngineState::Ready;
            emit engineStateChanged(m_state);
        }
        if (m_trainedWithLearned != m_learned.size())
            startTraining();
        m_stale = true; // recompute with the new model
        refresh();
    });

    TranscriptModel *transcript = m_workspace.transcript();
    connect(transcript, &QAbstractItemModel::rowsInserted, this, &SuggestionController::refresh);
    connect(transcript, &QAbstractItemModel::modelReset, this, &SuggestionController::refresh);
    connect(&m_workspace, &AgentWorkspace::currentConversationChanged, this, &SuggestionController::refresh);
    connect(m_workspace.profile(), &CustomerProfileController::loaded, this, [this] {
        m_stale = true; // the slots changed
        refresh();
    });
    connect(&m_workspace, &AgentWorkspace::replyQueued, this, &SuggestionController::onReplyQueued);
    connect(&m_workspace.connection(), &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state == ServerConnection::State::Live) {
                    fetchState();
                    flushFeedback();
                }
            });
    startTraining();
    if (m_workspace.connection().state() == ServerConnection::State::Live)
        fetchState();
}

SuggestionController::~SuggestionController()
{
    m_training.waitForFinished();
    closeMemoryDatabase(m_articles, m_articleConnection);
    closeMemoryDatabase(m_past, m_pastConnection);
}

const assist::KnowledgeBase *SuggestionController::knowledgeBase() const
{
    return m_knowledgeBase ? &*m_knowledgeBase : nullptr;
}

QString SuggestionController::intentTitle(const QString &intentKey) const
{
    const assist::KnowledgeIntent *intent = m_knowledgeBase ? m_knowledgeBase->intent(intentKey) : nullptr;
    if (!intent)
        return {};
    // Titles exist in every shipped locale; pick the interface language's, else English.
    const QString locale =
        QLocale().name().startsWith(QLatin1StringView("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return intent->titles.value(locale, intent->titles.value(QStringLiteral("en")));
}

void SuggestionController::startTraining()
{
    if (!m_knowledgeBase)
        return;
    if (m_training.isRunning())
        return; // the finished handler starts again when the data changed meanwhile
    m_trainedWithLearned = m_learned.size();
    assist::TrainOptions options;
    options.threads = 1; // the interface keeps the other core
    m_training.setFuture(QtConcurrent::run([knowledgeBase = *m_knowledgeBase, learned = m_learned, options] {
        QString error;
        auto engine = assist::ReplyEngine::build(knowledgeBase, learned, &error, options);
        if (!engine)
            qCWarning(lcSuggestions) << "training failed:" << error;
        return engine;
    }));
}

void SuggestionController::fetchState()
{
    if (!m_knowledgeBase)
        return;
    m_workspace.connection().request(protocol::AssistStateRequest{},
                                     [this](const Answer<protocol::AssistStateReply> &reply) {
                                         if (reply.ok())
                                             applyState(reply.value());
                                     });
}

void SuggestionController::applyState(const protocol::AssistStateReply &state)
{
    m_feedback.clear();
    for (const protocol::TemplateUse &use : state.templates)
        m_feedback.insert(use.id, feedbackOf(use));
    QList<assist::LabelledText> learned;
    for (const protocol::LearnedExample &example : state.learned)
        learned.append({example.text, example.intent});
    m_learned = learned;

    closeMemoryDatabase(m_past, m_pastConnection);
    m_pastReplies.clear();
    auto [pastName, pastDb] = openMemoryDatabase();
    m_pastConnection = pastName;
    m_past = std::make_unique<assist::KnowledgeIndex>(pastDb);
    QString error;
    if (m_past->ensureSchema(&error)) {
        qint64 id = 0;
        for (const protocol::PastReply &past : state.pastReplies) {
            assist::PastReplyHit hit{past.conversationId, past.question, past.reply};
            assist::Article article;
            article.id = ++id;
            article.locale = assist::replyLocale(hit.question);
            article.title = hit.question;
            if (m_past->add(article, &error))
                m_pastReplies.insert(article.id, hit);
        }
    }
    if (m_trainedWithLearned != m_learned.size())
        startTraining();
    m_stale = true;
    refresh();
}

assist::SlotValues SuggestionController::currentSlots(const QString &locale) const
{
    const CustomerProfileController *profile = m_workspace.profile();
    const core::CustomerProfile &data = profile->profile();
    const auto conversation = m_workspace.currentConversation();
    const bool sameCustomer =
        conversation && profile->hasProfile() && data.header.id == conversation->customerId;
    const core::OrderRow *order = sameCustomer && data.focusOrder ? &*data.focusOrder : nullptr;
    return assist::slotValuesFor(sameCustomer ? &data.header : nullptr, order, m_workspace.agentName(),
                                 locale);
}

void SuggestionController::refresh()
{
    const auto conversation = m_workspace.currentConversation();
    TranscriptModel *transcript = m_workspace.transcript();
    qint64 messageId = 0;
    QString text;
    if (conversation && transcript->conversationId() == conversation->id) {
        for (int row = transcript->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = transcript->index(row);
            if (index.data(TranscriptModel::SenderRole).toInt() == int(core::Sender::Customer)) {
                messageId = index.data(TranscriptModel::MessageIdRole).toLongLong();
                text = index.data(TranscriptModel::BodyRole).toString();
                break;
            }
        }
    }
    const qint64 conversationId = conversation ? conversation->id : 0;
    const bool newMessage = messageId != m_messageId || conversationId != m_conversationId;
    if (!newMessage && !m_stale && messageId != 0)
        return;
    m_stale = false;
    if (newMessage) {
        // The agent answered the previous message without any suggestion: each shown one was ignored.
        if (m_repliedWithoutSuggestion && !m_answered) {
            for (const assist::Suggestion &suggestion : std::as_const(m_suggestions))
                record(suggestion, QStringLiteral("ignored"));
        }
        m_insertedIndex = -1;
        m_insertedText.clear();
        m_answered = false;
        m_repliedWithoutSuggestion = false;
    }
    m_conversationId = conversationId;
    m_messageId = messageId;
    m_messageText = text;
    m_suggestions.clear();
    if (m_engine && messageId > 0) {
        assist::SuggestionQuery query;
        query.message = text;
        query.locale = assist::replyLocale(text, m_workspace.profile()->profile().header.locale);
        query.slotValues = currentSlots(query.locale);
        query.feedback = m_feedback;
        if (m_articles)
            query.articles = m_articles->search(text, 3, query.locale);
        if (m_past) {
            for (const assist::RetrievedArticle &hit : m_past->search(text, 5))
                query.pastReplies.append(m_pastReplies.value(hit.id));
        }
        m_suggestions = m_engine->suggest(query);
    }
    emit suggestionsChanged();
}

QString SuggestionController::insert(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return {};
    const assist::Suggestion &suggestion = m_suggestions.at(index);
    record(suggestion, QStringLiteral("inserted"));
    m_insertedIndex = index;
    m_insertedText = suggestion.text;
    return suggestion.text;
}

QString SuggestionController::insert(const assist::Suggestion &shown)
{
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (m_suggestions.at(i).text == shown.text && m_suggestions.at(i).templateId == shown.templateId)
            return insert(i);
    }
    return shown.text;
}

void SuggestionController::onReplyQueued(qint64 conversationId, const QString &text)
{
    if (conversationId != m_conversationId || m_messageId == 0 || m_answered || m_suggestions.isEmpty())
        return;
    // A reply without a suggestion may be a greeting or a question back; whether the suggestions
    // were ignored is only known when the customer's next message arrives (see refresh()).
    if (m_insertedIndex < 0) {
        m_repliedWithoutSuggestion = true;
        return;
    }
    m_answered = true;
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (i == m_insertedIndex) {
            // Sent as suggested, possibly with an opening line or a greeting around it.
            const bool unchanged = text.contains(m_insertedText.trimmed());
            record(m_suggestions.at(i), unchanged ? QStringLiteral("sent") : QStringLiteral("edited"));
        } else {
            record(m_suggestions.at(i), QStringLiteral("ignored"));
        }
    }
}

void SuggestionController::record(const assist::Suggestion &suggestion, const QString &action)
{
    protocol::AssistFeedbackRequest request;
    request.conversationId = m_conversationId;
    request.messageId = m_messageId;
    request.intent = suggestion.intent;
    request.templateId = suggestion.templateId;
    request.source = assist::suggestionSourceKey(suggestion.source);
    request.action = action;
    // Counted here at once, so the next suggestions rank with it even before the server confirms.
    if (!suggestion.templateId.isEmpty()) {
        assist::TemplateFeedback &counts = m_feedback[suggestion.templateId];
        if (action == QLatin1StringView("inserted"))
            ++counts.inserted;
        else if (action == QLatin1StringView("sent"))
            ++counts.sent;
        else if (action == QLatin1StringView("edited"))
            ++counts.edited;
        else
            ++counts.ignored;
    }
    m_pending.append({ServerConnection::newOperationId(), request});
    flushFeedback();
}

void SuggestionController::flushFeedback()
{
    if (m_sending || m_pending.isEmpty() || m_workspace.connection().state() != ServerConnection::State::Live)
        return;
    m_sending = true;
    const PendingFeedback next = m_pending.constFirst();
    m_workspace.connection().request(
        next.request,
        [this, operationId = next.operationId](const Answer<protocol::FeedbackReply> &reply) {
            m_sending = false;
            if (!reply.ok() && isTransient(reply))
                return; // kept; sent again with the same id once the connection is live
            if (!m_pending.isEmpty() && m_pending.constFirst().operationId == operationId)
                m_pending.removeFirst();
            if (!reply.ok())
                qCWarning(lcSuggestions) << "feedback refused:" << reply.error.message;
            else if (reply->usage)
                m_feedback.insert(reply->usage->id, feedbackOf(*reply->usage));
            flushFeedback();
        },
        next.operationId);
}

} // namespace warmline::sync
