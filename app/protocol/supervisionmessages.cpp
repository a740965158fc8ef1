#include "protocol/supervisionmessages.h"

#include <limits>
#include <QStringList>

namespace warmline::protocol {

namespace {

const QString kConversationId = QStringLiteral("conversationId");
const QString kToAgentId = QStringLiteral("toAgentId");
const QString kToQueue = QStringLiteral("toQueue");
const QString kNote = QStringLiteral("note");

// Transfer and assign name exactly one target: a colleague or a queue.
template<typename Target>
Target readTarget(PayloadReader &reader)
{
    Target target;
    target.conversationId = reader.requiredId(kConversationId);
    target.toAgentId = reader.optionalInteger(kToAgentId, 1, std::numeric_limits<qint64>::max()).value_or(0);
    target.toQueue = reader.optionalString(kToQueue, maxQueueNameLength).value_or(QString()).trimmed();
    target.note = reader.requiredText(kNote, maxTransferNoteLength).trimmed();
    if (reader.ok() && (target.toAgentId > 0) == !target.toQueue.isEmpty()) {
        reader.reject(ErrorCode::InvalidField, kToAgentId,
                      QStringLiteral("name either a colleague (toAgentId) or a queue (toQueue)"));
    }
    return target;
}

template<typename Target>
QJsonObject targetToJson(const Target &target)
{
    QJsonObject object{{kConversationId, target.conversationId}, {kNote, target.note}};
    if (target.toAgentId > 0)
        object.insert(kToAgentId, target.toAgentId);
    if (!target.toQueue.isEmpty())
        object.insert(kToQueue, target.toQueue);
    return object;
}

QStringList chosenPresenceNames()
{
    return {core::presenceName(core::Presence::Available), core::presenceName(core::Presence::Busy),
            core::presenceName(core::Presence::Away)};
}

} // namespace

QJsonObject rosterEntryToJson(const core::RosterEntry &entry)
{
    return {{QStringLiteral("agentId"), entry.agentId},
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("role"), core::roleName(entry.role)},
            {QStringLiteral("teamId"), entry.teamId ? QJsonValue(entry.teamId) : QJsonValue()},
            {QStringLiteral("presence"), core::presenceName(entry.presence)},
            {QStringLiteral("presenceSince"), entry.presenceSinceMs},
            {QStringLiteral("active"), entry.active},
            {QStringLiteral("offered"), entry.offered},
            {QStringLiteral("capacity"), entry.capacity},
            {QStringLiteral("spentToday"), entry.spentToday.minor()},
            {QStringLiteral("dailyBudget"), entry.dailyBudget.minor()}};
}

std::optional<core::RosterEntry> rosterEntryFromJson(const QJsonObject &object)
{
    core::RosterEntry entry;
    entry.agentId = object.value(QStringLiteral("agentId")).toInteger();
    const auto role = core::roleFromName(object.value(QStringLiteral("role")).toString());
    const auto presence = core::presenceFromName(object.value(QStringLiteral("presence")).toString());
    if (entry.agentId <= 0 || !role || !presence)
        return std::nullopt;
    entry.name = object.value(QStringLiteral("name")).toString();
    entry.role = *role;
    entry.teamId = object.value(QStringLiteral("teamId")).toInteger();
    entry.presence = *presence;
    entry.presenceSinceMs = object.value(QStringLiteral("presenceSince")).toInteger();
    entry.active = object.value(QStringLiteral("active")).toInt();
    entry.offered = object.value(QStringLiteral("offered")).toInt();
    entry.capacity = object.value(QStringLiteral("capacity")).toInt();
    entry.spentToday = core::Money::fromMinor(object.value(QStringLiteral("spentToday")).toInteger());
    entry.dailyBudget = core::Money::fromMinor(object.value(QStringLiteral("dailyBudget")).toInteger());
    return entry;
}

PresenceSetRequest PresenceSetRequest::read(PayloadReader &reader)
{
    const QString name = reader.requiredOneOf(QStringLiteral("presence"), chosenPresenceNames());
    return {core::presenceFromName(name).value_or(core::Presence::Available)};
}

QJsonObject PresenceSetRequest::toJson() const
{
    return {{QStringLiteral("presence"), core::presenceName(presence)}};
}

TransferRequest TransferRequest::read(PayloadReader &reader)
{
    return readTarget<TransferRequest>(reader);
}

QJsonObject TransferRequest::toJson() const
{
    return targetToJson(*this);
}

DeclineOfferRequest DeclineOfferRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(kConversationId)};
}

QJsonObject DeclineOfferRequest::toJson() const
{
    return {{kConversationId, conversationId}};
}

AssignRequest AssignRequest::read(PayloadReader &reader)
{
    return readTarget<AssignRequest>(reader);
}

QJsonObject AssignRequest::toJson() const
{
    return targetToJson(*this);
}

} // namespace warmline::protocol
