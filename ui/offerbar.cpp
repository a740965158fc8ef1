#include "ui/offerbar.h"

#include "sync/agentworkspace.h"
#include "ui/channelpresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace warmline::ui {

OfferBar::OfferBar(sync::AgentWorkspace &workspace, std::function<qint64()> now, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_now(std::move(now))
{
    setObjectName(QStringLiteral("offerBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#offerBar { background: #e3f2e5; border: 1px solid #8bc49a; border-radius: 4px; }"));
    // Text above the buttons: the side panel is narrow and the customer's name must not wrap away.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("offerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_accept = new QPushButton(tr("Accept"), this);
    m_accept->setObjectName(QStringLiteral("offerAccept"));
    m_decline = new QPushButton(tr("Decline"), this);
    m_decline->setObjectName(QStringLiteral("offerDecline"));
    m_decline->setToolTip(tr("Let routing offer this customer to a colleague"));
    layout->addWidget(m_label);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_decline);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_conversationId > 0)
            m_workspace.accept(m_conversationId);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        if (m_conversationId > 0)
            m_workspace.declineOffer(m_conversationId);
    });
    connect(&m_workspace, &sync::AgentWorkspace::offersChanged, this, &OfferBar::refresh);
    refresh();
}

void OfferBar::refresh()
{
    const auto offer = m_workspace.offerForMe();
    m_conversationId = offer ? offer->id : 0;
    setVisible(offer.has_value());
    if (!offer)
        return;
    const qint64 now = m_now();
    const qint64 left = std::max<qint64>(0, offer->offer->expiresAtMs - now);
    m_label->setText(
        tr("<b>%1</b> is offered to you · %2 · waiting %3 — %4 left to take it")
            .arg(offer->customerName.toHtmlEscaped(), channelLabel(offer->channel).toHtmlEscaped(),
                 shortDuration(std::max<qint64>(0, now - offer->queuedAtMs)), shortDuration(left)));
}

} // namespace warmline::ui
