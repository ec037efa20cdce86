#include "daynumbers.h"

#include <algorithm>

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

DayNumbers::DayNumbers(const StudyDay &day, qint64 fromMs, qint64 toMs)
    : m_day(day)
    , m_fromMs(fromMs)
    , m_toMs(toMs)
    , m_rolloverMs(qint64(day.rolloverHour()) * 3600000)
{
    const QTimeZone &zone = day.zone();
    // A day's margin on each side; the offset in force before the first transition.
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()).addDays(-1);
    m_fixedOffset = zone.offsetFromUtc(from);
    if (!zone.hasTransitions())
        return;
    const QTimeZone::OffsetDataList transitions =
        zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()).addDays(1));
    m_offsets.push_back(m_fixedOffset);
    for (const QTimeZone::OffsetData &t : transitions) {
        m_transitions.push_back(t.atUtc.toMSecsSinceEpoch());
        m_offsets.push_back(t.offsetFromUtc);
    }
}

int DayNumbers::offsetAt(qint64 ms) const
{
    if (m_transitions.empty())
        return m_fixedOffset;
    const auto at = std::upper_bound(m_transitions.begin(), m_transitions.end(), ms);
    return m_offsets[size_t(at - m_transitions.begin())];
}

qint64 DayNumbers::dayOf(qint64 ms) const
{
    if (ms < m_fromMs || ms > m_toMs)
        return m_day.dayOf(ms).toJulianDay();
    const qint64 local = ms + qint64(offsetAt(ms)) * 1000;
    return floorDiv(local - m_rolloverMs, kDayMs) + kJulianDayOfEpoch;
}

int DayNumbers::daysBetween(qint64 fromMs, qint64 toMs) const
{
    return int(std::max<qint64>(0, dayOf(toMs) - dayOf(fromMs)));
}
