#include "ui/queueboard.h"

#include "protocol/supervisionmessages.h"
#include "sync/queueboardmodel.h"
#include "sync/rostermodel.h"
#include "sync/supervisorworkspace.h"
#include "sync/vocabularylabels.h"
#include "ui/approvalspanel.h"
#include "ui/channelpresentation.h"
#include "ui/conversationviewer.h"
#include "ui/errortext.h"

#include <algorithm>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::QueueBoardModel;
using sync::RosterModel;

// Asks for the "why you got this" line that the receiving agent reads before anything else.
// Enter confirms, Esc cancels; it cannot be confirmed empty.
class AssignNoteDialog final : public QDialog
{
    Q_OBJECT
public:
    AssignNoteDialog(const QString &title, const QString &prefill, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("assignNoteDialog"));
        setWindowTitle(title);
        auto *layout = new QVBoxLayout(this);
        auto *heading = new QLabel(title, this);
        heading->setTextFormat(Qt::PlainText);
        heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
        layout->addWidget(heading);
        auto *label = new QLabel(tr("&Why they get it (they read this first):"), this);
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("assignNote"));
        m_note->setMaxLength(int(protocol::maxTransferNoteLength));
        m_note->setText(prefill.left(protocol::maxTransferNoteLength));
        m_note->selectAll();
        m_note->setMinimumWidth(560);
        label->setBuddy(m_note);
        m_count = new QLabel(this);
        m_count->setAlignment(Qt::AlignRight);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_ok = buttons->button(QDialogButtonBox::Ok);
        m_ok->setText(tr("Send"));
        m_ok->setDefault(true);
        layout->addWidget(label);
        layout->addWidget(m_note);
        layout->addWidget(m_count);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_note, &QLineEdit::textChanged, this, &AssignNoteDialog::refresh);
        refresh();
    }

    QString note() const { return m_note->text().trimmed(); }

private:
    void refresh()
    {
        m_ok->setEnabled(!note().isEmpty());
        m_count->setText(tr("%1/%2").arg(m_note->text().size()).arg(protocol::maxTransferNoteLength));
    }

    QLineEdit *m_note = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_ok = nullptr;
};

namespace {

// The waiting and SLA cells take the SLA's colour; the words say it too, for whoever cannot tell
// amber from red.
class SlaDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != QueueBoardModel::WaitingColumn && index.column() != QueueBoardModel::SlaColumn)
            return;
        QColor background;
        QColor text;
        switch (QueueBoardModel::Sla(index.data(QueueBoardModel::SlaRole).toInt())) {
        case QueueBoardModel::Sla::Warn:
            background = QColor(0xff, 0xf1, 0xc2);
            text = QColor(0x5c, 0x44, 0x00);
            break;
        case QueueBoardModel::Sla::Breach:
            background = QColor(0xfd, 0xe0, 0xdc);
            text = QColor(0x8c, 0x1d, 0x18);
            option->font.setBold(true);
            break;
        case QueueBoardModel::Sla::Ok:
            if (index.column() != QueueBoardModel::SlaColumn)
                return;
            background = QColor(0xe3, 0xf4, 0xe1);
            text = QColor(0x1e, 0x5b, 0x26);
            break;
        case QueueBoardModel::Sla::None:
            return;
        }
        option->backgroundBrush = background;
        option->palette.setColor(QPalette::Text, text);
        option->palette.setColor(QPalette::HighlightedText, text);
    }
};

// The roster takes a conversation dragged from the board onto an agent's row.
class RosterView final : public QTableView
{
public:
    using Drop = std::function<void(qint64 conversationId, qint64 agentId)>;
    RosterView(Drop drop, QWidget *parent)
        : QTableView(parent)
        , m_drop(std::move(drop))
    {
        setAcceptDrops(true);
        setDragDropMode(QAbstractItemView::DropOnly);
        setDropIndicatorShown(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (event->mimeData()->hasFormat(QueueBoardModel::mimeType))
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        const QModelIndex index = indexAt(event->position().toPoint());
        if (index.isValid() && event->mimeData()->hasFormat(QueueBoardModel::mimeType)) {
            setCurrentIndex(index);
            event->acceptProposedAction();
        } else {
            event->ignore();
        }
    }
    void dropEvent(QDropEvent *event) override
    {
        const QModelIndex index = indexAt(event->position().toPoint());
        const qint64 conversationId = event->mimeData()->data(QueueBoardModel::mimeType).toLongLong();
        if (!index.isValid() || conversationId <= 0) {
            event->ignore();
            return;
        }
        event->acceptProposedAction();
        m_drop(conversationId, index.data(RosterModel::AgentIdRole).toLongLong());
    }

private:
    Drop m_drop;
};

} // namespace

QueueBoard::QueueBoard(sync::SupervisorWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("queueBoard"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Customer, summary or agent (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->addItem(tr("Waiting and active"), int(sync::QueueBoardFilterModel::Status::All));
    m_status->addItem(tr("Waiting only"), int(sync::QueueBoardFilterModel::Status::Waiting));
    m_status->addItem(tr("Active only"), int(sync::QueueBoardFilterModel::Status::Active));
    m_sla = new QComboBox(this);
    m_sla->setObjectName(QStringLiteral("boardSla"));
    m_sla->addItem(tr("Any waiting time"), int(sync::QueueBoardFilterModel::SlaFilter::All));
    m_sla->addItem(tr("Waiting long or over"), int(sync::QueueBoardFilterModel::SlaFilter::WarnOrWorse));
    m_sla->addItem(tr("Over the limit"), int(sync::QueueBoardFilterModel::SlaFilter::Breach));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("boardChannel"));
    m_channel->addItem(tr("Every channel"), -1);
    for (core::Channel channel : core::allChannels)
        m_channel->addItem(channelIcon(channel), channelLabel(channel), int(channel));
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_status);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(showLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_sla);
    filters->addWidget(m_channel);
    layout->addLayout(filters);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("boardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(8, 4, 8, 4);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_boardProxy = new sync::QueueBoardFilterModel(this);
    m_boardProxy->setSourceModel(m_workspace.board());
    m_board = new QTreeView(this);
    m_board->setObjectName(QStringLiteral("boardTree"));
    m_board->setModel(m_boardProxy);
    m_board->setItemDelegate(new SlaDelegate(m_board));
    m_board->setUniformRowHeights(true);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setDragEnabled(true);
    m_board->setDragDropMode(QAbstractItemView::DragOnly);
    m_board->setDefaultDropAction(Qt::MoveAction);
    m_board->setSortingEnabled(true);
    m_board->sortByColumn(QueueBoardModel::WaitingColumn, Qt::DescendingOrder);
    m_board->setAllColumnsShowFocus(true);
    m_board->setExpandsOnDoubleClick(true);
    m_board->header()->setStretchLastSection(true);
    m_board->setColumnWidth(QueueBoardModel::CustomerColumn, 170);
    m_board->setColumnWidth(QueueBoardModel::TierColumn, 70);
    m_board->setColumnWidth(QueueBoardModel::WaitingColumn, 70);
    m_board->setColumnWidth(QueueBoardModel::SlaColumn, 100);
    m_board->setColumnWidth(QueueBoardModel::OwnerColumn, 150);
    m_board->setColumnWidth(QueueBoardModel::ReasonColumn, 110);
    // The groups already say the channel.
    m_board->setColumnHidden(QueueBoardModel::ChannelColumn, true);
    m_board->installEventFilter(this);
    m_board->viewport()->installEventFilter(this);
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("boardEmpty"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    auto *boardBox = new QWidget(this);
    auto *boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    auto *boardTitle =
        new QLabel(tr("<b>&Queues</b> — drag a conversation onto an agent, or press the Menu key"), this);
    boardTitle->setBuddy(m_board);
    boardLayout->addWidget(boardTitle);
    boardLayout->addWidget(m_board, 1);
    boardLayout->addWidget(m_emptyHint);

    m_rosterProxy = new QSortFilterProxyModel(this);
    m_rosterProxy->setSourceModel(m_workspace.roster());
    m_rosterProxy->setSortRole(RosterModel::PresenceOrderRole);
    m_rosterProxy->sort(RosterModel::NameColumn);
    auto *roster = new RosterView(
        [this](qint64 conversationId, qint64 agentId) { askToAssign(conversationId, agentId); }, this);
    m_roster = roster;
    m_roster->setObjectName(QStringLiteral("roster"));
    m_roster->setModel(m_rosterProxy);
    m_roster->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roster->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roster->verticalHeader()->hide();
    // Widths from the font, not ResizeToContents: that measures every row again on each change,
    // which with hundreds of agents changing state is most of the GUI thread's time.
    const QFontMetrics metrics = m_roster->fontMetrics();
    m_roster->setColumnWidth(RosterModel::NameColumn,
                             metrics.horizontalAdvance(QStringLiteral("Administrator")) + 16);
    m_roster->setColumnWidth(RosterModel::PresenceColumn,
                             metrics.horizontalAdvance(RosterModel::presenceLabel(core::Presence::Available) +
                                                       QStringLiteral(" · 59 min")) +
                                 16);
    m_roster->setColumnWidth(RosterModel::LoadColumn,
                             metrics.horizontalAdvance(QStringLiteral("3/3 (+3 offered)")) + 16);
    m_roster->horizontalHeader()->setStretchLastSection(true);
    m_roster->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_roster->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_roster->setWordWrap(false);
    // From the keyboard: pick the conversation on the board, then Enter on the agent.
    connect(m_roster, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = currentConversationId())
            askToAssign(id, index.data(RosterModel::AgentIdRole).toLongLong());
        else
            showNotice(tr("Choose a conversation on the board first, then the agent."), false);
    });
    auto *rosterBox = new QWidget(this);
    auto *rosterLayout = new QVBoxLayout(rosterBox);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    auto *rosterTitle = new QLabel(tr("<b>&Agents</b> — Enter assigns the chosen conversation"), this);
    rosterTitle->setWordWrap(true);
    rosterTitle->setBuddy(m_roster);
    rosterLayout->addWidget(rosterTitle);
    rosterLayout->addWidget(m_roster, 1);

    m_approvals = new ApprovalsPanel(*m_workspace.approvals(), this);
    m_approvals->setObjectName(QStringLiteral("boardApprovals"));
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(rosterBox);
    side->addWidget(m_approvals);
    side->setChildrenCollapsible(false);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(boardBox);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 380});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_boardProxy, &sync::QueueBoardFilterModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_boardProxy->setStatusFilter(sync::QueueBoardFilterModel::Status(m_status->currentData().toInt()));
    });
    connect(m_sla, &QComboBox::currentIndexChanged, this, [this] {
        m_boardProxy->setSlaFilter(sync::QueueBoardFilterModel::SlaFilter(m_sla->currentData().toInt()));
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this,
            [this] { m_boardProxy->setChannelFilter(m_channel->currentData().toInt()); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_board, &QAbstractItemView::activated, this, &QueueBoard::onActivated);
    connect(m_boardProxy, &QAbstractItemModel::rowsInserted, this, &QueueBoard::expandNewGroups);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_boardProxy, signal, this, &QueueBoard::refreshEmptyHint);
    connect(m_boardProxy, &QAbstractItemModel::modelReset, this, [this] {
        expandEverything();
        refreshEmptyHint();
    });
    connect(m_boardProxy, &QAbstractItemModel::layoutChanged, this, &QueueBoard::refreshEmptyHint);
    connect(&m_workspace, &sync::SupervisorWorkspace::operationFailed, this, &QueueBoard::showError);
    connect(&m_workspace, &sync::SupervisorWorkspace::assigned, this, [this](qint64 conversationId) {
        const auto conversation = m_workspace.board()->conversation(conversationId);
        if (conversation && !conversation->assignedAgentName.isEmpty())
            showNotice(tr("%1 now has %2's conversation and reads your note first.")
                           .arg(conversation->assignedAgentName, conversation->customerName),
                       false);
        else
            showNotice(tr("Moved. Whoever takes it reads your note first."), false);
    });
    expandEverything();
    refreshEmptyHint();
}

QueueBoard::~QueueBoard() = default;

qint64 QueueBoard::currentConversationId() const
{
    return m_board->currentIndex().data(QueueBoardModel::ConversationIdRole).toLongLong();
}

void QueueBoard::expandNewGroups(const QModelIndex &parent, int first, int last)
{
    // Queue and channel groups open as they appear (a collapsed one stays as the supervisor left
    // it), their one line across the columns.
    if (parent.isValid() && parent.parent().isValid())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex group = m_boardProxy->index(row, 0, parent);
        m_board->setFirstColumnSpanned(row, parent, true);
        m_board->expand(group);
        for (int child = 0; !parent.isValid() && child < m_boardProxy->rowCount(group); ++child) {
            m_board->setFirstColumnSpanned(child, group, true);
            m_board->expand(m_boardProxy->index(child, 0, group));
        }
    }
}

void QueueBoard::expandEverything()
{
    if (const int queues = m_boardProxy->rowCount())
        expandNewGroups({}, 0, queues - 1);
}

void QueueBoard::refreshEmptyHint()
{
    const bool empty = m_boardProxy->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (empty)
        m_emptyHint->setText(
            m_boardProxy->isFiltering()
                ? tr("Nothing matches the search and filters. Clear them to see every conversation.")
                : tr("No conversation is waiting or in progress in your teams' queues."));
}

bool QueueBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && (watched == m_board || watched == m_board->viewport())) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        const bool byMouse = menuEvent->reason() == QContextMenuEvent::Mouse;
        QModelIndex index = byMouse && watched == m_board->viewport() ? m_board->indexAt(menuEvent->pos())
                                                                      : m_board->currentIndex();
        QPoint at = menuEvent->globalPos();
        if (!byMouse && index.isValid())
            at = m_board->viewport()->mapToGlobal(m_board->visualRect(index).center());
        if (index.isValid())
            m_board->setCurrentIndex(index);
        showBoardMenu(index, at);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QueueBoard::showBoardMenu(const QModelIndex &index, const QPoint &globalPosition)
{
    const qint64 id = index.data(QueueBoardModel::ConversationIdRole).toLongLong();
    const auto conversation = m_workspace.board()->conversation(id);
    if (!conversation)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("boardMenu"));
    QMenu *assign = menu.addMenu(tr("&Assign to"));
    QList<const core::RosterEntry *> agents;
    for (const core::RosterEntry &agent : m_workspace.roster()->rows())
        agents.append(&agent);
    std::stable_sort(agents.begin(), agents.end(),
                     [](const core::RosterEntry *a, const core::RosterEntry *b) {
                         if (a->hasRoom() != b->hasRoom())
                             return a->hasRoom();
                         return int(a->presence) < int(b->presence);
                     });
    for (const core::RosterEntry *agent : agents) {
        if (agent->agentId == conversation->assignedAgentId)
            continue;
        QAction *action = assign->addAction(tr("%1 — %2, %3/%4")
                                                .arg(agent->name, RosterModel::presenceLabel(agent->presence))
                                                .arg(agent->active)
                                                .arg(agent->capacity));
        // The server refuses agents who are away or offline; say so before it has to.
        action->setEnabled(agent->presence == core::Presence::Available ||
                           agent->presence == core::Presence::Busy);
        const qint64 agentId = agent->agentId;
        connect(action, &QAction::triggered, this, [this, id, agentId] { askToAssign(id, agentId); });
    }
    if (assign->isEmpty())
        assign->addAction(tr("Nobody else on your teams' roster"))->setEnabled(false);
    QMenu *move = menu.addMenu(tr("&Move to queue"));
    for (const auto &queue : m_workspace.queues()) {
        if (queue.name == conversation->queue)
            continue;
        QAction *action = move->addAction(tr("%1 (%2)").arg(queue.name, queue.teamName));
        const QString name = queue.name;
        connect(action, &QAction::triggered, this, [this, id, name] { askToMove(id, name); });
    }
    if (move->isEmpty())
        move->addAction(tr("No other queue"))->setEnabled(false);
    menu.addSeparator();
    QAction *watch = menu.addAction(tr("&Watch live"));
    connect(watch, &QAction::triggered, this, [this, id] { openViewer(id); });
    menu.exec(globalPosition);
}

void QueueBoard::onActivated(const QModelIndex &index)
{
    if (const qint64 id = index.data(QueueBoardModel::ConversationIdRole).toLongLong())
        openViewer(id);
}

void QueueBoard::askForNote(qint64 conversationId, const QString &title,
                            std::function<void(const QString &)> send)
{
    const auto conversation = m_workspace.board()->conversation(conversationId);
    if (!conversation)
        return;
    QString prefill = m_workspace.board()->summaryLine(*conversation);
    if (prefill.isEmpty() && conversation->handoff)
        prefill = sync::handoffReasonLabel(conversation->handoff->reason);
    if (prefill.isEmpty())
        prefill = conversation->lastMessage.section(QLatin1Char('\n'), 0, 0);
    if (m_noteDialog)
        m_noteDialog->close();
    m_noteDialog = new AssignNoteDialog(title, prefill, this);
    m_noteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_noteDialog, &QDialog::accepted, this,
            [this, dialog = m_noteDialog, send = std::move(send)] { send(dialog->note()); });
    m_noteDialog->open();
}

void QueueBoard::askToAssign(qint64 conversationId, qint64 agentId)
{
    const auto conversation = m_workspace.board()->conversation(conversationId);
    const core::RosterEntry *agent = m_workspace.roster()->agent(agentId);
    if (!conversation || !agent)
        return;
    if (conversation->assignedAgentId == agentId) {
        showNotice(tr("%1 already has this conversation.").arg(agent->name), false);
        return;
    }
    askForNote(conversationId,
               tr("Give %1's conversation to %2").arg(conversation->customerName, agent->name),
               [this, conversationId, agentId](const QString &note) {
                   m_workspace.assign(conversationId, agentId, note);
               });
}

void QueueBoard::askToMove(qint64 conversationId, const QString &queue)
{
    const auto conversation = m_workspace.board()->conversation(conversationId);
    if (!conversation)
        return;
    askForNote(conversationId, tr("Move %1's conversation to %2").arg(conversation->customerName, queue),
               [this, conversationId, queue](const QString &note) {
                   m_workspace.moveToQueue(conversationId, queue, note);
               });
}

void QueueBoard::openViewer(qint64 conversationId)
{
    for (auto *viewer : findChildren<ConversationViewer *>()) {
        if (viewer->conversationId() == conversationId) {
            viewer->raise();
            viewer->activateWindow();
            return;
        }
    }
    auto *viewer = new ConversationViewer(m_workspace, conversationId, this);
    viewer->show();
}

void QueueBoard::showNotice(const QString &text, bool problem)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("background: #fde0dc; color: #8c1d18;")
                                    : QStringLiteral("background: #e3f4e1; color: #1e5b26;"));
    m_notice->show();
}

void QueueBoard::showError(const QString &, const protocol::Error &error)
{
    showNotice(errorText(error), true);
}

} // namespace warmline::ui

#include "queueboard.moc"
