#include "sync/mentoringmodels.h"

#include "sync/rostermodel.h"

#include <QDateTime>
#include <QLocale>

namespace warmline::sync {

void WhisperListModel::add(const protocol::WhisperInfo &whisper)
{
    if (rowOfKey(whisper.id) >= 0)
        return; // the ack and a replayed event carry the same whisper
    QList<protocol::WhisperInfo> whispers = rows();
    whispers.append(whisper);
    setRows(whispers);
}

QVariant WhisperListModel::data(const QModelIndex &index, int role) const
{
    const protocol::WhisperInfo *whisper = rowAt(index);
    if (!whisper)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(whisper->mentorName, whisper->body);
    case Qt::ToolTipRole:
        return whisper->body;
    case WhisperIdRole:
        return whisper->id;
    case ConversationIdRole:
        return whisper->conversationId.value_or(0);
    case MentorNameRole:
        return whisper->mentorName;
    case BodyRole:
        return whisper->body;
    case CreatedAtRole:
        return whisper->createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> WhisperListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{WhisperIdRole, "whisperId"},
                  {ConversationIdRole, "conversationId"},
                  {MentorNameRole, "mentorName"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"}});
    return names;
}

void HeldReplyListModel::setHeld(const QList<protocol::HeldReplyInfo> &held)
{
    QList<protocol::HeldReplyInfo> waiting;
    for (const protocol::HeldReplyInfo &reply : held) {
        if (reply.state == core::HeldReply::State::Waiting)
            waiting.append(reply);
    }
    setRows(waiting);
}

void HeldReplyListModel::apply(const protocol::HeldReplyInfo &held)
{
    QList<protocol::HeldReplyInfo> rows = this->rows();
    const int row = rowOfKey(held.id);
    if (held.state != core::HeldReply::State::Waiting) {
        if (row < 0)
            return;
        rows.removeAt(row);
    } else if (row >= 0) {
        rows[row] = held;
    } else {
        rows.append(held);
    }
    setRows(rows);
}

QVariant HeldReplyListModel::data(const QModelIndex &index, int role) const
{
    const protocol::HeldReplyInfo *held = rowAt(index);
    if (!held)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2): %3")
            .arg(
                held->menteeName,
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(held->heldAt).time(), QLocale::ShortFormat),
                held->body);
    case Qt::ToolTipRole:
        return held->body;
    case HeldIdRole:
        return held->id;
    case ConversationIdRole:
        return held->conversationId;
    case MenteeNameRole:
        return held->menteeName;
    case BodyRole:
        return held->body;
    case HeldAtRole:
        return held->heldAt;
    case ClientOpIdRole:
        return held->clientOpId;
    default:
        return {};
    }
}

QHash<int, QByteArray> HeldReplyListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{HeldIdRole, "heldId"},
                  {ConversationIdRole, "conversationId"},
                  {MenteeNameRole, "menteeName"},
                  {BodyRole, "body"},
                  {HeldAtRole, "heldAt"},
                  {ClientOpIdRole, "clientOpId"}});
    return names;
}

void FeedbackListModel::upsert(const protocol::FeedbackInfo &feedback)
{
    QList<protocol::FeedbackInfo> rows = this->rows();
    const int row = rowOfKey(feedback.session.id);
    if (row >= 0)
        rows[row] = feedback;
    else
        rows.prepend(feedback);
    setRows(rows);
}

QVariant FeedbackListModel::data(const QModelIndex &index, int role) const
{
    const protocol::FeedbackInfo *feedback = rowAt(index);
    if (!feedback)
        return {};
    const qint64 endedAt = feedback->session.endedAt.value_or(feedback->session.startedAt);
    switch (role) {
    case Qt::DisplayRole: {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(endedAt), QLocale::ShortFormat);
        return feedback->review ? tr("%1 · %2").arg(feedback->session.mentorName, when)
                                : tr("%1 · %2 · not reviewed yet").arg(feedback->session.mentorName, when);
    }
    case SessionIdRole:
        return feedback->session.id;
    case MentorNameRole:
        return feedback->session.mentorName;
    case EndedAtRole:
        return endedAt;
    case ReviewedRole:
        return feedback->review.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedbackListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{SessionIdRole, "sessionId"},
                  {MentorNameRole, "mentorName"},
                  {EndedAtRole, "endedAt"},
                  {ReviewedRole, "reviewed"}});
    return names;
}

QVariant MenteeListModel::data(const QModelIndex &index, int role) const
{
    const MenteeRow *row = rowAt(index);
    if (!row)
        return {};
    const core::RosterEntry &agent = row->agent;
    switch (role) {
    case Qt::DisplayRole:
        if (row->sessionId)
            return tr("%1 — %2 · in your session")
                .arg(agent.name, RosterModel::presenceLabel(agent.presence));
        return tr("%1 — %2 · %3 of %4 conversations")
            .arg(agent.name, RosterModel::presenceLabel(agent.presence))
            .arg(agent.active)
            .arg(agent.capacity);
    case AgentIdRole:
        return agent.agentId;
    case NameRole:
        return agent.name;
    case PresenceRole:
        return int(agent.presence);
    case SessionIdRole:
        return row->sessionId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MenteeListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{AgentIdRole, "agentId"},
                  {NameRole, "name"},
                  {PresenceRole, "presence"},
                  {SessionIdRole, "sessionId"}});
    return names;
}

} // namespace warmline::sync
