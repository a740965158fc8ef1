#include "ui/contestspanel.h"

#include "sync/vocabularylabels.h"
#include "ui/openinglineeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace warmline::ui {

using sync::OpeningLineController;

namespace {

QString stateLabel(const QString &state)
{
    if (state == QLatin1StringView("upcoming"))
        return QObject::tr("starts soon");
    if (state == QLatin1StringView("open"))
        return QObject::tr("open for entries");
    if (state == QLatin1StringView("judging"))
        return QObject::tr("being judged");
    return QObject::tr("published");
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

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
    m_contests = new QListWidget(this);
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

    m_board = new QTableWidget(0, 7, this);
    m_board->setTabKeyNavigation(false); // Tab moves on; arrows move within
    m_board->setObjectName(QStringLiteral("leaderboard"));
    m_board->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Agent"), tr("Line"), tr("Judges"), tr("Judges' mean"), tr("Outcomes"), tr("Score")});
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_board->verticalHeader()->hide();
    m_board->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_board->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
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
    connect(m_board, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_controller.canJudge())
            scoreEntry();
    });
    connect(m_publish, &QPushButton::clicked, this, &ContestsPanel::publishWinners);
    connect(m_contests, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto &contests = m_controller.contests();
        const qint64 id = row >= 0 && row < contests.size() ? contests.at(row).id : 0;
        if (id != m_contestId) {
            m_contestId = id;
            loadLeaderboard();
        }
        rebuildLines();
    });
    connect(m_board, &QTableWidget::itemSelectionChanged, this, &ContestsPanel::showEntry);
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
    const auto &contests = m_controller.contests();
    for (int row = 0; row < contests.size(); ++row) {
        if (contests.at(row).id == contestId)
            m_contests->setCurrentRow(row);
    }
}

void ContestsPanel::rebuildContests()
{
    m_create->setVisible(m_controller.canJudge());
    m_score->setVisible(m_controller.canJudge());
    m_publish->setVisible(m_controller.canJudge());
    const qint64 keep = m_contestId;
    {
        const QSignalBlocker blocker(m_contests);
        m_contests->clear();
        int selected = -1;
        const auto &contests = m_controller.contests();
        for (int row = 0; row < contests.size(); ++row) {
            const auto &contest = contests.at(row);
            QString text =
                tr("%1 — %2 · %3 to %4 · %n entry(ies)", nullptr, int(contest.entries))
                    .arg(contest.theme, stateLabel(contest.state), sync::dateTimeLabel(contest.startsAtMs),
                         sync::dateTimeLabel(contest.endsAtMs));
            if (contest.submitted)
                text += QStringLiteral(" · ") + tr("you entered");
            auto *item = new QListWidgetItem(text, m_contests);
            item->setToolTip(tr("Opened by %1").arg(contest.createdByName));
            if (contest.id == keep)
                selected = row;
        }
        if (selected < 0 && !contests.isEmpty())
            selected = 0;
        m_contests->setCurrentRow(selected);
        m_contestId = selected >= 0 ? contests.at(selected).id : 0;
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
    if (m_contestId != keep || m_board->rowCount() == 0)
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
        m_entries = {};
        m_board->setRowCount(0);
        showEntry();
        return;
    }
    const qint64 contestId = m_contestId;
    m_controller.loadLeaderboard(
        contestId, [this, contestId](bool ok, const QJsonObject &board, const protocol::Error &error) {
            if (contestId != m_contestId)
                return;
            if (!ok) {
                setStatus(openingErrorText(error), true);
                return;
            }
            showLeaderboard(board);
        });
}

void ContestsPanel::showLeaderboard(const QJsonObject &board)
{
    const qint64 keep =
        m_board->currentRow() >= 0 && m_board->currentRow() < m_entries.size()
            ? m_entries.at(m_board->currentRow()).toObject().value(QStringLiteral("entryId")).toInteger()
            : 0;
    m_entries = board.value(QStringLiteral("entries")).toArray();
    const QSignalBlocker blocker(m_board);
    m_board->setRowCount(int(m_entries.size()));
    int reselect = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const QJsonObject entry = m_entries.at(row).toObject();
        const QJsonObject outcomes = entry.value(QStringLiteral("outcomes")).toObject();
        const qint64 uses = outcomes.value(QStringLiteral("uses")).toInteger();
        const bool judged = entry.contains(QStringLiteral("rank"));
        const QStringList cells{
            judged ? QLocale().toString(entry.value(QStringLiteral("rank")).toInt()) : tr("–"),
            entry.value(QStringLiteral("agentName")).toString(),
            entry.value(QStringLiteral("title")).toString(),
            QLocale().toString(entry.value(QStringLiteral("judges")).toInt()),
            judged ? number(entry.value(QStringLiteral("judgeScore")).toDouble(), 2) : tr("not scored yet"),
            uses == 0 ? tr("not used yet")
                      : tr("%n use(s): %1 warm · %2 resolved · %3 praised", nullptr, int(uses))
                            .arg(outcomes.value(QStringLiteral("warmReplies")).toInteger())
                            .arg(outcomes.value(QStringLiteral("resolvedFirstContact")).toInteger())
                            .arg(outcomes.value(QStringLiteral("praised")).toInteger()),
            judged ? number(entry.value(QStringLiteral("score")).toDouble(), 3) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setToolTip(entry.value(QStringLiteral("source")).toString());
            m_board->setItem(row, column, item);
        }
        if (entry.value(QStringLiteral("entryId")).toInteger() == keep)
            reselect = row;
    }
    if (reselect >= 0)
        m_board->selectRow(reselect);
    showEntry();
}

void ContestsPanel::showEntry()
{
    const int row = m_board->currentRow();
    const bool has = row >= 0 && row < m_entries.size() && !m_board->selectedItems().isEmpty();
    const auto contest = currentContest();
    const bool scoring = contest && (contest->state == QLatin1StringView("open") ||
                                     contest->state == QLatin1StringView("judging"));
    if (!has) {
        m_entry->setText(m_entries.isEmpty() && m_contestId
                             ? tr("No entries yet.")
                             : (m_entries.isEmpty()
                                    ? QString()
                                    : tr("Select an entry to see its line and the judges' comments.")));
        m_score->setEnabled(false);
        return;
    }
    const QJsonObject entry = m_entries.at(row).toObject();
    const bool own = entry.value(QStringLiteral("agentId")).toInteger() == m_agentId;
    m_score->setEnabled(scoring && !own);
    m_score->setToolTip(own ? tr("Nobody scores their own entry.") : QString());
    QString html = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(entry.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                            entry.value(QStringLiteral("agentName")).toString().toHtmlEscaped(),
                            entry.value(QStringLiteral("source")).toString().toHtmlEscaped());
    const QJsonObject outcomes = entry.value(QStringLiteral("outcomes")).toObject();
    OpeningLineController::Outcomes o = OpeningLineController::Outcomes::fromJson(outcomes);
    html += QStringLiteral("<br><i>%1</i>").arg(OpeningLineEditor::outcomeText(o).toHtmlEscaped());
    for (const QJsonValue &value : entry.value(QStringLiteral("scores")).toArray()) {
        const QJsonObject score = value.toObject();
        html += QStringLiteral("<br>") + tr("%1: warmth %2, clarity %3, fit %4")
                                             .arg(score.value(QStringLiteral("judgeName")).toString())
                                             .arg(score.value(QStringLiteral("warmth")).toInt())
                                             .arg(score.value(QStringLiteral("clarity")).toInt())
                                             .arg(score.value(QStringLiteral("fit")).toInt())
                                             .toHtmlEscaped();
        const QString comment = score.value(QStringLiteral("comment")).toString();
        if (!comment.isEmpty())
            html += QStringLiteral(" — “%1”").arg(comment.toHtmlEscaped());
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
    m_controller.createContest(
        theme->text().trimmed(), starts->dateTime().toMSecsSinceEpoch(), ends->dateTime().toMSecsSinceEpoch(),
        [this](bool ok, const QJsonObject &payload, const protocol::Error &error) {
            if (!ok) {
                setStatus(openingErrorText(error), true);
                return;
            }
            m_contestId =
                payload.value(QStringLiteral("contest")).toObject().value(QStringLiteral("id")).toInteger();
            setStatus(tr("Contest opened. Agents of your team can submit lines now."));
        });
}

void ContestsPanel::submitEntry()
{
    const qint64 lineId = m_lineChoice->currentData().toLongLong();
    if (!m_contestId || !lineId)
        return;
    m_controller.submit(m_contestId, lineId,
                        [this](bool ok, const QJsonObject &, const protocol::Error &error) {
                            if (!ok) {
                                setStatus(openingErrorText(error), true);
                                return;
                            }
                            setStatus(tr("Entry submitted. The judges will score it."));
                            loadLeaderboard();
                        });
}

void ContestsPanel::scoreEntry()
{
    const int row = m_board->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const QJsonObject entry = m_entries.at(row).toObject();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("scoreDialog"));
    dialog.setWindowTitle(tr("Score “%1”").arg(entry.value(QStringLiteral("title")).toString()));
    auto *form = new QFormLayout(&dialog);
    auto *line = new QLabel(entry.value(QStringLiteral("source")).toString(), &dialog);
    line->setWordWrap(true);
    form->addRow(line);
    int warmth = 3, clarity = 3, fit = 3;
    QString comment;
    // The judge's earlier score, if any, is the starting point.
    for (const QJsonValue &value : entry.value(QStringLiteral("scores")).toArray()) {
        const QJsonObject score = value.toObject();
        if (score.value(QStringLiteral("judgeId")).toInteger() == m_agentId) {
            warmth = score.value(QStringLiteral("warmth")).toInt();
            clarity = score.value(QStringLiteral("clarity")).toInt();
            fit = score.value(QStringLiteral("fit")).toInt();
            comment = score.value(QStringLiteral("comment")).toString();
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
    m_controller.score(entry.value(QStringLiteral("entryId")).toInteger(), warmthBox->value(),
                       clarityBox->value(), fitBox->value(), commentBox->toPlainText().trimmed(),
                       [this](bool ok, const QJsonObject &, const protocol::Error &error) {
                           if (!ok) {
                               setStatus(openingErrorText(error), true);
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
        m_contestId, winners, [this](bool done, const QJsonObject &payload, const protocol::Error &error) {
            if (!done) {
                setStatus(error.code == protocol::ErrorCode::InvalidState &&
                                  !error.details.contains(QStringLiteral("state"))
                              ? tr("No entry has a judge's score yet. Score the entries first.")
                              : openingErrorText(error),
                          true);
                return;
            }
            const int count = int(payload.value(QStringLiteral("published")).toArray().size());
            setStatus(tr("%n line(s) published to the team library.", nullptr, count));
            loadLeaderboard();
        });
}

} // namespace warmline::ui
