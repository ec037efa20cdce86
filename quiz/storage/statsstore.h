#pragma once

#include "fsrs.h"

#include <QList>

#include <array>
#include <functional>
#include <optional>
#include <utility>

class DeckStore;

/** Answers of every kind in a stretch of time. */
struct AnswerTotals
{
    int answers = 0;
    int study = 0;    ///< of which study answers (the rest are quiz and exam answers)
    int correct = 0;  ///< rated Hard or better
    qint64 timeMs = 0; ///< response time, each answer counted up to the cap asked for
};

/** Answers in one range of ranged statistics with one kind and rating. */
struct RangeAnswers
{
    int range = 0;        ///< the range's index
    bool study = false;   ///< study answers; else quiz and exam answers
    int rating = 0;
    int count = 0;
};

/** A count in one range of ranged statistics. */
struct RangeCount
{
    int range = 0;
    int count = 0;
};

/** Study answers to cards in the Review state within one range, with what the scheduler expected. */
struct RangeRetention
{
    int range = 0;
    int reviews = 0;
    int recalled = 0;       ///< rated Hard or better
    int predictedCount = 0; ///< reviews that carry the scheduler's expectation
    double predictedSum = 0;
};

/** A card in study and its memory, for the statistics computed in C++ (ProgressStats). */
struct CardMemory
{
    qint64 cardId = 0;
    qint64 factId = 0;       ///< 0 for a plain card of no entry
    int state = 0;           ///< CardState as stored: 0 new
    qint64 dueMs = 0;        ///< forEachStudiedCardInStudy() only
    bool studied = false;    ///< answered at least once: lastReviewMs and stability hold
    qint64 lastReviewMs = 0;
    double stability = 0;    ///< NaN when the card has none
    double difficulty = 0;   ///< NaN when the card has none
};

/**
 * The Progress page's aggregates over the review log and the cards, each one SQL statement.
 * Times are UTC milliseconds; the caller maps study days and weeks to ranges. Ranged
 * statistics take @p bounds: each range's start, then the last range's end; range i is
 * [bounds[i], bounds[i + 1]). Read-only; the store must stay open. Every statement uses bound
 * values. A statement that fails yields nothing (std::nullopt, an empty list, 0).
 */
class StatsStore
{
public:
    explicit StatsStore(const DeckStore &store);

    /** Answers in [@p fromMs, @p toMs); each answer's response time counted up to @p timeCapMs. */
    std::optional<AnswerTotals> answerTotals(qint64 fromMs, qint64 toMs, qint64 timeCapMs) const;
    /**
     * How many ranges in a row hold an answer: @p range(0), @p range(1), … (each a [start, end)
     * pair) are asked one by one until one has none, at most @p maxRanges.
     */
    int rangesWithAnswersInARow(const std::function<std::pair<qint64, qint64>(int)> &range, int maxRanges) const;
    /**
     * New cards in study (not retired or suspended), today's or later. What is due today is
     * the study queue's to count (StudyQueue), not a statistic's.
     */
    std::optional<int> newCardsInStudy() const;

    /** Answers per range, kind (study or practice) and rating. */
    QList<RangeAnswers> answersPerRange(const QList<qint64> &bounds) const;
    /** Cards in study (learning, review, relearning) falling due in each range; ranges without any left out. */
    QList<RangeCount> dueCardsPerRange(const QList<qint64> &bounds) const;
    /** Study answers to review cards per range, with the scheduler's expectations; empty ranges left out. */
    QList<RangeRetention> retentionPerRange(const QList<qint64> &bounds) const;
    /**
     * Every card in study (not retired or suspended) with its memory, in one pass over the
     * cards on SQLite's own interface: the Progress page's histograms, recall per entry and
     * weakest cards all come from it, computed in C++ (one pass instead of a statement each,
     * with SQL's pow(), for the histograms and the recall per entry). Each card is handed to
     * @p visit as it is read: at 100,000 cards a list of them all costs a fifth of the page.
     */
    void forEachCardInStudy(const std::function<void(const CardMemory &)> &visit) const;
    /** The studied cards in study, as forEachCardInStudy() has them and with their due time. */
    void forEachStudiedCardInStudy(const std::function<void(const CardMemory &)> &visit) const;
    /** Every card in study with its due time, new cards too, in the order new cards are studied. */
    void forEachCardInStudyWithDue(const std::function<void(const CardMemory &)> &visit) const;
    /**
     * Study answers by rating (Again first): [0] first answers to new cards, [1] answers to
     * review cards. How the learner answers, for the simulations.
     */
    std::optional<std::array<std::array<int, 4>, 2>> studyRatingCounts() const;

private:
    /** One row of revlog_summary: a quarter hour's answers of one study flag, rating and state. */
    struct SlotSums
    {
        bool study = false;
        int rating = 0;
        bool review = false; ///< answers to review cards
        int answers = 0;
        int recalls = 0;     ///< answers that carry the scheduler's expected recall
        double recallSum = 0;
    };
    /** Calls @p add with each summed slot from bounds' first to its last and the range it falls in. */
    void forEachSlot(const QList<qint64> &bounds, const std::function<void(int range, const SlotSums &)> &add) const;

    const DeckStore *m_store;
};
