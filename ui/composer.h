#pragma once

#include <QPlainTextEdit>

namespace warmline::ui {

// The reply editor: Ctrl+Enter sends, Enter starts a new line (replies are often several lines).
class Composer final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

signals:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace warmline::ui
