// The models behind the approvals panel, the contests panel and the opening-line editor, under
// QAbstractItemModelTester, fed the way the server's answers and events feed them: rows change
// in place, never by a reset, so views keep their selection.

#include "core/money.h"
#include "sync/approvalsmodel.h"
#include "sync/compensationlabels.h"
#include "sync/contestlistmodel.h"
#include "sync/leaderboardmodel.h"
#include "sync/librarylinelistmodel.h"
#include "sync/openinglinelabels.h"
#include "sync/openinglinelistmodel.h"
#include "sync/openingversionlistmodel.h"
#include "sync/vocabularylabels.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace warmline;
using sync::OpeningLineController;

class TestPanelModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pendingApprovalsFollowTheQueue();
    void answeredApprovalsNewestFirst();
    void contestsUpdateInPlace();
    void leaderboardShowsTiesAsTies();
    void leaderboardFollowsReloads();
    void leaderboardEmpty();
    void openingLinesWithDraftRow();
    void versionsNewestFirst();
    void libraryCountsAdoptions();
    void movedTextsAreTranslated();
};

namespace {

// Counts what a model announced, so a test can say "one row inserted, no reset".
struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};

QString display(const QAbstractItemModel &model, int row, int column = 0)
{
    return model.index(row, column).data().toString();
}

QString money(qint64 fen)
{
    return core::formatMoney(core::Money::fromMinor(fen), QLocale());
}

core::Compensation request(qint64 id, qint64 agentId, const QString &agent, const QString &customer,
                           qint64 fen, qint64 createdAt)
{
    core::Compensation c;
    c.id = id;
    c.kind = core::CompensationKind::ApprovalRequest;
    c.status = core::CompensationStatus::PendingApproval;
    c.complaintCategory = QStringLiteral("damaged_item");
    c.agentId = agentId;
    c.agentName = agent;
    c.customerName = customer;
    c.amount = core::Money::fromMinor(fen);
    c.requestedAmount = c.amount;
    c.remedies = {core::remedyWithCost(core::RemedyKind::PartialRefund, c.amount, {})};
    c.createdAtMs = createdAt;
    return c;
}

protocol::RankedEntry rankedEntry(qint64 entryId, const QString &agent, const QString &title, int judges,
                                  std::optional<int> rank, double judgeScore, double score, qint64 uses = 0)
{
    protocol::RankedEntry entry;
    entry.entryId = entryId;
    entry.agentId = 100 + entryId;
    entry.agentName = agent;
    entry.title = title;
    entry.source = QStringLiteral("{greeting}！%1").arg(title);
    entry.judges = judges;
    entry.outcomes = {uses, uses > 0 ? 1 : 0, uses, uses > 1 ? 2 : 0, uses, 0};
    if (rank) {
        entry.rank = rank;
        entry.judgeScore = judgeScore;
        entry.score = score;
        entry.scores = {{7, QStringLiteral("张敏"), 5, 4, 3, QStringLiteral("体贴")}};
    }
    return entry;
}

protocol::LeaderboardReply board(const QList<protocol::RankedEntry> &entries)
{
    protocol::LeaderboardReply reply;
    reply.entries = entries;
    return reply;
}

OpeningLineController::Line line(qint64 id, const QString &kind, const QString &language,
                                 const QString &title, bool active = false)
{
    OpeningLineController::Line l;
    l.id = id;
    l.channelKind = kind;
    l.language = language;
    l.title = title;
    l.active = active;
    l.version = 1;
    l.source = QStringLiteral("{greeting}，%1").arg(title);
    return l;
}

OpeningLineController::Contest contest(qint64 id, const QString &theme, const QString &state, qint64 entries,
                                       bool submitted = false)
{
    OpeningLineController::Contest c;
    c.id = id;
    c.theme = theme;
    c.state = state;
    c.createdByName = QStringLiteral("张敏");
    c.startsAtMs = 1'780'000'000'000 + id * 86'400'000;
    c.endsAtMs = c.startsAtMs + 7 * 86'400'000;
    c.entries = entries;
    c.submitted = submitted;
    return c;
}

} // namespace

void TestPanelModels::initTestCase()
{
    // Texts as the English interface shows them: plurals written out ("2 entries", not "entry(ies)").
    QVERIFY(test::useInterfaceLanguage(QStringLiteral("en")));
}

void TestPanelModels::pendingApprovalsFollowTheQueue()
{
    sync::PendingApprovalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::PendingApprovalsModel;

    QCOMPARE(model.rowCount(), 0); // nothing waiting: an empty list, the panel says so
    const qint64 now = 1'780'000'000'000;
    model.setMyId(9);
    model.setNow(now);
    const auto first = request(1, 3, QStringLiteral("王强"), QStringLiteral("李娜"), 2500, now - 120'000);
    const auto second = request(2, 9, QStringLiteral("张敏"), QStringLiteral("陈晓"), 8000, now - 30'000);
    model.setRequests({first, second});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(spy.reset.count(), 0);
    const QString category = sync::complaintCategoryLabel(QStringLiteral("damaged_item"));
    QCOMPARE(display(model, 0),
             QStringLiteral("王强 asks %1 for 李娜 (%2) · waiting 2 min").arg(money(2500), category));
    QCOMPARE(display(model, 1),
             QStringLiteral("张敏 asks %1 for 陈晓 (%2) · waiting 30 s").arg(money(8000), category));
    QCOMPARE(model.index(0, 0).data(Model::CompensationIdRole).toLongLong(), 1);
    QCOMPARE(model.index(0, 0).data(Model::AmountMinorRole).toLongLong(), 2500);
    QCOMPARE(model.index(0, 0).data(Model::WaitingMsRole).toLongLong(), 120'000);
    QCOMPARE(model.index(0, 0).data(Model::EscalatedRole).toBool(), false);
    // The supervisor's own request says who answers it instead.
    QCOMPARE(model.index(0, 0).data(Model::OwnRequestRole).toBool(), false);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).isNull());
    QCOMPARE(model.index(1, 0).data(Model::OwnRequestRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Your own request: another supervisor answers it."));

    // A new request arrives: one row at the end, the others untouched.
    const QPersistentModelIndex firstRow = model.index(0, 0);
    spy.clear();
    const auto third = request(3, 4, QStringLiteral("刘洋"), QStringLiteral("王芳"), 1200, now);
    model.setRequests({first, second, third});
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(spy.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(spy.changed.count(), 0);
    QCOMPARE(display(model, 2),
             QStringLiteral("刘洋 asks %1 for 王芳 (%2) · waiting 0 s").arg(money(1200), category));

    // It is escalated: that row changes, and says so first.
    spy.clear();
    auto escalated = third;
    escalated.escalated = true;
    model.setRequests({first, second, escalated});
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(spy.changed.at(0).at(0).toModelIndex().row(), 2);
    QVERIFY2(display(model, 2).startsWith(QStringLiteral("ESCALATED · 刘洋 asks ")),
             qPrintable(display(model, 2)));
    QCOMPARE(model.index(2, 0).data(Model::EscalatedRole).toBool(), true);

    // The clock moves on: every waiting time, without a reload.
    spy.clear();
    model.setNow(now + 60'000);
    QCOMPARE(spy.changed.count(), 1);
    QVERIFY(display(model, 0).endsWith(QStringLiteral("waiting 3 min")));
    QVERIFY(display(model, 2).endsWith(QStringLiteral("waiting 1 min")));
    QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.reset.count(), 0);

    // The first is answered: its row goes; the request the supervisor has selected stays selected.
    const QPersistentModelIndex thirdRow = model.index(2, 0);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(thirdRow, QItemSelectionModel::ClearAndSelect);
    spy.clear();
    model.setRequests({second, escalated});
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.at(0).at(1).toInt(), 0);
    QVERIFY(!firstRow.isValid());
    QCOMPARE(thirdRow.row(), 1);
    QCOMPARE(thirdRow.data(Model::CompensationIdRole).toLongLong(), 3);
    QCOMPARE(selection.currentIndex().data(Model::CompensationIdRole).toLongLong(), 3);
    QCOMPARE(selection.selectedIndexes(), QModelIndexList{model.index(1, 0)});

    // Cleared (e.g. signed out): empty, still no reset.
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.layout.count(), 0);
}

void TestPanelModels::answeredApprovalsNewestFirst()
{
    sync::AnsweredApprovalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::AnsweredApprovalsModel;

    auto approved = request(1, 3, QStringLiteral("王强"), QStringLiteral("李娜"), 2500, 1000);
    approved.status = core::CompensationStatus::Approved;
    approved.approverName = QStringLiteral("张敏");
    approved.approverComment = QStringLiteral("同意");
    model.setAnswers({approved});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, 0), QStringLiteral("李娜 — ") + sync::compensationStateText(approved));
    QVERIFY2(display(model, 0).startsWith(QStringLiteral("李娜 — Approved by 张敏: ")),
             qPrintable(display(model, 0)));
    QVERIFY(display(model, 0).contains(QStringLiteral("“同意”")));
    QCOMPARE(model.index(0, 0).data(Model::StatusRole).toInt(), int(core::CompensationStatus::Approved));
    QCOMPARE(model.index(0, 0).data(Model::ApproverNameRole).toString(), QStringLiteral("张敏"));

    // A rejection comes in on top.
    auto rejected = request(2, 4, QStringLiteral("刘洋"), QStringLiteral("王芳"), 9000, 2000);
    rejected.status = core::CompensationStatus::Rejected;
    rejected.approverName = QStringLiteral("张敏");
    rejected.approverComment = QStringLiteral("超出订单金额");
    spy.clear();
    model.setAnswers({rejected, approved});
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(display(model, 0),
             QStringLiteral("王芳 — Rejected by 张敏: “超出订单金额”. Nothing was given."));
    QCOMPARE(display(model, 1).left(5), QStringLiteral("李娜 — "));

    // The queue keeps 30: the oldest falls off the end.
    spy.clear();
    model.setAnswers({rejected});
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.reset.count(), 0);
}

void TestPanelModels::contestsUpdateInPlace()
{
    sync::ContestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::ContestListModel;

    const auto late = contest(1, QStringLiteral("Late parcels"), QStringLiteral("open"), 1);
    const auto rain = contest(2, QStringLiteral("Rainy days"), QStringLiteral("upcoming"), 0);
    model.setContests({late, rain});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(display(model, 0),
             QStringLiteral("Late parcels — open for entries · %1 to %2 · 1 entry")
                 .arg(sync::dateTimeLabel(late.startsAtMs), sync::dateTimeLabel(late.endsAtMs)));
    QCOMPARE(display(model, 1),
             QStringLiteral("Rainy days — starts soon · %1 to %2 · 0 entries")
                 .arg(sync::dateTimeLabel(rain.startsAtMs), sync::dateTimeLabel(rain.endsAtMs)));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Opened by 张敏"));
    QCOMPARE(model.index(0, 0).data(Model::ContestIdRole).toLongLong(), 1);
    QCOMPARE(model.index(0, 0).data(Model::StateRole).toString(), QStringLiteral("open"));
    QCOMPARE(model.index(1, 0).data(Model::EntriesRole).toLongLong(), 0);

    // The agent enters the open one: that row changes, nothing else.
    const QPersistentModelIndex selected = model.index(0, 0);
    spy.clear();
    auto entered = contest(1, QStringLiteral("Late parcels"), QStringLiteral("open"), 2, true);
    model.setContests({entered, rain});
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(spy.changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.moved.count() + spy.reset.count(), 0);
    QVERIFY(display(model, 0).endsWith(QStringLiteral(" · 2 entries · you entered")));
    QCOMPARE(model.index(0, 0).data(Model::SubmittedRole).toBool(), true);
    QCOMPARE(selected.row(), 0);

    // A new contest listed first: inserted above, the selected one moves down with its row.
    spy.clear();
    const auto gifts = contest(3, QStringLiteral("Gifts"), QStringLiteral("judging"), 4);
    model.setContests({gifts, entered, rain});
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(selected.row(), 1);
    QVERIFY(display(model, 0).startsWith(QStringLiteral("Gifts — being judged · ")));

    // Published and removed from the list; then none at all.
    model.setContests({gifts, rain});
    QVERIFY(!selected.isValid());
    QCOMPARE(model.rowCount(), 2);
    model.setContests({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.reset.count(), 0);
}

void TestPanelModels::leaderboardShowsTiesAsTies()
{
    sync::LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using Model = sync::LeaderboardModel;

    QCOMPARE(model.columnCount(), 7);
    const QStringList headers{QStringLiteral("Rank"),         QStringLiteral("Agent"),
                              QStringLiteral("Line"),         QStringLiteral("Judges"),
                              QStringLiteral("Judges' mean"), QStringLiteral("Outcomes"),
                              QStringLiteral("Score")};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));

    // The server ranks the first two alike: they have the same score.
    model.setBoard(
        board({rankedEntry(11, QStringLiteral("王强"), QStringLiteral("雨天"), 2, 1, 4.0, 0.675, 3),
               rankedEntry(12, QStringLiteral("李娜"), QStringLiteral("早安"), 1, 1, 4.0, 0.675),
               rankedEntry(13, QStringLiteral("刘洋"), QStringLiteral("晚安"), 1, 3, 3.0, 0.5),
               rankedEntry(14, QStringLiteral("陈晓"), QStringLiteral("你好"), 0, std::nullopt, 0, 0)}));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(display(model, 0, Model::Rank), QStringLiteral("1"));
    QCOMPARE(display(model, 1, Model::Rank), QStringLiteral("1"));
    QCOMPARE(display(model, 2, Model::Rank), QStringLiteral("3"));
    QCOMPARE(display(model, 3, Model::Rank), QStringLiteral("–"));
    QCOMPARE(model.index(0, 0).data(Model::TiedRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(Model::TiedRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data(Model::TiedRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(Model::RankRole).toInt(), 1);
    QVERIFY(model.index(3, 0).data(Model::RankRole).isNull());

    // The other columns, judged and not.
    QCOMPARE(display(model, 0, Model::Agent), QStringLiteral("王强"));
    QCOMPARE(display(model, 0, Model::Line), QStringLiteral("雨天"));
    QCOMPARE(model.index(0, Model::Line).data(Qt::ToolTipRole).toString(),
             QStringLiteral("{greeting}！雨天"));
    QVERIFY(model.index(0, Model::Agent).data(Qt::ToolTipRole).isNull());
    QCOMPARE(display(model, 0, Model::Judges), QLocale().toString(2));
    QCOMPARE(display(model, 0, Model::JudgesMean), QLocale().toString(4.0, 'f', 2));
    QCOMPARE(display(model, 0, Model::Outcomes), QStringLiteral("3 uses: 1 warm · 2 resolved · 0 praised"));
    QCOMPARE(display(model, 0, Model::Score), QLocale().toString(0.675, 'f', 3));
    QCOMPARE(display(model, 1, Model::Outcomes), QStringLiteral("not used yet"));
    QCOMPARE(display(model, 3, Model::JudgesMean), QStringLiteral("not scored yet"));
    QCOMPARE(display(model, 3, Model::Score), QString());
    QCOMPARE(model.index(3, 0).data(Model::JudgedRole).toBool(), false);
    QVERIFY(model.index(3, 0).data(Model::ScoreRole).isNull());
    QCOMPARE(model.index(2, 0).data(Model::ScoreRole).toDouble(), 0.5);
    QCOMPARE(model.index(0, 0).data(Model::EntryIdRole).toLongLong(), 11);
    QCOMPARE(model.index(0, 0).data(Model::AgentIdRole).toLongLong(), 111);

    // The typed rows carry what the entry details and the score dialog need.
    const sync::LeaderboardEntry *entry = model.rowAt(0);
    QVERIFY(entry);
    QCOMPARE(entry->scores.size(), 1);
    QCOMPARE(entry->scores.at(0).judgeName, QStringLiteral("张敏"));
    QCOMPARE(entry->scores.at(0).warmth, 5);
    QCOMPARE(entry->scores.at(0).comment, QStringLiteral("体贴"));
    QCOMPARE(entry->outcomes.uses, 3);
    QCOMPARE(model.rowAt(3)->scores.size(), 0);

    // The third catches up: three share first place.
    model.setBoard(
        board({rankedEntry(11, QStringLiteral("王强"), QStringLiteral("雨天"), 2, 1, 4.0, 0.675, 3),
               rankedEntry(12, QStringLiteral("李娜"), QStringLiteral("早安"), 1, 1, 4.0, 0.675),
               rankedEntry(13, QStringLiteral("刘洋"), QStringLiteral("晚安"), 1, 1, 4.0, 0.675)}));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(display(model, row, Model::Rank), QStringLiteral("1"));
        QCOMPARE(model.index(row, 0).data(Model::TiedRole).toBool(), true);
    }
}

void TestPanelModels::leaderboardFollowsReloads()
{
    sync::LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::LeaderboardModel;

    model.setBoard(
        board({rankedEntry(21, QStringLiteral("王强"), QStringLiteral("雨天"), 0, std::nullopt, 0, 0),
               rankedEntry(22, QStringLiteral("李娜"), QStringLiteral("早安"), 0, std::nullopt, 0, 0)}));
    QCOMPARE(spy.inserted.count(), 1);
    const QPersistentModelIndex lina = model.index(1, 0);
    QItemSelectionModel selection(&model); // the judge has 李娜's entry selected, as the view would
    selection.setCurrentIndex(lina, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Scored: 李娜's entry goes to the top with rank 1; 王强's stays unranked below.
    spy.clear();
    model.setBoard(
        board({rankedEntry(22, QStringLiteral("李娜"), QStringLiteral("早安"), 1, 1, 4.0, 0.675),
               rankedEntry(21, QStringLiteral("王强"), QStringLiteral("雨天"), 0, std::nullopt, 0, 0)}));
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.moved.count(), 1);
    QCOMPARE(lina.row(), 0);
    QCOMPARE(selection.currentIndex().data(Model::EntryIdRole).toLongLong(), 22);
    QCOMPARE(selection.selectedRows().size(), 1);
    QVERIFY(selection.isRowSelected(0));
    QCOMPARE(display(model, 0, Model::Rank), QStringLiteral("1"));
    QCOMPARE(display(model, 0, Model::Judges), QLocale().toString(1));
    QCOMPARE(display(model, 1, Model::Rank), QStringLiteral("–"));

    // Another entry is submitted; one is withdrawn.
    spy.clear();
    model.setBoard(
        board({rankedEntry(22, QStringLiteral("李娜"), QStringLiteral("早安"), 1, 1, 4.0, 0.675),
               rankedEntry(21, QStringLiteral("王强"), QStringLiteral("雨天"), 0, std::nullopt, 0, 0),
               rankedEntry(23, QStringLiteral("刘洋"), QStringLiteral("晚安"), 0, std::nullopt, 0, 0)}));
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(spy.changed.count(), 0);
    spy.clear();
    model.setBoard(
        board({rankedEntry(22, QStringLiteral("李娜"), QStringLiteral("早安"), 1, 1, 4.0, 0.675),
               rankedEntry(23, QStringLiteral("刘洋"), QStringLiteral("晚安"), 0, std::nullopt, 0, 0)}));
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(lina.row(), 0);
    QCOMPARE(selection.currentIndex().data(Model::EntryIdRole).toLongLong(), 22);
    QVERIFY(selection.isRowSelected(0));
    QCOMPARE(display(model, 1, Model::Agent), QStringLiteral("刘洋"));
    QCOMPARE(spy.reset.count(), 0);
}

void TestPanelModels::leaderboardEmpty()
{
    sync::LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBoard(board({}));
    QCOMPARE(model.rowCount(), 0);
    model.setBoard({}); // an answer without entries
    QCOMPARE(model.rowCount(), 0);
    model.setBoard(
        board({rankedEntry(31, QStringLiteral("王强"), QStringLiteral("雨天"), 0, std::nullopt, 0, 0)}));
    QCOMPARE(model.rowCount(), 1);
    model.clear(); // another contest chosen, its board not loaded yet
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 7);
}

void TestPanelModels::openingLinesWithDraftRow()
{
    sync::OpeningLineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::OpeningLineListModel;

    // No lines yet: only the row of the one being written.
    model.setLines({}, QStringLiteral("chat"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, 0), QStringLiteral("Chat · new line (not saved)"));
    QCOMPARE(model.index(0, 0).data(Model::DraftRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(Model::LineIdRole).toLongLong(), 0);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).isNull());

    // Saved and made active: the draft row becomes the line.
    auto morning = line(5, QStringLiteral("chat"), QStringLiteral("zh_CN"), QStringLiteral("早安"), true);
    model.setLines({morning});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, 0), QStringLiteral("★ Chat · 中文 · 早安"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("In use for Chat with Chinese-speaking customers: {greeting}，早安"));
    QCOMPARE(model.index(0, 0).data(Model::ActiveRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(Model::DraftRole).toBool(), false);

    // A phone script in English being written, then saved.
    const QPersistentModelIndex current = model.index(0, 0);
    spy.clear();
    model.setLines({morning}, QStringLiteral("phone"));
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(display(model, 1), QStringLiteral("Phone · new line (not saved)"));
    const auto evening = line(6, QStringLiteral("phone"), QStringLiteral("en"), QStringLiteral("Evening"));
    spy.clear();
    model.setLines({morning, evening});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(display(model, 1), QStringLiteral("Phone · EN · Evening"));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), evening.source);
    QCOMPARE(current.row(), 0);
    QCOMPARE(spy.reset.count(), 0);

    // Activation moves to the other line: both rows change in place.
    spy.clear();
    morning.active = false;
    auto activeEvening = evening;
    activeEvening.active = true;
    model.setLines({morning, activeEvening});
    QCOMPARE(spy.changed.count(), 2);
    QCOMPARE(display(model, 0), QStringLiteral("Chat · 中文 · 早安"));
    QCOMPARE(display(model, 1), QStringLiteral("★ Phone · EN · Evening"));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("In use for Phone with English-speaking customers: %1").arg(evening.source));

    // Deleted, then all gone.
    model.setLines({activeEvening});
    QVERIFY(!current.isValid());
    QCOMPARE(model.index(0, 0).data(Model::LineIdRole).toLongLong(), 6);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPanelModels::versionsNewestFirst()
{
    sync::OpeningVersionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::OpeningVersionListModel;

    OpeningLineController::Version first{1, QStringLiteral("{greeting}！"), 1'780'000'000'000, {}};
    model.setVersions({first});
    QCOMPARE(display(model, 0),
             QStringLiteral("Version 1 · %1 · {greeting}！").arg(sync::dateTimeLabel(first.createdAtMs)));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), sync::outcomeText(first.outcomes));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not used yet.")));

    // Saving again adds version 2 on top; version 1 meanwhile was used.
    OpeningLineController::Version second{
        2, QStringLiteral("{greeting}，{customer_name|朋友}！"), 1'780'000'600'000, {}};
    first.outcomes.uses = 2;
    first.outcomes.warmReplies = 1;
    first.outcomes.warmKnown = 2;
    spy.clear();
    model.setVersions({second, first});
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(spy.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(Model::VersionRole).toInt(), 2);
    QCOMPARE(model.index(0, 0).data(Model::SourceRole).toString(), second.source);
    QVERIFY2(model.index(1, 0)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QStringLiteral("Used 2 times · warm reply 1 of 2")),
             qPrintable(model.index(1, 0).data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.index(1, 0).data(Model::UsesRole).toLongLong(), 2);
    model.setVersions({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.reset.count(), 0);
}

void TestPanelModels::libraryCountsAdoptions()
{
    sync::LibraryLineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&model);
    using Model = sync::LibraryLineListModel;

    QCOMPARE(model.rowCount(), 0); // empty library: the dialog says how lines get there
    OpeningLineController::LibraryLine rain{7,
                                            QStringLiteral("chat"),
                                            QStringLiteral("雨天"),
                                            QStringLiteral("{greeting}！下雨天辛苦了。"),
                                            QStringLiteral("王强"),
                                            QStringLiteral("Late parcels"),
                                            1,
                                            1};
    model.setLibrary({rain});
    QCOMPARE(display(model, 0),
             QStringLiteral("Chat · 雨天 — by 王强, #1 in “Late parcels”, adopted 1 time"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), rain.source);
    QCOMPARE(model.index(0, 0).data(Model::LibraryIdRole).toLongLong(), 7);
    QCOMPARE(model.index(0, 0).data(Model::RankRole).toInt(), 1);

    spy.clear();
    rain.adoptedCount = 3;
    model.setLibrary({rain});
    QCOMPARE(spy.changed.count(), 1);
    QVERIFY(display(model, 0).endsWith(QStringLiteral("adopted 3 times")));
    QCOMPARE(model.index(0, 0).data(Model::AdoptedCountRole).toLongLong(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.reset.count(), 0);
}

void TestPanelModels::movedTextsAreTranslated()
{
    // The texts moved from the widgets into the models keep their translations.
    QVERIFY(test::useInterfaceLanguage(QStringLiteral("zh_CN")));
    sync::LeaderboardModel board;
    QCOMPARE(board.headerData(sync::LeaderboardModel::Rank, Qt::Horizontal).toString(),
             QStringLiteral("名次"));
    sync::ContestListModel contests;
    contests.setContests({contest(1, QStringLiteral("迟到的包裹"), QStringLiteral("open"), 2)});
    QVERIFY2(display(contests, 0).endsWith(QStringLiteral("· 2 件作品")), qPrintable(display(contests, 0)));
    QVERIFY(test::useInterfaceLanguage(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestPanelModels)
#include "tst_panelmodels.moc"
