#pragma once

#include <functional>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace warmline::protocol {
struct Error;
}

namespace warmline::sync {
class QueueBoardFilterModel;
class SupervisorWorkspace;
} // namespace warmline::sync

namespace warmline::ui {

class ApprovalsPanel;
class AssignNoteDialog;

// The supervisor's main view: every waiting and active conversation of their teams by queue and
// channel with live waiting times and SLA colours, the agent roster beside it, and the approval
// requests below. A conversation goes to an agent by dragging it onto their roster row or from its
// context menu (Menu key); either asks for the line the agent reads first. Enter or a double-click
// opens a read-only live view.
class QueueBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit QueueBoard(sync::SupervisorWorkspace &workspace, QWidget *parent = nullptr);
    ~QueueBoard() override;
    Q_DISABLE_COPY_MOVE(QueueBoard)

    // Asks for the note, then gives the conversation to the agent (what a drop does).
    void askToAssign(qint64 conversationId, qint64 agentId);
    void askToMove(qint64 conversationId, const QString &queue);
    void openViewer(qint64 conversationId);
    // The board's conversation under the cursor (0: a group or nothing).
    qint64 currentConversationId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showBoardMenu(const QModelIndex &index, const QPoint &globalPosition);
    void onActivated(const QModelIndex &index);
    void expandNewGroups(const QModelIndex &parent, int first, int last);
    void expandEverything();
    void showNotice(const QString &text, bool problem);
    void showError(const QString &operation, const protocol::Error &error);
    void refreshEmptyHint();
    void askForNote(qint64 conversationId, const QString &title, std::function<void(const QString &)> send);

    sync::SupervisorWorkspace &m_workspace;
    sync::QueueBoardFilterModel *m_boardProxy = nullptr;
    QSortFilterProxyModel *m_rosterProxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_sla = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTreeView *m_board = nullptr;
    QTableView *m_roster = nullptr;
    ApprovalsPanel *m_approvals = nullptr;
    QPointer<AssignNoteDialog> m_noteDialog;
};

} // namespace warmline::ui
