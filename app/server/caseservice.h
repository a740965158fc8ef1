#pragma once

#include "core/audience.h"
#include "core/servicecase.h"
#include "server/result.h"
#include "server/unitofwork.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/casestore.h"
#include "storage/conversationstore.h"

namespace warmline::server {

// The case library (反效率案例库): trainers, supervisors and administrators turn a bookmarked or
// finished conversation into a case — what happened, what was done outside the script, how it
// ended, what to learn — and every staff member reads and searches it. The transcript and the
// texts travel with the customer's personal data masked (core::PersonalDataMasker: the
// customer's own name, phone, e-mail, order numbers, plus patterns), so reading a case never
// needs the customer's records. Search and the assistant's related case use SQLite FTS5 over
// text segmented as the knowledge base segments it (assist::KnowledgeIndex::indexText).
class CaseService final
{
public:
    CaseService(QSqlDatabase db, storage::ConversationStore &conversations);

    // What the promoter writes about a case.
    struct Draft
    {
        qint64 conversationId = 0;
        QString title;
        QString story;
        QString nonStandard;
        QString outcome;
        QString lessons;
        QStringList tags;
    };
    struct Preview
    {
        core::ConversationSummary conversation;
        int bookmarks = 0;
        QList<core::CaseMessage> transcript; // masked
    };
    struct Listing
    {
        QList<storage::CaseStore::Hit> hits;
        QList<QPair<QString, int>> tags;
        qint64 total = 0;
    };
    struct Related
    {
        storage::CaseStore::Hit hit;
        int relevance = 0; // percent
    };

    // The least relevance (percent) and shared terms for the assistant to show a case.
    static constexpr int relatedThreshold = 35;
    static constexpr int relatedMinSharedTerms = 2;

    QList<core::CaseCandidate> candidates(const core::StaffScope &scope, int limit);
    Result<Preview> preview(qint64 conversationId);
    Result<core::ServiceCase> promote(UnitOfWork &work, const storage::AgentRecord &author,
                                      const Draft &draft, qint64 nowMs);
    Result<core::ServiceCase> serviceCase(qint64 caseId);
    Listing search(const QString &query, const QString &tag, int limit);
    std::optional<Related> related(const QString &text);

    // A few cases for the demo library, from finished demo conversations; none when the library
    // has cases already.
    bool seedDemoCases(qint64 authorId, qint64 nowMs);

private:
    // The conversation, if it may become a case: finished or bookmarked, served by a person, not a
    // case already.
    Result<Preview> eligible(qint64 conversationId);
    // Distinct query terms the library has, rarest first, quoted for FTS5.
    QStringList searchTerms(const QString &text, QHash<QString, qint64> *documents = nullptr);
    Result<core::ServiceCase> add(UnitOfWork *work, const storage::AgentRecord &author, const Draft &draft,
                                  qint64 nowMs);

    storage::ConversationStore &m_conversations;
    storage::CaseStore m_store;
    storage::AuditLog m_audit;
};

} // namespace warmline::server
