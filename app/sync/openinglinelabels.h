#pragma once

#include <QString>

namespace warmline::sync {

// Words for opening lines and contests shared by the editor, the contests panel and their models.
QString contestStateLabel(const QString &state);

} // namespace warmline::sync
