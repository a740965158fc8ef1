#pragma once

#include "core/money.h"
#include "core/role.h"

#include <optional>
#include <QString>

namespace warmline::core {

// What an agent is doing, as supervisors and routing see it. Agents choose the first three;
// offline is what everyone else sees while no connection of theirs is live, whatever they chose.
enum class Presence { Available, Busy, Away, Offline };

QString presenceName(Presence presence);
std::optional<Presence> presenceFromName(QStringView name);

// One line of a supervisor's agent roster.
struct RosterEntry
{
    qint64 agentId = 0;
    QString name;
    Role role = Role::Agent;
    qint64 teamId = 0;
    Presence presence = Presence::Offline;
    qint64 presenceSinceMs = 0; // when what others see last changed: time in the current state
    int active = 0;             // open conversations assigned to them
    int offered = 0;            // waiting conversations routing offers them now
    int capacity = 0;           // conversations they work at once
    Money spentToday;           // compensation given or held against today's budget
    Money dailyBudget;

    // Routing may offer them another conversation.
    bool hasRoom() const { return presence == Presence::Available && active + offered < capacity; }
    friend bool operator==(const RosterEntry &, const RosterEntry &) = default;
};

} // namespace warmline::core
