#include "fulltextstore.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

FullTextStore::FullTextStore()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("portdeck-search-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        m_error = db.lastError().text();
}

FullTextStore::~FullTextStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool FullTextStore::recreate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS search"))
        || !q.exec(QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(target UNINDEXED, title, body, keywords, "
                                  "tokenize = 'unicode61 remove_diacritics 2')"))) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool FullTextStore::add(const QList<FullTextRow> &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO search (target, title, body, keywords) VALUES (?, ?, ?, ?)"));
    for (const FullTextRow &row : rows) {
        q.bindValue(0, row.target);
        q.bindValue(1, row.title);
        q.bindValue(2, row.body);
        q.bindValue(3, row.keywords);
        q.exec();
    }
    return db.commit();
}

QList<FullTextHit> FullTextStore::search(const QString &match, int limit) const
{
    QList<FullTextHit> hits;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Titles weigh ten times the body; pages and entries before cards when equally good.
    q.prepare(QStringLiteral(
        "SELECT target, title, snippet(search, 2, char(1), char(2), '…', 14), "
        "bm25(search, 0, 10.0, 1.0, 1.0) + (CASE WHEN target LIKE 'card:%' THEN 0.5 ELSE 0 END) AS score "
        "FROM search WHERE search MATCH ? ORDER BY score LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble()});
    return hits;
}
