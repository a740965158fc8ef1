// The models behind the approvals panel, under
// QAbstractItemModelTester, fed the way the server's answers and events feed them: rows change
// in place, never by a reset, so views keep their selection.

#include "core/money.h"
#include "sync/approvalsmodel.h"
#include "sync/compensationlabels.h"
#include "sync/vocabularylabels.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warmline;
class TestPanelModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pendingApprovalsFollowTheQueue();
    void answeredApprovalsNewestFirst();
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

    // The first is answered: its row goes, the one selected after it keeps its identity.
    const QPersistentModelIndex thirdRow = model.index(2, 0);
    spy.clear();
    model.setRequests({second, escalated});
    QCOMPARE(spy.removed.count(), 1);
    QCOMPARE(spy.removed.at(0).at(1).toInt(), 0);
    QVERIFY(!firstRow.isValid());
    QCOMPARE(thirdRow.row(), 1);
    QCOMPARE(thirdRow.data(Model::CompensationIdRole).toLongLong(), 3);

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

QTEST_GUILESS_MAIN(TestPanelModels)
#include "tst_panelmodels.moc"
