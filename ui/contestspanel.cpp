#include "ui/contestspanel.h"

#include "sync/contestlistmodel.h"
#include "sync/leaderboardmodel.h"
#include "sync/openinglinelabels.h"
#include "ui/openinglineeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::OpeningLineController;

ContestsPanel::ContestsPanel(OpeningLineController &controller, qint64 agentId, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_agentId(agentId)
{
    setObjectName(QStringLiteral("contestsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Contests of your team"), this), 1);
    m_create = new QPushButton(tr("New contest…"), this);
    m_create->setObjectName(QStringLiteral("newContest"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    top->addWidget(m_create);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_contestModel = new sync::ContestListModel(this);
    m_contests = new QListView(this);
    m_contests->setModel(m_contestModel);
    m_contests->setObjectName(QStringLiteral("contestList"));
    m_contests->setMaximumHeight(120);
    layout->addWidget(m_contests);

    auto *submitRow = new QHBoxLayout;
    m_lineChoice = new QComboBox(this);
    m_lineChoice->setObjectName(QStringLiteral("contestLineChoice"));
    m_submit = new QPushButton(tr("Submit this line"), this);
    m_submit->setObjectName(QStringLiteral("submitEntry"));
    submitRow->addWidget(m_lineChoice, 1);
    submitRow->addWidget(m_submit);
    layout->addLayout(submitRow);

    m_boardModel = new sync::LeaderboardModel(this);
    m_board = new QTableView(this);
    m_board->setModel(m_boardModel);
    m_board->setTabKeyNavigation(false); // Tab moves on; arrows move within
    m_board->setObjectName(QStringLiteral("leaderboard"));
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_board->verticalHeader()->hide();
    m_board->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->horizontalHeader()->setSectionResizeMode(sync::LeaderboardModel::Line, QHeaderView::Stretch);
    m_board->setWordWrap(false);
    layout->addWidget(m_board, 1);
    auto *formula = new QLabel(tr("Score = 0.7 × judges' mean (1–5 scaled to 0–1) + 0.3 × outcome rate "
                                  "(successes + 1) / (trials + 2). Outcomes: warm replies, first-contact "
                                  "resolutions and praise, out of the decided ones."),
                               this);
    formula->setWordWrap(true);
    formula->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(formula);
    m_entry = new QLabel(this);
    m_entry->setObjectName(QStringLiteral("entryDetails"));
    m_entry->setWordWrap(true);
    m_entry->setTextFormat(Qt::RichText);
    m_entry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_entry);

    auto *judgeRow = new QHBoxLayout;
    m_score = new QPushButton(tr("Score entry…"), this);
    m_score->setObjectName(QStringLiteral("scoreEntry"));
    m_publish = new QPushButton(tr("Publish winners…"), this);
    m_publish->setObjectName(QStringLiteral("publishWinners"));
    judgeRow->addStretch(1);
    judgeRow->addWidget(m_score);
    judgeRow->addWidget(m_publish);
    layout->addLayout(judgeRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("contestStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(refresh, &QPushButton::clicked, this, [this] {
        m_controller.reloadContests();
        loadLeaderboard();
    });
    connect(m_create, &QPushButton::clicked, this, &ContestsPanel::createContest);
    connect(m_submit, &QPushButton::clicked, this, &ContestsPanel::submitEntry);
    connect(m_score, &QPushButton::clicked, this, &ContestsPanel::scoreEntry);
    connect(m_board, &QTableView::doubleClicked, this, [this] {
        if (m_controller.canJudge())
            scoreEntry();
    });
    connect(m_publish, &QPushButton::clicked, this, &ContestsPanel::publishWinners);
    connect(m_contests->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_rebuilding)
                    return;
                const qint64 id = current.data(sync::ContestListModel::ContestIdRole).toLongLong();
                if (id != m_contestId) {
                    m_contestId = id;
                    loadLeaderboard();
                }
                rebuildLines();
            });
    connect(m_board->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContestsPanel::showEntry);
    connect(&m_controller, &OpeningLineController::contestsChanged, this, &ContestsPanel::rebuildContests);
    connect(&m_controller, &OpeningLineController::linesChanged, this, &ContestsPanel::rebuildLines);
    connect(&m_controller, &OpeningLineController::contestUpdated, this, [this](qint64 contestId) {
        if (contestId == m_contestId)
            loadLeaderboard();
    });
    rebuildContests();
    rebuildLines();
}

void ContestsPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#c01c28") : QString());
}

std::optional<OpeningLineController::Contest> ContestsPanel::currentContest() const
{
    for (const auto &contest : m_controller.contests()) {
        if (contest.id == m_contestId)
            return contest;
    }
    return std::nullopt;
}

void ContestsPanel::selectContest(qint64 contestId)
{
    const QModelIndex index = m_contestModel->indexOfKey(contestId);
    if (index.isValid())
        m_contests->setCurrentIndex(index);
}

void ContestsPanel::rebuildContests()
{
    m_create->setVisible(m_controller.canJudge());
    m_score->setVisible(m_controller.canJudge());
    m_publish->setVisible(m_controller.canJudge());
    const qint64 keep = m_contestId;
    {
        const QScopedValueRollback rebuilding(m_rebuilding, true);
        m_contestModel->setContests(m_controller.contests());
        QModelIndex selected = m_contestModel->indexOfKey(keep);
        if (!selected.isValid())
            selected = m_contestModel->index(0, 0);
        if (selected != m_contests->currentIndex())
            m_contests->setCurrentIndex(selected);
        m_contestId = selected.data(sync::ContestListModel::ContestIdRole).toLongLong();
    }
    const QString none = m_controller.canJudge() ? tr("No contests yet. Open one with “New contest…”.")
                                                 : tr("No contests yet. A supervisor or trainer opens them.");
    if (m_controller.contests().isEmpty()) {
        setStatus(none);
        m_emptyNotice = true;
    } else if (m_emptyNotice) {
        setStatus({});
        m_emptyNotice = false;
    }
    if (m_contestId != keep || m_boardModel->rowCount() == 0)
        loadLeaderboard();
    rebuildLines();
}

void ContestsPanel::rebuildLines()
{
    const qint64 keep = m_lineChoice->currentData().toLongLong();
    m_lineChoice->clear();
    for (const auto &line : m_controller.lines())
        m_lineChoice->addItem(QStringLiteral("%1 — %2").arg(line.title, line.source), line.id);
    const int index = m_lineChoice->findData(keep);
    if (index >= 0)
        m_lineChoice->setCurrentIndex(index);
    const auto contest = currentContest();
    const bool open = contest && contest->state == QLatin1StringView("open");
    m_submit->setEnabled(open && m_lineChoice->count() > 0);
    m_submit->setText(contest && contest->submitted ? tr("Replace my entry") : tr("Submit this line"));
    m_lineChoice->setEnabled(open);
    if (open && m_lineChoice->count() == 0)
        m_lineChoice->setPlaceholderText(tr("Write a line in the opening-line editor first"));
    m_publish->setEnabled(contest && (contest->state == QLatin1StringView("open") ||
                                      contest->state == QLatin1StringView("judging")));
}

void ContestsPanel::loadLeaderboard()
{
    if (!m_contestId) {
        m_boardModel->clear();
        showEntry();
        return;
    }
    const qint64 contestId = m_contestId;
    m_controller.loadLeaderboard(contestId,
                                 [this, contestId](const sync::Answer<protocol::LeaderboardReply> &reply) {
                                     if (contestId != m_contestId)
                                         return;
                                     if (!reply.ok()) {
                                         setStatus(openingErrorText(reply.error), true);
                                         return;
                                     }
                                     showLeaderboard(reply.value());
                                 });
}

void ContestsPanel::showLeaderboard(const protocol::LeaderboardReply &board)
{
    // Rows move with their entries, so the selection follows the entry, not the row number.
    m_boardModel->setBoard(board);
    showEntry();
}

const sync::LeaderboardEntry *ContestsPanel::currentEntry() const
{
    return m_boardModel->rowAt(m_board->currentIndex());
}

void ContestsPanel::showEntry()
{
    const sync::LeaderboardEntry *entry = currentEntry();
    const bool has = entry && m_board->selectionModel()->hasSelection();
    const bool empty = m_boardModel->rowCount() == 0;
    const auto contest = currentContest();
    const bool scoring = contest && (contest->state == QLatin1StringView("open") ||
                                     contest->state == QLatin1StringView("judging"));
    if (!has) {
        m_entry->setText(
            empty && m_contestId
                ? tr("No entries yet.")
                : (empty ? QString() : tr("Select an entry to see its line and the judges' comments.")));
        m_score->setEnabled(false);
        return;
    }
    const bool own = entry->agentId == m_agentId;
    m_score->setEnabled(scoring && !own);
    m_score->setToolTip(own ? tr("Nobody scores their own entry.") : QString());
    QString html = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(entry->title.toHtmlEscaped(), entry->agentName.toHtmlEscaped(),
                            entry->source.toHtmlEscaped());
    html += QStringLiteral("<br><i>%1</i>").arg(sync::outcomeText(entry->outcomes).toHtmlEscaped());
    for (const auto &score : entry->scores) {
        html += QStringLiteral("<br>") + tr("%1: warmth %2, clarity %3, fit %4")
                                             .arg(score.judgeName)
                                             .arg(score.warmth)
                                             .arg(score.clarity)
                                             .arg(score.fit)
                                             .toHtmlEscaped();
        if (!score.comment.isEmpty())
            html += QStringLiteral(" — “%1”").arg(score.comment.toHtmlEscaped());
    }
    m_entry->setText(html);
}

void ContestsPanel::createContest()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newContestDialog"));
    dialog.setWindowTitle(tr("New contest"));
    auto *form = new QFormLayout(&dialog);
    auto *theme = new QLineEdit(&dialog);
    theme->setObjectName(QStringLiteral("contestTheme"));
    theme->setMaxLength(120);
    theme->setPlaceholderText(tr("e.g. Openers for customers whose parcel is late"));
    const QDateTime now = QDateTime::currentDateTime();
    auto *starts = new QDateTimeEdit(now, &dialog);
    auto *ends = new QDateTimeEdit(now.addDays(7), &dialog);
    starts->setCalendarPopup(true);
    ends->setCalendarPopup(true);
    form->addRow(tr("Theme"), theme);
    form->addRow(tr("Starts"), starts);
    form->addRow(tr("Ends"), ends);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open contest"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (theme->text().trimmed().isEmpty()) {
            theme->setFocus();
            theme->setPlaceholderText(tr("Give the contest a theme first"));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_controller.createContest(theme->text().trimmed(), starts->dateTime().toMSecsSinceEpoch(),
                               ends->dateTime().toMSecsSinceEpoch(),
                               [this](const sync::Answer<protocol::ContestReply> &reply) {
                                   if (!reply.ok()) {
                                       setStatus(openingErrorText(reply.error), true);
                                       return;
                                   }
                                   m_contestId = reply->contest.id;
                                   setStatus(tr("Contest opened. Agents of your team can submit lines now."));
                               });
}

void ContestsPanel::submitEntry()
{
    const qint64 lineId = m_lineChoice->currentData().toLongLong();
    if (!m_contestId || !lineId)
        return;
    m_controller.submit(m_contestId, lineId, [this](const sync::Answer<protocol::ContestSubmitReply> &reply) {
        if (!reply.ok()) {
            setStatus(openingErrorText(reply.error), true);
            return;
        }
        setStatus(tr("Entry submitted. The judges will score it."));
        loadLeaderboard();
    });
}

void ContestsPanel::scoreEntry()
{
    const sync::LeaderboardEntry *current = currentEntry();
    if (!current)
        return;
    // A copy: the leaderboard may reload while the dialog is open.
    const sync::LeaderboardEntry entry = *current;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("scoreDialog"));
    dialog.setWindowTitle(tr("Score “%1”").arg(entry.title));
    auto *form = new QFormLayout(&dialog);
    auto *line = new QLabel(entry.source, &dialog);
    line->setWordWrap(true);
    form->addRow(line);
    int warmth = 3, clarity = 3, fit = 3;
    QString comment;
    // The judge's earlier score, if any, is the starting point.
    for (const auto &score : entry.scores) {
        if (score.judgeId == m_agentId) {
            warmth = score.warmth;
            clarity = score.clarity;
            fit = score.fit;
            comment = score.comment;
        }
    }
    auto spin = [&dialog](int value, const QString &name) {
        auto *box = new QSpinBox(&dialog);
        box->setObjectName(name);
        box->setRange(1, 5);
        box->setValue(value);
        return box;
    };
    auto *warmthBox = spin(warmth, QStringLiteral("warmth"));
    auto *clarityBox = spin(clarity, QStringLiteral("clarity"));
    auto *fitBox = spin(fit, QStringLiteral("fit"));
    auto *commentBox = new QPlainTextEdit(comment, &dialog);
    commentBox->setObjectName(QStringLiteral("comment"));
    commentBox->setPlaceholderText(tr("What works, what to change"));
    commentBox->setMaximumHeight(80);
    form->addRow(tr("Warmth (1–5)"), warmthBox);
    form->addRow(tr("Clarity (1–5)"), clarityBox);
    form->addRow(tr("Fit to the customer (1–5)"), fitBox);
    form->addRow(tr("Comment"), commentBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save score"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_controller.score(entry.entryId, warmthBox->value(), clarityBox->value(), fitBox->value(),
                       commentBox->toPlainText().trimmed(),
                       [this](const sync::Answer<protocol::ContestScoreReply> &reply) {
                           if (!reply.ok()) {
                               setStatus(openingErrorText(reply.error), true);
                               return;
                           }
                           setStatus(tr("Score saved."));
                           loadLeaderboard();
                       });
}

void ContestsPanel::publishWinners()
{
    if (!m_contestId)
        return;
    bool ok = false;
    const int winners = QInputDialog::getInt(this, tr("Publish winners"),
                                             tr("How many of the best scored entries go to the team library? "
                                                "The contest closes."),
                                             3, 1, 10, 1, &ok);
    if (!ok)
        return;
    m_controller.publish(
        m_contestId, winners, [this](const sync::Answer<protocol::ContestPublishReply> &reply) {
            if (!reply.ok()) {
                const protocol::Error &error = reply.error;
                setStatus(error.code == protocol::ErrorCode::InvalidState &&
                                  !error.details.contains(QStringLiteral("state"))
                              ? tr("No entry has a judge's score yet. Score the entries first.")
                              : openingErrorText(error),
                          true);
                return;
            }
            const int count = int(reply->published.size());
            setStatus(tr("%n line(s) published to the team library.", nullptr, count));
            loadLeaderboard();
        });
}

} // namespace warmline::ui
