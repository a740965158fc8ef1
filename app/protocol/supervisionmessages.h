#pragma once

// Requests of presence, transfers, routing and the supervisor's workspace (docs/protocol.md,
// "Supervision"). Kept apart from messages.h; the same rules apply: type names are part of the
// wire protocol, only append.

#include "core/presence.h"
#include "protocol/payloadreader.h"

#include <optional>
#include <QJsonObject>
#include <QList>

namespace warmline::protocol {

struct AgentReply;
struct ConversationReply;
struct TransferTargetsReply;
struct RosterReply;

namespace event {
// The agent's team's supervisors and administrators: presence, load, offers or today's spend changed.
// Payload {"agent": RosterEntry}.
inline const QString agentChanged = QStringLiteral("agent.changed");
} // namespace event

inline constexpr qsizetype maxTransferNoteLength = 280; // the "why you got this" line
inline constexpr qsizetype maxQueueNameLength = 64;

QJsonObject rosterEntryToJson(const core::RosterEntry &entry);
std::optional<core::RosterEntry> rosterEntryFromJson(const QJsonObject &object);

// The caller's own presence: available, busy or away (offline is never chosen: it is what a
// dropped connection shows).
struct PresenceSetRequest
{
    static inline const QString type = QStringLiteral("presence.set");
    using Reply = AgentReply;
    core::Presence presence = core::Presence::Available;

    static PresenceSetRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const PresenceSetRequest &, const PresenceSetRequest &) = default;
};

// Passes the caller's conversation to a colleague (toAgentId) or back to a queue (toQueue), with
// a short note the receiver reads first. Exactly one of the two targets.
struct TransferRequest
{
    static inline const QString type = QStringLiteral("conversation.transfer");
    using Reply = ConversationReply;
    qint64 conversationId = 0;
    qint64 toAgentId = 0;
    QString toQueue;
    QString note;

    static TransferRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const TransferRequest &, const TransferRequest &) = default;
};

// The caller turns down routing's offer of a waiting conversation: it goes to the next agent.
struct DeclineOfferRequest
{
    static inline const QString type = QStringLiteral("conversation.decline");
    using Reply = ConversationReply;
    qint64 conversationId = 0;

    static DeclineOfferRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const DeclineOfferRequest &, const DeclineOfferRequest &) = default;
};

// Colleagues and queues the caller can transfer to.
struct TransferTargetsRequest
{
    static inline const QString type = QStringLiteral("transfer.targets");
    using Reply = TransferTargetsReply;
    static TransferTargetsRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const TransferTargetsRequest &, const TransferTargetsRequest &) = default;
};

// The roster of the teams the supervisor looks after, with the queues and the SLA thresholds.
struct RosterRequest
{
    static inline const QString type = QStringLiteral("supervision.roster");
    using Reply = RosterReply;
    static RosterRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const RosterRequest &, const RosterRequest &) = default;
};

// A supervisor gives a conversation (waiting, offered or someone's) to an agent, or moves it to
// a queue, with the line the receiver reads first. Exactly one of the two targets.
struct AssignRequest
{
    static inline const QString type = QStringLiteral("supervision.assign");
    using Reply = ConversationReply;
    qint64 conversationId = 0;
    qint64 toAgentId = 0;
    QString toQueue;
    QString note;

    static AssignRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const AssignRequest &, const AssignRequest &) = default;
};

} // namespace warmline::protocol
