#include "searchindex.h"

#include <QRegularExpression>

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

SearchIndex::SearchIndex(const QString &path)
    : m_store(path)
    , m_error(m_store.errorString())
{
}

bool SearchIndex::reuse()
{
    m_texts.reset();
    return m_store.hasIndex();
}

void SearchIndex::setFacts(const QList<Fact> &facts)
{
    m_texts = std::make_unique<CardTexts>(facts);
}

SearchIndex::~SearchIndex() = default;

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

namespace {

// Row ids: a card's own id, an entry's id negated, and pages below every entry.
constexpr qint64 kFirstPageRow = -(qint64(1) << 40);

FullTextRow cardRow(const CardInfo &c, const CardTexts &texts)
{
    const CardText t = texts.render(c);
    QStringList shown{t.answer};
    if (!t.detail.isEmpty() && t.detail != t.answer && !t.answer.contains(t.detail))
        shown << t.detail;
    return {c.id, QStringLiteral("card:%1").arg(c.id), t.question, shown.join(QStringLiteral(" · ")), QString()};
}

} // namespace

bool SearchIndex::storeFailed()
{
    m_error = tr("Search is not available: %1").arg(m_store.errorString());
    return false;
}

bool SearchIndex::reset(const NoteLibrary &notes, const QList<Fact> &facts)
{
    m_texts.reset();
    if (!m_store.recreate())
        return storeFailed();
    QList<FullTextRow> rows;
    qint64 pageRow = kFirstPageRow;
    for (const NotePage *page : notes.pages()) {
        const QString title = page->document.title.isEmpty() ? page->slug : page->document.title;
        rows.append({pageRow--, QStringLiteral("page:") + page->slug, title, plainMarkdown(page->document.body),
                     page->document.aliases.join(QLatin1Char(' '))});
    }
    for (const Fact &f : facts) {
        // The snippet shows each thing once: the full name, the function, the ports. Other
        // spellings a learner may type are keywords, found but not shown.
        QStringList shown;
        for (const QString &part : {f.fullName, f.function, CardTexts::portsLine(f)}) {
            if (!part.isEmpty() && !shown.contains(part))
                shown << part;
        }
        QStringList keywords{f.aliases.join(QLatin1Char(' ')), f.tags.join(QLatin1Char(' '))};
        for (const PortSpec &p : f.ports)
            keywords << QStringLiteral("%1/%2 %3").arg(transportName(p.transport).toLower()).arg(p.port).arg(p.role);
        rows.append({-f.id, QStringLiteral("fact:") + f.key, f.name, shown.join(QStringLiteral(" · ")),
                     keywords.join(QLatin1Char(' '))});
    }
    if (!m_store.add(rows, false))
        return storeFailed();
    m_texts = std::make_unique<CardTexts>(facts);
    return true;
}

bool SearchIndex::updateCards(const QList<CardInfo> &cards, const QList<qint64> &gone)
{
    if (!m_texts)
        return false;
    if (!m_store.remove(gone))
        return storeFailed();
    return writeCards(cards, true);
}

bool SearchIndex::addCards(const QList<CardInfo> &cards)
{
    return m_texts && writeCards(cards, false);
}

bool SearchIndex::writeCards(const QList<CardInfo> &cards, bool replacing)
{
    QList<FullTextRow> rows;
    rows.reserve(cards.size());
    for (const CardInfo &c : cards)
        rows.append(cardRow(c, *m_texts));
    return m_store.add(rows, replacing) || storeFailed();
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return hits;
    for (const FullTextHit &row : m_store.search(match, limit)) {
        SearchHit h;
        h.target = row.target;
        h.kind = row.target.startsWith(QLatin1String("card:"))   ? SearchHit::Kind::Card
                 : row.target.startsWith(QLatin1String("fact:")) ? SearchHit::Kind::Entry
                                                                  : SearchHit::Kind::Page;
        h.title = row.title;
        // Escape the snippet, then turn the markers into bold.
        h.snippet = row.snippet.toHtmlEscaped();
        h.snippet.replace(QChar(1), QLatin1String("<b>")).replace(QChar(2), QLatin1String("</b>"));
        h.rank = row.score;
        hits.append(h);
    }
    return hits;
}
