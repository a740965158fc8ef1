#include "server/customersimulator.h"

#include "protocol/messages.h"
#include "server/warmlineserver.h"
#include "storage/profilestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimulator, "warmline.simulator")

namespace warmline::server {

namespace {

// Roughly how contact centres see their channel mix.
core::Channel pickChannel(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 30)
        return core::Channel::App;
    if (roll < 55)
        return core::Channel::WeChat;
    if (roll < 75)
        return core::Channel::Web;
    if (roll < 92)
        return core::Channel::Phone;
    return core::Channel::Sms;
}

} // namespace

CustomerSimulator::CustomerSimulator(WarmlineServer &server, const ServerOptions &options)
    : m_server(server)
    , m_options(options)
    , m_random(options.demoData.seed ^ 0x5151u)
{
    m_arrivals.setSingleShot(true);
    connect(&m_arrivals, &QTimer::timeout, this, [this] {
        openConversation();
        scheduleNext();
    });
    connect(&m_server, &WarmlineServer::eventPublished, this, &CustomerSimulator::onEvent);
}

void CustomerSimulator::start()
{
    // A first customer right away, so a fresh demo never opens on an empty queue; with a bot, once
    // it can answer (it trains for a moment at start).
    BotService *bot = m_server.bot();
    if (bot && !bot->isReady()) {
        connect(bot, &BotService::modelReady, this, [this] {
            if (!m_started) {
                m_started = true;
                // Someone in the queue from the start: the bot hands a customer who asks for a
                // person straight over.
                openConversation(true);
                scheduleNext();
            }
        });
        return;
    }
    m_started = true;
    QTimer::singleShot(800, this, [this] { openConversation(); });
    scheduleNext();
}

void CustomerSimulator::scheduleNext()
{
    m_arrivals.start(
        m_random.bounded(m_options.simulatorMinIntervalMs,
                         std::max(m_options.simulatorMaxIntervalMs, m_options.simulatorMinIntervalMs + 1)));
}

void CustomerSimulator::openConversation(bool wantsPerson)
{
    if (m_visitors.size() >= m_options.simulatorMaxOpenConversations)
        return;
    storage::ProfileStore profiles(m_server.database());
    const qint64 highest = profiles.highestCustomerId();
    if (highest <= 0)
        return;
    const qint64 customerId = 1 + m_random.bounded(highest);
    const auto facts = profiles.openingFacts(customerId);
    if (!facts)
        return;
    Visitor visitor;
    visitor.customerId = customerId;
    visitor.channel = pickChannel(m_random);
    visitor.language = facts->locale.startsWith(QLatin1StringView("zh")) ? CustomerLanguage::Chinese
                                                                         : CustomerLanguage::English;
    visitor.orderNo = facts->orderNo;
    const qint64 orderId = facts->orderId;
    SimulatedOpening opening =
        SimulatorScript::opening(visitor.language, visitor.orderNo, facts->productName, m_random);
    if (wantsPerson)
        opening = SimulatorScript::withRequestForPerson(visitor.language, opening, m_random);
    visitor.intent = opening.intent;

    const auto posted = m_server.perform([&](UnitOfWork &work, qint64 now) {
        return m_server.conversations().customerMessage(work, customerId, visitor.channel, opening.text, {},
                                                        now, orderId);
    });
    if (const auto *done = std::get_if<Done<CustomerPost>>(&posted)) {
        const qint64 conversationId = done->value.message.conversationId;
        m_visitors.insert(conversationId, visitor);
        qCDebug(lcSimulator) << "customer" << customerId << "opened conversation" << conversationId;
        // The bot answers inside the customer's own request, so its first answer was published
        // before the visitor was known here.
        const auto summary = m_server.conversations().conversations().summary(conversationId);
        if (summary && summary->status == core::ConversationStatus::Bot) {
            const auto last =
                m_server.conversations().conversations().messages(conversationId, std::nullopt, 1);
            if (!last.isEmpty() && last.constFirst().sender == core::Sender::Bot)
                answerBot(conversationId);
        }
        // Nobody answering for a while: the customer asks whether anyone is there.
        QTimer::singleShot(45000 + m_random.bounded(30000), this, [this, conversationId] {
            auto it = m_visitors.find(conversationId);
            if (it != m_visitors.end() && !it->answered && !it->nudged) {
                it->nudged = true;
                say(conversationId, SimulatorScript::nudge(it->language, m_random));
            }
        });
    }
}

void CustomerSimulator::onEvent(const storage::StoredEvent &event)
{
    if (event.kind == protocol::CompensationOfferEvent::kind) {
        if (const auto offer = protocol::schema::fromJson<protocol::CompensationOfferEvent>(event.payload))
            onOffer(offer->offer);
        return;
    }
    auto it = m_visitors.find(event.conversationId);
    if (it == m_visitors.end())
        return;
    std::optional<protocol::MessageCreatedEvent> created;
    core::ConversationStatus status = core::ConversationStatus::Queued;
    if (event.kind == protocol::MessageCreatedEvent::kind) {
        created = protocol::schema::fromJson<protocol::MessageCreatedEvent>(event.payload);
        if (!created)
            return;
        status = created->conversation.status;
    } else if (event.kind == protocol::ConversationUpdatedEvent::kind) {
        const auto updated = protocol::schema::fromJson<protocol::ConversationUpdatedEvent>(event.payload);
        if (!updated)
            return;
        status = updated->conversation.status;
    } else {
        return;
    }
    if (status == core::ConversationStatus::Resolved) {
        m_visitors.erase(it);
        return;
    }
    if (!created)
        return;
    const core::Message &message = created->message;
    if (message.sender == core::Sender::Bot) {
        // An answer (the bot still holds the conversation), not the notice that a person is coming.
        if (status != core::ConversationStatus::Bot)
            return;
        answerBot(event.conversationId);
        return;
    }
    if (message.sender != core::Sender::Agent)
        return;
    it->answered = true;
    const QString answer = SimulatorScript::replyToAgent(it->language, it->intent, message.body, it->turns,
                                                         it->orderNo, m_random);
    ++it->turns;
    if (answer.isEmpty())
        return;
    // People take a moment to read and type.
    const qint64 conversationId = event.conversationId;
    QTimer::singleShot(1500 + m_random.bounded(3500), this, [this, conversationId, answer] {
        if (m_visitors.contains(conversationId))
            say(conversationId, answer);
    });
}

void CustomerSimulator::onOffer(const protocol::CustomerOffer &offer)
{
    const qint64 conversationId = offer.conversationId.value_or(0);
    const QList<protocol::OfferChoice> options = offer.options;
    if (!m_visitors.contains(conversationId) || options.isEmpty() ||
        offer.status != core::CompensationStatus::Offered)
        return;
    const qint64 compensationId = offer.id;
    // People weigh what an option is worth to them: dearer options are picked more often, not always.
    QList<qint64> weights;
    qint64 total = 0;
    for (const protocol::OfferChoice &option : options) {
        const qint64 weight = 500 + option.cost.minor();
        weights.append(weight);
        total += weight;
    }
    qint64 roll = qint64(m_random.bounded(quint64(total)));
    int picked = 0;
    while (picked < weights.size() - 1 && roll >= weights.at(picked))
        roll -= weights.at(picked++);
    const QString keys = options.at(picked).key;
    QTimer::singleShot(2000 + m_random.bounded(4000), this, [=, this] {
        choose(conversationId, compensationId, picked, keys, false);
        // Now and then a customer thinks again, within the window, and takes another option.
        if (options.size() > 1 && m_random.bounded(100) < 15) {
            const int other = (picked + 1 + m_random.bounded(int(options.size()) - 1)) % int(options.size());
            const QString otherKeys = options.at(other).key;
            QTimer::singleShot(10000 + m_random.bounded(10000), this,
                               [=, this] { choose(conversationId, compensationId, other, otherKeys, true); });
        }
    });
}

void CustomerSimulator::choose(qint64 conversationId, qint64 compensationId, int option,
                               const QString &remedyKeys, bool switching)
{
    const auto it = m_visitors.constFind(conversationId);
    if (it == m_visitors.cend())
        return;
    const Visitor visitor = *it;
    const Outcome outcome = m_server.perform([&](UnitOfWork &work, qint64 now) -> Outcome {
        const auto chosen = m_server.compensation().choose(
            work, visitor.customerId, protocol::CompensationChooseRequest{compensationId, option}, now);
        if (const auto *error = std::get_if<protocol::Error>(&chosen))
            return *error;
        return Success{{}, std::get<Done<core::Compensation>>(chosen).seq};
    });
    if (std::holds_alternative<Success>(outcome))
        say(conversationId,
            SimulatorScript::compensationChoice(visitor.language, remedyKeys, switching, m_random));
}

void CustomerSimulator::answerBot(qint64 conversationId)
{
    auto it = m_visitors.find(conversationId);
    if (it == m_visitors.end())
        return;
    it->answered = true; // no "anyone there?" after a bot's answer
    const QString answer = SimulatorScript::replyToBot(it->language, m_random);
    QTimer::singleShot(1500 + m_random.bounded(2500), this, [this, conversationId, answer] {
        if (m_visitors.contains(conversationId))
            say(conversationId, answer);
    });
}

void CustomerSimulator::say(qint64 conversationId, const QString &text)
{
    const Visitor visitor = m_visitors.value(conversationId);
    m_server.perform([&](UnitOfWork &work, qint64 now) {
        return m_server.conversations().customerMessage(work, visitor.customerId, visitor.channel, text, {},
                                                        now);
    });
}

} // namespace warmline::server
