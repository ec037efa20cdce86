#pragma once

// A learner, simulated: days of study through the real StudySession, each answer drawn from
// the card's recall chance, with a few quiz answers and exams on the side. Gives the Progress
// page and its tests a review log shaped like a real one.

#include "clock.h"
#include "deckstore.h"
#include "studysession.h"

#include <QRandomGenerator>

namespace testsupport {

struct SimulatedStudy
{
    int answers = 0;
    int exams = 0;
};

/**
 * Studies @p days days ending the day before @p endMs, at 19:00 UTC, skipping about one day in
 * @p skipOneIn. Returns what was logged.
 */
inline SimulatedStudy simulateStudy(DeckStore *store, qint64 endMs, int days, quint32 seed = 7, int skipOneIn = 6)
{
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    SimulatedStudy out;
    QRandomGenerator random(seed);
    const qint64 firstDay = (endMs / kDay - days) * kDay;
    for (int d = 0; d < days; ++d) {
        if (skipOneIn > 0 && random.bounded(skipOneIn) == 0 && d + 1 < days)
            continue;
        ManualClock clock(firstDay + d * kDay + 19 * 3600 * 1000);
        StudySession session(store, &clock, QString(), QTimeZone::utc());
        for (int i = 0; i < 400 && session.hasCard(); ++i) {
            const CardInfo &card = session.currentCard();
            double recall = 0.75;
            if (card.state != CardState::New && card.stability > 0)
                recall = session.scheduler().forgettingCurve(
                    std::max<qint64>(0, clock.nowMs() - card.lastReviewMs) / double(kDay), card.stability);
            const double roll = random.generateDouble();
            const fsrs::Rating rating = roll > recall ? fsrs::Rating::Again
                                        : roll > recall * 0.85 ? fsrs::Rating::Hard
                                        : roll > recall * 0.15 ? fsrs::Rating::Good
                                                               : fsrs::Rating::Easy;
            const qint64 response = 2000 + random.bounded(9000);
            clock.advance(response);
            if (!session.answer(rating, response))
                qFatal("simulated answer failed: %s", qPrintable(session.errorString()));
            ++out.answers;
        }
        // Every few days a quiz on some cards, and now and then an exam.
        if (d % 3 == 0) {
            const QList<CardInfo> cards = store->cardsOfFact(1 + random.bounded(10));
            for (const CardInfo &c : cards) {
                clock.advance(4000);
                store->logPracticeAnswer(c.id, QStringLiteral("quiz"), clock.nowMs(),
                                         random.bounded(4) == 0 ? 1 : 3, 4000, QString(), QString());
            }
        }
        if (d % 5 == 4) {
            ExamResult exam;
            exam.startedMs = clock.nowMs();
            exam.durationMs = 14 * 60 * 1000;
            exam.questions = 20;
            exam.correct = std::min(20, 9 + d / 3 + int(random.bounded(3)));
            store->addExamResult(exam);
            ++out.exams;
        }
    }
    return out;
}

} // namespace testsupport
