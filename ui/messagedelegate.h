#pragma once

#include <QStyledItemDelegate>

namespace warmline::ui {

// Chat bubbles: the customer on the left, agents on the right, the bot and system notes in
// between; the agent's own messages show "sending…" or why they failed.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect bubble;
        QRect body;
        QRect caption;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    QString caption(const QModelIndex &index) const;
};

} // namespace warmline::ui
