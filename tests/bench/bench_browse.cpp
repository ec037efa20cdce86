// The Browse page's searches on a large collection: 100,000 cards with a million reviews.
// Prints p50/p99 of CardList::find for a few queries and orders, and of rows() for a page of
// 200 cards. Run: scripts/bench (or build/tests/bench/bench_browse).
#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"
#include "largecollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A folder named on the command line keeps the collection, for a look with sqlite3.
    QTemporaryDir temporary;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
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
    } else {
        // 1 to 28 reviews a studied card: about a million in all.
        if (!bench::buildCollection(store, 20000, &cards, &reviews, 28)) {
            std::fprintf(stderr, "building the collection failed\n");
            return 1;
        }
        // Tags as a learner's collection has them: one card in twenty.
        q.exec(QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT id, 'tag' || (id % 7) FROM cards "
                              "WHERE id % 20 = 0"));
    }
    q.finish();
    std::printf("collection: %d cards, %d reviews\n", cards, reviews);

    // What reading 100,000 ids costs with no search and no order at all: the floor.
    QList<double> floor;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery all(store.database());
        all.setForwardOnly(true);
        all.exec(QStringLiteral("SELECT id FROM cards WHERE retired = 0"));
        QList<qint64> ids;
        while (all.next())
            ids.append(all.value(0).toLongLong());
        floor.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("floor: reading every id, unsorted: p50 %.1f ms, p99 %.1f ms\n", bench::percentile(floor, 0.5),
                bench::percentile(floor, 0.99));

    CardQueryContext context = CardQueryContext::forLearner(store, bench::kNow);
    const CardList list(store);
    const Search searches[] = {
        {"", BrowseColumn::Due, "due"},
        {"", BrowseColumn::Recall, "recall"},
        {"", BrowseColumn::Question, "question"},
        {"", BrowseColumn::Entry, "entry"},
        {"", BrowseColumn::Tags, "tags"},
        {"", BrowseColumn::Stability, "stability"},
        {"\"number 1234\"", BrowseColumn::Due, "due"},
        {"P123", BrowseColumn::Recall, "recall"},
        {"is:due", BrowseColumn::Due, "due"},
        {"is:due", BrowseColumn::Recall, "recall"},
        {"recall<70", BrowseColumn::Due, "due"},
        {"recall<70", BrowseColumn::Recall, "recall"},
        {"tag:tag3 -is:suspended", BrowseColumn::Due, "due"},
        {"port:2000-3000 lapses>=1", BrowseColumn::Due, "due"},
    };
    bool met = true;
    QList<qint64> page;
    // As DeckStore opens the file (SQLite's default 2 MB page cache, so a scan of every card
    // reads its pages from the OS again), then with the file mapped into memory, which DeckStore
    // could choose.
    for (const char *setting : {"", "PRAGMA mmap_size = 268435456"}) {
        if (*setting) {
            q.exec(QString::fromLatin1(setting));
            q.finish();
            std::printf("-- %s\n", setting);
        }
        for (const Search &s : searches) {
            const CardQuery query = CardQuery::parse(QString::fromUtf8(s.text), context);
            if (!query.isValid()) {
                std::fprintf(stderr, "%s: %s\n", s.text, qPrintable(query.errorString()));
                return 1;
            }
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
                if (page.isEmpty())
                    page = ids->mid(50000, 200);
            }
            const double p99 = bench::percentile(times, 0.99);
            met = met && (p99 < 100 || *setting);
            std::printf("find %-28s by %-9s %6lld cards: p50 %6.1f ms, p99 %6.1f ms\n",
                        qPrintable(QStringLiteral("'%1'").arg(QString::fromUtf8(s.text))), s.order,
                        static_cast<long long>(found), bench::percentile(times, 0.5), p99);
        }

    }

    QList<double> times;
    QElapsedTimer timer;
    for (int run = 0; run < kRuns * 5; ++run) {
        timer.start();
        const QList<BrowseRow> rows = list.rows(page, context);
        times.append(timer.nsecsElapsed() / 1e6);
        if (rows.size() != page.size()) {
            std::fprintf(stderr, "rows: %lld of %lld\n", static_cast<long long>(rows.size()),
                         static_cast<long long>(page.size()));
            return 1;
        }
    }
    std::printf("rows of %lld cards: p50 %.2f ms, p99 %.2f ms\n", static_cast<long long>(page.size()),
                bench::percentile(times, 0.5), bench::percentile(times, 0.99));
    std::printf("target search < 100 ms: %s\n", met ? "met" : "NOT met");
    return 0;
}
