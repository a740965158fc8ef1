#pragma once

#include "core/channel.h"
#include "core/conversation.h"
#include "sync/vocabularylabels.h"

#include <QIcon>
#include <QString>
#include <QStyleOptionViewItem>

namespace warmline::ui {

QIcon channelIcon(core::Channel channel);
using sync::channelLabel;
QString statusLabel(core::ConversationStatus status);
using sync::shortDuration;
// The view's own row background (selection, hover, focus) under a custom-painted row; `option`
// has been through the delegate's initStyleOption.
void drawRowBackground(QPainter *painter, QStyleOptionViewItem option);

} // namespace warmline::ui
