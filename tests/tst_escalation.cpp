// Escalation signals: every explicit request for a person, in Chinese and English, hands off;
// distress, repetition, confusion and low confidence are told apart.

#include "assist/escalation.h"

#include <QTest>

using namespace warmline;
using assist::EscalationReason;

Q_DECLARE_METATYPE(warmline::assist::EscalationReason)

class TestEscalation : public QObject
{
    Q_OBJECT
private slots:
    void detects_data();
    void detects();
};

void TestEscalation::detects_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("earlier");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<EscalationReason>("reason");

    const QStringList none;
    const auto person = EscalationReason::AskedForPerson;
    for (const char *phrase : {"转人工", "人工", "真人", "人工客服", "我要找真人", "能不能转人工啊", "human",
                               "agent", "representative", "I want to talk to a human", "agent please",
                               "Can I speak to a REPRESENTATIVE?", "real person please", "ＨＵＭＡＮ"})
        QTest::addRow("person: %s", phrase) << QString::fromUtf8(phrase) << none << 0.99 << person;

    QTest::newRow("upset zh") << "这已经是第三次了，太差了" << none << 0.9 << EscalationReason::Upset;
    QTest::newRow("upset en") << "This is ridiculous" << none << 0.9 << EscalationReason::Upset;
    QTest::newRow("shouting") << "where is it!!!" << none << 0.9 << EscalationReason::Upset;
    QTest::newRow("full-width shouting") << "快递呢！！" << none << 0.9 << EscalationReason::Upset;
    QTest::newRow("confused zh 不明白") << "我不明白你的意思" << none << 0.9 << EscalationReason::Confused;
    QTest::newRow("confused zh 怎么办") << "那我现在怎么办" << none << 0.9 << EscalationReason::Confused;
    QTest::newRow("confused zh 听不懂") << "听不懂" << none << 0.9 << EscalationReason::Confused;
    QTest::newRow("confused en") << "I don't understand" << none << 0.9 << EscalationReason::Confused;
    QTest::newRow("repeating zh") << "我的快递怎么还没到" << QStringList{"你好", "我的快递怎么还没到？"}
                                  << 0.9 << EscalationReason::Repeating;
    QTest::newRow("repeating en") << "where is my parcel" << QStringList{"Where is my parcel?"} << 0.9
                                  << EscalationReason::Repeating;
    QTest::newRow("low confidence") << "my blender hums oddly on Tuesdays" << none << 0.2
                                    << EscalationReason::LowConfidence;
    QTest::newRow("calm and clear") << "Where is my parcel?" << QStringList{"Hello"} << 0.9
                                    << EscalationReason::None;
    QTest::newRow("calm zh") << "请问发票怎么开" << none << 0.8 << EscalationReason::None;
    QTest::newRow("agent is a whole word") << "my agenda is full" << none << 0.9 << EscalationReason::None;
    QTest::newRow("praise for an agent is no request")
        << "your agent was fantastic, thank you" << none << 0.9 << EscalationReason::None;
    QTest::newRow("talking about the agent")
        << "the agent explained everything" << none << 0.9 << EscalationReason::None;
    QTest::newRow("asking for an agent") << "I need an agent now" << none << 0.9 << person;
    QTest::newRow("about one agent, asking for another")
        << "the agent was rude, I want a real person" << none << 0.9 << person;
    QTest::newRow("agent with a request") << "get me the agent please" << none << 0.9 << person;
    QTest::newRow("person beats the rest")
        << "太差了，转人工！！" << QStringList{"太差了，转人工！！"} << 0.1 << person;
}

void TestEscalation::detects()
{
    QFETCH(QString, message);
    QFETCH(QStringList, earlier);
    QFETCH(double, confidence);
    QFETCH(EscalationReason, reason);
    const auto signal = assist::detectEscalation(message, earlier, confidence);
    QCOMPARE(assist::escalationReasonKey(signal.reason), assist::escalationReasonKey(reason));
    QCOMPARE(signal.escalate(), reason != EscalationReason::None);
    if (signal.escalate())
        QVERIFY(!signal.evidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
