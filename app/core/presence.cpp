#include "core/presence.h"

#include <array>

namespace warmline::core {

namespace {

constexpr std::array names{"available", "busy", "away", "offline"};

} // namespace

QString presenceName(Presence presence)
{
    return QString::fromLatin1(names[static_cast<std::size_t>(presence)]);
}

std::optional<Presence> presenceFromName(QStringView name)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Presence>(i);
    }
    return std::nullopt;
}

} // namespace warmline::core
