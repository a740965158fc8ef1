#include "server/modules/assistmodule.h"

#include "protocol/messages.h"

#include <QJsonArray>

namespace warmline::server {

using core::Permission;
using protocol::ErrorCode;

namespace {

QJsonObject templateCountsToJson(const QString &templateId, const storage::TemplateCounts &counts)
{
    return {{QStringLiteral("id"), templateId},
            {QStringLiteral("inserted"), counts.inserted},
            {QStringLiteral("sent"), counts.sent},
            {QStringLiteral("edited"), counts.edited},
            {QStringLiteral("ignored"), counts.ignored}};
}

} // namespace

AssistModule::AssistModule(storage::AssistStore &assist, ConversationService &conversations, BotService *bot)
    : m_assist(assist)
    , m_conversations(conversations)
    , m_bot(bot)
{
}

void AssistModule::registerRoutes(Router &router)
{
    router.add({protocol::AssistFeedbackRequest::type, Permission::UseAssistant, Route::Kind::Command, name(),
                [this](RequestContext &context) { feedback(context); }});
    router.query<protocol::AssistStateRequest>(
        name(), protocol::AssistStateRequest::type, Permission::UseAssistant,
        [this](RequestContext &, const protocol::AssistStateRequest &request) { return state(request); });
}

void AssistModule::feedback(RequestContext &context)
{
    const auto asked = context.read<protocol::AssistFeedbackRequest>();
    if (!asked)
        return;
    const Outcome outcome = context.performIdempotent(
        [&](UnitOfWork &, qint64 now) { return recordFeedback(context.agent(), *asked, now); });
    context.answer(outcome);
    // Labelled messages teach the bot's model; retraining starts in the background, after the commit.
    if (m_bot && std::holds_alternative<Success>(outcome) && !asked->intent.isEmpty() &&
        (asked->action == QLatin1StringView("sent") || asked->action == QLatin1StringView("edited")))
        m_bot->noteLearned();
}

Outcome AssistModule::recordFeedback(const storage::AgentRecord &agent,
                                     const protocol::AssistFeedbackRequest &asked, qint64 now)
{
    const assist::KnowledgeBase *knowledgeBase = m_bot ? m_bot->knowledgeBase() : nullptr;
    const auto messages =
        m_conversations.conversations().messages(asked.conversationId, asked.messageId + 1, 1);
    if (messages.isEmpty() || messages.constFirst().id != asked.messageId ||
        messages.constFirst().sender != core::Sender::Customer) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("message %1 is not a customer message of conversation %2")
                         .arg(asked.messageId)
                         .arg(asked.conversationId),
                     QStringLiteral("payload.messageId"),
                     {}};
    }
    if (asked.source == QLatin1StringView("intent") && asked.templateId.isEmpty()) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("an intent suggestion names its template"),
                     QStringLiteral("payload.templateId"),
                     {}};
    }
    // With the knowledge base loaded, names it does not know are refused rather than stored.
    if (knowledgeBase) {
        if (!asked.intent.isEmpty() && !knowledgeBase->intent(asked.intent)) {
            return Error{ErrorCode::InvalidField,
                         QStringLiteral("unknown intent %1").arg(asked.intent),
                         QStringLiteral("payload.intent"),
                         {}};
        }
        if (!asked.templateId.isEmpty() && !knowledgeBase->replyTemplate(asked.templateId)) {
            return Error{ErrorCode::InvalidField,
                         QStringLiteral("unknown reply template %1").arg(asked.templateId),
                         QStringLiteral("payload.templateId"),
                         {}};
        }
    }
    storage::SuggestionFeedback feedback;
    feedback.agentId = agent.id;
    feedback.conversationId = asked.conversationId;
    feedback.messageId = asked.messageId;
    feedback.intent = asked.intent;
    feedback.templateId = asked.templateId;
    feedback.source = asked.source;
    feedback.action = asked.action;
    const auto id = m_assist.record(feedback, now);
    if (!id)
        return Error{ErrorCode::Internal, QStringLiteral("could not record the feedback; try again"), {}, {}};
    QJsonObject payload{{QStringLiteral("feedbackId"), *id}};
    if (!asked.templateId.isEmpty())
        payload.insert(QStringLiteral("template"),
                       templateCountsToJson(asked.templateId, m_assist.templateCounts(asked.templateId)));
    return Success{payload, 0};
}

Outcome AssistModule::state(const protocol::AssistStateRequest &request)
{
    QJsonArray templates;
    const auto counts = m_assist.templateCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        templates.append(templateCountsToJson(it.key(), *it));
    QJsonArray learned;
    for (const storage::LearnedExample &example : m_assist.learnedExamples(request.learnedLimit))
        learned.append(
            QJsonObject{{QStringLiteral("text"), example.text}, {QStringLiteral("intent"), example.intent}});
    QJsonArray pastReplies;
    for (const storage::PastReply &reply : m_assist.pastReplies(request.pastReplyLimit)) {
        pastReplies.append(QJsonObject{{QStringLiteral("conversationId"), reply.conversationId},
                                       {QStringLiteral("question"), reply.question},
                                       {QStringLiteral("reply"), reply.reply}});
    }
    return Success{{{QStringLiteral("templates"), templates},
                    {QStringLiteral("learned"), learned},
                    {QStringLiteral("pastReplies"), pastReplies},
                    {QStringLiteral("modelVersion"), m_bot ? m_bot->modelVersion() : 0},
                    {QStringLiteral("botLearned"),
                     m_bot && m_bot->engine() ? qint64(m_bot->engine()->learnedExamples()) : 0}},
                   0};
}

} // namespace warmline::server
