#include "ui/reviewreplaydialog.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

QString actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("compensation.decided"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "decided")},
        {QStringLiteral("approval.requested"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "asked for approval of")},
        {QStringLiteral("compensation.offered"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "offered")},
        {QStringLiteral("compensation.chosen"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "the customer chose")},
        {QStringLiteral("compensation.switched"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "the customer switched to")},
        {QStringLiteral("approval.approved"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "approved")},
        {QStringLiteral("approval.amended"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "amended")},
        {QStringLiteral("approval.rejected"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "rejected")},
        {QStringLiteral("approval.escalated"),
         QT_TRANSLATE_NOOP("warmline::ui::ReviewReplayDialog", "escalated")}};
    const auto found = labels.constFind(action);
    return found == labels.cend() ? action
                                  : QCoreApplication::translate("warmline::ui::ReviewReplayDialog", *found);
}

QString reactionLabel(const QString &reaction)
{
    if (reaction == QLatin1StringView("inserted"))
        return ReviewReplayDialog::tr("inserted");
    if (reaction == QLatin1StringView("sent"))
        return ReviewReplayDialog::tr("sent as it was");
    if (reaction == QLatin1StringView("edited"))
        return ReviewReplayDialog::tr("edited, then sent");
    if (reaction == QLatin1StringView("ignored"))
        return ReviewReplayDialog::tr("ignored");
    return reaction;
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1StringView("effective"))
        return ReviewReplayDialog::tr("in effect");
    if (status == QLatin1StringView("pending_approval"))
        return ReviewReplayDialog::tr("waiting for approval");
    if (status == QLatin1StringView("approved"))
        return ReviewReplayDialog::tr("approved");
    if (status == QLatin1StringView("rejected"))
        return ReviewReplayDialog::tr("rejected");
    if (status == QLatin1StringView("offered"))
        return ReviewReplayDialog::tr("offered to the customer");
    if (status == QLatin1StringView("switched"))
        return ReviewReplayDialog::tr("switched");
    return status;
}

QColor colourOf(const QString &kind)
{
    if (kind == QLatin1StringView("suggestion"))
        return QColor(QStringLiteral("#e3eefb"));
    if (kind == QLatin1StringView("compensation"))
        return QColor(QStringLiteral("#fff4d6"));
    if (kind == QLatin1StringView("held") || kind == QLatin1StringView("whisper"))
        return QColor(QStringLiteral("#f3e8fd")); // the mentor's colour, as on the desk
    return {};
}

} // namespace

QString ReviewReplayDialog::describe(const protocol::ReplayStepInfo &step)
{
    const QString &who = step.actor;
    if (step.kind == QLatin1StringView("message")) {
        if (step.detail == QLatin1StringView("customer"))
            return tr("Customer: %1").arg(step.text);
        if (step.detail == QLatin1StringView("bot"))
            return tr("Bot: %1").arg(step.text);
        if (step.detail == QLatin1StringView("system"))
            return tr("System: %1").arg(step.text);
        return tr("%1: %2").arg(who, step.text);
    }
    if (step.kind == QLatin1StringView("suggestion"))
        return tr("%1 %2 a suggestion (%3)").arg(who, reactionLabel(step.detail), step.text);
    if (step.kind == QLatin1StringView("compensation")) {
        const QString amount =
            step.amount ? core::formatMoney(core::Money::fromMinor(*step.amount), QLocale()) : QString();
        return tr("%1 %2 %3 — %4")
            .arg(who.isEmpty() ? tr("Someone") : who, actionLabel(step.detail), amount,
                 statusLabel(step.text));
    }
    if (step.kind == QLatin1StringView("held")) {
        if (step.detail == QLatin1StringView("waiting"))
            return tr("%1's reply waited for approval: %2").arg(who, step.text);
        if (step.detail == QLatin1StringView("sent"))
            return tr("%1 approved and sent: %2").arg(who, step.text);
        return step.text.isEmpty() ? tr("%1 gave the reply back").arg(who)
                                   : tr("%1 gave the reply back: %2").arg(who, step.text);
    }
    if (step.kind == QLatin1StringView("whisper"))
        return tr("%1 whispered: %2").arg(who, step.text);
    return step.text;
}

ReviewReplayDialog::ReviewReplayDialog(const protocol::ReplayReply &replay, QWidget *parent)
    : QDialog(parent)
    , m_steps(replay.steps)
{
    setObjectName(QStringLiteral("reviewReplayDialog"));
    setWindowTitle(tr("Review: conversation with %1").arg(replay.conversation.customerName));
    resize(720, 560);
    auto *intro = new QLabel(tr("Step through what happened: Left and Right step, Space plays, Home and End "
                                "jump."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("replaySteps"));
    m_list->setWordWrap(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    const qint64 start = m_steps.isEmpty() ? 0 : m_steps.constFirst().at;
    for (const protocol::ReplayStepInfo &step : std::as_const(m_steps)) {
        const qint64 seconds = (step.at - start) / 1000;
        auto *item = new QListWidgetItem(
            tr("+%1:%2  %3").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')).arg(describe(step)),
            m_list);
        item->setToolTip(QLocale().toString(QDateTime::fromMSecsSinceEpoch(step.at), QLocale::LongFormat));
        if (const QColor colour = colourOf(step.kind); colour.isValid())
            item->setBackground(colour);
    }
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replayPosition"));
    m_slider->setRange(0, std::max(0, int(m_steps.size()) - 1));
    m_slider->setPageStep(5);
    m_slider->setAccessibleName(tr("Replay position"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("replayClock"));
    auto *back = new QPushButton(tr("◀ Back"), this);
    back->setObjectName(QStringLiteral("replayBack"));
    auto *next = new QPushButton(tr("Next ▶"), this);
    next->setObjectName(QStringLiteral("replayNext"));
    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    for (QPushButton *button : {back, next, m_play})
        button->setAutoDefault(false);
    auto *controls = new QHBoxLayout;
    controls->addWidget(back);
    controls->addWidget(m_play);
    controls->addWidget(next);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_clock);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(controls);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slider, &QSlider::valueChanged, this, &ReviewReplayDialog::showUpTo);
    connect(back, &QPushButton::clicked, this, [this] { m_slider->setValue(position() - 1); });
    connect(next, &QPushButton::clicked, this, [this] { m_slider->setValue(position() + 1); });
    connect(m_play, &QPushButton::clicked, this, &ReviewReplayDialog::togglePlaying);
    m_player.setInterval(900);
    connect(&m_player, &QTimer::timeout, this, [this] {
        if (position() >= m_slider->maximum())
            togglePlaying();
        else
            m_slider->setValue(position() + 1);
    });
    m_slider->setFocus();
    showUpTo(0);
}

int ReviewReplayDialog::position() const
{
    return m_slider->value();
}

void ReviewReplayDialog::showUpTo(int step)
{
    if (m_slider->value() != step) {
        m_slider->setValue(step); // comes back here through valueChanged
        return;
    }
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setHidden(row > step);
    if (m_steps.isEmpty()) {
        m_clock->setText(tr("Nothing happened in this conversation yet."));
        return;
    }
    m_list->setCurrentRow(step);
    m_list->scrollToItem(m_list->item(step));
    m_clock->setText(tr("Step %1 of %2 · %3")
                         .arg(step + 1)
                         .arg(m_steps.size())
                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_steps.at(step).at).time(),
                                                 QLocale::ShortFormat)));
}

void ReviewReplayDialog::togglePlaying()
{
    if (m_player.isActive()) {
        m_player.stop();
        m_play->setText(tr("Play"));
        return;
    }
    if (position() >= m_slider->maximum())
        m_slider->setValue(0);
    m_player.start();
    m_play->setText(tr("Pause"));
}

void ReviewReplayDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlaying();
        return;
    case Qt::Key_Right:
        m_slider->setValue(position() + 1);
        return;
    case Qt::Key_Left:
        m_slider->setValue(position() - 1);
        return;
    case Qt::Key_Home:
        m_slider->setValue(0);
        return;
    case Qt::Key_End:
        m_slider->setValue(m_slider->maximum());
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace warmline::ui
