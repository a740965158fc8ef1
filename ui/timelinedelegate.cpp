#include "ui/timelinedelegate.h"

#include "core/money.h"
#include "sync/timelinemodel.h"
#include "sync/vocabularylabels.h"
#include "ui/channelpresentation.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace warmline::ui {

using sync::TimelineModel;

namespace {
constexpr int margin = 6;
constexpr int iconSize = 18;

// Chinese glyphs come from a fallback font taller than the primary one: leave room for them.
int lineHeight(const QFontMetrics &metrics)
{
    return metrics.height() * 5 / 4;
}
} // namespace

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, margin * 2 + lineHeight(metrics) * 3 + 4};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    drawRowBackground(painter, opt);

    painter->save();
    const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
    const auto channel = core::Channel(index.data(TimelineModel::ChannelRole).toInt());
    channelIcon(channel).paint(painter, QRect(r.left(), r.top(), iconSize, iconSize));
    const int left = r.left() + iconSize + margin;
    const QFontMetrics metrics(opt.font);
    QFont bold = opt.font;
    bold.setBold(true);

    const auto status = core::ConversationStatus(index.data(TimelineModel::StatusRole).toInt());
    const QString when = sync::dateTimeLabel(index.data(TimelineModel::CreatedAtRole).toLongLong());
    const QString agent = index.data(TimelineModel::AgentNameRole).toString();
    const QString orderNo = index.data(TimelineModel::OrderNoRole).toString();
    QString line =
        when + QStringLiteral(" · ") + channelLabel(channel) + QStringLiteral(" · ") + statusLabel(status);
    if (!agent.isEmpty())
        line += QStringLiteral(" · ") + agent;
    const qint64 compensation = index.data(TimelineModel::CompensationRole).toLongLong();
    if (compensation > 0)
        line += QStringLiteral(" · ") +
                tr("compensation given %1")
                    .arg(core::formatMoney(core::Money::fromMinor(compensation), QLocale()));
    painter->setFont(bold);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(QRect(left, r.top(), r.right() - left, lineHeight(metrics)),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(line, Qt::ElideRight, r.right() - left));

    painter->setFont(opt.font);
    const QString summary = index.data(TimelineModel::SummaryRole).toString();
    const QRect summaryRect(left, r.top() + lineHeight(metrics) + 2, r.right() - left,
                            lineHeight(metrics) * 2);
    painter->drawText(summaryRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      orderNo.isEmpty() ? summary
                                        : summary + QStringLiteral("  (") + orderNo + QLatin1Char(')'));
    painter->restore();
}

} // namespace warmline::ui
