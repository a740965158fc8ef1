#pragma once

#include "core/compensation.h"
#include "protocol/error.h"
#include "sync/compensationlabels.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace warmline::sync {
class AgentWorkspace;
class CompensationController;
class CompensationDraft;
} // namespace warmline::sync

namespace warmline::ui {

using sync::compensationStateText;
using sync::remediesText;

// The compensation picker (选择化 and 赋能化): option cards with cost, how often customers accepted
// them and whether they are within the agent's authority; checkboxes to combine; amount editors;
// meters for the case limit and today's budget; a reason; Decide, Offer to customer, Ask for
// approval; and what became of each compensation for this complaint.
class CompensationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CompensationPanel(sync::AgentWorkspace &workspace, QWidget *parent = nullptr);

    QString feedbackText() const;
    QString historyText() const; // rich text, newest first

private:
    void rebuild();
    void rebuildCards();
    void rebuildAmountEditors();
    void refreshState();
    void refreshMeters(const sync::CompensationDraft &draft);
    void refreshHistory();
    // What is on screen as a draft: the controller's options, authority, order and bounds, the
    // ticks, the amounts typed (parsed) and the reason. The rules live there.
    sync::CompensationDraft draft() const;
    QList<int> checkedOptions() const;
    void refreshCards(const sync::CompensationDraft &draft);
    void markAmountEditors(const sync::CompensationDraft &draft);
    QString problemText(const sync::CompensationDraft &draft) const;
    bool confirmDecision(core::Money cost);
    void decide();
    void offer();
    void askApproval();
    void onDone(const QString &type, const core::Compensation &compensation);
    void onFailed(const QString &type, const protocol::Error &error);
    void showFeedback(const QString &text, bool problem = false);
    void resetSelection();

    sync::AgentWorkspace &m_workspace;
    sync::CompensationController &m_controller;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QComboBox *m_complaints = nullptr;
    QLabel *m_caseLabel = nullptr;
    QProgressBar *m_caseMeter = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QProgressBar *m_budgetMeter = nullptr;
    QLabel *m_orderLabel = nullptr;
    QLabel *m_noRoom = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QList<QCheckBox *> m_checks;
    QGroupBox *m_amountsBox = nullptr;
    QFormLayout *m_amounts = nullptr;
    QHash<int, QLineEdit *> m_amountEditors; // by RemedyKind
    QHash<int, QString> m_editedText;        // what the agent typed, kept while they re-pick
    QLabel *m_summary = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_offer = nullptr;
    QPushButton *m_approval = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_history = nullptr;
    qint64 m_cardsForComplaint = 0;
    QString m_cardsKey;
};

} // namespace warmline::ui
