// Study speed on a large collection: 100,000 cards with a year of review history.
// Prints p50/p99 of "answer the current card and fetch the next one" and of "open the
// collection to the first card". Run: scripts/bench (or build/tests/bench/bench_study).
#include "collection.h"
#include "largecollection.h"
#include "deckstore.h"
#include "studysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using bench::kNow;



int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int cards = 0;
    int reviews = 0;
    QElapsedTimer timer;
    {
        DeckStore store;
        if (store.open(dir.path()) != DeckStore::Status::Ok) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        timer.start();
        if (!bench::buildCollection(store, 20000, &cards, &reviews)) {
            std::fprintf(stderr, "building the collection failed\n");
            return 1;
        }
        StudySettings settings;
        settings.newPerDay = 500;
        settings.reviewsPerDay = 100000;
        store.setStudySettings(settings);
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(store.database()).exec(QStringLiteral("ANALYZE"));
    }
    const DeckCounts counts = [&] {
        DeckStore s;
        s.open(dir.path());
        return s.counts();
    }();
    std::printf("collection: %d cards, %d reviews, %.1f MiB, built in %.1f s\n", counts.cards, counts.reviews,
                QFileInfo(dir.filePath(DeckStore::fileName())).size() / 1048576.0, timer.elapsed() / 1000.0);

    ManualClock clock(kNow);
    // Open to first card: open the file, build the day's queue, render the first card.
    QList<double> openMs;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        DeckStore store;
        store.open(dir.path());
        StudySession session(&store, &clock, QString(), QTimeZone::utc());
        const CardText text = session.currentText();
        openMs.append(t.nsecsElapsed() / 1e6);
        if (text.question.isEmpty() && session.hasCard())
            return 1;
    }

    // Answer and fetch the next card, 3,000 times, as the app does: each answer a change of the
    // collection, recorded for undo.
    DeckStore store;
    store.open(dir.path());
    Collection collection(&store);
    StudySession session(&store, &clock, QString(), QTimeZone::utc());
    session.setCollection(&collection);
    // As the window does after its first frame: every entry read off its thread, so each next
    // card renders from them (until then, from the entries it names).
    session.prefetchTexts();
    session.texts();
    std::printf("queue: %d review, %d new, %d learning\n", session.counts().review, session.counts().newCards,
                session.counts().learning);
    QList<double> answerMs;
    for (int i = 0; i < 3000 && session.hasCard(); ++i) {
        QElapsedTimer t;
        t.start();
        session.answer(static_cast<fsrs::Rating>(1 + (i * 7) % 4), 2000);
        if (session.hasCard())
            session.currentText();
        answerMs.append(t.nsecsElapsed() / 1e6);
        // The learner reads the next card: the pause in which the app checkpoints the log.
        collection.finishIdleWork();
        clock.advance(5000);
    }
    std::printf("open to first card: p50 %.2f ms, p99 %.2f ms (%lld runs)\n", bench::percentile(openMs, 0.5),
                bench::percentile(openMs, 0.99), static_cast<long long>(openMs.size()));
    std::printf("answer and next card: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%lld answers)\n",
                bench::percentile(answerMs, 0.5), bench::percentile(answerMs, 0.99), bench::percentile(answerMs, 1.0),
                static_cast<long long>(answerMs.size()));
    std::printf("peak memory: %.1f MiB\n", bench::rssKiB() / 1024.0);
    const bool met = bench::percentile(answerMs, 0.99) < 2.0;
    std::printf("target p99 answer-to-next < 2 ms: %s\n", met ? "met" : "MISSED");
    return 0;
}
