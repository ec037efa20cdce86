// Changes through the collection service on a large collection: 100,000 cards with a year of
// review history. Prints p50/p99 of a bulk suspend of 10,000 cards (one transaction, recorded
// for undo) and of its undo. Run: scripts/bench (or build/tests/bench/bench_collection).
#include "collection.h"
#include "deckstore.h"
#include "largecollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    DeckStore store;
    if (store.open(dir.path()) != DeckStore::Status::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    int cards = 0;
    int reviews = 0;
    if (!bench::buildCollection(store, 20000, &cards, &reviews)) {
        std::fprintf(stderr, "building the collection failed\n");
        return 1;
    }
    std::printf("collection: %d cards, %d reviews\n", cards, reviews);

    // 10,000 cards spread over the collection, as a search in Browse would pick them.
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id FROM cards WHERE id % 10 = 3 ORDER BY id LIMIT 10000"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();

    Collection collection(&store);
    QList<double> change;
    QList<double> undo;
    QElapsedTimer timer;
    for (int run = 0; run < 15; ++run) {
        timer.start();
        if (!collection.setSuspended(ids, true)) {
            std::fprintf(stderr, "%s\n", qPrintable(collection.errorString()));
            return 1;
        }
        change.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        if (!collection.undo()) {
            std::fprintf(stderr, "%s\n", qPrintable(collection.errorString()));
            return 1;
        }
        undo.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("suspend %lld cards: p50 %.1f ms, p99 %.1f ms (15 runs)\n", static_cast<long long>(ids.size()),
                bench::percentile(change, 0.5), bench::percentile(change, 0.99));
    std::printf("undo it: p50 %.1f ms, p99 %.1f ms\n", bench::percentile(undo, 0.5), bench::percentile(undo, 0.99));
    const bool met = bench::percentile(change, 0.99) < 300 && bench::percentile(undo, 0.99) < 300;
    std::printf("target bulk action on 10,000 cards < 300 ms: %s\n", met ? "met" : "NOT met");
    return 0;
}
