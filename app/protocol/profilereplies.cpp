#include "protocol/profilereplies.h"

namespace warmline::protocol {

ProfileReply ProfileReply::of(const core::CustomerProfile &p)
{
    ProfileReply reply;
    reply.customer = p.header;
    reply.complaintsByCategory = p.complaintsByCategory;
    if (p.focusOrderId)
        reply.focusOrderId = p.focusOrderId;
    reply.focusOrder = p.focusOrder;
    reply.product = p.product;
    reply.merchant = p.merchant;
    reply.orders = {p.orderTotal, p.orders};
    reply.timeline = p.timeline;
    return reply;
}

core::CustomerProfile ProfileReply::profile() const
{
    core::CustomerProfile p;
    p.header = customer;
    p.complaintsByCategory = complaintsByCategory;
    p.focusOrderId = focusOrderId.value_or(0);
    p.focusOrder = focusOrder;
    p.product = product;
    p.merchant = merchant;
    p.orderTotal = orders.total;
    p.orders = orders.items;
    p.timeline = timeline;
    return p;
}

} // namespace warmline::protocol
