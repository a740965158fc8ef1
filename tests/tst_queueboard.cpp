// The supervisor's queue board and agent roster. First the models, under
// QAbstractItemModelTester, fed the JSON the server sends through the same parsers and list model
// the workstation uses, with the clock in the test's hands; then the widgets on the offscreen
// platform against an in-process server over real sockets: a supervisor drags a waiting
// conversation onto an agent, whose own workstation gets it with the note; an approval is
// answered from the board; a refused assignment says what to do next.

#include "protocol/messages.h"
#include "protocol/supervisionmessages.h"
#include "server/warmlineserver.h"
#include "storage/accountstore.h"
#include "sync/conversationlistmodel.h"
#include "sync/desk.h"
#include "sync/outbox.h"
#include "sync/queueboardmodel.h"
#include "sync/rostermodel.h"
#include "sync/serverconnection.h"
#include "sync/supervisorworkspace.h"
#include "sync/transcriptmodel.h"
#include "sync/transfertargetmodel.h"
#include "sync/vocabularylabels.h"
#include "sync/workstationsettings.h"
#include "testsupport.h"
#include "ui/approvalspanel.h"
#include "ui/conversationviewer.h"
#include "ui/mainwindow.h"
#include "ui/metricspanel.h"
#include "ui/queueboard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace warmline;
using sync::QueueBoardModel;

namespace {

constexpr qint64 kNow = test::kDemoNowMs;

QJsonObject conversationJson(qint64 id, const QString &customer, const QString &channel,
                             const QString &status, const QString &queue, qint64 queuedAt,
                             const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("customerId"), id + 100},
                  {QStringLiteral("customerName"), customer},
                  {QStringLiteral("customerTier"), QStringLiteral("gold")},
                  {QStringLiteral("channel"), channel},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("queue"), queue},
                  {QStringLiteral("queuedAt"), queuedAt},
                  {QStringLiteral("createdAt"), queuedAt - 1000},
                  {QStringLiteral("updatedAt"), queuedAt}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject handoffJson(const QString &reason, const QString &zh, const QString &en)
{
    return {{QStringLiteral("reason"), reason},
            {QStringLiteral("evidence"), QStringLiteral("我要找人工")},
            {QStringLiteral("summary"), zh},
            {QStringLiteral("localized"),
             QJsonObject{{QStringLiteral("zh_CN"), QJsonObject{{QStringLiteral("summary"), zh}}},
                         {QStringLiteral("en"), QJsonObject{{QStringLiteral("summary"), en}}}}}};
}

// What the workstation does with a conversation event: parse it, apply it to the live list.
void deliver(sync::ConversationListModel &list, const QJsonObject &json)
{
    const auto conversation = protocol::conversationFromJson(json);
    QVERIFY(conversation);
    list.apply(*conversation);
}

void snapshot(sync::ConversationListModel &list, const QList<QJsonObject> &conversations)
{
    QList<core::ConversationSummary> parsed;
    for (const QJsonObject &json : conversations)
        parsed.append(*protocol::conversationFromJson(json));
    list.reset(parsed);
}

QJsonObject rosterJson(qint64 id, const QString &name, const QString &presence, int active, qint64 since)
{
    return {{QStringLiteral("agentId"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), QStringLiteral("agent")},
            {QStringLiteral("teamId"), 1},
            {QStringLiteral("presence"), presence},
            {QStringLiteral("presenceSince"), since},
            {QStringLiteral("active"), active},
            {QStringLiteral("offered"), 0},
            {QStringLiteral("capacity"), 3},
            {QStringLiteral("spentToday"), 2500},
            {QStringLiteral("dailyBudget"), 30000}};
}

struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    {
    }
    void clear()
    {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset})
            spy->clear();
    }
    QSignalSpy inserted, removed, moved, changed, reset;
};

QStringList childLabels(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(parent); ++row)
        labels << model.index(row, 0, parent).data(QueueBoardModel::CustomerNameRole).toString();
    return labels;
}

} // namespace

class TestQueueBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void groupsByQueueThenChannel();
    void assignedStaysInItsGroupMovedQueueMoves();
    void slaColoursFollowTheClock();
    void offerCountsDown();
    void freshSnapshotIsAppliedAsDifferences();
    void filterSearchAndSort();
    void rosterUpsertsOneRowPerAgentChanged();
    void transferTargetsReachableColleaguesFirst();

    void supervisorDragsAWaitingConversationOntoAnAgent();
    void refusedAssignmentSaysWhatToDo();
    void movedToAnotherQueueFromTheKeyboard();
    void approvalAnsweredFromTheBoard();

private:
    bool startServer();
    bool connectAs(sync::ServerConnection &connection, const QString &login);
    qint64 customerWrites(qint64 customerId, const QString &text);
    qint64 agentId(const QString &login);

    qint64 m_now = kNow;
    QTemporaryDir m_dir;
    std::unique_ptr<server::WarmlineServer> m_server;
    std::map<qint64, std::unique_ptr<test::RawClient>> m_customers;
};

void TestQueueBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestQueueBoard::init()
{
    m_now = kNow;
}

void TestQueueBoard::cleanup()
{
    m_customers.clear();
    m_server.reset();
}

void TestQueueBoard::groupsByQueueThenChannel()
{
    sync::ConversationListModel list;
    QueueBoardModel board(
        list, [this] { return m_now; }, QStringLiteral("en"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sync::QueueBoardFilterModel proxy;
    proxy.setSourceModel(&board);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Signals spy(&board);

    deliver(list, conversationJson(
                      1, QStringLiteral("王芳"), QStringLiteral("web"), QStringLiteral("queued"),
                      QStringLiteral("general"), kNow - 5000,
                      {{QStringLiteral("handoff"),
                        handoffJson(QStringLiteral("upset"), QStringLiteral("快递三天没动，很生气\n第二行"),
                                    QStringLiteral("Parcel stuck three days, angry\nsecond line"))}}));
    deliver(list, conversationJson(2, QStringLiteral("Laura Wilson"), QStringLiteral("phone"),
                                   QStringLiteral("queued"), QStringLiteral("general"), kNow - 3000));
    deliver(list, conversationJson(3, QStringLiteral("陈刚"), QStringLiteral("web"),
                                   QStringLiteral("assigned"), QStringLiteral("returns"), kNow - 9000,
                                   {{QStringLiteral("assignedAgentId"), 5},
                                    {QStringLiteral("assignedAgentName"), QStringLiteral("李娜")},
                                    {QStringLiteral("assignedAt"), kNow - 125000}}));
    deliver(list, conversationJson(4, QStringLiteral("Bot only"), QStringLiteral("web"),
                                   QStringLiteral("bot"), QStringLiteral("general"), 0));
    deliver(list, conversationJson(5, QStringLiteral("赵敏"), QStringLiteral("web"), QStringLiteral("queued"),
                                   QStringLiteral("general"), kNow - 1000));
    QCOMPARE(spy.reset.count(), 0);

    // Queues by name; channels in their fixed order; conversations in arrival order; the bot's
    // conversation is not the board's.
    QCOMPARE(board.rowCount(), 2);
    const QModelIndex general = board.indexOfQueue(QStringLiteral("general"));
    QCOMPARE(general.row(), 0);
    QCOMPARE(board.rowCount(general), 2);
    const QModelIndex generalWeb = board.indexOfChannel(QStringLiteral("general"), core::Channel::Web);
    QCOMPARE(generalWeb.parent(), general);
    QCOMPARE(childLabels(board, generalWeb), (QStringList{QStringLiteral("王芳"), QStringLiteral("赵敏")}));
    QVERIFY(!board.indexOfConversation(4).isValid());
    QCOMPARE(general.data().toString(), QStringLiteral("general — 3 waiting (longest 5 s), 0 active"));
    QCOMPARE(generalWeb.data().toString(), QStringLiteral("Web chat — 2 waiting (longest 5 s), 0 active"));

    // The columns of one waiting conversation: why, in the reader's language, first line only.
    auto cell = [&](qint64 id, int column) {
        return board.indexOfConversation(id, column).data().toString();
    };
    QCOMPARE(cell(1, QueueBoardModel::CustomerColumn), QStringLiteral("王芳"));
    QCOMPARE(cell(1, QueueBoardModel::TierColumn), sync::tierLabel(QStringLiteral("gold")));
    QCOMPARE(cell(1, QueueBoardModel::WaitingColumn), QStringLiteral("5 s"));
    QCOMPARE(cell(1, QueueBoardModel::ReasonColumn), sync::handoffReasonLabel(QStringLiteral("upset")));
    QCOMPARE(cell(1, QueueBoardModel::SummaryColumn), QStringLiteral("Parcel stuck three days, angry"));
    QCOMPARE(cell(1, QueueBoardModel::OwnerColumn), QStringLiteral("nobody yet"));
    QCOMPARE(cell(3, QueueBoardModel::OwnerColumn), QStringLiteral("李娜"));
    // An active conversation says for how long its agent has had it.
    QCOMPARE(cell(3, QueueBoardModel::WaitingColumn),
             QStringLiteral("in progress · %1").arg(sync::shortDuration(125000)));
    QVERIFY(board.flags(board.indexOfConversation(1)) & Qt::ItemIsDragEnabled);
    QVERIFY(!(board.flags(general) & Qt::ItemIsDragEnabled));

    // A Chinese reader gets the Chinese summary.
    QueueBoardModel chinese(
        list, [this] { return m_now; }, QStringLiteral("zh_CN"));
    QCOMPARE(chinese.indexOfConversation(1, QueueBoardModel::SummaryColumn).data().toString(),
             QStringLiteral("快递三天没动，很生气"));

    // What a drag carries: the conversation's id.
    std::unique_ptr<QMimeData> mime(board.mimeData({board.indexOfConversation(1)}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QueueBoardModel::mimeType), QByteArray("1"));
}

void TestQueueBoard::assignedStaysInItsGroupMovedQueueMoves()
{
    sync::ConversationListModel list;
    QueueBoardModel board(
        list, [this] { return m_now; }, QStringLiteral("en"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject first =
        conversationJson(1, QStringLiteral("王芳"), QStringLiteral("web"), QStringLiteral("queued"),
                         QStringLiteral("general"), kNow - 5000);
    deliver(list, first);
    deliver(list, conversationJson(2, QStringLiteral("赵敏"), QStringLiteral("web"), QStringLiteral("queued"),
                                   QStringLiteral("general"), kNow - 2000));
    Signals spy(&board);

    // Accepted: the row stays where it is and changes in place.
    QJsonObject assigned = first;
    assigned.insert(QStringLiteral("status"), QStringLiteral("assigned"));
    assigned.insert(QStringLiteral("assignedAgentId"), 5);
    assigned.insert(QStringLiteral("assignedAgentName"), QStringLiteral("李娜"));
    deliver(list, assigned);
    QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.moved.count() + spy.reset.count(), 0);
    QVERIFY(spy.changed.count() >= 1);
    const QModelIndex row = board.indexOfConversation(1);
    QCOMPARE(spy.changed.first().at(0).value<QModelIndex>(), row);
    QCOMPARE(row.data(QueueBoardModel::SlaRole).toInt(), int(QueueBoardModel::Sla::None));
    QCOMPARE(board.indexOfQueue(QStringLiteral("general")).data().toString(),
             QStringLiteral("general — 1 waiting (longest 2 s), 1 active"));

    // A supervisor moves it to another queue: one move into a new group, none of the rest stirs.
    spy.clear();
    QJsonObject moved = assigned;
    moved.insert(QStringLiteral("status"), QStringLiteral("queued"));
    moved.insert(QStringLiteral("assignedAgentId"), QJsonValue::Null);
    moved.insert(QStringLiteral("assignedAgentName"), QString());
    moved.insert(QStringLiteral("queue"), QStringLiteral("returns"));
    deliver(list, moved);
    QCOMPARE(spy.moved.count(), 1);
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(board.indexOfConversation(1).parent(),
             board.indexOfChannel(QStringLiteral("returns"), core::Channel::Web));
    QCOMPARE(childLabels(board, board.indexOfChannel(QStringLiteral("general"), core::Channel::Web)),
             QStringList{QStringLiteral("赵敏")});

    // Resolved: gone, and so is the group it leaves empty.
    spy.clear();
    moved.insert(QStringLiteral("status"), QStringLiteral("resolved"));
    deliver(list, moved);
    QVERIFY(!board.indexOfConversation(1).isValid());
    QVERIFY(!board.indexOfQueue(QStringLiteral("returns")).isValid());
    QCOMPARE(board.rowCount(), 1);
    QCOMPARE(spy.reset.count(), 0);
}

void TestQueueBoard::slaColoursFollowTheClock()
{
    sync::ConversationListModel list;
    QueueBoardModel board(
        list, [this] { return m_now; }, QStringLiteral("en"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    board.setSlaThresholds(60, 180);
    deliver(list, conversationJson(1, QStringLiteral("王芳"), QStringLiteral("web"), QStringLiteral("queued"),
                                   QStringLiteral("general"), kNow));
    const QModelIndex row = board.indexOfConversation(1);
    auto sla = [&] { return QueueBoardModel::Sla(row.data(QueueBoardModel::SlaRole).toInt()); };
    QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);

    m_now = kNow + 59'000;
    board.tick();
    QCOMPARE(sla(), QueueBoardModel::Sla::Ok);
    QCOMPARE(board.indexOfConversation(1, QueueBoardModel::SlaColumn).data().toString(),
             QStringLiteral("on time"));
    // The tick repaints the time-telling columns of conversations and the groups' lines, nothing else.
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : changed) {
        const auto from = arguments.at(0).value<QModelIndex>();
        const auto to = arguments.at(1).value<QModelIndex>();
        if (from.data(QueueBoardModel::KindRole).toInt() == int(QueueBoardModel::Kind::Conversation)) {
            QCOMPARE(from.column(), int(QueueBoardModel::WaitingColumn));
            QCOMPARE(to.column(), int(QueueBoardModel::OwnerColumn));
        } else {
            QCOMPARE(from.column(), int(QueueBoardModel::CustomerColumn));
            QCOMPARE(to.column(), int(QueueBoardModel::CustomerColumn));
        }
    }
    m_now = kNow + 60'000;
    board.tick();
    QCOMPARE(sla(), QueueBoardModel::Sla::Warn);
    QCOMPARE(board.indexOfConversation(1, QueueBoardModel::WaitingColumn).data().toString(),
             sync::shortDuration(60'000));
    m_now = kNow + 180'000;
    board.tick();
    QCOMPARE(sla(), QueueBoardModel::Sla::Breach);
    QCOMPARE(board.indexOfConversation(1, QueueBoardModel::SlaColumn).data().toString(),
             QStringLiteral("over the limit"));
    // The server's thresholds, once they come, apply at once.
    board.setSlaThresholds(100, 400);
    QCOMPARE(sla(), QueueBoardModel::Sla::Warn);
}

void TestQueueBoard::offerCountsDown()
{
    sync::ConversationListModel list;
    QueueBoardModel board(
        list, [this] { return m_now; }, QStringLiteral("en"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    deliver(list, conversationJson(1, QStringLiteral("王芳"), QStringLiteral("app"), QStringLiteral("queued"),
                                   QStringLiteral("general"), kNow,
                                   {{QStringLiteral("offer"),
                                     QJsonObject{{QStringLiteral("agentId"), 5},
                                                 {QStringLiteral("agentName"), QStringLiteral("李娜")},
                                                 {QStringLiteral("offeredAt"), kNow},
                                                 {QStringLiteral("expiresAt"), kNow + 30'000}}}}));
    m_now = kNow + 18'000;
    board.tick();
    QCOMPARE(board.indexOfConversation(1, QueueBoardModel::OwnerColumn).data().toString(),
             QStringLiteral("offered to 李娜, 12 s left"));
    QCOMPARE(board.indexOfConversation(1).data(QueueBoardModel::OfferedAgentIdRole).toLongLong(), 5);
}

void TestQueueBoard::freshSnapshotIsAppliedAsDifferences()
{
    sync::ConversationListModel list;
    QueueBoardModel board(
        list, [this] { return m_now; }, QStringLiteral("en"));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject a = conversationJson(1, QStringLiteral("王芳"), QStringLiteral("web"),
                                           QStringLiteral("queued"), QStringLiteral("general"), kNow);
    const QJsonObject b = conversationJson(2, QStringLiteral("赵敏"), QStringLiteral("sms"),
                                           QStringLiteral("queued"), QStringLiteral("general"), kNow);
    const QJsonObject c = conversationJson(3, QStringLiteral("陈刚"), QStringLiteral("web"),
                                           QStringLiteral("queued"), QStringLiteral("general"), kNow);
    snapshot(list, {a, b});
    QCOMPARE(board.rowCount(board.indexOfQueue(QStringLiteral("general"))), 2);
    Signals spy(&board);
    // After a reconnect the list model is reset; the board only applies what differs, so an
    // expanded group and the supervisor's selection survive.
    snapshot(list, {a, c});
    QCOMPARE(spy.reset.count(), 0);
    QCOMPARE(spy.inserted.count(), 1); // c (its group exists)
    QCOMPARE(spy.removed.count(), 2);  // b, then its now-empty SMS group
    QVERIFY(board.indexOfConversation(3).isValid());
    QVERIFY(!board.indexOfConversation(2).isValid());
}

void TestQueueBoard::filterSearchAndSort()
{
    sync::ConversationListModel list;
    QueueBoardModel board(
        list, [this] { return m_now; }, QStringLiteral("en"));
    board.setSlaThresholds(60, 180);
    sync::QueueBoardFilterModel proxy;
    proxy.setSourceModel(&board);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    deliver(list, conversationJson(1, QStringLiteral("王芳"), QStringLiteral("web"), QStringLiteral("queued"),
                                   QStringLiteral("general"), kNow - 200'000,
                                   {{QStringLiteral("handoff"),
                                     handoffJson(QStringLiteral("asked_for_person"), QStringLiteral("要退款"),
                                                 QStringLiteral("Wants a refund for the kettle"))}}));
    deliver(list, conversationJson(2, QStringLiteral("Laura Wilson"), QStringLiteral("web"),
                                   QStringLiteral("queued"), QStringLiteral("general"), kNow - 70'000));
    deliver(list, conversationJson(3, QStringLiteral("陈刚"), QStringLiteral("web"), QStringLiteral("queued"),
                                   QStringLiteral("general"), kNow - 10'000));
    deliver(list, conversationJson(4, QStringLiteral("Matthew Roberts"), QStringLiteral("phone"),
                                   QStringLiteral("assigned"), QStringLiteral("general"), kNow - 90'000,
                                   {{QStringLiteral("assignedAgentId"), 5},
                                    {QStringLiteral("assignedAgentName"), QStringLiteral("李娜")}}));
    proxy.sort(QueueBoardModel::WaitingColumn, Qt::DescendingOrder);
    const QModelIndex general = proxy.index(0, 0);
    auto webGroup = [&] {
        for (int row = 0; row < proxy.rowCount(general); ++row) {
            const QModelIndex group = proxy.index(row, 0, general);
            if (group.data(QueueBoardModel::ChannelRole).toInt() == int(core::Channel::Web))
                return group;
        }
        return QModelIndex();
    };
    QCOMPARE(childLabels(proxy, webGroup()),
             (QStringList{QStringLiteral("王芳"), QStringLiteral("Laura Wilson"), QStringLiteral("陈刚")}));

    // The search reaches the summary and the agent's name as well as the customer's.
    proxy.setSearchText(QStringLiteral("kettle"));
    QCOMPARE(proxy.rowCount(general), 1);
    QCOMPARE(childLabels(proxy, webGroup()), QStringList{QStringLiteral("王芳")});
    proxy.setSearchText(QStringLiteral("李娜"));
    QCOMPARE(proxy.rowCount(general), 1);
    QCOMPARE(childLabels(proxy, proxy.index(0, 0, general)), QStringList{QStringLiteral("Matthew Roberts")});
    proxy.setSearchText(QStringLiteral("nobody by that name"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});

    proxy.setStatusFilter(sync::QueueBoardFilterModel::Status::Active);
    QCOMPARE(childLabels(proxy, proxy.index(0, 0, general)), QStringList{QStringLiteral("Matthew Roberts")});
    proxy.setStatusFilter(sync::QueueBoardFilterModel::Status::Waiting);
    QCOMPARE(proxy.rowCount(general), 1);
    proxy.setSlaFilter(sync::QueueBoardFilterModel::SlaFilter::WarnOrWorse);
    QCOMPARE(childLabels(proxy, webGroup()),
             (QStringList{QStringLiteral("王芳"), QStringLiteral("Laura Wilson")}));
    proxy.setSlaFilter(sync::QueueBoardFilterModel::SlaFilter::Breach);
    QCOMPARE(childLabels(proxy, webGroup()), QStringList{QStringLiteral("王芳")});
    // The clock moves on: Laura crosses the line and joins without anyone asking.
    m_now += 120'000;
    board.tick();
    QCOMPARE(childLabels(proxy, webGroup()),
             (QStringList{QStringLiteral("王芳"), QStringLiteral("Laura Wilson")}));
    proxy.setSlaFilter(sync::QueueBoardFilterModel::SlaFilter::All);
    proxy.setStatusFilter(sync::QueueBoardFilterModel::Status::All);
    proxy.setChannelFilter(int(core::Channel::Phone));
    QCOMPARE(proxy.rowCount(general), 1);
    QCOMPARE(childLabels(proxy, proxy.index(0, 0, general)), QStringList{QStringLiteral("Matthew Roberts")});
}

void TestQueueBoard::transferTargetsReachableColleaguesFirst()
{
    sync::TransferTargetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.firstReachableRow(), -1);
    const auto colleague = [](qint64 id, const QString &name, core::Presence presence, int active) {
        core::RosterEntry entry;
        entry.agentId = id;
        entry.name = name;
        entry.presence = presence;
        entry.active = active;
        entry.capacity = 3;
        return entry;
    };
    sync::TransferTargets targets;
    targets.colleagues = {colleague(1, QStringLiteral("陈静"), core::Presence::Offline, 0),
                          colleague(2, QStringLiteral("王强"), core::Presence::Busy, 1),
                          colleague(3, QStringLiteral("李娜"), core::Presence::Available, 2),
                          colleague(4, QStringLiteral("赵敏"), core::Presence::Available, 0),
                          colleague(5, QStringLiteral("周杰"), core::Presence::Away, 0)};
    targets.queues = {{QStringLiteral("general"), 1, QStringLiteral("Frontline")},
                      {QStringLiteral("vip"), 0, {}}};
    model.setTargets(targets);
    QCOMPARE(model.rowCount(), 7);
    // Available with the most room, then busy, then away and offline (not selectable), then queues.
    QList<qint64> order;
    for (int row = 0; row < 5; ++row)
        order.append(model.index(row).data(sync::TransferTargetModel::AgentIdRole).toLongLong());
    QCOMPARE(order, (QList<qint64>{4, 3, 2, 5, 1}));
    QCOMPARE(model.firstReachableRow(), 0);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("赵敏 — Available · 0 of 3 conversations"));
    QVERIFY(model.flags(model.index(2)) & Qt::ItemIsEnabled);
    for (int row : {3, 4}) {
        QVERIFY(!(model.flags(model.index(row)) & Qt::ItemIsEnabled));
        QVERIFY(model.index(row).data(Qt::ToolTipRole).toString().contains(QStringLiteral("wait unseen")));
    }
    QCOMPARE(model.index(5).data().toString(), QStringLiteral("Queue: general (Frontline)"));
    QCOMPARE(model.index(6).data().toString(), QStringLiteral("Queue: vip"));
    QCOMPARE(model.index(6).data(sync::TransferTargetModel::QueueRole).toString(), QStringLiteral("vip"));
    QCOMPARE(model.index(6).data(sync::TransferTargetModel::AgentIdRole).toLongLong(), 0);
    QVERIFY(model.flags(model.index(6)) & Qt::ItemIsSelectable);

    // Nobody can take it: nothing is preselected.
    targets.colleagues = {colleague(1, QStringLiteral("陈静"), core::Presence::Offline, 0)};
    targets.queues.clear();
    model.setTargets(targets);
    QCOMPARE(model.firstReachableRow(), -1);
}

void TestQueueBoard::rosterUpsertsOneRowPerAgentChanged()
{
    sync::RosterModel roster([this] { return m_now; });
    QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<core::RosterEntry> entries;
    for (const QJsonObject &json :
         {rosterJson(1, QStringLiteral("李娜"), QStringLiteral("available"), 1, kNow - 300'000),
          rosterJson(2, QStringLiteral("王强"), QStringLiteral("busy"), 3, kNow - 60'000),
          rosterJson(3, QStringLiteral("陈静"), QStringLiteral("offline"), 0, kNow - 3'600'000)})
        entries.append(*protocol::rosterEntryFromJson(json));
    roster.setRoster(entries);
    QCOMPARE(roster.rowCount(), 3);
    QCOMPARE(roster.index(0, sync::RosterModel::PresenceColumn).data().toString(),
             QStringLiteral("Available · %1").arg(sync::shortDuration(300'000)));
    QCOMPARE(roster.index(1, sync::RosterModel::LoadColumn).data().toString(), QStringLiteral("3/3"));
    QVERIFY(
        roster.index(0, sync::RosterModel::SpendColumn).data().toString().contains(QStringLiteral("25.00")));
    Signals spy(&roster);

    // agent.changed: the one row changes, across its columns, nothing else.
    const QJsonObject event{
        {QStringLiteral("agent"), rosterJson(2, QStringLiteral("王强"), QStringLiteral("away"), 2, kNow)}};
    roster.upsert(*protocol::rosterEntryFromJson(event.value(QStringLiteral("agent")).toObject()));
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(spy.changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(spy.changed.first().at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.moved.count() + spy.reset.count(), 0);
    QCOMPARE(roster.agent(2)->presence, core::Presence::Away);
    QCOMPARE(roster.index(1, sync::RosterModel::PresenceColumn).data().toString(),
             QStringLiteral("Away · 0 s"));

    // The same line again changes nothing; a new colleague is one insert.
    spy.clear();
    roster.upsert(*protocol::rosterEntryFromJson(event.value(QStringLiteral("agent")).toObject()));
    QCOMPARE(spy.changed.count(), 0);
    roster.upsert(*protocol::rosterEntryFromJson(
        rosterJson(4, QStringLiteral("刘洋"), QStringLiteral("available"), 0, kNow)));
    QCOMPARE(spy.inserted.count(), 1);
    QCOMPARE(roster.rowCount(), 4);

    // The tick repaints the presence column only.
    spy.clear();
    m_now += 5000;
    roster.tick();
    QCOMPARE(spy.changed.count(), 1);
    QCOMPARE(spy.changed.first().at(0).value<QModelIndex>().column(), int(sync::RosterModel::PresenceColumn));
    QCOMPARE(spy.changed.first().at(1).value<QModelIndex>().column(), int(sync::RosterModel::PresenceColumn));
    QCOMPARE(roster.index(1, sync::RosterModel::PresenceColumn).data().toString(),
             QStringLiteral("Away · 5 s"));
}

// --- The widgets against a real server -----------------------------------------------------------

bool TestQueueBoard::startServer()
{
    if (!m_server) {
        server::ServerOptions options;
        options.port = 0;
        options.databasePath =
            m_dir.filePath(QStringLiteral("board-%1.sqlite").arg(QTest::currentTestFunction()));
        options.demo = true;
        options.demoData.customers = 40;
        options.demoData.nowMs = test::kDemoNowMs;
        options.openCustomerChannel = true;
        m_server = std::make_unique<server::WarmlineServer>(options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning() << error;
            return false;
        }
    }
    return true;
}

bool TestQueueBoard::connectAs(sync::ServerConnection &connection, const QString &login)
{
    if (!startServer())
        return false;
    connection.setUrl(m_server->url());
    connection.setStaffCredentials(login, QStringLiteral("demo"));
    connection.setTopics({protocol::topic::conversations});
    connection.open();
    return QTest::qWaitFor([&] { return connection.state() == sync::ServerConnection::State::Live; }, 20000);
}

qint64 TestQueueBoard::customerWrites(qint64 customerId, const QString &text)
{
    auto &customer = m_customers[customerId];
    if (!customer) {
        customer = std::make_unique<test::RawClient>();
        if (!customer->connectTo(m_server->url()) || !customer->loginCustomer(customerId) ||
            !customer->subscribe(QStringLiteral("mine")))
            return 0;
    }
    const auto ack = customer->request(
        QStringLiteral("customer.message"),
        {{QStringLiteral("channel"), QStringLiteral("wechat")}, {QStringLiteral("text"), text}});
    return ack ? ack->value(QStringLiteral("conversationId")).toInteger() : 0;
}

qint64 TestQueueBoard::agentId(const QString &login)
{
    test::RawClient client;
    if (!client.connectTo(m_server->url()))
        return 0;
    const auto principal = client.login(login, QStringLiteral("demo"));
    return principal ? principal->value(QStringLiteral("agentId")).toInteger() : 0;
}

namespace {

// What a drag from the board onto a roster row delivers, as the window system would.
void dropOnto(QAbstractItemView &view, const QModelIndex &index, const QMimeData &mime)
{
    const QPoint at = view.visualRect(index).center();
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &drop);
}

QModelIndex rosterRowOf(QAbstractItemView &view, qint64 agentId)
{
    QAbstractItemModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(sync::RosterModel::AgentIdRole).toLongLong() == agentId)
            return model->index(row, 0);
    }
    return {};
}

QModelIndex boardRowOf(QAbstractItemView &view, qint64 conversationId, const QModelIndex &parent = {})
{
    QAbstractItemModel *model = view.model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(QueueBoardModel::ConversationIdRole).toLongLong() == conversationId)
            return index;
        if (const QModelIndex found = boardRowOf(view, conversationId, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

void TestQueueBoard::supervisorDragsAWaitingConversationOntoAnAgent()
{
    // agent1's own workstation, signed in (so routing may offer to them).
    sync::ServerConnection agentConnection;
    QVERIFY(connectAs(agentConnection, QStringLiteral("agent1")));
    sync::Outbox agentOutbox(agentConnection);
    QString error;
    QVERIFY2(agentOutbox.open(m_dir.filePath(QStringLiteral("outbox-agent1.sqlite")), &error),
             qPrintable(error));
    sync::Desk agentDesk(agentConnection, agentOutbox);
    const qint64 agent1 = agentDesk.agent().agentId();
    QVERIFY(agent1 > 0);

    sync::ServerConnection connection;
    QVERIFY(connectAs(connection, QStringLiteral("supervisor1")));
    sync::Outbox outbox(connection);
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox-supervisor1.sqlite")), &error),
             qPrintable(error));
    sync::Desk desk(connection, outbox);
    sync::SupervisorWorkspace *supervision = desk.supervision();
    QVERIFY(supervision);

    // The supervisor's window opens on the board, with the outcome figures, mentoring, the case
    // library and the desk beside it; the desk's docks wait for the desk.
    sync::WorkstationSettings settings;
    ui::MainWindow window(desk, outbox, settings);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 5);
    QVERIFY(qobject_cast<ui::MetricsPanel *>(tabs->widget(1)));
    QCOMPARE(tabs->widget(2)->objectName(), QStringLiteral("mentoringPanel"));
    QCOMPARE(tabs->widget(3)->objectName(), QStringLiteral("caseLibraryPanel"));
    auto *board = qobject_cast<ui::QueueBoard *>(tabs->widget(0));
    QVERIFY(board);
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = board->findChild<QTreeView *>(QStringLiteral("boardTree"));
    auto *roster = board->findChild<QTableView *>(QStringLiteral("roster"));
    QVERIFY(tree && roster);
    auto *customerDock = window.findChild<QDockWidget *>(QStringLiteral("customerDock"));
    QVERIFY(customerDock);
    QVERIFY(!customerDock->isVisible());
    tabs->setCurrentIndex(2); // mentoring: still not the desk
    QVERIFY(!customerDock->isVisible());
    tabs->setCurrentIndex(3); // nor the case library
    QVERIFY(!customerDock->isVisible());
    tabs->setCurrentIndex(4);
    QTRY_VERIFY(customerDock->isVisible());
    tabs->setCurrentIndex(0);
    QTRY_VERIFY(!customerDock->isVisible());

    // A customer asks for a person; the conversation appears on the board, live, and the roster
    // shows agent1 as available.
    const qint64 conversationId = customerWrites(7, QStringLiteral("我要找人工，快递三天没动了"));
    QVERIFY(conversationId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(boardRowOf(*tree, conversationId).isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rosterRowOf(*roster, agent1).isValid(), 10000);
    QTRY_COMPARE(supervision->roster()->agent(agent1)->presence, core::Presence::Available);
    // Routing offers it to the available agent; the board says so.
    QTRY_VERIFY_WITH_TIMEOUT(boardRowOf(*tree, conversationId)
                                 .siblingAtColumn(QueueBoardModel::OwnerColumn)
                                 .data()
                                 .toString()
                                 .startsWith(QStringLiteral("offered to")),
                             10000);

    // Drag it onto agent1: the note dialog asks why, prefilled and ready.
    const QModelIndex row = boardRowOf(*tree, conversationId);
    tree->setCurrentIndex(row);
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({row}));
    QVERIFY(mime);
    dropOnto(*roster, rosterRowOf(*roster, agent1), *mime);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = board->findChild<QDialog *>(QStringLiteral("assignNoteDialog"))) &&
                dialog->isVisible());
    auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("assignNote"));
    QVERIFY(note);
    QVERIFY(!note->text().isEmpty());
    QCOMPARE(note->maxLength(), int(protocol::maxTransferNoteLength));
    // Empty is refused: the send button is off until there is a line.
    note->clear();
    QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    const auto sendButton =
        std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->isDefault(); });
    QVERIFY(sendButton != buttons.end());
    QVERIFY(!(*sendButton)->isEnabled());
    const QString why =
        QStringLiteral("Parcel stuck three days, asked twice for a person: start with the tracking");
    QTest::keyClicks(note, why);
    QVERIFY((*sendButton)->isEnabled());
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR")) {
        const QString dir = qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR");
        window.grab().save(dir + QStringLiteral("/queueboard.png"));
        dialog->grab().save(dir + QStringLiteral("/assign-note.png"));
    }
    QTest::keyClick(note, Qt::Key_Return);

    // agent1's workstation has it, with the supervisor's line to read first.
    QTRY_VERIFY_WITH_TIMEOUT(
        agentDesk.agent().conversations()->conversation(conversationId) &&
            agentDesk.agent().conversations()->conversation(conversationId)->assignedAgentId == agent1,
        10000);
    const auto received = agentDesk.agent().conversations()->conversation(conversationId);
    QVERIFY(received->transfer);
    QCOMPARE(received->transfer->note, why);
    QCOMPARE(received->transfer->byAgentId, supervision->myId());
    // On agent1's screen the line is the first thing above the conversation.
    sync::WorkstationSettings agentSettings;
    ui::MainWindow agentWindow(agentDesk, agentOutbox, agentSettings);
    agentWindow.resize(1280, 800);
    agentWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&agentWindow));
    agentDesk.agent().openConversation(conversationId);
    auto *whyBanner = agentWindow.findChild<QLabel *>(QStringLiteral("transferBanner"));
    QVERIFY(whyBanner);
    QTRY_VERIFY(whyBanner->isVisible());
    QVERIFY2(whyBanner->text().contains(why.toHtmlEscaped()), qPrintable(whyBanner->text()));
    // The board follows: it is now agent1's, and the supervisor is told so.
    QTRY_COMPARE(
        boardRowOf(*tree, conversationId).siblingAtColumn(QueueBoardModel::OwnerColumn).data().toString(),
        agentDesk.agent().agentName());
    auto *notice = board->findChild<QLabel *>(QStringLiteral("boardNotice"));
    QTRY_VERIFY(notice->isVisible() && notice->text().contains(agentDesk.agent().agentName()));
    QTRY_COMPARE(supervision->roster()->agent(agent1)->active, 1);

    // Enter on the row opens the read-only live view; the customer's next words arrive in it.
    tree->setFocus();
    tree->setCurrentIndex(boardRowOf(*tree, conversationId));
    QTest::keyClick(tree, Qt::Key_Return);
    ui::ConversationViewer *viewer = nullptr;
    QTRY_VERIFY((viewer = board->findChild<ui::ConversationViewer *>()) != nullptr);
    auto *transcript = viewer->findChild<QListView *>(QStringLiteral("viewerTranscript"));
    QVERIFY(transcript);
    QTRY_VERIFY_WITH_TIMEOUT(transcript->model()->rowCount() >= 1, 10000);
    QVERIFY(viewer->findChildren<QLineEdit *>().isEmpty()); // nothing to type into
    if (qEnvironmentVariableIsSet("WARMLINE_SCREENSHOT_DIR")) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        transcript->doItemsLayout();
        viewer->grab().save(qEnvironmentVariable("WARMLINE_SCREENSHOT_DIR") + QStringLiteral("/viewer.png"));
    }
    const int before = transcript->model()->rowCount();
    QVERIFY(customerWrites(7, QStringLiteral("还在吗？")) == conversationId);
    QTRY_COMPARE_WITH_TIMEOUT(transcript->model()->rowCount(), before + 1, 10000);
    QCOMPARE(transcript->model()->index(before, 0).data(sync::TranscriptModel::BodyRole).toString(),
             QStringLiteral("还在吗？"));
    viewer->close();
    connection.close();
    agentConnection.close();
}

void TestQueueBoard::refusedAssignmentSaysWhatToDo()
{
    sync::ServerConnection connection;
    QVERIFY(connectAs(connection, QStringLiteral("supervisor1")));
    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox-refused.sqlite")), &error), qPrintable(error));
    sync::Desk desk(connection, outbox);
    ui::QueueBoard board(*desk.supervision());
    board.resize(1200, 700);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    const qint64 conversationId = customerWrites(9, QStringLiteral("转人工"));
    QVERIFY(conversationId > 0);
    QTRY_VERIFY_WITH_TIMEOUT(desk.supervision()->board()->conversation(conversationId).has_value(), 10000);
    // agent2 is not signed in: offline, so the server refuses, and the board says what to do instead.
    const qint64 agent2 = agentId(QStringLiteral("agent2"));
    QTRY_VERIFY(desk.supervision()->roster()->agent(agent2) &&
                desk.supervision()->roster()->agent(agent2)->presence == core::Presence::Offline);
    QSignalSpy failed(desk.supervision(), &sync::SupervisorWorkspace::operationFailed);
    desk.supervision()->assign(conversationId, agent2, QStringLiteral("Needs someone who knows returns"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(protocol::errorCodeName(failed.first().at(1).value<protocol::Error>().code),
             QStringLiteral("agent_unavailable"));
    auto *notice = board.findChild<QLabel *>(QStringLiteral("boardNotice"));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(!notice->text().isEmpty(), qPrintable(notice->text()));
    QVERIFY2(notice->text() != failed.first().at(1).value<protocol::Error>().message,
             qPrintable(notice->text()));
    connection.close();
}

void TestQueueBoard::movedToAnotherQueueFromTheKeyboard()
{
    // A second team's queue that supervisor1 also looks after.
    QVERIFY(startServer());
    {
        storage::AccountStore accounts(m_server->database());
        QString error;
        const auto team = accounts.ensureTeam(QStringLiteral("Returns"), &error);
        QVERIFY2(team, qPrintable(error));
        QVERIFY2(accounts.assignQueue(QStringLiteral("returns"), *team, &error), qPrintable(error));
        const auto supervisor = accounts.authenticate(QStringLiteral("supervisor1"), QStringLiteral("demo"));
        QVERIFY(supervisor);
        QVERIFY2(accounts.addSupervisedTeam(supervisor->id, *team, &error), qPrintable(error));
    }
    sync::ServerConnection connection;
    QVERIFY(connectAs(connection, QStringLiteral("supervisor1")));
    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox-move.sqlite")), &error), qPrintable(error));
    sync::Desk desk(connection, outbox);
    sync::SupervisorWorkspace *supervision = desk.supervision();
    ui::QueueBoard board(*supervision);
    board.resize(1300, 800);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QTRY_VERIFY_WITH_TIMEOUT(supervision->queues().size() >= 2, 10000);
    const qint64 conversationId = customerWrites(11, QStringLiteral("我要退货"));
    QVERIFY(conversationId > 0);
    auto *tree = board.findChild<QTreeView *>(QStringLiteral("boardTree"));
    QTRY_VERIFY_WITH_TIMEOUT(boardRowOf(*tree, conversationId).isValid(), 10000);
    QCOMPARE(supervision->board()->conversation(conversationId)->queue, QStringLiteral("general"));

    // The Menu key on the current row: "Move to queue" lists the other queue; the agents who may
    // take it come first and those who cannot (offline) are there but off.
    tree->setFocus();
    tree->setCurrentIndex(boardRowOf(*tree, conversationId));
    bool menuSeen = false;
    QStringList assignable;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || menu->objectName() != QLatin1StringView("boardMenu"))
            return;
        poll.stop();
        menuSeen = true;
        QMenu *assign = nullptr;
        QMenu *move = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->menu() && action->text().remove(QLatin1Char('&')) == QLatin1StringView("Assign to"))
                assign = action->menu();
            if (action->menu() &&
                action->text().remove(QLatin1Char('&')) == QLatin1StringView("Move to queue"))
                move = action->menu();
        }
        if (assign) {
            for (QAction *action : assign->actions())
                assignable << (action->isEnabled() ? QStringLiteral("on ") : QStringLiteral("off ")) +
                                  action->text();
        }
        if (move) {
            for (QAction *action : move->actions()) {
                if (action->text().startsWith(QLatin1StringView("returns")))
                    action->trigger();
            }
        }
        menu->close();
    });
    poll.start();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0), tree->mapToGlobal(QPoint(0, 0)));
    QCoreApplication::sendEvent(tree, &menuKey);
    QVERIFY(menuSeen);
    QVERIFY2(!assignable.isEmpty() && assignable.first().startsWith(QLatin1StringView("on ")),
             qPrintable(assignable.join(QLatin1Char('|'))));
    QVERIFY2(assignable.last().startsWith(QLatin1StringView("off ")),
             qPrintable(assignable.join(QLatin1Char('|'))));

    // The note, then Enter: it moves to the other queue's group.
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = board.findChild<QDialog *>(QStringLiteral("assignNoteDialog"))) &&
                dialog->isVisible());
    auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("assignNote"));
    note->selectAll();
    QTest::keyClicks(note, QStringLiteral("Return request: the returns team handles it"));
    QTest::keyClick(note, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(supervision->board()->conversation(conversationId)->queue,
                              QStringLiteral("returns"), 10000);
    QCOMPARE(supervision->board()->indexOfConversation(conversationId).parent().parent(),
             supervision->board()->indexOfQueue(QStringLiteral("returns")));
    QCOMPARE(supervision->board()->conversation(conversationId)->transfer->note,
             QStringLiteral("Return request: the returns team handles it"));

    // Esc on the dialog sends nothing.
    QSignalSpy assigned(supervision, &sync::SupervisorWorkspace::assigned);
    board.askToMove(conversationId, QStringLiteral("general"));
    QTRY_VERIFY((dialog = board.findChild<QDialog *>(QStringLiteral("assignNoteDialog"))) &&
                dialog->isVisible());
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("assignNote")), Qt::Key_Escape);
    QTRY_VERIFY(!board.findChild<QDialog *>(QStringLiteral("assignNoteDialog")));
    // Proof without waiting: a later move is answered, and the server answers in order, so had
    // Esc sent anything its answer would have come first.
    supervision->moveToQueue(conversationId, QStringLiteral("general"),
                             QStringLiteral("Back: not a return after all"));
    QTRY_COMPARE_WITH_TIMEOUT(supervision->board()->conversation(conversationId)->transfer->note,
                              QStringLiteral("Back: not a return after all"), 10000);
    QTRY_COMPARE(assigned.count(), 1);
    QCOMPARE(supervision->board()->conversation(conversationId)->queue, QStringLiteral("general"));
    connection.close();
}

void TestQueueBoard::approvalAnsweredFromTheBoard()
{
    sync::ServerConnection connection;
    QVERIFY(connectAs(connection, QStringLiteral("supervisor1")));
    // agent2 asks for more than their authority, on a complaint of a real order.
    test::RawClient agent;
    QVERIFY(agent.connectTo(m_server->url()));
    QVERIFY(agent.login(QStringLiteral("agent2"), QStringLiteral("demo")));
    qint64 complaintId = 0;
    for (qint64 customerId = 1; customerId <= 40 && !complaintId; ++customerId) {
        core::OrderQuery query;
        query.customerId = customerId;
        query.sort = core::OrderQuery::Sort::Amount;
        query.limit = 1;
        const auto page =
            agent.request(protocol::OrdersRequest::type, protocol::OrdersRequest{query}.toJson());
        QVERIFY(page);
        const QJsonArray items = page->value(QStringLiteral("items")).toArray();
        if (items.isEmpty() || items.first().toObject().value(QStringLiteral("amount")).toInteger() < 20000)
            continue;
        const auto created = agent.request(
            protocol::ComplaintCreateRequest::type,
            protocol::ComplaintCreateRequest{items.first().toObject().value(QStringLiteral("id")).toInteger(),
                                             QStringLiteral("late_delivery"), 0}
                .toJson());
        QVERIFY(created);
        complaintId =
            created->value(QStringLiteral("complaint")).toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(complaintId > 0);

    sync::Outbox outbox(connection);
    QString error;
    QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("outbox-approval.sqlite")), &error),
             qPrintable(error));
    sync::Desk desk(connection, outbox);
    ui::QueueBoard board(*desk.supervision());
    board.resize(1300, 800);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    auto *panel = board.findChild<ui::ApprovalsPanel *>(QStringLiteral("boardApprovals"));
    QVERIFY(panel);
    auto *pending = panel->findChild<QListView *>(QStringLiteral("pendingApprovals"));
    QVERIFY(pending);

    const auto asked =
        agent.request(QStringLiteral("compensation.request_approval"),
                      {{QStringLiteral("complaintId"), complaintId},
                       {QStringLiteral("remedies"),
                        QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("partial_refund")},
                                               {QStringLiteral("amount"), 8000}}}},
                       {QStringLiteral("reason"), QStringLiteral("快递延误一周")}});
    QVERIFY(asked);
    // It arrives live, with how long it has waited.
    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 1, 10000);
    QVERIFY2(pending->model()->index(0, 0).data().toString().contains(QStringLiteral("waiting")),
             qPrintable(pending->model()->index(0, 0).data().toString()));
    pending->setCurrentIndex(pending->model()->index(0, 0));
    auto *approve = panel->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve);
    QTRY_VERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 0, 10000);
    auto *answered = panel->findChild<QListView *>(QStringLiteral("answeredApprovals"));
    QTRY_COMPARE(answered->model()->rowCount(), 1);
    connection.close();
}

QTEST_MAIN(TestQueueBoard)
#include "tst_queueboard.moc"
