// Sync through a shared folder, timed as the learner meets it (SyncService::run, the whole
// sync the window's worker runs), on the large collection: 100,000 cards, about a million
// reviews.
// 1. The first sync of that collection: every card, entry and review into its first segment
//    (goal: under 5 s).
// 2. A second computer with the same deck and no history joins: it reads the million reviews
//    and replays every card they touch (with the backup it takes first).
// 3. The first computer answers 1,000 cards and syncs; the second brings them in (goal: under
//    200 ms), three times.
// 4. The first sync of the same collection as one studied before schema 5 has it: its review
//    ids are renumbered first.
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "largecollection.h"
#include "studysession.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace {

bool sync(DeckStore &store, const QString &dir, const QString &folder, const QString &name, qint64 now,
          double *ms, SyncReport *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const SyncReport report = SyncService::run(store, dir, folder, name, now);
    *ms = timer.nsecsElapsed() / 1e6;
    if (!report.ok)
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(report.error));
    if (out)
        *out = report;
    if (qEnvironmentVariableIsSet("PORTDECK_BENCH_STAGES"))
        for (const auto &[name, stageMs] : report.stagesMs)
            std::printf("    %s: %.0f ms\n", qPrintable(name), stageMs);
    return report.ok;
}

// A copy of the collection in @p from, changed by @p statements (in one transaction).
bool changedCopy(const QString &from, const QString &to, const QStringList &statements)
{
    QDir().mkpath(to);
    if (!QFile::copy(from + QStringLiteral("/portdeck.sqlite"), to + QStringLiteral("/portdeck.sqlite")))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    db.setDatabaseName(to + QStringLiteral("/portdeck.sqlite"));
    bool ok = db.open() && db.transaction();
    {
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
    }
    ok = ok && db.commit();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    return ok;
}

// The same deck on another computer that has not studied yet: a copy of the file, its history
// gone and its cards new, under an identity of its own.
bool freshCopy(const QString &from, const QString &to)
{
    return changedCopy(from, to,
                       {QStringLiteral("DELETE FROM revlog"),
                        QStringLiteral("UPDATE cards SET state = 0, step = 0, stability = 0, difficulty = 0, due = NULL, "
                                       "last_review = NULL, scheduled_days = 0, reps = 0, lapses = 0"),
                        QStringLiteral("UPDATE meta SET value = 'b0b0b0b0b0b0b0b0' WHERE key = 'collection_id'"),
                        QStringLiteral("UPDATE meta SET value = '4242' WHERE key = 'collection_node'"),
                        QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'revlog_sequence'")});
}

// The same collection as a learner who studied before Portdeck gave review ids of a collection's
// own (schema 5) has it: every review's id is a plain sequence, which the first sync renumbers.
bool legacyCopy(const QString &from, const QString &to)
{
    return changedCopy(from, to,
                       {QStringLiteral("INSERT INTO revlog SELECT id & 1099511627775, card_id, time, kind, rating, "
                                       "state_before, state_after, stability, difficulty, elapsed_days, scheduled_days, "
                                       "due, response_ms, answer, verdict, recall FROM revlog"),
                        QStringLiteral("DELETE FROM revlog WHERE id > 1099511627775"),
                        QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'revlog_sequence'"),
                        QStringLiteral("UPDATE meta SET value = 'c0c0c0c0c0c0c0c0' WHERE key = 'collection_id'"),
                        QStringLiteral("UPDATE meta SET value = '4343' WHERE key = 'collection_node'")});
}

// Answers @p count review cards of @p store, Good, one after another as a learner would.
int answer(DeckStore &store, int count, qint64 now)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id FROM cards WHERE state = 2 ORDER BY id"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    std::shuffle(ids.begin(), ids.end(), std::mt19937(unsigned(now)));
    ids = ids.mid(0, count);
    ManualClock clock(now);
    Collection collection(&store);
    collection.setClock(&clock);
    StudySession session(&store, &clock);
    session.setCollection(&collection);
    session.startFocus(ids);
    int answered = 0;
    while (session.hasCard() && answered < count) {
        if (!session.answer(fsrs::Rating::Good))
            break;
        ++answered;
        clock.advance(5000);
    }
    return answered;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("shared"));
    const QString aDir = root.filePath(QStringLiteral("a"));
    const QString bDir = root.filePath(QStringLiteral("b"));
    QDir().mkpath(folder);
    qint64 now = bench::kNow;
    {
        DeckStore store;
        // PORTDECK_BENCH_FACTS=N: a smaller collection of N entries, for profiling.
        const int facts = qEnvironmentVariableIntValue("PORTDECK_BENCH_FACTS");
        int cards = 0, reviews = 0;
        if (facts > 0 ? store.open(aDir) != DeckStore::Status::Ok || !bench::buildCollection(store, facts, &cards, &reviews, 28)
                      : !bench::openLargeCollection(aDir, store))
            return 1;
    }
    const QString legacyDir = root.filePath(QStringLiteral("legacy"));
    if (!freshCopy(aDir, bDir) || !legacyCopy(aDir, legacyDir)) {
        std::fprintf(stderr, "could not make the second computer's collection\n");
        return 1;
    }
    std::printf("load %.2f\n", bench::loadAverage());

    DeckStore a;
    DeckStore b;
    if (a.open(aDir) != DeckStore::Status::Ok || b.open(bDir) != DeckStore::Status::Ok) {
        std::fprintf(stderr, "cannot open: %s %s\n", qPrintable(a.errorString()), qPrintable(b.errorString()));
        return 1;
    }
    double ms = 0;
    SyncReport report;
    if (!sync(a, aDir, folder, QStringLiteral("Laptop"), now, &ms, &report))
        return 1;
    const QString segment = SyncService::journalDir(folder, a.collectionId()) + QStringLiteral("/00000001.pdj");
    std::printf("first sync of the collection: %.0f ms (goal: under 5,000), %lld registers and %lld reviews "
                "into a segment of %.1f MiB\n",
                ms, report.registersOut, report.reviewsOut, QFileInfo(segment).size() / 1048576.0);

    now += 60'000;
    if (!sync(b, bDir, folder, QStringLiteral("Desktop"), now, &ms, &report))
        return 1;
    std::printf("a second computer joins: %.0f ms, %lld reviews in, %lld cards replayed (backup first: %s)\n", ms,
                report.reviewsIn, report.cardsReplayed, report.backupPath.isEmpty() ? "no" : "yes");
    now += 60'000;
    if (!sync(a, aDir, folder, QStringLiteral("Laptop"), now, &ms))
        return 1;

    QList<double> merges;
    for (int round = 0; round < 3; ++round) {
        now += bench::kDay;
        const int answered = answer(a, 1000, now);
        now += 3'600'000;
        double sent = 0;
        if (!sync(a, aDir, folder, QStringLiteral("Laptop"), now, &sent, &report))
            return 1;
        now += 60'000;
        if (!sync(b, bDir, folder, QStringLiteral("Desktop"), now, &ms, &report))
            return 1;
        merges.append(ms);
        std::printf("%d answers on one computer: its sync %.0f ms; the other brings in %lld reviews, replays %lld "
                    "cards: %.0f ms (goal: under 200)\n",
                    answered, sent, report.reviewsIn, report.cardsReplayed, ms);
    }
    std::printf("bringing in 1,000 answers: median %.0f ms\n", bench::percentile(merges, 0.5));
    {
        // The first sync of the same collection with reviews from before schema 5: renumbered
        // first, once.
        DeckStore legacy;
        const QString legacyFolder = root.filePath(QStringLiteral("shared-legacy"));
        QDir().mkpath(legacyFolder);
        if (legacy.open(legacyDir) != DeckStore::Status::Ok
            || !sync(legacy, legacyDir, legacyFolder, QStringLiteral("Old laptop"), now, &ms, &report))
            return 1;
        std::printf("first sync of that collection with its reviews from before schema 5 (renumbered first): "
                    "%.0f ms, %lld reviews\n", ms, report.reviewsOut);
    }
    std::printf("peak memory: %.0f MiB\n", bench::rssKiB() / 1024.0);
    return 0;
}
