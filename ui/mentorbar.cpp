#include "ui/mentorbar.h"

#include "core/money.h"
#include "sync/mentoring.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

QString noteSuffix(const QString &note)
{
    return note.isEmpty() ? MentorBar::tr(".") : MentorBar::tr(": “%1”.").arg(note);
}

} // namespace

MentorBar::MentorBar(sync::MenteeSession &mentee, QWidget *parent)
    : QWidget(parent)
    , m_mentee(mentee)
{
    setObjectName(QStringLiteral("mentorBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("#mentorBar { background: #f3e8fd; border: 1px solid #c9a7ef; border-radius: 4px; }"
                       "#mentorBar QLabel, #mentorBar QListView { color: #3b1f74; background: transparent; "
                       "border: none; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("mentorBanner"));
    m_banner->setWordWrap(true);
    layout->addWidget(m_banner);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("mentorNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_whispers = new QListView(this);
    m_whispers->setObjectName(QStringLiteral("whispers"));
    m_whispers->setModel(m_mentee.whispers());
    m_whispers->setWordWrap(true);
    m_whispers->setSelectionMode(QAbstractItemView::NoSelection);
    m_whispers->setFocusPolicy(Qt::NoFocus);
    m_whispers->setMaximumHeight(84);
    m_whispers->setAccessibleName(tr("Whispers from your mentor"));
    layout->addWidget(m_whispers);
    connect(&m_mentee, &sync::MenteeSession::sessionChanged, this, &MentorBar::refresh);
    connect(&m_mentee, &sync::MenteeSession::heldChanged, this, [this](const protocol::HeldReplyInfo &held) {
        const QString mentor = m_mentee.session() ? m_mentee.session()->mentorName : tr("Your mentor");
        switch (held.state) {
        case core::HeldReply::State::Waiting:
            m_notice->setText(tr("Your reply waits for %1's approval; it is not sent yet.").arg(mentor));
            break;
        case core::HeldReply::State::Sent:
            m_notice->setText(held.sentBody && *held.sentBody != held.body
                                  ? tr("%1 edited and sent your reply%2").arg(mentor, noteSuffix(held.note))
                                  : tr("%1 approved your reply; it is sent.").arg(mentor));
            break;
        case core::HeldReply::State::Returned:
            m_notice->setText(held.note.isEmpty()
                                  ? tr("Your reply was not sent: the session ended before approval. It is "
                                       "back in your reply box.")
                                  : tr("%1 gave your reply back%2 It is back in your reply box.")
                                        .arg(mentor, noteSuffix(held.note)));
            break;
        }
        // A reply given back stays news after the session ends; the rest belonged to the session.
        m_noticeOutlivesSession = held.state == core::HeldReply::State::Returned;
        m_notice->show();
        refresh();
    });
    connect(m_mentee.whispers(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_whispers->scrollToBottom();
        refresh();
    });
    connect(m_mentee.whispers(), &QAbstractItemModel::modelReset, this, &MentorBar::refresh);
    connect(m_mentee.whispers(), &QAbstractItemModel::rowsRemoved, this, &MentorBar::refresh);
    refresh();
}

void MentorBar::refresh()
{
    const auto &session = m_mentee.session();
    if (session) {
        QString text = tr("Mentored by %1 — they see your conversations. Whispers here are for you "
                          "only, never the customer.")
                           .arg(session->mentorName);
        if (session->approveReplies)
            text += QLatin1Char(' ') + tr("Your replies wait for their approval before they are sent.");
        if (session->approveCompensation)
            text += QLatin1Char(' ') + tr("Every compensation goes to approval in this session.");
        else if (session->compensationLimit)
            text +=
                QLatin1Char(' ') +
                tr("Your per-case compensation limit is %1 in this session.")
                    .arg(core::formatMoney(core::Money::fromMinor(*session->compensationLimit), QLocale()));
        m_banner->setText(text);
        if (session->id != m_sessionId)
            m_notice->hide(); // news of an earlier session
        m_sessionId = session->id;
    } else if (!m_noticeOutlivesSession) {
        m_notice->hide();
    }
    m_banner->setVisible(session.has_value());
    m_whispers->setVisible(m_mentee.whispers()->rowCount() > 0);
    setVisible(session.has_value() || m_notice->isVisibleTo(this));
}

} // namespace warmline::ui
