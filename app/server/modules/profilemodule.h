#pragma once

#include "protocol/messages.h"
#include "protocol/profilereplies.h"
#include "server/modules/module.h"
#include "storage/profilestore.h"

namespace warmline::server {

// The customer 360: profile, order history and one order's details, for staff.
class ProfileModule final : public Module
{
public:
    explicit ProfileModule(storage::ProfileStore &profiles);

    QString name() const override { return QStringLiteral("profile"); }
    void registerRoutes(Router &router) override;

private:
    Result<protocol::ProfileReply> profile(const protocol::ProfileRequest &request);
    Result<protocol::OrderDetailReply> order(const protocol::OrderDetailRequest &request);

    storage::ProfileStore &m_profiles;
};

} // namespace warmline::server
