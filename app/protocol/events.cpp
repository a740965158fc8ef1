#include "protocol/events.h"

namespace warmline::protocol {

CustomerOffer CustomerOffer::of(const core::Compensation &c)
{
    CustomerOffer offer;
    offer.id = c.id;
    offer.status = c.status;
    offer.complaintId = c.complaintId;
    if (c.conversationId)
        offer.conversationId = c.conversationId;
    for (qsizetype i = 0; i < c.options.size(); ++i)
        offer.options.append(OfferChoice{int(i), core::remediesKey(c.options.at(i)), c.options.at(i),
                                         core::totalCost(c.options.at(i))});
    if (c.chosenIndex >= 0)
        offer.chosenIndex = c.chosenIndex;
    if (c.previousIndex >= 0)
        offer.previousIndex = c.previousIndex;
    if (c.switchDeadlineMs)
        offer.switchDeadline = c.switchDeadlineMs;
    offer.updatedAt = c.updatedAtMs;
    return offer;
}

} // namespace warmline::protocol
