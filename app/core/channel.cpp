#include "core/channel.h"

namespace warmline::core {

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Web:
        return QStringLiteral("web");
    case Channel::App:
        return QStringLiteral("app");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::WeChat:
        return QStringLiteral("wechat");
    case Channel::Sms:
        return QStringLiteral("sms");
    }
    return {};
}

std::optional<Channel> channelFromName(QStringView name)
{
    for (Channel channel : allChannels) {
        if (channelName(channel) == name)
            return channel;
    }
    return std::nullopt;
}

} // namespace warmline::core
