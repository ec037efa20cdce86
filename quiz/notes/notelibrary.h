#pragma once

#include "fact.h"
#include "markdown.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

/** A page of notes: built in (resources/notes) or the learner's own (<data-dir>/notes). */
struct NotePage
{
    QString slug;   ///< file name without ".md"
    QString file;   ///< where it came from, for messages
    bool builtin = true;
    NoteDocument document;
};

/**
 * All note pages and how links between them resolve: by the link's last path segment,
 * case-insensitively, with "_protocol" suffixes, underscores and the fragment ignored, and by
 * the link's text when the target is empty or leads nowhere ("[SFTP]()", "web_socets").
 * A name the deck knows but no page covers resolves to "fact:<key>", a "not written yet"
 * page that still shows the deck's facts.
 */
class NoteLibrary
{
    Q_DECLARE_TR_FUNCTIONS(NoteLibrary)

public:
    explicit NoteLibrary(const QList<Fact> &facts = {});
    /**
     * The pages a learner reads: the built-in ones in @p language, then theirs in @p folder
     * (none when empty), draft pages only when @p withDrafts.
     */
    static NoteLibrary load(const QList<Fact> &facts, const QString &language, const QString &folder, bool withDrafts);

    /** The pages compiled into Portdeck (":/notes"), each in @p language where it is translated
        (":/notes/de"), else in English. */
    void loadBuiltin(const QString &language = {});
    /** Markdown files in @p folder; a learner's page replaces a built-in one of the same slug. */
    int loadFolder(const QString &folder);
    void addPage(const NotePage &page);

    const NotePage *page(const QString &slug) const;
    QList<const NotePage *> pages() const;
    const Fact *factOfPage(const NotePage &page) const;

    LinkTarget resolve(const QString &href, const QString &text) const;

    struct DeadLink
    {
        QString file;
        int line = 0;
        QString target;
    };
    /** Corrections to show beside page @p slug, in @p language where translated. */
    static QList<std::pair<QString, QString>> corrections(const QString &slug, const QString &language);

    /** Links that lead to no page and no deck entry. */
    QList<DeadLink> deadLinks() const;

private:
    const NotePage *findPage(const QString &name) const;
    const Fact *findFact(const QString &name) const;
    void indexPage(qsizetype at);

    QList<Fact> m_facts;
    QList<NotePage> m_pages;
    // Each name squashed (lower case, letters and digits), to the first page or fact that has
    // it: resolving a link looked at every name of every page and fact, and "notes check" of a
    // note with 30,000 links took half a minute.
    QHash<QString, qsizetype> m_pageNames;
    QHash<QString, qsizetype> m_factNames;
};
