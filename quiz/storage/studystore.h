#pragma once

#include "card.h"
#include "fsrs.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class DeckStore;

/** A card waiting in the study queue. */
struct QueuedCard
{
    qint64 cardId = 0;
    qint64 factId = 0; ///< 0 for a card that belongs to no fact
};

/** A card a quiz sent to the front of the study queue. */
struct BoostedCard
{
    qint64 cardId = 0;
    qint64 factId = 0; ///< 0 for a card that belongs to no fact
    CardState state = CardState::New;
};

/** A study answer already given in a stretch of time, as the day's queue counts it. */
struct PastStudyAnswer
{
    CardState stateBefore = CardState::New;
    qint64 factId = 0; ///< 0 for a card that belongs to no fact
};

/** What one study answer writes: the card's new schedule and its review-log row. */
struct StudyAnswer
{
    qint64 cardId = 0;
    qint64 timeMs = 0;
    fsrs::Rating rating = fsrs::Rating::Good;
    CardState stateBefore = CardState::New;
    fsrs::Card after;         ///< the card as the scheduler left it
    int elapsedDays = 0;
    qint64 responseMs = -1;   ///< -1 when unknown
    QString typedAnswer;      ///< empty when nothing was typed
    QString verdict;          ///< empty when there is none
    double recall = -1;       ///< what the scheduler expected of the answer; -1 for none
};

/** What writing an answer did besides the card and its row. */
struct WrittenAnswer
{
    qint64 reviewId = 0;  ///< the review-log row's id
    qint64 boostDay = 0;  ///< the card's quiz boost the answer used up (a Julian day), or 0
};

/**
 * The reads of the day's study queue (learning, review, new and boosted cards, the day's
 * answers) and of when the next card falls due. Anything that counts what the Study page will
 * show (the session, the Progress page's "due today") reads through here, so the two never
 * disagree. Read-only; the store must stay open while it lives. Every statement uses bound
 * values. A method that fails says so (false, std::nullopt) and leaves SQLite's message in
 * errorString().
 */
class StudyQueueStore
{
public:
    explicit StudyQueueStore(const DeckStore &store);
    ~StudyQueueStore();
    StudyQueueStore(const StudyQueueStore &) = delete;
    StudyQueueStore &operator=(const StudyQueueStore &) = delete;

    /** SQLite's message for the last statement that failed. */
    QString errorString() const { return m_error; }

    /** The study answers (not quiz or exam answers) given in [@p fromMs, @p toMs). */
    std::optional<QList<PastStudyAnswer>> studyAnswersBetween(qint64 fromMs, qint64 toMs) const;
    /**
     * New and review cards boosted for study day @p julianDay or earlier, in study at @p nowMs
     * (not retired, suspended or buried), oldest boost first, then in deck order.
     */
    std::optional<QList<BoostedCard>> boostedCards(qint64 julianDay, qint64 nowMs) const;
    /**
     * Review cards due before @p dueBefore, in study at @p nowMs, earliest due first: each is
     * passed to @p take while it returns true (rows after that are not read). False if the
     * cards could not be read.
     */
    bool dueReviewCards(qint64 dueBefore, qint64 nowMs, const std::function<bool(const QueuedCard &)> &take) const;
    /** New cards in study (not retired or suspended), buried ones too; std::nullopt if unreadable. */
    std::optional<int> newCardCount() const;
    /** New cards in study at @p nowMs, in deck order: up to @p limit from the @p offset-th on. */
    std::optional<QList<QueuedCard>> newCards(qint64 nowMs, int limit, int offset) const;
    /** The (re)learning card due first, if one is due by @p dueBy (inclusive) and in study at @p nowMs. */
    std::optional<qint64> nextLearningCard(qint64 dueBy, qint64 nowMs) const;
    /** (Re)learning cards due before @p dueBefore and in study at @p nowMs; 0 if unreadable. */
    int learningCardCount(qint64 dueBefore, qint64 nowMs) const;
    /**
     * Which of @p cardIds are (re)learning cards due before @p dueBefore, not retired or
     * suspended, earliest due first; at most @p max of them (all when negative).
     */
    QList<qint64> learningCardsAmong(const QList<qint64> &cardIds, qint64 dueBefore, qsizetype max = -1) const;

    /** When the first (re)learning card not retired or suspended is due, if there is one. */
    std::optional<qint64> earliestLearningDue() const;
    /** When the first review card not retired or suspended is due, if there is one. */
    std::optional<qint64> earliestReviewDue() const;
    /** Whether any new card is neither retired nor suspended. */
    bool hasNewCards() const;

protected:
    const DeckStore *m_store;
    mutable QString m_error;

private:
    struct Reads;
    std::unique_ptr<Reads> m_reads;
};

/**
 * The study session's reads (StudyQueueStore) and writes: the answer (the card's schedule,
 * its review-log row, the boost it uses up) and taking an answer back.
 *
 * The answer path's statements are prepared once, when the StudyStore is made; the store must
 * stay open while it lives. Writes open no transaction of their own: the caller runs them in
 * one (the Collection's, or its own).
 */
class StudyStore : public StudyQueueStore
{
public:
    explicit StudyStore(DeckStore &store);
    ~StudyStore();

    /**
     * Writes a study answer: the card's new schedule, its review-log row (the next id of the
     * collection's sequence) and the removal of the card's quiz boost. In the caller's transaction.
     */
    std::optional<WrittenAnswer> writeAnswer(const StudyAnswer &answer);
    /**
     * Takes back a written answer in the caller's transaction: the card's schedule as @p before
     * holds it, the review-log row @p reviewId removed (it must exist), and the quiz boost of
     * study day @p boostDay given back unless it is 0.
     */
    bool takeBackAnswer(const CardInfo &before, qint64 reviewId, qint64 boostDay);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};
