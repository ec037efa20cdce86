#include "fulltextstore.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

FullTextStore::FullTextStore()
{
    // "": a private temporary database on disk, deleted on close; no journal, no syncing, as
    // the index is rebuilt from the collection whenever it is lost.
    if (sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    exec("PRAGMA journal_mode = OFF");
    exec("PRAGMA synchronous = OFF");
}

FullTextStore::~FullTextStore()
{
    sqlite3_close(m_db);
}

bool FullTextStore::exec(const char *sql)
{
    if (!m_db)
        return false;
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool FullTextStore::recreate()
{
    return exec("DROP TABLE IF EXISTS search")
           && exec("CREATE VIRTUAL TABLE search USING fts5(target UNINDEXED, title, body, keywords, "
                   "tokenize = 'unicode61 remove_diacritics 2')");
}

bool FullTextStore::add(const QList<FullTextRow> &rows, bool replacing)
{
    if (!exec("BEGIN"))
        return false;
    bool ok = true;
    {
        SqliteStatement drop(m_db, QStringLiteral("DELETE FROM search WHERE rowid = ?"));
        SqliteStatement insert(m_db, QStringLiteral("INSERT INTO search (rowid, target, title, body, keywords) "
                                                    "VALUES (?, ?, ?, ?, ?)"));
        for (const FullTextRow &row : rows) {
            if (replacing)
                drop.bind(1, row.id);
            insert.bind(1, row.id);
            insert.bind(2, row.target);
            insert.bind(3, row.title);
            insert.bind(4, row.body);
            insert.bind(5, row.keywords);
            if ((replacing && !drop.run()) || !insert.run()) {
                m_error = insert.errorString();
                ok = false;
                break;
            }
        }
    }
    return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
}

bool FullTextStore::remove(const QList<qint64> &ids)
{
    if (!exec("BEGIN"))
        return false;
    bool ok = true;
    {
        SqliteStatement drop(m_db, QStringLiteral("DELETE FROM search WHERE rowid = ?"));
        for (const qint64 id : ids) {
            drop.bind(1, id);
            if (!drop.run()) {
                m_error = drop.errorString();
                ok = false;
                break;
            }
        }
    }
    return exec(ok ? "COMMIT" : "ROLLBACK") && ok;
}

QList<FullTextHit> FullTextStore::search(const QString &match, int limit) const
{
    QList<FullTextHit> hits;
    if (!m_db)
        return hits;
    // Titles weigh ten times the body; pages and entries before cards when equally good.
    SqliteStatement q(m_db, QStringLiteral(
                                "SELECT target, title, snippet(search, 2, char(1), char(2), '…', 14), "
                                "bm25(search, 0, 10.0, 1.0, 1.0) + (CASE WHEN target LIKE 'card:%' THEN 0.5 ELSE 0 END) AS score "
                                "FROM search WHERE search MATCH ? ORDER BY score LIMIT ?"));
    q.bind(1, match);
    q.bind(2, limit);
    while (q.next())
        hits.append({q.text(0), q.text(1), q.text(2), q.real(3)});
    return hits;
}
