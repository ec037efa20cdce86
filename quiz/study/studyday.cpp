#include "studyday.h"

#include <algorithm>

StudyDay::StudyDay(int rolloverHour, const QTimeZone &zone)
    : m_rolloverHour(std::clamp(rolloverHour, 0, 23))
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

QDate StudyDay::dayOf(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return local.time().hour() < m_rolloverHour ? local.date().addDays(-1) : local.date();
}

qint64 StudyDay::startOf(const QDate &day) const
{
    // A rollover hour that a daylight-saving jump skips starts the day at the first valid time.
    return QDateTime(day, QTime(m_rolloverHour, 0), m_zone).toMSecsSinceEpoch();
}

qint64 StudyDay::startOfDay(qint64 ms) const
{
    return startOf(dayOf(ms));
}

qint64 StudyDay::startOfNextDay(qint64 ms) const
{
    return startOf(dayOf(ms).addDays(1));
}

int StudyDay::daysBetween(qint64 fromMs, qint64 toMs) const
{
    return static_cast<int>(std::max<qint64>(0, dayOf(fromMs).daysTo(dayOf(toMs))));
}

