#include "rescheduler.h"

#include "daynumbers.h"
#include "examschedule.h"

#include <atomic>
#include <limits>
#include <thread>

namespace {

// Replays the cards whose answers start at runs[begin..end).
bool replayRange(const std::vector<fsrs::LoggedReview> &answers, const std::vector<size_t> &runs, size_t begin,
                 size_t end, const fsrs::Scheduler &exact, const fsrs::Scheduler &memoryOnly, const DayNumbers &day,
                 const ExamSchedule *exam, std::vector<ReplayedCard> *out, std::atomic<qint64> *done, const std::atomic<bool> &cancelled)
{
    for (size_t r = begin; r < end; ++r) {
        if ((r & 1023) == 0 && cancelled.load(std::memory_order_relaxed))
            return false;
        const size_t first = runs[r];
        const size_t last = runs[r + 1];
        fsrs::Card card;
        for (size_t i = first; i < last; ++i) {
            const fsrs::LoggedReview &a = answers[i];
            const int elapsed = card.state == fsrs::State::New || !card.lastReviewMs
                                    ? 0
                                    : day.daysBetween(*card.lastReviewMs, a.timeMs);
            // Only the last answer's interval is kept, and the fuzz moves nothing else: the
            // answers before it are replayed without it, which is much faster.
            if (i + 1 == last) {
                card = exact.next(card, a.timeMs, elapsed, fsrs::Rating(a.rating),
                                  fsrs::Scheduler::cardSeed(a.seed, card.reps + 1));
                // As the study session answered it: the exam date may have brought it forward.
                if (exam && card.state == fsrs::State::Review)
                    card = exam->capped(card, a.timeMs, day.dayOf(a.timeMs), day.dayOf(card.dueMs));
            } else {
                card = memoryOnly.next(card, a.timeMs, elapsed, fsrs::Rating(a.rating));
            }
        }
        (*out)[r] = {answers[runs[r]].cardId, card};
        done->fetch_add(1, std::memory_order_relaxed);
    }
    return true;
}

} // namespace

std::optional<std::vector<ReplayedCard>> Rescheduler::replay(const std::vector<fsrs::LoggedReview> &answers,
                                                           const fsrs::Scheduler &scheduler, const StudyDay &day,
                                                           const Progress &progress, const ExamSchedule *exam)
{
    std::vector<size_t> runs; // where each card's answers start, and the end
    for (size_t i = 0; i < answers.size(); ++i)
        if (i == 0 || answers[i].cardId != answers[i - 1].cardId)
            runs.push_back(i);
    const size_t cards = runs.size();
    runs.push_back(answers.size());
    fsrs::Settings withoutFuzz = scheduler.settings();
    withoutFuzz.enableFuzz = false;
    const fsrs::Scheduler memoryOnly(withoutFuzz);
    qint64 firstMs = answers.empty() ? 0 : std::numeric_limits<qint64>::max();
    qint64 lastMs = answers.empty() ? 0 : std::numeric_limits<qint64>::min();
    for (const fsrs::LoggedReview &a : answers) {
        firstMs = std::min(firstMs, a.timeMs);
        lastMs = std::max(lastMs, a.timeMs);
    }
    // With an exam, the cap looks up the study day of due dates too, up to an interval ahead.
    constexpr qint64 kDayMs = 86'400'000;
    const DayNumbers days(day, firstMs,
                          exam ? lastMs + (qint64(scheduler.settings().maximumInterval) + 2) * kDayMs : lastMs);

    std::vector<ReplayedCard> out(cards);
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    const bool twoThreads = answers.size() > 20000 && std::thread::hardware_concurrency() > 1;
    const size_t half = twoThreads ? cards / 2 : cards;
    std::atomic<bool> secondOk{true};
    std::thread second;
    if (twoThreads) {
        second = std::thread([&] {
            secondOk = replayRange(answers, runs, half, cards, scheduler, memoryOnly, days, exam, &out, &done, cancelled);
        });
    }
    bool ok = true;
    // The caller's thread reports progress between its own slices of cards.
    for (size_t begin = 0; begin < half && ok;) {
        const size_t end = std::min(half, begin + 2048);
        ok = replayRange(answers, runs, begin, end, scheduler, memoryOnly, days, exam, &out, &done, cancelled);
        begin = end;
        if (ok && progress && !progress(done.load(), qint64(cards))) {
            cancelled = true;
            ok = false;
        }
    }
    if (second.joinable())
        second.join();
    if (!ok || !secondOk)
        return std::nullopt;
    if (progress && !progress(qint64(cards), qint64(cards)))
        return std::nullopt;
    return out;
}
