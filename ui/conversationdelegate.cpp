#include "ui/conversationdelegate.h"

#include "sync/conversationlistmodel.h"
#include "ui/channelpresentation.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace warmline::ui {

using sync::ConversationListModel;

namespace {
constexpr int margin = 8;
constexpr int iconSize = 22;
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, margin * 2 + metrics.height() * 2 + 4};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    drawRowBackground(painter, opt);

    painter->save();
    const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
    const auto channel = core::Channel(index.data(ConversationListModel::ChannelRole).toInt());
    channelIcon(channel).paint(painter, QRect(r.left(), r.top() + 2, iconSize, iconSize));

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);
    const int textLeft = r.left() + iconSize + margin;

    // Right-hand side: waiting time for queued conversations, last activity for mine.
    const auto status = core::ConversationStatus(index.data(ConversationListModel::StatusRole).toInt());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString when;
    QColor whenColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    if (status == core::ConversationStatus::Queued) {
        const qint64 waited = now - index.data(ConversationListModel::QueuedAtRole).toLongLong();
        when = shortDuration(waited);
        if (waited > 120 * 1000 && !selected)
            whenColor = QColor(QStringLiteral("#b22222")); // two minutes is a long time to wait for a person
    } else {
        when =
            QDateTime::fromMSecsSinceEpoch(index.data(ConversationListModel::LastMessageAtRole).toLongLong())
                .toString(QStringLiteral("HH:mm"));
    }
    const int whenWidth = metrics.horizontalAdvance(when);
    painter->setFont(opt.font);
    painter->setPen(whenColor);
    painter->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, metrics.height()), Qt::AlignRight,
                      when);

    painter->setFont(bold);
    painter->setPen(opt.palette.color(textRole));
    const QString name =
        boldMetrics.elidedText(index.data(ConversationListModel::CustomerNameRole).toString(), Qt::ElideRight,
                               r.right() - whenWidth - margin - textLeft);
    painter->drawText(QRect(textLeft, r.top(), r.right() - textLeft, boldMetrics.height()), Qt::AlignLeft,
                      name);

    // Unread: the preview in full text colour with a dot, so new words stand out from old ones.
    const bool unread = index.data(ConversationListModel::UnreadRole).toBool();
    painter->setFont(unread ? bold : opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText
                                               : (unread ? QPalette::Text : QPalette::PlaceholderText)));
    if (unread) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(QColor(QStringLiteral("#e8743b")));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPoint(r.left() + iconSize / 2, r.top() + iconSize + 9), 4, 4);
        painter->restore();
    }
    const QString preview =
        metrics.elidedText(index.data(ConversationListModel::LastMessageRole).toString().simplified(),
                           Qt::ElideRight, r.right() - textLeft);
    painter->drawText(
        QRect(textLeft, r.top() + boldMetrics.height() + 4, r.right() - textLeft, metrics.height()),
        Qt::AlignLeft, preview);
    painter->restore();
}

} // namespace warmline::ui
