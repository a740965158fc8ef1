#pragma once

#include "core/profile.h"

#include <QGroupBox>
#include <QTimer>
#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QListView;
class QPieSeries;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace warmline::sync {
class AgentWorkspace;
class CustomerProfileController;
} // namespace warmline::sync

namespace warmline::ui {

class ShareBars;

// Statistics of the product or the merchant of the order under discussion.
class StatisticsCard final : public QGroupBox
{
    Q_OBJECT
public:
    explicit StatisticsCard(QWidget *parent = nullptr);
    void setStats(const QString &title, const std::optional<core::EntityStats> &stats);
    QString numbersText() const;
    ShareBars *accepted() const { return m_accepted; }
    ShareBars *categories() const { return m_categories; }
    ShareBars *praise() const { return m_praise; }

private:
    QLabel *m_numbers = nullptr;
    QChartView *m_chart = nullptr;
    QPieSeries *m_pie = nullptr;
    ShareBars *m_categories = nullptr;
    ShareBars *m_accepted = nullptr;
    ShareBars *m_praise = nullptr;
};

// The customer 360 profile beside the conversation: who they are, everything they bought, how
// their product and merchant are doing, and every earlier conversation — live.
class CustomerProfilePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerProfilePanel(sync::AgentWorkspace &workspace, QWidget *parent = nullptr);

    // For tests and accessibility: the texts on screen.
    QString headerText() const;
    StatisticsCard *productCard() const { return m_productCard; }
    StatisticsCard *merchantCard() const { return m_merchantCard; }

private:
    void refreshAll();
    void refreshHeader();
    void refreshStatistics();
    void refreshOrderCount();
    void onChanged(int sections);
    void onOrderSelected();
    void flash(QWidget *widget);

    sync::AgentWorkspace &m_workspace;
    sync::CustomerProfileController &m_profile;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_orderCount = nullptr;
    QTableView *m_orders = nullptr;
    QLabel *m_orderDetail = nullptr;
    QPushButton *m_discuss = nullptr;
    QToolButton *m_logComplaint = nullptr;
    ShareBars *m_customerComplaints = nullptr;
    QLabel *m_focusTitle = nullptr;
    StatisticsCard *m_productCard = nullptr;
    StatisticsCard *m_merchantCard = nullptr;
    QListView *m_timeline = nullptr;
    QLabel *m_timelineEmpty = nullptr;
    QTimer m_filterDelay;
    qint64 m_selectedOrderId = 0;
    int m_statisticsTab = -1;
    bool m_statisticsStale = false; // charts are drawn when their tab is shown, not before
};

} // namespace warmline::ui
