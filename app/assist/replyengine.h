#pragma once

#include "assist/escalation.h"
#include "assist/intentmodel.h"
#include "assist/knowledgebase.h"
#include "assist/knowledgeindex.h"
#include "core/profile.h"

#include <memory>
#include <QHash>
#include <QMap>

namespace warmline::assist {

// Values for template slots (KnowledgeBase::knownSlots()), already formatted for the customer.
using SlotValues = QMap<QString, QString>;

// Slot values from what is known about the customer and the order under discussion, formatted for
// the reply's language (dates in China time, money in yuan). Unknown facts are left out.
SlotValues slotValuesFor(const core::CustomerHeader *customer, const core::OrderRow *order,
                         const QString &agentName, const QString &locale);

// The language a reply should be written in: Chinese when the customer writes Chinese, otherwise
// the customer's profile language, otherwise English.
QString replyLocale(QStringView message, const QString &profileLocale = {});

struct FilledText
{
    QString text;
    QStringList missingSlots; // in order of appearance; each is visible in `text` as slotMarker()
};

// What an unfillable slot shows instead of a value: 【订单号】 / [order number]. Never blank, so an
// agent cannot send a reply with a hole in it without seeing it.
QString slotMarker(const QString &slot, const QString &locale);
// The first marker of an unfilled slot in a text, in either reply language; empty if none.
QString firstSlotMarker(QStringView text);
FilledText fillTemplate(QStringView text, const SlotValues &values, const QString &locale);

// How agents reacted to one reply template so far (recorded by the server).
struct TemplateFeedback
{
    qint64 inserted = 0; // inserted and not sent (yet)
    qint64 sent = 0;     // sent as suggested
    qint64 edited = 0;   // sent after editing
    qint64 ignored = 0;  // shown, another reply was sent
};
using FeedbackStats = QHash<QString, TemplateFeedback>;

// Laplace-smoothed share of good outcomes: 0.5 with no feedback, towards 1 for templates agents send,
// towards 0 for ones they ignore. An edited send counts half.
double templateWeight(const TemplateFeedback &feedback);

enum class SuggestionSource { Intent, Article, PastReply };
QString suggestionSourceKey(SuggestionSource source);

struct Suggestion
{
    SuggestionSource source = SuggestionSource::Intent;
    QString intent;     // knowledge-base intent key; empty for a past reply
    QString templateId; // intent suggestions
    qint64 articleId = 0;
    qint64 pastConversationId = 0;
    QString text; // slots filled; missing ones marked
    QStringList missingSlots;
    double confidence = 0;     // the intent model's probability, or the past question's similarity
    double feedbackWeight = 0; // templateWeight() of the template, 0.5 for other sources
    double score = 0;          // what the list is sorted by
};

struct PastReplyHit
{
    qint64 conversationId = 0;
    QString question;
    QString reply;
};

struct SuggestionQuery
{
    QString message;
    QString locale; // replyLocale()
    SlotValues slotValues;
    FeedbackStats feedback;
    QList<RetrievedArticle> articles; // knowledge-base hits for the message, best first
    QList<PastReplyHit> pastReplies;  // resolved conversations that began like this one, best first
    int count = 3;
};

// The reply assistant: intent model trained on the shipped knowledge base plus what agents taught
// it, turning a customer message into ranked, filled reply suggestions. Immutable once built and
// safe to share between threads; build() is slow (training) and belongs on a worker thread.
class ReplyEngine final
{
public:
    static std::shared_ptr<const ReplyEngine> build(KnowledgeBase knowledgeBase,
                                                    const QList<LabelledText> &learned, QString *error,
                                                    const TrainOptions &options = {});

    const KnowledgeBase &knowledgeBase() const { return m_knowledgeBase; }
    const IntentModel &model() const { return m_model; }
    qsizetype learnedExamples() const { return m_learned; }

    QList<IntentScore> classify(QStringView message, int top = 3) const;
    QList<Suggestion> suggest(const SuggestionQuery &query) const;

private:
    ReplyEngine(KnowledgeBase knowledgeBase, IntentModel model, qsizetype learned);

    KnowledgeBase m_knowledgeBase;
    IntentModel m_model;
    qsizetype m_learned = 0;
};

// --- The customer-facing bot -----------------------------------------------------------------

struct BotOptions
{
    double answerConfidence = 0.55; // below this the bot hands over instead of answering
    EscalationOptions escalation;
};

struct BotTurn
{
    QString message;
    QStringList earlierCustomerMessages; // oldest first
    QStringList tried;                   // intents the bot already answered here, oldest first
    QString locale;
    SlotValues slotValues;
};

struct BotDecision
{
    enum class Action { Answer, HandOff, Close };
    Action action = Action::HandOff;
    QString reason; // hand-off: escalation reason key, or needs_person, already_answered, missing_facts
    QString evidence;
    IntentScore best;
    QString reply; // Answer: the filled template
    QString templateId;
};

// One turn of the bot. It answers only what it is sure of and what needs no person; everything else
// goes to people in one step. Callers make sure it is never asked again once it handed over.
BotDecision decideBotTurn(const ReplyEngine &engine, const BotTurn &turn, const BotOptions &options = {});

} // namespace warmline::assist
