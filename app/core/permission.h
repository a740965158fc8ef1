#pragma once

#include "core/role.h"

#include <optional>
#include <QList>
#include <QString>

namespace warmline::core {

// Who is on the other end of a connection: nobody yet, a customer, or a staff member with a role.
struct Principal
{
    enum class Kind { Anonymous, Customer, Staff };
    Kind kind = Kind::Anonymous;
    Role role = Role::Agent; // staff only

    static Principal anonymous() { return {}; }
    static Principal customer() { return {Kind::Customer, Role::Agent}; }
    static Principal staff(Role role) { return {Kind::Staff, role}; }
};

// Everything a principal may be allowed to do. The router checks the permission a request type
// needs before its handler runs; services check the finer ones (another agent's conversation or
// case) against the same matrix, so there is one answer to "who may do what" (docs/security.md).
enum class Permission {
    SignIn,               // auth.login, auth.resume, auth.customer: a connection proves who it is once
    SignOut,              // auth.logout
    Subscribe,            // subscribe to what the principal may see
    ReadConversation,     // conversation.history (customers: their own)
    WriteAsCustomer,      // customer.message
    HandleConversation,   // accept, reply, resolve, link an order, raise a complaint
    ActForOtherAgents,    // reply to, resolve or compensate in another agent's conversation
    ReadCustomerRecords,  // customer.profile, customer.orders, order.detail
    UseAssistant,         // assist.feedback, assist.state
    ProposeCompensation,  // compensation.options/decide/approval/offer within one's own authority
    ChooseCompensation,   // compensation.choose: the customer picks an offered option
    ListApprovals,        // approval.list: one's own requests, or all for answerers
    AnswerApprovals,      // approval.approve/reject/amend
    ReadAuthority,        // authority.get for oneself
    ReadOthersAuthority,  // authority.get for someone else
    SetAuthority,         // authority.set for agents and trainers
    SetManagersAuthority, // authority.set for supervisors and administrators
    KeepOpeningLines,     // opening.*, library.*
    EnterContests,        // contest.list, contest.submit, contest.leaderboard
    JudgeContests,        // contest.create, contest.score, contest.publish
    SuperviseQueues,      // supervision.*: the roster, assigning and moving others' conversations
    ReadMetrics,          // metrics.*: outcome figures per team and agent
    MentorAgents,         // mentor.start/end/whisper: shadow and coach an agent of one's teams
    ReadCases,            // case.search, case.get, case.related: browse the case library
    PromoteCases,         // case.candidates, case.preview, case.promote: add a conversation to it
};

// All permissions, in declaration order (for the documentation and its test).
const QList<Permission> &allPermissions();
QString permissionName(Permission permission);
std::optional<Permission> permissionFromName(QStringView name);

bool allows(const Principal &principal, Permission permission);
inline bool allows(Role role, Permission permission)
{
    return allows(Principal::staff(role), permission);
}

} // namespace warmline::core
