#pragma once

#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace warmline::server {

struct DemoDataOptions
{
    int customers = 300;              // number of customers
    int averageOrdersPerCustomer = 8; // orders are spread (some customers 1, some 30+)
    int largeCustomerOrders = 0;      // when > 0, customer id 1 gets exactly this many orders (bench: 5000)
    quint32 seed = 20261122;          // same seed + same now => identical rows
    qint64 nowMs = 0;                 // reference "now"; 0 means QDateTime::currentMSecsSinceEpoch()
};

struct DemoDataReport
{
    qint64 customers = 0, merchants = 0, products = 0, orders = 0, complaints = 0;
    qint64 elapsedMs = 0;
};

// Fills an already-migrated, empty database (tables customers, merchants, products, orders, complaints)
// inside one transaction ("BEGIN IMMEDIATE" ... "COMMIT"; roll back on any failure).
// Returns nullopt and sets *error on failure.
//
// The rows depend only on (options, nowMs): every random choice comes from a QRandomGenerator seeded
// with options.seed, so two runs with the same options produce byte-identical tables.
std::optional<DemoDataReport> seedDemoData(QSqlDatabase db, const DemoDataOptions &options, QString *error);

} // namespace warmline::server
