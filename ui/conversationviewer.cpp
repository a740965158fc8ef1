#include "ui/conversationviewer.h"

#include "sync/supervisorworkspace.h"
#include "sync/transcriptmodel.h"
#include "sync/vocabularylabels.h"
#include "ui/channelpresentation.h"
#include "ui/messagedelegate.h"

#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QShortcut>
#include <QVBoxLayout>

namespace warmline::ui {

ConversationViewer::ConversationViewer(sync::SupervisorWorkspace &workspace, qint64 conversationId,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_conversationId(conversationId)
{
    setObjectName(QStringLiteral("conversationViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("viewerHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);

    m_transcript = new QListView(this);
    m_transcript->setObjectName(QStringLiteral("viewerTranscript"));
    sync::TranscriptModel *model = m_workspace.watch(conversationId);
    m_transcript->setModel(model);
    m_transcript->setItemDelegate(new MessageDelegate(m_transcript));
    m_transcript->setResizeMode(QListView::Adjust);
    m_transcript->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcript->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcript->setWordWrap(true);
    layout->addWidget(m_transcript, 1);
    auto *hint = new QLabel(tr("Read-only: you are watching. Assign or move it from the queue board."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(model, &QAbstractItemModel::rowsInserted, m_transcript, &QListView::scrollToBottom);
    connect(model, &QAbstractItemModel::modelReset, m_transcript, &QListView::scrollToBottom);
    sync::QueueBoardModel *board = m_workspace.board();
    connect(board, &QAbstractItemModel::dataChanged, this, &ConversationViewer::refreshHeader);
    connect(board, &QAbstractItemModel::rowsMoved, this, &ConversationViewer::refreshHeader);
    connect(board, &QAbstractItemModel::rowsRemoved, this, &ConversationViewer::refreshHeader);
    auto *close = new QShortcut(QKeySequence::Cancel, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    refreshHeader();
    resize(560, 640);
}

ConversationViewer::~ConversationViewer()
{
    m_workspace.unwatch(m_conversationId);
}

void ConversationViewer::refreshHeader()
{
    const auto conversation = m_workspace.board()->conversation(m_conversationId);
    if (!conversation) {
        m_header->setText(tr("This conversation is no longer waiting or in progress."));
        return;
    }
    setWindowTitle(tr("Watching %1 — Warmline").arg(conversation->customerName));
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                 .arg(conversation->customerName, channelLabel(conversation->channel),
                      statusLabel(conversation->status));
    if (conversation->handoff)
        lines << tr("Why a person: %1 — %2")
                     .arg(sync::handoffReasonLabel(conversation->handoff->reason),
                          m_workspace.board()->summaryLine(*conversation));
    if (!conversation->assignedAgentName.isEmpty())
        lines << tr("With %1").arg(conversation->assignedAgentName);
    if (conversation->transfer && !conversation->transfer->note.isEmpty())
        lines << tr("%1's note: %2").arg(conversation->transfer->byAgentName, conversation->transfer->note);
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_header->text() != text)
        m_header->setText(text);
}

} // namespace warmline::ui
