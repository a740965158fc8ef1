#include "core/mentoring.h"

#include <array>

namespace warmline::core {

namespace {

constexpr std::array heldStateNames{"waiting", "sent", "returned"};

} // namespace

QString heldStateName(HeldReply::State state)
{
    return QString::fromLatin1(heldStateNames[static_cast<std::size_t>(state)]);
}

std::optional<HeldReply::State> heldStateFromName(QStringView name)
{
    for (std::size_t i = 0; i < heldStateNames.size(); ++i) {
        if (name == QLatin1String(heldStateNames[i]))
            return static_cast<HeldReply::State>(i);
    }
    return std::nullopt;
}

} // namespace warmline::core
