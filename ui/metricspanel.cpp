#include "ui/metricspanel.h"

#include "ui/errortext.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

enum Period { Today, LastWeek, LastMonth, ChosenDays };

} // namespace

MetricsPanel::MetricsPanel(sync::MetricsController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("metricsPeriod"));
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("Choose days…"), ChosenDays);
    m_from = new QDateEdit(QDate::currentDate().addDays(-6), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("metricsTeam"));
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("metricsAgent"));

    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Count the figures again (%1)")
                              .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_export = new QAction(tr("Export CSV…"), this);
    m_export->setEnabled(false);
    addAction(m_refresh);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refresh);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("metricsExport"));
    exportButton->setDefaultAction(m_export);

    auto *choices = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *agentLabel = new QLabel(tr("&Agent:"), this);
    agentLabel->setBuddy(m_agent);
    choices->addWidget(periodLabel);
    choices->addWidget(m_period);
    choices->addWidget(m_from);
    choices->addWidget(m_to);
    choices->addSpacing(12);
    choices->addWidget(teamLabel);
    choices->addWidget(m_team);
    choices->addWidget(agentLabel);
    choices->addWidget(m_agent);
    choices->addStretch();
    choices->addWidget(refreshButton);
    choices->addWidget(exportButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("metricsStatus"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setModel(m_controller.table());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("metricsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // Start from what the controller will ask, so the first count and the choices on screen agree.
    if (m_controller.query().byDays()) {
        m_from->setDate(QDate::fromString(m_controller.query().fromDay, Qt::ISODate));
        m_to->setDate(QDate::fromString(m_controller.query().toDay, Qt::ISODate));
        m_period->setCurrentIndex(m_period->findData(ChosenDays));
        m_from->setVisible(true);
        m_to->setVisible(true);
    }
    refreshSelectors();
    showState();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool chosen = m_period->currentData().toInt() == ChosenDays;
        m_from->setVisible(chosen);
        m_to->setVisible(chosen);
        applyChoices();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &MetricsPanel::applyChoices);
    connect(m_to, &QDateEdit::dateChanged, this, &MetricsPanel::applyChoices);
    connect(m_team, &QComboBox::currentIndexChanged, this, &MetricsPanel::applyChoices);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &MetricsPanel::applyChoices);
    connect(m_refresh, &QAction::triggered, &m_controller, &sync::MetricsController::refresh);
    connect(m_export, &QAction::triggered, this, &MetricsPanel::chooseExportFile);
    connect(&m_controller, &sync::MetricsController::stateChanged, this, &MetricsPanel::showState);
    connect(&m_controller, &sync::MetricsController::changed, this, [this] {
        refreshSelectors();
        showState();
        rebuildChart();
    });
}

void MetricsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Counted when first looked at, not when the workstation starts.
    if (!m_shown && m_controller.state() == sync::MetricsController::State::Idle)
        m_controller.refresh();
    m_shown = true;
}

void MetricsPanel::applyChoices()
{
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Today:
        m_controller.setToday();
        break;
    case LastWeek:
        m_controller.setDays(today.addDays(-6), today);
        break;
    case LastMonth:
        m_controller.setDays(today.addDays(-29), today);
        break;
    case ChosenDays:
        if (m_to->date() < m_from->date()) {
            m_status->setText(tr("The last day is before the first day. Choose the days again."));
            return;
        }
        m_controller.setDays(m_from->date(), m_to->date());
        break;
    }
    m_controller.setTeam(m_team->currentData().toLongLong());
    m_controller.setAgent(m_agent->currentData().toLongLong());
    m_controller.refresh();
}

void MetricsPanel::refreshSelectors()
{
    const auto fill = [](QComboBox *box, const QString &all, const QList<std::pair<qint64, QString>> &known,
                         qint64 asked, const QString &unnamed) {
        const qint64 current = box->count() > 0 ? box->currentData().toLongLong() : asked;
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, qint64(0));
        for (const auto &[id, name] : known)
            box->addItem(name, id);
        // A team asked for before any answer named it (or one that was refused) still shows as chosen.
        if (current > 0 && box->findData(current) < 0)
            box->addItem(unnamed.arg(current), current);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_team, tr("All my teams"), m_controller.knownTeams(), m_controller.query().teamId, tr("Team %1"));
    fill(m_agent, tr("All agents"), m_controller.knownAgents(), m_controller.query().agentId, tr("Agent %1"));
}

void MetricsPanel::showState()
{
    using State = sync::MetricsController::State;
    const State state = m_controller.state();
    m_busy->setVisible(state == State::Loading);
    m_export->setEnabled(state == State::Ready || state == State::Empty);
    switch (state) {
    case State::Idle:
        m_status->setText(tr("Press Refresh to count the figures."));
        break;
    case State::Loading:
        m_status->setText(tr("Counting the figures…"));
        break;
    case State::Empty:
        m_status->setText(tr("Nothing happened in this period yet: no conversation, wait or compensation. "
                             "Choose a longer period or another team."));
        break;
    case State::Failed:
        m_status->setText(tr("The figures could not be counted: %1 Press Refresh to try again.")
                              .arg(errorText(m_controller.error())));
        break;
    case State::Ready:
        m_status->setText(
            m_controller.fromDay() == m_controller.toDay()
                ? tr("Figures for %1. Loops and repeats should be 0; definitions in the manual.")
                      .arg(QLocale().toString(m_controller.fromDay(), QLocale::LongFormat))
                : tr("Figures for %1 – %2. Loops and repeats should be 0; definitions in the manual.")
                      .arg(QLocale().toString(m_controller.fromDay(), QLocale::ShortFormat),
                           QLocale().toString(m_controller.toDay(), QLocale::ShortFormat)));
        break;
    }
}

void MetricsPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis hands ownership back
    }
    m_chart->setTitle(tr("Per day"));
    auto *resolved = new QBarSet(tr("Resolved"));
    auto *firstContact = new QBarSet(tr("First contact"));
    auto *praised = new QBarSet(tr("Praised"));
    auto *repeated = new QBarSet(tr("Came back within 7 days"));
    QStringList days;
    qint64 highest = 0;
    for (const sync::MetricsDay &day : m_controller.series()) {
        days.append(QLocale().toString(day.day, QStringLiteral("MM-dd")));
        *resolved << double(day.figures.resolved);
        *firstContact << double(day.figures.firstContact);
        *praised << double(day.figures.praised);
        *repeated << double(day.figures.repeatContacts);
        highest = std::max(highest, day.figures.resolved);
    }
    auto *series = new QBarSeries;
    series->append({resolved, firstContact, praised, repeated});
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(days);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, double(std::max<qint64>(highest, 1)));
    axisY->setTickCount(int(std::min<qint64>(std::max<qint64>(highest, 1), 5)) + 1);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

bool MetricsPanel::exportCsv(const QString &path)
{
    // Written whole or not at all: a half-written export would look like a complete one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_controller.table()->toCsv()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MetricsPanel::chooseExportFile()
{
    const QString name =
        QStringLiteral("warmline-metrics-%1-%2.csv")
            .arg(m_controller.fromDay().toString(Qt::ISODate), m_controller.toDay().toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), folder + u'/' + name,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace warmline::ui
