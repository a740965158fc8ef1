#include "core/audience.h"

namespace warmline::core {

QString reachName(Audience::Reach reach)
{
    switch (reach) {
    case Audience::Reach::Staff:
        return QStringLiteral("staff");
    case Audience::Reach::Team:
        return QStringLiteral("team");
    case Audience::Reach::Agent:
        return QStringLiteral("agent");
    case Audience::Reach::Role:
        return QStringLiteral("role");
    case Audience::Reach::Conversation:
        return QStringLiteral("conversation");
    }
    return {};
}

std::optional<Audience::Reach> reachFromName(QStringView name)
{
    for (const auto reach : {Audience::Reach::Staff, Audience::Reach::Team, Audience::Reach::Agent,
                             Audience::Reach::Role, Audience::Reach::Conversation}) {
        if (name == reachName(reach))
            return reach;
    }
    return std::nullopt;
}

bool StaffScope::coversTeam(qint64 teamId) const
{
    return seesEverything() || teamId == 0 || teams.contains(teamId);
}

bool StaffScope::seesConversation(qint64 teamId, qint64 assigneeId) const
{
    return (assigneeId != 0 && assigneeId == agentId) || coversTeam(teamId);
}

bool StaffScope::reaches(const Audience &audience) const
{
    switch (audience.reach) {
    case Audience::Reach::Staff:
        return true;
    case Audience::Reach::Team:
        return coversTeam(audience.teamId);
    case Audience::Reach::Agent:
        // Not even administrators read a whisper meant for someone else.
        return audience.agentId == agentId;
    case Audience::Reach::Role:
        // Administrators hold every role's view of every team.
        return (audience.role == role || seesEverything()) && coversTeam(audience.teamId);
    case Audience::Reach::Conversation:
        return seesConversation(audience.teamId, audience.agentId);
    }
    return false;
}

} // namespace warmline::core
