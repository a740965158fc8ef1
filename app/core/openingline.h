#pragma once

#include "core/channel.h"
#include "core/festival.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace warmline::core {

struct CustomerProfile;

// Personal opening lines (个性化 in the product brief): agents write their own openers as small
// templates that are filled in for the customer in front of them. Pure: no I/O, no clock — the
// caller passes the time — so parsing and rendering are fully testable. docs/opening-lines.md is
// the agents' guide.
//
// Syntax
//   {name}            a variable: {customer_name}, {greeting}, …  (see openingVariables())
//   {name|fallback}   the fallback is used when the variable has no value. The fallback is itself
//                     template text and may hold variables: {form_of_address|{customer_name|您}}.
//                     An empty fallback, {name|}, leaves the variable out silently.
//   [ … ]             an optional part: shown only when every variable in it has a value
//                     (variables with a fallback always have one; a nested [ … ] decides alone).
//   \{ \} \[ \] \| \\ the character itself. A backslash before anything else is just a backslash;
//                     | outside braces is plain text.
//   Spaces around a name are allowed: { customer_name }.
//
//   {greeting}，{customer_name|您好}！[您的{latest_product}到货{days_since_delivery}天了，用得还顺手吗？]
//   {greeting}, {customer_name|there}! [How are you getting on with your {latest_product}?]
//
// Positions and lengths are in UTF-16 code units of the source (QString indices, as in
// QTextDocument); the limits count Unicode code points: a template may be 500 long, a rendered
// line 200.
//
// Rendering: values come in the customer's language (OpeningContext::locale), whatever language
// the agent's UI uses. A line with a variable that has no value, outside an optional part and
// without a fallback, still renders (the variable becomes empty) but is not usable(); the caller
// picks another line. Runs of spaces are collapsed and the line is trimmed.

inline constexpr int maxTemplateLength = 500; // code points of the source
inline constexpr int maxRenderedLength = 200; // code points of a rendered line
inline constexpr int maxTemplateNesting = 6;  // variables and optional parts inside each other

// How to address the customer; the profile does not record it, so it is often Unknown.
enum class Honorific { Unknown, Mr, Ms };

// Everything a line can be filled in with. Empty strings and empty optionals mean "no value".
struct OpeningContext
{
    QLocale locale = QLocale(QLocale::Chinese, QLocale::China); // the customer's language
    QDateTime now;        // the customer's local date and time: greeting and festival
    QString customerName; // as the customer is known: "王芳", "Emily Carter"
    QString surname;      // when known; otherwise taken from customerName (compound 欧阳, …)
    Honorific honorific = Honorific::Unknown;
    QString tier;                     // standard, silver, gold, vip
    QString latestProduct;            // of the order the conversation is about, or the latest order
    std::optional<QDate> deliveredOn; // that order's delivery date, in the customer's local time
    QString agentName;                // as the customer should know the agent
    std::optional<Channel> channel;
};

// The context for a customer's profile: name, tier and language from the header; the product of
// the focus order, or else of the newest order that was not cancelled, returned or refunded, and
// its delivery date at now's UTC offset.
OpeningContext openingContextFor(const CustomerProfile &profile, const QString &agentName,
                                 std::optional<Channel> channel, const QDateTime &now);

// A variable an agent can use. description() is translated (context "OpeningLine") for the
// editor's completion list.
struct OpeningVariable
{
    QString name;
    const char *descriptionSource = nullptr; // QT_TRANSLATE_NOOP("OpeningLine", …)
    bool alwaysAvailable = false;            // has a value for every customer at every time
    QString description() const;
};
// In the order the editor should offer them.
QList<OpeningVariable> openingVariables();
std::optional<OpeningVariable> openingVariable(QStringView name);

// The value of one variable for a context; empty optional when it has none (or is unknown).
std::optional<QString> openingValue(QStringView name, const OpeningContext &context);
// All variables that have a value, name → value: for a preview.
QMap<QString, QString> openingValues(const OpeningContext &context);

// Individual values, exposed for tests and for the editor's preview.
QString timeOfDayGreeting(QTime time, GreetingLanguage language);
QString surnameOf(const QString &fullName);

// ---- Parsing -------------------------------------------------------------------------------

struct TemplateDiagnostic
{
    enum class Kind {
        // Errors: the template cannot be used until they are fixed.
        UnclosedBrace,       // { without }
        UnmatchedCloseBrace, // } without {
        UnclosedSection,     // [ without ]
        UnmatchedCloseSection,
        EmptyVariable,       // {} or {|…}
        InvalidVariableName, // {客户 姓名}
        UnknownVariable,     // {custmer_name}
        TooDeep,             // more than maxTemplateNesting levels
        TemplateTooLong,     // over maxTemplateLength
        TextTooLong,         // its fixed text alone is over maxRenderedLength
        // Warnings: usable, but worth a look.
        MayBeMissing, // a variable that is often empty, outside [ ] and without a fallback
        SectionWithoutVariable,
        FullWidthBraces, // ｛customer_name｝ is plain text
        NotPersonal,     // no variable at all
        Cliche           // a stock phrase the product exists to replace
    };
    enum class Severity { Error, Warning };

    Kind kind = Kind::UnclosedBrace;
    qsizetype position = 0; // UTF-16 index into the source
    qsizetype length = 0;
    QString message; // translated, for the agent

    Severity severity() const;
    bool isError() const { return severity() == Severity::Error; }
};

// A span of the source for syntax highlighting. Tokens do not overlap and cover the whole source
// in order.
struct TemplateToken
{
    enum class Kind {
        Text,              // plain text
        Escape,            // \{ …
        VariableBrace,     // the { and } around a variable
        VariableName,      // a known variable's name
        UnknownName,       // a name that is not a variable (see the diagnostics)
        FallbackSeparator, // the | of {name|fallback}
        SectionBracket,    // [ and ]
        Stray              // an unmatched or unclosed brace or bracket
    };
    Kind kind = Kind::Text;
    qsizetype position = 0;
    qsizetype length = 0;
    friend bool operator==(const TemplateToken &, const TemplateToken &) = default;
};

struct TemplateNode
{
    enum class Kind { Text, Variable, Section };
    Kind kind = Kind::Text;
    QString text;                 // Text: the literal text (escapes resolved); Variable: its name
    bool hasFallback = false;     // Variable
    QList<TemplateNode> children; // Variable: the fallback; Section: its content
    qsizetype position = 0;       // the whole node in the source, braces included
    qsizetype length = 0;
    qsizetype namePosition = 0; // Variable: the name without surrounding spaces
    qsizetype nameLength = 0;
};

struct ParsedTemplate
{
    QString source;
    QList<TemplateNode> nodes;
    QList<TemplateToken> tokens;
    QList<TemplateDiagnostic> diagnostics; // in source order, errors and warnings together

    bool isValid() const; // no errors (warnings are fine)
    QList<TemplateDiagnostic> errors() const;
    QList<TemplateDiagnostic> warnings() const;
    QStringList variables() const; // names used, first use first, each once
    // Optional parts, outermost first: [ and ] included. For a highlighter's background.
    QList<std::pair<qsizetype, qsizetype>> sections() const;
};

ParsedTemplate parseOpeningLine(const QString &source);

// The language a line is written in, as the customers it suits speak it: "zh_CN" when its text has a
// Chinese character, otherwise "en". An agent keeps one active line per channel kind and language.
QString openingLineLanguage(const QString &source);
// The same key for a customer's language ("zh_CN" for any Chinese locale, otherwise "en").
QString openingLanguageOf(const QLocale &customerLocale);

// ---- Rendering -----------------------------------------------------------------------------

struct RenderedLine
{
    QString text;
    QStringList missingVariables; // had no value where the line needs one
    bool invalidTemplate = false; // the template has errors; text is empty
    bool tooLong = false;         // over maxRenderedLength code points
    // Fit to send: a valid template, every needed value known, not too long, not empty.
    bool usable() const
    {
        return !invalidTemplate && !tooLong && missingVariables.isEmpty() && !text.isEmpty();
    }
};

RenderedLine renderOpeningLine(const ParsedTemplate &parsed, const OpeningContext &context);
RenderedLine renderOpeningLine(const QString &source, const OpeningContext &context);

// ---- Clichés -------------------------------------------------------------------------------

// The stock phrases a warm opener replaces, as written in the warning ("XX" stands for any
// company or number).
QStringList openingCliches();
// The stock phrase `text` is, or is close to (after ignoring punctuation, spaces, case, full
// versus half width and whatever stands in for XX); empty when it is none. Used on each sentence
// of a template and on the whole of it.
std::optional<QString> matchCliche(const QString &text);

qsizetype codePointCount(QStringView text);

} // namespace warmline::core
