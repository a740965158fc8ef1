#pragma once

#include <QSortFilterProxyModel>

namespace warmline::sync {

// One of the agent's two lists over the same conversation model: "mine" (assigned to this agent,
// most recent activity first) or "waiting" (in the queue, longest waiting first).
class ConversationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Mode { Mine, Waiting };

    explicit ConversationFilterModel(Mode mode, QObject *parent = nullptr);
    void setAgentId(qint64 agentId);
    Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Mode m_mode;
    qint64 m_agentId = 0;
};

} // namespace warmline::sync
