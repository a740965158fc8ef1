#pragma once

#include "storage/accountstore.h"

namespace warmline::server {

// The demo's staff accounts; all share the password "demo". Only ever created by --demo.
inline constexpr char demoPassword[] = "demo";

struct DemoAccount
{
    const char *login;
    const char *displayName;
    core::Role role;
};

inline constexpr DemoAccount demoAccounts[] = {
    {"agent1", "李娜", core::Role::Agent},           {"agent2", "王强", core::Role::Agent},
    {"agent3", "Emma Wilson", core::Role::Agent},    {"agent4", "陈静", core::Role::Agent},
    {"supervisor1", "张敏", core::Role::Supervisor}, {"trainer1", "刘洋", core::Role::Trainer},
    {"admin", "Administrator", core::Role::Admin},
};

bool seedDemoAccounts(storage::AccountStore &accounts, QString *error);

} // namespace warmline::server
