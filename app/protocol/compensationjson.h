#pragma once

// JSON of the compensation data shapes (docs/protocol.md, "Compensation shapes"). Money is always an
// integer number of fen.

#include "core/compensation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warmline::protocol {

QJsonObject remedyToJson(const core::Remedy &remedy);
std::optional<core::Remedy> remedyFromJson(const QJsonObject &object);
QJsonArray remediesToJson(const QList<core::Remedy> &remedies);
QList<core::Remedy> remediesFromJson(const QJsonArray &array);

// A proposed option for the picker.
QJsonObject optionToJson(const core::CompensationOption &option);
core::CompensationOption optionFromJson(const QJsonObject &object);

// The full record, for staff.
QJsonObject compensationToJson(const core::Compensation &compensation);
std::optional<core::Compensation> compensationFromJson(const QJsonObject &object);

QJsonObject authorityToJson(const core::AuthorityStatus &authority);
core::AuthorityStatus authorityFromJson(const QJsonObject &object);

} // namespace warmline::protocol
