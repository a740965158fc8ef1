#include "server/caseservice.h"

#include "assist/knowledgeindex.h"
#include "core/masking.h"
#include "protocol/casemessages.h"

#include <algorithm>
#include <cmath>
#include <QSet>

namespace warmline::server {

using protocol::ErrorCode;
using protocol::internalError;

namespace {

// The newest messages a case keeps of its conversation.
constexpr int maxTranscript = 500;

QString quoted(const QString &token)
{
    return QLatin1Char('"') + QString(token).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QStringList segmented(const QString &text)
{
    return assist::KnowledgeIndex::indexText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

CaseService::CaseService(QSqlDatabase db, storage::ConversationStore &conversations)
    : m_conversations(conversations)
    , m_store(db)
    , m_audit(db)
{
}

QList<core::CaseCandidate> CaseService::candidates(const core::StaffScope &scope, int limit)
{
    QList<core::CaseCandidate> shown;
    for (const storage::CaseStore::Candidate &candidate : m_store.candidates(limit * 4)) {
        if (shown.size() >= limit)
            break;
        if (scope.seesConversation(candidate.teamId, candidate.assigneeId))
            shown.append(candidate.candidate);
    }
    return shown;
}

Result<CaseService::Preview> CaseService::eligible(qint64 conversationId)
{
    const auto conversation = m_conversations.summary(conversationId);
    if (!conversation) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no conversation %1").arg(conversationId),
                     QStringLiteral("payload.conversationId"),
                     {}};
    }
    if (const auto existing = m_store.caseOfConversation(conversationId)) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 is a case already").arg(conversationId),
                     QStringLiteral("payload.conversationId"),
                     {{QStringLiteral("caseId"), *existing}}};
    }
    const int bookmarks = m_store.bookmarksIn(conversationId);
    if (conversation->status != core::ConversationStatus::Resolved && bookmarks == 0) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 is still open and nobody bookmarked a moment of it; "
                                    "bookmark one, or promote it once it is resolved")
                         .arg(conversationId),
                     QStringLiteral("payload.conversationId"),
                     {}};
    }
    if (conversation->assignedAgentId <= 0) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("conversation %1 never reached a person; a case is about how someone "
                                    "served")
                         .arg(conversationId),
                     QStringLiteral("payload.conversationId"),
                     {}};
    }
    const auto personal = m_store.personalDataOf(conversationId);
    if (!personal)
        return internalError(QStringLiteral("read the customer of the conversation"));
    const core::PersonalDataMasker masker(*personal);
    Preview preview{*conversation, bookmarks, {}};
    for (const core::Message &message :
         m_conversations.messages(conversationId, std::nullopt, maxTranscript)) {
        const QString author = message.sender == core::Sender::Customer
                                   ? masker.placeholder(core::PersonalDataMasker::Kind::Name)
                                   : masker.mask(message.authorName);
        preview.transcript.append({message.sender, author, masker.mask(message.body), message.createdAtMs});
    }
    return Done<Preview>{preview};
}

Result<CaseService::Preview> CaseService::preview(qint64 conversationId)
{
    return eligible(conversationId);
}

Result<core::ServiceCase> CaseService::promote(UnitOfWork &work, const storage::AgentRecord &author,
                                               const Draft &draft, qint64 nowMs)
{
    return add(&work, author, draft, nowMs);
}

Result<core::ServiceCase> CaseService::add(UnitOfWork *work, const storage::AgentRecord &author,
                                           const Draft &draft, qint64 nowMs)
{
    auto found = eligible(draft.conversationId);
    if (auto *error = std::get_if<Error>(&found))
        return std::move(*error);
    const Preview &preview = std::get<Done<Preview>>(found).value;
    const auto personal = m_store.personalDataOf(draft.conversationId);
    if (!personal)
        return internalError(QStringLiteral("read the customer of the conversation"));
    // What the promoter wrote is masked as the transcript is: a name typed into the story would
    // otherwise reach every reader.
    const core::PersonalDataMasker masker(*personal);
    core::ServiceCase serviceCase;
    serviceCase.title = masker.mask(draft.title);
    serviceCase.story = masker.mask(draft.story);
    serviceCase.nonStandard = masker.mask(draft.nonStandard);
    serviceCase.outcome = masker.mask(draft.outcome);
    serviceCase.lessons = masker.mask(draft.lessons);
    serviceCase.tags = draft.tags;
    serviceCase.conversationId = draft.conversationId;
    serviceCase.channel = preview.conversation.channel;
    serviceCase.agentName = preview.conversation.assignedAgentName;
    serviceCase.transcript = preview.transcript;

    QStringList body{serviceCase.story, serviceCase.nonStandard, serviceCase.outcome, serviceCase.lessons};
    for (const core::CaseMessage &message : std::as_const(serviceCase.transcript))
        body.append(message.body);
    QStringList tagWords;
    for (const QString &tag : std::as_const(serviceCase.tags))
        tagWords.append(QString(tag).replace(QLatin1Char('_'), QLatin1Char(' ')));
    const storage::CaseStore::IndexText index{
        assist::KnowledgeIndex::indexText(serviceCase.title),
        assist::KnowledgeIndex::indexText(body.join(QLatin1Char('\n'))),
        assist::KnowledgeIndex::indexText(tagWords.join(QLatin1Char(' ')))};
    const auto id = m_store.add(serviceCase, author.id, index, nowMs);
    const auto stored = id ? m_store.serviceCase(*id) : std::nullopt;
    if (!stored)
        return internalError(QStringLiteral("store the case"));
    const storage::AuditEntry entry{0,
                                    nowMs,
                                    QStringLiteral("agent:%1").arg(author.id),
                                    QStringLiteral("case.promoted"),
                                    QStringLiteral("conversation:%1").arg(draft.conversationId),
                                    {{QStringLiteral("caseId"), stored->id}}};
    if (!m_audit.append(entry))
        return internalError(QStringLiteral("write the audit log"));
    if (!work)
        return Done<core::ServiceCase>{*stored};
    // The library is everybody's: every staff member hears of a new case.
    const protocol::CaseAddedEvent event{
        protocol::CaseSummaryInfo::of(*stored, int(stored->transcript.size()))};
    if (!work->append(event, core::Audience::allStaff(), 0, 0, nowMs))
        return internalError(QStringLiteral("log the new case"));
    return Done<core::ServiceCase>{*stored, work->lastSeq()};
}

Result<core::ServiceCase> CaseService::serviceCase(qint64 caseId)
{
    auto found = m_store.serviceCase(caseId);
    if (!found) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no case %1").arg(caseId),
                     QStringLiteral("payload.caseId"),
                     {}};
    }
    return Done<core::ServiceCase>{*found};
}

QStringList CaseService::searchTerms(const QString &text, QHash<QString, qint64> *documents)
{
    struct Term
    {
        QString token;
        qint64 documents = 0;
    };
    QList<Term> terms;
    QSet<QString> seen;
    for (const QString &token : segmented(text)) {
        if (seen.contains(token))
            continue;
        seen.insert(token);
        const qint64 count = m_store.casesWithTerm(token);
        if (documents)
            documents->insert(token, count);
        if (count > 0)
            terms.append({token, count});
    }
    // The rarest say the most; a query of many words searches for the most telling few.
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term &a, const Term &b) { return a.documents < b.documents; });
    QStringList result;
    for (const Term &term : std::as_const(terms)) {
        if (result.size() >= assist::KnowledgeIndex::maxQueryTerms)
            break;
        result.append(term.token);
    }
    return result;
}

CaseService::Listing CaseService::search(const QString &query, const QString &tag, int limit)
{
    Listing listing;
    listing.tags = m_store.tagCounts();
    listing.total = m_store.caseCount();
    if (query.trimmed().isEmpty()) {
        listing.hits = m_store.search({}, tag, limit);
        return listing;
    }
    QStringList terms = searchTerms(query);
    if (terms.isEmpty())
        return listing; // no word of the query is in any case
    for (QString &term : terms)
        term = quoted(term);
    // Cases with every term first, then those with any, as the knowledge base does.
    auto run = [&](const QString &match) {
        for (const storage::CaseStore::Hit &hit : m_store.search(match, tag, limit)) {
            if (listing.hits.size() >= limit)
                return;
            if (std::none_of(
                    listing.hits.cbegin(), listing.hits.cend(),
                    [&](const storage::CaseStore::Hit &h) { return h.serviceCase.id == hit.serviceCase.id; }))
                listing.hits.append(hit);
        }
    };
    if (terms.size() > 1)
        run(terms.join(QLatin1Char(' ')));
    if (listing.hits.size() < limit)
        run(terms.join(QStringLiteral(" OR ")));
    return listing;
}

std::optional<CaseService::Related> CaseService::related(const QString &text)
{
    const qint64 total = m_store.caseCount();
    if (total == 0)
        return std::nullopt;
    QHash<QString, qint64> documents;
    QStringList terms = searchTerms(text, &documents);
    if (terms.size() < relatedMinSharedTerms)
        return std::nullopt;
    // Each of the message's words weighs by how rare it is in the library (a word no case has
    // weighs most): a case is related when the words it shares carry enough of the message.
    auto weight = [&](qint64 df) { return std::log(1.0 + (double(total) + 1.0) / (double(df) + 0.5)); };
    double whole = 0;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        whole += weight(it.value());
    if (whole <= 0)
        return std::nullopt;
    QStringList match;
    for (const QString &term : std::as_const(terms))
        match.append(quoted(term));
    std::optional<Related> best;
    double bestShare = 0;
    for (const storage::CaseStore::Hit &hit : m_store.search(match.join(QStringLiteral(" OR ")), {}, 5)) {
        const QStringList indexed = m_store.indexedTokens(hit.serviceCase.id);
        const QSet<QString> tokens(indexed.cbegin(), indexed.cend());
        double shared = 0;
        int sharedTerms = 0;
        for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
            if (tokens.contains(it.key())) {
                shared += weight(it.value());
                ++sharedTerms;
            }
        }
        const double share = shared / whole;
        if (sharedTerms >= relatedMinSharedTerms && share > bestShare) {
            bestShare = share;
            best = Related{hit, int(std::lround(share * 100))};
        }
    }
    if (!best || best->relevance < relatedThreshold)
        return std::nullopt;
    return best;
}

bool CaseService::seedDemoCases(qint64 authorId, qint64 nowMs)
{
    if (m_store.caseCount() > 0)
        return true;
    struct DemoCase
    {
        const char *category;
        bool english;
        Draft draft;
    };
    const DemoCase demo[] = {
        {"late_delivery",
         false,
         {0,
          QStringLiteral("快递延误，先补偿再追件"),
          QStringLiteral("客户的包裹比承诺晚了好几天，第一句话就带着火气。坐席没有先解释物流流程，而是先认可"
                         "客户等得着急，马上查到包裹卡在中转站。"),
          QStringLiteral("按流程应先让客户等物流回复；坐席在自己的权限内直接给了补偿，并主动承诺到货前每天"
                         "跟进一次，而不是让客户再来问。"),
          QStringLiteral("客户当场接受了方案，没有再次来电；包裹两天后送达，客户留下了好评。"),
          QStringLiteral("延误时客户要的是确定感：先给一个看得见的补偿和下一步的时间点，再解释原因。"
                         "五块钱以内的补偿不需要层层审批。"),
          {QStringLiteral("late_delivery"), QStringLiteral("first_contact"), QStringLiteral("proactive")}}},
        {"damaged_item",
         true,
         {0,
          QStringLiteral("Damaged on arrival: a replacement before the return"),
          QStringLiteral("The customer's order arrived damaged and they expected a long return process. "
                         "The agent apologised once, asked for one photo, and had a replacement sent the "
                         "same day."),
          QStringLiteral("The standard process waits for the returned item before shipping a replacement; "
                         "the agent used their authority to ship first and let the customer return the "
                         "damaged one at leisure, with free return shipping."),
          QStringLiteral("The customer accepted at once and praised the service; no repeat contact."),
          QStringLiteral("Trust the customer when the evidence is clear: shipping first costs little and "
                         "saves a second contact. Offer the choice, do not impose the process."),
          {QStringLiteral("damaged_item"), QStringLiteral("replacement"), QStringLiteral("trust")}}},
    };
    storage::AgentRecord author;
    author.id = authorId;
    for (const DemoCase &c : demo) {
        const auto conversation = m_store.demoConversation(QString::fromLatin1(c.category), c.english, 2);
        if (!conversation)
            continue;
        Draft draft = c.draft;
        draft.conversationId = *conversation;
        if (std::holds_alternative<Error>(add(nullptr, author, draft, nowMs)))
            return false;
    }
    return true;
}

} // namespace warmline::server
