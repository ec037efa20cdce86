#include "progress.h"

#include "deckstore.h"
#include "studyqueue.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <limits>

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kAnswerTimeCapMs = 60 * 1000;
constexpr int kLongestStreak = 10 * 366;

} // namespace

Mastery masteryFor(double recall)
{
    if (recall < 0.7)
        return Mastery::Weak;
    if (recall < 0.9)
        return Mastery::Shaky;
    return Mastery::Solid;
}

int Histogram::total() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

ProgressStats::ProgressStats(const DeckStore *store, const StudyDay &day, const fsrs::Scheduler &scheduler,
                             const StudySettings &settings)
    : m_store(store)
    , m_stats(*store)
    , m_day(day)
    , m_scheduler(scheduler)
    , m_settings(settings.normalized())
{
}

ProgressStats::ProgressStats(const DeckStore *store, const StudyDay &day, const fsrs::Scheduler &scheduler)
    : ProgressStats(store, day, scheduler, store->studySettings())
{
}

ProgressStats ProgressStats::forLearner(const DeckStore *store)
{
    const StudySettings settings = store->studySettings().normalized();
    return ProgressStats(store, StudyDay(settings.rolloverHour), fsrs::Scheduler(settings.schedulerSettings()),
                         settings);
}

qint64 ProgressStats::masteryMomentMs(qint64 nowMs)
{
    return nowMs + kMasteryHorizonDays * kDayMs;
}

QList<qint64> ProgressStats::dayBounds(const QDate &first, int count) const
{
    QList<qint64> bounds;
    bounds.reserve(count + 1);
    for (int i = 0; i <= count; ++i)
        bounds.append(m_day.startOf(first.addDays(i)));
    return bounds;
}

TodaySummary ProgressStats::today(qint64 nowMs) const
{
    TodaySummary s;
    const QDate today = m_day.dayOf(nowMs);
    const qint64 start = m_day.startOf(today);
    const qint64 end = m_day.startOf(today.addDays(1));
    if (const std::optional<AnswerTotals> t = m_stats.answerTotals(start, end, kAnswerTimeCapMs)) {
        const int all = t->answers;
        s.studied = t->study;
        s.practiced = all - s.studied;
        s.correct = t->correct;
        s.timeMs = t->timeMs;
        s.activeToday = all > 0;
    }

    // The streak: days in a row with an answer, counted back from today; a day not yet
    // studied today does not break it until the day is over.
    const QDate last = s.activeToday ? today : today.addDays(-1);
    s.streak = m_stats.rangesWithAnswersInARow(
        [&](int i) {
            const QDate day = last.addDays(-i);
            return std::pair(m_day.startOf(day), m_day.startOf(day.addDays(1)));
        },
        kLongestStreak);

    // What is due, and the new cards of the day, exactly as the Study page's queue has them.
    const StudyQueue queue = StudyQueue::build(StudyQueueStore(*m_store), m_settings, m_day, nowMs);
    s.dueToday = queue.due();
    s.newToday = static_cast<int>(queue.newCards.size());
    s.newLeft = m_stats.newCardsInStudy().value_or(0);
    return s;
}

QList<DayActivity> ProgressStats::activity(qint64 nowMs, int days) const
{
    days = std::max(1, days);
    const QDate first = m_day.dayOf(nowMs).addDays(1 - days);
    QList<DayActivity> out(days);
    for (int i = 0; i < days; ++i)
        out[i].day = first.addDays(i);
    const QList<qint64> bounds = dayBounds(first, days);
    for (const RangeAnswers &a : m_stats.answersPerRange(bounds)) {
        DayActivity &d = out[a.range];
        const int rating = std::clamp(a.rating, 1, 4);
        if (a.study)
            d.ratings[rating - 1] += a.count;
        else
            d.practiced += a.count;
    }
    return out;
}

QList<int> ProgressStats::forecast(qint64 nowMs, int days) const
{
    days = std::max(1, days);
    QList<qint64> bounds = dayBounds(m_day.dayOf(nowMs), days);
    bounds.first() = std::numeric_limits<qint64>::min(); // overdue cards count today
    QList<int> out(days, 0);
    for (const RangeCount &c : m_stats.dueCardsPerRange(bounds))
        out[c.range] = c.count;
    return out;
}

QList<WeekRetention> ProgressStats::retention(qint64 nowMs, int weeks) const
{
    weeks = std::max(1, weeks);
    const QDate today = m_day.dayOf(nowMs);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate first = monday.addDays(-7 * (weeks - 1));
    QList<qint64> bounds;
    QList<WeekRetention> out(weeks);
    for (int i = 0; i <= weeks; ++i) {
        bounds.append(m_day.startOf(first.addDays(7 * i)));
        if (i < weeks)
            out[i].start = first.addDays(7 * i);
    }
    for (const RangeRetention &r : m_stats.retentionPerRange(bounds)) {
        WeekRetention &w = out[r.range];
        w.reviews = r.reviews;
        w.recalled = r.recalled;
        w.predictedCount = r.predictedCount;
        w.predictedSum = r.predictedSum;
    }
    return out;
}

namespace {

const QList<double> kStabilityEdges{0, 1, 7, 30, 90, 365};
const QList<double> kDifficultyEdges{1, 2, 3, 4, 5, 6, 7, 8, 9};

} // namespace

MemoryFigures ProgressStats::memory(qint64 nowMs) const
{
    MemoryFigures out;
    out.stability = {kStabilityEdges, QList<int>(kStabilityEdges.size(), 0)};
    out.difficulty = {kDifficultyEdges, QList<int>(kDifficultyEdges.size(), 0)};
    // Bin i holds values from edges[i] up to edges[i + 1]; below edges[1] is bin 0, the last
    // bin is open, and a card without the value counts in the last.
    auto binOf = [](double value, const QList<double> &edges) {
        for (qsizetype i = 1; i < edges.size(); ++i) {
            if (value < edges.at(i))
                return i - 1;
        }
        return edges.size() - 1;
    };
    const qint64 at = masteryMomentMs(nowMs);
    m_stats.forEachCardInStudy([&](const CardMemory &c) {
        if (c.state != 0) {
            ++out.stability.counts[binOf(c.stability, kStabilityEdges)];
            ++out.difficulty.counts[binOf(c.difficulty, kDifficultyEdges)];
        }
        if (c.factId == 0)
            return;
        FactRecall &f = out.facts[c.factId];
        f.factId = c.factId;
        ++f.cards;
        if (!c.studied)
            return;
        const double r = m_scheduler.recallAt(c.lastReviewMs, c.stability, at);
        f.lowest = f.studied == 0 ? r : std::min(f.lowest, r);
        f.mean = (f.mean * f.studied + r) / (f.studied + 1);
        ++f.studied;
    });
    return out;
}

std::pair<Histogram, Histogram> ProgressStats::histograms() const
{
    const MemoryFigures figures = memory(0);
    return {figures.stability, figures.difficulty};
}

Histogram ProgressStats::stability() const
{
    return histograms().first;
}

Histogram ProgressStats::difficulty() const
{
    return histograms().second;
}

QHash<qint64, FactRecall> ProgressStats::factRecall(qint64 nowMs) const
{
    return memory(nowMs).facts;
}

QList<qint64> ProgressStats::weakestCards(qint64 nowMs, int limit) const
{
    const qint64 at = masteryMomentMs(nowMs);
    QList<qint64> out;
    struct Candidate
    {
        double recall;
        qint64 due;
        qint64 id;
        bool operator<(const Candidate &o) const { return std::tie(recall, due, id) < std::tie(o.recall, o.due, o.id); }
    };
    QList<Candidate> all;
    m_stats.forEachStudiedCardInStudy([&](const CardMemory &c) {
        if (c.studied)
            all.append({m_scheduler.recallAt(c.lastReviewMs, c.stability, at), c.dueMs, c.cardId});
    });
    const qsizetype n = std::min<qsizetype>(std::max(0, limit), all.size());
    std::partial_sort(all.begin(), all.begin() + n, all.end());
    for (qsizetype i = 0; i < n; ++i)
        out.append(all.at(i).id);
    return out;
}

QList<RecallPoint> ProgressStats::recallCurve(const QList<ReviewEntry> &reviews,
                                              const fsrs::Scheduler &scheduler, qint64 nowMs,
                                              qint64 untilMs, int samples)
{
    QList<RecallPoint> out;
    samples = std::max(2, samples);
    QList<const ReviewEntry *> answers;
    for (const ReviewEntry &e : reviews) {
        if (e.kind == QLatin1String("study") && e.stateAfter != CardState::New && e.stability > 0)
            answers.append(&e);
    }
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const ReviewEntry &e = *answers.at(i);
        const qint64 from = e.timeMs;
        const qint64 to = i + 1 < answers.size() ? answers.at(i + 1)->timeMs : std::max(untilMs, from);
        auto point = [&](qint64 ms) {
            return RecallPoint{ms, scheduler.recallAt(from, e.stability, ms), ms > nowMs};
        };
        for (int k = 0; k < samples; ++k) {
            const qint64 ms = from + (to - from) * k / (samples - 1);
            // The moment "now" is a point of its own, so the drawn curve splits exactly there.
            if (k > 0 && out.constLast().ms < nowMs && ms > nowMs)
                out.append(point(nowMs));
            out.append(point(ms));
            if (to == from)
                break;
        }
    }
    return out;
}
