#pragma once

#include "core/channel.h"

#include <optional>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace warmline::core {

// bot: the customer-facing bot holds it; queued: waiting for a person; assigned: an agent owns it.
enum class ConversationStatus { Bot, Queued, Assigned, Resolved };

QString conversationStatusName(ConversationStatus status);
std::optional<ConversationStatus> conversationStatusFromName(QStringView name);

enum class Sender { Customer, Bot, Agent, System };

QString senderName(Sender sender);
std::optional<Sender> senderFromName(QStringView name);

// What the customer-facing bot hands over with a conversation, so the agent never has to ask the
// customer to repeat: why it handed over, what it understood, the facts already established and
// what it already tried.
struct Handoff
{
    QString
        reason; // assist escalation reason key: asked_for_person, upset, repeating, confused, low_confidence
    QString evidence; // the customer's words that triggered it
    QString intent;   // knowledge-base intent key; empty when nothing was recognised
    int confidencePercent = 0;
    QMap<QString, QString> facts; // slot name (order_number, product, ...) → value
    QStringList tried;            // intent keys the bot already answered, oldest first
    QString summary;              // one line in the customer's language
    qint64 atMs = 0;
    // The facts and the summary in each interface language ("zh_CN", "en"), so every reader gets
    // them in their own; `facts` and `summary` above stay in the customer's language.
    struct Localized
    {
        QMap<QString, QString> facts;
        QString summary;
        friend bool operator==(const Localized &, const Localized &) = default;
    };
    QMap<QString, Localized> localized;
    // For a reader whose interface is in `locale` (any "zh…" is Chinese, anything else English).
    QMap<QString, QString> factsFor(const QString &locale) const;
    QString summaryFor(const QString &locale) const;

    QJsonObject toJson() const;
    static std::optional<Handoff> fromJson(const QJsonObject &object);
    friend bool operator==(const Handoff &, const Handoff &) = default;
};

// The latest hand-over between people: who passed the conversation on, to whom, and the short
// "why you got this" line the sender wrote, so the receiver starts where the sender stopped.
struct Transfer
{
    qint64 fromAgentId = 0; // 0: it was waiting in a queue (a supervisor assigned it)
    QString fromAgentName;
    qint64 toAgentId = 0; // 0: sent back to a queue
    QString toQueue;
    qint64 byAgentId = 0; // the sender, or the supervisor who moved it
    QString byAgentName;
    QString note;
    qint64 atMs = 0;

    QJsonObject toJson() const;
    static std::optional<Transfer> fromJson(const QJsonObject &object);
    friend bool operator==(const Transfer &, const Transfer &) = default;
};

// Routing's offer of a waiting conversation to one available agent, until it expires.
struct RoutingOffer
{
    qint64 agentId = 0;
    QString agentName;
    qint64 offeredAtMs = 0;
    qint64 expiresAtMs = 0;
    friend bool operator==(const RoutingOffer &, const RoutingOffer &) = default;
};

// What a conversation list shows about one conversation.
struct ConversationSummary
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QString customerTier = QStringLiteral("standard"); // standard, silver, gold, vip
    Channel channel = Channel::Web;
    ConversationStatus status = ConversationStatus::Queued;
    QString queue;
    qint64 teamId = 0;          // the team that owns the queue; 0: organisation-wide
    qint64 assignedAgentId = 0; // 0: nobody
    QString assignedAgentName;
    qint64 orderId = 0; // the order under discussion, 0: none named yet
    QString lastMessage;
    qint64 lastMessageAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 queuedAtMs = 0;
    qint64 assignedAtMs = 0; // when the current assignee got it (0: nobody has it)
    qint64 updatedAtMs = 0;
    std::optional<Handoff> handoff;    // set once the bot handed the conversation to people
    std::optional<Transfer> transfer;  // the latest hand-over between people
    std::optional<RoutingOffer> offer; // waiting conversations routing has offered to someone

    bool isOpen() const { return status != ConversationStatus::Resolved; }
    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    Sender sender = Sender::Customer;
    qint64 agentId = 0;
    QString authorName;
    QString body;
    qint64 createdAtMs = 0;
    QString clientOpId; // set on messages a client sent, so it can match them with its local echo

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace warmline::core
