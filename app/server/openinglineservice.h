#pragma once

#include "core/conversation.h"
#include "core/permission.h"
#include "protocol/openingmessages.h"
#include "server/conversationservice.h"
#include "storage/accountstore.h"
#include "storage/conteststore.h"
#include "storage/openinglinestore.h"
#include "storage/profilestore.h"

#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace warmline::server {

// Personal opening lines, their outcomes, team contests and the team library (schema 007). Writes
// run inside the caller's UnitOfWork; the note*() hooks run inside the unit of work of the
// conversation request that caused them, so an outcome is recorded exactly when its cause is.
//
// A use is detected on the server: the agent's first reply in a conversation is a use of their
// active line for the conversation's channel kind when it contains the line's fixed text (the
// literal text outside [ ] and fallbacks, ignoring spaces, punctuation and case) in order, or —
// for lines with under 4 characters of fixed text — when it starts with the line as the server
// renders it for that customer now. Edits to the variable parts and additions after the line do
// not hide a use; a rewrite does.
class OpeningLineService final
{
public:
    OpeningLineService(QSqlDatabase db, storage::ProfileStore &profiles);

    // The agent's lines (not deleted), each with its versions and outcome numbers.
    QJsonArray lines(qint64 agentId);
    QJsonArray library(qint64 teamId);
    QJsonArray contests(const storage::AgentRecord &viewer, qint64 nowMs);
    Outcome leaderboard(const storage::AgentRecord &viewer, qint64 contestId, qint64 nowMs);

    Outcome save(UnitOfWork &work, const storage::AgentRecord &agent,
                 const protocol::OpeningSaveRequest &request, qint64 nowMs);
    Outcome activate(UnitOfWork &work, const storage::AgentRecord &agent, qint64 lineId, bool active,
                     qint64 nowMs);
    Outcome remove(UnitOfWork &work, const storage::AgentRecord &agent, qint64 lineId, qint64 nowMs);
    Outcome adopt(UnitOfWork &work, const storage::AgentRecord &agent,
                  const protocol::LibraryAdoptRequest &request, qint64 nowMs);
    Outcome createContest(UnitOfWork &work, const storage::AgentRecord &agent,
                          const protocol::ContestCreateRequest &request, qint64 nowMs);
    Outcome submit(UnitOfWork &work, const storage::AgentRecord &agent,
                   const protocol::ContestSubmitRequest &request, qint64 nowMs);
    Outcome score(UnitOfWork &work, const storage::AgentRecord &judge,
                  const protocol::ContestScoreRequest &request, qint64 nowMs);
    Outcome publish(UnitOfWork &work, const storage::AgentRecord &judge,
                    const protocol::ContestPublishRequest &request, qint64 nowMs);

    // Records uses and outcomes from the conversation module's domain events, inside the unit of
    // work that raised them.
    void subscribeTo(DomainEventBus &bus);

    // Outcome hooks (errors roll the whole request back).
    std::optional<Error> noteAgentReply(const storage::AgentRecord &agent, qint64 conversationId,
                                        const QString &text, qint64 nowMs);
    std::optional<Error> noteCustomerMessage(qint64 conversationId, const QString &text, qint64 nowMs);
    std::optional<Error> noteResolved(const storage::AgentRecord &agent, qint64 conversationId, qint64 nowMs);

    // How long after a use the customer's first answer still counts as a warm reply.
    static constexpr qint64 warmReplyWindowMs = 10 * 60 * 1000;
    // Praise recorded for the customer this long after a use counts for it.
    static constexpr qint64 praiseWindowMs = 7LL * 24 * 60 * 60 * 1000;
    static constexpr int maxLinesPerAgent = 50;
    // Whether `reply` is a use of the template `source` (see the class comment); `rendered` is the
    // line rendered for the customer, used for lines with little fixed text.
    static bool isUseOf(const QString &source, const QString &reply, const QString &rendered);
    // The documented leaderboard formula (docs/opening-lines.md).
    static double combinedScore(double meanJudgeScore, qint64 successes, qint64 trials);

private:
    // A line's language follows its newest text; an active line that changes language replaces
    // the agent's active line of that language and kind.
    std::optional<protocol::Error> followLanguage(const storage::AgentRecord &agent, qint64 lineId,
                                                  const QString &language, qint64 nowMs);
    struct Outcomes
    {
        qint64 uses = 0, warm = 0, warmKnown = 0, resolved = 0, resolvedKnown = 0, praised = 0;
        void add(const Outcomes &other);
        qint64 successes() const { return warm + resolved + praised; }
        qint64 trials() const { return uses + warmKnown + resolvedKnown; }
        QJsonObject toJson() const;
    };

    std::optional<QJsonObject> lineJson(qint64 lineId);
    QHash<qint64, QHash<int, Outcomes>> outcomesOf(const QList<qint64> &lineIds);
    QJsonArray rankedEntries(const storage::ContestRecord &contest, bool withComments);
    template<typename ContestEvent>
    std::optional<qint64> appendContestEvent(UnitOfWork &work, qint64 contestId, qint64 teamId, qint64 nowMs);

    storage::ProfileStore &m_profiles;
    storage::ContestStore m_contests;
    storage::OpeningLineStore m_lines;
};

} // namespace warmline::server
