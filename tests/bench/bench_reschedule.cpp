// Rescheduling the large collection (100,000 cards, about a million reviews): the history read
// on a worker connection, every card replayed under new parameters, and the states written as
// one undoable change, each timed, with the due dates recomputed and without. Goal: under 1 s.
//
//   build/tests/bench/bench_reschedule
#include "collection.h"
#include "largecollection.h"
#include "rescheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // The app's allocator settings (app/main.cpp): rescheduling runs inside the app.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    DeckStore store;
    if (!bench::openLargeCollection(dir.path(), store))
        return 1;
    // The generated histories come in random order: each card is first given the state its
    // history leaves under the current settings, as a learner's cards have it.
    {
        QString error;
        const auto answers = MemoryStore(store).studyAnswers(&error);
        const StudySettings current = store.studySettings();
        const auto cards = Rescheduler::replay(*answers, fsrs::Scheduler(current.schedulerSettings()),
                                               StudyDay(current.rolloverHour));
        QSqlQuery q(store.database());
        store.database().transaction();
        q.prepare(QStringLiteral("UPDATE cards SET reps = ? WHERE id = ?"));
        for (const ReplayedCard &c : *cards) {
            q.addBindValue(c.card.reps);
            q.addBindValue(c.cardId);
            q.exec();
        }
        store.database().commit();
    }
    Collection collection(&store);
    StudySettings settings = store.studySettings();
    settings.parameters.assign(fsrs::defaultWeights().begin(), fsrs::defaultWeights().end());
    settings.parameters[2] = 5.0;
    settings.parameters[20] = 0.3;
    // Each twice: the first read of a session takes fresh memory, a second (as after the
    // optimizer's own read) reuses it.
    for (bool withDue : {false, false, true, true}) {
        QElapsedTimer total;
        total.start();
        DeckStore worker;
        if (worker.open(dir.path(), DeckStore::Mode::Worker) != DeckStore::Status::Ok)
            return 1;
        QString error;
        QElapsedTimer step;
        step.start();
        const auto answers = MemoryStore(worker).studyAnswers(&error);
        worker.close();
        if (!answers)
            return 1;
        const double readMs = step.nsecsElapsed() / 1e6;
        step.restart();
        const auto cards = Rescheduler::replay(*answers, fsrs::Scheduler(settings.schedulerSettings()),
                                               StudyDay(settings.rolloverHour));
        const double replayMs = step.nsecsElapsed() / 1e6;
        step.restart();
        int changed = 0;
        if (!cards || !collection.reschedule(settings, *cards, withDue, &changed))
            return 1;
        const double writeMs = step.nsecsElapsed() / 1e6;
        std::printf("%s: %zu answers of %zu cards; read %.0f ms, replay %.0f ms, write %.0f ms (%d cards): %.0f ms\n",
                    withDue ? "with due dates" : "memory only", answers->size(), cards->size(), readMs, replayMs,
                    writeMs, changed, total.nsecsElapsed() / 1e6);
        step.restart();
        if (!collection.undo())
            return 1;
        std::printf("  undo: %.0f ms\n", step.nsecsElapsed() / 1e6);
    }
    return 0;
}
