#pragma once

#include "protocol/error.h"

#include <QString>

namespace warmline::ui {

// What to tell the person about a refused request, in their language, including what to do next.
QString errorText(const protocol::Error &error);

} // namespace warmline::ui
