#include "sync/ordertablemodel.h"

#include "sync/vocabularylabels.h"

#include <QDateTime>
#include <QLocale>

namespace warmline::sync {

namespace {
constexpr int pageSize = 200;

core::OrderQuery::Sort sortOf(int column)
{
    switch (column) {
    case OrderTableModel::Product:
        return core::OrderQuery::Sort::Product;
    case OrderTableModel::Merchant:
        return core::OrderQuery::Sort::Merchant;
    case OrderTableModel::Amount:
        return core::OrderQuery::Sort::Amount;
    case OrderTableModel::Status:
        return core::OrderQuery::Sort::Status;
    default:
        return core::OrderQuery::Sort::Date;
    }
}
} // namespace

OrderTableModel::OrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.limit = pageSize;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::OrderRow &order = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return dateLabel(order.orderedAtMs);
        case OrderNo:
            return order.orderNo;
        case Product:
            return order.productName;
        case Merchant:
            return order.merchantName;
        case Amount:
            return core::formatMoney(order.amount, QLocale());
        case Status:
            return orderStatusLabel(order.status);
        case Complaints:
            return order.complaints;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == Complaints
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case OrderIdRole:
        return order.id;
    case FocusRole:
        return order.id == m_focusOrderId;
    case AmountMinorRole:
        return order.amount.minor();
    case TimestampRole:
        return order.orderedAtMs;
    case StatusKeyRole:
        return order.status;
    case ProductIdRole:
        return order.productId;
    case MerchantIdRole:
        return order.merchantId;
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case OrderNo:
        return tr("Order");
    case Product:
        return tr("Product");
    case Merchant:
        return tr("Merchant");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Complaints:
        return tr("Complaints");
    }
    return {};
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query.customerId > 0 && m_rows.size() < m_total && !m_fetching;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_fetcher)
        return;
    m_fetching = true;
    emit fetchingChanged(true);
    core::OrderQuery page = m_query;
    page.offset = int(m_rows.size());
    const int generation = m_generation;
    const int offset = page.offset;
    m_fetcher(page, [this, generation, offset](const QList<core::OrderRow> &rows, qint64 total) {
        // An answer for an older query is dropped (its reset already ended the fetch).
        if (generation != m_generation)
            return;
        if (offset != m_rows.size()) {
            // Not the end of the list any more: these rows would be duplicates.
        } else if (rows.isEmpty()) {
            m_total = m_rows.size(); // the server has no more: stop asking
        } else {
            m_total = total;
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            m_rows.append(rows);
            endInsertRows();
        }
        // Only now: a view reacting to the new rows must not ask for the same page again.
        m_fetching = false;
        emit fetchingChanged(false);
    });
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void OrderTableModel::reset(qint64 customerId, const QList<core::OrderRow> &firstPage, qint64 total)
{
    beginResetModel();
    ++m_generation;
    m_fetching = false;
    m_query = core::OrderQuery{};
    m_query.customerId = customerId;
    m_query.limit = pageSize;
    m_rows = firstPage;
    m_total = total;
    endResetModel();
}

void OrderTableModel::clear()
{
    reset(0, {}, 0);
}

void OrderTableModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reload();
}

void OrderTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_fetching = false;
    m_rows.clear();
    m_total = m_query.customerId > 0 ? 1 : 0; // unknown until the first page answers
    endResetModel();
    fetchMore({});
}

void OrderTableModel::setFocusOrder(qint64 orderId)
{
    if (orderId == m_focusOrderId)
        return;
    const QModelIndex before = indexOfOrder(m_focusOrderId);
    m_focusOrderId = orderId;
    const QModelIndex after = indexOfOrder(orderId);
    for (const QModelIndex &index : {before, after}) {
        if (index.isValid())
            emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1), {FocusRole});
    }
}

void OrderTableModel::updateOrder(const core::OrderRow &order)
{
    const QModelIndex index = indexOfOrder(order.id);
    if (!index.isValid() || m_rows.at(index.row()) == order)
        return;
    m_rows[index.row()] = order;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
}

QModelIndex OrderTableModel::indexOfOrder(qint64 orderId) const
{
    if (orderId <= 0)
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == orderId)
            return index(row, 0);
    }
    return {};
}

} // namespace warmline::sync
