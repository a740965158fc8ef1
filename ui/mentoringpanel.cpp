#include "ui/mentoringpanel.h"

#include "protocol/limits.h"
#include "protocol/mentoringmessages.h"
#include "sync/caselibrary.h"
#include "sync/conversationlistmodel.h"
#include "sync/mentoring.h"
#include "sync/transcriptmodel.h"
#include "ui/caselibrarypanel.h"
#include "ui/conversationdelegate.h"
#include "ui/errortext.h"
#include "ui/menteeprogressdialog.h"
#include "ui/mentorreviewdialog.h"
#include "ui/messagedelegate.h"
#include "ui/presenceselector.h"
#include "ui/reviewreplaydialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::MenteeListModel;

namespace {

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MentoringPanel::MentoringPanel(sync::TrainerWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mentoringPanel"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Choose an agent of your teams and start a session: they are told at once, "
                             "and you see their conversations as they happen."),
                          this);
    m_status->setObjectName(QStringLiteral("mentoringStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    // Who: the agents of the trainer's teams.
    auto *who = new QWidget(splitter);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    auto *menteesTitle = title(tr("&Agents"), who);
    whoLayout->addWidget(menteesTitle);
    m_mentees = new QListView(who);
    m_mentees->setObjectName(QStringLiteral("mentees"));
    auto *icons = new PresenceIconProxy(MenteeListModel::PresenceRole, this);
    icons->setSourceModel(m_workspace.mentees());
    m_mentees->setModel(icons);
    menteesTitle->setBuddy(m_mentees);
    whoLayout->addWidget(m_mentees, 1);
    m_startButton = new QPushButton(tr("&Start session"), who);
    m_startButton->setObjectName(QStringLiteral("startSession"));
    m_startButton->setToolTip(tr("The agent is told you are watching and sees your whispers"));
    m_endButton = new QPushButton(tr("&End session"), who);
    m_endButton->setObjectName(QStringLiteral("endSession"));
    m_reviewButton = new QPushButton(tr("Re&view…"), who);
    m_reviewButton->setObjectName(QStringLiteral("reviewSession"));
    m_reviewButton->setToolTip(tr("The rubric and notes for the session you ended last"));
    m_progressButton = new QPushButton(tr("Progress…"), who);
    m_progressButton->setObjectName(QStringLiteral("menteeProgress"));
    m_progressButton->setToolTip(tr("The agent's rubric over time, mentors' notes and recent outcomes"));
    auto *refresh = new QPushButton(tr("&Refresh"), who);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read presence and sessions again (F5)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_endButton);
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_progressButton);
    buttons->addWidget(refresh);
    whoLayout->addLayout(buttons);
    auto *profile = new QGroupBox(tr("Trainee profile for this session"), who);
    profile->setToolTip(tr("Lapses when the session ends"));
    auto *profileLayout = new QVBoxLayout(profile);
    m_approveReplies = new QCheckBox(tr("Approve replies before they are sent"), profile);
    m_approveReplies->setObjectName(QStringLiteral("approveReplies"));
    m_approveCompensation = new QCheckBox(tr("Every compensation needs approval"), profile);
    m_approveCompensation->setObjectName(QStringLiteral("approveCompensation"));
    auto *limitRow = new QHBoxLayout;
    m_lowerLimit = new QCheckBox(tr("Per-case limit:"), profile);
    m_lowerLimit->setObjectName(QStringLiteral("lowerLimit"));
    m_limit = new QDoubleSpinBox(profile);
    m_limit->setObjectName(QStringLiteral("sessionLimit"));
    m_limit->setRange(0, 100000);
    m_limit->setDecimals(2);
    m_limit->setPrefix(tr("¥"));
    m_limit->setValue(20);
    m_limit->setToolTip(tr("Only lowers the agent's own limit, never raises it"));
    limitRow->addWidget(m_lowerLimit);
    limitRow->addWidget(m_limit, 1);
    profileLayout->addWidget(m_approveReplies);
    profileLayout->addWidget(m_approveCompensation);
    profileLayout->addLayout(limitRow);
    whoLayout->addWidget(profile);

    // Their conversations, shadowed.
    auto *what = new QWidget(splitter);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->setContentsMargins(0, 0, 0, 0);
    m_conversationsTitle = title(tr("Their &conversations"), what);
    whatLayout->addWidget(m_conversationsTitle);
    m_conversations = new QListView(what);
    m_conversations->setObjectName(QStringLiteral("shadowedConversations"));
    m_conversations->setModel(m_workspace.shadowed());
    m_conversations->setItemDelegate(new ConversationDelegate(m_conversations));
    m_conversationsTitle->setBuddy(m_conversations);
    whatLayout->addWidget(m_conversations, 1);

    // The conversation as it happens, and the whisper box.
    auto *watch = new QWidget(splitter);
    auto *watchLayout = new QVBoxLayout(watch);
    watchLayout->setContentsMargins(0, 0, 0, 0);
    m_transcriptTitle = title(tr("Shadowing"), watch);
    watchLayout->addWidget(m_transcriptTitle);
    m_transcript = new QListView(watch);
    m_transcript->setObjectName(QStringLiteral("shadowTranscript"));
    m_transcript->setItemDelegate(new MessageDelegate(m_transcript));
    m_transcript->setResizeMode(QListView::Adjust);
    m_transcript->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcript->setSelectionMode(QAbstractItemView::SingleSelection);
    m_transcript->setWordWrap(true);
    watchLayout->addWidget(m_transcript, 1);
    auto *bookmarkRow = new QHBoxLayout;
    m_bookmarkNote = new QLineEdit(watch);
    m_bookmarkNote->setObjectName(QStringLiteral("bookmarkNote"));
    m_bookmarkNote->setPlaceholderText(tr("Why this moment? (optional)"));
    m_bookmarkNote->setMaxLength(int(protocol::maxBookmarkNoteLength));
    m_bookmarkButton = new QPushButton(tr("&Bookmark"), watch);
    m_bookmarkButton->setObjectName(QStringLiteral("bookmarkButton"));
    m_bookmarkButton->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_bookmarkButton->setToolTip(tr("Mark the selected message for the review (Ctrl+B)"));
    m_promoteButton = new QPushButton(tr("Make it a &case…"), watch);
    m_promoteButton->setObjectName(QStringLiteral("promoteToCase"));
    m_promoteButton->setToolTip(tr("Add this conversation to the case library once you bookmarked a moment "
                                   "of it, or once it is resolved"));
    m_promoteButton->hide();
    bookmarkRow->addWidget(m_bookmarkNote, 1);
    bookmarkRow->addWidget(m_bookmarkButton);
    m_replayButton = new QPushButton(tr("Re&play…"), watch);
    m_replayButton->setObjectName(QStringLiteral("replayConversation"));
    m_replayButton->setToolTip(tr("Review mode: step through this conversation — messages, suggestions, "
                                  "compensation, approvals and whispers"));
    bookmarkRow->addWidget(m_replayButton);
    bookmarkRow->addWidget(m_promoteButton);
    watchLayout->addLayout(bookmarkRow);
    m_heldTitle = title(tr("Waiting for your approval"), watch);
    watchLayout->addWidget(m_heldTitle);
    m_held = new QListView(watch);
    m_held->setObjectName(QStringLiteral("heldReplies"));
    m_held->setModel(m_workspace.held());
    m_held->setWordWrap(true);
    m_held->setMaximumHeight(80);
    watchLayout->addWidget(m_held);
    m_heldEdit = new QPlainTextEdit(watch);
    m_heldEdit->setObjectName(QStringLiteral("heldEdit"));
    m_heldEdit->setPlaceholderText(tr("The reply as it will be sent — edit it before approving if needed"));
    m_heldEdit->setTabChangesFocus(true);
    m_heldEdit->setMaximumHeight(60);
    watchLayout->addWidget(m_heldEdit);
    auto *heldRow = new QHBoxLayout;
    m_heldNote = new QLineEdit(watch);
    m_heldNote->setObjectName(QStringLiteral("heldNote"));
    m_heldNote->setPlaceholderText(tr("A word for the agent (optional; say what to change when returning)"));
    m_heldNote->setMaxLength(int(protocol::maxHeldNoteLength));
    m_approveButton = new QPushButton(tr("Approve and send"), watch);
    m_approveButton->setObjectName(QStringLiteral("approveHeld"));
    m_approveButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_approveButton->setToolTip(tr("Send the reply to the customer as shown (F8)"));
    m_returnButton = new QPushButton(tr("Give back"), watch);
    m_returnButton->setObjectName(QStringLiteral("returnHeld"));
    m_returnButton->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_returnButton->setToolTip(
        tr("Nothing is sent; the reply goes back to the agent's reply box (Shift+F8)"));
    heldRow->addWidget(m_heldNote, 1);
    heldRow->addWidget(m_approveButton);
    heldRow->addWidget(m_returnButton);
    watchLayout->addLayout(heldRow);
    watchLayout->addWidget(title(tr("Your whispers"), watch));
    m_sent = new QListView(watch);
    m_sent->setObjectName(QStringLiteral("sentWhispers"));
    m_sent->setModel(m_workspace.whispers());
    m_sent->setWordWrap(true);
    m_sent->setSelectionMode(QAbstractItemView::NoSelection);
    m_sent->setMaximumHeight(100);
    m_sent->setStyleSheet(QStringLiteral("QListView { background: #f3e8fd; color: #3b1f74; }"));
    watchLayout->addWidget(m_sent);
    m_whisperBox = new QPlainTextEdit(watch);
    m_whisperBox->setObjectName(QStringLiteral("whisperBox"));
    m_whisperBox->setPlaceholderText(tr("Whisper advice — only the agent sees it (Ctrl+Enter)"));
    m_whisperBox->setTabChangesFocus(true);
    m_whisperBox->setMaximumHeight(70);
    m_whisperBox->installEventFilter(this);
    watchLayout->addWidget(m_whisperBox);
    m_whisperButton = new QPushButton(tr("&Whisper"), watch);
    m_whisperButton->setObjectName(QStringLiteral("whisperButton"));
    m_whisperButton->setToolTip(tr("Send to the agent only (Ctrl+Enter)"));
    watchLayout->addWidget(m_whisperButton, 0, Qt::AlignRight);
    splitter->setSizes({260, 300, 520});
    splitter->setChildrenCollapsible(false);

    connect(m_mentees->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MentoringPanel::menteeChosen);
    connect(m_conversations->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MentoringPanel::conversationChosen);
    connect(m_workspace.mentees(), &QAbstractItemModel::dataChanged, this, &MentoringPanel::refreshActions);
    connect(m_workspace.mentees(), &QAbstractItemModel::rowsInserted, this, &MentoringPanel::refreshActions);
    connect(m_workspace.shadowed(), &QAbstractItemModel::rowsRemoved, this,
            &MentoringPanel::conversationChosen);
    connect(m_whisperBox, &QPlainTextEdit::textChanged, this, &MentoringPanel::refreshActions);
    connect(m_heldEdit, &QPlainTextEdit::textChanged, this, &MentoringPanel::refreshActions);
    connect(m_held->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MentoringPanel::heldChosen);
    // The oldest waiting reply is the one in hand: a mentor approves them in the order they came.
    const auto takeFirstHeld = [this] {
        if (!m_held->currentIndex().isValid() && m_workspace.held()->rowCount() > 0)
            m_held->setCurrentIndex(m_workspace.held()->index(0, 0));
        m_heldTitle->setText(m_workspace.held()->rowCount() > 0
                                 ? tr("Waiting for your approval (%1)").arg(m_workspace.held()->rowCount())
                                 : tr("Waiting for your approval"));
        refreshActions();
    };
    connect(m_workspace.held(), &QAbstractItemModel::rowsInserted, this, takeFirstHeld);
    connect(m_workspace.held(), &QAbstractItemModel::rowsRemoved, this, takeFirstHeld);
    connect(m_workspace.held(), &QAbstractItemModel::modelReset, this, takeFirstHeld);
    connect(m_approveButton, &QPushButton::clicked, this, &MentoringPanel::approveHeld);
    connect(m_replayButton, &QPushButton::clicked, this, [this] { m_workspace.loadReplay(m_shown); });
    connect(&m_workspace, &sync::TrainerWorkspace::replayLoaded, this,
            [this](const protocol::ReplayReply &replay) {
                auto *dialog = new ReviewReplayDialog(replay, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_progressButton, &QPushButton::clicked, this,
            [this] { m_workspace.loadProgress(m_workspace.selectedMentee()); });
    connect(&m_workspace, &sync::TrainerWorkspace::progressLoaded, this,
            [this](const protocol::MentorProgressReply &progress) {
                auto *dialog = new MenteeProgressDialog(progress, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_returnButton, &QPushButton::clicked, this, &MentoringPanel::returnHeld);
    connect(&m_workspace, &sync::TrainerWorkspace::heldDecided, this,
            [this](const protocol::HeldReplyInfo &held) {
                m_heldNote->clear();
                m_status->setText(held.state == core::HeldReply::State::Sent
                                      ? tr("Sent %1's reply to the customer.").arg(held.menteeName)
                                      : tr("Gave the reply back to %1.").arg(held.menteeName));
            });
    for (QCheckBox *box : {m_approveReplies, m_approveCompensation, m_lowerLimit})
        connect(box, &QCheckBox::toggled, this, &MentoringPanel::applyProfile);
    connect(m_limit, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_lowerLimit->isChecked())
            applyProfile();
    });
    connect(&m_workspace, &sync::TrainerWorkspace::profileChanged, this, &MentoringPanel::showProfile);
    connect(m_startButton, &QPushButton::clicked, this,
            [this] { m_workspace.startSession(m_workspace.selectedMentee()); });
    connect(m_endButton, &QPushButton::clicked, this,
            [this] { m_workspace.endSession(m_workspace.selectedSession()); });
    connect(refresh, &QPushButton::clicked, &m_workspace, &sync::TrainerWorkspace::refresh);
    connect(m_whisperButton, &QPushButton::clicked, this, &MentoringPanel::sendWhisper);
    connect(m_bookmarkButton, &QPushButton::clicked, this, &MentoringPanel::bookmarkSelected);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        openReview(m_workspace.reviewableSession(),
                   m_mentees->currentIndex().data(MenteeListModel::NameRole).toString());
    });
    connect(&m_workspace, &sync::TrainerWorkspace::bookmarked, this,
            [this](const protocol::BookmarkInfo &bookmark) {
                m_bookmarkNote->clear();
                m_status->setText(tr("Marked “%1” for the review.").arg(bookmark.excerpt.left(40)));
            });
    connect(&m_workspace, &sync::TrainerWorkspace::reviewed, this,
            [this](const protocol::FeedbackInfo &feedback) {
                m_status->setText(tr("Review sent: %1 can read it now.").arg(feedback.session.menteeName));
            });
    connect(&m_workspace, &sync::TrainerWorkspace::sessionStarted, this,
            [this](const protocol::MentorSessionInfo &session) {
                m_status->setText(tr("Session with %1 started: they have been told. Pick one of their "
                                     "conversations to shadow it.")
                                      .arg(session.menteeName));
                showProfile();
                refreshActions();
            });
    connect(&m_workspace, &sync::TrainerWorkspace::sessionEnded, this,
            [this](const protocol::MentorSessionInfo &session) {
                m_status->setText(tr("Session with %1 ended.").arg(session.menteeName));
                refreshActions();
                openReview(session.id, session.menteeName);
            });
    connect(&m_workspace, &sync::TrainerWorkspace::whispered, this, [this] {
        m_whisperBox->clear();
        m_sent->scrollToBottom();
    });
    connect(&m_workspace, &sync::TrainerWorkspace::operationFailed, this,
            [this](const QString &, const protocol::Error &error) { m_status->setText(errorText(error)); });
    refreshActions();
}

MentoringPanel::~MentoringPanel()
{
    if (m_shown)
        m_workspace.unwatch(m_shown);
}

void MentoringPanel::setCaseLibrary(sync::CaseLibrary *library)
{
    m_library = library;
    m_promoteButton->setVisible(library && library->canPromote());
    connect(m_promoteButton, &QPushButton::clicked, this, [this] {
        if (!m_library || !m_shown)
            return;
        auto *dialog = new PromoteCaseDialog(*m_library, m_shown, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    refreshActions();
}

void MentoringPanel::showEvent(QShowEvent *event)
{
    // Whoever came or went since the tab was last looked at.
    m_workspace.refresh();
    QWidget::showEvent(event);
}

void MentoringPanel::menteeChosen()
{
    const QModelIndex current = m_mentees->currentIndex();
    m_workspace.selectMentee(current.data(MenteeListModel::AgentIdRole).toLongLong());
    const QString name = current.data(MenteeListModel::NameRole).toString();
    m_conversationsTitle->setText(name.isEmpty() ? tr("Their &conversations")
                                                 : tr("%1's &conversations").arg(name));
    conversationChosen();
    showProfile();
    refreshActions();
}

void MentoringPanel::showProfile()
{
    const auto session = m_workspace.openSession(m_workspace.selectedSession());
    m_showingProfile = true; // what the server holds is shown, not sent back
    m_approveReplies->setChecked(session && session->approveReplies);
    m_approveCompensation->setChecked(session && session->approveCompensation);
    m_lowerLimit->setChecked(session && session->compensationLimit);
    if (session && session->compensationLimit)
        m_limit->setValue(double(*session->compensationLimit) / 100.0);
    m_showingProfile = false;
    refreshActions();
}

void MentoringPanel::applyProfile()
{
    if (m_showingProfile || !m_workspace.selectedSession())
        return;
    m_workspace.setProfile(m_approveReplies->isChecked(),
                           m_lowerLimit->isChecked() ? std::optional(qRound64(m_limit->value() * 100.0))
                                                     : std::nullopt,
                           m_approveCompensation->isChecked());
    refreshActions();
}

void MentoringPanel::heldChosen()
{
    m_heldEdit->setPlainText(m_held->currentIndex().data(sync::HeldReplyListModel::BodyRole).toString());
    refreshActions();
}

void MentoringPanel::approveHeld()
{
    const QModelIndex held = m_held->currentIndex();
    if (!m_approveButton->isEnabled() || !held.isValid())
        return;
    m_workspace.approve(held.data(sync::HeldReplyListModel::HeldIdRole).toLongLong(),
                        m_heldEdit->toPlainText(), m_heldNote->text());
}

void MentoringPanel::returnHeld()
{
    const QModelIndex held = m_held->currentIndex();
    if (!m_returnButton->isEnabled() || !held.isValid())
        return;
    m_workspace.giveBack(held.data(sync::HeldReplyListModel::HeldIdRole).toLongLong(), m_heldNote->text());
}

void MentoringPanel::conversationChosen()
{
    const QModelIndex current = m_conversations->currentIndex();
    showConversation(current.isValid() ? current.data(sync::ConversationListModel::IdRole).toLongLong() : 0);
}

void MentoringPanel::showConversation(qint64 conversationId)
{
    if (conversationId == m_shown)
        return;
    if (m_shown)
        m_workspace.unwatch(m_shown);
    m_shown = conversationId;
    if (!conversationId) {
        m_transcript->setModel(nullptr);
        m_transcriptTitle->setText(tr("Shadowing"));
        refreshActions();
        return;
    }
    sync::TranscriptModel *model = m_workspace.watch(conversationId);
    m_transcript->setModel(model);
    connect(m_transcript->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MentoringPanel::refreshActions);
    connect(model, &QAbstractItemModel::rowsInserted, m_transcript, &QListView::scrollToBottom,
            Qt::UniqueConnection);
    m_transcript->scrollToBottom();
    const QModelIndex current = m_conversations->currentIndex();
    m_transcriptTitle->setText(
        tr("Shadowing %1 — read-only")
            .arg(current.data(sync::ConversationListModel::CustomerNameRole).toString()));
    refreshActions();
}

void MentoringPanel::refreshActions()
{
    const bool chosen = m_workspace.selectedMentee() > 0;
    const bool inSession = m_workspace.selectedSession() > 0;
    m_startButton->setEnabled(chosen && !inSession);
    m_progressButton->setEnabled(chosen);
    m_replayButton->setEnabled(m_shown > 0);
    m_endButton->setEnabled(inSession);
    const qsizetype length = m_whisperBox->toPlainText().trimmed().size();
    m_whisperBox->setEnabled(inSession);
    m_whisperButton->setEnabled(inSession && length > 0 && length <= protocol::maxWhisperLength);
    const bool reviewable = m_workspace.reviewableSession() > 0;
    m_bookmarkButton->setEnabled(reviewable && m_transcript->currentIndex().isValid());
    m_reviewButton->setEnabled(reviewable && !inSession);
    for (QWidget *control :
         {static_cast<QWidget *>(m_approveReplies), static_cast<QWidget *>(m_approveCompensation),
          static_cast<QWidget *>(m_lowerLimit)})
        control->setEnabled(inSession);
    m_limit->setEnabled(inSession && m_lowerLimit->isChecked());
    const bool heldChosen = m_held->currentIndex().isValid();
    const qsizetype heldLength = m_heldEdit->toPlainText().trimmed().size();
    m_heldEdit->setEnabled(heldChosen);
    m_approveButton->setEnabled(heldChosen && heldLength > 0 && heldLength <= protocol::maxMessageLength);
    m_returnButton->setEnabled(heldChosen);
    m_promoteButton->setEnabled(m_library && m_shown > 0);
}

void MentoringPanel::bookmarkSelected()
{
    const QModelIndex message = m_transcript->currentIndex();
    if (!m_bookmarkButton->isEnabled() || !message.isValid())
        return;
    m_workspace.bookmark(message.data(sync::TranscriptModel::MessageIdRole).toLongLong(),
                         m_bookmarkNote->text());
}

void MentoringPanel::openReview(qint64 sessionId, const QString &menteeName)
{
    if (sessionId <= 0)
        return;
    auto *dialog = new MentorReviewDialog(menteeName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sessionId] {
        m_workspace.review(sessionId, dialog->empathy(), dialog->ownership(), dialog->resolution(),
                           dialog->warmth(), dialog->notes());
    });
    dialog->open();
}

void MentoringPanel::sendWhisper()
{
    if (!m_whisperButton->isEnabled())
        return;
    m_workspace.whisper(m_shown, m_whisperBox->toPlainText());
}

bool MentoringPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_whisperBox && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            sendWhisper();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace warmline::ui
