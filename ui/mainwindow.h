#pragma once

#include "sync/serverconnection.h"

#include <QDateTime>
#include <QDockWidget>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace warmline::sync {
class AgentWorkspace;
class CaseLibrary;
class Desk;
class SupervisorWorkspace;
class TrainerWorkspace;
class ConversationFilterModel;
class OpeningLineController;
class Outbox;
class SuggestionController;
class WorkstationSettings;
} // namespace warmline::sync

namespace warmline::ui {

class ApprovalsPanel;
class CaseLibraryPanel;
class CompensationPanel;
class Composer;
class ConnectionIndicator;
class ContestsPanel;
class OpeningLineEditor;
class CustomerProfilePanel;
class HandoffBanner;
class OfferBar;
class PresenceSelector;
class SuggestionsPanel;

// The agent's desk: their conversations and the queue on the left, the conversation in the
// middle, room for customer panels as docks on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Lays out what the signed-in role's desk offers: the agent's desk for everyone, approvals for
    // those with a supervisor's workspace.
    MainWindow(sync::Desk &desk, sync::Outbox &outbox, sync::WorkstationSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Marks the desk as the built-in demo (title, status bar), so nobody mistakes it for real work.
    void setBuiltInDemo(bool demo);

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createConversationLists();
    QWidget *createConversationPane();
    // For supervisors: the queue board as the first tab, the agent's desk (`desk`) as the second.
    // The role's own views beside the desk, as tabs: a supervisor's board and figures, a mentor's
    // mentoring; an agent has only the desk.
    QWidget *withRoleTabs(QWidget *desk);
    void createDetailsDock();
    // Opening lines: the editor, the contests dock, their menu, and the opener in the reply box.
    void createOpeningLineUi();
    void showOpeningLineEditor();

    void onListActivated(const QModelIndex &index);
    void acceptSelected();
    void acceptNext();
    void resolveCurrent();
    void transferCurrent();
    // Hides the desk's docks while the board or the figures are on screen; shows them again.
    void showDeskDocks(bool show);
    void sendReply();
    void insertSuggestion(const QString &text);
    void refreshCurrent();
    void refreshCounts();
    void syncSelection();
    void showNotice(const QString &text);
    void refreshTitle();
    void refreshStale(sync::ServerConnection::State state);
    // Opens within the screen the window is on, whatever geometry was saved on another screen.
    void fitToScreen();
    // Every dock and the toolbar, to show again after closing them, and the default layout.
    void createViewMenu();

    sync::AgentWorkspace &m_workspace;
    sync::SupervisorWorkspace *m_supervision = nullptr; // nullptr unless the role answers approvals
    sync::TrainerWorkspace *m_mentoring = nullptr;      // nullptr unless the role mentors agents
    sync::CaseLibrary &m_cases;
    sync::Outbox &m_outbox;
    sync::WorkstationSettings &m_settings;
    sync::ConversationFilterModel *m_mine = nullptr;
    sync::ConversationFilterModel *m_waiting = nullptr;

    QListView *m_mineView = nullptr;
    QListView *m_waitingView = nullptr;
    QLabel *m_mineTitle = nullptr;
    QLabel *m_waitingTitle = nullptr;
    QStackedWidget *m_conversationStack = nullptr;
    QLabel *m_header = nullptr;
    QListView *m_transcriptView = nullptr;
    Composer *m_composer = nullptr;
    sync::SuggestionController *m_suggestions = nullptr;
    SuggestionsPanel *m_suggestionsPanel = nullptr;
    CaseLibraryPanel *m_caseLibrary = nullptr;
    HandoffBanner *m_handoffBanner = nullptr;
    QPushButton *m_sendButton = nullptr;
    QHash<qint64, QString> m_returnedReplies; // conversation → a held reply the mentor gave back
    QPushButton *m_acceptButton = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_outboxLabel = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_staleBanner = nullptr;
    QDateTime m_offlineSince;
    bool m_wasLive = false;
    bool m_demo = false;
    ConnectionIndicator *m_indicator = nullptr;
    CustomerProfilePanel *m_profilePanel = nullptr;
    CompensationPanel *m_compensationPanel = nullptr;
    ApprovalsPanel *m_approvalsPanel = nullptr;
    sync::OpeningLineController *m_openings = nullptr;
    OpeningLineEditor *m_openingEditor = nullptr;
    ContestsPanel *m_contestsPanel = nullptr;

    QAction *m_acceptAction = nullptr;
    QAction *m_acceptNextAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_transferAction = nullptr;
    PresenceSelector *m_presence = nullptr;
    OfferBar *m_offerBar = nullptr;
    QLabel *m_transferBanner = nullptr;
    QList<QPointer<QDockWidget>> m_deskDocks; // hidden while another tab than the desk shows
    QTabWidget *m_workspaceTabs = nullptr;    // supervisors: board, figures, desk
    QTimer m_clock;                           // waiting times in the lists move on by themselves
};

} // namespace warmline::ui
