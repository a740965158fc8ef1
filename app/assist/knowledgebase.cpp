#include "assist/knowledgebase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace warmline::assist {

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Length of the {identifier} starting at `pos` (braces included), or 0 if there is none.
qsizetype slotLengthAt(QStringView text, qsizetype pos)
{
    if (text[pos] != QLatin1Char('{') || pos + 2 >= text.size() || !isIdentifierStart(text[pos + 1]))
        return 0;
    qsizetype end = pos + 2;
    while (end < text.size() && isIdentifierChar(text[end]))
        ++end;
    if (end >= text.size() || text[end] != QLatin1Char('}'))
        return 0;
    return end - pos + 1;
}

// Reads one intent object; the first problem goes to `error` as "<field>: <what is wrong>".
class IntentReader
{
public:
    explicit IntentReader(const QJsonObject &object)
        : m_object(object)
    {
    }

    std::optional<KnowledgeIntent> read(QString *error)
    {
        static const QSet<QString> fields = {
            QStringLiteral("key"),     QStringLiteral("topic"),   QStringLiteral("botAnswerable"),
            QStringLiteral("title"),   QStringLiteral("article"), QStringLiteral("utterances"),
            QStringLiteral("replies"),
        };
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!fields.contains(it.key()))
                return fail(error, it.key(), QStringLiteral("unknown field"));
        }

        KnowledgeIntent intent;
        const QJsonValue key = m_object.value(QStringLiteral("key"));
        static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        if (!key.isString())
            return fail(error, QStringLiteral("key"), QStringLiteral("missing or not a string"));
        intent.key = key.toString();
        if (!snakeCase.match(intent.key).hasMatch())
            return fail(error, QStringLiteral("key"),
                        QStringLiteral("'%1' is not snake_case").arg(intent.key));

        const QJsonValue topic = m_object.value(QStringLiteral("topic"));
        if (!topic.isString() || !KnowledgeBase::topics().contains(topic.toString()))
            return fail(
                error, QStringLiteral("topic"),
                QStringLiteral("must be one of %1").arg(KnowledgeBase::topics().join(QStringLiteral(", "))));
        intent.topic = topic.toString();

        const QJsonValue bot = m_object.value(QStringLiteral("botAnswerable"));
        if (!bot.isBool())
            return fail(error, QStringLiteral("botAnswerable"), QStringLiteral("missing or not true/false"));
        intent.botAnswerable = bot.toBool();

        if (!readTexts(QStringLiteral("title"), intent.titles, error) ||
            !readTexts(QStringLiteral("article"), intent.articles, error) || !readUtterances(intent, error) ||
            !readReplies(intent, error))
            return std::nullopt;
        return intent;
    }

private:
    std::nullopt_t fail(QString *error, const QString &field, const QString &message)
    {
        *error = field + QStringLiteral(": ") + message;
        return std::nullopt;
    }

    // A locale → something object with exactly the known locales.
    std::optional<QJsonObject> perLocale(const QString &field, QString *error)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isObject())
            return fail(error, field, QStringLiteral("missing or not an object of locales"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!KnowledgeBase::locales().contains(it.key()))
                return fail(error, field + QLatin1Char('.') + it.key(), QStringLiteral("unknown locale"));
        }
        for (const QString &locale : KnowledgeBase::locales()) {
            if (!object.contains(locale))
                return fail(error, field + QLatin1Char('.') + locale, QStringLiteral("missing locale"));
        }
        return object;
    }

    bool readTexts(const QString &field, QMap<QString, QString> &out, QString *error)
    {
        const auto object = perLocale(field, error);
        if (!object)
            return false;
        for (const QString &locale : KnowledgeBase::locales()) {
            const QString text = object->value(locale).toString().trimmed();
            if (text.isEmpty()) {
                fail(error, field + QLatin1Char('.') + locale, QStringLiteral("missing or empty text"));
                return false;
            }
            out.insert(locale, text);
        }
        return true;
    }

    bool readUtterances(KnowledgeIntent &intent, QString *error)
    {
        const QString field = QStringLiteral("utterances");
        const auto object = perLocale(field, error);
        if (!object)
            return false;
        for (const QString &locale : KnowledgeBase::locales()) {
            const QString where = field + QLatin1Char('.') + locale;
            const QJsonValue value = object->value(locale);
            if (!value.isArray()) {
                fail(error, where, QStringLiteral("not an array"));
                return false;
            }
            QStringList texts;
            QSet<QString> seen;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString text = array.at(i).toString().trimmed();
                if (text.isEmpty()) {
                    fail(error, QStringLiteral("%1[%2]").arg(where).arg(i),
                         QStringLiteral("missing or empty text"));
                    return false;
                }
                if (seen.contains(text)) {
                    fail(error, QStringLiteral("%1[%2]").arg(where).arg(i),
                         QStringLiteral("duplicate utterance '%1'").arg(text));
                    return false;
                }
                seen.insert(text);
                texts.append(text);
            }
            if (texts.size() < KnowledgeBase::minimumUtterances) {
                fail(error, where,
                     QStringLiteral("%1 utterances, at least %2 required")
                         .arg(texts.size())
                         .arg(KnowledgeBase::minimumUtterances));
                return false;
            }
            intent.utterances.insert(locale, texts);
        }
        return true;
    }

    bool readReplies(KnowledgeIntent &intent, QString *error)
    {
        const QString field = QStringLiteral("replies");
        const auto object = perLocale(field, error);
        if (!object)
            return false;
        for (const QString &locale : KnowledgeBase::locales()) {
            const QString where = field + QLatin1Char('.') + locale;
            const QJsonValue value = object->value(locale);
            if (!value.isArray()) {
                fail(error, where, QStringLiteral("not an array"));
                return false;
            }
            QList<ReplyTemplate> templates;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
                const QJsonObject reply = array.at(i).toObject();
                const QString id = reply.value(QStringLiteral("id")).toString();
                const QString text = reply.value(QStringLiteral("text")).toString().trimmed();
                if (!array.at(i).isObject() || reply.size() != 2 || id.isEmpty() || text.isEmpty()) {
                    fail(error, at, QStringLiteral("must be an object with exactly a non-empty id and text"));
                    return false;
                }
                const QString prefix = intent.key + QLatin1Char('.') + locale + QLatin1Char('.');
                if (!id.startsWith(prefix) || id.size() == prefix.size()) {
                    fail(error, at + QStringLiteral(".id"),
                         QStringLiteral("'%1' does not have the form %2<n>").arg(id, prefix));
                    return false;
                }
                if (!checkTemplate(text, at + QStringLiteral(".text"), error))
                    return false;
                templates.append({id, locale, text});
            }
            if (templates.size() < KnowledgeBase::minimumReplies) {
                fail(error, where,
                     QStringLiteral("%1 reply templates, at least %2 required")
                         .arg(templates.size())
                         .arg(KnowledgeBase::minimumReplies));
                return false;
            }
            intent.replies.insert(locale, templates);
        }
        return true;
    }

    // Every brace must belong to a known {slot}: a typo such as {customer name} or {order_no}
    // would otherwise reach the customer verbatim.
    bool checkTemplate(const QString &text, const QString &where, QString *error)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('}')) {
                fail(error, where, QStringLiteral("'}' without a matching '{'"));
                return false;
            }
            if (text[i] != QLatin1Char('{'))
                continue;
            const qsizetype length = slotLengthAt(text, i);
            if (length == 0) {
                fail(error, where, QStringLiteral("'{' that does not start a {slot_name}"));
                return false;
            }
            const QString name = text.mid(i + 1, length - 2);
            if (!KnowledgeBase::knownSlots().contains(name)) {
                fail(error, where, QStringLiteral("unknown slot {%1}").arg(name));
                return false;
            }
            i += length - 1;
        }
        return true;
    }

    QJsonObject m_object;
};

int lineOfOffset(const QByteArray &json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

QString KnowledgeBase::defaultPath()
{
    return QStringLiteral(":/warmline/assist/knowledge_base.json");
}

const QStringList &KnowledgeBase::knownSlots()
{
    static const QStringList names = {
        QStringLiteral("customer_name"), QStringLiteral("order_number"), QStringLiteral("product"),
        QStringLiteral("merchant"),      QStringLiteral("order_date"),   QStringLiteral("delivery_date"),
        QStringLiteral("order_amount"),  QStringLiteral("order_status"), QStringLiteral("agent_name"),
    };
    return names;
}

const QStringList &KnowledgeBase::locales()
{
    static const QStringList locales = {QStringLiteral("zh_CN"), QStringLiteral("en")};
    return locales;
}

const QStringList &KnowledgeBase::topics()
{
    static const QStringList topics = {
        QStringLiteral("delivery"),     QStringLiteral("returns"),  QStringLiteral("refunds"),
        QStringLiteral("damage"),       QStringLiteral("invoices"), QStringLiteral("account"),
        QStringLiteral("payment"),      QStringLiteral("warranty"), QStringLiteral("address"),
        QStringLiteral("cancellation"), QStringLiteral("orders"),   QStringLiteral("promotions"),
        QStringLiteral("product"),      QStringLiteral("feedback"),
    };
    return topics;
}

std::optional<KnowledgeBase> KnowledgeBase::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto result = parse(file.readAll(), error);
    if (!result)
        *error = path + QStringLiteral(": ") + *error;
    return result;
}

std::optional<KnowledgeBase> KnowledgeBase::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("line %1: %2")
                     .arg(lineOfOffset(json, parseError.offset))
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("version")).toInt() != formatVersion) {
        *error = QStringLiteral("version: expected an object with \"version\": %1").arg(formatVersion);
        return std::nullopt;
    }
    const QJsonValue intents = root.value(QStringLiteral("intents"));
    if (!intents.isArray() || intents.toArray().isEmpty()) {
        *error = QStringLiteral("intents: missing or empty");
        return std::nullopt;
    }

    KnowledgeBase kb;
    QHash<QString, QString> intentOfUtterance; // locale + text → key, to catch one text in two intents
    const QJsonArray array = intents.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue key = array.at(i).toObject().value(QStringLiteral("key"));
        const QString label = key.isString() && !key.toString().isEmpty()
                                  ? QStringLiteral("intent '%1'").arg(key.toString())
                                  : QStringLiteral("intent #%1").arg(i + 1);
        if (!array.at(i).isObject()) {
            *error = label + QStringLiteral(": not an object");
            return std::nullopt;
        }
        QString problem;
        auto intent = IntentReader(array.at(i).toObject()).read(&problem);
        if (!intent) {
            *error = label + QStringLiteral(": ") + problem;
            return std::nullopt;
        }
        if (kb.m_intentByKey.contains(intent->key)) {
            *error =
                label +
                QStringLiteral(": key: duplicate of intent #%1").arg(kb.m_intentByKey.value(intent->key) + 1);
            return std::nullopt;
        }
        for (auto it = intent->utterances.cbegin(); it != intent->utterances.cend(); ++it) {
            for (const QString &text : it.value()) {
                const QString seenIn = intentOfUtterance.value(it.key() + QLatin1Char('\n') + text);
                if (!seenIn.isEmpty()) {
                    *error =
                        label + QStringLiteral(": utterances.%1: '%2' is also an utterance of intent '%3'")
                                    .arg(it.key(), text, seenIn);
                    return std::nullopt;
                }
                intentOfUtterance.insert(it.key() + QLatin1Char('\n') + text, intent->key);
            }
        }
        for (auto it = intent->replies.cbegin(); it != intent->replies.cend(); ++it) {
            for (qsizetype t = 0; t < it.value().size(); ++t) {
                const QString &id = it.value().at(t).id;
                if (kb.m_templateById.contains(id)) {
                    *error = label + QStringLiteral(": replies.%1[%2].id: duplicate template id '%3'")
                                         .arg(it.key())
                                         .arg(t)
                                         .arg(id);
                    return std::nullopt;
                }
                kb.m_templateById.insert(id, {i, it.key(), t});
            }
        }
        kb.m_intentByKey.insert(intent->key, i);
        kb.m_intents.append(*intent);
    }
    return kb;
}

const QList<KnowledgeIntent> &KnowledgeBase::intents() const
{
    return m_intents;
}

const KnowledgeIntent *KnowledgeBase::intent(QStringView key) const
{
    const auto it = m_intentByKey.constFind(key.toString());
    return it == m_intentByKey.cend() ? nullptr : &m_intents.at(*it);
}

const ReplyTemplate *KnowledgeBase::replyTemplate(QStringView id) const
{
    const auto it = m_templateById.constFind(id.toString());
    if (it == m_templateById.cend())
        return nullptr;
    const auto &replies = m_intents.at(it->intent).replies;
    const auto list = replies.constFind(it->locale);
    return &list->at(it->index);
}

QList<LabelledText> KnowledgeBase::trainingExamples(const QString &locale) const
{
    QList<LabelledText> examples;
    for (const KnowledgeIntent &intent : m_intents) {
        for (auto it = intent.utterances.cbegin(); it != intent.utterances.cend(); ++it) {
            if (!locale.isEmpty() && it.key() != locale)
                continue;
            for (const QString &text : it.value())
                examples.append({text, intent.key});
        }
    }
    return examples;
}

QList<Article> KnowledgeBase::articles() const
{
    QList<Article> result;
    qint64 id = 0;
    for (const KnowledgeIntent &intent : m_intents) {
        for (const QString &locale : locales())
            result.append(
                {++id, locale, intent.key, intent.titles.value(locale), intent.articles.value(locale)});
    }
    return result;
}

QStringList templateSlots(QStringView text)
{
    QStringList names;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = slotLengthAt(text, i);
        if (length == 0)
            continue;
        const QString name = text.mid(i + 1, length - 2).toString();
        if (!names.contains(name))
            names.append(name);
        i += length - 1;
    }
    return names;
}

} // namespace warmline::assist
