#include "assist/escalation.h"

#include "assist/textfeatures.h"

#include <functional>
#include <QRegularExpression>
#include <QSet>

namespace warmline::assist {

namespace {

// Phrases are matched on normalised text (NFKC + case folding), so 「人工」, "HUMAN" and
// full-width letters all match. English phrases match whole words only.
const QStringList personPhrases = {
    QStringLiteral("转人工"),
    QStringLiteral("人工客服"),
    QStringLiteral("人工服务"),
    QStringLiteral("找人工"),
    QStringLiteral("要人工"),
    QStringLiteral("真人"),
    QStringLiteral("人工"),
    QStringLiteral("客服人员"),
    QStringLiteral("找客服"),
    QStringLiteral("human"),
    QStringLiteral("agent"),
    QStringLiteral("real person"),
    QStringLiteral("a person"),
    QStringLiteral("an agent"),
    QStringLiteral("agent please"),
    QStringLiteral("live agent"),
    QStringLiteral("representative"),
    QStringLiteral("operator"),
    QStringLiteral("speak to someone"),
    QStringLiteral("talk to someone"),
};

const QStringList upsetPhrases = {
    QStringLiteral("投诉"),         QStringLiteral("太差"),     QStringLiteral("垃圾"),
    QStringLiteral("气死"),         QStringLiteral("骗子"),     QStringLiteral("第三次"),
    QStringLiteral("说了多少遍"),   QStringLiteral("到底"),     QStringLiteral("ridiculous"),
    QStringLiteral("unacceptable"), QStringLiteral("terrible"), QStringLiteral("third time"),
    QStringLiteral("fed up"),       QStringLiteral("scam"),     QStringLiteral("worst"),
};

const QStringList confusedPhrases = {
    QStringLiteral("不明白"),           QStringLiteral("听不懂"),
    QStringLiteral("看不懂"),           QStringLiteral("怎么办"),
    QStringLiteral("什么意思"),         QStringLiteral("不懂"),
    QStringLiteral("don't understand"), QStringLiteral("do not understand"),
    QStringLiteral("confused"),         QStringLiteral("what do you mean"),
    QStringLiteral("makes no sense"),   QStringLiteral("what should i do"),
};

bool isLatin(QStringView phrase)
{
    for (QChar c : phrase) {
        if (c.script() == QChar::Script_Han)
            return false;
    }
    return true;
}

// "Your agent was fantastic" talks about a person rather than asking for one; the bare words
// "agent" and "human" in that position are not a request.
bool describesSomeone(const QString &normalized, const QString &phrase)
{
    if (phrase != QLatin1StringView("agent") && phrase != QLatin1StringView("human"))
        return false;
    static const QRegularExpression describing(
        QStringLiteral("\\b(your|the|that|this|our|my)\\s+(agent|human)s?\\s+(was|is|were|has|had|did|"
                       "helped|solved|sorted|fixed|explained)\\b"));
    return describing.match(normalized).hasMatch();
}

// The first phrase found, in list order; `skip` may pass over a match that means something else.
QString findPhrase(const QString &normalized, const QStringList &phrases,
                   const std::function<bool(const QString &)> &skip = {})
{
    for (const QString &phrase : phrases) {
        if (skip && normalized.contains(phrase) && skip(phrase))
            continue;
        if (isLatin(phrase)) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(phrase)));
            if (word.match(normalized).hasMatch())
                return phrase;
        } else if (normalized.contains(phrase)) {
            return phrase;
        }
    }
    return {};
}

} // namespace

QString escalationReasonKey(EscalationReason reason)
{
    switch (reason) {
    case EscalationReason::None:
        return QStringLiteral("none");
    case EscalationReason::AskedForPerson:
        return QStringLiteral("asked_for_person");
    case EscalationReason::Confused:
        return QStringLiteral("confused");
    case EscalationReason::Upset:
        return QStringLiteral("upset");
    case EscalationReason::Repeating:
        return QStringLiteral("repeating");
    case EscalationReason::LowConfidence:
        return QStringLiteral("low_confidence");
    }
    return {};
}

EscalationSignal detectEscalation(const QString &message, const QStringList &earlierMessages,
                                  double confidence, const EscalationOptions &options)
{
    const QString normalized = normalizeText(message);
    const auto describing = [&normalized](const QString &phrase) {
        return describesSomeone(normalized, phrase);
    };
    if (const QString phrase = findPhrase(normalized, personPhrases, describing); !phrase.isEmpty())
        return {EscalationReason::AskedForPerson, phrase};
    if (const QString phrase = findPhrase(normalized, upsetPhrases); !phrase.isEmpty())
        return {EscalationReason::Upset, phrase};
    // Shouting: several exclamation marks in a row, ASCII or full-width (normalised to ASCII).
    if (normalized.contains(QStringLiteral("!!")))
        return {EscalationReason::Upset, QStringLiteral("!!")};
    for (const QString &earlier : earlierMessages) {
        if (wordOverlap(message, earlier) >= options.repeatSimilarity)
            return {EscalationReason::Repeating, earlier};
    }
    if (const QString phrase = findPhrase(normalized, confusedPhrases); !phrase.isEmpty())
        return {EscalationReason::Confused, phrase};
    if (confidence < options.minimumConfidence)
        return {EscalationReason::LowConfidence, QString::number(confidence, 'f', 2)};
    return {};
}

} // namespace warmline::assist
