#include "studysimulator.h"

#include "examschedule.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kStudyTimeMs = 10 * 3'600'000; // a simulated day's answers start mid-morning
constexpr int kMaxAnswersADay = 64;              // learning steps of one day, as a guard

/** splitmix64: a small, fast stream that any seed starts well. */
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    double next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return static_cast<double>(z >> 11) * 0x1.0p-53;
    }

private:
    quint64 m_state;
};

template<size_t N>
int pick(const std::array<double, N> &shares, double u)
{
    double sum = 0;
    for (size_t i = 0; i + 1 < N; ++i) {
        sum += shares[i];
        if (u < sum)
            return static_cast<int>(i);
    }
    return N - 1;
}

fsrs::Settings withoutFuzz(fsrs::Settings settings)
{
    settings.enableFuzz = false;
    return settings;
}

qint64 dayOfMs(qint64 ms)
{
    return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
}

} // namespace

StudySimulator::StudySimulator(const fsrs::Settings &settings, const AnswerHabits &habits)
    : m_scheduler(withoutFuzz(settings))
    , m_habits(habits)
{
}

void StudySimulator::setExam(const ExamSchedule *exam, int daysLeft)
{
    m_exam = exam;
    m_examDaysLeft = daysLeft;
}

StudySimulator::Result StudySimulator::run(const std::vector<SimulatedCard> &cards, int days) const
{
    Result result;
    days = std::max(0, days);
    result.answersPerDay.assign(days, 0.0);
    result.recallAtEnd.assign(cards.size(), 0.0);
    int newIndex = m_newDoneToday;
    const double perDay = std::max(0.0, m_newPerDay);
    for (size_t i = 0; i < cards.size(); ++i) {
        const SimulatedCard &card = cards[i];
        int introducedOn = 0;
        if (card.isNew) {
            introducedOn = perDay > 0 ? static_cast<int>(std::min<double>(days, std::floor(newIndex / perDay))) : days;
            ++newIndex;
            if (introducedOn < days)
                ++result.introduced;
        }
        double recall = 0;
        for (int s = 0; s < m_samples; ++s) {
            const quint64 seed = m_seed * 0x9e3779b97f4a7c15ULL ^ (quint64(card.cardId) << 8) ^ quint64(s);
            recall += simulate(card, introducedOn, days, seed, result.answersPerDay);
        }
        result.recallAtEnd[i] = recall / m_samples;
        if (m_progress && (i & 255) == 255 && !m_progress(double(i + 1) / cards.size())) {
            result.cancelled = true;
            return result;
        }
    }
    for (double &a : result.answersPerDay)
        a /= m_samples;
    return result;
}

double StudySimulator::simulate(const SimulatedCard &start, int introducedOn, int days, quint64 seed,
                                std::vector<double> &answers) const
{
    Random random(seed);
    fsrs::Card card;
    int lastDay = 0;
    int dueDay = 0;
    if (start.isNew) {
        dueDay = introducedOn;
    } else {
        card.state = start.state;
        card.stability = start.stability;
        card.difficulty = start.difficulty;
        card.reps = 1;
        lastDay = start.lastDay;
        card.lastReviewMs = lastDay * kDayMs + kStudyTimeMs;
        dueDay = std::max(0, start.dueDay);
    }
    bool answered = !start.isNew;
    while (dueDay < days) {
        const int day = dueDay;
        qint64 now = day * kDayMs + kStudyTimeMs;
        const int elapsed = answered ? std::max(0, day - lastDay) : 0;
        fsrs::Rating rating;
        if (card.state == fsrs::State::New) {
            rating = static_cast<fsrs::Rating>(1 + pick(m_habits.firstAnswer, random.next()));
        } else {
            const double recall = m_scheduler.forgettingCurve(
                elapsed, std::max(card.stability, fsrs::Scheduler::kMinStability));
            rating = random.next() < recall
                         ? static_cast<fsrs::Rating>(2 + pick(m_habits.recalled, random.next()))
                         : fsrs::Rating::Again;
        }
        card = m_scheduler.next(card, now, elapsed, rating);
        answers[day] += 1;
        answered = true;
        lastDay = day;
        // The day's learning steps, each recalled: the card was just seen.
        const qint64 dayEnd = (day + 1) * kDayMs;
        for (int step = 0; step < kMaxAnswersADay && card.state != fsrs::State::Review
                           && card.dueMs < dayEnd; ++step) {
            now = std::max(now, card.dueMs);
            card = m_scheduler.next(card, now, 0, fsrs::Rating::Good);
        }
        int next = static_cast<int>(std::max<qint64>(day + 1, dayOfMs(card.dueMs)));
        if (m_exam && card.state == fsrs::State::Review && day < m_examDaysLeft)
            next = day + m_exam->cappedDays(next - day, card.stability, m_examDaysLeft - day);
        dueDay = next;
    }
    if (!answered)
        return 0;
    // A last answer after today (a clock that was ahead) counts as today's.
    return m_scheduler.forgettingCurve(std::max(0, days - lastDay),
                                       std::max(card.stability, fsrs::Scheduler::kMinStability));
}
