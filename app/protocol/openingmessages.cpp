#include "protocol/openingmessages.h"

namespace warmline::protocol {

namespace {
const QString kLineId = QStringLiteral("lineId");
const QString kContestId = QStringLiteral("contestId");
} // namespace

QString channelKindOf(core::Channel channel)
{
    return channel == core::Channel::Phone ? QStringLiteral("phone") : QStringLiteral("chat");
}

const QStringList &channelKinds()
{
    static const QStringList kinds{QStringLiteral("chat"), QStringLiteral("phone")};
    return kinds;
}

OpeningSaveRequest OpeningSaveRequest::read(PayloadReader &reader)
{
    OpeningSaveRequest request;
    request.lineId = reader.optionalInteger(kLineId, 1, 9007199254740992LL).value_or(0);
    request.channelKind =
        reader.optionalOneOf(QStringLiteral("channelKind"), channelKinds()).value_or(QString());
    request.title = reader.optionalString(QStringLiteral("title"), maxOpeningTitleLength).value_or(QString());
    request.source = reader.requiredText(QStringLiteral("source"), maxOpeningSourceLength);
    return request;
}

QJsonObject OpeningSaveRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("source"), source}};
    if (lineId)
        object.insert(kLineId, lineId);
    if (!channelKind.isEmpty())
        object.insert(QStringLiteral("channelKind"), channelKind);
    if (!title.isEmpty())
        object.insert(QStringLiteral("title"), title);
    return object;
}

OpeningActivateRequest OpeningActivateRequest::read(PayloadReader &reader)
{
    OpeningActivateRequest request;
    request.lineId = reader.requiredId(kLineId);
    request.active = reader.optionalBool(QStringLiteral("active")).value_or(true);
    return request;
}

QJsonObject OpeningActivateRequest::toJson() const
{
    return {{kLineId, lineId}, {QStringLiteral("active"), active}};
}

OpeningDeleteRequest OpeningDeleteRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(kLineId)};
}

QJsonObject OpeningDeleteRequest::toJson() const
{
    return {{kLineId, lineId}};
}

LibraryAdoptRequest LibraryAdoptRequest::read(PayloadReader &reader)
{
    LibraryAdoptRequest request;
    request.libraryId = reader.requiredId(QStringLiteral("libraryId"));
    request.activate = reader.optionalBool(QStringLiteral("activate")).value_or(false);
    request.title = reader.optionalString(QStringLiteral("title"), maxOpeningTitleLength).value_or(QString());
    return request;
}

QJsonObject LibraryAdoptRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("libraryId"), libraryId}, {QStringLiteral("activate"), activate}};
    if (!title.isEmpty())
        object.insert(QStringLiteral("title"), title);
    return object;
}

ContestCreateRequest ContestCreateRequest::read(PayloadReader &reader)
{
    ContestCreateRequest request;
    request.theme = reader.requiredText(QStringLiteral("theme"), maxContestThemeLength);
    request.startsAt = reader.requiredId(QStringLiteral("startsAt"));
    request.endsAt = reader.requiredId(QStringLiteral("endsAt"));
    return request;
}

QJsonObject ContestCreateRequest::toJson() const
{
    return {{QStringLiteral("theme"), theme},
            {QStringLiteral("startsAt"), startsAt},
            {QStringLiteral("endsAt"), endsAt}};
}

ContestSubmitRequest ContestSubmitRequest::read(PayloadReader &reader)
{
    ContestSubmitRequest request;
    request.contestId = reader.requiredId(kContestId);
    request.lineId = reader.requiredId(kLineId);
    return request;
}

QJsonObject ContestSubmitRequest::toJson() const
{
    return {{kContestId, contestId}, {kLineId, lineId}};
}

ContestScoreRequest ContestScoreRequest::read(PayloadReader &reader)
{
    ContestScoreRequest request;
    request.entryId = reader.requiredId(QStringLiteral("entryId"));
    // Required: an absent score is reported as missing, one outside 1–5 as invalid.
    const auto score = [&reader](const QString &key) {
        return int(reader.optionalInteger(key, 1, 5).value_or(0));
    };
    request.warmth = score(QStringLiteral("warmth"));
    request.clarity = score(QStringLiteral("clarity"));
    request.fit = score(QStringLiteral("fit"));
    request.comment =
        reader.optionalString(QStringLiteral("comment"), maxScoreCommentLength).value_or(QString()).trimmed();
    return request;
}

QJsonObject ContestScoreRequest::toJson() const
{
    return {{QStringLiteral("entryId"), entryId},
            {QStringLiteral("warmth"), warmth},
            {QStringLiteral("clarity"), clarity},
            {QStringLiteral("fit"), fit},
            {QStringLiteral("comment"), comment}};
}

ContestLeaderboardRequest ContestLeaderboardRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(kContestId)};
}

QJsonObject ContestLeaderboardRequest::toJson() const
{
    return {{kContestId, contestId}};
}

ContestPublishRequest ContestPublishRequest::read(PayloadReader &reader)
{
    ContestPublishRequest request;
    request.contestId = reader.requiredId(kContestId);
    request.winners = int(reader.optionalInteger(QStringLiteral("winners"), 1, 10).value_or(3));
    return request;
}

QJsonObject ContestPublishRequest::toJson() const
{
    return {{kContestId, contestId}, {QStringLiteral("winners"), winners}};
}

} // namespace warmline::protocol
