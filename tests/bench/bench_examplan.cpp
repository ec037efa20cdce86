// The exam plan and the workload simulator on the large collection (100,000 cards): what the
// Progress page works out off the window when an exam date is set (a worker connection opened,
// the cards read, every card simulated to exam day), the workload dialog's year at 28
// retentions, the cards a new date brings forward, and the Study page's first card with pacing.
//
//   build/tests/bench/bench_examplan
#include "clock.h"
#include "examplanner.h"
#include "largecollection.h"
#include "studysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    DeckStore store;
    if (!bench::openLargeCollection(dir.path(), store))
        return 1;
    const StudyDay day(4);
    for (int daysAhead : {14, 60, 180}) {
        StudySettings settings = store.studySettings();
        settings.examDate = day.dayOf(bench::kNow).addDays(daysAhead);
        QElapsedTimer total;
        total.start();
        DeckStore worker;
        if (worker.open(dir.path(), DeckStore::Mode::Worker) != DeckStore::Status::Ok)
            return 1;
        const std::optional<ExamForecast> f = ExamPlanner(&worker, settings, day).forecast(bench::kNow);
        worker.close();
        if (!f)
            return 1;
        std::printf("forecast, exam in %3d days: %.0f ms (%d cards, %.0f cards a day, %.1f%% known)\n", daysAhead,
                    total.nsecsElapsed() / 1e6, f->cards, f->answersPerDay, f->expectedKnown * 100);
        QElapsedTimer step;
        step.start();
        const std::vector<ReplayedCard> moved = ExamPlanner(&store, settings, day).cardsToBringForward(bench::kNow);
        std::printf("  cards brought forward: %zu in %.0f ms\n", moved.size(), step.nsecsElapsed() / 1e6);
        if (!store.setStudySettings(settings))
            return 1;
        step.restart();
        ManualClock clock(bench::kNow);
        StudySession session(&store, &clock);
        std::printf("  first card with pacing: %.0f ms (%d new today)\n", step.nsecsElapsed() / 1e6,
                    session.counts().newCards);
    }
    QElapsedTimer step;
    step.start();
    const std::vector<WorkloadPoint> points =
        ExamPlanner(&store, store.studySettings(), day).workload(bench::kNow, 0.70, 0.97, 0.01, 365);
    std::printf("workload, 28 retentions over a year: %.0f ms (%.0f cards a day at 70%%, %.0f at 97%%)\n",
                step.nsecsElapsed() / 1e6, points.front().answersPerDay, points.back().answersPerDay);
    return 0;
}
