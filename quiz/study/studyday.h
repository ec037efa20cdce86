#pragma once

#include <QDate>
#include <QTimeZone>

/**
 * The learner's study day: a local calendar day that starts at a rollover hour (4:00 by
 * default, as in Anki), so that a late-night session still counts for the evening's day.
 * Computed on the wall clock of @p zone, so daylight-saving changes never shift a day.
 */
class StudyDay
{
public:
    explicit StudyDay(int rolloverHour = 4, const QTimeZone &zone = QTimeZone::systemTimeZone());

    int rolloverHour() const { return m_rolloverHour; }
    const QTimeZone &zone() const { return m_zone; }

    /** The study day @p ms falls in. */
    QDate dayOf(qint64 ms) const;
    /** When the study day of @p ms started, UTC milliseconds. */
    qint64 startOfDay(qint64 ms) const;
    /** When the next study day starts, UTC milliseconds. */
    qint64 startOfNextDay(qint64 ms) const;
    /**
     * Study days from @p fromMs to @p toMs: the elapsed days FSRS sees. Never negative,
     * so a clock that goes backwards counts as the same day.
     */
    int daysBetween(qint64 fromMs, qint64 toMs) const;
    /** When study day @p day starts, UTC milliseconds. */
    qint64 startOf(const QDate &day) const;

private:

    int m_rolloverHour;
    QTimeZone m_zone;
};
