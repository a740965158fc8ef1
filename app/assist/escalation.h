#pragma once

#include <QString>
#include <QStringList>

namespace warmline::assist {

// Why a customer should reach a person now (items 6 and 7 of the product brief): they asked for
// one, they are confused or upset, they are repeating themselves, or the bot is not sure.
enum class EscalationReason {
    None,
    AskedForPerson,
    Confused,
    Upset,
    Repeating,
    LowConfidence,
};

QString escalationReasonKey(EscalationReason reason);

struct EscalationSignal
{
    EscalationReason reason = EscalationReason::None;
    QString evidence; // the phrase that triggered it, for the hand-off summary
    bool escalate() const { return reason != EscalationReason::None; }
};

struct EscalationOptions
{
    double minimumConfidence = 0.45; // below this the bot does not answer by itself
    double repeatSimilarity = 0.6;   // token overlap (Jaccard) that counts as asking again
};

// Checks the newest customer message, given their earlier messages in this conversation (oldest
// first) and the bot's confidence in its best answer. The strongest reason wins: an explicit
// request for a person first, then distress, repetition, confusion, low confidence.
EscalationSignal detectEscalation(const QString &message, const QStringList &earlierMessages,
                                  double confidence, const EscalationOptions &options = {});

} // namespace warmline::assist
