#pragma once

#include "card.h"
#include "cardquery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class DeckStore;

/** The Browse page's columns, each one a sort order of CardList::find. */
enum class BrowseColumn {
    Question,
    Answer,
    Entry,
    CardType,
    State,
    Due,
    Interval,
    Stability,
    Difficulty,
    Recall,
    Reviews,
    Lapses,
    Tags,
    Flag,
    Suspended,
};

/** One card as the Browse page shows it. */
struct BrowseRow
{
    qint64 id = 0;
    QString key;
    qint64 factId = 0; ///< 0 for a card of no entry
    QString entryKey;  ///< the entry's key; empty for none
    QString entry;     ///< the entry's name; empty for none
    CardTemplate tmpl = CardTemplate::Basic;
    QString variant;
    QString question; ///< Basic cards' text in the context language, else empty (rendered from the
                      ///< entry)
    QString answer;   ///< likewise
    CardState state = CardState::New;
    qint64 dueMs = 0;        ///< UTC ms; 0 while new
    qint64 lastReviewMs = 0; ///< UTC ms; 0 before the first review
    int intervalDays = 0;
    double stability = 0;  ///< days
    double difficulty = 0; ///< 1–10
    double recall = -1;    ///< the chance of recall now, 0–1; -1 for a new card
    int reps = 0;
    int lapses = 0;
    QStringList tags; ///< the card's tags and its entry's, sorted, each once
    int flag = 0;     ///< 0 none, 1 red, 2 orange, 3 green, 4 blue
    bool suspended = false;
    qint64 buriedUntilMs =
        0;            ///< UTC ms the card was buried until; 0 when never (a past time: no longer)
    bool own = false; ///< the learner's own card or entry
    bool edited = false; ///< a built-in card or entry the learner changed
};

/**
 * The Browse page's data source: the ids of the cards a search matches, sorted in SQL, and the
 * rows of the few the page shows. Cards of retired entries and card types switched off
 * (cards.retired <> 0) are never listed.
 */
class CardList
{
public:
    explicit CardList(const DeckStore &store);

    /**
     * The ids of the cards @p query matches, ordered by @p sortBy; ties by study order
     * (position, id). std::nullopt with @p error when the query is invalid or a statement
     * fails.
     *
     * Question and Answer sort Basic cards by their text and the other cards by entry name,
     * then card type: their questions are rendered from the entry in C++, so SQL has no text to
     * sort them by, and the entry's name leads every one of them. Due and Recall put new cards
     * last either way, and Tags untagged cards. Recall is computed in SQL; without SQL math it
     * sorts by stability. Text compares case-folded, code point by code point.
     *
     * One statement computes each card's sort keys and C++ sorts them: SQLite's sorter took
     * about 60 ms of a 100,000-card search, std::sort a few.
     */
    std::optional<QList<qint64>> find(const CardQuery &query, BrowseColumn sortBy,
                                      Qt::SortOrder order, QString *error) const;
    /**
     * The rows of @p ids, in the order of @p ids, read in one statement. Texts in @p context's
     * language, recall at its moment. Ids of cards that do not exist are left out.
     */
    QList<BrowseRow> rows(const QList<qint64> &ids, const CardQueryContext &context) const;

private:
    const DeckStore &m_store;
};
