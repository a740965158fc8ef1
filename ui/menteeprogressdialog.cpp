#include "ui/menteeprogressdialog.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

QString dayOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

QString percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + QLatin1Char('%')
                     : MenteeProgressDialog::tr("—");
}

} // namespace

MenteeProgressDialog::MenteeProgressDialog(const protocol::MentorProgressReply &progress, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("menteeProgressDialog"));
    setWindowTitle(tr("%1's progress").arg(progress.menteeName));
    resize(760, 620);

    // The rubric over time: one point per reviewed session, oldest on the left.
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const std::array<std::pair<QString, int protocol::ReviewInfo::*>, 4> scores{
        std::pair{tr("Empathy"), &protocol::ReviewInfo::empathy},
        std::pair{tr("Ownership"), &protocol::ReviewInfo::ownership},
        std::pair{tr("Resolution"), &protocol::ReviewInfo::resolution},
        std::pair{tr("Warmth"), &protocol::ReviewInfo::warmth}};
    QStringList sessions;
    QList<QLineSeries *> lines;
    for (const auto &[name, score] : scores) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPointsVisible(true);
        lines.append(line);
    }
    for (const protocol::FeedbackInfo &feedback : progress.sessions) {
        if (!feedback.review)
            continue;
        const int x = int(sessions.size());
        sessions.append(dayOf(feedback.session.endedAt.value_or(feedback.session.startedAt)));
        for (std::size_t i = 0; i < scores.size(); ++i)
            lines[int(i)]->append(x, (*feedback.review).*(scores[i].second));
    }
    auto *axisX = new QBarCategoryAxis;
    axisX->append(sessions.isEmpty() ? QStringList{tr("No reviewed session yet")} : sessions);
    auto *axisY = new QValueAxis;
    axisY->setRange(1, 5);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    chart->setTitle(tr("Rubric by session (1–5), %n reviewed", nullptr, int(sessions.size())));
    auto *chartView = new QChartView(chart, this);
    chartView->setObjectName(QStringLiteral("progressChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(260);

    // How the mentee's conversations went lately.
    const protocol::OutcomeFigures &o = progress.outcomes;
    QString outcomes = tr("Last 30 days (%1 to %2): %n conversation(s) resolved", nullptr, int(o.resolved))
                           .arg(progress.fromDay, progress.toDay);
    outcomes += tr(", first-contact resolution %1, %n repeat contact(s)", nullptr, int(o.repeatContacts))
                    .arg(percentOf(o.firstContact, o.resolved));
    outcomes += tr(", %n praised by the customer", nullptr, int(o.praised));
    if (o.waitAvgMs)
        outcomes += tr(", customers waited %1 s on average")
                        .arg(QLocale().toString(double(*o.waitAvgMs) / 1000.0, 'f', 0));
    outcomes += tr(".");
    auto *figures = new QLabel(outcomes, this);
    figures->setObjectName(QStringLiteral("progressOutcomes"));
    figures->setWordWrap(true);

    // What mentors said: each session's notes and the moments they marked.
    auto *notes = new QListWidget(this);
    notes->setObjectName(QStringLiteral("progressNotes"));
    notes->setWordWrap(true);
    notes->setAccessibleName(tr("Mentors' notes and bookmarks"));
    for (auto feedback = progress.sessions.crbegin(); feedback != progress.sessions.crend(); ++feedback) {
        const QString when = dayOf(feedback->session.endedAt.value_or(feedback->session.startedAt));
        if (feedback->review && !feedback->review->notes.isEmpty())
            notes->addItem(
                tr("%1 · %2: %3").arg(when, feedback->session.mentorName, feedback->review->notes));
        for (const protocol::BookmarkInfo &bookmark : feedback->bookmarks) {
            notes->addItem(bookmark.note.isEmpty()
                               ? tr("%1 · marked “%2”").arg(when, bookmark.excerpt)
                               : tr("%1 · marked “%2” — %3").arg(when, bookmark.excerpt, bookmark.note));
        }
    }
    if (notes->count() == 0)
        notes->addItem(tr("No notes or bookmarks yet."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartView);
    splitter->addWidget(notes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(figures);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

} // namespace warmline::ui
