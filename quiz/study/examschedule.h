#pragma once

#include "fsrs.h"
#include "studyday.h"
#include "studysettings.h"

#include <QDate>

#include <optional>

/**
 * What the learner's exam date changes: the pace of new cards and, before the exam, the due
 * dates of cards that would fall below the exam-day target. Never the memory model: the
 * scheduler answers exactly as ts-fsrs does, and this class only moves a due date earlier or
 * lets more new cards in. The rules (DESIGN.md, "Exam date"):
 *
 * - **Pacing.** Every new card should be introduced by the introduction deadline,
 *   leadDays() before the exam, so that it has had a few reviews by then. The pace needed is
 *   the new cards left over the days left to that deadline; with
 *   StudySettings::examPacesNewCards the day's new-card limit rises to it.
 * - **The cap.** After an answer on a day before the exam, a review card that would first be
 *   due on or after exam day, and whose recall on exam day would be below
 *   StudySettings::examRetention, is brought back earlier: on the first day from which one
 *   more review still reaches the target (the stability it has now reaches it over
 *   targetDays(); the review only adds to it), but not before tomorrow, nor after the day
 *   before the exam. The new interval counts whole days from the answer, as the scheduler's do,
 *   and never reaches into exam day.
 */
class ExamSchedule
{
public:
    ExamSchedule(const StudySettings &settings, const StudyDay &day, const fsrs::Scheduler &scheduler);

    bool hasDate() const { return m_exam.isValid(); }
    QDate examDate() const { return m_exam; }
    /** Study days from the study day of @p nowMs to exam day: 0 on exam day, negative after it. */
    int daysLeft(qint64 nowMs) const;
    /** Whether the exam is still ahead: a date set and exam day not yet begun. */
    bool isAhead(qint64 nowMs) const { return hasDate() && daysLeft(nowMs) > 0; }

    /** How many days before the exam new cards should all have been introduced. */
    static int leadDays(int daysLeft);
    /** New cards a day needed to introduce @p newCardsLeft by the deadline; 0 when none or no exam ahead. */
    int neededNewPerDay(int newCardsLeft, qint64 nowMs) const;
    /** The day's new-card limit: the learner's, raised to the exam's pace when pacing is on. */
    int newPerDay(int newCardsLeft, qint64 nowMs) const;

    /** Days over which @p stability keeps recall at or above the exam-day target. */
    double targetDays(double stability) const;
    /**
     * The cap in days: a card answered today that falls due @p dueInDays days from now, with
     * @p stability, @p daysLeft days before the exam, falls due this many days from now instead.
     */
    int cappedDays(int dueInDays, double stability, int daysLeft) const;
    /** The chance of recalling, on exam day, a card last reviewed at @p lastReviewMs (in study days). */
    double recallOnExamDay(qint64 lastReviewMs, double stability) const;
    /**
     * @p after, the card an answer at @p nowMs left, with its due date brought forward by the
     * cap when the cap is on and applies; otherwise @p after unchanged.
     */
    fsrs::Card capped(const fsrs::Card &after, qint64 nowMs) const;
    /**
     * A card scheduled before the exam date was set (or moved): capped as if its last answer had
     * been given with the date (a day already past makes it due now). std::nullopt if the cap
     * leaves it.
     */
    std::optional<fsrs::Card> broughtForward(const fsrs::Card &card, qint64 nowMs) const;
    /** capped() with the study days (Julian day numbers) of the answer and of the due date given. */
    fsrs::Card capped(const fsrs::Card &after, qint64 nowMs, qint64 today, qint64 dueDay) const;

private:
    StudySettings m_settings;
    StudyDay m_day;
    const fsrs::Scheduler *m_scheduler;
    QDate m_exam;
    qint64 m_examStartMs; ///< when exam day starts
};
