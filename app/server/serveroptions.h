#pragma once

#include "storage/demodata.h"

#include <functional>
#include <QHostAddress>
#include <QString>

namespace warmline::server {

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765;  // 0: any free port (tests, the embedded backend)
    QString databasePath; // SQLite file; created and migrated when missing
    bool demo = false;    // seed demo accounts and data into an empty database
    storage::DemoDataOptions demoData;
    bool simulator = false; // run the customer-traffic simulator
    int simulatorMinIntervalMs = 6000;
    int simulatorMaxIntervalMs = 15000;
    int simulatorMaxOpenConversations = 12;
    // Customer connections identify themselves by customer id alone. That is fine for the demo
    // and tests; a production channel gateway authenticates customers before it connects.
    bool openCustomerChannel = false;
    // The customer-facing bot: new customer conversations start with it and it hands them to the
    // queue when it cannot help. waitForBot keeps the server from listening until its first model
    // is trained (the command-line server); otherwise the bot hands everything over until then.
    bool bot = false;
    bool waitForBot = false;
    int botRetrainEvery = 25; // agent-labelled messages between background retrainings
    // A conversation the bot holds is closed after this long without a message (the customer got
    // their answer and left).
    qint64 botIdleCloseMs = 30LL * 60 * 1000;
    int heartbeatIntervalMs = 10000; // ping every interval; a peer silent for 3 intervals is dropped
    qint64 eventRetention = 100000;  // events kept for resume; older gaps get resnapshot_required
    qint64 staffSessionLifetimeMs = 12LL * 3600 * 1000;
    qint64 customerSessionLifetimeMs = 24LL * 3600 * 1000;
    // The customer's way back: how long after choosing an offered option they may switch.
    qint64 compensationSwitchWindowMs = 7LL * 24 * 3600 * 1000;
    // Approval requests unanswered for this long are marked escalated.
    qint64 approvalEscalationMs = 10LL * 60 * 1000;
    // Routing offers each waiting conversation to one available agent with room for this long,
    // then to the next; without routing everyone accepts from the queue.
    bool routing = true;
    qint64 offerTimeoutMs = 30 * 1000;
    // The queue board's colours: a customer waiting this long is amber, then red.
    qint64 slaWarnMs = 60 * 1000;
    qint64 slaBreachMs = 180 * 1000;
    // The server's clock (ms since the epoch) for every rule that depends on time: rate limits,
    // windows, deadlines, escalation. Empty: the wall clock. Tests set a clock they move.
    std::function<qint64()> clock;
};

} // namespace warmline::server
