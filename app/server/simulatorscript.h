#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace warmline::server {

enum class CustomerLanguage { Chinese, English };

struct SimulatedOpening
{
    QString intent; // stable key: late_delivery, damaged_item, refund_status, wrong_item, billing,
                    // account_access, cancel_order, address_change, invoice, warranty
    QString text;   // the customer's first message
    bool frustrated = false;
    bool asksForHuman = false;
};

// What simulated customers say. Pure functions of their arguments and the generator passed in, so a
// simulation seeded the same way replays the same conversation.
class SimulatorScript
{
public:
    // Every intent key opening() can produce, in a fixed order.
    static QStringList intents();

    // A realistic first message; orderNo/productName are woven in when not empty (roughly half the time).
    static SimulatedOpening opening(CustomerLanguage language, const QString &orderNo,
                                    const QString &productName, QRandomGenerator &rng);

    // The customer's answer to an agent's message: answers questions (order number, photos, address),
    // thanks or accepts an offer, pushes back sometimes, says goodbye when the agent closes.
    // turn counts the customer's replies so far in this conversation; returns an empty string when
    // the customer has nothing more to say (the conversation is naturally done), always by turn 4.
    static QString replyToAgent(CustomerLanguage language, const QString &intent, const QString &agentText,
                                int turn, const QString &orderNo, QRandomGenerator &rng);

    // What a customer says on choosing an offered compensation (remedyKeys: "coupon+points"), or on
    // switching to another one.
    static QString compensationChoice(CustomerLanguage language, const QString &remedyKeys, bool switching,
                                      QRandomGenerator &rng);

    // A nudge when nobody has answered for a while ("还有人吗？", "Hello? Is anyone there?").
    static QString nudge(CustomerLanguage language, QRandomGenerator &rng);

    // The opening with a request for a person woven in (as opening() does for some customers).
    static SimulatedOpening withRequestForPerson(CustomerLanguage language, SimulatedOpening opening,
                                                 QRandomGenerator &rng);

    // The customer's answer to the bot's answer: mostly thanks (the bot closes), sometimes "that does
    // not help, a person please" (the bot hands over).
    static QString replyToBot(CustomerLanguage language, QRandomGenerator &rng);
};

} // namespace warmline::server
