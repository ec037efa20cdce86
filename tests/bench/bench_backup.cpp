// A backup of a 160 MiB collection: how long it takes (goal: under 2 s), and how long the GUI
// thread stalls while a BackupJob makes one on its worker thread (a 1 ms timer on the main
// thread measures the gaps between its ticks, while an answer-sized write is made every 100 ms
// on the main thread's connection, as a learner studying meanwhile would). Restore, for scale.
#include "backupjob.h"
#include "backupstore.h"
#include "deckstore.h"
#include "largecollection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

constexpr qint64 kTarget = 160LL << 20;

qint64 fileSize(const DeckStore &store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return QFileInfo(store.filePath()).size();
}

// The large collection, its review log grown until the file holds 160 MiB.
bool grow(DeckStore &store)
{
    while (fileSize(store) < kTarget) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral(
                "INSERT INTO revlog (card_id, time, rating, state_before, state_after, stability, difficulty, "
                "elapsed_days, scheduled_days, due, response_ms, recall) SELECT card_id, time + 1, rating, "
                "state_before, state_after, stability, difficulty, elapsed_days, scheduled_days, due, response_ms, "
                "recall FROM revlog LIMIT 300000")))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    DeckStore store;
    if (!bench::openLargeCollection(dir.path(), store) || !grow(store))
        return 1;
    std::printf("collection file: %.1f MiB, %d reviews; load %.2f\n", fileSize(store) / 1048576.0,
                store.counts().reviews, bench::loadAverage());

    BackupStore backups(dir.path());
    QString error;
    QElapsedTimer clock;
    clock.start();
    std::optional<BackupInfo> backup = backups.backUp(store, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!backup) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("backup on the calling thread: %lld ms (%.1f MiB copy, checked)\n", clock.elapsed(),
                backup->bytes / 1048576.0);

    // The same on the worker thread, the main thread's event loop watched meanwhile: once idle,
    // once with an answer-sized write every 100 ms on the main thread's connection.
    const qint64 card = [&] {
        QSqlQuery q(store.database());
        return q.exec(QStringLiteral("SELECT min(id) FROM cards")) && q.next() ? q.value(0).toLongLong() : 0;
    }();
    for (const bool studying : {false, true}) {
        BackupJob job(dir.path());
        QEventLoop loop;
        qint64 longestGap = 0;
        qint64 lastTick = 0;
        qint64 slowestWrite = 0;
        int writes = 0;
        QTimer ticks;
        ticks.setInterval(1);
        QObject::connect(&ticks, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (lastTick > 0)
                longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
        });
        QTimer answers;
        answers.setInterval(100);
        QObject::connect(&answers, &QTimer::timeout, [&] {
            QElapsedTimer write;
            write.start();
            store.logPracticeAnswer(card, QStringLiteral("quiz"), bench::kNow, 3, 900, {}, {});
            slowestWrite = std::max(slowestWrite, write.nsecsElapsed());
            ++writes;
        });
        bool ok = false;
        QObject::connect(&job, &BackupJob::backedUp, [&](const BackupInfo &made) {
            backup = made;
            ok = true;
            loop.quit();
        });
        QObject::connect(&job, &BackupJob::failed, [&](const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            loop.quit();
        });
        clock.restart();
        ticks.start();
        if (studying)
            answers.start();
        job.start();
        loop.exec();
        const qint64 jobMs = clock.elapsed();
        if (!ok)
            return 1;
        if (studying)
            std::printf("backup on a BackupJob while studying: %lld ms; longest GUI-thread gap %.2f ms; "
                        "%d answer-sized writes (synchronous = FULL), slowest %.2f ms\n",
                        jobMs, longestGap / 1e6, writes, slowestWrite / 1e6);
        else
            std::printf("backup on a BackupJob, window idle: %lld ms; longest GUI-thread gap %.2f ms (1 ms timer)\n",
                        jobMs, longestGap / 1e6);
    }

    clock.restart();
    const std::optional<RestoreReport> report = backups.restore(store, backup->path, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("restore (a backup of the current collection first, then the copy in): %lld ms\n", clock.elapsed());
    return 0;
}
