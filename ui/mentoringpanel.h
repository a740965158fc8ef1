#pragma once

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace warmline::sync {
class CaseLibrary;
class TrainerWorkspace;
} // namespace warmline::sync

namespace warmline::ui {

// The trainer's main view (导师制): the agents of their teams; a session started with one of them
// (the agent is told at once); that agent's live conversations, shadowed read-only as they
// happen; and advice whispered to the agent alone, about the conversation on screen. The session's
// trainee profile (approve-before-send, lower compensation authority) is set here, and the replies
// waiting for approval are approved — as written or edited — or given back with a note.
class MentoringPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MentoringPanel(sync::TrainerWorkspace &workspace, QWidget *parent = nullptr);
    ~MentoringPanel() override;
    Q_DISABLE_COPY_MOVE(MentoringPanel)

    // Offers to make the conversation on screen a case of the library (反效率案例库).
    void setCaseLibrary(sync::CaseLibrary *library);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void menteeChosen();
    void conversationChosen();
    void showConversation(qint64 conversationId);
    void refreshActions();
    void sendWhisper();
    void bookmarkSelected();
    void openReview(qint64 sessionId, const QString &menteeName);
    void showProfile();
    void applyProfile();
    void heldChosen();
    void approveHeld();
    void returnHeld();

    sync::TrainerWorkspace &m_workspace;
    QLabel *m_status = nullptr;
    QListView *m_mentees = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QLabel *m_conversationsTitle = nullptr;
    QListView *m_conversations = nullptr;
    QLabel *m_transcriptTitle = nullptr;
    QListView *m_transcript = nullptr;
    QListView *m_sent = nullptr;
    QPlainTextEdit *m_whisperBox = nullptr;
    QPushButton *m_whisperButton = nullptr;
    QLineEdit *m_bookmarkNote = nullptr;
    QPushButton *m_bookmarkButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_progressButton = nullptr;
    QPushButton *m_replayButton = nullptr;
    QCheckBox *m_approveReplies = nullptr;
    QCheckBox *m_approveCompensation = nullptr;
    QCheckBox *m_lowerLimit = nullptr;
    QDoubleSpinBox *m_limit = nullptr;
    QLabel *m_heldTitle = nullptr;
    QListView *m_held = nullptr;
    QPlainTextEdit *m_heldEdit = nullptr;
    QLineEdit *m_heldNote = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_returnButton = nullptr;
    QPushButton *m_promoteButton = nullptr;
    sync::CaseLibrary *m_library = nullptr;
    qint64 m_shown = 0; // the conversation whose transcript is watched
    bool m_showingProfile = false;
};

} // namespace warmline::ui
