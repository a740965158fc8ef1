#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace warmline::assist {

struct Article
{
    qint64 id = 0;
    QString locale; // zh_CN, en
    QString intent; // the intent it answers, e.g. late_delivery
    QString title;
    QString body;
};

struct RetrievedArticle
{
    qint64 id = 0;
    QString intent;
    QString title;
    double score = 0; // BM25 relevance, higher is better; comparable within one search only
};

// Full-text search over knowledge-base articles with SQLite FTS5 and BM25 ranking.
// FTS5's own tokenizers do not segment Chinese (unicode61 keeps a whole run of Han characters as
// one token), so text is segmented with ICU before it is indexed and before it is searched; Han
// words also contribute their character bigrams, so that "快递员" still meets "快递" when ICU cuts
// the two texts differently.
class KnowledgeIndex final
{
public:
    explicit KnowledgeIndex(QSqlDatabase db);

    bool ensureSchema(QString *error);
    bool add(const Article &article, QString *error);
    // Best matches first; locale empty searches every language.
    QList<RetrievedArticle> search(const QString &query, int limit, const QString &locale = {});

    // The space-separated tokens FTS5 indexes for a text (exposed for tests).
    static QString indexText(const QString &text);

    // At most this many terms of a query are searched for, the rarest first.
    static constexpr int maxQueryTerms = 12;

private:
    qint64 articleCount();

    QSqlDatabase m_db;
    qint64 m_articleCount = -1;
};

} // namespace warmline::assist
