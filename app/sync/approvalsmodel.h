#pragma once

#include "core/compensation.h"
#include "sync/keyedlistmodel.h"

namespace warmline::sync {

// Approval requests waiting for a supervisor, oldest first as the server lists them: who asks how
// much for whom, and how long they have been waiting (the clock is set from outside, so the text
// moves on without a reload and tests choose their own time).
class PendingApprovalsModel final : public KeyedListModel<core::Compensation>
{
    Q_OBJECT
public:
    enum Role {
        CompensationIdRole = Qt::UserRole + 1,
        AgentIdRole,
        AgentNameRole,
        CustomerNameRole,
        AmountMinorRole, // qint64 fen
        CreatedAtRole,   // qint64 ms
        WaitingMsRole,   // qint64 ms, at now()
        EscalatedRole,   // bool
        OwnRequestRole,  // bool: asked by the user, whom the server does not let answer it
    };
    Q_ENUM(Role)

    explicit PendingApprovalsModel(QObject *parent = nullptr);

    void setRequests(const QList<core::Compensation> &requests) { setRows(requests); }
    void setMyId(qint64 agentId);
    void setNow(qint64 msSinceEpoch);
    qint64 now() const { return m_now; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const core::Compensation &row) const override { return row.id; }

private:
    qint64 m_myId = 0;
    qint64 m_now = 0;
};

// Requests answered lately, newest first: whose they were and how they stand now.
class AnsweredApprovalsModel final : public KeyedListModel<core::Compensation>
{
    Q_OBJECT
public:
    enum Role {
        CompensationIdRole = Qt::UserRole + 1,
        CustomerNameRole,
        StatusRole, // core::CompensationStatus as int
        ApproverNameRole,
        AmountMinorRole, // qint64 fen
    };
    Q_ENUM(Role)

    explicit AnsweredApprovalsModel(QObject *parent = nullptr);

    void setAnswers(const QList<core::Compensation> &answers) { setRows(answers); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const core::Compensation &row) const override { return row.id; }
};

} // namespace warmline::sync
