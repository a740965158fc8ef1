#pragma once

#include <QDialog>

class QListView;
class QTextBrowser;

namespace warmline::sync {
class MenteeSession;
}

namespace warmline::ui {

// The mentee's feedback from past mentor sessions: each session, its rubric and notes once the
// mentor wrote them, and the moments the mentor marked with their notes.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FeedbackDialog(sync::MenteeSession &mentee, QWidget *parent = nullptr);

private:
    void showSelected();

    sync::MenteeSession &m_mentee;
    QListView *m_sessions = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace warmline::ui
