// The client models under QAbstractItemModelTester, fed the way events feed them.

#include "sync/conversationfiltermodel.h"
#include "sync/conversationlistmodel.h"
#include "sync/transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warmline;
using sync::ConversationFilterModel;
using sync::ConversationListModel;
using sync::TranscriptModel;

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void conversationListAppliesEventsFinely();
    void filtersSplitMineAndWaiting();
    void transcriptMergesEchoHistoryAndEvents();
};

namespace {

core::ConversationSummary conversation(qint64 id, core::ConversationStatus status, qint64 agentId = 0,
                                       qint64 queuedAt = 0)
{
    core::ConversationSummary c;
    c.id = id;
    c.customerId = 100 + id;
    c.customerName = QStringLiteral("客户 %1").arg(id);
    c.status = status;
    c.assignedAgentId = agentId;
    c.queuedAtMs = queuedAt ? queuedAt : id;
    c.lastMessageAtMs = 1000 + id;
    return c;
}

core::Message message(qint64 id, const QString &body, const QString &opId = {})
{
    core::Message m;
    m.id = id;
    m.conversationId = 1;
    m.sender = opId.isEmpty() ? core::Sender::Customer : core::Sender::Agent;
    m.body = body;
    m.clientOpId = opId;
    return m;
}

} // namespace

void TestModels::conversationListAppliesEventsFinely()
{
    ConversationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({conversation(1, core::ConversationStatus::Queued),
                 conversation(2, core::ConversationStatus::Queued),
                 conversation(3, core::ConversationStatus::Resolved)});
    QCOMPARE(model.rowCount(), 2); // resolved ones are not listed

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.apply(conversation(4, core::ConversationStatus::Queued));
    QCOMPARE(inserted.size(), 1);
    auto updated = conversation(2, core::ConversationStatus::Assigned, 7);
    updated.lastMessage = QStringLiteral("好的，谢谢");
    model.apply(updated);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.indexOf(2), ConversationListModel::LastMessageRole).toString(),
             QStringLiteral("好的，谢谢"));
    model.apply(updated); // the same state again changes nothing
    QCOMPARE(changed.size(), 1);
    model.apply(conversation(1, core::ConversationStatus::Resolved));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexOf(1).isValid());
    QCOMPARE(model.indexOf(4).row(), 1);
    model.apply(conversation(99, core::ConversationStatus::Resolved)); // unknown and resolved: ignored
    QCOMPARE(model.rowCount(), 2);

    // Unread is the workstation's own mark: set, cleared, forgotten with the row.
    model.setUnread(4, true);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(2).value<QList<int>>(), QList<int>{ConversationListModel::UnreadRole});
    QVERIFY(model.data(model.indexOf(4), ConversationListModel::UnreadRole).toBool());
    model.setUnread(4, true);
    QCOMPARE(changed.size(), 2);
    model.setUnread(4, false);
    QVERIFY(!model.data(model.indexOf(4), ConversationListModel::UnreadRole).toBool());
    model.setUnread(4, true);
    model.apply(conversation(4, core::ConversationStatus::Resolved));
    model.apply(conversation(4, core::ConversationStatus::Queued));
    QVERIFY(!model.data(model.indexOf(4), ConversationListModel::UnreadRole).toBool());
    QCOMPARE(reset.size(), 0);
}

void TestModels::filtersSplitMineAndWaiting()
{
    ConversationListModel model;
    ConversationFilterModel mine(ConversationFilterModel::Mode::Mine);
    ConversationFilterModel waiting(ConversationFilterModel::Mode::Waiting);
    mine.setSourceModel(&model);
    waiting.setSourceModel(&model);
    mine.setAgentId(7);
    QAbstractItemModelTester mineTester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester waitingTester(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.reset({conversation(1, core::ConversationStatus::Queued, 0, 500),
                 conversation(2, core::ConversationStatus::Queued, 0, 100),
                 conversation(3, core::ConversationStatus::Assigned, 7),
                 conversation(4, core::ConversationStatus::Assigned, 8)});
    QCOMPARE(waiting.rowCount(), 2);
    QCOMPARE(mine.rowCount(), 1);
    // Longest waiting first.
    QCOMPARE(waiting.index(0, 0).data(ConversationListModel::IdRole).toLongLong(), 2);

    model.apply(conversation(2, core::ConversationStatus::Assigned, 7));
    QCOMPARE(waiting.rowCount(), 1);
    QCOMPARE(mine.rowCount(), 2);
    model.apply(conversation(3, core::ConversationStatus::Resolved, 7));
    QCOMPARE(mine.rowCount(), 1);
}

void TestModels::transcriptMergesEchoHistoryAndEvents()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showConversation(1);
    model.addMessage(message(5, QStringLiteral("live message")));
    model.addSending(1, QStringLiteral("op-a"), QStringLiteral("my reply"), QStringLiteral("李娜"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1), TranscriptModel::DeliveryRole).toInt(),
             int(TranscriptModel::Delivery::Sending));

    // History arrives late and overlaps: older messages go before, nothing doubles.
    model.addHistory(1, {message(3, QStringLiteral("older")), message(5, QStringLiteral("live message"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0), TranscriptModel::BodyRole).toString(), QStringLiteral("older"));

    // The server's event for our reply replaces the echo in place.
    model.addMessage(message(6, QStringLiteral("my reply"), QStringLiteral("op-a")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(2), TranscriptModel::DeliveryRole).toInt(),
             int(TranscriptModel::Delivery::Delivered));
    QCOMPARE(model.data(model.index(2), TranscriptModel::MessageIdRole).toLongLong(), 6);

    model.addSending(1, QStringLiteral("op-b"), QStringLiteral("doomed"), QStringLiteral("李娜"));
    model.markFailed(QStringLiteral("op-b"), QStringLiteral("resolved"));
    QCOMPARE(model.data(model.index(3), TranscriptModel::DeliveryRole).toInt(),
             int(TranscriptModel::Delivery::Failed));

    // Messages of other conversations are not shown.
    core::Message elsewhere = message(7, QStringLiteral("elsewhere"));
    elsewhere.conversationId = 2;
    model.addMessage(elsewhere);
    QCOMPARE(model.rowCount(), 4);
    model.showConversation(2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
