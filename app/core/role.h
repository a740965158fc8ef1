#pragma once

#include <optional>
#include <QString>

namespace warmline::core {

// A staff member's role decides the main view and what the server lets them do.
enum class Role { Agent, Supervisor, Trainer, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

} // namespace warmline::core
