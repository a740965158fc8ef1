#include "ui/openinglineeditor.h"

#include "core/festival.h"
#include "sync/librarylinelistmodel.h"
#include "sync/openinglinelabels.h"
#include "sync/openinglinelistmodel.h"
#include "sync/openingversionlistmodel.h"
#include "sync/vocabularylabels.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimeZone>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::OpeningLineController;

QString openingErrorText(const protocol::Error &error)
{
    using protocol::ErrorCode;
    if (error.details.value(QStringLiteral("connectionLost")).toBool())
        return QObject::tr("You are offline. Wait until the status bar shows \"Live\", then try again.");
    const QString state = error.details.value(QStringLiteral("state")).toString();
    switch (error.code) {
    case ErrorCode::InvalidField:
        if (error.field == QLatin1StringView("payload.source"))
            return QObject::tr(
                       "The line has an error at character %1. Fix the part marked in red and save again.")
                .arg(error.details.value(QStringLiteral("position")).toInteger() + 1);
        if (error.field == QLatin1StringView("payload.endsAt"))
            return QObject::tr("The contest must end after it starts, and in the future. Change the dates.");
        return QObject::tr("Something you entered is not accepted. Check the fields and try again.");
    case ErrorCode::MissingField:
        return QObject::tr("Something is missing. Fill in every field and try again.");
    case ErrorCode::Forbidden:
        if (error.field == QLatin1StringView("payload.entryId"))
            return QObject::tr("Nobody scores their own entry. Another judge will score it.");
        return QObject::tr("Only supervisors and trainers can do this. Ask one of them.");
    case ErrorCode::NotFound:
        return QObject::tr("This no longer exists. The list has been refreshed; pick again.");
    case ErrorCode::InvalidState:
        if (state == QLatin1StringView("published"))
            return QObject::tr("The contest is already published. Its winners are in the team library.");
        if (state == QLatin1StringView("upcoming"))
            return QObject::tr("The contest has not started yet. Try again once it is open.");
        if (state == QLatin1StringView("judging"))
            return QObject::tr("The contest has ended and takes no more entries. Watch for the next one.");
        return QObject::tr("This cannot be done now: %1. Refresh and try again.").arg(error.message);
    case ErrorCode::RateLimited:
        return QObject::tr("Too many requests at once. Wait a moment and try again.");
    default:
        break;
    }
    return QObject::tr(
               "The server could not do this (%1). Try again; if it keeps happening, tell your supervisor.")
        .arg(protocol::errorCodeName(error.code));
}

namespace {

QTextCharFormat tokenFormat(core::TemplateToken::Kind kind, const QPalette &palette)
{
    QTextCharFormat format;
    using Kind = core::TemplateToken::Kind;
    switch (kind) {
    case Kind::Text:
        break;
    case Kind::Escape:
        format.setForeground(palette.color(QPalette::PlaceholderText));
        format.setFontItalic(true);
        break;
    case Kind::VariableBrace:
    case Kind::VariableName:
        format.setForeground(QColor(0x1d, 0x5f, 0xbf));
        format.setFontWeight(QFont::DemiBold);
        break;
    case Kind::UnknownName:
    case Kind::Stray:
        format.setForeground(QColor(0xc0, 0x1c, 0x28));
        format.setFontWeight(QFont::DemiBold);
        break;
    case Kind::FallbackSeparator:
        format.setForeground(QColor(0x6b, 0x6b, 0x6b));
        format.setFontWeight(QFont::Bold);
        break;
    case Kind::SectionBracket:
        format.setForeground(QColor(0x8a, 0x3f, 0xb8));
        format.setFontWeight(QFont::Bold);
        break;
    }
    return format;
}

} // namespace

// ---- TemplateHighlighter ---------------------------------------------------------------------

TemplateHighlighter::TemplateHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    const QString source = document()->toPlainText();
    if (source != m_parsed.source || m_parsed.tokens.isEmpty())
        m_parsed = core::parseOpeningLine(source);
    const qsizetype offset = currentBlock().position();
    const qsizetype end = offset + text.size();
    QList<QTextCharFormat> formats(text.size());
    for (const auto &[position, length] : m_parsed.sections()) {
        for (qsizetype i = std::max(position, offset); i < std::min(position + length, end); ++i)
            formats[i - offset].setBackground(QColor(0xf3, 0xec, 0xfa));
    }
    const QPalette palette = document()->parent() && document()->parent()->isWidgetType()
                                 ? static_cast<QWidget *>(document()->parent())->palette()
                                 : QPalette();
    for (const core::TemplateToken &token : m_parsed.tokens) {
        const QTextCharFormat format = tokenFormat(token.kind, palette);
        for (qsizetype i = std::max(token.position, offset); i < std::min(token.position + token.length, end);
             ++i)
            formats[i - offset].merge(format);
    }
    for (const core::TemplateDiagnostic &diagnostic : m_parsed.diagnostics) {
        const qsizetype length = std::max<qsizetype>(diagnostic.length, 1);
        const qsizetype from = std::min(diagnostic.position, std::max<qsizetype>(source.size() - 1, 0));
        for (qsizetype i = std::max(from, offset); i < std::min(from + length, end); ++i) {
            formats[i - offset].setUnderlineStyle(QTextCharFormat::WaveUnderline);
            formats[i - offset].setUnderlineColor(diagnostic.isError() ? QColor(0xc0, 0x1c, 0x28)
                                                                       : QColor(0xd9, 0x8e, 0x04));
        }
    }
    for (qsizetype i = 0; i < formats.size(); ++i)
        setFormat(int(i), 1, formats.at(i));
}

// ---- TemplateEdit ----------------------------------------------------------------------------

TemplateEdit::TemplateEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    m_highlighter = new TemplateHighlighter(document());
    auto *model = new QStandardItemModel(this);
    for (const core::OpeningVariable &variable : core::openingVariables()) {
        auto *item = new QStandardItem(QStringLiteral("%1 — %2").arg(variable.name, variable.description()));
        item->setData(variable.name, Qt::UserRole);
        item->setToolTip(variable.description());
        model->appendRow(item);
    }
    m_completer = new QCompleter(model, this);
    m_completer->setCompletionRole(Qt::UserRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("variableCompletions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateEdit::insertCompletion);
}

std::optional<std::pair<int, QString>> TemplateEdit::nameBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString block = cursor.block().text();
    int at = cursor.positionInBlock();
    int start = at;
    while (start > 0 && (block.at(start - 1).isLetterOrNumber() || block.at(start - 1) == QLatin1Char('_')) &&
           block.at(start - 1).unicode() < 128)
        --start;
    int brace = start;
    while (brace > 0 && block.at(brace - 1) == QLatin1Char(' '))
        --brace;
    if (brace == 0 || block.at(brace - 1) != QLatin1Char('{'))
        return std::nullopt;
    if (brace >= 2 && block.at(brace - 2) == QLatin1Char('\\'))
        return std::nullopt; // \{ is a brace, not a variable
    return std::pair{start, block.mid(start, at - start)};
}

void TemplateEdit::updateCompletion()
{
    const auto name = nameBeforeCursor();
    if (!name) {
        m_completer->popup()->hide();
        return;
    }
    if (name->second != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(name->second);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void TemplateEdit::insertCompletion(const QString &name)
{
    const auto typed = nameBeforeCursor();
    QTextCursor cursor = textCursor();
    if (typed)
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed->second.size()));
    cursor.insertText(name);
    const QString after = cursor.block().text().mid(cursor.positionInBlock());
    const QString rest = after.trimmed();
    if (!rest.startsWith(QLatin1Char('}')) && !rest.startsWith(QLatin1Char('|')))
        cursor.insertText(QStringLiteral("}"));
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

void TemplateEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes them
            return;
        default:
            break;
        }
    }
    const bool force = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!force)
        QPlainTextEdit::keyPressEvent(event);
    if (force || !event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

// ---- Library import --------------------------------------------------------------------------

namespace {

class LibraryDialog final : public QDialog
{
public:
    LibraryDialog(OpeningLineController &controller, QWidget *parent)
        : QDialog(parent)
        , m_controller(controller)
    {
        setObjectName(QStringLiteral("libraryDialog"));
        setWindowTitle(tr("Team library"));
        auto *layout = new QVBoxLayout(this);
        auto *intro = new QLabel(tr("Winning lines of your team's contests. Adopt one to get your own copy; "
                                    "change the copy as you like — the library keeps the original."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_model = new sync::LibraryLineListModel(this);
        m_list = new QListView(this);
        m_list->setModel(m_model);
        m_list->setObjectName(QStringLiteral("libraryList"));
        m_list->setHorizontalScrollBarPolicy(
            Qt::ScrollBarAlwaysOff); // cut with "…"; the tooltip has it whole
        m_list->setTextElideMode(Qt::ElideRight);
        layout->addWidget(m_list, 1);
        m_source = new QLabel(this);
        m_source->setWordWrap(true);
        m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_source);
        m_status = new QLabel(this);
        m_status->setWordWrap(true);
        layout->addWidget(m_status);
        auto *buttons = new QDialogButtonBox(this);
        m_adopt = buttons->addButton(tr("Adopt"), QDialogButtonBox::ActionRole);
        m_adoptAndUse = buttons->addButton(tr("Adopt and use"), QDialogButtonBox::ActionRole);
        m_adopt->setObjectName(QStringLiteral("adoptButton"));
        buttons->addButton(QDialogButtonBox::Close);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_adopt, &QPushButton::clicked, this, [this] { adopt(false); });
        connect(m_adoptAndUse, &QPushButton::clicked, this, [this] { adopt(true); });
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &LibraryDialog::showCurrent);
        connect(&m_controller, &OpeningLineController::libraryChanged, this, &LibraryDialog::rebuild);
        m_controller.reloadLibrary();
        rebuild();
        resize(620, 440);
    }

    qint64 adoptedLineId() const { return m_adoptedLineId; }

private:
    void rebuild()
    {
        m_model->setLibrary(m_controller.library());
        if (m_controller.library().isEmpty())
            m_status->setText(
                tr("The team library is empty. Winning lines appear here once a contest is published."));
        m_list->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    }

    void showCurrent()
    {
        const auto *line = m_model->rowAt(m_list->currentIndex());
        m_adopt->setEnabled(line);
        m_adoptAndUse->setEnabled(line);
        m_source->setText(line ? line->source : QString());
    }

    void adopt(bool use)
    {
        const auto *line = m_model->rowAt(m_list->currentIndex());
        if (!line)
            return;
        m_adopt->setEnabled(false);
        m_adoptAndUse->setEnabled(false);
        m_controller.adopt(line->id, use, [this](const sync::Answer<protocol::OpeningLineReply> &reply) {
            if (!reply.ok()) {
                m_status->setText(openingErrorText(reply.error));
                showCurrent();
                return;
            }
            m_adoptedLineId = reply->line.id;
            accept();
        });
    }

    OpeningLineController &m_controller;
    sync::LibraryLineListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_adopt = nullptr;
    QPushButton *m_adoptAndUse = nullptr;
    qint64 m_adoptedLineId = 0;
};

} // namespace

// ---- OpeningLineEditor -----------------------------------------------------------------------

OpeningLineEditor::OpeningLineEditor(OpeningLineController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("openingLineEditor"));
    setWindowTitle(tr("Opening lines"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Your lines"), left));
    m_lineModel = new sync::OpeningLineListModel(this);
    m_list = new QListView(left);
    m_list->setModel(m_lineModel);
    m_list->setObjectName(QStringLiteral("openingLineList"));
    // A long line is cut with "…" (its tooltip has it whole) rather than scrolling the list sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    leftLayout->addWidget(m_list, 1);
    auto *newChat = new QPushButton(tr("New chat line"), left);
    newChat->setObjectName(QStringLiteral("newChatLine"));
    auto *newPhone = new QPushButton(tr("New phone script"), left);
    auto *import = new QPushButton(tr("Import from library…"), left);
    import->setObjectName(QStringLiteral("importFromLibrary"));
    // Enter belongs to the editor fields, never to these buttons.
    for (QPushButton *button : {newChat, newPhone, import})
        button->setAutoDefault(false);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(newChat);
    newRow->addWidget(newPhone);
    leftLayout->addLayout(newRow);
    leftLayout->addWidget(import);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(right);
    m_title->setObjectName(QStringLiteral("openingTitle"));
    m_title->setMaxLength(60);
    m_title->setPlaceholderText(tr("A name only you see, e.g. “Afternoon, with the order”"));
    m_kind = new QLabel(right);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Used in"), m_kind);
    rightLayout->addLayout(form);

    m_source = new TemplateEdit(right);
    m_source->setObjectName(QStringLiteral("openingSource"));
    m_source->setPlaceholderText(
        tr("{greeting}，{customer_name|朋友}！[您的{latest_product}用得还顺手吗？]"));
    m_source->setMaximumHeight(90);
    rightLayout->addWidget(m_source);
    // A real variable in the example: a placeholder like {name} invites made-up (or translated)
    // variable names, which the parser refuses.
    auto *hint = new QLabel(tr("Type { for the list of variables (Ctrl+Space shows it again). When a value "
                               "may be missing, give a fallback after |, e.g. {customer_name|there}; "
                               "[ … ] shows a part only when its values are known."),
                            right);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    rightLayout->addWidget(hint);
    m_diagnostics = new QLabel(right);
    m_diagnostics->setObjectName(QStringLiteral("openingDiagnostics"));
    m_diagnostics->setWordWrap(true);
    m_diagnostics->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_diagnostics);

    auto *previewBox = new QGroupBox(tr("Preview"), right);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QLabel(previewBox);
    m_preview->setObjectName(QStringLiteral("openingPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    previewLayout->addWidget(m_preview);
    rightLayout->addWidget(previewBox);

    m_outcomes = new QLabel(right);
    m_outcomes->setObjectName(QStringLiteral("openingOutcomes"));
    m_outcomes->setWordWrap(true);
    rightLayout->addWidget(m_outcomes);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), right);
    m_save->setObjectName(QStringLiteral("saveOpeningLine"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save as a new version (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_activate = new QPushButton(right);
    m_activate->setObjectName(QStringLiteral("activateOpeningLine"));
    m_delete = new QPushButton(tr("Delete"), right);
    actions->addWidget(m_save);
    actions->addWidget(m_activate);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    rightLayout->addLayout(actions);

    rightLayout->addWidget(new QLabel(tr("Version history"), right));
    m_versionModel = new sync::OpeningVersionListModel(this);
    m_versions = new QListView(right);
    m_versions->setModel(m_versionModel);
    m_versions->setObjectName(QStringLiteral("openingVersions"));
    m_versions->setMaximumHeight(110);
    rightLayout->addWidget(m_versions);
    m_restore = new QPushButton(tr("Put this version in the editor"), right);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);
    rightLayout->addLayout(restoreRow);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("openingStatus"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    for (QPushButton *button : {m_activate, m_delete, m_restore})
        button->setAutoDefault(false);
    m_save->setDefault(true); // Enter in the title saves

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(newChat, &QPushButton::clicked, this, [this] { startNew(QStringLiteral("chat")); });
    connect(newPhone, &QPushButton::clicked, this, [this] { startNew(QStringLiteral("phone")); });
    connect(import, &QPushButton::clicked, this, &OpeningLineEditor::importFromLibrary);
    connect(m_save, &QPushButton::clicked, this, &OpeningLineEditor::save);
    connect(m_activate, &QPushButton::clicked, this, &OpeningLineEditor::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &OpeningLineEditor::removeLine);
    connect(m_restore, &QPushButton::clicked, this, &OpeningLineEditor::restoreVersion);
    connect(m_versions, &QListView::doubleClicked, this, &OpeningLineEditor::restoreVersion);
    connect(m_versions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_restore->setEnabled(current.isValid()); });
    connect(m_source, &QPlainTextEdit::textChanged, this, &OpeningLineEditor::onSourceChanged);
    connect(m_title, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(isModified()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(sync::OpeningLineListModel::LineIdRole).toLongLong();
        if (id == m_lineId)
            return;
        if (!confirmLeave()) {
            rebuildList();
            return;
        }
        showLine(id);
    });
    connect(&m_controller, &OpeningLineController::linesChanged, this, [this] {
        // Lines that arrive while the editor still shows an untouched blank start on the first one.
        if (m_lineId == 0 && m_source->toPlainText().isEmpty() && m_title->text().isEmpty() &&
            !m_controller.lines().isEmpty())
            showLine(m_controller.lines().constFirst().id);
        else
            rebuildList();
    });
    connect(&m_controller, &OpeningLineController::contextChanged, this, &OpeningLineEditor::refreshPreview);

    rebuildList();
    if (!m_controller.lines().isEmpty())
        showLine(m_controller.lines().constFirst().id);
    else
        startNew(QStringLiteral("chat"));
    resize(980, 720);
}

QList<std::pair<QString, core::OpeningContext>> OpeningLineEditor::sampleCustomers(const QDateTime &now,
                                                                                   const QString &agentName)
{
    QList<std::pair<QString, core::OpeningContext>> samples;
    core::OpeningContext fresh;
    fresh.now = now;
    fresh.customerName = QStringLiteral("陈晓");
    fresh.tier = QStringLiteral("standard");
    fresh.agentName = agentName;
    fresh.channel = core::Channel::Web;
    samples.append({tr("New customer, no orders yet"), fresh});

    core::OpeningContext vip;
    vip.now = now;
    vip.customerName = QStringLiteral("王芳");
    vip.honorific = core::Honorific::Ms;
    vip.tier = QStringLiteral("vip");
    vip.latestProduct = QStringLiteral("空气炸锅");
    vip.deliveredOn = now.date().addDays(-1);
    vip.agentName = agentName;
    vip.channel = core::Channel::WeChat;
    samples.append({tr("VIP customer, air fryer delivered yesterday"), vip});

    QDate day = now.date();
    for (int i = 0; i < 400 && core::festivalOn(day) != core::Festival::MidAutumn; ++i)
        day = day.addDays(1);
    core::OpeningContext festival;
    festival.now = QDateTime(day, QTime(10, 30), now.timeZone());
    festival.customerName = QStringLiteral("李明");
    festival.tier = QStringLiteral("gold");
    festival.latestProduct = QStringLiteral("月饼礼盒");
    festival.deliveredOn = day.addDays(-3);
    festival.agentName = agentName;
    festival.channel = core::Channel::App;
    samples.append(
        {tr("Gold member at the Mid-Autumn Festival (%1, 10:30)").arg(sync::dateLabel(day)), festival});
    return samples;
}

bool OpeningLineEditor::isModified() const
{
    return m_source->toPlainText() != m_savedSource || m_title->text().trimmed() != m_savedTitle;
}

void OpeningLineEditor::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#c01c28") : QString());
}

void OpeningLineEditor::rebuildList()
{
    m_lineModel->setLines(m_controller.lines(), m_lineId == 0 ? std::optional(m_channelKind) : std::nullopt);
    const QModelIndex current = m_lineModel->indexOfKey(m_lineId);
    if (current.isValid())
        m_list->setCurrentIndex(current);
    // The details of the line on screen follow the server (versions, outcomes, active).
    const auto line = m_controller.line(m_lineId);
    if (m_lineId && !line) {
        showLine(m_controller.lines().isEmpty() ? 0 : m_controller.lines().constFirst().id);
        return;
    }
    m_versionModel->setVersions(line ? line->versions : QList<OpeningLineController::Version>());
    // No version is chosen after a refresh, so Restore never acts on a pick made in an older list.
    m_versions->setCurrentIndex({});
    m_versions->clearSelection();
    if (line) {
        m_outcomes->setText(sync::outcomeText(line->outcomes));
        if (!isModified()) {
            m_savedSource = line->source;
            m_savedTitle = line->title;
        }
    } else {
        m_outcomes->setText(tr("Save the line to start counting how customers respond to it."));
    }
    m_restore->setEnabled(false);
    m_delete->setEnabled(line.has_value());
    m_activate->setEnabled(line.has_value());
    // A line greets the customers who speak its language; each language keeps its own active line.
    const QString language = core::openingLineLanguage(m_source->toPlainText());
    m_activate->setText(line && line->active ? tr("Stop using it")
                        : m_channelKind == QLatin1StringView("phone")
                            ? tr("Use for phone calls with %1").arg(sync::lineLanguageLabel(language))
                            : tr("Use for chats with %1").arg(sync::lineLanguageLabel(language)));
    m_kind->setText(m_channelKind == QLatin1StringView("phone") ? tr("Phone calls (a script you read out)")
                                                                : tr("Chat: web, app, WeChat and SMS"));
    m_save->setEnabled(isModified() || m_lineId == 0);
}

void OpeningLineEditor::selectLine(qint64 lineId)
{
    showLine(lineId);
}

void OpeningLineEditor::showLine(qint64 lineId)
{
    const auto line = m_controller.line(lineId);
    if (!line) {
        startNew(QStringLiteral("chat"));
        return;
    }
    m_lineId = line->id;
    m_channelKind = line->channelKind;
    m_savedSource = line->source;
    m_savedTitle = line->title;
    {
        const QSignalBlocker blocker(m_title);
        m_title->setText(line->title);
    }
    m_source->setPlainText(line->source);
    setStatus({});
    rebuildList();
    refreshPreview();
}

void OpeningLineEditor::startNew(const QString &channelKind)
{
    if (m_lineId != 0 || isModified()) {
        if (!confirmLeave())
            return;
    }
    m_lineId = 0;
    m_channelKind = channelKind;
    m_savedSource.clear();
    m_savedTitle.clear();
    {
        const QSignalBlocker blocker(m_title);
        m_title->clear();
    }
    m_source->clear();
    m_source->setFocus();
    setStatus(tr("Write your line, then save it."));
    rebuildList();
    refreshPreview();
}

bool OpeningLineEditor::confirmLeave()
{
    if (!isModified() || (m_lineId == 0 && m_source->toPlainText().trimmed().isEmpty()))
        return true;
    return QMessageBox::question(
               this, tr("Unsaved changes"), tr("This line has changes that are not saved. Discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void OpeningLineEditor::onSourceChanged()
{
    const core::ParsedTemplate parsed = core::parseOpeningLine(m_source->toPlainText());
    QStringList rows;
    for (const core::TemplateDiagnostic &diagnostic : parsed.diagnostics) {
        const QString colour = diagnostic.isError() ? QStringLiteral("#c01c28") : QStringLiteral("#9a6200");
        const QString label = diagnostic.isError() ? tr("Error") : tr("Check");
        rows.append(QStringLiteral("<span style=\"color:%1\"><b>%2</b> ").arg(colour, label) +
                    tr("at character %1").arg(diagnostic.position + 1).toHtmlEscaped() +
                    QStringLiteral(":</span> ") + diagnostic.message.toHtmlEscaped());
    }
    m_diagnostics->setText(rows.join(QStringLiteral("<br>")));
    m_diagnostics->setVisible(!rows.isEmpty());
    m_save->setEnabled(isModified() || m_lineId == 0);
    refreshPreview();
}

void OpeningLineEditor::refreshPreview()
{
    const QString source = m_source->toPlainText();
    const core::ParsedTemplate parsed = core::parseOpeningLine(source);
    QStringList html;
    QStringList plain;
    auto row = [&](const QString &who, const core::OpeningContext &context) {
        const core::RenderedLine rendered = core::renderOpeningLine(parsed, context);
        QString line = QStringLiteral("<b>%1</b><br>").arg(who.toHtmlEscaped());
        QString text = rendered.text;
        if (!rendered.usable()) {
            QString why;
            if (rendered.invalidTemplate)
                why = tr("fix the errors above first");
            else if (!rendered.missingVariables.isEmpty())
                why = tr("no value for %1 — Warmline offers your next line of this kind instead")
                          .arg(rendered.missingVariables.join(QStringLiteral(", ")));
            else if (rendered.tooLong)
                why = tr("longer than %1 characters").arg(core::maxRenderedLength);
            else
                why = tr("nothing to say");
            line += QStringLiteral("%1 <span style=\"color:#9a6200\">(%2)</span>")
                        .arg(text.toHtmlEscaped(), tr("not usable: %1").arg(why).toHtmlEscaped());
        } else {
            line += QStringLiteral("<span style=\"font-size:large\">%1</span>").arg(text.toHtmlEscaped());
        }
        html.append(line);
        plain.append(who + QStringLiteral(": ") + text);
    };
    if (source.trimmed().isEmpty()) {
        m_preview->setText(
            tr("Write a line above to see it for the customer on screen and three sample customers."));
        m_previewPlain.clear();
        return;
    }
    if (const auto current = m_controller.currentContext())
        row(tr("Customer on screen: %1").arg(current->customerName), *current);
    else
        html.append(tr("<i>No conversation open — open one to see the line for that customer.</i>"));
    QString agentName = m_controller.currentContext() ? m_controller.currentContext()->agentName : QString();
    for (const auto &[who, context] : sampleCustomers(QDateTime::currentDateTime(), agentName))
        row(who, context);
    m_preview->setText(html.join(QStringLiteral("<br><br>")));
    m_previewPlain = plain.join(QLatin1Char('\n'));
}

QString OpeningLineEditor::previewText() const
{
    return m_previewPlain;
}

void OpeningLineEditor::save()
{
    const QString source = m_source->toPlainText();
    const core::ParsedTemplate parsed = core::parseOpeningLine(source);
    if (source.trimmed().isEmpty()) {
        setStatus(tr("Write the line first."), true);
        return;
    }
    if (!parsed.isValid()) {
        setStatus(tr("Fix the errors marked in red, then save."), true);
        return;
    }
    const QString title = m_title->text().trimmed();
    m_save->setEnabled(false);
    setStatus(tr("Saving…"));
    m_controller.save(m_lineId, m_channelKind, title, source,
                      [this, source, title](const sync::Answer<protocol::OpeningSaveReply> &reply) {
                          if (!reply.ok()) {
                              setStatus(openingErrorText(reply.error), true);
                              m_save->setEnabled(true);
                              return;
                          }
                          const protocol::OpeningLine &line = reply->line;
                          m_lineId = line.id;
                          m_savedSource = source;
                          m_savedTitle = line.title;
                          if (title.isEmpty()) {
                              const QSignalBlocker blocker(m_title);
                              m_title->setText(m_savedTitle);
                          }
                          setStatus(tr("Saved as version %1.").arg(line.version));
                          rebuildList();
                      });
}

void OpeningLineEditor::toggleActive()
{
    const auto line = m_controller.line(m_lineId);
    if (!line)
        return;
    m_controller.activate(
        line->id, !line->active,
        [this, active = !line->active](const sync::Answer<protocol::OpeningLineReply> &reply) {
            if (!reply.ok()) {
                setStatus(openingErrorText(reply.error), true);
                return;
            }
            setStatus(active ? tr("In use: it goes into the reply box when you accept a conversation.")
                             : tr("Not in use any more. Conversations start with an empty reply box."));
        });
}

void OpeningLineEditor::removeLine()
{
    const auto line = m_controller.line(m_lineId);
    if (!line)
        return;
    if (QMessageBox::question(
            this, tr("Delete line"),
            tr("Delete “%1”? Its numbers stay in contests it took part in.").arg(line->title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_controller.remove(line->id, [this](const sync::Answer<protocol::OpeningDeleteReply> &reply) {
        if (!reply.ok())
            setStatus(openingErrorText(reply.error), true);
        else
            setStatus(tr("Deleted."));
    });
}

void OpeningLineEditor::restoreVersion()
{
    const QModelIndex current = m_versions->currentIndex();
    if (!current.isValid())
        return;
    m_source->setPlainText(current.data(sync::OpeningVersionListModel::SourceRole).toString());
    setStatus(tr("That version is in the editor. Save to make it the current version again."));
}

void OpeningLineEditor::importFromLibrary()
{
    if (!confirmLeave())
        return;
    LibraryDialog dialog(m_controller, this);
    if (dialog.exec() == QDialog::Accepted && dialog.adoptedLineId()) {
        // The controller has reloaded the list by the time the adoption is acknowledged.
        showLine(dialog.adoptedLineId());
        setStatus(tr("Adopted. It is your own copy now: change it as you like."));
    }
}

} // namespace warmline::ui
