#pragma once

#include <QFrame>
#include <QList>

class QLabel;

namespace warmline::sync {
class SuggestionController;
}

namespace warmline::ui {

// One suggestion: a caption (shortcut, confidence, what it answers), the text, and what is missing.
class SuggestionCard final : public QFrame
{
    Q_OBJECT
public:
    explicit SuggestionCard(QWidget *parent = nullptr);
    void present(const QString &caption, const QString &text, const QString &missing, const QString &why);
    QString text() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
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

signals:
    // The agent chose suggestion `index`; its text is to be inserted into the composer.
    void insertRequested(const QString &text);

private:
    void rebuild();
    void choose(int index);

    sync::SuggestionController &m_controller;
    QLabel *m_status = nullptr;
    QList<SuggestionCard *> m_cards;
};

} // namespace warmline::ui
