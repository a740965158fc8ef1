#include "protocol/casemessages.h"

#include <QJsonArray>

namespace warmline::protocol {

QString normalizedCaseTag(const QString &tag)
{
    QString key = tag.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const QChar c : std::as_const(key)) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return {};
    }
    return key;
}

CaseMessageInfo CaseMessageInfo::of(const core::CaseMessage &m)
{
    return {m.sender, m.author, m.body, m.atMs};
}

CaseSummaryInfo CaseSummaryInfo::of(const core::ServiceCase &c, int messageCount)
{
    QString excerpt = c.story.simplified();
    if (PayloadReader::codePoints(excerpt) > caseExcerptLength) {
        // Cut at a code point, never inside a surrogate pair.
        qsizetype units = 0;
        for (qsizetype points = 0; points < caseExcerptLength && units < excerpt.size(); ++points)
            units += excerpt.at(units).isHighSurrogate() && units + 1 < excerpt.size() ? 2 : 1;
        excerpt = excerpt.left(units) + QStringLiteral("…");
    }
    return {c.id,        c.title,      excerpt,       c.tags,      c.channel,
            c.agentName, c.authorName, c.createdAtMs, messageCount};
}

CaseInfo CaseInfo::of(const core::ServiceCase &c)
{
    CaseInfo info{c.id,   c.title,          c.story,   c.nonStandard, c.outcome,    c.lessons,
                  c.tags, c.conversationId, c.channel, c.agentName,   c.authorName, c.createdAtMs,
                  {}};
    for (const core::CaseMessage &message : c.transcript)
        info.transcript.append(CaseMessageInfo::of(message));
    return info;
}

CaseCandidateInfo CaseCandidateInfo::of(const core::CaseCandidate &c)
{
    return {c.conversationId, c.channel,   c.customerName, c.agentName,
            c.status,         c.bookmarks, c.lastMessage,  c.updatedAtMs};
}

CaseSearchRequest CaseSearchRequest::read(PayloadReader &reader)
{
    CaseSearchRequest request;
    request.query =
        reader.optionalString(QStringLiteral("query"), maxCaseQueryLength).value_or(QString()).trimmed();
    const QString tag =
        reader.optionalString(QStringLiteral("tag"), maxCaseTagLength).value_or(QString()).trimmed();
    request.tag = normalizedCaseTag(tag);
    if (reader.ok() && !tag.isEmpty() && request.tag.isEmpty())
        reader.reject(ErrorCode::InvalidField, QStringLiteral("tag"),
                      QStringLiteral("payload.tag holds letters, digits, \"_\" and \"-\" only"));
    request.limit = int(reader.optionalInteger(QStringLiteral("limit"), 1, maxCaseResults).value_or(50));
    return request;
}

QJsonObject CaseSearchRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("limit"), limit}};
    if (!query.isEmpty())
        object.insert(QStringLiteral("query"), query);
    if (!tag.isEmpty())
        object.insert(QStringLiteral("tag"), tag);
    return object;
}

CaseGetRequest CaseGetRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(QStringLiteral("caseId"))};
}

QJsonObject CaseGetRequest::toJson() const
{
    return {{QStringLiteral("caseId"), caseId}};
}

CaseRelatedRequest CaseRelatedRequest::read(PayloadReader &reader)
{
    return {reader.requiredText(QStringLiteral("text"), maxRelatedTextLength).trimmed()};
}

QJsonObject CaseRelatedRequest::toJson() const
{
    return {{QStringLiteral("text"), text}};
}

CasePreviewRequest CasePreviewRequest::read(PayloadReader &reader)
{
    return {reader.requiredId(QStringLiteral("conversationId"))};
}

QJsonObject CasePreviewRequest::toJson() const
{
    return {{QStringLiteral("conversationId"), conversationId}};
}

CasePromoteRequest CasePromoteRequest::read(PayloadReader &reader)
{
    CasePromoteRequest request;
    request.conversationId = reader.requiredId(QStringLiteral("conversationId"));
    request.title = reader.requiredText(QStringLiteral("title"), maxCaseTitleLength).trimmed();
    request.story = reader.requiredText(QStringLiteral("story"), maxCaseStoryLength).trimmed();
    request.nonStandard = reader.requiredText(QStringLiteral("nonStandard"), maxCaseSectionLength).trimmed();
    request.outcome = reader.requiredText(QStringLiteral("outcome"), maxCaseSectionLength).trimmed();
    request.lessons = reader.requiredText(QStringLiteral("lessons"), maxCaseSectionLength).trimmed();
    const QStringList tags = reader.requiredStringList(QStringLiteral("tags"), maxCaseTags, maxCaseTagLength);
    for (const QString &tag : tags) {
        const QString key = normalizedCaseTag(tag);
        if (key.isEmpty()) {
            reader.reject(ErrorCode::InvalidField, QStringLiteral("tags"),
                          QStringLiteral("payload.tags: \"%1\" holds something besides letters, digits, "
                                         "\"_\" and \"-\"")
                              .arg(tag));
            break;
        }
        if (!request.tags.contains(key))
            request.tags.append(key);
    }
    return request;
}

QJsonObject CasePromoteRequest::toJson() const
{
    return {{QStringLiteral("conversationId"), conversationId},
            {QStringLiteral("title"), title},
            {QStringLiteral("story"), story},
            {QStringLiteral("nonStandard"), nonStandard},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("lessons"), lessons},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

} // namespace warmline::protocol
