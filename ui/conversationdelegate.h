#pragma once

#include <QStyledItemDelegate>

namespace warmline::ui {

// A conversation row: channel icon, customer, how long they have waited (or when they last wrote),
// and the last message, elided.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace warmline::ui
