// Every ack and event struct round-trips through its one field description, refuses what lacks a
// required field, and is described field by field in docs/protocol.md.

#include "schemasamples.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace warmline;

namespace {

QString protocolDoc()
{
    QFile doc(QStringLiteral(WARMLINE_SOURCE_DIR "/docs/protocol.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(doc.readAll());
}

// A type's description: its section (heading to the next heading) and its rows of any table.
QString descriptionOf(const QString &doc, const QString &name)
{
    const QString quoted = QRegularExpression::escape(name);
    const QRegularExpression section(QStringLiteral("^### [^\\n]*`%1`.*?(?=^### |^## |\\z)").arg(quoted),
                                     QRegularExpression::MultilineOption |
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression row(QStringLiteral("^\\| `%1`[^\\n]*$").arg(quoted),
                                 QRegularExpression::MultilineOption);
    QString description = section.match(doc).captured();
    for (auto it = row.globalMatch(doc); it.hasNext();)
        description += it.next().captured();
    return description;
}

QStringList undocumented(const QString &description, const QStringList &fields)
{
    QStringList missing;
    for (const QString &field : fields) {
        if (!description.contains(u'`' + field + u'`') && !description.contains(u'"' + field + u'"'))
            missing.append(field);
    }
    return missing;
}

// What a described type fails to do with its sample; empty when it round-trips.
template<protocol::schema::Described T>
QStringList roundTripProblems(const QString &name)
{
    QStringList problems;
    const T value = test::sample<T>();
    if (const QStringList unset = test::defaultFields(value); !unset.isEmpty())
        problems.append(
            QStringLiteral("%1: the sample leaves %2 at the default").arg(name, unset.join(u',')));
    const QJsonObject json = protocol::schema::toJson(value);
    if (json.keys().size() != protocol::schema::fieldNames<T>().size())
        problems.append(QStringLiteral("%1: %2 keys written for %3 fields")
                            .arg(name)
                            .arg(json.keys().size())
                            .arg(protocol::schema::fieldNames<T>().size()));
    // Through text, as on the wire.
    const QJsonObject wire = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString problem;
    const auto back = protocol::schema::fromJson<T>(wire, &problem);
    if (!back)
        problems.append(QStringLiteral("%1: its own JSON does not read (%2)").arg(name, problem));
    else if (!(*back == value))
        problems.append(QStringLiteral("%1: reads back different from what was written").arg(name));
    // Each required field is required; an optional one may be left out.
    for (const QString &field : protocol::schema::fieldNames<T>()) {
        QJsonObject without = wire;
        without.remove(field);
        QString why;
        const bool reads = protocol::schema::fromJson<T>(without, &why).has_value();
        QJsonObject nulled = wire;
        nulled.insert(field, QJsonValue::Null);
        const bool readsNull = protocol::schema::fromJson<T>(nulled).has_value();
        if (reads != readsNull)
            problems.append(QStringLiteral("%1.%2: absent and null read differently").arg(name, field));
        if (!reads && !why.contains(field))
            problems.append(
                QStringLiteral("%1.%2: the refusal does not name the field (%3)").arg(name, field, why));
        QJsonObject wrong = wire;
        wrong.insert(field, QJsonArray{QStringLiteral("not"), QStringLiteral("this")});
        if (protocol::schema::fromJson<T>(wrong).has_value())
            problems.append(QStringLiteral("%1.%2: a value of the wrong type is accepted").arg(name, field));
    }
    return problems;
}

template<typename Tuple>
struct ForEach;
template<typename... Types>
struct ForEach<std::tuple<Types...>>
{
    template<typename Visit>
    static void run(Visit &&visit)
    {
        (visit.template operator()<Types>(), ...);
    }
};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void everyReplyRoundTrips();
    void everyEventRoundTrips();
    void requiredFieldsAreRequired();
    void everyReplyIsDocumented();
    void everyEventIsDocumented();
    void customersDoNotReadWhatStaffKeep();
};

void TestSchema::everyReplyRoundTrips()
{
    QStringList problems;
    int count = 0;
    ForEach<protocol::AnsweredRequests>::run([&]<typename Message>() {
        ++count;
        problems += roundTripProblems<typename Message::Reply>(Message::type);
    });
    QVERIFY(count >= 12);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSchema::everyEventRoundTrips()
{
    QStringList problems;
    QStringList kinds;
    ForEach<protocol::AllEvents>::run([&]<typename Event>() {
        kinds.append(Event::kind);
        problems += roundTripProblems<Event>(Event::kind);
    });
    QCOMPARE(kinds.size(), int(std::tuple_size_v<protocol::AllEvents>));
    QCOMPARE(QSet<QString>(kinds.cbegin(), kinds.cend()).size(), kinds.size()); // one struct per kind
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSchema::requiredFieldsAreRequired()
{
    // An ack without its conversation is no ack: the client reports it instead of showing half.
    QString problem;
    QVERIFY(!protocol::schema::fromJson<protocol::ConversationReply>({}, &problem));
    QCOMPARE(problem, QStringLiteral("conversation is missing"));
    QVERIFY(
        !protocol::schema::fromJson<protocol::CustomerMessageReply>({{QStringLiteral("conversationId"), 1.5},
                                                                     {QStringLiteral("messageId"), 2},
                                                                     {QStringLiteral("created"), true}},
                                                                    &problem));
    QCOMPARE(problem, QStringLiteral("conversationId is not what it should be"));
    // Optional fields may be null or absent.
    const auto reply = protocol::schema::fromJson<protocol::SubscribeReply>({{QStringLiteral("head"), 9}});
    QVERIFY(reply);
    QCOMPARE(reply->head, 9);
    QVERIFY(!reply->snapshot && !reply->replayed);
}

void TestSchema::everyReplyIsDocumented()
{
    const QString doc = protocolDoc();
    QVERIFY(!doc.isEmpty());
    QStringList problems;
    ForEach<protocol::AnsweredRequests>::run([&]<typename Message>() {
        const QString description = descriptionOf(doc, Message::type);
        if (description.isEmpty()) {
            problems.append(Message::type + QStringLiteral(" has no description"));
            return;
        }
        for (const QString &field :
             undocumented(description, protocol::schema::fieldNames<typename Message::Reply>()))
            problems.append(QStringLiteral("%1: the ack's field %2 is not in docs/protocol.md")
                                .arg(Message::type, field));
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSchema::everyEventIsDocumented()
{
    const QString doc = protocolDoc();
    QStringList problems;
    ForEach<protocol::AllEvents>::run([&]<typename Event>() {
        const QString description = descriptionOf(doc, Event::kind);
        if (description.isEmpty()) {
            problems.append(Event::kind + QStringLiteral(" has no description"));
            return;
        }
        for (const QString &field : undocumented(description, protocol::schema::fieldNames<Event>()))
            problems.append(
                QStringLiteral("%1: the field %2 is not in docs/protocol.md").arg(Event::kind, field));
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSchema::customersDoNotReadWhatStaffKeep()
{
    // The transport strips what staff keep between themselves from whatever a customer is sent:
    // one conversation, a list of them, and a snapshot's.
    const QJsonObject conversation = protocol::conversationToJson(test::sample<core::ConversationSummary>());
    QVERIFY(conversation.value(QStringLiteral("handoff")).isObject());
    const QJsonObject payload{{QStringLiteral("conversation"), conversation},
                              {QStringLiteral("conversations"), QJsonArray{conversation}},
                              {QStringLiteral("snapshot"),
                               QJsonObject{{QStringLiteral("conversations"), QJsonArray{conversation}}}}};
    const QJsonObject seen = protocol::customerView(payload);
    QList<QJsonObject> conversations{seen.value(QStringLiteral("conversation")).toObject(),
                                     seen.value(QStringLiteral("conversations")).toArray().first().toObject(),
                                     seen.value(QStringLiteral("snapshot"))
                                         .toObject()
                                         .value(QStringLiteral("conversations"))
                                         .toArray()
                                         .first()
                                         .toObject()};
    for (const QJsonObject &one : conversations) {
        QCOMPARE(one.value(QStringLiteral("id")).toInteger(), 42);
        for (const char *staffOnly : {"handoff", "transfer", "offer"})
            QVERIFY2(!one.contains(QLatin1StringView(staffOnly)), staffOnly);
        // What is left still reads as a conversation on the customer's side.
        QVERIFY(protocol::conversationFromJson(one));
    }
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
