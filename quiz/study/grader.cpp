#include "grader.h"

fsrs::Rating gradeAnswer(Verdict verdict, qint64 responseMs, int answerLength,
                         const GraderSettings &settings, fsrs::State state)
{
    switch (verdict) {
    case Verdict::Wrong: return fsrs::Rating::Again;
    case Verdict::Partial: return fsrs::Rating::Hard;
    case Verdict::Correct: break;
    }
    if (responseMs < 0)
        return fsrs::Rating::Good; // not timed
    const int length = std::max(0, answerLength);
    if (responseMs <= settings.fastLimit(length))
        return state == fsrs::State::Review ? fsrs::Rating::Easy : fsrs::Rating::Good;
    if (responseMs >= settings.slowLimit(length))
        return fsrs::Rating::Hard;
    return fsrs::Rating::Good;
}
