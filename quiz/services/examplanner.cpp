#include "examplanner.h"

#include "daynumbers.h"
#include "deckstore.h"
#include "examschedule.h"
#include "statsstore.h"
#include "studyqueue.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kYearMs = 366LL * 86'400'000;
constexpr int kHabitAnswers = 100;      // answers of a kind before the learner's own shares count
constexpr int kCardRuns = 200'000;      // card simulations a forecast affords: more cards, fewer samples
constexpr int kWorkloadCards = 2'000;   // the workload curve simulates at most this many cards…
constexpr int kWorkloadRuns = 8'000;    // …and this many card runs per retention

/** A share of the simulations' progress: part @p index of @p count. */
std::function<bool(double)> part(const std::function<bool(double)> &progress, int index, int count)
{
    if (!progress)
        return {};
    return [progress, index, count](double done) { return progress((index + done) / count); };
}

} // namespace

ExamPlanner::ExamPlanner(const DeckStore *store, const StudySettings &settings, const StudyDay &day)
    : m_store(store)
    , m_settings(settings.normalized())
    , m_day(day)
{
}

AnswerHabits ExamPlanner::habits() const
{
    AnswerHabits habits;
    const auto counts = StatsStore(*m_store).studyRatingCounts();
    if (!counts)
        return habits;
    const std::array<int, 4> &first = (*counts)[0];
    const int firsts = first[0] + first[1] + first[2] + first[3];
    if (firsts >= kHabitAnswers) {
        for (int i = 0; i < 4; ++i)
            habits.firstAnswer[i] = double(first[i]) / firsts;
    }
    const std::array<int, 4> &review = (*counts)[1];
    const int recalled = review[1] + review[2] + review[3];
    if (recalled >= kHabitAnswers) {
        for (int i = 0; i < 3; ++i)
            habits.recalled[i] = double(review[i + 1]) / recalled;
    }
    return habits;
}

std::optional<ExamPlanner::Cards> ExamPlanner::readCards(qint64 nowMs) const
{
    Cards out;
    const DayNumbers days(m_day, nowMs - 10 * kYearMs, nowMs + 10 * kYearMs);
    const qint64 today = days.dayOf(nowMs);
    StatsStore(*m_store).forEachCardInStudyWithDue([&](const CardMemory &c) {
        SimulatedCard card;
        card.cardId = c.cardId;
        card.isNew = !c.studied;
        if (c.studied) {
            if (std::isnan(c.stability) || std::isnan(c.difficulty)) {
                card.isNew = true; // a card without memory starts as new would
            } else {
                card.state = static_cast<fsrs::State>(c.state);
                card.stability = c.stability;
                card.difficulty = c.difficulty;
                card.lastDay = static_cast<int>(std::min<qint64>(0, days.dayOf(c.lastReviewMs) - today));
                card.dueDay = static_cast<int>(std::max<qint64>(0, days.dayOf(c.dueMs) - today));
            }
        }
        out.newCards += card.isNew ? 1 : 0;
        out.cards.push_back(card);
        out.factIds.push_back(c.factId);
    });
    return out;
}

std::optional<ExamForecast> ExamPlanner::forecast(qint64 nowMs, const std::function<bool(double)> &progress) const
{
    if (!m_settings.examDate.isValid())
        return std::nullopt;
    const fsrs::Scheduler scheduler(m_settings.schedulerSettings());
    const ExamSchedule exam(m_settings, m_day, scheduler);
    std::optional<Cards> read = readCards(nowMs);
    if (!read)
        return std::nullopt;

    ExamForecast f;
    f.examDate = m_settings.examDate;
    f.daysLeft = exam.daysLeft(nowMs);
    f.cards = static_cast<int>(read->cards.size());
    f.newCards = read->newCards;
    f.newLimit = m_settings.newPerDay;
    f.reviewLimit = m_settings.reviewsPerDay;
    // The pace as the study queue keeps it: from the new cards left when the day began.
    const StudyQueueStore queueStore(*m_store);
    const int newDone = StudyQueue::answersOfDay(queueStore, m_day, nowMs).newDone;
    f.neededNewPerDay = exam.neededNewPerDay(f.newCards + newDone, nowMs);
    f.plannedNewPerDay = exam.newPerDay(f.newCards + newDone, nowMs);
    f.introduceBy = f.plannedNewPerDay > 0 ? (f.newCards + newDone + f.plannedNewPerDay - 1) / f.plannedNewPerDay : 0;

    // Until exam day; on or after it, recall today.
    const int days = std::max(0, f.daysLeft);
    StudySimulator simulator(m_settings.schedulerSettings(), habits());
    simulator.setExam(&exam, days);
    simulator.setNewPerDay(f.plannedNewPerDay);
    simulator.setNewDoneToday(newDone);
    simulator.setSamples(std::clamp(kCardRuns / std::max(1, f.cards), 1, 32));
    simulator.setSeed(quint64(m_settings.examDate.toJulianDay()));
    if (progress)
        simulator.setProgress(progress);
    const StudySimulator::Result result = simulator.run(read->cards, days);
    if (result.cancelled)
        return std::nullopt;

    f.newOnExamDay = f.newCards - result.introduced;
    double sum = 0;
    for (double a : result.answersPerDay) {
        sum += a;
        f.peakAnswers = std::max(f.peakAnswers, a);
    }
    f.answersPerDay = days > 0 ? sum / days : 0;
    double known = 0;
    for (size_t i = 0; i < read->cards.size(); ++i) {
        const double recall = result.recallAtEnd[i];
        known += recall;
        const qint64 factId = read->factIds[i];
        if (factId == 0)
            continue;
        FactRecall &r = f.facts[factId];
        r.factId = factId;
        if (r.cards == 0)
            r.lowest = 1;
        ++r.cards;
        r.mean += recall;
        r.lowest = std::min(r.lowest, recall);
        // Seen by exam day: introduced (a card of no recall at all was never introduced).
        r.studied += recall > 0 ? 1 : 0;
    }
    for (FactRecall &r : f.facts)
        r.mean /= std::max(1, r.cards);
    f.expectedKnown = f.cards > 0 ? known / f.cards : 0;
    return f;
}

std::vector<WorkloadPoint> ExamPlanner::workload(qint64 nowMs, double from, double to, double step, int days,
                                                 const std::function<bool(double)> &progress) const
{
    std::optional<Cards> read = readCards(nowMs);
    if (!read || step <= 0 || to < from)
        return {};
    // A large collection is simulated through an even sample of its cards, scaled back up.
    std::vector<SimulatedCard> cards;
    const size_t total = read->cards.size();
    const size_t stride = std::max<size_t>(1, (total + kWorkloadCards - 1) / kWorkloadCards);
    for (size_t i = 0; i < total; i += stride)
        cards.push_back(read->cards[i]);
    const double scale = cards.empty() ? 0 : double(total) / cards.size();
    const AnswerHabits learner = habits();
    const int count = static_cast<int>(std::floor((to - from) / step + 1e-9)) + 1;
    std::vector<WorkloadPoint> points;
    for (int i = 0; i < count; ++i) {
        StudySettings settings = m_settings;
        settings.desiredRetention = std::round((from + i * step) * 1000) / 1000;
        StudySimulator simulator(settings.schedulerSettings(), learner);
        // The sample's share of the learner's new cards, so the pace stays the same.
        simulator.setNewPerDay(m_settings.newPerDay / scale);
        simulator.setSamples(std::clamp(kWorkloadRuns / std::max<int>(1, int(cards.size())), 1, 8));
        simulator.setSeed(7);
        simulator.setProgress(part(progress, i, count));
        const StudySimulator::Result result = simulator.run(cards, days);
        if (result.cancelled)
            return {};
        WorkloadPoint p;
        p.retention = settings.desiredRetention;
        double sum = 0;
        for (double a : result.answersPerDay)
            sum += a;
        p.answersPerDay = days > 0 ? sum / days * scale : 0;
        double known = 0;
        for (double r : result.recallAtEnd)
            known += r;
        p.knownAtEnd = cards.empty() ? 0 : known / cards.size();
        points.push_back(p);
        if (progress && !progress(double(i + 1) / count))
            return {};
    }
    return points;
}

std::vector<ReplayedCard> ExamPlanner::cardsToBringForward(qint64 nowMs) const
{
    std::vector<ReplayedCard> out;
    const fsrs::Scheduler scheduler(m_settings.schedulerSettings());
    const ExamSchedule exam(m_settings, m_day, scheduler);
    if (!exam.isAhead(nowMs) || !m_settings.examCapsIntervals)
        return out;
    // A first pass over the memory of every studied card, then each card to move read whole.
    QList<qint64> candidates;
    const qint64 examStart = m_day.startOf(m_settings.examDate);
    StatsStore(*m_store).forEachStudiedCardInStudy([&](const CardMemory &c) {
        if (c.state != int(fsrs::State::Review) || c.dueMs < examStart || std::isnan(c.stability))
            return;
        fsrs::Card card;
        card.state = fsrs::State::Review;
        card.stability = c.stability;
        card.dueMs = c.dueMs;
        card.lastReviewMs = c.lastReviewMs;
        if (exam.broughtForward(card, nowMs))
            candidates.append(c.cardId);
    });
    for (qint64 id : std::as_const(candidates)) {
        const std::optional<CardInfo> info = m_store->card(id);
        if (!info)
            continue;
        fsrs::Card card;
        card.state = info->state;
        card.step = info->step;
        card.stability = info->stability;
        card.difficulty = info->difficulty;
        card.dueMs = info->dueMs;
        card.lastReviewMs = info->lastReviewMs;
        card.reps = info->reps;
        card.lapses = info->lapses;
        card.scheduledDays = info->scheduledDays;
        if (const std::optional<fsrs::Card> moved = exam.broughtForward(card, nowMs))
            out.push_back({id, *moved});
    }
    return out;
}
