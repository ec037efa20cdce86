#pragma once

#include <QList>
#include <QString>

struct sqlite3;

/**
 * A row of the full-text index: its id (unique in the index; a row added again with the same
 * id replaces it), what a hit leads to, its title, the text a snippet shows, and keywords that
 * are found but never shown (other spellings: "tcp/22" beside "TCP 22").
 */
struct FullTextRow
{
    qint64 id = 0;
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
 * A full-text index (SQLite FTS5) in a database of its own beside the collection: rows of
 * target, title and body, searched by an FTS5 match expression. On disk, a file of its own or
 * SQLite's private temporary file: it holds 100,000 cards without keeping them in memory. No
 * journal and no syncing: it is derived from the collection, and rebuilt when in doubt. Opened on SQLite's own interface in serialized mode, so an index built on
 * one thread can be searched on another (one at a time). Every statement uses bound values.
 */
class FullTextStore
{
public:
    /** In @p path, or SQLite's private temporary file when empty. */
    explicit FullTextStore(const QString &path = {});
    ~FullTextStore();
    FullTextStore(const FullTextStore &) = delete;
    FullTextStore &operator=(const FullTextStore &) = delete;

    /** SQLite's message for the last thing that failed (opening the database, recreate()). */
    QString errorString() const { return m_error; }

    /** Empties the index, (re)creating its table. False, with errorString(), if FTS5 is not available. */
    bool recreate();
    /**
     * Adds @p rows in one transaction, each replacing the row of its id unless @p replacing is
     * false (rows known to be new: a build skips the lookups); false if it could not be committed.
     */
    bool add(const QList<FullTextRow> &rows, bool replacing = true);
    /** Removes the rows of @p ids; false if it could not be committed. */
    bool remove(const QList<qint64> &ids);
    /** Whether the index table exists and can be read (a file kept from another session). */
    bool hasIndex() const;
    /** A note kept beside the index (what it was built from); empty when there is none. */
    QString note(const QString &key) const;
    bool setNote(const QString &key, const QString &value);
    /**
     * Up to @p limit rows matching the FTS5 expression @p match, best first; pages and entries
     * ("page:", "fact:" targets) before cards when equally good.
     */
    QList<FullTextHit> search(const QString &match, int limit) const;

private:
    bool exec(const char *sql);

    sqlite3 *m_db = nullptr;
    QString m_error;
};
