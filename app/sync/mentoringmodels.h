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

// Replies waiting for a mentor's approval (approve-before-send), oldest first: on the mentee's
// desk their own, on the mentor's those of every mentee in session. A reply leaves the list once
// it is sent or returned.
class HeldReplyListModel final : public KeyedListModel<protocol::HeldReplyInfo>
{
    Q_OBJECT
public:
    enum Role {
        HeldIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        MenteeNameRole,
        BodyRole,
        HeldAtRole,
        ClientOpIdRole,
    };
    Q_ENUM(Role)

    using KeyedListModel::KeyedListModel;

    void setHeld(const QList<protocol::HeldReplyInfo> &held);
    // What became of one reply: kept while waiting, gone once decided.
    void apply(const protocol::HeldReplyInfo &held);
    const protocol::HeldReplyInfo *held(qint64 heldId) const { return rowAt(rowOfKey(heldId)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const protocol::HeldReplyInfo &row) const override { return row.id; }
};

// A mentee's feedback, one row per ended session, newest first: who mentored, when, the rubric
// (once written) and the moments marked.
class FeedbackListModel final : public KeyedListModel<protocol::FeedbackInfo>
{
    Q_OBJECT
public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        MentorNameRole,
        EndedAtRole,
        ReviewedRole, // bool
    };
    Q_ENUM(Role)

    using KeyedListModel::KeyedListModel;

    void setFeedback(const QList<protocol::FeedbackInfo> &feedback) { setRows(feedback); }
    // A review written or revised: that session's row, or a new first row.
    void upsert(const protocol::FeedbackInfo &feedback);
    const protocol::FeedbackInfo *feedback(const QModelIndex &index) const { return rowAt(index); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const protocol::FeedbackInfo &row) const override { return row.session.id; }
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
