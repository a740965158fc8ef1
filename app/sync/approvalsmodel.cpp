#include "sync/approvalsmodel.h"

#include "core/money.h"
#include "sync/compensationlabels.h"
#include "sync/vocabularylabels.h"

#include <QLocale>

namespace warmline::sync {

PendingApprovalsModel::PendingApprovalsModel(QObject *parent)
    : KeyedListModel(parent)
{
}

void PendingApprovalsModel::setMyId(qint64 agentId)
{
    if (agentId == m_myId)
        return;
    m_myId = agentId;
    allRowsChanged({Qt::ToolTipRole, OwnRequestRole});
}

void PendingApprovalsModel::setNow(qint64 msSinceEpoch)
{
    if (msSinceEpoch == m_now)
        return;
    m_now = msSinceEpoch;
    allRowsChanged({Qt::DisplayRole, WaitingMsRole});
}

QVariant PendingApprovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Compensation &c = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text =
            tr("%1 asks %2 for %3 (%4) · waiting %5")
                .arg(c.agentName, core::formatMoney(c.amount, QLocale()), c.customerName,
                     complaintCategoryLabel(c.complaintCategory), shortDuration(m_now - c.createdAtMs));
        return c.escalated ? tr("ESCALATED · %1").arg(text) : text;
    }
    case Qt::ToolTipRole:
        if (c.agentId == m_myId)
            return tr("Your own request: another supervisor answers it.");
        return {};
    case CompensationIdRole:
        return c.id;
    case AgentIdRole:
        return c.agentId;
    case AgentNameRole:
        return c.agentName;
    case CustomerNameRole:
        return c.customerName;
    case AmountMinorRole:
        return c.amount.minor();
    case CreatedAtRole:
        return c.createdAtMs;
    case WaitingMsRole:
        return m_now - c.createdAtMs;
    case EscalatedRole:
        return c.escalated;
    case OwnRequestRole:
        return c.agentId == m_myId;
    default:
        return {};
    }
}

QHash<int, QByteArray> PendingApprovalsModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(CompensationIdRole, "compensationId");
    names.insert(AgentIdRole, "agentId");
    names.insert(AgentNameRole, "agentName");
    names.insert(CustomerNameRole, "customerName");
    names.insert(AmountMinorRole, "amountMinor");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(WaitingMsRole, "waitingMs");
    names.insert(EscalatedRole, "escalated");
    names.insert(OwnRequestRole, "ownRequest");
    return names;
}

AnsweredApprovalsModel::AnsweredApprovalsModel(QObject *parent)
    : KeyedListModel(parent)
{
}

QVariant AnsweredApprovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Compensation &c = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(c.customerName + QStringLiteral(" — ") + compensationStateText(c));
    case CompensationIdRole:
        return c.id;
    case CustomerNameRole:
        return c.customerName;
    case StatusRole:
        return int(c.status);
    case ApproverNameRole:
        return c.approverName;
    case AmountMinorRole:
        return c.amount.minor();
    default:
        return {};
    }
}

QHash<int, QByteArray> AnsweredApprovalsModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(CompensationIdRole, "compensationId");
    names.insert(CustomerNameRole, "customerName");
    names.insert(StatusRole, "status");
    names.insert(ApproverNameRole, "approverName");
    names.insert(AmountMinorRole, "amountMinor");
    return names;
}

} // namespace warmline::sync
