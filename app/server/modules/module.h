#pragma once

#include "server/domainevents.h"
#include "server/router.h"

#include <QString>

namespace warmline::server {

// A feature of the server: the request types it answers and the domain events it reacts to.
// Adding a request type touches its module, its protocol struct, docs/protocol.md and a test;
// the transport (WarmlineServer) never changes for it.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString name() const = 0;
    virtual void registerRoutes(Router &router) = 0;
    virtual void subscribeTo(DomainEventBus &) {}
};

} // namespace warmline::server
