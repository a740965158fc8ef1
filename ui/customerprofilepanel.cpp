#include "ui/customerprofilepanel.h"

#include "core/vocabulary.h"
#include "sync/agentworkspace.h"
#include "sync/customerprofilecontroller.h"
#include "sync/vocabularylabels.h"
#include "ui/channelpresentation.h"
#include "ui/errortext.h"
#include "ui/sharebars.h"
#include "ui/timelinedelegate.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVariantAnimation>
#include <QVBoxLayout>

namespace warmline::ui {

using Section = sync::CustomerProfileController::Section;
using sync::OrderTableModel;

namespace {

// The order under discussion stands out in the purchase table.
class FocusRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OrderTableModel::FocusRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = QColor(QStringLiteral("#fdeee4"));
        }
    }
};

QString percentText(qint64 perMille)
{
    return QLocale().toString(double(perMille) / 10.0, 'f', 1) + QStringLiteral(" %");
}

QString dateText(qint64 ms)
{
    return sync::dateLabel(ms);
}

} // namespace

StatisticsCard::StatisticsCard(QWidget *parent)
    : QGroupBox(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_numbers = new QLabel(this);
    m_numbers->setWordWrap(true);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_numbers);

    // A donut reads faster than a table for "what do people complain about here".
    m_pie = new QPieSeries(this);
    m_pie->setHoleSize(0.45);
    auto *chart = new QChart;
    chart->addSeries(m_pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(font());
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(150);
    m_chart->setMaximumHeight(170);
    layout->addWidget(m_chart);

    m_categories = new ShareBars(this);
    m_categories->setObjectName(QStringLiteral("categoryShares"));
    m_categories->setLabeler(&sync::complaintCategoryLabel);
    m_categories->setEmptyText(tr("No complaints ever."));
    layout->addWidget(new QLabel(tr("<b>Complaints by category</b>"), this));
    layout->addWidget(m_categories);

    m_accepted = new ShareBars(this);
    m_accepted->setObjectName(QStringLiteral("acceptedShares"));
    m_accepted->setLabeler(&sync::resolutionLabel);
    m_accepted->setEmptyText(tr("No accepted resolutions yet."));
    m_accepted->setHighlightNote(tr("most accepted"));
    layout->addWidget(new QLabel(tr("<b>Resolutions customers accepted</b>"), this));
    layout->addWidget(m_accepted);

    m_praise = new ShareBars(this);
    m_praise->setObjectName(QStringLiteral("praiseShares"));
    m_praise->setLabeler(&sync::praiseAspectLabel);
    m_praise->setEmptyText(tr("No praise recorded yet."));
    layout->addWidget(new QLabel(tr("<b>What customers praised</b>"), this));
    layout->addWidget(m_praise);
}

void StatisticsCard::setStats(const QString &title, const std::optional<core::EntityStats> &stats)
{
    setVisible(stats.has_value());
    if (!stats)
        return;
    setTitle(title.arg(stats->name));
    const QLocale locale;
    m_numbers->setText(tr("%1 units sold · %2 complaints (%3 of orders) · %4 praise")
                           .arg(locale.toString(stats->unitsSold), locale.toString(stats->complaints),
                                percentText(core::ratePerMille(stats->complaints, stats->orders)),
                                locale.toString(stats->praises)));
    m_pie->clear();
    for (const core::Share &share : core::shares(stats->categories)) {
        auto *slice = m_pie->append(sync::complaintCategoryLabel(share.key), double(share.count));
        slice->setLabel(
            QStringLiteral("%1 %2 %").arg(sync::complaintCategoryLabel(share.key)).arg(share.percent));
    }
    m_chart->setVisible(stats->complaints > 0);
    m_categories->setCounts(stats->categories);
    const QStringList best = core::mostCommonKeys(stats->accepted);
    m_accepted->setHighlightNote(best.size() > 1 ? tr("tied for most accepted") : tr("most accepted"));
    m_accepted->setCounts(stats->accepted, best);
    m_praise->setCounts(stats->aspects);
}

QString StatisticsCard::numbersText() const
{
    return m_numbers->text();
}

CustomerProfilePanel::CustomerProfilePanel(sync::AgentWorkspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_profile(*workspace.profile())
{
    setObjectName(QStringLiteral("customerProfile"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("profileEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyState);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("profileHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAutoFillBackground(true);
    layout->addWidget(m_header);

    m_tabs = new QTabWidget(content);
    layout->addWidget(m_tabs, 1);

    // Purchases
    auto *purchases = new QWidget(m_tabs);
    auto *purchasesLayout = new QVBoxLayout(purchases);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(purchases);
    m_filter->setObjectName(QStringLiteral("orderFilter"));
    m_filter->setPlaceholderText(tr("Filter by order number, product, merchant or status"));
    m_filter->setClearButtonEnabled(true);
    m_orderCount = new QLabel(purchases);
    m_orderCount->setObjectName(QStringLiteral("orderCount"));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_orderCount);
    purchasesLayout->addLayout(filterRow);
    m_orders = new QTableView(purchases);
    m_orders->setObjectName(QStringLiteral("orderTable"));
    m_orders->setModel(m_profile.orders());
    m_orders->setItemDelegate(new FocusRowDelegate(m_orders));
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table (arrow keys move within it), so the keyboard never gets stuck here.
    m_orders->setTabKeyNavigation(false);
    m_orders->setSortingEnabled(true);
    m_orders->sortByColumn(OrderTableModel::Date, Qt::DescendingOrder);
    m_orders->verticalHeader()->hide();
    m_orders->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Widths from the font, not ResizeToContents: measuring every row of a customer with
    // thousands of orders on each page would cost more than the rest of the panel together.
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = m_orders->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Product and merchant names stay readable ("Product", not "roduc"): below this the table
    // scrolls sideways instead of squeezing them.
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Product name")) + 16);
    header->resizeSection(OrderTableModel::Date,
                          metrics.horizontalAdvance(sync::dateLabel(QDate(2026, 12, 28))) + 24);
    header->resizeSection(OrderTableModel::Amount,
                          metrics.horizontalAdvance(QStringLiteral("¥99,999.00")) + 16);
    int statusWidth = 0;
    for (const char *status : {"paid", "shipped", "delivered", "cancelled", "refunded", "returned"})
        statusWidth = std::max(
            statusWidth, metrics.horizontalAdvance(sync::orderStatusLabel(QString::fromLatin1(status))));
    header->resizeSection(OrderTableModel::Status, statusWidth + 16);
    header->resizeSection(OrderTableModel::Complaints,
                          metrics.horizontalAdvance(QStringLiteral("Complaints")) + 16);
    header->setSectionResizeMode(OrderTableModel::Product, QHeaderView::Stretch);
    header->setSectionResizeMode(OrderTableModel::Merchant, QHeaderView::Stretch);
    m_orders->setColumnHidden(OrderTableModel::OrderNo, true);
    m_orders->setWordWrap(false);
    purchasesLayout->addWidget(m_orders, 3);
    m_orderDetail = new QLabel(purchases);
    m_orderDetail->setObjectName(QStringLiteral("orderDetail"));
    m_orderDetail->setWordWrap(true);
    m_orderDetail->setTextFormat(Qt::RichText);
    m_orderDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_orderDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailScroll = new QScrollArea(purchases);
    detailScroll->setWidget(m_orderDetail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    purchasesLayout->addWidget(detailScroll, 2);
    auto *orderActions = new QHBoxLayout;
    m_discuss = new QPushButton(tr("Discuss this order"), purchases);
    m_discuss->setObjectName(QStringLiteral("discussOrder"));
    m_discuss->setToolTip(tr("Make the selected order the one this conversation is about"));
    m_logComplaint = new QToolButton(purchases);
    m_logComplaint->setObjectName(QStringLiteral("logComplaint"));
    m_logComplaint->setText(tr("Log complaint"));
    m_logComplaint->setPopupMode(QToolButton::InstantPopup);
    auto *categories = new QMenu(m_logComplaint);
    for (const QString &category : core::complaintCategories()) {
        QAction *action = categories->addAction(sync::complaintCategoryLabel(category));
        connect(action, &QAction::triggered, this, [this, category] {
            const auto current = m_workspace.currentConversation();
            if (m_selectedOrderId > 0)
                m_profile.logComplaint(m_selectedOrderId, category, current ? current->id : 0);
        });
    }
    m_logComplaint->setMenu(categories);
    orderActions->addWidget(m_discuss);
    orderActions->addWidget(m_logComplaint);
    orderActions->addStretch();
    purchasesLayout->addLayout(orderActions);
    m_tabs->addTab(purchases, tr("&Purchases"));

    // Statistics
    auto *statsScroll = new QScrollArea(m_tabs);
    statsScroll->setWidgetResizable(true);
    statsScroll->setFrameShape(QFrame::NoFrame);
    auto *stats = new QWidget(statsScroll);
    auto *statsLayout = new QVBoxLayout(stats);
    statsLayout->addWidget(new QLabel(tr("<b>This customer's complaints</b>"), stats));
    m_customerComplaints = new ShareBars(stats);
    m_customerComplaints->setObjectName(QStringLiteral("customerComplaintShares"));
    m_customerComplaints->setLabeler(&sync::complaintCategoryLabel);
    m_customerComplaints->setEmptyText(tr("No complaints ever."));
    statsLayout->addWidget(m_customerComplaints);
    m_focusTitle = new QLabel(stats);
    m_focusTitle->setWordWrap(true);
    statsLayout->addWidget(m_focusTitle);
    m_productCard = new StatisticsCard(stats);
    m_productCard->setObjectName(QStringLiteral("productStatistics"));
    m_merchantCard = new StatisticsCard(stats);
    m_merchantCard->setObjectName(QStringLiteral("merchantStatistics"));
    statsLayout->addWidget(m_productCard);
    statsLayout->addWidget(m_merchantCard);
    statsLayout->addStretch();
    statsScroll->setWidget(stats);
    m_statisticsTab = m_tabs->addTab(statsScroll, tr("S&tatistics"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == m_statisticsTab && m_statisticsStale)
            refreshStatistics();
    });

    // History
    auto *history = new QWidget(m_tabs);
    auto *historyLayout = new QVBoxLayout(history);
    m_timelineEmpty =
        new QLabel(tr("No earlier conversations: this is the first time they contact us."), history);
    m_timelineEmpty->setWordWrap(true);
    m_timelineEmpty->setForegroundRole(QPalette::PlaceholderText);
    historyLayout->addWidget(m_timelineEmpty);
    m_timeline = new QListView(history);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_profile.timeline());
    m_timeline->setItemDelegate(new TimelineDelegate(m_timeline));
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    historyLayout->addWidget(m_timeline, 1);
    m_tabs->addTab(history, tr("&History"));
    m_stack->addWidget(content);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250); // filter when the agent pauses, not on every keystroke
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this,
            [this] { m_profile.orders()->setFilter(m_filter->text()); });
    connect(m_orders->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerProfilePanel::onOrderSelected);
    connect(m_discuss, &QPushButton::clicked, this, [this] {
        if (m_selectedOrderId > 0)
            m_workspace.discussOrder(m_selectedOrderId);
    });
    connect(&m_profile, &sync::CustomerProfileController::loaded, this, &CustomerProfilePanel::refreshAll);
    connect(&m_profile, &sync::CustomerProfileController::loadingChanged, this,
            &CustomerProfilePanel::refreshAll);
    connect(&m_profile, &sync::CustomerProfileController::changed, this, &CustomerProfilePanel::onChanged);
    connect(&m_profile, &sync::CustomerProfileController::failed, this, [this](const protocol::Error &error) {
        m_orderDetail->setText(errorText(error).toHtmlEscaped());
    });
    connect(&m_profile, &sync::CustomerProfileController::complaintLogged, this, [this](qint64 orderId) {
        if (orderId == m_selectedOrderId)
            m_profile.requestOrderDetail(orderId);
    });
    connect(&m_profile, &sync::CustomerProfileController::orderDetailReady, this,
            [this](qint64 orderId, const QList<core::ComplaintRow> &complaints,
                   const QList<core::TimelineEntry> &conversations) {
                if (orderId != m_selectedOrderId)
                    return;
                QStringList lines;
                for (const core::ComplaintRow &c : complaints) {
                    QString outcome =
                        c.resolution.isEmpty() ? tr("open") : sync::resolutionLabel(c.resolution);
                    if (c.accepted)
                        outcome += *c.accepted ? tr(", accepted") : tr(", declined");
                    lines.append(
                        tr("Complaint on %1: %2 — %3")
                            .arg(dateText(c.createdAtMs), sync::complaintCategoryLabel(c.category), outcome)
                            .toHtmlEscaped());
                }
                if (complaints.isEmpty())
                    lines.append(tr("No complaints about this order.").toHtmlEscaped());
                for (const core::TimelineEntry &e : conversations) {
                    lines.append(tr("%1 · %2 · %3: %4")
                                     .arg(dateText(e.createdAtMs), channelLabel(e.channel),
                                          e.agentName.isEmpty() ? tr("no agent") : e.agentName,
                                          e.summary.isEmpty() ? e.firstMessage : e.summary)
                                     .toHtmlEscaped());
                }
                m_orderDetail->setText(lines.join(QStringLiteral("<br>")));
            });
    connect(m_profile.orders(), &QAbstractItemModel::modelReset, this,
            &CustomerProfilePanel::refreshOrderCount);
    connect(m_profile.orders(), &QAbstractItemModel::rowsInserted, this,
            &CustomerProfilePanel::refreshOrderCount);
    connect(m_profile.timeline(), &QAbstractItemModel::modelReset, this,
            [this] { m_timelineEmpty->setVisible(m_profile.timeline()->rowCount() == 0); });
    connect(m_profile.timeline(), &QAbstractItemModel::rowsInserted, this,
            [this] { m_timelineEmpty->setVisible(false); });
    refreshAll();
}

QString CustomerProfilePanel::headerText() const
{
    return m_header->text();
}

void CustomerProfilePanel::refreshAll()
{
    if (!m_profile.hasProfile()) {
        m_emptyState->setText(m_profile.isLoading() ? tr("Loading the customer's profile…")
                              : m_profile.customerId() > 0
                                  ? tr("The profile could not be loaded.")
                                  : tr("Open a conversation to see the customer here."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    refreshHeader();
    refreshStatistics();
    refreshOrderCount();
    m_timelineEmpty->setVisible(m_profile.timeline()->rowCount() == 0);
    m_selectedOrderId = 0;
    m_orderDetail->setText(tr("Select an order to see its complaints and conversations."));
    m_discuss->setEnabled(false);
    m_logComplaint->setEnabled(false);
    if (const QModelIndex focus = m_profile.orders()->indexOfOrder(m_profile.profile().focusOrderId);
        focus.isValid())
        m_orders->scrollTo(focus);
}

void CustomerProfilePanel::refreshHeader()
{
    const core::CustomerHeader &h = m_profile.profile().header;
    const QLocale locale;
    QStringList channels;
    for (const QString &name : h.channels) {
        if (const auto channel = core::channelFromName(name))
            channels.append(channelLabel(*channel));
    }
    QStringList tags;
    for (const QString &tag : h.tags)
        tags.append(QStringLiteral("<span style=\"background:#eef3f8\">&nbsp;%1&nbsp;</span>")
                        .arg(sync::customerTagLabel(tag).toHtmlEscaped()));
    const QString since = sync::dateLabel(h.sinceMs, locale);
    QString history;
    if (h.orderCount == 0)
        history = tr("First purchase still to come.");
    else if (h.complaintCount == 0 && h.praiseCount == 0)
        history = tr("No complaints ever.");
    else
        history = tr("Praised us %n time(s)", nullptr, int(h.praiseCount)) + QStringLiteral(" · ") +
                  tr("complained %n time(s)", nullptr, int(h.complaintCount));
    m_header->setText(
        tr("<b style=\"font-size:large\">%1</b> &nbsp;<span style=\"color:#b35c1e\">%2</span><br>"
           "Customer since %3 · %4 spent · %5 · open complaints: %6<br>Channels: %7<br>%8<br>%9")
            .arg(h.name.toHtmlEscaped(), sync::tierLabel(h.tier).toHtmlEscaped(), since,
                 core::formatMoney(h.lifetimeSpend, locale), tr("%n order(s)", nullptr, int(h.orderCount)),
                 locale.toString(h.openComplaints),
                 channels.isEmpty() ? tr("none yet") : channels.join(QStringLiteral(", ")).toHtmlEscaped(),
                 history.toHtmlEscaped(), tags.join(QLatin1Char(' '))));
}

void CustomerProfilePanel::refreshStatistics()
{
    const core::CustomerProfile &p = m_profile.profile();
    m_profile.orders()->setFocusOrder(p.focusOrderId);
    // Charts are the slowest part of the panel: build them only when someone looks.
    if (m_tabs->currentIndex() != m_statisticsTab) {
        m_statisticsStale = true;
        return;
    }
    m_statisticsStale = false;
    m_customerComplaints->setCounts(p.complaintsByCategory);
    if (p.focusOrder) {
        m_focusTitle->setText(tr("Order under discussion: <b>%1</b>, %2, %3")
                                  .arg(p.focusOrder->productName.toHtmlEscaped(),
                                       dateText(p.focusOrder->orderedAtMs),
                                       core::formatMoney(p.focusOrder->amount, QLocale())));
    } else {
        m_focusTitle->setText(tr("No orders yet: nothing to compare with."));
    }
    m_productCard->setStats(tr("Product: %1"), p.product);
    m_merchantCard->setStats(tr("Merchant: %1"), p.merchant);
}

void CustomerProfilePanel::refreshOrderCount()
{
    const auto *orders = m_profile.orders();
    if (!m_profile.hasProfile())
        return;
    if (m_profile.profile().orderTotal == 0) {
        m_orderCount->setText(tr("No orders yet"));
        return;
    }
    m_orderCount->setText(orders->filter().isEmpty()
                              ? tr("%1 of %2 shown").arg(orders->rowCount()).arg(orders->total())
                              : tr("%1 of %2 matching").arg(orders->rowCount()).arg(orders->total()));
}

void CustomerProfilePanel::onChanged(int sections)
{
    if (sections & int(Section::Header)) {
        refreshHeader();
        flash(m_header);
    }
    if (sections & (int(Section::Statistics) | int(Section::CustomerComplaints))) {
        refreshStatistics();
        flash(m_customerComplaints);
        if (sections & int(Section::Statistics)) {
            flash(m_productCard);
            flash(m_merchantCard);
        }
    }
    if ((sections & int(Section::Orders)) && m_selectedOrderId > 0)
        m_profile.requestOrderDetail(m_selectedOrderId);
}

void CustomerProfilePanel::onOrderSelected()
{
    const QModelIndex index = m_orders->currentIndex();
    m_selectedOrderId = index.isValid() ? index.data(OrderTableModel::OrderIdRole).toLongLong() : 0;
    m_discuss->setEnabled(m_selectedOrderId > 0 && m_selectedOrderId != m_profile.profile().focusOrderId);
    m_logComplaint->setEnabled(m_selectedOrderId > 0);
    if (m_selectedOrderId > 0) {
        m_orderDetail->setText(tr("Loading…"));
        m_profile.requestOrderDetail(m_selectedOrderId);
    }
}

void CustomerProfilePanel::flash(QWidget *widget)
{
    // A short warm glow that fades: "this just changed", without stealing attention for long.
    widget->setAutoFillBackground(true);
    auto *animation = new QVariantAnimation(widget);
    animation->setStartValue(QColor(QStringLiteral("#ffd9b8")));
    animation->setEndValue(widget->parentWidget() ? widget->parentWidget()->palette().color(QPalette::Window)
                                                  : palette().color(QPalette::Window));
    animation->setDuration(1500);
    connect(animation, &QVariantAnimation::valueChanged, widget, [widget](const QVariant &value) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::Window, value.value<QColor>());
        widget->setPalette(palette);
    });
    connect(animation, &QVariantAnimation::finished, widget, [widget] { widget->setPalette(QPalette()); });
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

} // namespace warmline::ui
