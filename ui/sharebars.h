#pragma once

#include "core/statistics.h"

#include <functional>
#include <QWidget>

namespace warmline::ui {

// A distribution as labelled horizontal bars with whole percentages that add up to 100 and the
// count behind them; one key can be singled out (e.g. the most-accepted resolution).
class ShareBars final : public QWidget
{
    Q_OBJECT
public:
    explicit ShareBars(QWidget *parent = nullptr);

    void setLabeler(std::function<QString(const QString &)> labeler) { m_labeler = std::move(labeler); }
    // The highlighted keys get the note (e.g. "most accepted"; when several tie, say so in the note).
    void setCounts(const QMap<QString, qint64> &counts, const QStringList &highlightKeys = {});
    void setEmptyText(const QString &text);
    void setHighlightNote(const QString &note) { m_highlightNote = note; }
    const QList<core::Share> &shares() const { return m_shares; }
    // "label 45 % (9)" per row, for tests and screen readers.
    QStringList rowTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString label(const QString &key) const { return m_labeler ? m_labeler(key) : key; }
    int rowHeight() const;

    std::function<QString(const QString &)> m_labeler;
    QList<core::Share> m_shares;
    QStringList m_highlightKeys;
    QString m_highlightNote;
    QString m_emptyText;
};

} // namespace warmline::ui
