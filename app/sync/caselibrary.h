#pragma once

#include "protocol/casemessages.h"
#include "protocol/error.h"
#include "sync/eventhandlers.h"
#include "sync/keyedlistmodel.h"

#include <optional>
#include <QObject>

namespace warmline::sync {

class ServerConnection;

// The cases a search found (or the newest), as the library lists them.
class CaseListModel final : public KeyedListModel<protocol::CaseSummaryInfo>
{
    Q_OBJECT
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        TitleRole,
        ExcerptRole,
        TagsRole, // QStringList
        ChannelRole,
        AgentNameRole,
        AuthorNameRole,
        CreatedAtRole,
        MessageCountRole,
    };
    Q_ENUM(Role)

    using KeyedListModel::KeyedListModel;

    void setCases(const QList<protocol::CaseSummaryInfo> &cases) { setRows(cases); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const protocol::CaseSummaryInfo &row) const override { return row.id; }
};

// Conversations a promoter may turn into cases.
class CaseCandidateListModel final : public KeyedListModel<protocol::CaseCandidateInfo>
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        CustomerNameRole,
        AgentNameRole,
        BookmarksRole,
        UpdatedAtRole,
    };
    Q_ENUM(Role)

    using KeyedListModel::KeyedListModel;

    void setCandidates(const QList<protocol::CaseCandidateInfo> &candidates) { setRows(candidates); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const protocol::CaseCandidateInfo &row) const override { return row.conversationId; }
};

// The case library (反效率案例库) on every desk: browse and search it (words in Chinese or English,
// a tag), read a case with its masked transcript, and — for trainers, supervisors and
// administrators — promote a finished or bookmarked conversation to a case. It also finds the case
// related to what a customer wrote, for the reply assistant.
class CaseLibrary final : public QObject
{
    Q_OBJECT
public:
    explicit CaseLibrary(ServerConnection &connection, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CaseLibrary)

    CaseListModel *cases() { return &m_cases; }
    CaseCandidateListModel *candidates() { return &m_candidates; }
    const QList<protocol::TagCount> &tags() const { return m_tags; }
    int total() const { return m_total; }
    QString query() const { return m_query; }
    QString tag() const { return m_tag; }
    bool canPromote() const;

    // Searches (and remembers the search, so a new case or a reconnect shows its results anew).
    void search(const QString &query, const QString &tag);
    void refresh();
    void open(qint64 caseId);
    void loadCandidates();
    void preview(qint64 conversationId);
    void promote(const protocol::CasePromoteRequest &draft);

    // The case related to a customer's words (above the server's threshold), for the assistant.
    // Asking again supersedes an earlier question; empty text clears it.
    void findRelated(const QString &text);
    const std::optional<protocol::CaseSummaryInfo> &related() const { return m_related; }

signals:
    void listChanged(); // tags or total
    void searchFinished();
    void caseOpened(const warmline::protocol::CaseInfo &serviceCase);
    void previewReady(const warmline::protocol::CasePreviewReply &preview);
    void promoted(const warmline::protocol::CaseInfo &serviceCase);
    void relatedChanged();
    void operationFailed(const QString &operation, const warmline::protocol::Error &error);

private:
    ServerConnection &m_connection;
    EventHandlers m_events;
    CaseListModel m_cases;
    CaseCandidateListModel m_candidates;
    QList<protocol::TagCount> m_tags;
    int m_total = 0;
    QString m_query;
    QString m_tag;
    quint64 m_searchGeneration = 0;
    std::optional<protocol::CaseSummaryInfo> m_related;
    QString m_relatedText;
    quint64 m_relatedGeneration = 0;
};

} // namespace warmline::sync
