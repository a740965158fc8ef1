#pragma once

#include "core/money.h"
#include "core/role.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

// The stored facts the outcome metrics are computed from (docs/metrics.md). Each read returns one
// row per counted thing — a resolved conversation, a status change, a budget day — with the team and
// agent it is attributed to; the metrics module filters them by scope and adds them up per team,
// agent and day. Every read is bounded by the period [fromMs, toMs).
class MetricsStore final
{
public:
    explicit MetricsStore(QSqlDatabase db);

    struct Team
    {
        qint64 id = 0;
        QString name;
    };
    struct Staff
    {
        qint64 id = 0;
        QString name;
        core::Role role = core::Role::Agent;
        qint64 teamId = 0;       // 0: no team
        core::Money dailyBudget; // agent_authority, else the role's default
    };
    // A conversation a person resolved in the period.
    struct Resolved
    {
        qint64 conversationId = 0;
        qint64 teamId = 0;  // its queue's team; 0: organisation-wide
        qint64 agentId = 0; // who resolved it
        qint64 resolvedAtMs = 0;
        bool passedOn = false; // a person transferred it (to a colleague or back to a queue)
        bool repeated = false; // the customer opened another conversation within 7 days
    };
    // A customer message written after a person first replied, in a conversation resolved in the period.
    struct CustomerLine
    {
        qint64 conversationId = 0;
        QString body;
    };
    // One conversation.created or .updated event (the full conversation after a change), oldest first.
    struct StatusChange
    {
        qint64 conversationId = 0;
        QString status;
        qint64 teamId = 0;
        qint64 agentId = 0; // the assignee after the change
        qint64 atMs = 0;    // when the event was logged
    };
    // A wait whose events were pruned: the conversation row's own queued_at → assigned_at.
    struct RowWait
    {
        qint64 conversationId = 0;
        qint64 teamId = 0;
        qint64 agentId = 0;
        qint64 queuedAtMs = 0;
        qint64 assignedAtMs = 0;
    };
    struct Spend
    {
        qint64 agentId = 0;
        QString day; // budget_day
        core::Money amount;
    };
    // A conversation the bot held, created in the period.
    struct BotConversation
    {
        qint64 conversationId = 0;
        qint64 teamId = 0;
        qint64 createdAtMs = 0;
        bool resolved = false;
        bool handedOff = false;
        bool reachedPerson = false; // ever queued or assigned
    };
    // An agent's message after a hand-off or transfer, with what the agent was given.
    struct AgentLine
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
        qint64 agentId = 0;
        qint64 teamId = 0;
        qint64 atMs = 0;
        QString body;
        QString handoff;              // JSON of core::Handoff, empty when there was none
        qint64 firstTransferAtMs = 0; // 0: never transferred
        QString orderNumber;          // the conversation's linked order, which the agent sees
    };

    std::optional<QList<Team>> teams();
    std::optional<QList<Staff>> staff();
    std::optional<QList<Resolved>> resolved(qint64 fromMs, qint64 toMs, qint64 repeatWindowMs);
    std::optional<QList<CustomerLine>> customerLinesAfterPerson(qint64 fromMs, qint64 toMs);
    // Every status change of the conversations that changed in the period, so that a wait which
    // began before the period and ended in it is whole.
    std::optional<QList<StatusChange>> statusChanges(qint64 fromMs, qint64 toMs);
    std::optional<QList<RowWait>> waitsWithoutEvents(qint64 fromMs, qint64 toMs);
    std::optional<QList<Spend>> spend(const QString &fromDay, const QString &toDay);
    std::optional<QList<BotConversation>> botConversations(qint64 fromMs, qint64 toMs);
    std::optional<QList<AgentLine>> agentLinesAfterHandover(qint64 fromMs, qint64 toMs);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
