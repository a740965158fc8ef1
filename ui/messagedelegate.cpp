#include "ui/messagedelegate.h"

#include "core/conversation.h"
#include "sync/transcriptmodel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace warmline::ui {

using sync::TranscriptModel;

namespace {
constexpr int outer = 10;
constexpr int padding = 9;
constexpr int captionGap = 4;

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

bool isOwnSide(core::Sender sender)
{
    return sender == core::Sender::Agent;
}
} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString MessageDelegate::caption(const QModelIndex &index) const
{
    const auto sender = core::Sender(index.data(TranscriptModel::SenderRole).toInt());
    QString who = index.data(TranscriptModel::AuthorNameRole).toString();
    if (sender == core::Sender::Bot)
        who = tr("Bot");
    else if (sender == core::Sender::System)
        who = tr("System");
    const QString time =
        QDateTime::fromMSecsSinceEpoch(index.data(TranscriptModel::CreatedAtRole).toLongLong())
            .toString(QStringLiteral("HH:mm"));
    switch (TranscriptModel::Delivery(index.data(TranscriptModel::DeliveryRole).toInt())) {
    case TranscriptModel::Delivery::Sending:
        return tr("%1 · %2 · sending…").arg(who, time);
    case TranscriptModel::Delivery::Failed:
        return tr("%1 · not delivered: %2").arg(who, index.data(TranscriptModel::FailureRole).toString());
    case TranscriptModel::Delivery::AwaitingApproval:
        return tr("%1 · %2 · waiting for your mentor's approval — not sent yet").arg(who, time);
    case TranscriptModel::Delivery::Delivered:
        break;
    }
    return QStringLiteral("%1 · %2").arg(who, time);
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                int width) const
{
    const QFontMetrics metrics(option.font);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const int maxBubble = std::max(120, int(width * 0.72));
    const QString body = index.data(TranscriptModel::BodyRole).toString();
    const QRect textBounds =
        metrics.boundingRect(QRect(0, 0, maxBubble - 2 * padding, 100000), Qt::TextWordWrap, body);
    const int bubbleWidth = std::max(textBounds.width() + 2 * padding, 60);
    const int bubbleHeight = textBounds.height() + 2 * padding;
    const auto sender = core::Sender(index.data(TranscriptModel::SenderRole).toInt());
    const int left = isOwnSide(sender) ? width - outer - bubbleWidth : outer;
    Layout result;
    // Chinese glyphs come from a fallback font taller than the primary one: leave room for it.
    result.caption = QRect(outer, outer / 2, width - 2 * outer, smallMetrics.height() * 3 / 2);
    result.bubble = QRect(left, result.caption.bottom() + captionGap, bubbleWidth, bubbleHeight);
    result.body = result.bubble.adjusted(padding, padding, -padding, -padding);
    return result;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth(option);
    const Layout l = layout(option, index, width);
    return {width, l.bubble.bottom() + outer / 2 + 1};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const Layout l = layout(option, index, option.rect.width());
    const auto sender = core::Sender(index.data(TranscriptModel::SenderRole).toInt());
    const auto delivery = TranscriptModel::Delivery(index.data(TranscriptModel::DeliveryRole).toInt());

    QColor fill;
    QColor text = option.palette.color(QPalette::Text);
    switch (sender) {
    case core::Sender::Agent:
        fill = QColor(QStringLiteral("#fbe3d3"));
        break;
    case core::Sender::Customer:
        fill = option.palette.color(QPalette::AlternateBase).darker(104);
        break;
    case core::Sender::Bot:
        fill = QColor(QStringLiteral("#e3eefb"));
        break;
    case core::Sender::System:
        fill = QColor(QStringLiteral("#f2f2f2"));
        break;
    }
    if (delivery == TranscriptModel::Delivery::Failed)
        fill = QColor(QStringLiteral("#f8d0d0"));
    if (delivery == TranscriptModel::Delivery::AwaitingApproval)
        fill = QColor(QStringLiteral("#f3e8fd")); // the mentor's colour: between the two of them

    // Bubble colours are fixed and light, so their text stays dark whatever the palette.
    text = QColor(QStringLiteral("#1d1d1d"));

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    // Elided at its end: a right-aligned caption wider than the bubble column would lose its start,
    // the author's name.
    painter->drawText(l.caption, Qt::AlignVCenter | (isOwnSide(sender) ? Qt::AlignRight : Qt::AlignLeft),
                      QFontMetrics(small).elidedText(caption(index), Qt::ElideRight, l.caption.width()));

    QPainterPath path;
    path.addRoundedRect(l.bubble, 9, 9);
    painter->fillPath(path, fill);
    if (option.state.testFlag(QStyle::State_Selected)) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1.5));
        painter->drawPath(path);
    }
    painter->setFont(option.font);
    painter->setPen(delivery == TranscriptModel::Delivery::Sending ||
                            delivery == TranscriptModel::Delivery::AwaitingApproval
                        ? text.lighter(160)
                        : text);
    painter->drawText(l.body, Qt::TextWordWrap, index.data(TranscriptModel::BodyRole).toString());
    painter->restore();
}

} // namespace warmline::ui
