#pragma once

// Requests of the opening-line editor, the team library and contests (docs/protocol.md,
// "Opening lines and contests"). Kept apart from messages.h; the same rules apply: type names are
// part of the wire protocol, only append.

#include "core/channel.h"
#include "protocol/payloadreader.h"

#include <optional>
#include <QJsonObject>
#include <QStringList>

namespace warmline::protocol {

namespace event {
// Staff audience: a contest was opened, got an entry or a score, or was published. Payload
// {contestId}; clients reload what they show of it.
inline const QString contestChanged = QStringLiteral("contest.changed");
// Staff audience: lines were published to a team's library. Payload {teamId, contestId}.
inline const QString libraryChanged = QStringLiteral("library.changed");
} // namespace event

// 'chat' for written channels (web, app, WeChat, SMS), 'phone' for a script read out.
QString channelKindOf(core::Channel channel);
const QStringList &channelKinds();

inline constexpr qsizetype maxOpeningSourceLength = 1000; // UTF-16 units on the wire; the
                                                          // template language allows 500 code points
inline constexpr qsizetype maxOpeningTitleLength = 60;
inline constexpr qsizetype maxContestThemeLength = 120;
inline constexpr qsizetype maxScoreCommentLength = 1000;

// The acks (protocol/openingreplies.h).
struct OpeningListReply;
struct OpeningSaveReply;
struct OpeningLineReply;
struct OpeningDeleteReply;
struct LibraryListReply;
struct ContestReply;
struct ContestListReply;
struct ContestSubmitReply;
struct ContestScoreReply;
struct LeaderboardReply;
struct ContestPublishReply;

struct OpeningListRequest
{
    static inline const QString type = QStringLiteral("opening.list");
    using Reply = OpeningListReply;
    static OpeningListRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const OpeningListRequest &, const OpeningListRequest &) = default;
};

// Creates a line (no lineId) or saves a new version of one of the agent's lines.
struct OpeningSaveRequest
{
    static inline const QString type = QStringLiteral("opening.save");
    using Reply = OpeningSaveReply;
    qint64 lineId = 0;
    QString channelKind; // required when creating; ignored otherwise
    QString title;       // optional when saving a version: the title stays
    QString source;

    static OpeningSaveRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const OpeningSaveRequest &, const OpeningSaveRequest &) = default;
};

// Makes a line the active one of its channel kind (the previous one stops being active), or,
// with active = false, leaves the kind without an active line.
struct OpeningActivateRequest
{
    static inline const QString type = QStringLiteral("opening.activate");
    using Reply = OpeningLineReply;
    qint64 lineId = 0;
    bool active = true;

    static OpeningActivateRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const OpeningActivateRequest &, const OpeningActivateRequest &) = default;
};

// Removes a line from the agent's list; its uses and contest entries stay.
struct OpeningDeleteRequest
{
    static inline const QString type = QStringLiteral("opening.delete");
    using Reply = OpeningDeleteReply;
    qint64 lineId = 0;

    static OpeningDeleteRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const OpeningDeleteRequest &, const OpeningDeleteRequest &) = default;
};

struct LibraryListRequest
{
    static inline const QString type = QStringLiteral("library.list");
    using Reply = LibraryListReply;
    static LibraryListRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const LibraryListRequest &, const LibraryListRequest &) = default;
};

// Copies a library line into the agent's own lines (a fork they may then edit).
struct LibraryAdoptRequest
{
    static inline const QString type = QStringLiteral("library.adopt");
    using Reply = OpeningLineReply;
    qint64 libraryId = 0;
    bool activate = false;
    QString title; // optional: a title of the agent's own for the copy

    static LibraryAdoptRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const LibraryAdoptRequest &, const LibraryAdoptRequest &) = default;
};

struct ContestCreateRequest
{
    static inline const QString type = QStringLiteral("contest.create");
    using Reply = ContestReply;
    QString theme;
    qint64 startsAt = 0; // ms since the epoch
    qint64 endsAt = 0;

    static ContestCreateRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ContestCreateRequest &, const ContestCreateRequest &) = default;
};

struct ContestListRequest
{
    static inline const QString type = QStringLiteral("contest.list");
    using Reply = ContestListReply;
    static ContestListRequest read(PayloadReader &) { return {}; }
    QJsonObject toJson() const { return {}; }
    friend bool operator==(const ContestListRequest &, const ContestListRequest &) = default;
};

struct ContestSubmitRequest
{
    static inline const QString type = QStringLiteral("contest.submit");
    using Reply = ContestSubmitReply;
    qint64 contestId = 0;
    qint64 lineId = 0;

    static ContestSubmitRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ContestSubmitRequest &, const ContestSubmitRequest &) = default;
};

struct ContestScoreRequest
{
    static inline const QString type = QStringLiteral("contest.score");
    using Reply = ContestScoreReply;
    qint64 entryId = 0;
    int warmth = 0;
    int clarity = 0;
    int fit = 0;
    QString comment;

    static ContestScoreRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ContestScoreRequest &, const ContestScoreRequest &) = default;
};

struct ContestLeaderboardRequest
{
    static inline const QString type = QStringLiteral("contest.leaderboard");
    using Reply = LeaderboardReply;
    qint64 contestId = 0;

    static ContestLeaderboardRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ContestLeaderboardRequest &, const ContestLeaderboardRequest &) = default;
};

// Publishes the contest's best `winners` entries (by the leaderboard, scored by at least one judge)
// to the team library and closes the contest.
struct ContestPublishRequest
{
    static inline const QString type = QStringLiteral("contest.publish");
    using Reply = ContestPublishReply;
    qint64 contestId = 0;
    int winners = 3;

    static ContestPublishRequest read(PayloadReader &reader);
    QJsonObject toJson() const;
    friend bool operator==(const ContestPublishRequest &, const ContestPublishRequest &) = default;
};

} // namespace warmline::protocol
