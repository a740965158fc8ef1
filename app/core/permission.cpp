#include "core/permission.h"

#include <array>

namespace warmline::core {

namespace {

enum Holder : unsigned {
    Anonymous = 1u << 0,
    Customer = 1u << 1,
    Agent = 1u << 2,
    Supervisor = 1u << 3,
    Trainer = 1u << 4,
    Admin = 1u << 5,
    Staff = Agent | Supervisor | Trainer | Admin,
    Managers = Supervisor | Admin,
    Judges = Supervisor | Trainer | Admin, // judge contests, mentor agents, keep the case library: coaching
};

struct Row
{
    Permission permission;
    const char *name;
    unsigned holders;
};

// The permission matrix: one row per permission, the principals that hold it.
constexpr std::array matrix{
    Row{Permission::SignIn, "sign_in", Anonymous},
    Row{Permission::SignOut, "sign_out", Customer | Staff},
    Row{Permission::Subscribe, "subscribe", Customer | Staff},
    Row{Permission::ReadConversation, "read_conversation", Customer | Staff},
    Row{Permission::WriteAsCustomer, "write_as_customer", Customer},
    Row{Permission::HandleConversation, "handle_conversation", Staff},
    Row{Permission::ActForOtherAgents, "act_for_other_agents", Managers},
    Row{Permission::ReadCustomerRecords, "read_customer_records", Staff},
    Row{Permission::UseAssistant, "use_assistant", Staff},
    Row{Permission::ProposeCompensation, "propose_compensation", Staff},
    Row{Permission::ChooseCompensation, "choose_compensation", Customer},
    Row{Permission::ListApprovals, "list_approvals", Staff},
    Row{Permission::AnswerApprovals, "answer_approvals", Managers},
    Row{Permission::ReadAuthority, "read_authority", Staff},
    Row{Permission::ReadOthersAuthority, "read_others_authority", Managers},
    Row{Permission::SetAuthority, "set_authority", Managers},
    Row{Permission::SetManagersAuthority, "set_managers_authority", Admin},
    Row{Permission::KeepOpeningLines, "keep_opening_lines", Staff},
    Row{Permission::EnterContests, "enter_contests", Staff},
    Row{Permission::JudgeContests, "judge_contests", Judges},
    Row{Permission::SuperviseQueues, "supervise_queues", Managers},
    Row{Permission::ReadMetrics, "read_metrics", Managers},
    Row{Permission::MentorAgents, "mentor_agents", Judges},
    Row{Permission::ReadCases, "read_cases", Staff},
    Row{Permission::PromoteCases, "promote_cases", Judges},
};

unsigned holderOf(const Principal &principal)
{
    switch (principal.kind) {
    case Principal::Kind::Anonymous:
        return Anonymous;
    case Principal::Kind::Customer:
        return Customer;
    case Principal::Kind::Staff:
        break;
    }
    switch (principal.role) {
    case Role::Agent:
        return Agent;
    case Role::Supervisor:
        return Supervisor;
    case Role::Trainer:
        return Trainer;
    case Role::Admin:
        return Admin;
    }
    return 0;
}

const Row *rowOf(Permission permission)
{
    for (const Row &row : matrix) {
        if (row.permission == permission)
            return &row;
    }
    return nullptr;
}

} // namespace

const QList<Permission> &allPermissions()
{
    static const QList<Permission> all = [] {
        QList<Permission> list;
        for (const Row &row : matrix)
            list.append(row.permission);
        return list;
    }();
    return all;
}

QString permissionName(Permission permission)
{
    const Row *row = rowOf(permission);
    return row ? QString::fromLatin1(row->name) : QString();
}

std::optional<Permission> permissionFromName(QStringView name)
{
    for (const Row &row : matrix) {
        if (name == QLatin1StringView(row.name))
            return row.permission;
    }
    return std::nullopt;
}

bool allows(const Principal &principal, Permission permission)
{
    const Row *row = rowOf(permission);
    return row && (row->holders & holderOf(principal)) != 0;
}

} // namespace warmline::core
