#pragma once

#include "fsrs.h"
#include "grader.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <vector>

/**
 * How the learner studies: daily limits, the day's rollover, and the scheduler's settings.
 * Kept in the deck (DeckStore::studySettings) so that it travels with the collection.
 */
struct StudySettings
{
    int newPerDay = 20;          ///< new cards introduced a day
    int reviewsPerDay = 200;     ///< cards answered a day, new ones included
    int rolloverHour = 4;        ///< local hour at which a study day starts (0–23)
    int learnAheadMinutes = 20;  ///< when nothing else is left, learning cards due this soon are shown
    double desiredRetention = 0.9; ///< 0.70–0.99
    int maximumInterval = 36500; ///< days
    QList<int> learningSteps{1, 10};  ///< minutes
    QList<int> relearningSteps{10};   ///< minutes
    bool enableShortTerm = true;
    bool enableFuzz = true;
    std::vector<double> parameters; ///< the learner's FSRS parameters; empty: FSRS-6 defaults
    bool typeAnswers = true;     ///< answer checkable cards by typing, graded automatically
    int fastAnswerMs = 4000;     ///< a right answer this quick is Easy (plus time per character)
    int slowAnswerMs = 15000;    ///< a right answer this slow is Hard (plus time per character)
    int leechLapses = 8;         ///< a card forgotten this often is a leech: tagged "leech"
    bool leechSuspends = true;   ///< …and suspended, so it stops taking the learner's time
    QDate examDate;              ///< the learner's exam; null: none (see ExamSchedule)
    double examRetention = 0.95; ///< recall to aim for on exam day (0.70–0.99)
    bool examCapsIntervals = true; ///< bring back before the exam what would fall below examRetention
    bool examPacesNewCards = true; ///< raise the new-card limit as far as the exam needs

    fsrs::Settings schedulerSettings() const;
    GraderSettings graderSettings() const;

    /** Brings every value into its allowed range. */
    StudySettings normalized() const;
    QByteArray toJson() const;
    /** Reads what toJson() wrote; unknown or malformed values keep their defaults. */
    static StudySettings fromJson(const QByteArray &json);

    friend bool operator==(const StudySettings &, const StudySettings &) = default;
};

/** "1m 10m 1h" → minutes; std::nullopt if any part is not a step. */
std::optional<QList<int>> parseSteps(const QString &text);
QString formatSteps(const QList<int> &minutes);
