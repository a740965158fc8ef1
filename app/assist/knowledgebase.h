#pragma once

#include "assist/intentmodel.h"
#include "assist/knowledgeindex.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace warmline::assist {

// One suggested reply. `text` may hold slots such as {customer_name}; see KnowledgeBase::knownSlots().
struct ReplyTemplate
{
    QString id; // <intent key>.<locale>.<n>, e.g. late_delivery.zh_CN.1; never reused for other text
    QString locale;
    QString text;
};

// One after-sales question customers ask, with what the bot and the agent need to answer it.
struct KnowledgeIntent
{
    QString key;   // snake_case, stable: models and stored conversations refer to it
    QString topic; // one of KnowledgeBase::topics()
    // True when an informational answer settles it; false when a person has to act (a claim, a
    // charge to reverse, a decision).
    bool botAnswerable = false;
    QMap<QString, QString> titles;               // locale → title
    QMap<QString, QString> articles;             // locale → article body
    QMap<QString, QStringList> utterances;       // locale → example customer messages
    QMap<QString, QList<ReplyTemplate>> replies; // locale → reply templates
};

// The shipped knowledge base (resources/assist/knowledge_base.json, described in
// docs/knowledge-base.md): intents with articles, example messages and reply templates in every
// locale. Immutable once loaded.
class KnowledgeBase
{
public:
    static constexpr int minimumUtterances = 12; // per intent and locale
    static constexpr int minimumReplies = 2;     // per intent and locale
    static constexpr int formatVersion = 1;

    KnowledgeBase() = default; // empty: no intents

    static QString defaultPath(); // ":/warmline/assist/knowledge_base.json"
    // Reads and validates the whole file; the first problem found is reported in `error`, naming
    // the intent and the field (an unknown slot, a missing locale, a duplicate key or template id,
    // too few utterances, …).
    static std::optional<KnowledgeBase> load(const QString &path, QString *error);
    static std::optional<KnowledgeBase> parse(const QByteArray &json, QString *error);

    const QList<KnowledgeIntent> &intents() const;
    const KnowledgeIntent *intent(QStringView key) const;     // nullptr if unknown
    const ReplyTemplate *replyTemplate(QStringView id) const; // nullptr if unknown
    // One example per utterance, labelled with the intent key; every locale when `locale` is empty.
    QList<LabelledText> trainingExamples(const QString &locale = {}) const;
    // One article per intent and locale, for KnowledgeIndex. The id is the 1-based position in
    // intent order, then locale order (locales()), so it is stable for a given file.
    QList<Article> articles() const;

    static const QStringList &knownSlots(); // the slot names, without braces
    static const QStringList &locales();    // every intent has all of them: zh_CN, en
    static const QStringList &topics();

private:
    struct TemplateRef
    {
        qsizetype intent = 0;
        QString locale;
        qsizetype index = 0;
    };

    QList<KnowledgeIntent> m_intents;
    QHash<QString, qsizetype> m_intentByKey;
    QHash<QString, TemplateRef> m_templateById;
};

// Slot names used in a template, in order of first appearance, without braces. Only
// {identifier} counts as a slot; other braces are left alone.
QStringList templateSlots(QStringView text);

} // namespace warmline::assist
