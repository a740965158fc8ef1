#pragma once

#include <QDialog>

class QPlainTextEdit;
class QSpinBox;

namespace warmline::ui {

// After a mentor session: the short rubric — empathy, ownership, resolution, warmth, 1 to 5 —
// and free notes the mentee will read. Ctrl+Enter sends.
class MentorReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    MentorReviewDialog(const QString &menteeName, QWidget *parent = nullptr);

    int empathy() const;
    int ownership() const;
    int resolution() const;
    int warmth() const;
    QString notes() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSpinBox *m_empathy = nullptr;
    QSpinBox *m_ownership = nullptr;
    QSpinBox *m_resolution = nullptr;
    QSpinBox *m_warmth = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace warmline::ui
