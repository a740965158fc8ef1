#pragma once

#include "core/role.h"

#include <optional>
#include <QList>
#include <QString>

namespace warmline::core {

// Which staff an event reaches. Most events concern a conversation and reach whoever may see it;
// the rest reach a team, one role, one agent (a whisper reaches exactly its addressee), or every
// staff member. The customer an event concerns sees it only when it is customer-visible.
struct Audience
{
    enum class Reach { Staff, Team, Agent, Role, Conversation };
    Reach reach = Reach::Staff;
    qint64 teamId = 0;       // Team, Role and Conversation; 0: no team (organisation-wide)
    qint64 agentId = 0;      // Agent: the addressee; Conversation: the assignee (0: nobody)
    Role role = Role::Agent; // Role only
    bool customerVisible = false;

    static Audience allStaff() { return {}; }
    static Audience team(qint64 teamId) { return {Reach::Team, teamId, 0, Role::Agent, false}; }
    static Audience agent(qint64 agentId) { return {Reach::Agent, 0, agentId, Role::Agent, false}; }
    static Audience ofRole(Role role, qint64 teamId = 0) { return {Reach::Role, teamId, 0, role, false}; }
    static Audience conversation(qint64 teamId, qint64 assigneeId, bool customerVisible)
    {
        return {Reach::Conversation, teamId, assigneeId, Role::Agent, customerVisible};
    }
    friend bool operator==(const Audience &, const Audience &) = default;
};

QString reachName(Audience::Reach reach);
std::optional<Audience::Reach> reachFromName(QStringView name);

// What one staff member may see: their own team and the teams they supervise; administrators
// see everything. A conversation is seen by its team's staff and by its assignee, wherever the
// conversation's queue belongs, so an agent never loses a conversation that was handed to them.
struct StaffScope
{
    qint64 agentId = 0;
    Role role = Role::Agent;
    QList<qint64> teams; // own team first, then supervised teams

    bool seesEverything() const { return role == Role::Admin; }
    // Team 0 is organisation-wide: a queue no team owns is everybody's.
    bool coversTeam(qint64 teamId) const;
    bool seesConversation(qint64 teamId, qint64 assigneeId) const;
    bool reaches(const Audience &audience) const;
};

} // namespace warmline::core
