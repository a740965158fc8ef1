#pragma once

#include "sync/metricscontroller.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTableView;

class QChart;
class QChartView;

namespace warmline::ui {

// The supervisor's outcome metrics (docs/metrics.md): pick a team or agent and today or a range of
// days; a table of the figures per team and agent, a chart of the days, and Export CSV….
class MetricsPanel final : public QWidget
{
    Q_OBJECT
public:
    MetricsPanel(sync::MetricsController &controller, QWidget *parent = nullptr);

    // Writes the table as CSV (what Export CSV… does after asking where). False, with the reason
    // shown in the panel, when the file cannot be written.
    bool exportCsv(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyChoices();
    void refreshSelectors();
    void showState();
    void rebuildChart();
    void chooseExportFile();

    sync::MetricsController &m_controller;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_agent = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_export = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    bool m_shown = false;
};

} // namespace warmline::ui
