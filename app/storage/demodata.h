#pragma once

#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

struct DemoDataOptions
{
    int customers = 300;              // number of customers
    int averageOrdersPerCustomer = 8; // orders are spread (some customers 1, some 30+)
    int largeCustomerOrders = 0;      // when > 0, customer id 1 gets exactly this many orders (bench: 5000)
    quint32 seed = 20261122;          // same seed + same now => identical rows
    qint64 nowMs = 0;                 // reference "now"; 0 means QDateTime::currentMSecsSinceEpoch()
    double praiseRate = 0.125;        // share of delivered orders that receive a praise
    double praiseConversationRate = 0.03; // share of praises that came in through a conversation
};

struct DemoDataReport
{
    qint64 customers = 0, merchants = 0, products = 0, orders = 0, complaints = 0;
    qint64 praises = 0, conversations = 0, messages = 0, tags = 0;
    qint64 elapsedMs = 0;
};

// Fills an already-migrated database whose commerce and conversation tables are empty (customers,
// merchants, products, orders, complaints, praises, customer_tags, conversations, messages) inside one
// transaction ("BEGIN IMMEDIATE" ... "COMMIT"; roll back on any failure). Staff accounts are read, not
// written: every complaint (and a few praises) gets a resolved historical conversation handled by one of
// the existing agents (role 'agent'), or by nobody when there are none. The product and merchant
// statistics are left to the schema's triggers. Returns nullopt and sets *error on failure.
//
// The rows depend only on (options, nowMs) and the ids of the existing agents: every random choice comes
// from a QRandomGenerator seeded with options.seed, so two runs with the same options produce
// byte-identical tables.
std::optional<DemoDataReport> seedDemoData(QSqlDatabase db, const DemoDataOptions &options, QString *error);

} // namespace warmline::storage
