#include "server/domainevents.h"

namespace warmline::server {

std::optional<protocol::Error> DomainEventBus::raise(UnitOfWork &work, const domain::Event &event,
                                                     qint64 nowMs) const
{
    for (const Subscriber &subscriber : m_subscribers) {
        if (auto error = subscriber(work, event, nowMs))
            return error;
    }
    return std::nullopt;
}

} // namespace warmline::server
