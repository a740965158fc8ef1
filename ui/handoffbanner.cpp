#include "ui/handoffbanner.h"

#include "assist/knowledgebase.h"
#include "sync/vocabularylabels.h"

#include <QHBoxLayout>
#include <QLabel>

namespace warmline::ui {

HandoffBanner::HandoffBanner(std::function<QString(const QString &)> intentTitle, QWidget *parent)
    : QFrame(parent)
    , m_intentTitle(std::move(intentTitle))
{
    setObjectName(QStringLiteral("handoffBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xFF, 0xF7, 0xE0));
    tinted.setColor(QPalette::WindowText, QColor(0x3F, 0x2D, 0x00));
    setPalette(tinted);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);
    hide();
}

void HandoffBanner::showHandoff(const std::optional<core::Handoff> &handoff)
{
    if (!handoff) {
        m_label->clear();
        hide();
        return;
    }
    QStringList lines;
    QString reason = sync::handoffReasonLabel(handoff->reason);
    if (!handoff->evidence.isEmpty())
        reason = tr("%1 (\"%2\")").arg(reason, handoff->evidence.toHtmlEscaped());
    lines.append(tr("<b>Handed over by the bot</b>: %1").arg(reason));
    const QString title = m_intentTitle(handoff->intent);
    if (!title.isEmpty())
        lines.append(
            tr("<b>Topic</b>: %1 (%2% sure)").arg(title.toHtmlEscaped()).arg(handoff->confidencePercent));
    // In the reader's language: a Chinese agent reads 已签收 for an English customer's order too.
    const QString reader = QLocale().name();
    const QMap<QString, QString> known = handoff->factsFor(reader);
    if (!known.isEmpty()) {
        QStringList facts;
        // In the knowledge base's slot order (order number before product before dates), not A–Z.
        QStringList keys;
        for (const QString &slot : assist::KnowledgeBase::knownSlots()) {
            if (known.contains(slot))
                keys.append(slot);
        }
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        for (const QString &key : std::as_const(keys))
            facts.append(tr("%1: %2").arg(sync::slotLabel(key), known.value(key).toHtmlEscaped()));
        lines.append(tr("<b>Known</b>: %1").arg(facts.join(tr("; "))));
    }
    if (!handoff->tried.isEmpty()) {
        QStringList tried;
        for (const QString &key : handoff->tried) {
            const QString name = m_intentTitle(key);
            tried.append((name.isEmpty() ? key : name).toHtmlEscaped());
        }
        lines.append(tr("<b>Bot already answered</b>: %1").arg(tried.join(tr(", "))));
    }
    if (const QString summary = handoff->summaryFor(reader); !summary.isEmpty())
        lines.append(tr("<b>Summary</b>: %1").arg(summary.toHtmlEscaped()));
    m_label->setText(lines.join(QStringLiteral("<br>")));
    show();
}

QString HandoffBanner::text() const
{
    return m_label->text();
}

} // namespace warmline::ui
