#pragma once

// Learners whose memory follows FSRS-6 with parameters we choose: the optimizer's test and
// benchmark fit their logs and compare the fit with the truth. Each card is studied through
// Portdeck's scheduler (learning steps 1m 10m, relearning 10m); every review comes 0.5–2× its
// interval late or early, as real learners come, and is recalled with the true model's chance.

#include "fsrs.h"
#include "trainingset.h"

#include <QtGlobal>

#include <cmath>
#include <queue>
#include <random>
#include <vector>

namespace testsupport {

/** Defaults except w0 = 0.5, w2 = 4.0, w20 = 0.35: the learner of ../shared/FSRS.md §4. */
inline fsrs::Weights simulatedTruth()
{
    fsrs::Weights w = fsrs::defaultWeights();
    w[0] = 0.5;
    w[2] = 4.0;
    w[20] = 0.35;
    return w;
}

/** About @p reviews answers of a learner who starts @p newPerDay cards a day, from 2026-01-01. */
inline std::vector<fsrs::LoggedReview> simulateLearner(const fsrs::Weights &truth, int reviews,
                                                       int newPerDay, quint64 seed)
{
    constexpr qint64 kDay = 86400000;
    constexpr qint64 kStart = 1767290400000; // 2026-01-01 18:00 UTC
    fsrs::Settings settings;
    settings.parameters.assign(truth.begin(), truth.end());
    const fsrs::Scheduler scheduler(settings);
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0, 1);

    struct Due
    {
        qint64 timeMs;
        int card;
        bool operator>(const Due &o) const { return timeMs != o.timeMs ? timeMs > o.timeMs : card > o.card; }
    };
    std::priority_queue<Due, std::vector<Due>, std::greater<>> queue;
    std::vector<fsrs::Card> cards;
    std::vector<fsrs::LoggedReview> log;
    log.reserve(size_t(reviews));
    const int cardCount = std::max(1, reviews / 8);
    for (int c = 0; c < cardCount; ++c)
        queue.push({kStart + (c / newPerDay) * kDay + (c % newPerDay) * 30000, c});
    cards.resize(size_t(cardCount));
    while (int(log.size()) < reviews && !queue.empty()) {
        const Due next = queue.top();
        queue.pop();
        fsrs::Card &card = cards[size_t(next.card)];
        const qint64 now = next.timeMs;
        fsrs::Rating rating;
        const double roll = uniform(random);
        if (card.state == fsrs::State::New) {
            rating = roll < 0.2 ? fsrs::Rating::Again : roll < 0.35 ? fsrs::Rating::Hard
                     : roll < 0.9 ? fsrs::Rating::Good : fsrs::Rating::Easy;
        } else {
            const double days = double(now - *card.lastReviewMs) / kDay;
            const double recall = std::pow(1 + scheduler.factor() * days / std::max(card.stability, 0.001),
                                           scheduler.decay());
            const double kind = uniform(random);
            rating = roll >= recall ? fsrs::Rating::Again
                     : kind < 0.15  ? fsrs::Rating::Hard
                     : kind < 0.9   ? fsrs::Rating::Good
                                    : fsrs::Rating::Easy;
        }
        const int elapsed = card.lastReviewMs ? int(now / kDay - *card.lastReviewMs / kDay) : 0;
        log.push_back({next.card + 1, now, int(rating), int(card.state)});
        card = scheduler.next(card, now, elapsed, rating);
        qint64 when = card.dueMs;
        if (card.scheduledDays > 0) {
            const double late = 0.5 + 1.5 * uniform(random);
            when = (now / kDay + std::max<qint64>(1, std::llround(card.scheduledDays * late))) * kDay
                   + (now % kDay);
        }
        queue.push({when, next.card});
    }
    return log;
}

/** Calendar days of UTC: the study day the simulations use. */
inline qint64 utcDay(qint64 ms)
{
    return ms / 86400000;
}

} // namespace testsupport
