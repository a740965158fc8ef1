#include "sync/caselibrary.h"

#include "sync/serverconnection.h"

#include <QDateTime>
#include <QLocale>

namespace warmline::sync {

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    const protocol::CaseSummaryInfo *c = rowAt(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c->title;
    case Qt::ToolTipRole:
    case ExcerptRole:
        return c->excerpt;
    case CaseIdRole:
        return c->id;
    case TagsRole:
        return c->tags;
    case ChannelRole:
        return int(c->channel);
    case AgentNameRole:
        return c->agentName;
    case AuthorNameRole:
        return c->authorName;
    case CreatedAtRole:
        return c->createdAt;
    case MessageCountRole:
        return c->messageCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{CaseIdRole, "caseId"},
                  {TitleRole, "title"},
                  {ExcerptRole, "excerpt"},
                  {TagsRole, "tags"},
                  {ChannelRole, "channel"},
                  {AgentNameRole, "agentName"},
                  {AuthorNameRole, "authorName"},
                  {CreatedAtRole, "createdAt"},
                  {MessageCountRole, "messageCount"}});
    return names;
}

QVariant CaseCandidateListModel::data(const QModelIndex &index, int role) const
{
    const protocol::CaseCandidateInfo *c = rowAt(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(c->updatedAt), QLocale::ShortFormat);
        const QString what = c->bookmarks > 0 ? tr("%n moment(s) bookmarked", nullptr, c->bookmarks)
                             : c->status == core::ConversationStatus::Resolved ? tr("resolved")
                                                                               : tr("open");
        return tr("%1 · %2 · %3 · %4").arg(c->customerName, c->agentName, what, when);
    }
    case Qt::ToolTipRole:
        return c->lastMessage;
    case ConversationIdRole:
        return c->conversationId;
    case CustomerNameRole:
        return c->customerName;
    case AgentNameRole:
        return c->agentName;
    case BookmarksRole:
        return c->bookmarks;
    case UpdatedAtRole:
        return c->updatedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseCandidateListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert({{ConversationIdRole, "conversationId"},
                  {CustomerNameRole, "customerName"},
                  {AgentNameRole, "agentName"},
                  {BookmarksRole, "bookmarks"},
                  {UpdatedAtRole, "updatedAt"}});
    return names;
}

CaseLibrary::CaseLibrary(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    // A new case may be one the current search would find: search again.
    m_events.on<protocol::CaseAddedEvent>([this](const protocol::CaseAddedEvent &, qint64) { refresh(); });
    connect(&m_connection, &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_connection.dispatch(m_events, seq, kind, payload);
            });
    connect(&m_connection, &ServerConnection::snapshotReceived, this, &CaseLibrary::refresh);
}

bool CaseLibrary::canPromote() const
{
    return m_connection.can(core::Permission::PromoteCases);
}

void CaseLibrary::search(const QString &query, const QString &tag)
{
    m_query = query.trimmed();
    m_tag = tag;
    refresh();
}

void CaseLibrary::refresh()
{
    const quint64 generation = ++m_searchGeneration;
    protocol::CaseSearchRequest request;
    request.query = m_query.left(protocol::maxCaseQueryLength);
    request.tag = m_tag;
    m_connection.request(request, [this, generation](const Answer<protocol::CaseListReply> &reply) {
        if (generation != m_searchGeneration)
            return; // a newer search is on its way
        if (!reply.ok()) {
            if (!reply.connectionLost())
                emit operationFailed(protocol::CaseSearchRequest::type, reply.error);
            return;
        }
        m_cases.setCases(reply->cases);
        if (m_tags != reply->tags || m_total != reply->total) {
            m_tags = reply->tags;
            m_total = reply->total;
            emit listChanged();
        }
        emit searchFinished();
    });
}

void CaseLibrary::open(qint64 caseId)
{
    m_connection.request(protocol::CaseGetRequest{caseId}, [this](const Answer<protocol::CaseReply> &reply) {
        if (!reply.ok()) {
            emit operationFailed(protocol::CaseGetRequest::type, reply.error);
            return;
        }
        emit caseOpened(reply->serviceCase);
    });
}

void CaseLibrary::loadCandidates()
{
    if (!canPromote())
        return;
    m_connection.request(protocol::CaseCandidatesRequest{},
                         [this](const Answer<protocol::CaseCandidatesReply> &reply) {
                             if (!reply.ok()) {
                                 if (!reply.connectionLost())
                                     emit operationFailed(protocol::CaseCandidatesRequest::type, reply.error);
                                 return;
                             }
                             m_candidates.setCandidates(reply->candidates);
                         });
}

void CaseLibrary::preview(qint64 conversationId)
{
    m_connection.request(protocol::CasePreviewRequest{conversationId},
                         [this](const Answer<protocol::CasePreviewReply> &reply) {
                             if (!reply.ok()) {
                                 emit operationFailed(protocol::CasePreviewRequest::type, reply.error);
                                 return;
                             }
                             emit previewReady(reply.value());
                         });
}

void CaseLibrary::promote(const protocol::CasePromoteRequest &draft)
{
    m_connection.request(draft, [this](const Answer<protocol::CaseReply> &reply) {
        if (!reply.ok()) {
            emit operationFailed(protocol::CasePromoteRequest::type, reply.error);
            return;
        }
        loadCandidates(); // it is a case now
        emit promoted(reply->serviceCase);
    });
}

void CaseLibrary::findRelated(const QString &text)
{
    const QString wanted = text.trimmed().left(protocol::maxRelatedTextLength);
    if (wanted == m_relatedText)
        return;
    m_relatedText = wanted;
    const quint64 generation = ++m_relatedGeneration;
    if (wanted.isEmpty()) {
        if (m_related) {
            m_related.reset();
            emit relatedChanged();
        }
        return;
    }
    m_connection.request(protocol::CaseRelatedRequest{wanted},
                         [this, generation](const Answer<protocol::RelatedCaseReply> &reply) {
                             if (generation != m_relatedGeneration)
                                 return;
                             if (!reply.ok())
                                 m_relatedText.clear(); // asked again with the next message
                             // A failure shows no related case; the suggestions do not depend on it.
                             const std::optional<protocol::CaseSummaryInfo> found =
                                 reply.ok() ? reply->serviceCase : std::nullopt;
                             if (found == m_related)
                                 return;
                             m_related = found;
                             emit relatedChanged();
                         });
}

} // namespace warmline::sync
