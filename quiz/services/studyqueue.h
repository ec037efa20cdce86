#pragma once

#include "studyday.h"
#include "studysettings.h"
#include "studystore.h"

#include <QList>
#include <QSet>
#include <QString>

/**
 * The day's study queue, as the Study page studies it: learning cards due before the day ends,
 * then review cards due today, then new cards, within the daily limits and one card a fact.
 *
 * One function builds it for everything that counts what is left to study today: the
 * StudySession (its queue and the counts above the card) and the Progress page ("due today",
 * its advice), so the two pages never disagree.
 *
 * Rules: the study answers of the day (from the rollover hour on) use up the limits: each
 * answer to a new card counts against StudySettings::newPerDay, and answers to new and review
 * cards against StudySettings::reviewsPerDay. Cards a quiz boosted lead their queue. Once a
 * card of a fact has been answered today, the fact's other new and review cards wait until
 * tomorrow, and only one card a fact joins the queue. With an exam date ahead and pacing on,
 * the new-card limit rises to the pace the exam needs (ExamSchedule::newPerDay), counted from
 * the new cards left at the start of the day so that it holds all day. Suspended, buried and retired cards never
 * do. Learning cards are counted, not queued: they come back when their step is due.
 */
struct StudyQueue
{
    QList<QueuedCard> reviews;  ///< review cards to study today, in order (boosted first)
    QList<QueuedCard> newCards; ///< new cards to study today, in order (boosted first)
    int learning = 0;           ///< (re)learning cards due before the study day ends
    int newLimit = 0;           ///< the day's new-card limit: the learner's, or the exam's pace (ExamSchedule)
    int newDone = 0;            ///< study answers today to cards that were new
    int reviewsDone = 0;        ///< study answers today to review cards
    int answered = 0;           ///< study answers today
    QSet<qint64> answeredFacts; ///< facts with a card answered today: their other cards wait
    QString error;              ///< SQLite's message if a read failed; the queue is partial then

    /** Cards due today as the Study page counts them: learning and review. */
    int due() const { return learning + static_cast<int>(reviews.size()); }

    /**
     * The queue of the study day that holds @p nowMs on @p day, with @p settings' limits.
     * Reads through @p store; nothing is written.
     */
    static StudyQueue build(const StudyQueueStore &store, const StudySettings &settings,
                            const StudyDay &day, qint64 nowMs);
    /** Only the day's answers (the done counts and answered facts), without the queues. */
    static StudyQueue answersOfDay(const StudyQueueStore &store, const StudyDay &day, qint64 nowMs);
};
