#pragma once

#include "core/audience.h"
#include "core/conversation.h"
#include "core/presence.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace warmline::storage {

// A routing queue and the team that serves it.
struct QueueRecord
{
    QString name;
    qint64 teamId = 0;
    QString teamName;
    friend bool operator==(const QueueRecord &, const QueueRecord &) = default;
};

// A waiting conversation routing may offer, oldest first.
struct WaitingConversation
{
    qint64 id = 0;
    qint64 teamId = 0; // the queue's team; 0: organisation-wide
    qint64 queuedAtMs = 0;
    QString language; // the customer's language code ("zh", "en"): the first part of their locale
};

// Presence, load and routing offers: what the supervisor's roster shows and routing decides on.
// Callers hold the write transaction for changes.
class RosterStore final
{
public:
    explicit RosterStore(QSqlDatabase db);

    // A server that starts has no live connections, whatever the last one recorded.
    bool clearConnections();
    // What the agent chose; without a row they are available (signing in means ready to work).
    core::Presence chosen(qint64 agentId);
    // Records the agent's choice and whether a connection of theirs is live; `since` moves only
    // when what others see changes. Returns whether it changed.
    std::optional<bool> setPresence(qint64 agentId, core::Presence chosen, bool connected, qint64 nowMs);
    bool connected(qint64 agentId);

    // The roster line of one agent; spend and budget are the caller's (the compensation rules).
    std::optional<core::RosterEntry> entry(qint64 agentId);
    // Everyone the scope covers (their own team and the teams they look after; all for admins).
    QList<core::RosterEntry> roster(const core::StaffScope &scope);
    QList<QueueRecord> queues();
    std::optional<QueueRecord> queue(const QString &name);

    // Routing.
    QList<WaitingConversation> unofferedWaiting();
    // Agents routing may offer a conversation of this team to: signed in, available, with room,
    // not passed over for it; fewest conversations first, then longest available.
    // Agents with languages set are offered only customers of those languages.
    QList<core::RosterEntry> candidates(qint64 conversationId, qint64 teamId, const QString &language);
    // The languages an agent serves customers in ("zh", "en"); empty: any.
    bool setLanguages(qint64 agentId, const QStringList &languages);
    bool offer(qint64 conversationId, qint64 agentId, qint64 nowMs, qint64 expiresAtMs);
    // The offer of this conversation, if any, removed; `pass` keeps it from going to that agent again.
    std::optional<qint64> withdrawOffer(qint64 conversationId, bool pass);
    QList<qint64> expiredOffers(qint64 nowMs);
    QList<qint64> offersTo(qint64 agentId);
    std::optional<qint64> nextExpiry();
    bool clearPasses(qint64 conversationId);
    bool pass(qint64 conversationId, qint64 agentId);

private:
    QList<core::RosterEntry> entries(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace warmline::storage
