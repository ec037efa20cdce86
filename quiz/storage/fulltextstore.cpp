#include "fulltextstore.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

FullTextStore::FullTextStore(const QString &path)
{
    // "": a private temporary database on disk, deleted on close.
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    exec("PRAGMA journal_mode = OFF");
    exec("PRAGMA synchronous = OFF");
    exec("CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
}

bool FullTextStore::hasIndex() const
{
    if (!m_db)
        return false;
    // Any row read back proves the table there and readable; an empty index is built again.
    SqliteStatement q(m_db, QStringLiteral("SELECT rowid FROM search LIMIT 1"));
    return q.next() && !q.failed();
}

QString FullTextStore::note(const QString &key) const
{
    if (!m_db)
        return {};
    SqliteStatement q(m_db, QStringLiteral("SELECT value FROM notes WHERE key = ?"));
    q.bind(1, key);
    return q.next() ? q.text(0) : QString();
}

bool FullTextStore::setNote(const QString &key, const QString &value)
{
    if (!m_db)
        return false;
    SqliteStatement q(m_db, QStringLiteral("INSERT INTO notes (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(1, key);
    q.bind(2, value);
    return q.run();
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
