#include "server/modules/profilemodule.h"

#include "protocol/messages.h"
#include "protocol/profilereplies.h"

namespace warmline::server {

using core::Permission;
using protocol::ErrorCode;

ProfileModule::ProfileModule(storage::ProfileStore &profiles)
    : m_profiles(profiles)
{
}

void ProfileModule::registerRoutes(Router &router)
{
    using protocol::OrderDetailRequest;
    using protocol::OrdersRequest;
    using protocol::ProfileRequest;
    router.query<ProfileRequest>(
        name(), ProfileRequest::type, Permission::ReadCustomerRecords,
        [this](RequestContext &, const ProfileRequest &request) { return profile(request); });
    router.query<OrdersRequest>(name(), OrdersRequest::type, Permission::ReadCustomerRecords,
                                [this](RequestContext &, const OrdersRequest &request) {
                                    const auto [rows, total] = m_profiles.orders(request.query);
                                    return Result<protocol::OrdersReply>{
                                        Done<protocol::OrdersReply>{{total, request.query.offset, rows}}};
                                });
    router.query<OrderDetailRequest>(
        name(), OrderDetailRequest::type, Permission::ReadCustomerRecords,
        [this](RequestContext &, const OrderDetailRequest &request) { return order(request); });
}

Result<protocol::ProfileReply> ProfileModule::profile(const protocol::ProfileRequest &request)
{
    if (request.orderId) {
        const auto owner = m_profiles.orderOwner(request.orderId);
        if (!owner || owner->customerId != request.customerId) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("order %1 is not an order of customer %2")
                             .arg(request.orderId)
                             .arg(request.customerId),
                         QStringLiteral("payload.orderId"),
                         {}};
        }
    }
    const auto profile = m_profiles.profile(request.customerId, request.orderId);
    if (!profile) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("no customer %1").arg(request.customerId),
                     QStringLiteral("payload.customerId"),
                     {}};
    }
    return Done<protocol::ProfileReply>{protocol::ProfileReply::of(*profile)};
}

Result<protocol::OrderDetailReply> ProfileModule::order(const protocol::OrderDetailRequest &request)
{
    const auto order = m_profiles.order(request.orderId);
    if (!order) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("order %1 does not exist").arg(request.orderId),
                     QStringLiteral("payload.orderId"),
                     {}};
    }
    return Done<protocol::OrderDetailReply>{
        {*order, m_profiles.complaintsOfOrder(request.orderId), m_profiles.timelineOfOrder(request.orderId)}};
}

} // namespace warmline::server
