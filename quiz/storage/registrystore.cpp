#include "registrystore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include <QRegularExpression>
#include <QVariant>

namespace {

// A word for LIKE, its wildcards taken literally.
QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

RegistryStore::RegistryStore(DeckStore &store)
    : m_store(store)
{
}

bool RegistryStore::replace(RegistrySource source, const QList<RegistryService> &services,
                            const Progress &progress)
{
    m_cancelled = false;
    sqlite3 *db = sqliteHandle(m_store.database());
    SqliteStatement clear(db, QStringLiteral("DELETE FROM registry_services"));
    SqliteStatement insert(db, QStringLiteral("INSERT INTO registry_services (source, name, port_low, port_high, "
                                              "transport, description, assignee, reference, aliases, line) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!clear.isValid() || !insert.isValid() || !clear.run()) {
        m_error = !clear.isValid() || clear.failed() ? clear.errorString() : insert.errorString();
        return false;
    }
    const QString sourceKey = registrySourceKey(source);
    const qint64 total = services.size();
    for (qint64 i = 0; i < total; ++i) {
        // A progress report every 512 rows: often enough for the bar, rarely enough to cost nothing.
        if (progress && i % 512 == 0 && !progress(i, total)) {
            m_cancelled = true;
            return false;
        }
        const RegistryService &s = services.at(i);
        insert.bind(1, sourceKey);
        insert.bind(2, s.name);
        insert.bind(3, s.portLow);
        insert.bind(4, s.portHigh);
        insert.bind(5, s.transport);
        insert.bind(6, s.description);
        insert.bind(7, s.assignee);
        insert.bind(8, s.reference);
        insert.bind(9, s.aliases.join(QLatin1Char(' ')));
        insert.bind(10, s.line);
        if (!insert.run()) {
            m_error = tr("Cannot store the service %1 (line %2): %3").arg(s.name).arg(s.line).arg(insert.errorString());
            return false;
        }
    }
    if (progress && !progress(total, total)) {
        m_cancelled = true;
        return false;
    }
    return true;
}

int RegistryStore::count() const
{
    SqliteStatement q(sqliteHandle(m_store.database()), QStringLiteral("SELECT count(*) FROM registry_services"));
    return q.next() ? int(q.int64(0)) : 0;
}

std::optional<RegistrySource> RegistryStore::source() const
{
    SqliteStatement q(sqliteHandle(m_store.database()), QStringLiteral("SELECT source FROM registry_services LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    return parseRegistrySource(q.text(0));
}

QList<RegistryService> RegistryStore::search(const RegistryQuery &query) const
{
    QStringList conditions;
    if (query.port)
        conditions.append(QStringLiteral("port_low <= ?1 AND port_high >= ?1"));
    if (!query.transport.isEmpty())
        conditions.append(QStringLiteral("transport IN (?2, '')"));
    for (qsizetype i = 0; i < query.words.size(); ++i)
        conditions.append(QStringLiteral("(name LIKE ?%1 ESCAPE '\\' OR aliases LIKE ?%1 ESCAPE '\\' "
                                         "OR description LIKE ?%1 ESCAPE '\\')")
                              .arg(i + 4));
    QString sql = QStringLiteral("SELECT name, port_low, port_high, transport, description, assignee, reference, "
                                 "aliases, line FROM registry_services");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY port_low, port_high, name, transport LIMIT ?3");

    SqliteStatement q(sqliteHandle(m_store.database()), sql);
    if (!q.isValid()) {
        m_error = q.errorString();
        return {};
    }
    if (query.port)
        q.bind(1, *query.port);
    if (!query.transport.isEmpty())
        q.bind(2, query.transport);
    q.bind(3, query.limit > 0 ? qint64(query.limit) : qint64(-1)); // LIMIT -1: no limit
    for (qsizetype i = 0; i < query.words.size(); ++i)
        q.bind(int(i + 4), likePattern(query.words.at(i)));

    QList<RegistryService> out;
    while (q.next()) {
        RegistryService s;
        s.name = q.text(0);
        s.portLow = int(q.int64(1));
        s.portHigh = int(q.int64(2));
        s.transport = q.text(3);
        s.description = q.text(4);
        s.assignee = q.text(5);
        s.reference = q.text(6);
        s.aliases = q.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        s.line = q.int64(8);
        out.append(std::move(s));
    }
    if (q.failed())
        m_error = q.errorString();
    return out;
}
