#pragma once

#include "core/compensation.h"

#include <QString>

namespace warmline::sync {

// How a compensation stands, in words for people: the compensation panel, the approvals lists and
// their models all say it the same way.
QString compensationStateText(const core::Compensation &compensation);
QString remediesText(const QList<core::Remedy> &remedies);

} // namespace warmline::sync
