// What SQLite's page cache size does to Browse's searches on a large collection: 100,000 cards
// with a million reviews. For SQLite's default (2 MB) and for PRAGMA cache_size = -32768 and
// -65536 (32 and 64 MiB), each in a process of its own so that its peak memory is its own, prints
// p50/p99 of CardList::find for an empty search by question, entry and due and for is:due, and
// the process's resident memory after opening the collection and at its peak (VmHWM), after the
// searches and after a scan of the review log has filled the cache.
// Run: scripts/bench (or build/tests/bench/bench_cachesize [folder to keep the collection in]).
#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"
#include "largecollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int kRuns = 21;

struct Search
{
    const char *text;
    BrowseColumn column;
    const char *order;
};

// One setting, in this process: the collection in @p dir is there already.
int measure(const QString &dir, int cacheSize)
{
    DeckStore store;
    if (store.open(dir) != DeckStore::Status::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    QSqlQuery q(store.database());
    if (cacheSize != 0)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    q.exec(QStringLiteral("PRAGMA cache_size"));
    q.next();
    const int effective = q.value(0).toInt();
    q.finish();
    const long openedKiB = bench::rssKiB();
    std::printf("-- cache_size %d%s (load average %.2f)\n", effective, cacheSize == 0 ? " (SQLite's default)" : "",
                bench::loadAverage());

    const CardQueryContext context = CardQueryContext::forLearner(store, bench::kNow);
    const CardList list(store);
    const Search searches[] = {
        {"", BrowseColumn::Question, "question"},
        {"", BrowseColumn::Entry, "entry"},
        {"", BrowseColumn::Due, "due"},
        {"is:due", BrowseColumn::Due, "due"},
    };
    for (const Search &s : searches) {
        const CardQuery query = CardQuery::parse(QString::fromUtf8(s.text), context);
        QList<double> times;
        qsizetype found = 0;
        QElapsedTimer timer;
        for (int run = 0; run < kRuns; ++run) {
            QString error;
            timer.start();
            const std::optional<QList<qint64>> ids = list.find(query, s.column, Qt::AscendingOrder, &error);
            times.append(timer.nsecsElapsed() / 1e6);
            if (!ids) {
                std::fprintf(stderr, "%s: %s\n", s.text, qPrintable(error));
                return 1;
            }
            found = ids->size();
        }
        std::printf("find %-9s by %-9s %6lld cards: first %6.1f ms, p50 %6.1f ms, p99 %6.1f ms\n",
                    qPrintable(QStringLiteral("'%1'").arg(QString::fromUtf8(s.text))), s.order,
                    static_cast<long long>(found), times.constFirst(), bench::percentile(times, 0.5),
                    bench::percentile(times, 0.99));
    }
    const long searchesKiB = bench::rssKiB();
    // The most the cache can hold: a page read of the whole review log (the Progress page's
    // statistics read much of it) fills the cache up to its size.
    QElapsedTimer timer;
    timer.start();
    q.exec(QStringLiteral("SELECT sum(response_ms) FROM revlog"));
    q.next();
    const double scanMs = timer.nsecsElapsed() / 1e6;
    q.finish();
    std::printf("memory: %ld KiB resident after opening, peak %ld KiB after the searches, %ld KiB after a scan of "
                "the review log (%.0f ms) (load average %.2f)\n",
                openedKiB, searchesKiB, bench::rssKiB(), scanMs, bench::loadAverage());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--measure"))
        return measure(args.at(2), args.at(3).toInt());

    QTemporaryDir temporary;
    const QString dir = args.size() > 1 ? args.at(1) : temporary.path();
    {
        DeckStore store;
        if (store.open(dir) != DeckStore::Status::Ok) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        int cards = 0;
        int reviews = 0;
        QSqlQuery q(store.database());
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM cards), (SELECT count(*) FROM revlog)")) && q.next()
            && q.value(0).toInt() > 10000) {
            cards = q.value(0).toInt(); // kept from an earlier run
            reviews = q.value(1).toInt();
        } else if (!bench::buildLargeCollection(store, &cards, &reviews)) {
            std::fprintf(stderr, "building the collection failed\n");
            return 1;
        }
        q.finish();
        std::printf("collection: %d cards, %d reviews\n", cards, reviews);
    }
    std::fflush(stdout);
    for (int cacheSize : {0, -32768, -65536}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {QStringLiteral("--measure"), dir, QString::number(cacheSize)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "the measurement of cache_size %d failed\n", cacheSize);
            return 1;
        }
    }
    return 0;
}
