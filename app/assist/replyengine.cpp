#include "assist/replyengine.h"

#include "assist/textfeatures.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace warmline::assist {

namespace {

bool hasHan(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

bool isChinese(const QString &locale)
{
    return locale.startsWith(QLatin1StringView("zh"));
}

// Slot names as the customer reads them when a value is missing. Reply text is written in the
// customer's language, not the agent's interface language, so these are content, not UI strings.
QString slotLabel(const QString &slot, bool chinese)
{
    struct Label
    {
        const char *slot;
        const char16_t *zh;
        const char16_t *en;
    };
    static const Label labels[] = {
        {"customer_name", u"客户称呼", u"customer name"},
        {"order_number", u"订单号", u"order number"},
        {"product", u"商品名称", u"product"},
        {"merchant", u"商家", u"merchant"},
        {"order_date", u"下单日期", u"order date"},
        {"delivery_date", u"送达日期", u"delivery date"},
        {"order_amount", u"订单金额", u"order amount"},
        {"order_status", u"订单状态", u"order status"},
        {"agent_name", u"客服姓名", u"agent name"},
    };
    for (const Label &label : labels) {
        if (slot == QLatin1StringView(label.slot))
            return QString::fromUtf16(chinese ? label.zh : label.en);
    }
    return slot;
}

// Intents whose message ends a conversation the bot has answered well.
bool isClosingIntent(const KnowledgeIntent &intent)
{
    return intent.topic == QLatin1StringView("feedback") &&
           (intent.key.contains(QLatin1StringView("thank")) ||
            intent.key.contains(QLatin1StringView("praise")));
}

QString orderStatusText(const QString &status, bool chinese)
{
    struct Label
    {
        const char *key;
        const char16_t *zh;
        const char16_t *en;
    };
    static const Label labels[] = {
        {"paid", u"已付款", u"paid"},           {"shipped", u"已发货", u"shipped"},
        {"delivered", u"已签收", u"delivered"}, {"cancelled", u"已取消", u"cancelled"},
        {"refunded", u"已退款", u"refunded"},   {"returned", u"已退货", u"returned"},
    };
    for (const Label &label : labels) {
        if (status == QLatin1StringView(label.key))
            return QString::fromUtf16(chinese ? label.zh : label.en);
    }
    return status;
}

QString dateText(qint64 ms, bool chinese)
{
    if (ms <= 0)
        return {};
    // Customers read dates in China time, where the shop is.
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).date();
    return chinese ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                   : QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

SlotValues slotValuesFor(const core::CustomerHeader *customer, const core::OrderRow *order,
                         const QString &agentName, const QString &locale)
{
    const bool chinese = isChinese(locale);
    SlotValues values;
    auto put = [&values](const char *slot, const QString &value) {
        if (!value.trimmed().isEmpty())
            values.insert(QString::fromLatin1(slot), value.trimmed());
    };
    if (customer)
        put("customer_name", customer->name);
    put("agent_name", agentName);
    if (order) {
        put("order_number", order->orderNo);
        put("product", order->productName);
        put("merchant", order->merchantName);
        put("order_date", dateText(order->orderedAtMs, chinese));
        put("delivery_date", dateText(order->deliveredAtMs, chinese));
        if (order->amount.minor() > 0) {
            put("order_amount",
                core::formatMoney(order->amount, chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates)));
        }
        put("order_status", orderStatusText(order->status, chinese));
    }
    return values;
}

QString replyLocale(QStringView message, const QString &profileLocale)
{
    if (hasHan(message))
        return QStringLiteral("zh_CN");
    if (message.trimmed().isEmpty() && isChinese(profileLocale))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString slotMarker(const QString &slot, const QString &locale)
{
    return isChinese(locale) ? u"【"_s + slotLabel(slot, true) + u"】"_s
                             : u"["_s + slotLabel(slot, false) + u"]"_s;
}

QString firstSlotMarker(QStringView text)
{
    QString first;
    qsizetype firstAt = -1;
    for (const QString &slot : KnowledgeBase::knownSlots()) {
        for (const QString &locale : KnowledgeBase::locales()) {
            const QString marker = slotMarker(slot, locale);
            const qsizetype at = text.indexOf(marker);
            if (at >= 0 && (firstAt < 0 || at < firstAt)) {
                firstAt = at;
                first = marker;
            }
        }
    }
    return first;
}

FilledText fillTemplate(QStringView text, const SlotValues &values, const QString &locale)
{
    static const QRegularExpression slotPattern(QStringLiteral("\\{([a-z_]+)\\}"));
    FilledText result;
    qsizetype last = 0;
    auto it = slotPattern.globalMatch(text.toString());
    while (it.hasNext()) {
        const auto match = it.next();
        result.text += text.mid(last, match.capturedStart() - last);
        const QString slot = match.captured(1);
        const QString value = values.value(slot).trimmed();
        if (value.isEmpty()) {
            result.text += slotMarker(slot, locale);
            if (!result.missingSlots.contains(slot))
                result.missingSlots.append(slot);
        } else {
            result.text += value;
        }
        last = match.capturedEnd();
    }
    result.text += text.mid(last);
    return result;
}

double templateWeight(const TemplateFeedback &feedback)
{
    const double good = double(feedback.sent) + 0.5 * double(feedback.edited);
    const double bad = double(feedback.ignored) + 0.5 * double(feedback.edited);
    return (good + 1.0) / (good + bad + 2.0);
}

QString suggestionSourceKey(SuggestionSource source)
{
    switch (source) {
    case SuggestionSource::Intent:
        return QStringLiteral("intent");
    case SuggestionSource::Article:
        return QStringLiteral("article");
    case SuggestionSource::PastReply:
        return QStringLiteral("past_reply");
    }
    return {};
}

ReplyEngine::ReplyEngine(KnowledgeBase knowledgeBase, IntentModel model, qsizetype learned)
    : m_knowledgeBase(std::move(knowledgeBase))
    , m_model(std::move(model))
    , m_learned(learned)
{
}

std::shared_ptr<const ReplyEngine> ReplyEngine::build(KnowledgeBase knowledgeBase,
                                                      const QList<LabelledText> &learned, QString *error,
                                                      const TrainOptions &options)
{
    QList<LabelledText> examples = knowledgeBase.trainingExamples();
    qsizetype used = 0;
    for (const LabelledText &example : learned) {
        // A label the shipped knowledge base no longer has cannot produce a suggestion.
        if (knowledgeBase.intent(example.label) && !example.text.trimmed().isEmpty()) {
            examples.append(example);
            ++used;
        }
    }
    auto model = IntentModel::train(examples, options, error);
    if (!model)
        return nullptr;
    return std::shared_ptr<const ReplyEngine>(
        new ReplyEngine(std::move(knowledgeBase), std::move(*model), used));
}

QList<IntentScore> ReplyEngine::classify(QStringView message, int top) const
{
    return m_model.predict(message, top);
}

QList<Suggestion> ReplyEngine::suggest(const SuggestionQuery &query) const
{
    QList<Suggestion> candidates;
    const QList<IntentScore> intents = classify(query.message, int(m_knowledgeBase.intents().size()));
    QHash<QString, double> probability;
    for (const IntentScore &score : intents)
        probability.insert(score.label, score.confidence);

    // Templates of the three likeliest intents, weighted by how agents received each template.
    for (qsizetype i = 0; i < std::min<qsizetype>(3, intents.size()); ++i) {
        const KnowledgeIntent *intent = m_knowledgeBase.intent(intents[i].label);
        if (!intent)
            continue;
        for (const ReplyTemplate &replyTemplate : intent->replies.value(query.locale)) {
            Suggestion suggestion;
            suggestion.source = SuggestionSource::Intent;
            suggestion.intent = intent->key;
            suggestion.templateId = replyTemplate.id;
            const FilledText filled = fillTemplate(replyTemplate.text, query.slotValues, query.locale);
            suggestion.text = filled.text;
            suggestion.missingSlots = filled.missingSlots;
            suggestion.confidence = intents[i].confidence;
            suggestion.feedbackWeight = templateWeight(query.feedback.value(replyTemplate.id));
            suggestion.score = suggestion.confidence * (0.5 + suggestion.feedbackWeight);
            candidates.append(suggestion);
        }
    }
    // Articles found by full-text search vouch for their intent through the model's probability;
    // they rank below a template of the same intent, as an article is something to adapt.
    for (qsizetype i = 0; i < std::min<qsizetype>(2, query.articles.size()); ++i) {
        const RetrievedArticle &hit = query.articles[i];
        const KnowledgeIntent *intent = m_knowledgeBase.intent(hit.intent);
        if (!intent || !intent->articles.contains(query.locale))
            continue;
        Suggestion suggestion;
        suggestion.source = SuggestionSource::Article;
        suggestion.intent = intent->key;
        suggestion.articleId = hit.id;
        const FilledText filled =
            fillTemplate(intent->articles.value(query.locale), query.slotValues, query.locale);
        suggestion.text = filled.text;
        suggestion.missingSlots = filled.missingSlots;
        suggestion.confidence = probability.value(intent->key);
        suggestion.feedbackWeight = 0.5;
        suggestion.score = 0.8 * suggestion.confidence;
        candidates.append(suggestion);
    }
    for (const PastReplyHit &hit : query.pastReplies) {
        const double similarity = wordOverlap(query.message, hit.question);
        if (similarity < 0.2)
            continue;
        Suggestion suggestion;
        suggestion.source = SuggestionSource::PastReply;
        suggestion.pastConversationId = hit.conversationId;
        suggestion.text = hit.reply;
        suggestion.confidence = similarity;
        suggestion.feedbackWeight = 0.5;
        suggestion.score = 0.9 * similarity;
        candidates.append(suggestion);
    }

    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    QList<Suggestion> result;
    QHash<QString, int> perIntent;
    QSet<QString> texts;
    for (const Suggestion &candidate : std::as_const(candidates)) {
        if (result.size() >= query.count)
            break;
        // A few percent is noise, not a suggestion; fewer cards say more than a wild guess.
        if (candidate.confidence < 0.05)
            continue;
        // Variety: at most two per intent, and never the same text twice.
        if (!candidate.intent.isEmpty() && perIntent.value(candidate.intent) >= 2)
            continue;
        if (texts.contains(candidate.text))
            continue;
        texts.insert(candidate.text);
        ++perIntent[candidate.intent];
        result.append(candidate);
    }
    return result;
}

BotDecision decideBotTurn(const ReplyEngine &engine, const BotTurn &turn, const BotOptions &options)
{
    BotDecision decision;
    const QList<IntentScore> scores = engine.classify(turn.message, 1);
    if (!scores.isEmpty())
        decision.best = scores.constFirst();
    const KnowledgeIntent *intent = engine.knowledgeBase().intent(decision.best.label);

    // Thanks after an answer: done. Checked before the escalation signals, whose low-confidence
    // rule would otherwise hand a satisfied customer to the queue.
    if (intent && isClosingIntent(*intent) && !turn.tried.isEmpty() &&
        decision.best.confidence >= options.answerConfidence) {
        decision.action = BotDecision::Action::Close;
        return decision;
    }

    EscalationOptions escalation = options.escalation;
    escalation.minimumConfidence = options.answerConfidence;
    const EscalationSignal signal =
        detectEscalation(turn.message, turn.earlierCustomerMessages, decision.best.confidence, escalation);
    decision.action = BotDecision::Action::HandOff;
    decision.evidence = signal.evidence.isEmpty() ? turn.message : signal.evidence;
    if (signal.escalate()) {
        decision.reason = escalationReasonKey(signal.reason);
        return decision;
    }
    if (!intent) {
        decision.reason = escalationReasonKey(EscalationReason::LowConfidence);
        return decision;
    }
    if (!intent->botAnswerable) {
        decision.reason = QStringLiteral("needs_person");
        return decision;
    }
    if (turn.tried.contains(intent->key)) {
        // The same question after the bot's answer: the answer did not help.
        decision.reason = QStringLiteral("already_answered");
        return decision;
    }
    // The first template every slot of which can be filled; the bot never sends a marker.
    for (const ReplyTemplate &replyTemplate : intent->replies.value(turn.locale)) {
        const FilledText filled = fillTemplate(replyTemplate.text, turn.slotValues, turn.locale);
        if (filled.missingSlots.isEmpty()) {
            decision.action = BotDecision::Action::Answer;
            decision.reason.clear();
            decision.reply = filled.text;
            decision.templateId = replyTemplate.id;
            return decision;
        }
    }
    decision.reason = QStringLiteral("missing_facts");
    return decision;
}

} // namespace warmline::assist
