#pragma once

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

struct OpeningLineRecord
{
    qint64 id = 0, agentId = 0, teamId = 0, createdAt = 0, updatedAt = 0;
    std::optional<qint64> originLibrary;
    QString channelKind, title, language;
    bool active = false, deleted = false;
};

struct OpeningVersionRecord
{
    int version = 0;
    QString source;
    qint64 createdAt = 0;
};

// What followed the uses of one version of a line; the *Known counts are the uses whose outcome
// is decided yet.
struct OpeningOutcomeRecord
{
    qint64 lineId = 0;
    int version = 0;
    qint64 uses = 0, warm = 0, warmKnown = 0, resolved = 0, resolvedKnown = 0, praised = 0;
};

struct LibraryLineRecord
{
    qint64 id = 0, authorId = 0, adoptedCount = 0, publishedAt = 0;
    std::optional<qint64> contestId;
    std::optional<int> rank;
    std::optional<double> score;
    QString channelKind, title, source, authorName, contestTheme;
};

// What decides whether an agent's reply in a conversation can be an opener.
struct ConversationOpening
{
    bool exists = false;
    int agentReplies = 0, uses = 0;
    QString channel;
    qint64 customerId = 0, orderId = 0;
};

struct ActiveVersionRecord
{
    qint64 lineId = 0;
    int version = 0;
    QString source;
};

struct OpeningUseRecord
{
    qint64 id = 0, lineId = 0, conversationId = 0, agentId = 0, customerId = 0, usedAt = 0;
    int version = 0;
    std::optional<bool> repliedWarmly; // not known until the customer answers
};

// Agents' opening lines, their versions, uses and outcomes, and the team library (schemas 7 and
// 8). Writes run inside the caller's write transaction, so a use is recorded in the same commit
// as the reply that made it. A team id of 0 stands for agents without a team (NULL in the schema).
class OpeningLineStore final
{
public:
    explicit OpeningLineStore(QSqlDatabase db);

    // Any line, deleted ones included.
    std::optional<OpeningLineRecord> line(qint64 lineId);
    // Newest first.
    std::optional<QList<OpeningVersionRecord>> versions(qint64 lineId);
    // The agent's lines that are not deleted, in the order the agent's list shows them.
    QList<qint64> lineIdsOf(qint64 agentId);
    std::optional<int> lineCount(qint64 agentId);
    // Per line and version; a praise for the customer within `praiseWindowMs` after a use counts for it.
    QList<OpeningOutcomeRecord> outcomes(const QList<qint64> &lineIds, qint64 praiseWindowMs);

    // Inserts agentId, teamId, channelKind, title, createdAt, updatedAt and language.
    std::optional<qint64> insertLine(const OpeningLineRecord &line);
    bool rename(qint64 lineId, const QString &title, qint64 nowMs);
    bool touch(qint64 lineId, qint64 nowMs);
    bool insertVersion(qint64 lineId, const OpeningVersionRecord &version);
    bool setLanguage(qint64 lineId, const QString &language);
    bool activate(qint64 lineId, qint64 nowMs);
    // Ends the agent's active line of this kind and language, except `keepLineId` (0: none kept).
    bool deactivateOthers(qint64 agentId, const QString &kind, const QString &language, qint64 keepLineId,
                          qint64 nowMs);
    // Whether the agent had the line (nullopt: the write failed).
    std::optional<bool> markDeleted(qint64 lineId, qint64 agentId, qint64 nowMs);
    bool setOrigin(qint64 lineId, qint64 libraryId);

    // Newest first.
    QList<LibraryLineRecord> library(qint64 teamId);
    // Only channelKind, title and source are read.
    std::optional<LibraryLineRecord> libraryLine(qint64 libraryId, qint64 teamId);
    bool countAdoption(qint64 libraryId);

    // nullopt: the read failed.
    std::optional<ConversationOpening> opening(qint64 conversationId);
    // The newest version of each of the agent's active lines of this kind (one per language).
    std::optional<QList<ActiveVersionRecord>> activeVersions(qint64 agentId, const QString &kind);
    bool insertUse(const OpeningUseRecord &use);
    std::optional<QList<OpeningUseRecord>> usesIn(qint64 conversationId);
    bool setRepliedWarmly(qint64 useId, bool warm);
    bool markPraised(qint64 useId);
    // First contact: the agent who used the line resolved and still holds the conversation.
    bool recordResolution(qint64 conversationId, qint64 resolvingAgentId);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
