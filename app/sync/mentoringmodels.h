#pragma once

#include "core/presence.h"
#include "protocol/mentoringmessages.h"
#include "sync/keyedlistmodel.h"

namespace warmline::sync {

// Whispers, oldest first: on the mentee's desk what their mentor advised, on the mentor's what
// they said. Whispers only ever arrive; a new one is one inserted row.
class WhisperListModel final : public KeyedListModel<protocol::WhisperInfo>
{
    Q_OBJECT
public:
    enum Role {
        WhisperIdRole = Qt::UserRole + 1,
        ConversationIdRole, // 0: general advice
        MentorNameRole,
        BodyRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    using KeyedListModel::KeyedListModel;

    void setWhispers(const QList<protocol::WhisperInfo> &whispers) { setRows(whispers); }
    void add(const protocol::WhisperInfo &whisper);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const protocol::WhisperInfo &row) const override { return row.id; }
};

// The agents a mentor may coach, with presence and load, and the session open with each.
struct MenteeRow
{
    core::RosterEntry agent;
    qint64 sessionId = 0; // 0: no session with them now
    friend bool operator==(const MenteeRow &, const MenteeRow &) = default;
};

class MenteeListModel final : public KeyedListModel<MenteeRow>
{
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        NameRole,
        PresenceRole, // core::Presence as int
        SessionIdRole,
    };
    Q_ENUM(Role)

    using KeyedListModel::KeyedListModel;

    void setMentees(const QList<MenteeRow> &rows) { setRows(rows); }
    const MenteeRow *mentee(qint64 agentId) const { return rowAt(rowOfKey(agentId)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const MenteeRow &row) const override { return row.agent.agentId; }
};

} // namespace warmline::sync
