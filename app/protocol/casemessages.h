#pragma once

// The case library (反效率案例库): requests, acks and the event, described once (schema.h). Type
// and kind names are part of the wire protocol: only append.

#include "core/servicecase.h"
#include "protocol/codecs.h"
#include "protocol/payloadreader.h"

namespace warmline::protocol {

inline constexpr qsizetype maxCaseTitleLength = 120;
inline constexpr qsizetype maxCaseStoryLength = 4000;
inline constexpr qsizetype maxCaseSectionLength = 2000; // non-standard, outcome, lessons
inline constexpr int maxCaseTags = 8;
inline constexpr qsizetype maxCaseTagLength = 32;
inline constexpr qsizetype maxCaseQueryLength = 200;
inline constexpr qsizetype maxRelatedTextLength = 2000;
inline constexpr int maxCaseResults = 100;
inline constexpr qsizetype caseExcerptLength = 140;

namespace event {
// Every staff member: a case was added to the library. Payload {"case": CaseSummary}.
inline const QString caseAdded = QStringLiteral("case.added");
} // namespace event

// A tag as typed: trimmed, lower case, inner spaces as "_"; empty when it holds anything but
// letters, digits, "_" and "-".
QString normalizedCaseTag(const QString &tag);

struct CaseMessageInfo
{
    core::Sender sender = core::Sender::Customer;
    QString author; // masked for the customer
    QString body;   // masked
    qint64 at = 0;

    static CaseMessageInfo of(const core::CaseMessage &message);
    static auto fields()
    {
        using schema::field;
        using M = CaseMessageInfo;
        return std::tuple{field("sender", &M::sender), field("author", &M::author), field("body", &M::body),
                          field("at", &M::at)};
    }
    friend bool operator==(const CaseMessageInfo &, const CaseMessageInfo &) = default;
};

// A case as the library lists it.
struct CaseSummaryInfo
{
    qint64 id = 0;
    QString title;
    QString excerpt; // the start of the story
    QStringList tags;
    core::Channel channel = core::Channel::Web;
    QString agentName;
    QString authorName;
    qint64 createdAt = 0;
    int messageCount = 0;

    static CaseSummaryInfo of(const core::ServiceCase &serviceCase, int messageCount);
    static auto fields()
    {
        using schema::field;
        using S = CaseSummaryInfo;
        return std::tuple{field("id", &S::id),
                          field("title", &S::title),
                          field("excerpt", &S::excerpt),
                          field("tags", &S::tags),
                          field("channel", &S::channel),
                          field("agentName", &S::agentName),
                          field("authorName", &S::authorName),
                          field("createdAt", &S::createdAt),
                          field("messageCount", &S::messageCount)};
    }
    friend bool operator==(const CaseSummaryInfo &, const CaseSummaryInfo &) = default;
};

// A whole case, with its masked transcript.
struct CaseInfo
{
    qint64 id = 0;
    QString title;
    QString story;
    QString nonStandard;
    QString outcome;
    QString lessons;
    QStringList tags;
    qint64 conversationId = 0;
    core::Channel channel = core::Channel::Web;
    QString agentName;
    QString authorName;
    qint64 createdAt = 0;
    QList<CaseMessageInfo> transcript;

    static CaseInfo of(const core::ServiceCase &serviceCase);
    static auto fields()
    {
        using schema::field;
        using C = CaseInfo;
        return std::tuple{field("id", &C::id),
                          field("title", &C::title),
                          field("story", &C::story),
                          field("nonStandard", &C::nonStandard),
                          field("outcome", &C::outcome),
                          field("lessons", &C::lessons),
                          field("tags", &C::tags),
                          field("conversationId", &C::conversationId),
                          field("channel", &C::channel),
                          field("agentName", &C::agentName),
                          field("authorName", &C::authorName),
                          field("createdAt", &C::createdAt),
                          field("transcript", &C::transcript)};
    }
    friend bool operator==(const CaseInfo &, const CaseInfo &) = default;
};

struct TagCount
{
    QString tag;
    int count = 0;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("tag", &TagCount::tag), field("count", &TagCount::count)};
    }
    friend bool operator==(const TagCount &, const TagCount &) = default;
};

struct CaseCandidateInfo
{
    qint64 conversationId = 0;
    core::Channel channel = core::Channel::Web;
    QString customerName;
    QString agentName;
    core::ConversationStatus status = core::ConversationStatus::Resolved;
    int bookmarks = 0;
    QString lastMessage;
    qint64 updatedAt = 0;

    static CaseCandidateInfo of(const core::CaseCandidate &candidate);
    static auto fields()
    {
        using schema::field;
        using C = CaseCandidateInfo;
        return std::tuple{field("conversationId", &C::conversationId),
                          field("channel", &C::channel),
                          field("customerName", &C::customerName),
                          field("agentName", &C::agentName),
                          field("status", &C::status),
                          field("bookmarks", &C::bookmarks),
                          field("lastMessage", &C::lastMessage),
                          field("updatedAt", &C::updatedAt)};
    }
    friend bool operator==(const CaseCandidateInfo &, const CaseCandidateInfo &) = default;
};

struct CaseListReply
{
    QList<CaseSummaryInfo> cases; // best match first; without a query, newest first
    QList<TagCount> tags;         // every tag in the library, most used first
    int total = 0;                // cases in the library

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("cases", &CaseListReply::cases), field("tags", &CaseListReply::tags),
                          field("total", &CaseListReply::total)};
    }
    friend bool operator==(const CaseListReply &, const CaseListReply &) = default;
};

struct CaseReply
{
    CaseInfo serviceCase;

    static auto fields() { return std::tuple{schema::field("case", &CaseReply::serviceCase)}; }
    friend bool operator==(const CaseReply &, const CaseReply &) = default;
};

struct CaseCandidatesReply
{
    QList<CaseCandidateInfo> candidates;

    static auto fields() { return std::tuple{schema::field("candidates", &CaseCandidatesReply::candidates)}; }
    friend bool operator==(const CaseCandidatesReply &, const CaseCandidatesReply &) = default;
};

// What a case made from the conversation would carry: its transcript, masked.
struct CasePreviewReply
{
    qint64 conversationId = 0;
    core::Channel channel = core::Channel::Web;
    QString agentName;
    int bookmarks = 0;
    QList<CaseMessageInfo> transcript;

    static auto fields()
    {
        using schema::field;
        using P = CasePreviewReply;
        return std::tuple{field("conversationId", &P::conversationId), field("channel", &P::channel),
                          field("agentName", &P::agentName), field("bookmarks", &P::bookmarks),
                          field("transcript", &P::transcript)};
    }
    friend bool operator==(const CasePreviewReply &, const CasePreviewReply &) = default;
};

// The case that best matches a customer's words, when one matches well enough.
struct RelatedCaseReply
{
    std::optional<CaseSummaryInfo> serviceCase; // null: none above the threshold
    std::optional<int> relevance;               // 0–100: the share of the words' weight the case shares

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("case", &RelatedCaseReply::serviceCase),
                          field("relevance", &RelatedCaseReply::relevance)};
    }
    friend bool operator==(const RelatedCaseReply &, const RelatedCaseReply &) = default;
};

// Browse and search the library: words in Chinese or English, and/or one tag.
struct CaseSearchRequest
{
    static inline const QString type = QStringLiteral("case.search");
    using Reply = CaseListReply;
    QString query; // optional
    QString tag;   // optional
    int limit = 50;

    static CaseSearchRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CaseSearchRequest &, const CaseSearchRequest &) = default;
};

struct CaseGetRequest
{
    static inline const QString type = QStringLiteral("case.get");
    using Reply = CaseReply;
    qint64 caseId = 0;

    static CaseGetRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CaseGetRequest &, const CaseGetRequest &) = default;
};

// The reply assistant asks which case, if any, matches what the customer wrote.
struct CaseRelatedRequest
{
    static inline const QString type = QStringLiteral("case.related");
    using Reply = RelatedCaseReply;
    QString text;

    static CaseRelatedRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CaseRelatedRequest &, const CaseRelatedRequest &) = default;
};

// Conversations the caller may promote: finished or bookmarked, in their teams, not cases yet.
struct CaseCandidatesRequest
{
    static inline const QString type = QStringLiteral("case.candidates");
    using Reply = CaseCandidatesReply;
    static CaseCandidatesRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const CaseCandidatesRequest &, const CaseCandidatesRequest &) = default;
};

struct CasePreviewRequest
{
    static inline const QString type = QStringLiteral("case.preview");
    using Reply = CasePreviewReply;
    qint64 conversationId = 0;

    static CasePreviewRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CasePreviewRequest &, const CasePreviewRequest &) = default;
};

struct CasePromoteRequest
{
    static inline const QString type = QStringLiteral("case.promote");
    using Reply = CaseReply;
    qint64 conversationId = 0;
    QString title;
    QString story;
    QString nonStandard;
    QString outcome;
    QString lessons;
    QStringList tags; // normalized (normalizedCaseTag), without repeats

    static CasePromoteRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const CasePromoteRequest &, const CasePromoteRequest &) = default;
};

struct CaseAddedEvent
{
    static inline const QString kind = event::caseAdded;
    CaseSummaryInfo serviceCase;

    static auto fields() { return std::tuple{schema::field("case", &CaseAddedEvent::serviceCase)}; }
    friend bool operator==(const CaseAddedEvent &, const CaseAddedEvent &) = default;
};

} // namespace warmline::protocol
