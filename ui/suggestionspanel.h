#pragma once

#include "assist/replyengine.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;

namespace warmline::sync {
class CaseLibrary;
class SuggestionController;
} // namespace warmline::sync

namespace warmline::ui {

// One suggestion: a caption (shortcut, confidence, what it answers), the text, and what is missing.
class SuggestionCard final : public QFrame
{
    Q_OBJECT
public:
    explicit SuggestionCard(QWidget *parent = nullptr);
    void present(const QString &caption, const QString &text, const QString &missing, const QString &why);
    QString text() const { return m_fullText; } // all of it, however much fits
    QString shownText() const;                  // what the card displays (cut with an ellipsis)

    // The longest start of `text` that fits in `lines` lines of `width` pixels, ending with "…" when
    // something was cut.
    static QString fitToLines(const QString &text, const QFont &font, int width, int lines);
    static constexpr int textLines = 3;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refit();
    QString m_fullText;
    QString m_fullCaption;
    QLabel *m_caption = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_missing = nullptr;
};

// Up to three reply suggestions for the customer's latest message, above the composer. Alt+1/2/3
// (or a click) puts one into the composer for editing; nothing is ever sent from here. Each card
// says where the suggestion comes from and why, and names the facts still to fill in.
class SuggestionsPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit SuggestionsPanel(sync::SuggestionController &controller, QWidget *parent = nullptr);

    static constexpr int cardCount = 3;
    // The text of card `index` as shown (for tests and accessibility).
    QString cardText(int index) const;
    // While the agent works in the reply box (or points at the cards) the cards stay as they are, so
    // Alt+2 inserts the text they are reading; newer suggestions wait behind a notice (Alt+0).
    void setReplyBox(QWidget *replyBox);
    bool hasNewerSuggestions() const { return m_newerWaiting; }
    void showNewerSuggestions();
    // Beside the suggestions, one compact line names the library's case related to the customer's
    // message (when one matches well enough); activating it asks for the case.
    void setCaseLibrary(sync::CaseLibrary *library);
    QString relatedCaseText() const;

signals:
    // The agent chose suggestion `index`; its text is to be inserted into the composer.
    void insertRequested(const QString &text);
    void caseRequested(qint64 caseId);

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void onSuggestionsChanged();
    bool isHeld() const;
    void releaseIfIdle();
    void rebuild();
    void refreshStatus();
    void choose(int index);
    void refreshRelated();

    sync::SuggestionController &m_controller;
    QLabel *m_status = nullptr;
    QLabel *m_related = nullptr;
    QPointer<sync::CaseLibrary> m_library;
    QList<SuggestionCard *> m_cards;
    QPointer<QWidget> m_replyBox;
    QList<assist::Suggestion> m_shown; // what the cards show, which may be older than the controller's
    qint64 m_shownConversation = 0;
    bool m_newerWaiting = false;
    bool m_hovered = false;
};

} // namespace warmline::ui
