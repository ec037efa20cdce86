#include "notelibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString squash(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace

NoteLibrary::NoteLibrary(const QList<Fact> &facts)
    : m_facts(facts)
{
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        const Fact &f = m_facts[i];
        QStringList names{f.key, f.name, f.fullName};
        names += f.aliases;
        for (const QString &n : std::as_const(names)) {
            const QString key = squash(n);
            if (!key.isEmpty() && !m_factNames.contains(key))
                m_factNames.insert(key, i); // the first fact with a name keeps it
        }
    }
}

void NoteLibrary::indexPage(qsizetype at)
{
    const NotePage &p = m_pages[at];
    QStringList names{p.slug, p.document.title};
    names += p.document.aliases;
    for (const QString &n : std::as_const(names)) {
        const QString key = squash(n);
        if (!key.isEmpty() && !m_pageNames.contains(key))
            m_pageNames.insert(key, at); // the first page with a name keeps it
    }
}

NoteLibrary NoteLibrary::load(const QList<Fact> &facts, const QString &language, const QString &folder,
                              bool withDrafts)
{
    NoteLibrary all(facts);
    all.loadBuiltin(language);
    if (!folder.isEmpty())
        all.loadFolder(folder);
    if (withDrafts)
        return all;
    NoteLibrary visible(facts);
    for (const NotePage *p : all.pages()) {
        if (!p->document.draft)
            visible.addPage(*p);
    }
    return visible;
}

void NoteLibrary::addPage(const NotePage &page)
{
    for (NotePage &existing : m_pages) {
        if (existing.slug == page.slug) {
            existing = page;
            // Its old names may belong to no page now: every page's names again, in order.
            m_pageNames.clear();
            for (qsizetype i = 0; i < m_pages.size(); ++i)
                indexPage(i);
            return;
        }
    }
    m_pages.append(page);
    indexPage(m_pages.size() - 1);
}

void NoteLibrary::loadBuiltin(const QString &language)
{
    // The English pages first, then the learner's language over them, page by page: a page
    // not translated yet still shows, in English.
    QStringList folders{QStringLiteral(":/notes")};
    if (!language.isEmpty() && language != QLatin1String("en"))
        folders << QStringLiteral(":/notes/") + language;
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            if (name == QLatin1String("FORMAT.md"))
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // ":/notes/de" is resources/notes/de in the source tree, which messages name.
            addPage({name.chopped(3).toLower(), QStringLiteral("resources/notes") + folder.mid(7) + QLatin1Char('/') + name, true,
                     parseNote(file.readAll())});
        }
    }
}

int NoteLibrary::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    int loaded = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (file.size() > 8 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue; // a file this large is no note
        addPage({name.chopped(3).toLower(), file.fileName(), false, parseNote(file.readAll())});
        ++loaded;
    }
    return loaded;
}

const NotePage *NoteLibrary::page(const QString &slug) const
{
    for (const NotePage &p : m_pages) {
        if (p.slug == slug)
            return &p;
    }
    return nullptr;
}

QList<const NotePage *> NoteLibrary::pages() const
{
    QList<const NotePage *> out;
    for (const NotePage &p : m_pages)
        out.append(&p);
    return out;
}

const Fact *NoteLibrary::factOfPage(const NotePage &page) const
{
    for (const Fact &f : m_facts) {
        if (!page.document.factKey.isEmpty() && f.key == page.document.factKey)
            return &f;
    }
    return nullptr;
}

const NotePage *NoteLibrary::findPage(const QString &name) const
{
    const auto it = m_pageNames.constFind(squash(name));
    return it == m_pageNames.cend() ? nullptr : &m_pages[*it];
}

const Fact *NoteLibrary::findFact(const QString &name) const
{
    const auto it = m_factNames.constFind(squash(name));
    return it == m_factNames.cend() ? nullptr : &m_facts[*it];
}

LinkTarget NoteLibrary::resolve(const QString &href, const QString &text) const
{
    QString target = href.trimmed();
    if (target.startsWith(QLatin1Char('#')))
        return {LinkTarget::Kind::Page, target}; // a heading of the same page
    // Placeholder addresses (example.com) stand for "a page about this": resolve by the text.
    static const QRegularExpression placeholder(QStringLiteral("^https?://(www\\.)?example\\.(com|org|net)(/.*)?$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (placeholder.match(target).hasMatch())
        target.clear();
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (scheme.match(target).hasMatch() && !target.startsWith(QLatin1String("page:")))
        return {LinkTarget::Kind::External, target};
    const QString fragment = target.contains(QLatin1Char('#')) ? target.section(QLatin1Char('#'), 1) : QString();

    // Candidates: the last path segment (without fragment, query, ".md" and "_protocol"),
    // then the link's text.
    QStringList candidates;
    QString path = target;
    path = path.section(QLatin1Char('#'), 0, 0).section(QLatin1Char('?'), 0, 0);
    if (path.startsWith(QLatin1String("page:")))
        path = path.mid(5);
    const QString segment = QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty).toUtf8());
    if (!segment.isEmpty()) {
        QString s = segment;
        if (s.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
            s.chop(3);
        candidates << s;
        static const QRegularExpression suffix(QStringLiteral("[_-]?protocol$"), QRegularExpression::CaseInsensitiveOption);
        if (suffix.match(s).hasMatch())
            candidates << QString(s).remove(suffix);
    }
    if (!text.trimmed().isEmpty())
        candidates << text.trimmed();

    for (const QString &c : std::as_const(candidates)) {
        if (const NotePage *p = findPage(c))
            return {LinkTarget::Kind::Page, QStringLiteral("page:") + p->slug
                                                 + (fragment.isEmpty() ? QString() : QLatin1Char('#') + fragment)};
    }
    for (const QString &c : std::as_const(candidates)) {
        if (const Fact *f = findFact(c)) {
            for (const NotePage &p : m_pages) {
                if (p.document.factKey == f->key)
                    return {LinkTarget::Kind::Page, QStringLiteral("page:") + p.slug};
            }
            return {LinkTarget::Kind::Page, QStringLiteral("fact:") + f->key};
        }
    }
    return {LinkTarget::Kind::Unknown,
            QStringLiteral("missing:") + (candidates.isEmpty() ? target : candidates.constFirst())};
}

QList<NoteLibrary::DeadLink> NoteLibrary::deadLinks() const
{
    QList<DeadLink> dead;
    for (const NotePage &p : m_pages) {
        for (const MarkdownRenderer::Link &link : MarkdownRenderer::links(p.document.body)) {
            if (resolve(link.href, link.text).kind == LinkTarget::Kind::Unknown)
                dead.append({p.file, p.document.bodyLine + link.line, link.href.isEmpty() ? link.text : link.href});
        }
    }
    return dead;
}

QList<std::pair<QString, QString>> NoteLibrary::corrections(const QString &slug, const QString &language)
{
    QList<std::pair<QString, QString>> out;
    QFile file(QStringLiteral(":/notes/corrections.json"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("note")).toString() != slug)
        return out;
    const QJsonArray items = root.value(QLatin1String("corrections")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString localized = o.value(QStringLiteral("text_") + language).toString();
        out.append({o.value(QLatin1String("after")).toString(),
                    localized.isEmpty() ? o.value(QLatin1String("text")).toString() : localized});
    }
    return out;
}
