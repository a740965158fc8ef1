#pragma once

#include "core/compensation.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace warmline::sync {
class AnsweredApprovalsModel;
class ApprovalQueue;
class PendingApprovalsModel;
} // namespace warmline::sync

namespace warmline::ui {

// For supervisors and administrators: requests above an agent's authority, live. Approve, amend
// the amounts, or reject — with a comment the agent sees at once.
class ApprovalsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsPanel(sync::ApprovalQueue &queue, QWidget *parent = nullptr);

    int pendingCount() const;

signals:
    void requestArrived();

private:
    void refreshLists();
    void showSelected();
    qint64 selectedId() const;
    std::optional<QList<core::Remedy>> amendedRemedies() const;
    void refreshButtons();
    void approve();
    void amend();
    void reject();
    void showFeedback(const QString &text, bool problem = false);

    sync::ApprovalQueue &m_queue;
    sync::PendingApprovalsModel *m_pendingModel = nullptr;
    sync::AnsweredApprovalsModel *m_answeredModel = nullptr;
    QListView *m_pending = nullptr;
    QLabel *m_detail = nullptr;
    QGroupBox *m_amountsBox = nullptr;
    QFormLayout *m_amounts = nullptr;
    QHash<int, QLineEdit *> m_amountEditors; // by RemedyKind
    QLineEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_feedback = nullptr;
    QListView *m_answered = nullptr;
    qint64 m_shownId = 0;
    bool m_refreshing = false; // the current row moves with the rows, not by the supervisor
    QTimer m_clock;            // waiting times move on
};

} // namespace warmline::ui
