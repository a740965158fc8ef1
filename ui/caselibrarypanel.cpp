#include "ui/caselibrarypanel.h"

#include "sync/caselibrary.h"
#include "ui/channelpresentation.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString senderText(const protocol::CaseMessageInfo &message)
{
    switch (message.sender) {
    case core::Sender::Customer:
        return QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "Customer");
    case core::Sender::Bot:
        return QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "Bot");
    case core::Sender::Agent:
        return message.author;
    case core::Sender::System:
        return QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "System");
    }
    return message.author;
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

QString transcriptHtml(const QList<protocol::CaseMessageInfo> &transcript)
{
    QString html;
    for (const protocol::CaseMessageInfo &message : transcript) {
        const bool customer = message.sender == core::Sender::Customer;
        html += QStringLiteral("<p style='margin:2px 0;'><span style='color:%1; font-weight:600;'>%2</span>"
                               "&nbsp;&nbsp;%3</p>")
                    .arg(customer ? QStringLiteral("#7a4b00") : QStringLiteral("#1f4e8c"),
                         senderText(message).toHtmlEscaped(), paragraphs(message.body));
    }
    return html;
}

QString caseHtml(const protocol::CaseInfo &c)
{
    QString html = QStringLiteral("<h2 style='margin-bottom:2px;'>%1</h2>").arg(c.title.toHtmlEscaped());
    html += QStringLiteral("<p style='color:#555;'>%1</p>")
                .arg(QCoreApplication::translate("warmline::ui::CaseLibraryPanel",
                                                 "%1 · served by %2 · written up by %3 · %4")
                         .arg(channelLabel(c.channel), c.agentName.toHtmlEscaped(),
                              c.authorName.toHtmlEscaped(), when(c.createdAt)));
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : c.tags)
            tags.append(
                QStringLiteral("<span style='background:#e8def8; color:#3b1f74;'>&nbsp;%1&nbsp;</span>")
                    .arg(tag.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>").arg(tags.join(QStringLiteral(" ")));
    }
    const std::pair<QString, QString> sections[] = {
        {QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "What happened"), c.story},
        {QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "What was non-standard"),
         c.nonStandard},
        {QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "Outcome"), c.outcome},
        {QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "Lessons"), c.lessons},
    };
    for (const auto &[heading, text] : sections)
        html +=
            QStringLiteral("<h3 style='margin-bottom:0;'>%1</h3><p>%2</p>").arg(heading, paragraphs(text));
    html += QStringLiteral("<h3 style='margin-bottom:0;'>%1</h3><p style='color:#555;'>%2</p>")
                .arg(QCoreApplication::translate("warmline::ui::CaseLibraryPanel", "Transcript"),
                     QCoreApplication::translate("warmline::ui::CaseLibraryPanel",
                                                 "The customer's personal data is masked."));
    html += transcriptHtml(c.transcript);
    return html;
}

CaseLibraryPanel::CaseLibraryPanel(sync::CaseLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("caseLibraryPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Conversations where someone served outside the script and it "
                                "worked — written up so everyone can learn from them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Words in Chinese or English, e.g. 快递 延误 or damaged"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(int(protocol::maxCaseQueryLength));
    searchLabel->setBuddy(m_search);
    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    m_tags = new QComboBox(this);
    m_tags->setObjectName(QStringLiteral("caseTag"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tagLabel->setBuddy(m_tags);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    m_promote = new QPushButton(tr("&Promote a conversation…"), this);
    m_promote->setObjectName(QStringLiteral("promoteCase"));
    m_promote->setToolTip(tr("Turn a finished or bookmarked conversation into a case"));
    m_promote->setVisible(m_library.canPromote());
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(tagLabel);
    bar->addWidget(m_tags);
    bar->addWidget(m_count);
    bar->addWidget(m_promote);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setModel(m_library.cases());
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_view = new QTextBrowser(splitter);
    m_view->setObjectName(QStringLiteral("caseView"));
    m_view->setOpenLinks(false);
    m_view->setPlaceholderText(tr("Choose a case to read it."));
    splitter->setSizes({320, 640});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    refreshTags();
    refreshCount();

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &CaseLibraryPanel::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CaseLibraryPanel::search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            search(); // the clear button
    });
    connect(m_tags, &QComboBox::activated, this, &CaseLibraryPanel::search);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CaseLibraryPanel::caseChosen);
    connect(&m_library, &sync::CaseLibrary::listChanged, this, [this] {
        refreshTags();
        refreshCount();
    });
    connect(&m_library, &sync::CaseLibrary::searchFinished, this, [this] {
        refreshCount();
        if (!m_list->currentIndex().isValid() && m_library.cases()->rowCount() > 0)
            m_list->setCurrentIndex(m_library.cases()->index(0, 0));
    });
    connect(&m_library, &sync::CaseLibrary::caseOpened, this, [this](const protocol::CaseInfo &c) {
        if (c.id == m_shown)
            m_view->setHtml(caseHtml(c));
    });
    connect(&m_library, &sync::CaseLibrary::operationFailed, this,
            [this](const QString &operation, const protocol::Error &error) {
                if (operation == protocol::CaseSearchRequest::type ||
                    operation == protocol::CaseGetRequest::type)
                    m_count->setText(errorText(error));
            });
    connect(m_promote, &QPushButton::clicked, this, [this] {
        auto *dialog = new PromoteCaseDialog(m_library, 0, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(&m_library, &sync::CaseLibrary::promoted, this,
            [this](const protocol::CaseInfo &c) { openCase(c.id); });
}

void CaseLibraryPanel::showEvent(QShowEvent *event)
{
    // Whatever was added since the tab was last looked at.
    m_library.refresh();
    QWidget::showEvent(event);
}

void CaseLibraryPanel::search()
{
    m_typing.stop();
    m_library.search(m_search->text(), m_tags->currentData().toString());
}

void CaseLibraryPanel::refreshTags()
{
    const QString current = m_tags->currentData().toString();
    m_tags->clear();
    m_tags->addItem(tr("All tags"), QString());
    for (const protocol::TagCount &tag : m_library.tags())
        m_tags->addItem(tr("%1 (%2)").arg(tag.tag).arg(tag.count), tag.tag);
    const int index = m_tags->findData(current);
    m_tags->setCurrentIndex(index >= 0 ? index : 0);
}

void CaseLibraryPanel::refreshCount()
{
    const int shown = m_library.cases()->rowCount();
    if (m_library.query().isEmpty() && m_library.tag().isEmpty())
        m_count->setText(tr("%n case(s)", nullptr, m_library.total()));
    else
        m_count->setText(tr("%1 of %n case(s)", nullptr, m_library.total()).arg(shown));
}

void CaseLibraryPanel::caseChosen()
{
    const qint64 id = m_list->currentIndex().data(sync::CaseListModel::CaseIdRole).toLongLong();
    if (id == m_shown)
        return;
    m_shown = id;
    if (!id) {
        m_view->clear();
        return;
    }
    m_library.open(id);
}

void CaseLibraryPanel::openCase(qint64 caseId)
{
    const QModelIndex row = m_library.cases()->indexOfKey(caseId);
    if (row.isValid()) {
        m_list->setCurrentIndex(row);
        return;
    }
    m_list->clearSelection();
    m_shown = caseId;
    m_library.open(caseId);
}

CaseDialog::CaseDialog(sync::CaseLibrary &library, qint64 caseId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(tr("Case"));
    auto *layout = new QVBoxLayout(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("caseView"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
    connect(&library, &sync::CaseLibrary::caseOpened, this, [this, caseId](const protocol::CaseInfo &c) {
        if (c.id != caseId)
            return;
        setWindowTitle(tr("Case: %1").arg(c.title));
        m_view->setHtml(caseHtml(c));
    });
    connect(&library, &sync::CaseLibrary::operationFailed, this,
            [this](const QString &operation, const protocol::Error &error) {
                if (operation == protocol::CaseGetRequest::type)
                    m_view->setPlainText(errorText(error));
            });
    library.open(caseId);
}

QStringList PromoteCaseDialog::tagsFrom(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = protocol::normalizedCaseTag(part);
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

PromoteCaseDialog::PromoteCaseDialog(sync::CaseLibrary &library, qint64 conversationId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("promoteCaseDialog"));
    setWindowTitle(tr("Add to the case library"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Write up what happened so others can learn from it. The transcript goes "
                                "with the case; the customer's name, phone numbers, addresses and order "
                                "numbers are masked for everyone who reads it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *columns = new QHBoxLayout;
    auto *form = new QFormLayout;
    if (!conversationId) {
        m_candidates = new QComboBox(this);
        m_candidates->setObjectName(QStringLiteral("caseCandidates"));
        m_candidates->setModel(m_library.candidates());
        m_candidates->setMinimumContentsLength(30);
        m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_candidates->setCurrentIndex(-1);
        m_candidates->setPlaceholderText(tr("Choose a finished or bookmarked conversation"));
        form->addRow(tr("&Conversation"), m_candidates);
        connect(m_candidates, &QComboBox::activated, this, [this](int row) {
            choose(m_library.candidates()
                       ->index(row, 0)
                       .data(sync::CaseCandidateListModel::ConversationIdRole)
                       .toLongLong());
        });
        m_library.loadCandidates();
    }
    auto text = [this](const QString &name, const QString &placeholder, qsizetype max) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(56);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, max] {
            if (edit->toPlainText().size() > max)
                edit->setPlainText(edit->toPlainText().left(max));
            refreshActions();
        });
        return edit;
    };
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setMaxLength(int(protocol::maxCaseTitleLength));
    m_title->setPlaceholderText(tr("One line others will recognise"));
    form->addRow(tr("&Title"), m_title);
    m_story = text(QStringLiteral("caseStory"), tr("What happened"), protocol::maxCaseStoryLength);
    form->addRow(tr("&Story"), m_story);
    m_nonStandard = text(QStringLiteral("caseNonStandard"), tr("What was done outside the standard process"),
                         protocol::maxCaseSectionLength);
    form->addRow(tr("&Non-standard"), m_nonStandard);
    m_outcome = text(QStringLiteral("caseOutcome"), tr("How it ended for the customer"),
                     protocol::maxCaseSectionLength);
    form->addRow(tr("&Outcome"), m_outcome);
    m_lessons = text(QStringLiteral("caseLessons"), tr("What others can take from it"),
                     protocol::maxCaseSectionLength);
    form->addRow(tr("&Lessons"), m_lessons);
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(QStringLiteral("caseTags"));
    m_tagEdit->setPlaceholderText(tr("late_delivery, 老人关怀 — up to %1").arg(protocol::maxCaseTags));
    form->addRow(tr("T&ags"), m_tagEdit);
    columns->addLayout(form, 3);
    auto *previewColumn = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("Transcript as the case will carry it"), this);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    previewColumn->addWidget(previewTitle);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("casePreview"));
    m_preview->setPlaceholderText(tr("Choose a conversation to see its transcript, masked."));
    previewColumn->addWidget(m_preview, 1);
    columns->addLayout(previewColumn, 2);
    layout->addLayout(columns, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("promoteStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add to library"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PromoteCaseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_title, &QLineEdit::textChanged, this, &PromoteCaseDialog::refreshActions);
    connect(m_tagEdit, &QLineEdit::textChanged, this, &PromoteCaseDialog::refreshActions);
    connect(&m_library, &sync::CaseLibrary::previewReady, this,
            [this](const protocol::CasePreviewReply &preview) {
                if (preview.conversationId != m_conversationId)
                    return;
                m_previewed = true;
                m_preview->setHtml(transcriptHtml(preview.transcript));
                m_status->setText(preview.bookmarks > 0 ? tr("Served by %1 · %n moment(s) bookmarked",
                                                             nullptr, preview.bookmarks)
                                                              .arg(preview.agentName)
                                                        : tr("Served by %1").arg(preview.agentName));
                refreshActions();
            });
    connect(&m_library, &sync::CaseLibrary::operationFailed, this,
            [this](const QString &operation, const protocol::Error &error) {
                if (operation != protocol::CasePreviewRequest::type &&
                    operation != protocol::CasePromoteRequest::type)
                    return;
                m_sending = false;
                if (operation == protocol::CasePreviewRequest::type) {
                    m_previewed = false;
                    m_preview->clear();
                }
                m_status->setText(errorText(error));
                refreshActions();
            });
    connect(&m_library, &sync::CaseLibrary::promoted, this, [this](const protocol::CaseInfo &c) {
        if (m_sending && c.conversationId == m_conversationId)
            accept();
    });
    if (conversationId)
        choose(conversationId);
    refreshActions();
}

void PromoteCaseDialog::choose(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_previewed = false;
    m_preview->clear();
    m_status->clear();
    if (conversationId)
        m_library.preview(conversationId);
    refreshActions();
}

protocol::CasePromoteRequest PromoteCaseDialog::draft() const
{
    return {m_conversationId,
            m_title->text().trimmed(),
            m_story->toPlainText().trimmed(),
            m_nonStandard->toPlainText().trimmed(),
            m_outcome->toPlainText().trimmed(),
            m_lessons->toPlainText().trimmed(),
            tagsFrom(m_tagEdit->text())};
}

void PromoteCaseDialog::refreshActions()
{
    if (!m_ok)
        return; // still being built
    const protocol::CasePromoteRequest d = draft();
    const bool complete = !d.title.isEmpty() && !d.story.isEmpty() && !d.nonStandard.isEmpty() &&
                          !d.outcome.isEmpty() && !d.lessons.isEmpty() && !d.tags.isEmpty() &&
                          d.tags.size() <= protocol::maxCaseTags;
    m_ok->setEnabled(m_previewed && complete && !m_sending);
}

void PromoteCaseDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_sending = true;
    m_status->setText(tr("Adding…"));
    refreshActions();
    m_library.promote(draft());
}

} // namespace warmline::ui
