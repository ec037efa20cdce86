#pragma once

#include "fsrs.h"
#include "verdict.h"

/**
 * Turns a checked answer and the time it took into an FSRS rating: wrong → Again,
 * partly right → Hard, right but slow → Hard, right → Good, right and fast → Easy (for a
 * card in review; Good while it is new or in its steps).
 * The time limits grow with the length of the expected answer: typing "20, 21" takes
 * longer than "22".
 */
struct GraderSettings
{
    int fastMs = 4000;     ///< at or under this (plus the per-character allowance): Easy
    int slowMs = 15000;    ///< at or over this (plus the allowance): Hard
    int perCharacterMs = 250;

    int fastLimit(int answerLength) const { return fastMs + perCharacterMs * answerLength; }
    int slowLimit(int answerLength) const { return slowMs + perCharacterMs * answerLength; }
};

/**
 * @p state is the card's before the answer. A new or (re)learning card answered fast gets
 * Good, never Easy: Easy would skip its learning steps on the strength of one quick answer.
 */
fsrs::Rating gradeAnswer(Verdict verdict, qint64 responseMs, int answerLength,
                         const GraderSettings &settings = {}, fsrs::State state = fsrs::State::Review);
