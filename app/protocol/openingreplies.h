#pragma once

// The acks of the opening-line, library and contest requests (protocol/openingmessages.h),
// described once (protocol/schema.h). docs/protocol.md ("Opening lines, the team library and
// contests") is checked against them.

#include "protocol/codecs.h"

namespace warmline::protocol {

// What followed the uses of a line or of one version of it: counts, never rates; the *Known counts
// say how many uses have that outcome decided yet.
struct OpeningOutcomes
{
    qint64 uses = 0;
    qint64 warmReplies = 0;
    qint64 warmKnown = 0;
    qint64 resolvedFirstContact = 0;
    qint64 resolvedKnown = 0;
    qint64 praised = 0;

    static auto fields()
    {
        using schema::field;
        using R = OpeningOutcomes;
        return std::tuple{field("uses", &R::uses),
                          field("warmReplies", &R::warmReplies),
                          field("warmKnown", &R::warmKnown),
                          field("resolvedFirstContact", &R::resolvedFirstContact),
                          field("resolvedKnown", &R::resolvedKnown),
                          field("praised", &R::praised)};
    }
    friend bool operator==(const OpeningOutcomes &, const OpeningOutcomes &) = default;
};

struct OpeningVersion
{
    int version = 0;
    QString source;
    qint64 createdAt = 0;
    OpeningOutcomes outcomes;

    static auto fields()
    {
        using schema::field;
        return std::tuple{
            field("version", &OpeningVersion::version), field("source", &OpeningVersion::source),
            field("createdAt", &OpeningVersion::createdAt), field("outcomes", &OpeningVersion::outcomes)};
    }
    friend bool operator==(const OpeningVersion &, const OpeningVersion &) = default;
};

// One of an agent's opening lines (docs/protocol.md, Line).
struct OpeningLine
{
    qint64 id = 0;
    QString channelKind; // chat, phone
    QString title;
    bool active = false;
    std::optional<qint64> originLibraryId; // adopted from the team library
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
    QString language;               // zh_CN, en: of its current text
    int version = 0;                // the current one
    QString source;                 // the current text
    QList<OpeningVersion> versions; // newest first
    OpeningOutcomes outcomes;       // over all versions

    static auto fields()
    {
        using schema::field;
        using R = OpeningLine;
        return std::tuple{field("id", &R::id),
                          field("channelKind", &R::channelKind),
                          field("title", &R::title),
                          field("active", &R::active),
                          field("originLibraryId", &R::originLibraryId),
                          field("createdAt", &R::createdAt),
                          field("updatedAt", &R::updatedAt),
                          field("deleted", &R::deleted),
                          field("language", &R::language),
                          field("version", &R::version),
                          field("source", &R::source),
                          field("versions", &R::versions),
                          field("outcomes", &R::outcomes)};
    }
    friend bool operator==(const OpeningLine &, const OpeningLine &) = default;
};

// A warning about a saved template (UTF-16 position and length in its source).
struct TemplateWarning
{
    int position = 0;
    int length = 0;
    QString message;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("position", &TemplateWarning::position),
                          field("length", &TemplateWarning::length),
                          field("message", &TemplateWarning::message)};
    }
    friend bool operator==(const TemplateWarning &, const TemplateWarning &) = default;
};

// A line of the team library: a contest winner others may adopt.
struct LibraryLine
{
    qint64 id = 0;
    QString channelKind;
    QString title;
    QString source;
    qint64 authorId = 0;
    QString authorName;
    std::optional<qint64> contestId;
    QString contestTheme;
    std::optional<int> rank;
    std::optional<double> score;
    qint64 adoptedCount = 0;
    qint64 publishedAt = 0;

    static auto fields()
    {
        using schema::field;
        using R = LibraryLine;
        return std::tuple{field("id", &R::id),
                          field("channelKind", &R::channelKind),
                          field("title", &R::title),
                          field("source", &R::source),
                          field("authorId", &R::authorId),
                          field("authorName", &R::authorName),
                          field("contestId", &R::contestId),
                          field("contestTheme", &R::contestTheme),
                          field("rank", &R::rank),
                          field("score", &R::score),
                          field("adoptedCount", &R::adoptedCount),
                          field("publishedAt", &R::publishedAt)};
    }
    friend bool operator==(const LibraryLine &, const LibraryLine &) = default;
};

// A team contest (docs/protocol.md, Contest); state is upcoming, open, judging or published.
struct Contest
{
    qint64 id = 0;
    QString theme;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    qint64 createdBy = 0;
    QString createdByName;
    qint64 createdAt = 0;
    std::optional<qint64> publishedAt;
    QString state;

    static auto fields()
    {
        using schema::field;
        using R = Contest;
        return std::tuple{field("id", &R::id),
                          field("theme", &R::theme),
                          field("startsAt", &R::startsAt),
                          field("endsAt", &R::endsAt),
                          field("createdBy", &R::createdBy),
                          field("createdByName", &R::createdByName),
                          field("createdAt", &R::createdAt),
                          field("publishedAt", &R::publishedAt),
                          field("state", &R::state)};
    }
    friend bool operator==(const Contest &, const Contest &) = default;
};

// A contest as contest.list shows it to one person: how many entries it has and whether theirs is
// among them (null when they could not be counted).
struct ContestRow : Contest
{
    std::optional<qint64> entries;
    std::optional<bool> submitted;

    static auto fields()
    {
        using schema::field;
        return std::tuple_cat(Contest::fields(), std::tuple{field("entries", &ContestRow::entries),
                                                            field("submitted", &ContestRow::submitted)});
    }
    friend bool operator==(const ContestRow &, const ContestRow &) = default;
};

// One judge's score of an entry.
struct JudgeScore
{
    qint64 judgeId = 0;
    QString judgeName;
    int warmth = 0;
    int clarity = 0;
    int fit = 0;
    QString comment;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("judgeId", &JudgeScore::judgeId), field("judgeName", &JudgeScore::judgeName),
                          field("warmth", &JudgeScore::warmth),   field("clarity", &JudgeScore::clarity),
                          field("fit", &JudgeScore::fit),         field("comment", &JudgeScore::comment)};
    }
    friend bool operator==(const JudgeScore &, const JudgeScore &) = default;
};

// A contest entry as ranked (docs/protocol.md, Entry). The judges' means, the combined score and
// the rank are null until a judge has scored it.
struct ContestEntry
{
    qint64 entryId = 0;
    qint64 agentId = 0;
    QString agentName;
    qint64 lineId = 0;
    int version = 0;
    QString channelKind;
    QString title;
    QString source;
    qint64 submittedAt = 0;
    int judges = 0; // how many judges scored it
    std::optional<double> judgeScore;
    std::optional<double> warmth;
    std::optional<double> clarity;
    std::optional<double> fit;
    OpeningOutcomes outcomes; // of that line version
    double outcomeRate = 0;   // (successes + 1) / (trials + 2)
    std::optional<double> score;
    std::optional<int> rank; // shared by equal scores

    static auto fields()
    {
        using schema::field;
        using R = ContestEntry;
        return std::tuple{field("entryId", &R::entryId),
                          field("agentId", &R::agentId),
                          field("agentName", &R::agentName),
                          field("lineId", &R::lineId),
                          field("version", &R::version),
                          field("channelKind", &R::channelKind),
                          field("title", &R::title),
                          field("source", &R::source),
                          field("submittedAt", &R::submittedAt),
                          field("judges", &R::judges),
                          field("judgeScore", &R::judgeScore),
                          field("warmth", &R::warmth),
                          field("clarity", &R::clarity),
                          field("fit", &R::fit),
                          field("outcomes", &R::outcomes),
                          field("outcomeRate", &R::outcomeRate),
                          field("score", &R::score),
                          field("rank", &R::rank)};
    }
    friend bool operator==(const ContestEntry &, const ContestEntry &) = default;
};

// An entry on the leaderboard, with each judge's score and comment.
struct RankedEntry : ContestEntry
{
    QList<JudgeScore> scores; // oldest first

    static auto fields()
    {
        return std::tuple_cat(ContestEntry::fields(),
                              std::tuple{schema::field("scores", &RankedEntry::scores)});
    }
    friend bool operator==(const RankedEntry &, const RankedEntry &) = default;
};

// A winner as contest.publish put it into the team library.
struct PublishedEntry : ContestEntry
{
    qint64 libraryId = 0;

    static auto fields()
    {
        return std::tuple_cat(ContestEntry::fields(),
                              std::tuple{schema::field("libraryId", &PublishedEntry::libraryId)});
    }
    friend bool operator==(const PublishedEntry &, const PublishedEntry &) = default;
};

// ---- The acks

// opening.list: the agent's lines (deleted ones left out).
struct OpeningListReply
{
    QList<OpeningLine> lines;

    static auto fields() { return std::tuple{schema::field("lines", &OpeningListReply::lines)}; }
    friend bool operator==(const OpeningListReply &, const OpeningListReply &) = default;
};

// opening.save: the line as saved, and what the template language warns about in its text.
struct OpeningSaveReply
{
    OpeningLine line;
    QList<TemplateWarning> warnings;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("line", &OpeningSaveReply::line),
                          field("warnings", &OpeningSaveReply::warnings)};
    }
    friend bool operator==(const OpeningSaveReply &, const OpeningSaveReply &) = default;
};

// opening.activate and library.adopt: the line as it is now.
struct OpeningLineReply
{
    OpeningLine line;

    static auto fields() { return std::tuple{schema::field("line", &OpeningLineReply::line)}; }
    friend bool operator==(const OpeningLineReply &, const OpeningLineReply &) = default;
};

struct OpeningDeleteReply
{
    qint64 lineId = 0;

    static auto fields() { return std::tuple{schema::field("lineId", &OpeningDeleteReply::lineId)}; }
    friend bool operator==(const OpeningDeleteReply &, const OpeningDeleteReply &) = default;
};

// library.list: the team library, newest first.
struct LibraryListReply
{
    QList<LibraryLine> lines;

    static auto fields() { return std::tuple{schema::field("lines", &LibraryListReply::lines)}; }
    friend bool operator==(const LibraryListReply &, const LibraryListReply &) = default;
};

// contest.create: the contest opened.
struct ContestReply
{
    Contest contest;

    static auto fields() { return std::tuple{schema::field("contest", &ContestReply::contest)}; }
    friend bool operator==(const ContestReply &, const ContestReply &) = default;
};

struct ContestListReply
{
    QList<ContestRow> contests; // latest start first
    bool canJudge = false;      // the caller may open, score and publish contests

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("contests", &ContestListReply::contests),
                          field("canJudge", &ContestListReply::canJudge)};
    }
    friend bool operator==(const ContestListReply &, const ContestListReply &) = default;
};

// contest.submit: the caller's entry, a snapshot of the line's current version.
struct ContestSubmitReply
{
    qint64 entryId = 0;
    qint64 contestId = 0;
    qint64 lineId = 0;
    int version = 0;

    static auto fields()
    {
        using schema::field;
        using R = ContestSubmitReply;
        return std::tuple{field("entryId", &R::entryId), field("contestId", &R::contestId),
                          field("lineId", &R::lineId), field("version", &R::version)};
    }
    friend bool operator==(const ContestSubmitReply &, const ContestSubmitReply &) = default;
};

struct ContestScoreReply
{
    qint64 entryId = 0;
    qint64 contestId = 0;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("entryId", &ContestScoreReply::entryId),
                          field("contestId", &ContestScoreReply::contestId)};
    }
    friend bool operator==(const ContestScoreReply &, const ContestScoreReply &) = default;
};

// contest.leaderboard: the entries best first (unjudged ones last), and how the score is computed.
struct LeaderboardReply
{
    Contest contest;
    QList<RankedEntry> entries;
    QString formula;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("contest", &LeaderboardReply::contest),
                          field("entries", &LeaderboardReply::entries),
                          field("formula", &LeaderboardReply::formula)};
    }
    friend bool operator==(const LeaderboardReply &, const LeaderboardReply &) = default;
};

// contest.publish: the winners as they entered the team library.
struct ContestPublishReply
{
    qint64 contestId = 0;
    QList<PublishedEntry> published;

    static auto fields()
    {
        using schema::field;
        return std::tuple{field("contestId", &ContestPublishReply::contestId),
                          field("published", &ContestPublishReply::published)};
    }
    friend bool operator==(const ContestPublishReply &, const ContestPublishReply &) = default;
};

} // namespace warmline::protocol
