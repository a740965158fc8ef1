#include "core/openingline.h"

#include "core/profile.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace warmline::core {

namespace {

struct VariableSpec
{
    const char *name;
    const char *description;
    bool alwaysAvailable;
};

constexpr VariableSpec variableSpecs[] = {
    {"greeting",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "Greeting for the customer's time of day: 早上好, 中午好, 下午好, 晚上好 / Good "
                       "morning, Good afternoon, Good evening"),
     true},
    {"customer_name", QT_TRANSLATE_NOOP("OpeningLine", "The customer's name, e.g. 王芳 or Emily Carter"),
     false},
    {"form_of_address",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "Surname with 先生/女士 or Mr/Ms, e.g. 王女士 or Ms Carter; only when we know "
                       "how the customer likes to be addressed"),
     false},
    {"festival",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "Today's festival, e.g. 中秋节 / Mid-Autumn Festival; empty on ordinary days"),
     false},
    {"festival_greeting",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "The wish for today's festival, e.g. 中秋快乐 / Happy Mid-Autumn Festival; empty "
                       "on ordinary days"),
     false},
    {"latest_product",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "The product of the order this conversation is about, or else of the latest order"),
     false},
    {"days_since_delivery",
     QT_TRANSLATE_NOOP("OpeningLine", "Days since that order was delivered, e.g. 3; empty if not delivered"),
     false},
    {"delivered_ago",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "When that order was delivered: 今天, 昨天, 前天, 3天前 / today, yesterday, 3 days "
                       "ago"),
     false},
    {"tier",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "The customer's membership, e.g. 金卡会员 / Gold member; empty for standard members"),
     false},
    {"agent_name", QT_TRANSLATE_NOOP("OpeningLine", "Your name as customers see it"), true},
    {"channel",
     QT_TRANSLATE_NOOP("OpeningLine",
                       "Where the customer reached us: 微信, 电话, 网页… / WeChat, phone, web chat…"),
     true},
};

const VariableSpec *findSpec(QStringView name)
{
    for (const VariableSpec &spec : variableSpecs) {
        if (name == QLatin1StringView(spec.name))
            return &spec;
    }
    return nullptr;
}

bool isChinese(const OpeningContext &context)
{
    return greetingLanguage(context.locale) == GreetingLanguage::Chinese;
}

// Values come from data the agent does not control: one line, no control characters.
QString cleanValue(const QString &value)
{
    QString cleaned;
    cleaned.reserve(value.size());
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            cleaned.append(QLatin1Char(' '));
        else
            cleaned.append(c);
    }
    return cleaned.simplified();
}

std::optional<QString> nonEmpty(const QString &value)
{
    QString cleaned = cleanValue(value);
    if (cleaned.isEmpty())
        return std::nullopt;
    return cleaned;
}

bool isHan(char32_t codePoint)
{
    return QChar::script(codePoint) == QChar::Script_Han;
}

std::optional<int> daysSinceDelivery(const OpeningContext &context)
{
    if (!context.deliveredOn || !context.deliveredOn->isValid() || !context.now.isValid())
        return std::nullopt;
    const qint64 days = context.deliveredOn->daysTo(context.now.date());
    if (days < 0)
        return std::nullopt; // delivered "in the future": the data is wrong, say nothing
    return int(days);
}

QString tierName(const QString &tier, bool chinese)
{
    if (tier == QLatin1StringView("silver"))
        return chinese ? QStringLiteral("银卡会员") : QStringLiteral("Silver member");
    if (tier == QLatin1StringView("gold"))
        return chinese ? QStringLiteral("金卡会员") : QStringLiteral("Gold member");
    if (tier == QLatin1StringView("vip"))
        return chinese ? QStringLiteral("VIP会员") : QStringLiteral("VIP member");
    return {};
}

QString channelWord(Channel channel, bool chinese)
{
    switch (channel) {
    case Channel::Web:
        return chinese ? QStringLiteral("网页") : QStringLiteral("web chat");
    case Channel::App:
        return QStringLiteral("App");
    case Channel::Phone:
        return chinese ? QStringLiteral("电话") : QStringLiteral("phone");
    case Channel::WeChat:
        return chinese ? QStringLiteral("微信") : QStringLiteral("WeChat");
    case Channel::Sms:
        return chinese ? QStringLiteral("短信") : QStringLiteral("SMS");
    }
    return {};
}

// ---- Edit distance, for suggestions and near-clichés ----------------------------------------

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QStringList suggestionsFor(const QString &typed)
{
    QString wanted = typed.toLower();
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    wanted.replace(separators, QStringLiteral("_"));
    if (wanted.isEmpty())
        return {};
    if (findSpec(wanted))
        return {wanted};

    const int threshold = wanted.size() <= 4 ? 1 : wanted.size() <= 8 ? 2 : 3;
    int best = threshold + 1;
    QStringList closest;
    for (const VariableSpec &spec : variableSpecs) {
        const QString name = QString::fromLatin1(spec.name);
        const int distance = editDistance(wanted, name);
        if (distance < best) {
            best = distance;
            closest = {name};
        } else if (distance == best) {
            closest.append(name);
        }
    }
    if (!closest.isEmpty())
        return closest;

    // "name" → customer_name, agent_name; "product" → latest_product.
    QStringList containing;
    if (wanted.size() >= 3) {
        for (const VariableSpec &spec : variableSpecs) {
            const QString name = QString::fromLatin1(spec.name);
            if (name.contains(wanted))
                containing.append(name);
        }
    }
    return containing.size() <= 3 ? containing : QStringList();
}

// ---- Parser ----------------------------------------------------------------------------------

bool isEscapable(QChar c)
{
    return c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u'|' || c == u'\\';
}

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

class Parser
{
public:
    explicit Parser(const QString &source)
        : m_source(source)
    {
    }

    QList<TemplateNode> parseAll(QList<TemplateToken> &tokens, QList<TemplateDiagnostic> &diagnostics)
    {
        bool closed = false;
        QList<TemplateNode> nodes = parseSequence(Until::End, 0, &closed);
        tokens = std::move(m_tokens);
        diagnostics = std::move(m_diagnostics);
        return nodes;
    }

private:
    enum class Until { End, CloseBrace, CloseBracket };

    struct PendingText
    {
        QString text;
        qsizetype position = -1;
        qsizetype end = -1;
    };

    void addToken(TemplateToken::Kind kind, qsizetype position, qsizetype length)
    {
        if (kind == TemplateToken::Kind::Text && !m_tokens.isEmpty()) {
            TemplateToken &last = m_tokens.last();
            if (last.kind == TemplateToken::Kind::Text && last.position + last.length == position) {
                last.length += length;
                return;
            }
        }
        m_tokens.append(TemplateToken{kind, position, length});
    }

    void addDiagnostic(TemplateDiagnostic::Kind kind, qsizetype position, qsizetype length, QString message)
    {
        TemplateDiagnostic diagnostic;
        diagnostic.kind = kind;
        diagnostic.position = position;
        diagnostic.length = length;
        diagnostic.message = std::move(message);
        m_diagnostics.append(std::move(diagnostic));
    }

    static void appendText(PendingText &pending, QStringView text, qsizetype position, qsizetype length)
    {
        if (pending.position < 0)
            pending.position = position;
        pending.text.append(text);
        pending.end = position + length;
    }

    static void flush(PendingText &pending, QList<TemplateNode> &nodes)
    {
        if (pending.position < 0)
            return;
        TemplateNode node;
        node.kind = TemplateNode::Kind::Text;
        node.text = std::move(pending.text);
        node.position = pending.position;
        node.length = pending.end - pending.position;
        nodes.append(std::move(node));
        pending = PendingText();
    }

    QList<TemplateNode> parseSequence(Until until, int depth, bool *closed)
    {
        QList<TemplateNode> nodes;
        PendingText pending;
        const qsizetype size = m_source.size();
        while (m_pos < size) {
            const QChar c = m_source.at(m_pos);
            if (c == u'\\' && m_pos + 1 < size && isEscapable(m_source.at(m_pos + 1))) {
                appendText(pending, QStringView(m_source).mid(m_pos + 1, 1), m_pos, 2);
                addToken(TemplateToken::Kind::Escape, m_pos, 2);
                m_pos += 2;
            } else if (c == u'}') {
                if (until == Until::CloseBrace) {
                    flush(pending, nodes);
                    *closed = true;
                    return nodes;
                }
                flush(pending, nodes);
                addDiagnostic(
                    TemplateDiagnostic::Kind::UnmatchedCloseBrace, m_pos, 1,
                    QCoreApplication::translate(
                        "OpeningLine", "This } has no { before it. To show a brace as text, write \\}."));
                addToken(TemplateToken::Kind::Stray, m_pos, 1);
                ++m_pos;
            } else if (c == u']') {
                if (until == Until::CloseBracket) {
                    flush(pending, nodes);
                    *closed = true;
                    return nodes;
                }
                flush(pending, nodes);
                addDiagnostic(
                    TemplateDiagnostic::Kind::UnmatchedCloseSection, m_pos, 1,
                    QCoreApplication::translate(
                        "OpeningLine", "This ] has no [ before it. To show a bracket as text, write \\]."));
                addToken(TemplateToken::Kind::Stray, m_pos, 1);
                ++m_pos;
            } else if (c == u'{' || c == u'[') {
                flush(pending, nodes);
                if (depth >= maxTemplateNesting) {
                    addDiagnostic(TemplateDiagnostic::Kind::TooDeep, m_pos, 1,
                                  QCoreApplication::translate(
                                      "OpeningLine",
                                      "Too many variables and optional parts inside each other: at most %1 "
                                      "levels.")
                                      .arg(maxTemplateNesting));
                    addToken(TemplateToken::Kind::Stray, m_pos, 1);
                    ++m_pos;
                    continue;
                }
                std::optional<TemplateNode> node = c == u'{' ? parseVariable(depth) : parseSection(depth);
                if (node)
                    nodes.append(std::move(*node));
            } else {
                appendText(pending, QStringView(m_source).mid(m_pos, 1), m_pos, 1);
                addToken(TemplateToken::Kind::Text, m_pos, 1);
                ++m_pos;
            }
        }
        flush(pending, nodes);
        *closed = false;
        return nodes;
    }

    // At a '{'. Returns no node when the brace turned out not to open a variable.
    std::optional<TemplateNode> parseVariable(int depth)
    {
        const qsizetype open = m_pos;
        const qsizetype size = m_source.size();
        qsizetype end = open + 1;
        while (end < size) {
            const QChar c = m_source.at(end);
            if (c == u'}' || c == u'|' || c == u'{' || c == u'[' || c == u']' || c == u'\n')
                break;
            ++end;
        }
        if (end >= size || (m_source.at(end) != u'}' && m_source.at(end) != u'|')) {
            addDiagnostic(TemplateDiagnostic::Kind::UnclosedBrace, open, 1,
                          QCoreApplication::translate(
                              "OpeningLine",
                              "This { is not closed. End the variable with }, as in {customer_name}; to "
                              "show a brace as text, write \\{."));
            addToken(TemplateToken::Kind::Stray, open, 1);
            ++m_pos; // the rest is read as ordinary text
            return std::nullopt;
        }

        qsizetype nameStart = open + 1;
        qsizetype nameEnd = end;
        while (nameStart < nameEnd && m_source.at(nameStart).isSpace())
            ++nameStart;
        while (nameEnd > nameStart && m_source.at(nameEnd - 1).isSpace())
            --nameEnd;
        const QString name = m_source.mid(nameStart, nameEnd - nameStart);

        const qsizetype braceToken = m_tokens.size();
        addToken(TemplateToken::Kind::VariableBrace, open, 1);
        if (nameStart > open + 1)
            addToken(TemplateToken::Kind::Text, open + 1, nameStart - open - 1);

        if (name.isEmpty()) {
            addDiagnostic(TemplateDiagnostic::Kind::EmptyVariable, open, end - open + 1,
                          QCoreApplication::translate(
                              "OpeningLine",
                              "Empty braces: put a variable name between { and }, as in {customer_name}."));
        } else {
            const bool wellFormed = std::all_of(name.cbegin(), name.cend(), isNameCharacter);
            const QStringList suggestions = suggestionsFor(name);
            QString message;
            if (!wellFormed) {
                message = suggestions.size() == 1
                              ? QCoreApplication::translate("OpeningLine",
                                                            "“%1” is not a variable name — did you mean %2?")
                                    .arg(name, suggestions.first())
                              : QCoreApplication::translate(
                                    "OpeningLine",
                                    "“%1” is not a variable name. Names look like customer_name: letters "
                                    "a–z, digits and _.")
                                    .arg(name);
                addDiagnostic(TemplateDiagnostic::Kind::InvalidVariableName, nameStart, name.size(), message);
            } else if (!findSpec(name)) {
                if (suggestions.isEmpty())
                    message = QCoreApplication::translate("OpeningLine", "There is no variable called “%1”.")
                                  .arg(name);
                else if (suggestions.size() == 1)
                    message = QCoreApplication::translate(
                                  "OpeningLine", "There is no variable called “%1” — did you mean %2?")
                                  .arg(name, suggestions.first());
                else
                    message = QCoreApplication::translate(
                                  "OpeningLine", "There is no variable called “%1” — did you mean one of %2?")
                                  .arg(name, suggestions.join(QStringLiteral(", ")));
                addDiagnostic(TemplateDiagnostic::Kind::UnknownVariable, nameStart, name.size(), message);
            }
            addToken(findSpec(name) ? TemplateToken::Kind::VariableName : TemplateToken::Kind::UnknownName,
                     nameStart, name.size());
        }
        if (end > nameEnd)
            addToken(TemplateToken::Kind::Text, nameEnd, end - nameEnd);

        TemplateNode node;
        node.kind = TemplateNode::Kind::Variable;
        node.text = name;
        node.position = open;
        node.namePosition = nameStart;
        node.nameLength = name.size();
        if (m_source.at(end) == u'|') {
            node.hasFallback = true;
            addToken(TemplateToken::Kind::FallbackSeparator, end, 1);
            m_pos = end + 1;
            bool closed = false;
            node.children = parseSequence(Until::CloseBrace, depth + 1, &closed);
            if (!closed) {
                addDiagnostic(TemplateDiagnostic::Kind::UnclosedBrace, open, 1,
                              QCoreApplication::translate(
                                  "OpeningLine",
                                  "This { is not closed: its fallback runs to the end. Add } where the "
                                  "fallback ends, as in {customer_name|您}."));
                m_tokens[braceToken].kind = TemplateToken::Kind::Stray;
                node.length = m_pos - open;
                return node;
            }
        } else {
            m_pos = end;
        }
        addToken(TemplateToken::Kind::VariableBrace, m_pos, 1);
        ++m_pos;
        node.length = m_pos - open;
        return node;
    }

    // At a '['.
    std::optional<TemplateNode> parseSection(int depth)
    {
        const qsizetype open = m_pos;
        const qsizetype bracketToken = m_tokens.size();
        addToken(TemplateToken::Kind::SectionBracket, open, 1);
        ++m_pos;
        bool closed = false;
        TemplateNode node;
        node.kind = TemplateNode::Kind::Section;
        node.position = open;
        node.children = parseSequence(Until::CloseBracket, depth + 1, &closed);
        if (closed) {
            addToken(TemplateToken::Kind::SectionBracket, m_pos, 1);
            ++m_pos;
        } else {
            addDiagnostic(TemplateDiagnostic::Kind::UnclosedSection, open, 1,
                          QCoreApplication::translate(
                              "OpeningLine",
                              "This [ starts an optional part that is never closed: add ] where the part "
                              "ends. To show a bracket as text, write \\[."));
            m_tokens[bracketToken].kind = TemplateToken::Kind::Stray;
        }
        node.length = m_pos - open;
        return node;
    }

    const QString &m_source;
    qsizetype m_pos = 0;
    QList<TemplateToken> m_tokens;
    QList<TemplateDiagnostic> m_diagnostics;
};

// ---- Checks on a parsed template -------------------------------------------------------------

constexpr QChar variablePlaceholder = QChar(0xFFFC);

// The fixed text of a template as a customer could read it (every optional part shown, each
// variable one placeholder, fallbacks left out), with each character's place in the source.
struct FlatText
{
    QString text;
    QList<qsizetype> positions;
    QList<qsizetype> lengths;
};

void flatten(const QString &source, const QList<TemplateNode> &nodes, FlatText &flat)
{
    for (const TemplateNode &node : nodes) {
        switch (node.kind) {
        case TemplateNode::Kind::Text: {
            // A text node spans only text and escapes; an escape is one character from two.
            const qsizetype end = node.position + node.length;
            for (qsizetype i = node.position; i < end;) {
                const qsizetype width =
                    source[i] == u'\\' && i + 1 < end && isEscapable(source[i + 1]) ? 2 : 1;
                flat.text.append(source[i + width - 1]);
                flat.positions.append(i);
                flat.lengths.append(width);
                i += width;
            }
            break;
        }
        case TemplateNode::Kind::Variable:
            flat.text.append(variablePlaceholder);
            flat.positions.append(node.position);
            flat.lengths.append(node.length);
            break;
        case TemplateNode::Kind::Section:
            flatten(source, node.children, flat);
            break;
        }
    }
}

bool hasVariable(const QList<TemplateNode> &nodes)
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const TemplateNode &node) {
        return node.kind == TemplateNode::Kind::Variable || hasVariable(node.children);
    });
}

// Variables that would hide the section they are in when missing: no fallback, and not inside a
// nested section (which decides alone). Fallback contents count: they are needed when used.
bool hasHidingVariable(const QList<TemplateNode> &nodes)
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const TemplateNode &node) {
        if (node.kind != TemplateNode::Kind::Variable)
            return false;
        return !node.hasFallback || hasHidingVariable(node.children);
    });
}

void checkStructure(const QList<TemplateNode> &nodes, bool inSection, QList<TemplateDiagnostic> &diagnostics)
{
    for (const TemplateNode &node : nodes) {
        if (node.kind == TemplateNode::Kind::Variable) {
            const VariableSpec *spec = findSpec(node.text);
            if (spec && !spec->alwaysAvailable && !node.hasFallback && !inSection) {
                TemplateDiagnostic diagnostic;
                diagnostic.kind = TemplateDiagnostic::Kind::MayBeMissing;
                diagnostic.position = node.position;
                diagnostic.length = node.length;
                diagnostic.message =
                    QCoreApplication::translate(
                        "OpeningLine", "{%1} is empty for some customers or on some days. Put it inside "
                                       "[ ] so that part is left out, or give a fallback: {%1|…}.")
                        .arg(node.text);
                diagnostics.append(diagnostic);
            }
            checkStructure(node.children, inSection, diagnostics);
        } else if (node.kind == TemplateNode::Kind::Section) {
            if (!hasHidingVariable(node.children)) {
                TemplateDiagnostic diagnostic;
                diagnostic.kind = TemplateDiagnostic::Kind::SectionWithoutVariable;
                diagnostic.position = node.position;
                diagnostic.length = node.length;
                diagnostic.message = QCoreApplication::translate(
                    "OpeningLine", "This optional part is always shown: nothing in it can be missing. "
                                   "Optional parts are for variables without a fallback.");
                diagnostics.append(diagnostic);
            }
            checkStructure(node.children, true, diagnostics);
        }
    }
}

// The index of the code point after the first `count` code points, or -1 if there are fewer.
qsizetype indexAfterCodePoints(QStringView text, qsizetype count)
{
    qsizetype seen = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (seen == count)
            return i;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++seen;
    }
    return -1;
}

void checkFullWidthBraces(const QString &source, QList<TemplateDiagnostic> &diagnostics)
{
    static const QRegularExpression pattern(
        QStringLiteral("([{\\x{FF5B}])\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*([}\\x{FF5D}])"));
    for (auto it = pattern.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool fullWidth =
            match.captured(1) != QLatin1StringView("{") || match.captured(3) != QLatin1StringView("}");
        const QString name = match.captured(2).toLower();
        if (!fullWidth || !findSpec(name))
            continue;
        TemplateDiagnostic diagnostic;
        diagnostic.kind = TemplateDiagnostic::Kind::FullWidthBraces;
        diagnostic.position = match.capturedStart(0);
        diagnostic.length = match.capturedLength(0);
        diagnostic.message =
            QCoreApplication::translate(
                "OpeningLine",
                "Full-width braces ｛ ｝ are plain text. Write {%1} with half-width braces to insert the "
                "variable.")
                .arg(name);
        diagnostics.append(diagnostic);
    }
}

bool isSentenceEnd(QChar c)
{
    static const QString ends = QStringLiteral("。！？!?；;.…\n");
    return ends.contains(c);
}

void addClicheWarning(const FlatText &flat, qsizetype from, qsizetype to, const QString &cliche,
                      QList<TemplateDiagnostic> &diagnostics)
{
    TemplateDiagnostic diagnostic;
    diagnostic.kind = TemplateDiagnostic::Kind::Cliche;
    diagnostic.position = flat.positions[from];
    diagnostic.length = flat.positions[to - 1] + flat.lengths[to - 1] - diagnostic.position;
    diagnostic.message =
        QCoreApplication::translate(
            "OpeningLine", "This sounds like the stock phrase “%1”, which customers hear everywhere. Say "
                           "it your own way: their name, their order, the time of day.")
            .arg(cliche);
    diagnostics.append(diagnostic);
}

struct ClicheMatch
{
    QString cliche;
    int distance = 0;
};
std::optional<ClicheMatch> closestCliche(const QString &text);

// The whole line and each sentence are compared with the stock phrases; the closer match wins,
// so "Hi {customer_name}. Thank you for your patience." points at its second sentence while a
// stock phrase broken into two sentences is still recognised as one.
void checkCliches(const FlatText &flat, QList<TemplateDiagnostic> &diagnostics)
{
    auto trimmedRange = [&](qsizetype from, qsizetype to) {
        while (from < to && flat.text[from].isSpace())
            ++from;
        while (to > from && flat.text[to - 1].isSpace())
            --to;
        return std::pair{from, to};
    };
    const auto [allFrom, allTo] = trimmedRange(0, flat.text.size());
    if (allFrom >= allTo)
        return;
    const std::optional<ClicheMatch> whole = closestCliche(flat.text.mid(allFrom, allTo - allFrom));

    struct SentenceMatch
    {
        qsizetype from;
        qsizetype to;
        ClicheMatch match;
    };
    QList<SentenceMatch> sentences;
    int bestSentence = std::numeric_limits<int>::max();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= flat.text.size(); ++i) {
        if (i < flat.text.size() && !isSentenceEnd(flat.text[i]))
            continue;
        const qsizetype end = i < flat.text.size() ? i + 1 : i; // a sentence keeps its full stop
        const auto [from, to] = trimmedRange(start, end);
        if (from < to && !(from == allFrom && to == allTo)) {
            if (const auto match = closestCliche(flat.text.mid(from, to - from))) {
                sentences.append(SentenceMatch{from, to, *match});
                bestSentence = std::min(bestSentence, match->distance);
            }
        }
        start = end;
    }

    if (whole && whole->distance <= bestSentence) {
        addClicheWarning(flat, allFrom, allTo, whole->cliche, diagnostics);
        return;
    }
    for (const SentenceMatch &sentence : sentences)
        addClicheWarning(flat, sentence.from, sentence.to, sentence.match.cliche, diagnostics);
}

// ---- Clichés --------------------------------------------------------------------------------

constexpr QChar wildcard = QChar(0xE000);
constexpr qsizetype wildcardMaxLength = 16;

QString normalizedForCliche(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString kept;
    kept.reserve(folded.size());
    for (QChar c : folded) {
        if (c == variablePlaceholder || c == wildcard || c.isLetterOrNumber() || c.isSurrogate())
            kept.append(c);
    }
    return kept;
}

struct ClichePattern
{
    QString display;
    QString normalized; // with wildcards
    qsizetype fixedLength = 0;
};

const QList<ClichePattern> &clichePatterns()
{
    static const QList<ClichePattern> patterns = [] {
        QList<ClichePattern> result;
        for (const QString &cliche : openingCliches()) {
            ClichePattern pattern;
            pattern.display = cliche;
            const QStringList pieces = cliche.split(QStringLiteral("XX"));
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                if (i > 0)
                    pattern.normalized.append(wildcard);
                const QString piece = normalizedForCliche(pieces[i]);
                pattern.normalized.append(piece);
                pattern.fixedLength += piece.size();
            }
            result.append(pattern);
        }
        return result;
    }();
    return patterns;
}

// Levenshtein distance between a pattern and a whole text, where a wildcard in the pattern
// stands for up to wildcardMaxLength characters of the text at no cost.
int clicheDistance(QStringView pattern, QStringView text)
{
    // A variable is a personal touch: leaving it out of the phrase costs two edits, not one.
    auto cost = [](QChar c) { return c == variablePlaceholder ? 2 : 1; };
    const qsizetype n = text.size();
    QList<int> previous(n + 1);
    QList<int> current(n + 1);
    previous[0] = 0;
    for (qsizetype j = 1; j <= n; ++j)
        previous[j] = previous[j - 1] + cost(text[j - 1]);
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        const QChar p = pattern[i - 1];
        if (p == wildcard) {
            for (qsizetype j = 0; j <= n; ++j) {
                int best = previous[j];
                for (qsizetype k = std::max<qsizetype>(0, j - wildcardMaxLength); k < j; ++k)
                    best = std::min(best, previous[k]);
                current[j] = best;
            }
        } else {
            current[0] = previous[0] + 1;
            for (qsizetype j = 1; j <= n; ++j) {
                const QChar t = text[j - 1];
                const int substitution = previous[j - 1] + (p == t ? 0 : cost(t));
                current[j] = std::min({previous[j] + 1, current[j - 1] + cost(t), substitution});
            }
        }
        std::swap(previous, current);
    }
    return previous[n];
}

std::optional<ClicheMatch> closestCliche(const QString &text)
{
    const QString normalized = normalizedForCliche(text);
    if (normalized.isEmpty())
        return std::nullopt;
    std::optional<ClicheMatch> best;
    for (const ClichePattern &pattern : clichePatterns()) {
        // One edit in four of the fixed words: "How can I help you today?" is still the phrase.
        const int allowed = int(std::max<qsizetype>(1, pattern.fixedLength / 4));
        const qsizetype longest =
            pattern.fixedLength + allowed + (pattern.normalized.contains(wildcard) ? wildcardMaxLength : 0);
        if (normalized.size() > longest)
            continue;
        const int distance = clicheDistance(pattern.normalized, normalized);
        if (distance <= allowed && (!best || distance < best->distance))
            best = ClicheMatch{pattern.display, distance};
    }
    return best;
}

// ---- Rendering ------------------------------------------------------------------------------

class Renderer
{
public:
    explicit Renderer(const OpeningContext &context)
        : m_context(context)
    {
    }

    // Appends to `out`; names of variables that had no value go to `missing`.
    void render(const QList<TemplateNode> &nodes, QString &out, QStringList &missing)
    {
        for (const TemplateNode &node : nodes) {
            switch (node.kind) {
            case TemplateNode::Kind::Text:
                out.append(node.text);
                break;
            case TemplateNode::Kind::Variable:
                if (const std::optional<QString> value = valueOf(node.text))
                    out.append(*value);
                else if (node.hasFallback)
                    render(node.children, out, missing);
                else
                    missing.append(node.text);
                break;
            case TemplateNode::Kind::Section: {
                QString part;
                QStringList partMissing;
                render(node.children, part, partMissing);
                if (partMissing.isEmpty())
                    out.append(part);
                break;
            }
            }
        }
    }

private:
    std::optional<QString> valueOf(const QString &name)
    {
        auto it = m_values.find(name);
        if (it == m_values.end())
            it = m_values.insert(name, openingValue(name, m_context));
        return *it;
    }

    const OpeningContext &m_context;
    QHash<QString, std::optional<QString>> m_values;
};

QString tidy(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c == u' ' && result.endsWith(u' '))
            continue;
        result.append(c);
    }
    return result.trimmed();
}

} // namespace

// ---- Context and values ---------------------------------------------------------------------

OpeningContext openingContextFor(const CustomerProfile &profile, const QString &agentName,
                                 std::optional<Channel> channel, const QDateTime &now)
{
    OpeningContext context;
    if (!profile.header.locale.isEmpty())
        context.locale = QLocale(profile.header.locale);
    context.now = now;
    context.customerName = profile.header.name;
    context.tier = profile.header.tier;
    context.agentName = agentName;
    context.channel = channel;

    std::optional<OrderRow> order = profile.focusOrder;
    if (!order) {
        for (const OrderRow &row : profile.orders) {
            if (row.status == QLatin1StringView("cancelled") || row.status == QLatin1StringView("returned") ||
                row.status == QLatin1StringView("refunded"))
                continue;
            if (!order || row.orderedAtMs > order->orderedAtMs)
                order = row;
        }
    }
    if (order) {
        context.latestProduct = order->productName;
        if (order->deliveredAtMs > 0 && now.isValid()) {
            const qint64 localMs = order->deliveredAtMs + qint64(now.offsetFromUtc()) * 1000;
            context.deliveredOn = QDateTime::fromMSecsSinceEpoch(localMs, QTimeZone::utc()).date();
        }
    }
    return context;
}

QString OpeningVariable::description() const
{
    return descriptionSource ? QCoreApplication::translate("OpeningLine", descriptionSource) : QString();
}

QList<OpeningVariable> openingVariables()
{
    QList<OpeningVariable> variables;
    for (const VariableSpec &spec : variableSpecs)
        variables.append(
            OpeningVariable{QString::fromLatin1(spec.name), spec.description, spec.alwaysAvailable});
    return variables;
}

std::optional<OpeningVariable> openingVariable(QStringView name)
{
    const VariableSpec *spec = findSpec(name);
    if (!spec)
        return std::nullopt;
    return OpeningVariable{QString::fromLatin1(spec->name), spec->description, spec->alwaysAvailable};
}

QString timeOfDayGreeting(QTime time, GreetingLanguage language)
{
    if (!time.isValid())
        return {};
    const int hour = time.hour();
    if (language == GreetingLanguage::Chinese) {
        if (hour >= 5 && hour < 11)
            return QStringLiteral("早上好");
        if (hour >= 11 && hour < 13)
            return QStringLiteral("中午好");
        if (hour >= 13 && hour < 18)
            return QStringLiteral("下午好");
        return QStringLiteral("晚上好");
    }
    if (hour >= 5 && hour < 12)
        return QStringLiteral("Good morning");
    if (hour >= 12 && hour < 18)
        return QStringLiteral("Good afternoon");
    return QStringLiteral("Good evening");
}

QString surnameOf(const QString &fullName)
{
    const QString name = cleanValue(fullName);
    if (name.isEmpty())
        return {};
    const QList<uint> codePoints = name.toUcs4();
    if (isHan(codePoints.first())) {
        // The common two-character surnames; only when a given name follows (欧阳 alone is 欧 阳).
        static const QStringList compound = {
            QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
            QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
            QStringLiteral("慕容"), QStringLiteral("长孙"), QStringLiteral("宇文"), QStringLiteral("司徒"),
            QStringLiteral("令狐"), QStringLiteral("夏侯"), QStringLiteral("端木"), QStringLiteral("独孤"),
            QStringLiteral("南宫"), QStringLiteral("西门"), QStringLiteral("轩辕"), QStringLiteral("呼延"),
            QStringLiteral("申屠"), QStringLiteral("澹台"), QStringLiteral("太史"), QStringLiteral("闻人")};
        if (codePoints.size() >= 3) {
            const QString firstTwo =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), 2);
            if (compound.contains(firstTwo))
                return firstTwo;
        }
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), 1);
    }
    return name.section(QLatin1Char(' '), -1);
}

std::optional<QString> openingValue(QStringView name, const OpeningContext &context)
{
    const bool chinese = isChinese(context);
    const GreetingLanguage language = chinese ? GreetingLanguage::Chinese : GreetingLanguage::English;
    if (name == u"greeting") {
        if (!context.now.isValid())
            return std::nullopt;
        return timeOfDayGreeting(context.now.time(), language);
    }
    if (name == u"customer_name")
        return nonEmpty(context.customerName);
    if (name == u"form_of_address") {
        const QString surname = context.surname.trimmed().isEmpty() ? surnameOf(context.customerName)
                                                                    : cleanValue(context.surname);
        if (surname.isEmpty() || context.honorific == Honorific::Unknown)
            return std::nullopt;
        const bool mr = context.honorific == Honorific::Mr;
        if (chinese)
            return surname + (mr ? QStringLiteral("先生") : QStringLiteral("女士"));
        return (mr ? QStringLiteral("Mr ") : QStringLiteral("Ms ")) + surname;
    }
    if (name == u"festival" || name == u"festival_greeting") {
        if (!context.now.isValid())
            return std::nullopt;
        const std::optional<Festival> festival = festivalOn(context.now.date());
        if (!festival)
            return std::nullopt;
        return name == u"festival" ? festivalName(*festival, language)
                                   : festivalGreeting(*festival, language);
    }
    if (name == u"latest_product")
        return nonEmpty(context.latestProduct);
    if (name == u"days_since_delivery") {
        const std::optional<int> days = daysSinceDelivery(context);
        if (!days)
            return std::nullopt;
        return QString::number(*days);
    }
    if (name == u"delivered_ago") {
        const std::optional<int> days = daysSinceDelivery(context);
        if (!days)
            return std::nullopt;
        if (chinese) {
            if (*days <= 2)
                return QStringList{QStringLiteral("今天"), QStringLiteral("昨天"), QStringLiteral("前天")}.at(
                    *days);
            return QStringLiteral("%1天前").arg(*days);
        }
        if (*days == 0)
            return QStringLiteral("today");
        if (*days == 1)
            return QStringLiteral("yesterday");
        return QStringLiteral("%1 days ago").arg(*days);
    }
    if (name == u"tier")
        return nonEmpty(tierName(context.tier, chinese));
    if (name == u"agent_name")
        return nonEmpty(context.agentName);
    if (name == u"channel") {
        if (!context.channel)
            return std::nullopt;
        return channelWord(*context.channel, chinese);
    }
    return std::nullopt;
}

QMap<QString, QString> openingValues(const OpeningContext &context)
{
    QMap<QString, QString> values;
    for (const VariableSpec &spec : variableSpecs) {
        const QString name = QString::fromLatin1(spec.name);
        if (const std::optional<QString> value = openingValue(name, context))
            values.insert(name, *value);
    }
    return values;
}

// ---- Parse result ---------------------------------------------------------------------------

TemplateDiagnostic::Severity TemplateDiagnostic::severity() const
{
    switch (kind) {
    case Kind::MayBeMissing:
    case Kind::SectionWithoutVariable:
    case Kind::FullWidthBraces:
    case Kind::NotPersonal:
    case Kind::Cliche:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

bool ParsedTemplate::isValid() const
{
    return std::none_of(diagnostics.cbegin(), diagnostics.cend(),
                        [](const TemplateDiagnostic &diagnostic) { return diagnostic.isError(); });
}

QList<TemplateDiagnostic> ParsedTemplate::errors() const
{
    QList<TemplateDiagnostic> result;
    std::copy_if(diagnostics.cbegin(), diagnostics.cend(), std::back_inserter(result),
                 [](const TemplateDiagnostic &diagnostic) { return diagnostic.isError(); });
    return result;
}

QList<TemplateDiagnostic> ParsedTemplate::warnings() const
{
    QList<TemplateDiagnostic> result;
    std::copy_if(diagnostics.cbegin(), diagnostics.cend(), std::back_inserter(result),
                 [](const TemplateDiagnostic &diagnostic) { return !diagnostic.isError(); });
    return result;
}

namespace {

void collectVariables(const QList<TemplateNode> &nodes, QStringList &names)
{
    for (const TemplateNode &node : nodes) {
        if (node.kind == TemplateNode::Kind::Variable && !names.contains(node.text))
            names.append(node.text);
        collectVariables(node.children, names);
    }
}

void collectSections(const QList<TemplateNode> &nodes, QList<std::pair<qsizetype, qsizetype>> &sections)
{
    for (const TemplateNode &node : nodes) {
        if (node.kind == TemplateNode::Kind::Section)
            sections.append({node.position, node.length});
        collectSections(node.children, sections);
    }
}

} // namespace

QStringList ParsedTemplate::variables() const
{
    QStringList names;
    collectVariables(nodes, names);
    return names;
}

QList<std::pair<qsizetype, qsizetype>> ParsedTemplate::sections() const
{
    QList<std::pair<qsizetype, qsizetype>> result;
    collectSections(nodes, result);
    return result;
}

QString openingLineLanguage(const QString &source)
{
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char32_t c = source.at(i).isHighSurrogate() && i + 1 < source.size()
                               ? QChar::surrogateToUcs4(source.at(i), source.at(i + 1))
                               : source.at(i).unicode();
        if (QChar::script(c) == QChar::Script_Han)
            return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

QString openingLanguageOf(const QLocale &customerLocale)
{
    return customerLocale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

ParsedTemplate parseOpeningLine(const QString &source)
{
    ParsedTemplate parsed;
    parsed.source = source;
    Parser parser(parsed.source);
    parsed.nodes = parser.parseAll(parsed.tokens, parsed.diagnostics);
    QList<TemplateDiagnostic> &diagnostics = parsed.diagnostics;

    const qsizetype sourceLength = codePointCount(source);
    if (sourceLength > maxTemplateLength) {
        const qsizetype from = indexAfterCodePoints(source, maxTemplateLength);
        TemplateDiagnostic diagnostic;
        diagnostic.kind = TemplateDiagnostic::Kind::TemplateTooLong;
        diagnostic.position = from;
        diagnostic.length = source.size() - from;
        diagnostic.message = QCoreApplication::translate(
                                 "OpeningLine", "This template is %1 characters long; it may be at most %2.")
                                 .arg(sourceLength)
                                 .arg(maxTemplateLength);
        diagnostics.append(diagnostic);
    }

    FlatText flat;
    flatten(parsed.source, parsed.nodes, flat);
    qsizetype fixedLength = 0;
    qsizetype overFrom = -1;
    for (qsizetype i = 0; i < flat.text.size(); ++i) {
        if (flat.text[i] == variablePlaceholder || flat.text[i].isLowSurrogate())
            continue;
        if (++fixedLength == maxRenderedLength + 1)
            overFrom = flat.positions[i];
    }
    if (overFrom >= 0) {
        TemplateDiagnostic diagnostic;
        diagnostic.kind = TemplateDiagnostic::Kind::TextTooLong;
        diagnostic.position = overFrom;
        diagnostic.length = source.size() - overFrom;
        diagnostic.message =
            QCoreApplication::translate(
                "OpeningLine", "Even without the customer's details this line is %1 characters long; an "
                               "opening line may be at most %2.")
                .arg(fixedLength)
                .arg(maxRenderedLength);
        diagnostics.append(diagnostic);
    }

    // ｛name｝ often explains an error, so it is pointed out in any case. Other warnings only for a
    // template that parses: on a broken one they would be guesses.
    const bool valid = parsed.isValid();
    checkFullWidthBraces(source, diagnostics);
    if (valid) {
        checkStructure(parsed.nodes, false, diagnostics);
        const qsizetype beforeCliches = diagnostics.size();
        checkCliches(flat, diagnostics);
        // A stock phrase says more than "no variable"; one warning is enough.
        if (diagnostics.size() == beforeCliches && !source.trimmed().isEmpty() &&
            !hasVariable(parsed.nodes)) {
            TemplateDiagnostic diagnostic;
            diagnostic.kind = TemplateDiagnostic::Kind::NotPersonal;
            diagnostic.position = 0;
            diagnostic.length = source.size();
            diagnostic.message = QCoreApplication::translate(
                "OpeningLine", "This line has no variable, so every customer reads the same words. Try "
                               "{customer_name}, {greeting} or {latest_product}.");
            diagnostics.append(diagnostic);
        }
    }

    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [](const TemplateDiagnostic &a, const TemplateDiagnostic &b) { return a.position < b.position; });
    return parsed;
}

RenderedLine renderOpeningLine(const ParsedTemplate &parsed, const OpeningContext &context)
{
    RenderedLine line;
    if (!parsed.isValid()) {
        line.invalidTemplate = true;
        return line;
    }
    Renderer renderer(context);
    QString text;
    QStringList missing;
    renderer.render(parsed.nodes, text, missing);
    missing.removeDuplicates();
    line.text = tidy(text);
    line.missingVariables = missing;
    line.tooLong = codePointCount(line.text) > maxRenderedLength;
    return line;
}

RenderedLine renderOpeningLine(const QString &source, const OpeningContext &context)
{
    return renderOpeningLine(parseOpeningLine(source), context);
}

QStringList openingCliches()
{
    return {
        QStringLiteral("您好，这里是XX客户服务中心，请问有什么可以帮您？"),
        QStringLiteral("您好，很高兴为您服务，请问有什么可以帮您？"),
        QStringLiteral("您好，请问有什么可以帮您？"),
        QStringLiteral("您好，XX号客服为您服务，请问有什么可以帮您？"),
        QStringLiteral("亲，在的，请问有什么可以帮您？"),
        QStringLiteral("感谢您的耐心等待。"),
        QStringLiteral("您的来电对我们很重要，请稍候。"),
        QStringLiteral("非常抱歉给您带来不便。"),
        QStringLiteral("请问还有什么可以帮您？"),
        QStringLiteral("Thank you for contacting XX customer service. How may I help you?"),
        QStringLiteral("Hello, my name is XX. How can I help you today?"),
        QStringLiteral("How may I help you today?"),
        QStringLiteral("Thank you for your patience."),
        QStringLiteral("Your call is important to us."),
        QStringLiteral("We apologize for any inconvenience."),
        QStringLiteral("Is there anything else I can help you with?"),
    };
}

std::optional<QString> matchCliche(const QString &text)
{
    if (const std::optional<ClicheMatch> match = closestCliche(text))
        return match->cliche;
    return std::nullopt;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace warmline::core
