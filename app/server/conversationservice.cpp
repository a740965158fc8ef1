#include "server/conversationservice.h"

#include "core/permission.h"
#include "protocol/messages.h"
#include "protocol/profilejson.h"
#include "server/botservice.h"

#include <cmath>
#include <QRegularExpression>

namespace warmline::server {

using protocol::conversationNotFound;
using protocol::ErrorCode;
using protocol::internalError;

ConversationService::ConversationService(QSqlDatabase db, storage::AccountStore &accounts,
                                         storage::ProfileStore &profiles)
    : m_conversations(std::move(db))
    , m_accounts(accounts)
    , m_profiles(profiles)
{
}

namespace {
core::Audience audienceOf(const core::ConversationSummary &conversation)
{
    return core::Audience::conversation(conversation.teamId, conversation.assignedAgentId, true);
}
} // namespace

template<typename ConversationEvent>
std::optional<qint64>
ConversationService::appendConversationEvent(UnitOfWork &work, const core::ConversationSummary &conversation,
                                             qint64 nowMs)
{
    ConversationEvent event;
    event.conversation = conversation;
    return work.append(event, audienceOf(conversation), conversation.customerId, conversation.id, nowMs);
}

std::optional<qint64> ConversationService::appendMessageEvent(UnitOfWork &work, const core::Message &message,
                                                              const core::ConversationSummary &conversation,
                                                              qint64 nowMs)
{
    return work.append(protocol::MessageCreatedEvent{message, conversation}, audienceOf(conversation),
                       conversation.customerId, conversation.id, nowMs);
}

Result<CustomerPost> ConversationService::customerMessage(UnitOfWork &work, qint64 customerId,
                                                          core::Channel channel, const QString &text,
                                                          const QString &clientOpId, qint64 nowMs,
                                                          qint64 orderId)
{
    if (orderId) {
        const auto owner = m_profiles.orderOwner(orderId);
        if (!owner || owner->customerId != customerId) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("you have no order %1").arg(orderId),
                         QStringLiteral("payload.orderId"),
                         {}};
        }
    }
    bool created = false;
    auto conversationId = m_conversations.openConversationOf(customerId, channel);
    if (!conversationId) {
        conversationId = m_conversations.create(
            customerId, channel, m_bot ? core::ConversationStatus::Bot : core::ConversationStatus::Queued,
            nowMs);
        if (!conversationId)
            return internalError(QStringLiteral("open a conversation"));
        created = true;
    }
    if (orderId && !m_conversations.setOrder(*conversationId, orderId, nowMs))
        return internalError(QStringLiteral("link the order"));
    const auto message = m_conversations.addMessage(*conversationId, core::Sender::Customer, 0,
                                                    text.trimmed(), clientOpId, nowMs);
    const auto summary = m_conversations.summary(*conversationId);
    if (!message || !summary)
        return internalError(QStringLiteral("store the message"));
    if (created && !appendConversationEvent<protocol::ConversationCreatedEvent>(work, *summary, nowMs))
        return internalError(QStringLiteral("log the conversation"));
    const auto seq = appendMessageEvent(work, *message, *summary, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the message"));
    if (auto error = work.raise(
            domain::CustomerWrote{*conversationId, customerId, message->id, message->body, created}, nowMs))
        return *error;
    // Only a conversation the bot still holds gets a bot turn: once people own it, the bot is out
    // for good (handOff() moves it out of 'bot', and nothing moves it back).
    if (m_bot && summary->status == core::ConversationStatus::Bot) {
        if (auto error = botTurn(work, *summary, *message, nowMs))
            return *error;
    }
    return Done<CustomerPost>{{*message, created}, *seq};
}

namespace {

// What the bot says to the customer is written in the customer's language (content, like the
// knowledge base), not in the agent's interface language.
QString handOffNotice(bool chinese, int minutes)
{
    if (chinese) {
        return QStringLiteral("我这就为您转接人工客服，预计等待约 %1 分钟。您刚才说的内容我都已转交，"
                              "不用再重复说明。")
            .arg(minutes);
    }
    return QStringLiteral("I'm passing you to a person now; the wait is about %1 minute%2. They will see "
                          "everything you told me, so you won't need to repeat it.")
        .arg(minutes)
        .arg(minutes == 1 ? QString() : QStringLiteral("s"));
}

QString closingNote(bool chinese)
{
    return chinese ? QStringLiteral("很高兴帮到您！如果还有其他问题，随时再来找我。")
                   : QStringLiteral("Glad that helped! If anything else comes up, just write again.");
}

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

} // namespace

Result<core::ConversationSummary> ConversationService::closeIdleBotConversation(UnitOfWork &work,
                                                                                qint64 conversationId,
                                                                                qint64 idleBeforeMs,
                                                                                qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return conversationNotFound(conversationId);
    if (current->status != core::ConversationStatus::Bot || current->updatedAtMs >= idleBeforeMs)
        return Done<core::ConversationSummary>{*current};
    const auto header = m_profiles.header(current->customerId);
    const QString locale = header ? header->locale : QString();
    const bool chinese =
        assist::replyLocale(current->lastMessage, locale).startsWith(QLatin1StringView("zh"));
    const QString note = chinese
                             ? QStringLiteral("这次对话先到这里。如果还有问题，随时给我们留言，我们都在。")
                             : QStringLiteral("I'll close this chat for now. If anything else comes up, just "
                                              "write again — we're here.");
    if (!botSays(work, conversationId, note, nowMs) || !m_conversations.resolve(conversationId, nowMs))
        return internalError(QStringLiteral("close the conversation"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent<protocol::ConversationUpdatedEvent>(work, *summary, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the resolution"));
    return Done<core::ConversationSummary>{*summary, *seq};
}

std::optional<core::Message> ConversationService::botSays(UnitOfWork &work, qint64 conversationId,
                                                          const QString &text, qint64 nowMs)
{
    const auto message = m_conversations.addMessage(conversationId, core::Sender::Bot, 0, text, {}, nowMs);
    const auto summary = m_conversations.summary(conversationId);
    if (!message || !summary || !appendMessageEvent(work, *message, *summary, nowMs))
        return std::nullopt;
    return message;
}

std::optional<Error> ConversationService::botTurn(UnitOfWork &work,
                                                  const core::ConversationSummary &conversation,
                                                  const core::Message &message, qint64 nowMs)
{
    const qint64 id = conversation.id;
    qint64 orderId = conversation.orderId;
    // An order number in the message is a fact worth keeping, for the bot and for the person after it.
    static const QRegularExpression orderNumber(QStringLiteral("\\bWL-?[0-9A-Z]{2,20}\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (const auto match = orderNumber.match(message.body); match.hasMatch() && !orderId) {
        if (const auto found =
                m_conversations.customerOrderByNumber(conversation.customerId, match.captured())) {
            if (!m_conversations.setOrder(id, *found, nowMs))
                return internalError(QStringLiteral("link the order"));
            orderId = *found;
        }
    }

    assist::BotTurn turn;
    turn.message = message.body;
    for (const core::Message &earlier : m_conversations.messages(id, message.id, 20)) {
        if (earlier.sender == core::Sender::Customer)
            turn.earlierCustomerMessages.append(earlier.body);
    }
    turn.tried = m_conversations.botTried(id);
    const auto header = m_profiles.header(conversation.customerId);
    turn.locale = assist::replyLocale(message.body, header ? header->locale : QString());
    const bool chinese = turn.locale.startsWith(QLatin1StringView("zh"));
    const auto order = orderId ? m_profiles.order(orderId) : std::nullopt;
    turn.slotValues =
        assist::slotValuesFor(header ? &*header : nullptr, order ? &*order : nullptr, {}, turn.locale);

    const assist::BotDecision decision = m_bot->decide(turn);
    switch (decision.action) {
    case assist::BotDecision::Action::Answer: {
        if (!botSays(work, id, decision.reply, nowMs))
            return internalError(QStringLiteral("store the bot's answer"));
        if (!m_conversations.setBotTried(id, turn.tried + QStringList{decision.best.label}))
            return internalError(QStringLiteral("remember the bot's answer"));
        return std::nullopt;
    }
    case assist::BotDecision::Action::Close: {
        if (!botSays(work, id, closingNote(chinese), nowMs) || !m_conversations.resolve(id, nowMs))
            return internalError(QStringLiteral("close the conversation"));
        const auto summary = m_conversations.summary(id);
        if (!summary || !appendConversationEvent<protocol::ConversationUpdatedEvent>(work, *summary, nowMs))
            return internalError(QStringLiteral("log the resolution"));
        return std::nullopt;
    }
    case assist::BotDecision::Action::HandOff:
        break;
    }

    core::Handoff handoff;
    handoff.reason = decision.reason;
    handoff.evidence = shortened(decision.evidence, 200);
    handoff.intent = decision.best.label;
    handoff.confidencePercent = int(std::lround(decision.best.confidence * 100));
    handoff.tried = turn.tried;
    handoff.atMs = nowMs;
    const assist::KnowledgeBase *knowledgeBase = m_bot->knowledgeBase();
    const assist::KnowledgeIntent *intent = knowledgeBase ? knowledgeBase->intent(handoff.intent) : nullptr;
    const QString first =
        turn.earlierCustomerMessages.isEmpty() ? message.body : turn.earlierCustomerMessages.constFirst();
    // Written once per interface language: the agent who takes over reads it in their own, whatever
    // language the customer wrote in (the customer's own words are quoted as they are).
    for (const QString &locale : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const bool inChinese = locale == QLatin1StringView("zh_CN");
        core::Handoff::Localized text;
        const assist::SlotValues values =
            assist::slotValuesFor(header ? &*header : nullptr, order ? &*order : nullptr, {}, locale);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.value().isEmpty() && it.key() != QLatin1StringView("customer_name"))
                text.facts.insert(it.key(), it.value());
        }
        const QString topic = intent ? intent->titles.value(locale) : QString();
        QStringList triedTitles;
        for (const QString &key : std::as_const(handoff.tried)) {
            if (const auto *triedIntent = knowledgeBase ? knowledgeBase->intent(key) : nullptr)
                triedTitles.append(triedIntent->titles.value(locale));
        }
        if (inChinese) {
            text.summary =
                (topic.isEmpty() ? QString() : topic + QStringLiteral("。")) +
                QStringLiteral("客户说：「%1」").arg(shortened(first, 60)) +
                (triedTitles.isEmpty()
                     ? QString()
                     : QStringLiteral("；机器人已答复：%1").arg(triedTitles.join(QStringLiteral("、"))));
        } else {
            text.summary = (topic.isEmpty() ? QString() : topic + QStringLiteral(". ")) +
                           QStringLiteral("Customer wrote: \"%1\"").arg(shortened(first, 80)) +
                           (triedTitles.isEmpty() ? QString()
                                                  : QStringLiteral("; the bot already answered: %1")
                                                        .arg(triedTitles.join(QStringLiteral(", "))));
        }
        handoff.localized.insert(locale, text);
    }
    handoff.facts = handoff.factsFor(turn.locale);
    handoff.summary = handoff.summaryFor(turn.locale);
    if (!m_conversations.handOff(id, handoff, nowMs))
        return internalError(QStringLiteral("hand the conversation over"));
    const int minutes =
        std::clamp(int(std::lround(m_conversations.recentQueueWaitMinutes(50).value_or(3.0))), 1, 60);
    if (!botSays(work, id, handOffNotice(chinese, minutes), nowMs))
        return internalError(QStringLiteral("tell the customer"));
    const auto summary = m_conversations.summary(id);
    if (!summary || !appendConversationEvent<protocol::ConversationUpdatedEvent>(work, *summary, nowMs))
        return internalError(QStringLiteral("log the hand-over"));
    return work.raise(domain::HandedOff{id, handoff.reason}, nowMs);
}

Result<core::ConversationSummary> ConversationService::setOrder(UnitOfWork &work, qint64 conversationId,
                                                                qint64 orderId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return conversationNotFound(conversationId);
    const auto owner = m_profiles.orderOwner(orderId);
    if (!owner || owner->customerId != current->customerId) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("order %1 is not an order of this conversation's customer").arg(orderId),
                     QStringLiteral("payload.orderId"),
                     {}};
    }
    if (current->orderId == orderId)
        return Done<core::ConversationSummary>{*current};
    if (!m_conversations.setOrder(conversationId, orderId, nowMs))
        return internalError(QStringLiteral("link the order"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent<protocol::ConversationUpdatedEvent>(work, *summary, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the change"));
    return Done<core::ConversationSummary>{*summary, *seq};
}

Result<core::ComplaintRow> ConversationService::createComplaint(UnitOfWork &work, qint64 orderId,
                                                                const QString &category,
                                                                qint64 conversationId, qint64 nowMs)
{
    const auto owner = m_profiles.orderOwner(orderId);
    if (!owner) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("order %1 does not exist").arg(orderId),
                     QStringLiteral("payload.orderId"),
                     {}};
    }
    if (conversationId) {
        const auto conversation = m_conversations.summary(conversationId);
        if (!conversation || conversation->customerId != owner->customerId) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("conversation %1 is not a conversation of this order's customer")
                             .arg(conversationId),
                         QStringLiteral("payload.conversationId"),
                         {}};
        }
    }
    const auto complaint = m_profiles.createComplaint(orderId, category, conversationId, nowMs);
    if (!complaint)
        return internalError(QStringLiteral("record the complaint"));
    // The event carries everything the complaint changed, so an open profile updates from the
    // push alone: the customer's header and categories, the order's row, both statistics.
    const auto header = m_profiles.header(owner->customerId);
    const auto order = m_profiles.order(orderId);
    const auto product = m_profiles.productStats(owner->productId);
    const auto merchant = m_profiles.merchantStats(owner->merchantId);
    if (!header || !order || !product || !merchant)
        return internalError(QStringLiteral("read the updated statistics"));
    const protocol::ComplaintCreatedEvent event{
        *complaint, *header, m_profiles.complaintsByCategory(owner->customerId), *order, *product, *merchant};
    const auto seq = work.append(event, m_conversations.audienceOf(conversationId, false), owner->customerId,
                                 conversationId, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the complaint"));
    return Done<core::ComplaintRow>{*complaint, *seq};
}

Result<core::ConversationSummary> ConversationService::accept(UnitOfWork &work,
                                                              const storage::AgentRecord &agent,
                                                              qint64 conversationId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return conversationNotFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 is already resolved").arg(conversationId),
                     {},
                     {}};
    }
    if (current->status == core::ConversationStatus::Assigned) {
        if (current->assignedAgentId == agent.id)
            return Done<core::ConversationSummary>{*current};
        return Error{ErrorCode::AlreadyTaken,
                     QStringLiteral("conversation %1 was already accepted by %2")
                         .arg(conversationId)
                         .arg(current->assignedAgentName),
                     {},
                     {{QStringLiteral("agentName"), current->assignedAgentName}}};
    }
    if (!m_conversations.assign(conversationId, agent.id, nowMs))
        return internalError(QStringLiteral("assign the conversation"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent<protocol::ConversationUpdatedEvent>(work, *summary, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the assignment"));
    if (auto error = work.raise(domain::ConversationAssigned{conversationId, agent.id, 0,
                                                             current->offer ? current->offer->agentId : 0},
                                nowMs))
        return *error;
    return Done<core::ConversationSummary>{*summary, *seq};
}

std::optional<Error> ConversationService::checkReply(const storage::AgentRecord &agent,
                                                     const std::optional<core::ConversationSummary> &current,
                                                     qint64 conversationId)
{
    if (!current)
        return conversationNotFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 is resolved; the customer can start a new one")
                         .arg(conversationId),
                     {},
                     {}};
    }
    if (current->assignedAgentId != agent.id &&
        !core::allows(agent.role, core::Permission::ActForOtherAgents)) {
        return Error{
            ErrorCode::Forbidden,
            QStringLiteral("only the agent who accepted conversation %1 can reply").arg(conversationId),
            {},
            {}};
    }
    return std::nullopt;
}

Result<AgentReply> ConversationService::reply(UnitOfWork &work, const storage::AgentRecord &agent,
                                              qint64 conversationId, const QString &text,
                                              const QString &clientOpId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (auto error = checkReply(agent, current, conversationId))
        return *error;
    if (m_hold) {
        if (auto held = m_hold->hold(work, agent, *current, text.trimmed(), clientOpId, nowMs)) {
            return mapResult(std::move(*held), [](const core::HeldReply &hold) {
                return AgentReply{std::nullopt, hold};
            });
        }
    }
    return mapResult(post(work, agent, conversationId, text, clientOpId, nowMs),
                     [](const core::Message &message) {
                         return AgentReply{message, std::nullopt};
                     });
}

Result<core::Message> ConversationService::sendApproved(UnitOfWork &work, const storage::AgentRecord &agent,
                                                        qint64 conversationId, const QString &text,
                                                        const QString &clientOpId, qint64 nowMs)
{
    if (auto error = checkReply(agent, m_conversations.summary(conversationId), conversationId))
        return *error;
    return post(work, agent, conversationId, text, clientOpId, nowMs);
}

Result<core::Message> ConversationService::post(UnitOfWork &work, const storage::AgentRecord &agent,
                                                qint64 conversationId, const QString &text,
                                                const QString &clientOpId, qint64 nowMs)
{
    const auto message = m_conversations.addMessage(conversationId, core::Sender::Agent, agent.id,
                                                    text.trimmed(), clientOpId, nowMs);
    const auto summary = m_conversations.summary(conversationId);
    if (!message || !summary)
        return internalError(QStringLiteral("store the reply"));
    const auto seq = appendMessageEvent(work, *message, *summary, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the reply"));
    if (auto error =
            work.raise(domain::AgentReplied{agent, conversationId, message->id, message->body}, nowMs))
        return *error;
    return Done<core::Message>{*message, *seq};
}

Result<core::ConversationSummary> ConversationService::resolve(UnitOfWork &work,
                                                               const storage::AgentRecord &agent,
                                                               qint64 conversationId, qint64 nowMs)
{
    const auto current = m_conversations.summary(conversationId);
    if (!current)
        return conversationNotFound(conversationId);
    if (current->status == core::ConversationStatus::Resolved)
        return Done<core::ConversationSummary>{*current};
    if (current->assignedAgentId != agent.id &&
        !core::allows(agent.role, core::Permission::ActForOtherAgents)) {
        return Error{
            ErrorCode::Forbidden,
            QStringLiteral("only the agent who accepted conversation %1 can resolve it").arg(conversationId),
            {},
            {}};
    }
    if (!m_conversations.resolve(conversationId, nowMs))
        return internalError(QStringLiteral("resolve the conversation"));
    const auto summary = m_conversations.summary(conversationId);
    if (!summary)
        return internalError(QStringLiteral("read the conversation"));
    const auto seq = appendConversationEvent<protocol::ConversationUpdatedEvent>(work, *summary, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the resolution"));
    if (auto error = work.raise(domain::ConversationResolved{agent, conversationId, current->assignedAgentId,
                                                             current->offer ? current->offer->agentId : 0},
                                nowMs))
        return *error;
    return Done<core::ConversationSummary>{*summary, *seq};
}

} // namespace warmline::server
