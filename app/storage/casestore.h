#pragma once

#include "core/audience.h"
#include "core/masking.h"
#include "core/servicecase.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace warmline::storage {

// The case library (反效率案例库): cases with their masked transcripts and tags, and their
// full-text index. The index holds text the caller has already segmented (Chinese has no spaces;
// see assist::KnowledgeIndex::indexText). Callers hold the write transaction for changes.
class CaseStore final
{
public:
    explicit CaseStore(QSqlDatabase db);

    // What one case is found by: its title, everything written about it and its transcript, and
    // its tags, each already segmented into space-separated tokens.
    struct IndexText
    {
        QString title;
        QString body;
        QString tags;
    };
    std::optional<qint64> add(const core::ServiceCase &serviceCase, qint64 authorId, const IndexText &index,
                              qint64 nowMs);
    // The whole case, transcript included.
    std::optional<core::ServiceCase> serviceCase(qint64 caseId);
    // The case made from this conversation, if there is one.
    std::optional<qint64> caseOfConversation(qint64 conversationId);

    struct Hit
    {
        core::ServiceCase serviceCase; // without its transcript
        double score = 0;              // BM25, higher is better; 0 when listed without a query
        int messages = 0;              // lines of its transcript
    };
    // `match`: an FTS5 query over segmented tokens (empty: every case, newest first); `tag`: only
    // cases with it (empty: any).
    QList<Hit> search(const QString &match, const QString &tag, int limit);
    // How many cases carry each tag, most used first.
    QList<QPair<QString, int>> tagCounts();
    // In how many cases a segmented token occurs (to leave out terms every case has).
    qint64 casesWithTerm(const QString &token);
    qint64 caseCount();
    // The segmented tokens a case is indexed under (title, body and tags).
    QStringList indexedTokens(qint64 caseId);

    // The customer's data the masking knows by value: name, phone, e-mail, city, order numbers.
    std::optional<core::PersonalData> personalDataOf(qint64 conversationId);
    // Moments a mentor marked in the conversation.
    int bookmarksIn(qint64 conversationId);
    // Recent conversations that could become cases (finished or bookmarked, not a case yet), newest
    // first, with the team and assignee each belongs to for the caller's scope check.
    struct Candidate
    {
        core::CaseCandidate candidate;
        qint64 teamId = 0;
        qint64 assigneeId = 0;
    };
    QList<Candidate> candidates(int limit);
    // For the demo library: a finished conversation of a customer writing in Chinese (or in
    // English) about a complaint of this category, with at least `messages` messages — preferably
    // one whose resolution the customer accepted, the longest, the newest.
    std::optional<qint64> demoConversation(const QString &category, bool english, int messages);

private:
    QSqlDatabase m_db;
};

} // namespace warmline::storage
