#include "ui/mainwindow.h"

#include "sync/agentworkspace.h"
#include "sync/caselibrary.h"
#include "sync/compensationcontroller.h"
#include "sync/conversationfiltermodel.h"
#include "sync/desk.h"
#include "sync/openinglinecontroller.h"
#include "sync/outbox.h"
#include "sync/suggestioncontroller.h"
#include "sync/vocabularylabels.h"
#include "sync/workstationsettings.h"
#include "ui/approvalspanel.h"
#include "ui/caselibrarypanel.h"
#include "ui/channelpresentation.h"
#include "ui/compensationpanel.h"
#include "ui/composer.h"
#include "ui/connectionindicator.h"
#include "ui/contestspanel.h"
#include "ui/conversationdelegate.h"
#include "ui/customerprofilepanel.h"
#include "ui/errortext.h"
#include "ui/feedbackdialog.h"
#include "ui/handoffbanner.h"
#include "ui/mentorbar.h"
#include "ui/mentoringpanel.h"
#include "ui/messagedelegate.h"
#include "ui/metricspanel.h"
#include "ui/offerbar.h"
#include "ui/openinglineeditor.h"
#include "ui/presenceselector.h"
#include "ui/queueboard.h"
#include "ui/settingsdialog.h"
#include "ui/suggestionspanel.h"
#include "ui/transferdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::ConversationFilterModel;
using sync::ConversationListModel;

namespace {

void selectMarker(QPlainTextEdit *editor, const QString &marker)
{
    const QTextCursor found = editor->document()->find(marker);
    if (!found.isNull())
        editor->setTextCursor(found);
    editor->setFocus();
}

} // namespace

MainWindow::MainWindow(sync::Desk &desk, sync::Outbox &outbox, sync::WorkstationSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(desk.agent())
    , m_supervision(desk.supervision())
    , m_mentoring(desk.mentoring())
    , m_cases(desk.cases())
    , m_outbox(outbox)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    refreshTitle();
    setWindowIcon(QIcon(QStringLiteral(":/warmline/icons/warmline.svg")));

    m_mine = new ConversationFilterModel(ConversationFilterModel::Mode::Mine, this);
    m_mine->setSourceModel(m_workspace.conversations());
    m_mine->setAgentId(m_workspace.agentId());
    m_waiting = new ConversationFilterModel(ConversationFilterModel::Mode::Waiting, this);
    m_waiting->setSourceModel(m_workspace.conversations());

    m_suggestions = m_workspace.suggestions();
    // The assistant's related case follows the customer message its suggestions answer.
    connect(m_suggestions, &sync::SuggestionController::suggestionsChanged, this, [this] {
        m_cases.findRelated(m_suggestions->answeringMessageId() ? m_suggestions->answeringText() : QString());
    });
    createActions();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createConversationLists());
    splitter->addWidget(createConversationPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 760});
    // Above everything: whether what is on screen is current.
    m_staleBanner = new QLabel(this);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setContentsMargins(8, 4, 8, 4);
    m_staleBanner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400;"));
    m_staleBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_staleBanner);
    // Supervisors and trainers: the banner stays above their tabs too.
    QWidget *workspace = withRoleTabs(splitter);
    centralLayout->addWidget(workspace, 1);
    setCentralWidget(central);
    createDetailsDock();
    createOpeningLineUi();
    // The customer comes first among the tabs on the right (hiding the contests tab moved it).
    if (auto *customer = findChild<QDockWidget *>(QStringLiteral("customerDock")))
        customer->raise();

    m_indicator = new ConnectionIndicator(m_workspace.connection(), this);
    m_demoBadge = new QLabel(tr("Built-in demo — practice data, no real customers"), this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setStyleSheet(
        QStringLiteral("background: #e8def8; color: #3b1f74; padding: 1px 6px; border-radius: 3px;"));
    m_demoBadge->hide();
    statusBar()->addPermanentWidget(m_demoBadge);
    connect(&m_workspace.connection(), &sync::ServerConnection::stateChanged, this,
            &MainWindow::refreshStale);
    refreshStale(m_workspace.connection().state());
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_presence);
    statusBar()->addPermanentWidget(m_indicator);
    auto refreshOutbox = [this](int count) {
        m_outboxLabel->setText(count > 0 ? tr("%n reply(s) waiting to be sent", nullptr, count) : QString());
    };
    connect(&m_outbox, &sync::Outbox::pendingCountChanged, this, refreshOutbox);
    refreshOutbox(m_outbox.pendingCount());

    connect(&m_workspace, &sync::AgentWorkspace::currentConversationChanged, this,
            &MainWindow::refreshCurrent);
    // A reply the mentor gave back returns to the reply box of its conversation, now or when the
    // agent opens it next; nothing typed meanwhile is overwritten.
    const auto restoreReturned = [this] {
        const auto current = m_workspace.currentConversation();
        if (!current || !m_returnedReplies.contains(current->id) || !m_composer->toPlainText().isEmpty())
            return;
        m_composer->setPlainText(m_returnedReplies.take(current->id));
        m_composer->moveCursor(QTextCursor::End);
    };
    connect(m_workspace.mentee(), &sync::MenteeSession::heldChanged, this,
            [this, restoreReturned](const protocol::HeldReplyInfo &held) {
                if (held.state != core::HeldReply::State::Returned)
                    return;
                m_returnedReplies.insert(held.conversationId, held.body);
                restoreReturned();
            });
    connect(&m_workspace, &sync::AgentWorkspace::currentConversationChanged, this, restoreReturned);
    // Accepting means "I am talking to this customer now": the cursor goes where the reply is typed.
    connect(&m_workspace, &sync::AgentWorkspace::accepted, this, [this] {
        refreshCurrent();
        m_composer->setFocus();
    });
    connect(&m_workspace, &sync::AgentWorkspace::operationFailed, this,
            [this](const QString &, const protocol::Error &error) { showNotice(errorText(error)); });
    connect(&m_workspace, &sync::AgentWorkspace::customerMessageArrived, this,
            [this](qint64 conversationId, const QString &, const QString &) {
                if (!m_workspace.currentConversation() ||
                    m_workspace.currentConversation()->id != conversationId)
                    QApplication::alert(this);
            });
    for (auto *model : {m_mine, m_waiting}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::refreshCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::refreshCounts);
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::syncSelection);
    }
    connect(m_workspace.transcript(), &QAbstractItemModel::rowsInserted, m_transcriptView,
            &QListView::scrollToBottom);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_waitingView->viewport()->update();
        m_offerBar->refresh();
        refreshCurrent();
    });
    // Being watched is never silent, and advice is not missed when no conversation is open.
    connect(m_workspace.mentee(), &sync::MenteeSession::sessionChanged, this, [this] {
        if (const auto &session = m_workspace.mentee()->session())
            showNotice(tr("%1 started a mentor session with you: they see your conversations.")
                           .arg(session->mentorName));
        else
            showNotice(tr("Your mentor session has ended."));
    });
    connect(m_workspace.mentee(), &sync::MenteeSession::feedbackArrived, this,
            [this](const protocol::FeedbackInfo &feedback) {
                showNotice(tr("%1 reviewed your session: Workstation → My mentor feedback (Ctrl+Shift+F).")
                               .arg(feedback.session.mentorName));
            });
    connect(m_workspace.mentee(), &sync::MenteeSession::whisperArrived, this,
            [this](const protocol::WhisperInfo &whisper) {
                showNotice(tr("%1 whispers: %2").arg(whisper.mentorName, whisper.body));
                QApplication::alert(this);
            });
    connect(&m_workspace, &sync::AgentWorkspace::transferred, this, [this](qint64, const QString &recipient) {
        showNotice(tr("Passed on to %1 with your note.").arg(recipient));
    });
    // A customer offered to this agent: get their attention even from another window.
    connect(&m_workspace, &sync::AgentWorkspace::offersChanged, this, [this] {
        if (m_workspace.offerForMe())
            QApplication::alert(this);
    });
    m_clock.start(1000);

    createViewMenu();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1560, 900);
    restoreState(m_settings.windowState());
    fitToScreen();
    // A supervisor starts on the board, without the desk's docks.
    if (m_workspaceTabs && m_workspaceTabs->currentWidget() != splitter)
        showDeskDocks(false);
    refreshCounts();
    refreshCurrent();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::withRoleTabs(QWidget *desk)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("workspaceTabs"));
    tabs->setDocumentMode(true);
    if (m_supervision) {
        tabs->addTab(new QueueBoard(*m_supervision, tabs), tr("Queue &board"));
        tabs->addTab(new MetricsPanel(*m_supervision->metrics(), tabs), tr("&Outcomes"));
    }
    if (m_mentoring) {
        auto *mentoring = new MentoringPanel(*m_mentoring, tabs);
        mentoring->setCaseLibrary(&m_cases);
        tabs->addTab(mentoring, tr("&Mentoring"));
    }
    // Everyone reads the case library; an agent's desk comes first, the library beside it.
    auto *library = new CaseLibraryPanel(m_cases, tabs);
    m_caseLibrary = library;
    const bool deskFirst = !m_supervision && !m_mentoring;
    if (!deskFirst)
        tabs->addTab(library, tr("Case &library"));
    const int deskTab =
        deskFirst ? tabs->insertTab(0, desk, tr("My &desk")) : tabs->addTab(desk, tr("My &desk"));
    if (deskFirst)
        tabs->addTab(library, tr("Case &library"));
    // The customer docks belong to the desk: on the board and the figures they would only take
    // half the screen. Whatever was open comes back with the desk.
    connect(tabs, &QTabWidget::currentChanged, this,
            [this, deskTab](int index) { showDeskDocks(index == deskTab); });
    m_workspaceTabs = tabs;
    return tabs;
}

void MainWindow::showDeskDocks(bool show)
{
    if (!show) {
        // From one of the role's tabs to another the desk's docks are already put away: keep the
        // list of those to bring back.
        if (!m_deskDocks.isEmpty())
            return;
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            // isHidden, not isVisible: before the window is first shown nothing is visible yet.
            if (!dock->isHidden()) {
                m_deskDocks.append(dock);
                dock->hide();
            }
        }
        return;
    }
    for (QDockWidget *dock : std::as_const(m_deskDocks)) {
        if (dock)
            dock->show();
    }
    m_deskDocks.clear();
}

void MainWindow::createActions()
{
    auto *conversationMenu = menuBar()->addMenu(tr("&Conversation"));
    auto *toolbar = addToolBar(tr("Conversation"));
    toolbar->setObjectName(QStringLiteral("conversationToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_acceptNextAction = new QAction(tr("Accept &next waiting"), this);
    m_acceptNextAction->setObjectName(QStringLiteral("acceptNextAction"));
    m_acceptNextAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_acceptNextAction->setToolTip(
        tr("Take the customer who has waited longest (%1)")
            .arg(m_acceptNextAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_acceptNextAction, &QAction::triggered, this, &MainWindow::acceptNext);

    m_acceptAction = new QAction(tr("&Accept"), this);
    m_acceptAction->setObjectName(QStringLiteral("acceptAction"));
    m_acceptAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    connect(m_acceptAction, &QAction::triggered, this, &MainWindow::acceptSelected);

    m_resolveAction = new QAction(tr("&Resolve"), this);
    m_resolveAction->setObjectName(QStringLiteral("resolveAction"));
    m_resolveAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_resolveAction->setToolTip(tr("Mark the conversation as solved (%1)")
                                    .arg(m_resolveAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_resolveAction, &QAction::triggered, this, &MainWindow::resolveCurrent);

    m_transferAction = new QAction(tr("&Transfer…"), this);
    m_transferAction->setObjectName(QStringLiteral("transferAction"));
    m_transferAction->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_transferAction->setToolTip(tr("Pass this conversation to a colleague or a queue, with a note (%1)")
                                     .arg(m_transferAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_transferAction, &QAction::triggered, this, &MainWindow::transferCurrent);

    m_presence = new PresenceSelector(m_workspace, this);

    auto *reconnect = new QAction(tr("Re&connect now"), this);
    reconnect->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(reconnect, &QAction::triggered, this, [this] { m_workspace.connection().reconnectNow(); });

    auto *focusMine = new QAction(tr("Go to my conversations"), this);
    focusMine->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(focusMine, &QAction::triggered, this, [this] { m_mineView->setFocus(); });
    auto *focusWaiting = new QAction(tr("Go to the queue"), this);
    focusWaiting->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(focusWaiting, &QAction::triggered, this, [this] { m_waitingView->setFocus(); });
    auto *focusComposer = new QAction(tr("Go to the reply box"), this);
    focusComposer->setShortcut(QKeySequence(tr("Ctrl+3")));
    connect(focusComposer, &QAction::triggered, this, [this] { m_composer->setFocus(); });

    conversationMenu->addActions({m_acceptNextAction, m_acceptAction, m_resolveAction, m_transferAction});
    conversationMenu->addSeparator();
    auto *statusMenu = conversationMenu->addMenu(tr("My &status"));
    statusMenu->addActions(m_presence->actions());
    conversationMenu->addSeparator();
    conversationMenu->addActions({focusMine, focusWaiting, focusComposer});
    conversationMenu->addSeparator();
    conversationMenu->addAction(reconnect);
    toolbar->addActions({m_acceptNextAction, m_resolveAction, m_transferAction});

    auto *settingsMenu = menuBar()->addMenu(tr("&Workstation"));
    auto *settings = settingsMenu->addAction(tr("&Settings…"));
    connect(settings, &QAction::triggered, this, [this] { SettingsDialog(m_settings, this).exec(); });
    auto *feedback = settingsMenu->addAction(tr("My mentor &feedback…"));
    feedback->setObjectName(QStringLiteral("feedbackAction"));
    feedback->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(feedback, &QAction::triggered, this, [this] {
        auto *dialog = new FeedbackDialog(*m_workspace.mentee(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *signOut = settingsMenu->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    settingsMenu->addSeparator();
    auto *quit = settingsMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

QWidget *MainWindow::createConversationLists()
{
    auto *panel = new QWidget(this);
    // Names and waiting times stay readable however the splitter is dragged.
    panel->setMinimumWidth(220);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 0, 6);

    auto makeList = [this](QAbstractItemModel *model, const QString &name) {
        auto *view = new QListView(this);
        view->setObjectName(name);
        view->setModel(model);
        view->setItemDelegate(new ConversationDelegate(view));
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setUniformItemSizes(true);
        connect(view, &QListView::activated, this, &MainWindow::onListActivated);
        connect(view, &QListView::clicked, this, &MainWindow::onListActivated);
        return view;
    };
    m_offerBar = new OfferBar(
        m_workspace, [] { return QDateTime::currentMSecsSinceEpoch(); }, this);
    m_mineTitle = new QLabel(this);
    m_mineView = makeList(m_mine, QStringLiteral("mineList"));
    m_waitingTitle = new QLabel(this);
    m_waitingView = makeList(m_waiting, QStringLiteral("waitingList"));
    // Double-click or Enter on a waiting customer accepts them.
    connect(m_waitingView, &QListView::doubleClicked, this, &MainWindow::acceptSelected);

    layout->addWidget(m_offerBar);
    layout->addWidget(m_mineTitle);
    layout->addWidget(m_mineView, 1);
    layout->addWidget(m_waitingTitle);
    layout->addWidget(m_waitingView, 1);
    return panel;
}

QWidget *MainWindow::createConversationPane()
{
    m_conversationStack = new QStackedWidget(this);

    auto *empty = new QLabel(tr("<p style=\"font-size:large\">No conversation open</p>"
                                "<p>Pick one of your conversations on the left, or take the customer who has "
                                "waited longest with <b>%1</b>.</p>")
                                 .arg(m_acceptNextAction->shortcut().toString(QKeySequence::NativeText)),
                             this);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_conversationStack->addWidget(empty);

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *headerRow = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_acceptButton = new QPushButton(tr("Accept"), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    connect(m_acceptButton, &QPushButton::clicked, this, &MainWindow::acceptSelected);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_acceptButton);
    layout->addLayout(headerRow);
    m_handoffBanner =
        new HandoffBanner([this](const QString &intent) { return m_suggestions->intentTitle(intent); }, this);
    layout->addWidget(m_handoffBanner);
    // Above the hand-off: what the colleague who passed it on wants the receiver to know first.
    m_transferBanner = new QLabel(this);
    m_transferBanner->setObjectName(QStringLiteral("transferBanner"));
    m_transferBanner->setWordWrap(true);
    m_transferBanner->setTextFormat(Qt::RichText);
    m_transferBanner->setContentsMargins(8, 6, 8, 6);
    m_transferBanner->setStyleSheet(
        QStringLiteral("#transferBanner { background: #e8f0fe; color: #123a73; border-radius: 4px; }"));
    m_transferBanner->hide();
    layout->insertWidget(layout->indexOf(m_handoffBanner), m_transferBanner);

    m_transcriptView = new QListView(this);
    m_transcriptView->setObjectName(QStringLiteral("transcript"));
    m_transcriptView->setModel(m_workspace.transcript());
    m_transcriptView->setItemDelegate(new MessageDelegate(m_transcriptView));
    m_transcriptView->setResizeMode(QListView::Adjust);
    m_transcriptView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcriptView->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcriptView->setWordWrap(true);
    layout->addWidget(m_transcriptView, 1);

    m_suggestionsPanel = new SuggestionsPanel(*m_suggestions, this);
    connect(m_suggestionsPanel, &SuggestionsPanel::insertRequested, this, &MainWindow::insertSuggestion);
    m_suggestionsPanel->setCaseLibrary(&m_cases);
    connect(m_suggestionsPanel, &SuggestionsPanel::caseRequested, this, [this](qint64 caseId) {
        // Beside the desk, not instead of it: the customer is waiting.
        auto *dialog = new CaseDialog(m_cases, caseId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    layout->addWidget(m_suggestionsPanel);
    // Right above the reply box: a mentor's whispers, while one is with this agent.
    layout->addWidget(new MentorBar(*m_workspace.mentee(), this));

    auto *composerRow = new QHBoxLayout;
    m_composer = new Composer(this);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setMaximumHeight(110);
    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    connect(m_sendButton, &QPushButton::clicked, this, &MainWindow::sendReply);
    connect(m_composer, &Composer::submitRequested, this, &MainWindow::sendReply);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addLayout(composerRow);
    m_suggestionsPanel->setReplyBox(m_composer);
    // From the reply box, Tab reaches Send and then the suggestion cards.
    QWidget::setTabOrder(m_composer, m_sendButton);
    QWidget *previous = m_sendButton;
    for (int i = 1; i <= SuggestionsPanel::cardCount; ++i) {
        if (auto *card = m_suggestionsPanel->findChild<QWidget *>(QStringLiteral("suggestion%1").arg(i))) {
            QWidget::setTabOrder(previous, card);
            previous = card;
        }
    }
    m_conversationStack->addWidget(pane);
    return m_conversationStack;
}

void MainWindow::createDetailsDock()
{
    auto *customer = new QDockWidget(tr("Customer"), this);
    customer->setObjectName(QStringLiteral("customerDock"));
    m_profilePanel = new CustomerProfilePanel(m_workspace, customer);
    m_profilePanel->setMinimumWidth(440);
    customer->setWidget(m_profilePanel);
    addDockWidget(Qt::RightDockWidgetArea, customer);

    auto *dock = new QDockWidget(tr("Conversation details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    m_details = new QLabel(dock);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setMargin(8);
    m_details->setMinimumWidth(240);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    auto *compensation = new QDockWidget(tr("Compensation"), this);
    compensation->setObjectName(QStringLiteral("compensationDock"));
    m_compensationPanel = new CompensationPanel(m_workspace, compensation);
    compensation->setWidget(m_compensationPanel);
    addDockWidget(Qt::RightDockWidgetArea, compensation);

    // The customer matters more than the conversation's bookkeeping: details share its space, and
    // so does the compensation picker, a tab away (Ctrl+4).
    tabifyDockWidget(customer, compensation);
    tabifyDockWidget(compensation, dock);
    customer->raise();
    auto *showCompensation = new QAction(tr("Go to compensation"), this);
    showCompensation->setShortcut(QKeySequence(tr("Ctrl+4")));
    connect(showCompensation, &QAction::triggered, this, [compensation] {
        compensation->show();
        compensation->raise();
        compensation->widget()->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(showCompensation);

    if (m_supervision) {
        auto *approvals = new QDockWidget(tr("Approvals"), this);
        approvals->setObjectName(QStringLiteral("approvalsDock"));
        m_approvalsPanel = new ApprovalsPanel(*m_supervision->approvals(), approvals);
        approvals->setWidget(m_approvalsPanel);
        addDockWidget(Qt::RightDockWidgetArea, approvals);
        tabifyDockWidget(dock, approvals);
        // A request that waits for this supervisor comes to the front.
        connect(m_approvalsPanel, &ApprovalsPanel::requestArrived, approvals, [this, approvals] {
            approvals->show();
            approvals->raise();
            showNotice(tr("An agent asks for your approval."));
        });
        auto *showApprovals = new QAction(tr("Go to approvals"), this);
        showApprovals->setShortcut(QKeySequence(tr("Ctrl+5")));
        connect(showApprovals, &QAction::triggered, this, [approvals] {
            approvals->show();
            approvals->raise();
            approvals->widget()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(showApprovals);
        customer->raise();
    } else {
        // The same keys say something for everyone else.
        auto *noApprovals = new QAction(this);
        noApprovals->setShortcut(QKeySequence(tr("Ctrl+5")));
        connect(noApprovals, &QAction::triggered, this, [this] {
            showNotice(tr("Supervisors and administrators answer approvals. Your own requests and their "
                          "answers are in the Compensation panel (Ctrl+4)."));
        });
        addAction(noApprovals);
    }
    resizeDocks({customer}, {620}, Qt::Horizontal);
}

void MainWindow::createOpeningLineUi()
{
    m_openings = m_workspace.openingLines();
    // On accept the active opening line goes into the reply box, to edit before sending; nothing is
    // sent by itself. A re-render (the profile arrived) replaces only an untouched insertion.
    connect(m_openings, &sync::OpeningLineController::openingReady, this,
            [this](qint64 conversationId, const QString &text, const QString &replaces) {
                const auto current = m_workspace.currentConversation();
                if (!current || current->id != conversationId || !m_workspace.canReply())
                    return;
                const QString typed = m_composer->toPlainText();
                if (!typed.isEmpty() && typed != replaces)
                    return;
                m_composer->setPlainText(text);
                m_composer->moveCursor(QTextCursor::End);
            });
    connect(m_openings, &sync::OpeningLineController::failed, this,
            [this](const QString &, const protocol::Error &error) { showNotice(openingErrorText(error)); });

    auto *dock = new QDockWidget(tr("Contests"), this);
    dock->setObjectName(QStringLiteral("contestsDock"));
    m_contestsPanel = new ContestsPanel(*m_openings, m_workspace.agentId(), dock);
    dock->setWidget(m_contestsPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *customer = findChild<QDockWidget *>(QStringLiteral("customerDock")))
        tabifyDockWidget(customer, dock);
    dock->hide();

    auto *menu = menuBar()->addMenu(tr("&Opening lines"));
    auto *edit = menu->addAction(tr("&Edit my opening lines…"));
    edit->setObjectName(QStringLiteral("editOpeningLinesAction"));
    edit->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(edit, &QAction::triggered, this, &MainWindow::showOpeningLineEditor);
    QAction *contests = dock->toggleViewAction();
    contests->setObjectName(QStringLiteral("contestsAction"));
    contests->setText(tr("&Contests"));
    contests->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    connect(contests, &QAction::triggered, dock, [dock](bool shown) {
        if (shown)
            dock->raise();
    });
    menu->addAction(contests);
}

void MainWindow::createViewMenu()
{
    const QByteArray defaultLayout = saveState();
    auto *menu = menuBar()->addMenu(tr("&View"));
    menu->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        QAction *toggle = dock->toggleViewAction();
        if (!menu->actions().contains(toggle))
            menu->addAction(toggle);
    }
    for (QToolBar *toolbar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        menu->addAction(toolbar->toggleViewAction());
    menu->addSeparator();
    auto *reset = menu->addAction(tr("&Reset the layout"));
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(reset, &QAction::triggered, this, [this, defaultLayout] {
        restoreState(defaultLayout);
        if (auto *customer = findChild<QDockWidget *>(QStringLiteral("customerDock")))
            customer->raise();
    });
}

void MainWindow::showOpeningLineEditor()
{
    if (!m_openingEditor)
        m_openingEditor = new OpeningLineEditor(*m_openings, this);
    m_openingEditor->refreshPreview();
    m_openingEditor->show();
    m_openingEditor->raise();
    m_openingEditor->activateWindow();
}

void MainWindow::onListActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_workspace.openConversation(index.data(ConversationListModel::IdRole).toLongLong());
}

void MainWindow::acceptSelected()
{
    const auto current = m_workspace.currentConversation();
    if (current && current->status == core::ConversationStatus::Queued) {
        m_workspace.accept(current->id);
        return;
    }
    const QModelIndex selected = m_waitingView->currentIndex();
    if (selected.isValid())
        m_workspace.accept(selected.data(ConversationListModel::IdRole).toLongLong());
}

void MainWindow::acceptNext()
{
    // What routing offers this agent comes first; otherwise whoever has waited longest.
    if (const auto offer = m_workspace.offerForMe()) {
        m_workspace.accept(offer->id);
        return;
    }
    if (m_waiting->rowCount() == 0) {
        showNotice(tr("Nobody is waiting right now."));
        return;
    }
    m_workspace.accept(m_waiting->index(0, 0).data(ConversationListModel::IdRole).toLongLong());
}

void MainWindow::transferCurrent()
{
    const auto current = m_workspace.currentConversation();
    if (!current || !m_workspace.canReply())
        return;
    TransferDialog dialog(m_workspace, current->customerName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.transferCurrent(dialog.toAgentId(), dialog.toQueue(), dialog.note());
}

void MainWindow::resolveCurrent()
{
    const auto current = m_workspace.currentConversation();
    if (!current)
        return;
    const QList<core::Compensation> waiting = m_workspace.compensation()->pendingApprovals();
    if (!waiting.isEmpty()) {
        // Resolving does not withdraw the request: say what becomes of it, and let the agent tell
        // the customer before the chat ends.
        QStringList asked;
        for (const core::Compensation &c : waiting)
            asked.append(remediesText(c.remedies));
        QMessageBox box(QMessageBox::Warning, tr("A request still waits for approval"),
                        tr("%1 for this customer still waits for a supervisor.\n\nIf you resolve now, the "
                           "request stays with the supervisors: if they approve it, it is given and shows in "
                           "the customer's history; if they reject it, nothing is given. Tell the customer "
                           "before you close the conversation.")
                            .arg(asked.join(QStringLiteral("; "))),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmResolve"));
        QPushButton *resolve = box.addButton(tr("&Resolve anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("&Keep it open"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != resolve)
            return;
    }
    m_workspace.resolve(current->id);
}

void MainWindow::sendReply()
{
    if (!m_workspace.canReply()) {
        showNotice(tr("Accept the conversation before replying."));
        return;
    }
    const QString text = m_composer->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    // A suggestion's unfilled facts are marked in its text; sending one would show the mark to
    // the customer.
    if (const QString marker = assist::firstSlotMarker(text); !marker.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Send with a blank to fill in?"),
            tr("The reply still contains %1, which was left for you to fill in. Send it anyway?").arg(marker),
            QMessageBox::NoButton, this);
        QPushButton *send = box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("Fill it in"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != send) {
            selectMarker(m_composer, marker);
            return;
        }
    }
    if (m_workspace.sendReply(text))
        m_composer->clear();
    m_composer->setFocus();
}

void MainWindow::insertSuggestion(const QString &text)
{
    if (!m_composer->isEnabled()) {
        showNotice(tr("Accept the conversation before replying."));
        return;
    }
    m_composer->textCursor().insertText(text);
    m_composer->setFocus();
    // Straight to the first blank, so typing replaces it.
    if (const QString marker = assist::firstSlotMarker(m_composer->toPlainText()); !marker.isEmpty())
        selectMarker(m_composer, marker);
}

void MainWindow::refreshCounts()
{
    m_mineTitle->setText(tr("<b>My conversations</b> (%1)").arg(m_mine->rowCount()));
    m_waitingTitle->setText(tr("<b>Waiting</b> (%1)").arg(m_waiting->rowCount()));
    m_acceptNextAction->setEnabled(m_waiting->rowCount() > 0);
    syncSelection();
}

void MainWindow::syncSelection()
{
    // The highlighted row always names the conversation on screen, whichever list it is in now.
    const auto current = m_workspace.currentConversation();
    const QModelIndex source = current ? m_workspace.conversations()->indexOf(current->id) : QModelIndex();
    for (auto [view, proxy] : {std::pair{m_mineView, m_mine}, std::pair{m_waitingView, m_waiting}}) {
        const QModelIndex index = proxy->mapFromSource(source);
        if (!index.isValid()) {
            view->selectionModel()->clearSelection();
        } else if (!view->selectionModel()->isSelected(index)) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        }
    }
}

void MainWindow::refreshCurrent()
{
    const auto current = m_workspace.currentConversation();
    m_handoffBanner->showHandoff(current ? current->handoff : std::nullopt);
    m_conversationStack->setCurrentIndex(current ? 1 : 0);
    syncSelection();
    const bool canReply = m_workspace.canReply();
    m_composer->setEnabled(canReply);
    m_sendButton->setEnabled(canReply);
    m_resolveAction->setEnabled(canReply);
    m_transferAction->setEnabled(canReply && current->status == core::ConversationStatus::Assigned);
    // The receiver of a transfer reads the sender's note before anything else.
    const bool transferredHere = current && current->transfer && current->transfer->toAgentId > 0 &&
                                 current->transfer->toAgentId == m_workspace.agentId() &&
                                 current->assignedAgentId == m_workspace.agentId();
    m_transferBanner->setVisible(transferredHere);
    if (transferredHere) {
        const core::Transfer &transfer = *current->transfer;
        const QString from = transfer.fromAgentId > 0 ? transfer.fromAgentName : transfer.byAgentName;
        m_transferBanner->setText(tr("<b>Why you got this</b> — from %1, %2:<br>%3")
                                      .arg(from.toHtmlEscaped(), sync::dateTimeLabel(transfer.atMs),
                                           transfer.note.toHtmlEscaped()));
    }
    const bool acceptable = current && current->status == core::ConversationStatus::Queued;
    m_acceptButton->setVisible(acceptable);
    m_acceptAction->setEnabled(acceptable || m_waitingView->currentIndex().isValid());
    if (!current) {
        m_details->setText(tr("Open a conversation to see who you are talking to."));
        return;
    }
    QString state = statusLabel(current->status);
    if (current->status == core::ConversationStatus::Assigned &&
        current->assignedAgentId != m_workspace.agentId())
        state = tr("With %1").arg(current->assignedAgentName);
    m_header->setText(QStringLiteral("<b style=\"font-size:large\">%1</b> &nbsp; %2 · %3")
                          .arg(current->customerName.toHtmlEscaped(),
                               channelLabel(current->channel).toHtmlEscaped(), state.toHtmlEscaped()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString waited;
    if (current->status == core::ConversationStatus::Queued && current->queuedAtMs > 0)
        waited = tr("Waiting for %1").arg(shortDuration(now - current->queuedAtMs));
    m_details->setText(
        tr("<h3>%1</h3><p>Customer no. %2</p><p>Channel: %3<br>Status: %4<br>Started: %5<br>%6</p>"
           "<p style=\"color:gray\">Conversation no. %7</p>")
            .arg(current->customerName.toHtmlEscaped())
            .arg(current->customerId)
            .arg(channelLabel(current->channel), state, sync::dateTimeLabel(current->createdAtMs), waited)
            .arg(current->id));
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::setBuiltInDemo(bool demo)
{
    m_demo = demo;
    m_demoBadge->setVisible(demo);
    refreshTitle();
}

void MainWindow::refreshTitle()
{
    // The platform adds the application's (translated) display name after it.
    setWindowTitle(m_demo ? tr("%1 — built-in demo").arg(m_workspace.agentName()) : m_workspace.agentName());
}

void MainWindow::refreshStale(sync::ServerConnection::State state)
{
    using State = sync::ServerConnection::State;
    if (state == State::Live) {
        m_wasLive = true;
        m_offlineSince = {};
        m_staleBanner->hide();
        return;
    }
    if (!m_wasLive)
        return; // still signing in: nothing on screen is old yet
    if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTime();
    m_staleBanner->setText(
        tr("Not connected since %1. The queue, conversations and panels show how things stood then; "
           "replies you send are kept and delivered once the connection is back (Ctrl+Shift+C tries now).")
            .arg(QLocale().toString(m_offlineSince.time(), QLocale::ShortFormat)));
    m_staleBanner->show();
}

void MainWindow::fitToScreen()
{
    const QScreen *current = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!current)
        return;
    const QRect available = current->availableGeometry();
    // Leave room for the window frame the platform adds.
    const QSize room = available.size() - QSize(16, 40);
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveTopLeft(available.topLeft() +
                          QPoint(std::max(0, (available.width() - frame.width()) / 2),
                                 std::max(0, (available.height() - frame.height()) / 2)));
        move(frame.topLeft());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The docks hidden for the board are part of the desk the next session opens with.
    showDeskDocks(true);
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    event->accept();
}

} // namespace warmline::ui
