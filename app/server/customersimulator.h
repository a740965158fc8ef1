#pragma once

#include "core/channel.h"
#include "protocol/events.h"
#include "server/serveroptions.h"
#include "server/simulatorscript.h"
#include "storage/eventlog.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace warmline::server {

class WarmlineServer;

// Customer traffic for the demo: opens conversations on every channel in Chinese and English and
// answers agents plausibly. It goes through the same ConversationService as real customer
// connections, so everything it does is persisted, logged and pushed like real traffic.
class CustomerSimulator final : public QObject
{
    Q_OBJECT
public:
    CustomerSimulator(WarmlineServer &server, const ServerOptions &options);
    Q_DISABLE_COPY_MOVE(CustomerSimulator)

    void start();

private:
    struct Visitor
    {
        qint64 customerId = 0;
        core::Channel channel = core::Channel::Web;
        CustomerLanguage language = CustomerLanguage::Chinese;
        QString intent;
        QString orderNo;
        int turns = 0;
        bool nudged = false;
        bool answered = false;
    };

    // wantsPerson: the customer asks for a person at once (the bot hands over in its first turn).
    void openConversation(bool wantsPerson = false);
    void scheduleNext();
    void onEvent(const storage::StoredEvent &event);
    void say(qint64 conversationId, const QString &text);
    // The customer reads the bot's answer and replies to it (thanks, or asks for a person).
    void answerBot(qint64 conversationId);
    // An agent offered compensation options: pick one plausibly, sometimes change one's mind later.
    void onOffer(const protocol::CustomerOffer &offer);
    void choose(qint64 conversationId, qint64 compensationId, int option, const QString &remedyKeys,
                bool switching);

    WarmlineServer &m_server;
    ServerOptions m_options;
    QRandomGenerator m_random;
    QTimer m_arrivals;
    bool m_started = false;
    QHash<qint64, Visitor> m_visitors; // by conversation id
};

} // namespace warmline::server
