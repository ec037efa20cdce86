#include "studyqueue.h"

#include "examschedule.h"

#include <algorithm>

StudyQueue StudyQueue::answersOfDay(const StudyQueueStore &store, const StudyDay &day, qint64 nowMs)
{
    StudyQueue q;
    if (const std::optional<QList<PastStudyAnswer>> answers =
            store.studyAnswersBetween(day.startOfDay(nowMs), day.startOfNextDay(nowMs))) {
        for (const PastStudyAnswer &a : *answers) {
            q.newDone += a.stateBefore == CardState::New ? 1 : 0;
            q.reviewsDone += a.stateBefore == CardState::Review ? 1 : 0;
            ++q.answered;
            if (a.factId != 0)
                q.answeredFacts.insert(a.factId);
        }
    } else {
        q.error = store.errorString();
    }
    return q;
}

StudyQueue StudyQueue::build(const StudyQueueStore &store, const StudySettings &settings,
                             const StudyDay &day, qint64 nowMs)
{
    StudyQueue q = answersOfDay(store, day, nowMs);
    const qint64 dayEnd = day.startOfNextDay(nowMs);
    auto failed = [&q, &store] {
        if (q.error.isEmpty())
            q.error = store.errorString();
    };

    // One card a fact: the others wait until tomorrow, as if buried.
    QSet<qint64> taken;
    auto admit = [&q, &taken](qint64 factId) {
        if (factId == 0)
            return true;
        if (q.answeredFacts.contains(factId) || taken.contains(factId))
            return false;
        taken.insert(factId);
        return true;
    };
    // The cards queued so far, looked up by id: a scan of the queue for every candidate was
    // quadratic in the day's cards.
    QSet<qint64> queuedIds;
    auto queued = [&queuedIds](qint64 cardId) { return queuedIds.contains(cardId); };
    auto enqueue = [&queuedIds](QList<QueuedCard> &queue, const QueuedCard &c) {
        queue.append(c);
        queuedIds.insert(c.cardId);
    };

    const int limitLeft = std::max(0, settings.reviewsPerDay - q.reviewsDone - q.newDone);
    q.newLimit = settings.newPerDay;
    if (settings.examDate.isValid() && settings.examPacesNewCards) {
        const fsrs::Scheduler scheduler(settings.schedulerSettings());
        if (const std::optional<int> left = store.newCardCount())
            q.newLimit = ExamSchedule(settings, day, scheduler).newPerDay(*left + q.newDone, nowMs);
        else
            failed();
    }
    const int newLimit = std::max(0, q.newLimit - q.newDone);
    // Cards the learner missed in a quiz and asked to see first: at the front of their queue.
    if (const std::optional<QList<BoostedCard>> boosted =
            store.boostedCards(day.dayOf(nowMs).toJulianDay(), nowMs)) {
        for (const BoostedCard &b : *boosted) {
            const bool review = b.state == CardState::Review;
            QList<QueuedCard> &queue = review ? q.reviews : q.newCards;
            if ((review ? q.reviews.size() < limitLeft : q.newCards.size() < newLimit) &&
                admit(b.factId))
                enqueue(queue, {b.cardId, b.factId});
        }
    } else {
        failed();
    }
    // Due reviews are taken while the queue has room.
    const bool reviewsRead = store.dueReviewCards(dayEnd, nowMs, [&](const QueuedCard &c) {
        if (q.reviews.size() >= limitLeft)
            return false;
        if (!queued(c.cardId) && admit(c.factId))
            enqueue(q.reviews, c);
        return q.reviews.size() < limitLeft;
    });
    if (!reviewsRead)
        failed();

    const int newLeft = std::min(newLimit, limitLeft - static_cast<int>(q.reviews.size()));
    // New cards of one fact sit next to each other; read in chunks until enough facts.
    const int chunk = std::max(64, newLeft * 8);
    for (int offset = 0; q.newCards.size() < newLeft; offset += chunk) {
        const std::optional<QList<QueuedCard>> cards = store.newCards(nowMs, chunk, offset);
        if (!cards) {
            failed();
            break;
        }
        for (const QueuedCard &c : *cards) {
            if (q.newCards.size() >= newLeft)
                break;
            if (!queued(c.cardId) && admit(c.factId))
                enqueue(q.newCards, c);
        }
        if (cards->size() < chunk && q.newCards.size() < newLeft)
            break; // no more new cards
    }
    q.learning = store.learningCardCount(dayEnd, nowMs);
    return q;
}
