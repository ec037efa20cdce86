#pragma once

#include "card.h"

#include <QString>

/** One row of the review log. */
struct ReviewEntry
{
    qint64 id = 0;
    qint64 cardId = 0;
    qint64 timeMs = 0;            ///< UTC milliseconds
    QString kind;                 ///< "study", "quiz" or "exam"
    int rating = 0;               ///< 1 Again … 4 Easy
    CardState stateBefore = CardState::New;
    CardState stateAfter = CardState::New;
    double stability = 0;         ///< after the answer
    double difficulty = 0;        ///< after the answer
    int elapsedDays = 0;
    int scheduledDays = 0;
    qint64 dueMs = 0;             ///< due after the answer
    qint64 responseMs = -1;       ///< -1 when not measured
    QString answer;               ///< what the learner typed, if anything
    QString verdict;              ///< "correct", "partial", "wrong" or empty
    double recall = -1;           ///< recall chance the scheduler expected (study answers); -1 unknown
};
