#pragma once

#include "cardtext.h"
#include "deckstore.h"
#include "fulltextstore.h"
#include "notelibrary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

/** One search result: a note page, a deck entry or a card. */
struct SearchHit
{
    enum class Kind { Page, Entry, Card };
    Kind kind = Kind::Page;
    QString target;  ///< "page:<slug>", "fact:<key>" or "card:<id>"
    QString title;
    QString snippet; ///< HTML: the matching words in <b>…</b>, the rest escaped
    double rank = 0; ///< bm25: lower is better
};

/**
 * Full-text search over notes and cards together (SQLite FTS5 in an in-memory database of
 * its own). Queries are read as a learner types them: every word must match, words match
 * their variants ("encrypted" finds "encryption"), numbers match exactly, and anything a
 * query language would treat as syntax is taken literally.
 */
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    /** In the file @p path (kept between sessions), or in SQLite's temporary file when empty. */
    explicit SearchIndex(const QString &path = {});
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /**
     * Empties the index and indexes @p notes and @p facts, without cards: updateCards() adds
     * them, in batches as the caller reads them. False, with errorString(), if FTS5 is not available.
     */
    bool reset(const NoteLibrary &notes, const QList<Fact> &facts);
    /**
     * (Re)indexes @p cards, with the entries reset() was given, and removes the cards of
     * @p gone. False before reset().
     */
    bool updateCards(const QList<CardInfo> &cards, const QList<qint64> &gone);
    /** Indexes @p cards, none of them indexed since reset(). False before reset(). */
    bool addCards(const QList<CardInfo> &cards);
    /**
     * Takes up the index the file holds, built in an earlier session (the caller knows what
     * from by its stamp()); updateCards() needs setFacts() first. False if the file holds none.
     */
    bool reuse();
    /** The entries updateCards() renders cards with: reset() gives them, reuse() does not. */
    bool hasFacts() const { return m_texts != nullptr; }
    void setFacts(const QList<Fact> &facts);
    /** What the index in the file was built from, as its builder wrote it; empty when unknown. */
    QString stamp() const { return m_store.note(QStringLiteral("stamp")); }
    bool setStamp(const QString &stamp) { return m_store.setNote(QStringLiteral("stamp"), stamp); }
    /** Other notes kept in the file beside the index. */
    QString note(const QString &key) const { return m_store.note(key); }
    bool setNote(const QString &key, const QString &value) { return m_store.setNote(key, value); }
    QList<SearchHit> search(const QString &query, int limit = 20) const;
    QString errorString() const { return m_error; }

    /** The FTS5 query for what the learner typed, or empty when nothing is searchable. */
    static QString matchExpression(const QString &typed);

private:
    bool writeCards(const QList<CardInfo> &cards, bool replacing);
    /** Records the store's failure as errorString(); false. */
    bool storeFailed();

    FullTextStore m_store;
    std::unique_ptr<CardTexts> m_texts; ///< the entries reset() or setFacts() gave, for updateCards()
    QString m_error;
};
