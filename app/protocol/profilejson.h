#pragma once

// JSON of the customer 360 profile's data shapes (docs/protocol.md, "Profile shapes").

#include "core/profile.h"

#include <optional>
#include <QJsonObject>

namespace warmline::protocol {

QJsonObject headerToJson(const core::CustomerHeader &header);
core::CustomerHeader headerFromJson(const QJsonObject &object);
QJsonObject orderToJson(const core::OrderRow &order);
core::OrderRow orderFromJson(const QJsonObject &object);
QJsonObject statsToJson(const core::EntityStats &stats);
core::EntityStats statsFromJson(const QJsonObject &object);
QJsonObject complaintToJson(const core::ComplaintRow &complaint);
core::ComplaintRow complaintFromJson(const QJsonObject &object);
QJsonObject timelineToJson(const core::TimelineEntry &entry);
core::TimelineEntry timelineFromJson(const QJsonObject &object);

QString orderSortName(core::OrderQuery::Sort sort);
std::optional<core::OrderQuery::Sort> orderSortFromName(QStringView name);

} // namespace warmline::protocol
