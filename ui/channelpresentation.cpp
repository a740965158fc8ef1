#include "ui/channelpresentation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace warmline::ui {

QIcon channelIcon(core::Channel channel)
{
    return QIcon(QStringLiteral(":/warmline/icons/channel-%1.svg").arg(core::channelName(channel)));
}

QString statusLabel(core::ConversationStatus status)
{
    switch (status) {
    case core::ConversationStatus::Bot:
        return QCoreApplication::translate("Status", "With the bot");
    case core::ConversationStatus::Queued:
        return QCoreApplication::translate("Status", "Waiting for an agent");
    case core::ConversationStatus::Assigned:
        return QCoreApplication::translate("Status", "In progress");
    case core::ConversationStatus::Resolved:
        return QCoreApplication::translate("Status", "Resolved");
    }
    return {};
}

void drawRowBackground(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear(); // the delegate paints the text itself
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, option.widget);
}

} // namespace warmline::ui
