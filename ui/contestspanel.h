#pragma once

#include "sync/openinglinecontroller.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace warmline::sync {
class ContestListModel;
class LeaderboardModel;
struct LeaderboardEntry;
} // namespace warmline::sync

namespace warmline::ui {

// Team contests for opening lines: supervisors and trainers open them, agents submit one of their
// lines, judges score entries (warmth, clarity, fit, 1–5, with a comment), everyone sees the
// leaderboard (judges combined with real outcomes, with sample sizes), and judges publish the
// winners to the team library. The server decides who may do what; the panel only hides buttons
// that would be refused.
class ContestsPanel final : public QWidget
{
    Q_OBJECT
public:
    ContestsPanel(sync::OpeningLineController &controller, qint64 agentId, QWidget *parent = nullptr);

    qint64 selectedContestId() const { return m_contestId; }
    void selectContest(qint64 contestId);

private:
    void rebuildContests();
    void rebuildLines();
    void loadLeaderboard();
    void showLeaderboard(const protocol::LeaderboardReply &board);
    const sync::LeaderboardEntry *currentEntry() const;
    void showEntry();
    void createContest();
    void submitEntry();
    void scoreEntry();
    void publishWinners();
    void setStatus(const QString &text, bool problem = false);
    std::optional<sync::OpeningLineController::Contest> currentContest() const;

    sync::OpeningLineController &m_controller;
    qint64 m_agentId = 0;
    qint64 m_contestId = 0;
    bool m_rebuilding = false;  // the contest list changes under the selection, not by the user
    bool m_emptyNotice = false; // the status says there are no contests

    sync::ContestListModel *m_contestModel = nullptr;
    sync::LeaderboardModel *m_boardModel = nullptr;
    QListView *m_contests = nullptr;
    QPushButton *m_create = nullptr;
    QComboBox *m_lineChoice = nullptr;
    QPushButton *m_submit = nullptr;
    QTableView *m_board = nullptr;
    QLabel *m_entry = nullptr;
    QPushButton *m_score = nullptr;
    QPushButton *m_publish = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace warmline::ui
