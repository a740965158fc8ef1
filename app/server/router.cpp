#include "server/router.h"

#include "server/clientsession.h"

namespace warmline::server {

const storage::AgentRecord &RequestContext::agent() const
{
    return session.agent();
}

qint64 RequestContext::customerId() const
{
    return session.customerId();
}

void Router::add(Route route)
{
    const QString type = route.type;
    const bool inserted = m_routes.emplace(type, std::move(route)).second;
    if (!inserted)
        qFatal("request type %s is registered twice", qPrintable(type));
}

const Route *Router::find(const QString &type) const
{
    const auto it = m_routes.find(type);
    return it == m_routes.end() ? nullptr : &it->second;
}

QList<const Route *> Router::routes() const
{
    QList<const Route *> all;
    for (const auto &[type, route] : m_routes)
        all.append(&route);
    return all;
}

} // namespace warmline::server
