#include "searchindex.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Markdown to searchable words: links keep their text, syntax characters go.
QString plainMarkdown(QString text)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    text.replace(link, QStringLiteral("\\1"));
    static const QRegularExpression syntax(QStringLiteral("[#>*_`|=~\\\\]|\\{\\{ports\\}\\}|\\[![a-z]+\\]"));
    text.replace(syntax, QStringLiteral(" "));
    return text.simplified();
}

} // namespace

SearchIndex::SearchIndex()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("portdeck-search-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        m_error = db.lastError().text();
}

SearchIndex::~SearchIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SearchIndex::matchExpression(const QString &typed)
{
    // Each word becomes a quoted FTS5 string, so quotes, stars and operators in the input
    // are text. Longer words match by prefix so that variants are found.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    for (auto it = word.globalMatch(typed.left(200).toLower()); it.hasNext() && terms.size() < 12;) {
        const QString w = it.next().captured();
        const bool number = w.front().isDigit();
        const QString stem = !number && w.size() >= 6 ? w.left(w.size() - 2) : w;
        terms.append(QStringLiteral("\"%1\"%2").arg(stem, number ? QString() : QStringLiteral("*")));
    }
    return terms.join(QStringLiteral(" AND "));
}

bool SearchIndex::build(const NoteLibrary &notes, const QList<Fact> &facts, const QList<CardInfo> &cards)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS search"))
        || !q.exec(QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(target UNINDEXED, title, body, "
                                  "tokenize = 'unicode61 remove_diacritics 2')"))) {
        m_error = tr("Search is not available: %1").arg(q.lastError().text());
        return false;
    }
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO search (target, title, body) VALUES (?, ?, ?)"));
    auto add = [&q](const QString &target, const QString &title, const QString &body) {
        q.bindValue(0, target);
        q.bindValue(1, title);
        q.bindValue(2, body);
        q.exec();
    };
    for (const NotePage *page : notes.pages()) {
        const QString title = page->document.title.isEmpty() ? page->slug : page->document.title;
        add(QStringLiteral("page:") + page->slug, title,
            page->document.aliases.join(QLatin1Char(' ')) + QLatin1Char(' ') + plainMarkdown(page->document.body));
    }
    const CardTexts texts(facts);
    for (const Fact &f : facts) {
        QStringList words{f.fullName, f.aliases.join(QLatin1Char(' ')), f.function, f.tags.join(QLatin1Char(' ')),
                          CardTexts::portsLine(f)};
        for (const PortSpec &p : f.ports)
            words << QStringLiteral("%1/%2 %3").arg(transportName(p.transport).toLower()).arg(p.port).arg(p.role);
        add(QStringLiteral("fact:") + f.key, f.name, words.join(QLatin1Char(' ')));
    }
    for (const CardInfo &c : cards) {
        const CardText t = texts.render(c);
        add(QStringLiteral("card:%1").arg(c.id), t.question, t.answer + QLatin1Char(' ') + t.detail);
    }
    return db.commit();
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Titles weigh ten times the body; pages and entries before cards when equally good.
    q.prepare(QStringLiteral(
        "SELECT target, title, snippet(search, 2, char(1), char(2), '…', 14), "
        "bm25(search, 0, 10.0, 1.0) + (CASE WHEN target LIKE 'card:%' THEN 0.5 ELSE 0 END) AS score "
        "FROM search WHERE search MATCH ? ORDER BY score LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next()) {
        SearchHit h;
        h.target = q.value(0).toString();
        h.title = q.value(1).toString();
        // Escape the snippet, then turn the markers into bold.
        h.snippet = q.value(2).toString().toHtmlEscaped();
        h.snippet.replace(QChar(1), QLatin1String("<b>")).replace(QChar(2), QLatin1String("</b>"));
        h.rank = q.value(3).toDouble();
        hits.append(h);
    }
    return hits;
}
