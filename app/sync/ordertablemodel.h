#pragma once

#include "core/profile.h"

#include <functional>
#include <QAbstractTableModel>

namespace warmline::sync {

// A customer's orders, fetched from the server page by page as the view scrolls (a customer with
// thousands of orders opens at once). Sorting and filtering run on the server, so they stay right
// over all orders, not just the loaded ones.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, OrderNo, Product, Merchant, Amount, Status, Complaints, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        FocusRole,       // bool: the order under discussion
        AmountMinorRole, // qint64 fen
        TimestampRole,   // qint64 ms
        StatusKeyRole,   // the stable status key
        ProductIdRole,
        MerchantIdRole,
    };
    Q_ENUM(Role)

    // Fetches one page: (query, done(rows, total)). The model never talks to the network itself.
    using PageFetcher = std::function<void(const core::OrderQuery &query,
                                           std::function<void(const QList<core::OrderRow> &, qint64)> done)>;

    explicit OrderTableModel(QObject *parent = nullptr);
    void setFetcher(PageFetcher fetcher) { m_fetcher = std::move(fetcher); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A fresh customer: the first page comes with the profile.
    void reset(qint64 customerId, const QList<core::OrderRow> &firstPage, qint64 total);
    void clear();
    void setFilter(const QString &text);
    QString filter() const { return m_query.filter; }
    void setFocusOrder(qint64 orderId);
    // An order changed (e.g. a new complaint): its row updates if it is loaded.
    void updateOrder(const core::OrderRow &order);
    qint64 total() const { return m_total; }
    QModelIndex indexOfOrder(qint64 orderId) const;
    bool isFetching() const { return m_fetching; }

signals:
    void fetchingChanged(bool fetching);

private:
    void reload();

    PageFetcher m_fetcher;
    core::OrderQuery m_query;
    QList<core::OrderRow> m_rows;
    qint64 m_total = 0;
    qint64 m_focusOrderId = 0;
    bool m_fetching = false;
    int m_generation = 0; // answers for an older query (sort, filter, customer) are dropped
};

} // namespace warmline::sync
