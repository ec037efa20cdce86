#pragma once

#include <QList>
#include <QString>

/**
 * A row of the full-text index: what a hit leads to, its title, the text a snippet shows, and
 * keywords that are found but never shown (other spellings: "tcp/22" beside "TCP 22").
 */
struct FullTextRow
{
    QString target;
    QString title;
    QString body;
    QString keywords;
};

/** One row a full-text search found. */
struct FullTextHit
{
    QString target;
    QString title;
    QString snippet; ///< the body around the match, each matching word between char(1) and char(2)
    double score = 0; ///< bm25 with titles weighed up: lower is better
};

/**
 * A full-text index (SQLite FTS5) in an in-memory database of its own, beside the collection:
 * rows of target, title and body, searched by an FTS5 match expression. Every statement uses
 * bound values.
 */
class FullTextStore
{
public:
    FullTextStore();
    ~FullTextStore();
    FullTextStore(const FullTextStore &) = delete;
    FullTextStore &operator=(const FullTextStore &) = delete;

    /** SQLite's message for the last thing that failed (opening the database, recreate()). */
    QString errorString() const { return m_error; }

    /** Empties the index, (re)creating its table. False, with errorString(), if FTS5 is not available. */
    bool recreate();
    /** Adds @p rows in one transaction; false if it could not be committed. */
    bool add(const QList<FullTextRow> &rows);
    /**
     * Up to @p limit rows matching the FTS5 expression @p match, best first; pages and entries
     * ("page:", "fact:" targets) before cards when equally good.
     */
    QList<FullTextHit> search(const QString &match, int limit) const;

private:
    QString m_connection;
    QString m_error;
};
