#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace warmline::sync {
class SupervisorWorkspace;
}

namespace warmline::ui {

// A read-only window on one live conversation, for a supervisor: the whole transcript, following
// new messages as they arrive, with who has it and why it came to a person. No reply box: the
// supervisor watches here and acts from the board.
class ConversationViewer final : public QWidget
{
    Q_OBJECT
public:
    ConversationViewer(sync::SupervisorWorkspace &workspace, qint64 conversationId,
                       QWidget *parent = nullptr);
    ~ConversationViewer() override;
    Q_DISABLE_COPY_MOVE(ConversationViewer)

    qint64 conversationId() const { return m_conversationId; }

private:
    void refreshHeader();

    sync::SupervisorWorkspace &m_workspace;
    qint64 m_conversationId = 0;
    QLabel *m_header = nullptr;
    QListView *m_transcript = nullptr;
};

} // namespace warmline::ui
