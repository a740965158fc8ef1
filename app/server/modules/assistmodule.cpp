#include "server/modules/assistmodule.h"

#include "protocol/messages.h"
#include "protocol/profilereplies.h"

namespace warmline::server {

using core::Permission;
using protocol::ErrorCode;

namespace {

protocol::TemplateUse templateUse(const QString &templateId, const storage::TemplateCounts &counts)
{
    return {templateId, counts.inserted, counts.sent, counts.edited, counts.ignored};
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
        [&](UnitOfWork &, qint64 now) { return toOutcome(recordFeedback(context.agent(), *asked, now)); });
    context.answer(outcome);
    // Labelled messages teach the bot's model; retraining starts in the background, after the commit.
    if (m_bot && std::holds_alternative<Success>(outcome) && !asked->intent.isEmpty() &&
        (asked->action == QLatin1StringView("sent") || asked->action == QLatin1StringView("edited")))
        m_bot->noteLearned();
}

Result<protocol::FeedbackReply> AssistModule::recordFeedback(const storage::AgentRecord &agent,
                                                             const protocol::AssistFeedbackRequest &asked,
                                                             qint64 now)
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
    protocol::FeedbackReply reply{*id, std::nullopt};
    if (!asked.templateId.isEmpty())
        reply.usage = templateUse(asked.templateId, m_assist.templateCounts(asked.templateId));
    return Done<protocol::FeedbackReply>{reply};
}

Result<protocol::AssistStateReply> AssistModule::state(const protocol::AssistStateRequest &request)
{
    protocol::AssistStateReply reply;
    const auto counts = m_assist.templateCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        reply.templates.append(templateUse(it.key(), *it));
    for (const storage::LearnedExample &example : m_assist.learnedExamples(request.learnedLimit))
        reply.learned.append({example.text, example.intent});
    for (const storage::PastReply &past : m_assist.pastReplies(request.pastReplyLimit))
        reply.pastReplies.append({past.conversationId, past.question, past.reply});
    reply.modelVersion = m_bot ? m_bot->modelVersion() : 0;
    reply.botLearned = m_bot && m_bot->engine() ? qint64(m_bot->engine()->learnedExamples()) : 0;
    return Done<protocol::AssistStateReply>{reply};
}

} // namespace warmline::server
