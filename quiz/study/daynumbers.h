#pragma once

#include "studyday.h"

#include <vector>

/**
 * StudyDay::dayOf as a day number for many times at once, without a QDateTime each: the zone's
 * offsets over a span of time are looked up once (its transitions), and a time's study day is
 * then (UTC + offset − rollover) in whole days. The same days StudyDay gives (tst_studyday
 * compares them across daylight-saving changes), at a fraction of the cost: the optimizer
 * and rescheduling count days for a million answers.
 */
class DayNumbers
{
public:
    /** For times from @p fromMs to @p toMs; others are still right, only slower. */
    DayNumbers(const StudyDay &day, qint64 fromMs, qint64 toMs);

    /** The study day @p ms falls in, as a Julian day number (StudyDay::dayOf(ms).toJulianDay()). */
    qint64 dayOf(qint64 ms) const;
    /** StudyDay::daysBetween: never negative. */
    int daysBetween(qint64 fromMs, qint64 toMs) const;

private:
    int offsetAt(qint64 ms) const;

    StudyDay m_day;
    qint64 m_fromMs;
    qint64 m_toMs;
    qint64 m_rolloverMs;
    int m_fixedOffset = 0;                // the offset where the zone has no transitions
    std::vector<qint64> m_transitions;    // UTC ms at which the offset changes, ascending
    std::vector<int> m_offsets;           // the offset in seconds before each transition, then after the last
};
