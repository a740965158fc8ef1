#include "ui/suggestionspanel.h"

#include "sync/suggestioncontroller.h"
#include "sync/vocabularylabels.h"

#include <cmath>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
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
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
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
    layout->addWidget(m_caption);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_missing);
}

void SuggestionCard::present(const QString &caption, const QString &text, const QString &missing,
                             const QString &why)
{
    m_caption->setText(caption);
    m_text->setText(text);
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    setToolTip(QStringLiteral("<p>%1</p><p><i>%2</i></p>").arg(text.toHtmlEscaped(), why.toHtmlEscaped()));
    setAccessibleName(caption);
    setAccessibleDescription(why);
    QFrame::show();
}

QString SuggestionCard::text() const
{
    return m_text->text();
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
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (int i = 0; i < cardCount; ++i) {
        auto *card = new SuggestionCard(this);
        card->setObjectName(QStringLiteral("suggestion%1").arg(i + 1));
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
    connect(&m_controller, &sync::SuggestionController::suggestionsChanged, this, &SuggestionsPanel::rebuild);
    connect(&m_controller, &sync::SuggestionController::engineStateChanged, this, &SuggestionsPanel::rebuild);
    rebuild();
}

QString SuggestionsPanel::cardText(int index) const
{
    return index >= 0 && index < m_cards.size() ? m_cards.at(index)->text() : QString();
}

void SuggestionsPanel::choose(int index)
{
    if (!isVisible())
        return;
    const QString text = m_controller.insert(index);
    if (!text.isEmpty())
        emit insertRequested(text);
}

void SuggestionsPanel::rebuild()
{
    const auto &suggestions = m_controller.suggestions();
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
            suggestions.isEmpty()
                ? tr("Suggestions appear here when the customer writes.")
                : tr("Suggestions for the customer's latest message. Alt+1, Alt+2 or Alt+3 puts one "
                     "into the reply box for editing."));
        break;
    }
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

} // namespace warmline::ui
