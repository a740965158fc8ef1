#pragma once

#include <optional>
#include <QString>

namespace warmline::core {

// Where a customer reached us. The wire names are stable: only append.
enum class Channel { Web, App, Phone, WeChat, Sms };

QString channelName(Channel channel);
std::optional<Channel> channelFromName(QStringView name);
inline constexpr Channel allChannels[] = {Channel::Web, Channel::App, Channel::Phone, Channel::WeChat,
                                          Channel::Sms};

} // namespace warmline::core
