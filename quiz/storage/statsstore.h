#pragma once

#include "fsrs.h"

#include <QList>

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

/** Studied cards in one stability bin and one difficulty bin. */
struct MemoryBinCount
{
    int stabilityBin = 0;
    int difficultyBin = 0;
    int count = 0;
};

/** The recall chances of one fact's cards in study at one moment, summed. */
struct FactRecallSum
{
    qint64 factId = 0;
    int cards = 0;      ///< cards in study
    int studied = 0;    ///< of which have been answered
    double sum = 0;     ///< recall chances of the studied cards, added up
    double lowest = 0;  ///< the weakest studied card's
};

/** What the forgetting curve of a card in study needs, for statistics computed in C++. */
struct CardMemory
{
    qint64 cardId = 0;
    qint64 factId = 0;
    qint64 dueMs = 0;
    bool studied = false;    ///< answered at least once: lastReviewMs and stability hold
    qint64 lastReviewMs = 0;
    double stability = 0;
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
     * Studied cards in study by stability bin and difficulty bin: bin i of @p edges holds
     * values from edges[i] up to edges[i + 1]; values below edges[1] are bin 0, the last bin is
     * open.
     */
    QList<MemoryBinCount> memoryBins(const QList<double> &stabilityEdges, const QList<double> &difficultyEdges) const;

    /**
     * Every fact's recall chances at @p atMs (the caller's mastery horizon, not necessarily
     * now), over its cards in study, with @p scheduler's forgetting curve in SQL. Needs
     * DeckStore::hasSqlMath().
     */
    QList<FactRecallSum> recallPerFact(const fsrs::Scheduler &scheduler, qint64 atMs) const;
    /**
     * Up to @p limit studied cards in study with the lowest recall chance at @p atMs, weakest
     * first (then by due, then id), with @p scheduler's forgetting curve in SQL. Needs
     * DeckStore::hasSqlMath().
     */
    QList<qint64> weakestCards(const fsrs::Scheduler &scheduler, qint64 atMs, int limit) const;
    /**
     * The cards in study that belong to a fact, studied or not, for recall per fact without SQL
     * math: factId, studied, lastReviewMs and stability.
     */
    QList<CardMemory> cardsOfFactsInStudy() const;
    /** The studied cards in study, for the weakest cards without SQL math: all but factId. */
    QList<CardMemory> studiedCardsInStudy() const;

private:
    const DeckStore *m_store;
};
