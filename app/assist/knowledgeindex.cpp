#include "assist/knowledgeindex.h"

#include "assist/textfeatures.h"

#include <algorithm>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace warmline::assist {

namespace {

bool isHan(QStringView word)
{
    for (QChar c : word) {
        if (c.script() != QChar::Script_Han)
            return false;
    }
    return !word.isEmpty();
}

QStringList tokens(const QString &text)
{
    QStringList result;
    for (const QString &word : wordTokens(normalizeText(text))) {
        result.append(word);
        if (isHan(word) && word.size() > 2) {
            for (qsizetype i = 0; i + 1 < word.size(); ++i)
                result.append(word.mid(i, 2));
        }
    }
    return result;
}

} // namespace

KnowledgeIndex::KnowledgeIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString KnowledgeIndex::indexText(const QString &text)
{
    return tokens(text).join(QLatin1Char(' '));
}

bool KnowledgeIndex::ensureSchema(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *statement :
         {"CREATE TABLE IF NOT EXISTS kb_articles (id INTEGER PRIMARY KEY, locale TEXT NOT NULL, intent TEXT "
          "NOT "
          "NULL, title TEXT NOT NULL, body TEXT NOT NULL)",
          // The index holds segmented text only; what people read stays in kb_articles.
          "CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(title, body, tokenize = 'unicode61 "
          "remove_diacritics "
          "2')",
          // Per-term document counts, to leave out of a query the terms nearly every article has.
          "CREATE VIRTUAL TABLE IF NOT EXISTS kb_vocab USING fts5vocab(kb_fts, row)"}) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool KnowledgeIndex::add(const Article &article, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO kb_articles (id, locale, intent, title, body) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(article.id > 0 ? QVariant(article.id) : QVariant());
    q.addBindValue(article.locale);
    q.addBindValue(article.intent);
    q.addBindValue(article.title);
    q.addBindValue(article.body);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO kb_fts (rowid, title, body) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(indexText(article.title));
    q.addBindValue(indexText(article.body));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    m_articleCount = -1;
    return true;
}

qint64 KnowledgeIndex::articleCount()
{
    if (m_articleCount < 0) {
        QSqlQuery q(m_db);
        m_articleCount = q.exec(QStringLiteral("SELECT count(*) FROM kb_articles")) && q.next()
                             ? q.value(0).toLongLong()
                             : 0;
    }
    return m_articleCount;
}

QList<RetrievedArticle> KnowledgeIndex::search(const QString &query, int limit, const QString &locale)
{
    QList<RetrievedArticle> result;
    // Every distinct token as a quoted FTS5 string, OR-ed: BM25 rewards articles that share more
    // and rarer tokens. Quoting makes any punctuation the customer typed plain text.
    //
    // BM25 ranks every article that matches any term, so a term found in most articles costs much
    // and adds almost nothing (its IDF is near zero). Such terms are left out, keeping the rarest
    // few; on a small knowledge base nothing is left out.
    struct Term
    {
        QString token;
        qint64 documents = 0;
    };
    QList<Term> candidates;
    QSet<QString> seen;
    QSqlQuery vocabulary(m_db);
    vocabulary.prepare(QStringLiteral("SELECT doc FROM kb_vocab WHERE term = ?"));
    for (const QString &token : tokens(query)) {
        if (seen.contains(token))
            continue;
        seen.insert(token);
        vocabulary.addBindValue(token);
        const qint64 documents =
            vocabulary.exec() && vocabulary.next() ? vocabulary.value(0).toLongLong() : 0;
        vocabulary.finish();
        if (documents > 0)
            candidates.append({token, documents});
    }
    if (candidates.isEmpty())
        return result;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Term &a, const Term &b) { return a.documents < b.documents; });
    const qint64 commonAbove = std::max<qint64>(50, articleCount() / 50);
    QStringList terms;
    for (const Term &term : std::as_const(candidates)) {
        if (terms.size() >= maxQueryTerms || (term.documents > commonAbove && terms.size() >= 2))
            break;
        terms.append(QLatin1Char('"') +
                     QString(term.token).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"'));
    }
    // Articles with every informative term first: their intersection is small even when each term
    // is common, so BM25 has few rows to rank. Questions worded unlike any article (most
    // paraphrases) match nothing that way and fall through to the OR of the terms.
    auto run = [&](const QString &match, int wanted) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // bm25() is lower for better matches; the title counts three times the body.
        q.prepare(
            QStringLiteral("SELECT a.id, a.intent, a.title, -bm25(kb_fts, 3.0, 1.0) AS score FROM kb_fts "
                           "JOIN kb_articles a ON a.id = kb_fts.rowid WHERE kb_fts MATCH ? %1 "
                           "ORDER BY bm25(kb_fts, 3.0, 1.0) LIMIT ?")
                .arg(locale.isEmpty() ? QString() : QStringLiteral("AND a.locale = ?")));
        q.addBindValue(match);
        if (!locale.isEmpty())
            q.addBindValue(locale);
        q.addBindValue(wanted);
        if (!q.exec())
            return;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (std::none_of(result.cbegin(), result.cend(),
                             [id](const RetrievedArticle &a) { return a.id == id; }))
                result.append({id, q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble()});
        }
    };
    if (terms.size() > 1)
        run(terms.join(QLatin1Char(' ')), limit);
    if (result.size() < limit)
        run(terms.join(QStringLiteral(" OR ")), limit);
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace warmline::assist
