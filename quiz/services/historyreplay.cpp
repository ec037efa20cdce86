#include "historyreplay.h"

#include <algorithm>

ReplayedHistory replayHistory(const fsrs::Scheduler &scheduler, const StudyDay &day, QList<PastAnswer> answers)
{
    std::stable_sort(answers.begin(), answers.end(),
                     [](const PastAnswer &a, const PastAnswer &b) { return a.timeMs < b.timeMs; });
    ReplayedHistory out;
    fsrs::Card card;
    for (const PastAnswer &a : answers) {
        const int elapsed = card.state == fsrs::State::New || !card.lastReviewMs
                                ? 0
                                : day.daysBetween(*card.lastReviewMs, a.timeMs);
        const fsrs::Card after = scheduler.next(card, a.timeMs, elapsed, a.rating, QString());
        ImportedReview r;
        r.timeMs = a.timeMs;
        r.rating = int(a.rating);
        r.stateBefore = int(card.state);
        r.stateAfter = int(after.state);
        r.stability = after.stability;
        r.difficulty = after.difficulty;
        r.elapsedDays = elapsed;
        r.scheduledDays = after.scheduledDays;
        r.dueMs = after.dueMs;
        r.responseMs = a.responseMs;
        r.recall = card.state == fsrs::State::New || card.stability <= 0
                       ? -1
                       : scheduler.forgettingCurve(elapsed, card.stability);
        out.reviews.append(r);
        card = after;
    }
    if (!answers.isEmpty())
        out.card = card;
    return out;
}
