#include "ui/suggestionspanel.h"

#include "sync/caselibrary.h"
#include "sync/suggestioncontroller.h"
#include "sync/vocabularylabels.h"

#include <cmath>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

QString sourceText(const assist::Suggestion &suggestion)
{
    switch (suggestion.source) {
    case assist::SuggestionSource::Intent:
        return SuggestionsPanel::tr("reply template");
    case assist::SuggestionSource::Article:
        return SuggestionsPanel::tr("knowledge-base article");
    case assist::SuggestionSource::PastReply:
        return SuggestionsPanel::tr("past reply");
    }
    return {};
}

int percent(double value)
{
    return int(std::lround(value * 100));
}

} // namespace

SuggestionCard::SuggestionCard(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    // Reachable with Tab from the reply box, chosen with Enter or Space, with a visible focus frame.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    // The caption is cut to the card's width rather than widening the row past the window.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    // Neither the text nor the caption may widen the card: their length would move the splitter and
    // the reply box whenever new suggestions arrive (the text is cut to fit, see refit()).
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Three lines are enough to recognise a reply; the tooltip and the composer show all of it.
    // Measured on Chinese and Latin text together: Han glyphs come from a fallback font whose lines are
    // taller than the interface font's own line spacing.
    m_text->setFixedHeight(m_text->fontMetrics()
                               .boundingRect(QRect(0, 0, 4000, 4000), 0, QStringLiteral("国Ag\n国Ag\n国Ag"))
                               .height() +
                           2);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingSlots"));
    m_missing->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_missing->setFont(small);
    m_missing->setWordWrap(true);
    // Space is kept for it, so a card does not change height when a suggestion has blanks to fill.
    QSizePolicy keep(QSizePolicy::Ignored, QSizePolicy::Preferred);
    keep.setRetainSizeWhenHidden(true);
    m_missing->setSizePolicy(keep);
    layout->addWidget(m_caption);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_missing);
}

void SuggestionCard::present(const QString &caption, const QString &text, const QString &missing,
                             const QString &why)
{
    m_fullCaption = caption;
    m_fullText = text;
    refit();
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    setToolTip(QStringLiteral("<p>%1</p><p><i>%2</i></p>").arg(text.toHtmlEscaped(), why.toHtmlEscaped()));
    setAccessibleName(caption);
    setAccessibleDescription(why);
    QFrame::show();
}

QString SuggestionCard::shownText() const
{
    return m_text->text();
}

QString SuggestionCard::fitToLines(const QString &text, const QFont &font, int width, int lines)
{
    if (width <= 0 || lines <= 0)
        return text;
    // QTextLayout breaks lines as the label's word wrap does (Chinese included), so the lines found
    // here are the lines the label shows; the last one is cut with an ellipsis.
    QTextLayout layout(text, font);
    layout.beginLayout();
    int lastStart = 0;
    int count = 0;
    bool more = false;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (count == lines) {
            more = true;
            break;
        }
        if (count == lines - 1)
            lastStart = line.textStart();
        ++count;
    }
    layout.endLayout();
    if (!more)
        return text;
    const QString last =
        QFontMetrics(font).elidedText(text.mid(lastStart).simplified(), Qt::ElideRight, width);
    return text.left(lastStart) + last;
}

void SuggestionCard::refit()
{
    m_caption->setText(QFontMetrics(m_caption->font())
                           .elidedText(m_fullCaption, Qt::ElideRight, m_caption->contentsRect().width()));
    m_text->setText(fitToLines(m_fullText, m_text->font(), m_text->contentsRect().width(), textLines));
}

void SuggestionCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    refit();
}

void SuggestionCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void SuggestionCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

void SuggestionCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

SuggestionsPanel::SuggestionsPanel(sync::SuggestionController &controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("suggestionsStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // Its text changes with every state; it must not push the splitter when it grows.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (int i = 0; i < cardCount; ++i) {
        auto *card = new SuggestionCard(this);
        card->setObjectName(QStringLiteral("suggestion%1").arg(i + 1));
        // The row keeps its height with or without suggestions: the reply box never jumps under the
        // agent's pointer when a customer writes.
        QSizePolicy keep = card->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        card->setSizePolicy(keep);
        connect(card, &SuggestionCard::clicked, this, [this, i] { choose(i); });
        row->addWidget(card, 1);
        m_cards.append(card);

        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        shortcut->setShortcutContext(Qt::WindowShortcut);
        connect(shortcut, &QAction::triggered, this, [this, i] { choose(i); });
        addAction(shortcut);
    }
    layout->addLayout(row);
    m_related = new QLabel(this);
    m_related->setObjectName(QStringLiteral("relatedCase"));
    m_related->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_related->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_related->setMinimumWidth(0);
    m_related->hide();
    connect(m_related, &QLabel::linkActivated, this,
            [this](const QString &link) { emit caseRequested(link.toLongLong()); });
    layout->addWidget(m_related);
    auto *showNewer = new QAction(this);
    showNewer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    showNewer->setShortcutContext(Qt::WindowShortcut);
    connect(showNewer, &QAction::triggered, this, &SuggestionsPanel::showNewerSuggestions);
    addAction(showNewer);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_status, &QLabel::linkActivated, this, &SuggestionsPanel::showNewerSuggestions);
    connect(&m_controller, &sync::SuggestionController::suggestionsChanged, this,
            &SuggestionsPanel::onSuggestionsChanged);
    connect(&m_controller, &sync::SuggestionController::engineStateChanged, this, &SuggestionsPanel::rebuild);
    connect(qApp, &QApplication::focusChanged, this, [this] { releaseIfIdle(); });
    rebuild();
}

void SuggestionsPanel::setReplyBox(QWidget *replyBox)
{
    m_replyBox = replyBox;
}

bool SuggestionsPanel::isHeld() const
{
    const QWidget *focus = QApplication::focusWidget();
    const bool cardFocused = std::any_of(m_cards.cbegin(), m_cards.cend(),
                                         [focus](const SuggestionCard *card) { return card == focus; });
    return m_hovered || cardFocused || (m_replyBox && focus == m_replyBox);
}

void SuggestionsPanel::onSuggestionsChanged()
{
    // Nothing shown yet, another conversation, or nobody reading: show them at once.
    if (m_shown.isEmpty() || m_shownConversation != m_controller.conversationId() || !isHeld()) {
        rebuild();
        return;
    }
    m_newerWaiting = true;
    refreshStatus();
}

void SuggestionsPanel::releaseIfIdle()
{
    if (m_newerWaiting && !isHeld())
        rebuild();
}

void SuggestionsPanel::showNewerSuggestions()
{
    if (m_newerWaiting)
        rebuild();
}

void SuggestionsPanel::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    QFrame::enterEvent(event);
}

void SuggestionsPanel::leaveEvent(QEvent *event)
{
    m_hovered = false;
    QFrame::leaveEvent(event);
    releaseIfIdle();
}

QString SuggestionsPanel::cardText(int index) const
{
    return index >= 0 && index < m_cards.size() ? m_cards.at(index)->text() : QString();
}

void SuggestionsPanel::choose(int index)
{
    if (!isVisible() || index < 0 || index >= m_shown.size())
        return;
    // The card the agent reads, even when newer suggestions wait behind the notice.
    const QString text = m_controller.insert(m_shown.at(index));
    if (!text.isEmpty())
        emit insertRequested(text);
}

void SuggestionsPanel::refreshStatus()
{
    if (m_newerWaiting) {
        m_status->setText(tr("<a href=\"#newer\">Newer suggestions</a> for the customer's latest message "
                             "are ready: Alt+0 shows them. The cards below stay as they are until then."));
        return;
    }
    switch (m_controller.engineState()) {
    case sync::SuggestionController::EngineState::Loading:
        m_status->setText(tr("Preparing reply suggestions…"));
        break;
    case sync::SuggestionController::EngineState::Failed:
        m_status->setText(tr("Reply suggestions are unavailable (%1). Replies can still be written as usual.")
                              .arg(m_controller.failure()));
        break;
    case sync::SuggestionController::EngineState::Ready:
        m_status->setText(
            m_shown.isEmpty()
                ? tr("Suggestions appear here when the customer writes.")
                : tr("Suggestions for the customer's latest message. Alt+1, Alt+2 or Alt+3 puts one "
                     "into the reply box for editing."));
        break;
    }
}

void SuggestionsPanel::rebuild()
{
    m_shown = m_controller.suggestions();
    m_shownConversation = m_controller.conversationId();
    m_newerWaiting = false;
    refreshStatus();
    const auto &suggestions = m_shown;
    for (int i = 0; i < m_cards.size(); ++i) {
        SuggestionCard *card = m_cards.at(i);
        if (i >= suggestions.size()) {
            card->hide();
            continue;
        }
        const assist::Suggestion &suggestion = suggestions.at(i);
        const QString title = m_controller.intentTitle(suggestion.intent);
        QString why;
        switch (suggestion.source) {
        case assist::SuggestionSource::Intent:
            why = tr("The message reads like \"%1\" (%2% sure).")
                      .arg(title)
                      .arg(percent(suggestion.confidence));
            break;
        case assist::SuggestionSource::Article:
            why = tr("A knowledge-base article on \"%1\" matches the message's words.").arg(title);
            break;
        case assist::SuggestionSource::PastReply:
            why = tr("An agent sent this in conversation %1, which began with a similar message (%2% word "
                     "overlap).")
                      .arg(suggestion.pastConversationId)
                      .arg(percent(suggestion.confidence));
            break;
        }
        if (!suggestion.templateId.isEmpty()) {
            why +=
                QLatin1Char(' ') +
                tr("Agents' reception of this template: %1 of 100.").arg(percent(suggestion.feedbackWeight));
        }
        QString missing;
        if (!suggestion.missingSlots.isEmpty()) {
            QStringList names;
            for (const QString &slot : suggestion.missingSlots)
                names.append(sync::slotLabel(slot));
            missing = tr("Fill in: %1").arg(names.join(tr(", ")));
            why += QLatin1Char(' ') + tr("Not known yet, marked in the text: %1.").arg(names.join(tr(", ")));
        }
        const QString head =
            tr("Alt+%1 · %2% · %3")
                .arg(i + 1)
                .arg(percent(suggestion.confidence))
                .arg(title.isEmpty() ? sourceText(suggestion) : title + tr(" · ") + sourceText(suggestion));
        card->present(head, suggestion.text, missing, why);
    }
}

void SuggestionsPanel::setCaseLibrary(sync::CaseLibrary *library)
{
    m_library = library;
    if (!library)
        return;
    // The line keeps its place when no case is related, so the reply box never moves under the
    // agent's pointer.
    QSizePolicy keep = m_related->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_related->setSizePolicy(keep);
    connect(library, &sync::CaseLibrary::relatedChanged, this, &SuggestionsPanel::refreshRelated);
    refreshRelated();
}

QString SuggestionsPanel::relatedCaseText() const
{
    return m_related->isVisibleTo(this) ? m_related->text() : QString();
}

void SuggestionsPanel::refreshRelated()
{
    const auto &related = m_library ? m_library->related() : std::optional<protocol::CaseSummaryInfo>();
    if (!related) {
        m_related->clear();
        m_related->hide();
        return;
    }
    m_related->setText(
        tr("Related case: <a href=\"%1\">%2</a>").arg(related->id).arg(related->title.toHtmlEscaped()));
    m_related->setToolTip(related->excerpt);
    m_related->show();
}

} // namespace warmline::ui
