#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace warmline::sync {
class MenteeSession;
}

namespace warmline::ui {

// On the mentee's desk, beside the reply box, while a session is open: who is mentoring them (they
// always know when someone is watching) and the advice whispered to them — in its own colour,
// never mistakable for the conversation, which the customer sees. It also says what the session's
// trainee profile asks (approval before sending, lower compensation authority) and what the mentor
// did with a reply that waited for them.
class MentorBar final : public QWidget
{
    Q_OBJECT
public:
    explicit MentorBar(sync::MenteeSession &mentee, QWidget *parent = nullptr);

private:
    void refresh();

    sync::MenteeSession &m_mentee;
    QLabel *m_banner = nullptr;
    QLabel *m_notice = nullptr; // what became of the latest held reply
    qint64 m_sessionId = 0;
    bool m_noticeOutlivesSession = false;
    QListView *m_whispers = nullptr;
};

} // namespace warmline::ui
