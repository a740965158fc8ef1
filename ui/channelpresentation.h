#pragma once

#include "core/channel.h"
#include "core/conversation.h"

#include <QIcon>
#include <QString>
#include <QStyleOptionViewItem>

namespace warmline::ui {

QIcon channelIcon(core::Channel channel);
QString channelLabel(core::Channel channel);
QString statusLabel(core::ConversationStatus status);
// "45 s", "3 min", "2 h 5 min": how long someone has been waiting, short enough for a list row.
QString shortDuration(qint64 milliseconds);
// The view's own row background (selection, hover, focus) under a custom-painted row; `option`
// has been through the delegate's initStyleOption.
void drawRowBackground(QPainter *painter, QStyleOptionViewItem option);

} // namespace warmline::ui
