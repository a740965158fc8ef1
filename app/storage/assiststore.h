#pragma once

#include <optional>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace warmline::storage {

struct SuggestionFeedback
{
    qint64 agentId = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0; // the customer message the suggestion answered
    QString intent;
    QString templateId; // empty for article and past-reply suggestions
    QString source;     // intent, article, past_reply
    QString action;     // inserted, sent, edited, ignored
};

struct TemplateCounts
{
    qint64 inserted = 0;
    qint64 sent = 0;
    qint64 edited = 0;
    qint64 ignored = 0;
};

// A customer message labelled by an agent's choice: the intent of the suggestion they sent.
struct LearnedExample
{
    qint64 id = 0;
    QString text;
    QString intent;
};

// How a resolved conversation began and the agent's last reply in it.
struct PastReply
{
    qint64 conversationId = 0;
    QString question;
    QString reply;
};

// The reply assistant's memory on the server: agents' feedback on suggestions and what it teaches.
class AssistStore final
{
public:
    explicit AssistStore(QSqlDatabase db);

    // Inside the caller's write transaction.
    std::optional<qint64> record(const SuggestionFeedback &feedback, qint64 nowMs);
    QHash<QString, TemplateCounts> templateCounts();
    TemplateCounts templateCounts(const QString &templateId);
    // The newest `limit` labelled messages, oldest first.
    QList<LearnedExample> learnedExamples(int limit);
    qint64 learnedCount();
    QList<PastReply> pastReplies(int limit);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
