#pragma once

#include "protocol/conversationreplies.h"
#include "protocol/messages.h"
#include "server/conversationservice.h"
#include "server/modules/module.h"

namespace warmline::server {

// Conversations: customers writing in, agents accepting, replying and resolving, the order a
// conversation is about and complaints raised in it. The rules are ConversationService's.
class ConversationModule final : public Module
{
public:
    explicit ConversationModule(ConversationService &conversations);

    QString name() const override { return QStringLiteral("conversations"); }
    void registerRoutes(Router &router) override;

private:
    // Staff act only on conversations of their teams' queues or assigned to them.
    std::optional<Refusal> outOfScope(RequestContext &context, qint64 conversationId);
    Result<protocol::HistoryReply> history(RequestContext &context, const protocol::HistoryRequest &request);

    ConversationService &m_conversations;
};

} // namespace warmline::server
