#include "ui/composer.h"

#include <QKeyEvent>

namespace warmline::ui {

Composer::Composer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("Write a reply… (Ctrl+Enter sends)"));
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        emit submitRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace warmline::ui
