#pragma once

#include "protocol/messages.h"
#include "protocol/profilereplies.h"
#include "server/botservice.h"
#include "server/conversationservice.h"
#include "server/modules/module.h"
#include "storage/assiststore.h"

namespace warmline::server {

// The reply assistant's server side: agents' feedback on suggestions (which teaches the bot) and
// the state the workstation's local engine starts from.
class AssistModule final : public Module
{
public:
    AssistModule(storage::AssistStore &assist, ConversationService &conversations, BotService *bot);

    QString name() const override { return QStringLiteral("assist"); }
    void registerRoutes(Router &router) override;

private:
    void feedback(RequestContext &context);
    Result<protocol::FeedbackReply> recordFeedback(const storage::AgentRecord &agent,
                                                   const protocol::AssistFeedbackRequest &request,
                                                   qint64 nowMs);
    Result<protocol::AssistStateReply> state(const protocol::AssistStateRequest &request);

    storage::AssistStore &m_assist;
    ConversationService &m_conversations;
    BotService *m_bot; // null without --bot
};

} // namespace warmline::server
