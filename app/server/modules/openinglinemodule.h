#pragma once

#include "server/modules/module.h"
#include "server/openinglineservice.h"

namespace warmline::server {

// Personal opening lines, the team library and contests; also records each line's outcomes from
// the conversation module's domain events.
class OpeningLineModule final : public Module
{
public:
    explicit OpeningLineModule(OpeningLineService &openings);

    QString name() const override { return QStringLiteral("opening-lines"); }
    void registerRoutes(Router &router) override;
    void subscribeTo(DomainEventBus &bus) override { m_openings.subscribeTo(bus); }

private:
    OpeningLineService &m_openings;
};

} // namespace warmline::server
