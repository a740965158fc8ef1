#include "ui/sharebars.h"

#include <QPainter>

namespace warmline::ui {

namespace {
const QColor barColor(QStringLiteral("#9bb8d3"));
const QColor highlightColor(QStringLiteral("#e8743b"));
} // namespace

ShareBars::ShareBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ShareBars::setCounts(const QMap<QString, qint64> &counts, const QStringList &highlightKeys)
{
    m_shares = core::shares(counts);
    m_highlightKeys = highlightKeys;
    setAccessibleDescription(rowTexts().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

void ShareBars::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QStringList ShareBars::rowTexts() const
{
    QStringList rows;
    for (const core::Share &share : m_shares)
        rows.append(QStringLiteral("%1 %2 % (%3)").arg(label(share.key)).arg(share.percent).arg(share.count));
    return rows;
}

int ShareBars::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QSize ShareBars::sizeHint() const
{
    return {260, std::max<int>(1, int(m_shares.size())) * rowHeight() + 2};
}

QSize ShareBars::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void ShareBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (m_shares.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, m_emptyText);
        return;
    }
    int labelWidth = 0;
    for (const core::Share &share : m_shares)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label(share.key)));
    labelWidth = std::min(labelWidth + 8, width() / 2);
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("100 % (99999)")) + 6;
    const int barLeft = labelWidth;
    const int barMax = std::max(20, width() - labelWidth - valueWidth);
    int y = 1;
    for (const core::Share &share : m_shares) {
        const bool highlighted = m_highlightKeys.contains(share.key);
        QFont font = this->font();
        font.setBold(highlighted);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Text));
        const QString name = metrics.elidedText(label(share.key), Qt::ElideRight, labelWidth - 6);
        painter.drawText(QRect(0, y, labelWidth - 6, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter, name);
        const int barWidth = std::max(2, barMax * share.percent / 100);
        painter.setPen(Qt::NoPen);
        painter.setBrush(highlighted ? highlightColor : barColor);
        painter.drawRoundedRect(QRect(barLeft, y + 4, barWidth, rowHeight() - 8), 3, 3);
        painter.setPen(palette().color(highlighted ? QPalette::Text : QPalette::PlaceholderText));
        QString value = QStringLiteral("%1 % (%2)").arg(share.percent).arg(share.count);
        if (highlighted && !m_highlightNote.isEmpty())
            value = m_highlightNote + QLatin1Char(' ') + value;
        painter.drawText(QRect(barLeft + barWidth + 6, y, width() - barLeft - barWidth - 6, rowHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        y += rowHeight();
    }
}

} // namespace warmline::ui
