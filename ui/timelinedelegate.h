#pragma once

#include <QStyledItemDelegate>

namespace warmline::ui {

// One earlier conversation: channel, date, who handled it and how it ended, then its summary.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace warmline::ui
