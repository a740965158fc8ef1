#pragma once

#include <functional>
#include <QFrame>

class QLabel;
class QPushButton;

namespace warmline::sync {
class AgentWorkspace;
}

namespace warmline::ui {

// Routing offers this agent a waiting customer: who, how long they have waited, how long the offer
// holds, and Accept / Decline. Hidden when nothing is offered.
class OfferBar final : public QFrame
{
    Q_OBJECT
public:
    // now: the clock the countdown runs on (tests set their own).
    explicit OfferBar(sync::AgentWorkspace &workspace, std::function<qint64()> now,
                      QWidget *parent = nullptr);

    // Moves the countdown on; the main window's one-second clock calls it.
    void refresh();
    qint64 offeredConversation() const { return m_conversationId; }

private:
    sync::AgentWorkspace &m_workspace;
    std::function<qint64()> m_now;
    QLabel *m_label = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    qint64 m_conversationId = 0;
};

} // namespace warmline::ui
