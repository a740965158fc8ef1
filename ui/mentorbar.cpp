#include "ui/mentorbar.h"

#include "sync/mentoring.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace warmline::ui {

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
        m_banner->setText(tr("Mentored by %1 — they see your conversations. Whispers here are for you "
                             "only, never the customer.")
                              .arg(session->mentorName));
    }
    m_whispers->setVisible(m_mentee.whispers()->rowCount() > 0);
    setVisible(session.has_value());
}

} // namespace warmline::ui
