#include "examschedule.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 kDayMs = 86'400'000;
}


ExamSchedule::ExamSchedule(const StudySettings &settings, const StudyDay &day,
                           const fsrs::Scheduler &scheduler)
    : m_settings(settings.normalized())
    , m_day(day)
    , m_scheduler(&scheduler)
    , m_exam(m_settings.examDate)
    , m_examStartMs(m_exam.isValid() ? day.startOf(m_exam) : 0)
{
}

int ExamSchedule::daysLeft(qint64 nowMs) const
{
    return hasDate() ? static_cast<int>(m_day.dayOf(nowMs).daysTo(m_exam)) : 0;
}

int ExamSchedule::leadDays(int daysLeft)
{
    // A week for a new card's first reviews; a quarter of the time when the exam is close.
    return std::clamp(daysLeft / 4, 0, 7);
}

int ExamSchedule::neededNewPerDay(int newCardsLeft, qint64 nowMs) const
{
    if (newCardsLeft <= 0 || !isAhead(nowMs))
        return 0;
    const int left = daysLeft(nowMs);
    const int days = std::max(1, left - leadDays(left));
    return (newCardsLeft + days - 1) / days;
}

int ExamSchedule::newPerDay(int newCardsLeft, qint64 nowMs) const
{
    if (!m_settings.examPacesNewCards)
        return m_settings.newPerDay;
    return std::max(m_settings.newPerDay, neededNewPerDay(newCardsLeft, nowMs));
}

double ExamSchedule::targetDays(double stability) const
{
    // The forgetting curve solved for time: R = (1 + factor t / S)^decay.
    const double s = std::max(stability, fsrs::Scheduler::kMinStability);
    return s / m_scheduler->factor() * (std::pow(m_settings.examRetention, 1 / m_scheduler->decay()) - 1);
}

double ExamSchedule::recallOnExamDay(qint64 lastReviewMs, double stability) const
{
    const int days = std::max<qint64>(0, m_day.dayOf(lastReviewMs).daysTo(m_exam));
    return m_scheduler->forgettingCurve(days, std::max(stability, fsrs::Scheduler::kMinStability));
}

int ExamSchedule::cappedDays(int dueInDays, double stability, int daysLeft) const
{
    if (!m_settings.examCapsIntervals || daysLeft <= 1 || dueInDays < daysLeft)
        return dueInDays; // no cap, no day left to move it to, or back before the exam anyway
    const double s = std::max(stability, fsrs::Scheduler::kMinStability);
    if (m_scheduler->forgettingCurve(daysLeft, s) >= m_settings.examRetention)
        return dueInDays;
    // The first day from which a review still reaches the target: as far from the exam as that allows.
    const int earliest = daysLeft - static_cast<int>(std::floor(targetDays(s)));
    return std::clamp(earliest, 1, daysLeft - 1);
}

fsrs::Card ExamSchedule::capped(const fsrs::Card &after, qint64 nowMs) const
{
    if (after.state != fsrs::State::Review || !hasDate())
        return after;
    return capped(after, nowMs, m_day.dayOf(nowMs).toJulianDay(), m_day.dayOf(after.dueMs).toJulianDay());
}

fsrs::Card ExamSchedule::capped(const fsrs::Card &after, qint64 nowMs, qint64 today, qint64 dueDay) const
{
    if (after.state != fsrs::State::Review || !hasDate())
        return after;
    const int left = static_cast<int>(m_exam.toJulianDay() - today);
    const int dueIn = static_cast<int>(dueDay - today);
    const int days = left > 0 ? cappedDays(dueIn, after.stability, left) : dueIn;
    if (days == dueIn)
        return after;
    fsrs::Card out = after;
    // Whole days from the answer, as the scheduler counts an interval; never into exam day,
    // which a daylight-saving change near the rollover hour could otherwise reach.
    out.dueMs = std::min(nowMs + days * kDayMs, m_examStartMs - 1);
    out.scheduledDays = days;
    return out;
}

std::optional<fsrs::Card> ExamSchedule::broughtForward(const fsrs::Card &card, qint64 nowMs) const
{
    if (card.state != fsrs::State::Review || !card.lastReviewMs || !isAhead(nowMs))
        return std::nullopt;
    fsrs::Card out = capped(card, *card.lastReviewMs);
    if (out.dueMs >= card.dueMs)
        return std::nullopt;
    return out; // a day already past is simply overdue: due now, as a replay has it
}
