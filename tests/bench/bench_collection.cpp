// Changes through the collection service on a large collection: 100,000 cards with a million
// reviews. Prints p50/p99 of every bulk action of Browse on 10,000 cards (one transaction,
// recorded for undo) and of its undo, then where the time of a suspend goes: the statement,
// the undo record (changeset), the commit. Run: scripts/bench (or build/tests/bench/bench_collection);
// arguments are pragmas to set first, settings DeckStore could choose: "cache_size = -65536".
#include "changerecorder.h"
#include "collection.h"
#include "deckstore.h"
#include "largecollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

constexpr int kRuns = 15;
constexpr double kGoalMs = 300;

// One bulk action; @p setup (when set) first brings the cards to where the action has work to
// do (unsuspend needs suspended cards), unmeasured, and is undone after the action's own undo.
struct Action
{
    const char *name;
    std::function<bool()> setup;
    std::function<bool()> act;
    QList<double> times;
    QList<double> undoTimes;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    DeckStore store;
    if (!bench::openLargeCollection(dir.path(), store))
        return 1;
    QSqlQuery q(store.database());
    for (int i = 1; i < argc; ++i) {
        const QString pragma = QStringLiteral("PRAGMA %1").arg(QString::fromLocal8Bit(argv[i]));
        if (!q.exec(pragma)) {
            std::fprintf(stderr, "%s failed\n", qPrintable(pragma));
            return 1;
        }
        std::printf("-- %s\n", qPrintable(pragma));
    }

    // 10,000 cards spread over the collection, as a search in Browse would pick them.
    QList<qint64> ids;
    q.exec(QStringLiteral("SELECT id FROM cards WHERE id % 10 = 3 ORDER BY id LIMIT 10000"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();

    Collection collection(&store);
    const QStringList tags{QStringLiteral("bench")};
    Action actions[] = {
        {"suspend", {}, [&] { return collection.setSuspended(ids, true); }, {}, {}},
        {"unsuspend", [&] { return collection.setSuspended(ids, true); },
         [&] { return collection.setSuspended(ids, false); }, {}, {}},
        {"bury", {}, [&] { return collection.bury(ids, bench::kNow + bench::kDay); }, {}, {}},
        {"flag", {}, [&] { return collection.setFlag(ids, 1); }, {}, {}},
        {"add tag", {}, [&] { return collection.addTags(ids, tags); }, {}, {}},
        {"remove tag", [&] { return collection.addTags(ids, tags); }, [&] { return collection.removeTags(ids, tags); },
         {}, {}},
        {"forget", {}, [&] { return collection.forget(ids); }, {}, {}},
        {"set due", {}, [&] { return collection.setDue(ids, bench::kNow + 7 * bench::kDay); }, {}, {}},
    };
    auto failed = [&](const char *what) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(collection.errorString()));
        return 1;
    };
    const double loadBefore = bench::loadAverage();
    QElapsedTimer timer;
    // Run after run through every action, so that a burst of load elsewhere spreads over all.
    for (int run = 0; run < kRuns; ++run) {
        for (Action &a : actions) {
            if (a.setup && !a.setup())
                return failed(a.name);
            const QString before = collection.undoText();
            timer.start();
            if (!a.act())
                return failed(a.name);
            a.times.append(timer.nsecsElapsed() / 1e6);
            // An action that changed nothing leaves no undo step: undo would take back another.
            if (collection.undoText() == before) {
                std::fprintf(stderr, "%s changed nothing\n", a.name);
                return 1;
            }
            timer.start();
            if (!collection.undo())
                return failed(a.name);
            a.undoTimes.append(timer.nsecsElapsed() / 1e6);
            if (a.setup && !collection.undo())
                return failed(a.name);
            if (collection.canUndo()) {
                std::fprintf(stderr, "%s: the undo stack is not empty after its undo\n", a.name);
                return 1;
            }
        }
    }
    bool met = true;
    std::printf("%lld cards, %d runs each, load average %.2f before, %.2f after\n",
                static_cast<long long>(ids.size()), kRuns, loadBefore, bench::loadAverage());
    for (const Action &a : actions) {
        const double p99 = bench::percentile(a.times, 0.99);
        const double undoP99 = bench::percentile(a.undoTimes, 0.99);
        met = met && p99 < kGoalMs && undoP99 < kGoalMs;
        std::printf("%-10s p50 %6.1f ms, p99 %6.1f ms; undo it: p50 %6.1f ms, p99 %6.1f ms%s\n", a.name,
                    bench::percentile(a.times, 0.5), p99, bench::percentile(a.undoTimes, 0.5), undoP99,
                    p99 < kGoalMs && undoP99 < kGoalMs ? "" : "  NOT met");
    }

    // Where a suspend's time goes: ChangeRecorder and the transaction by hand, as Collection::run
    // and Collection::undo use them.
    QSqlDatabase db = store.database();
    const QStringList tables{QStringLiteral("cards"), QStringLiteral("card_tags")};
    QList<double> statement, changeset, commit, revert, undoCommit;
    for (int run = 0; run < kRuns; ++run) {
        ChangeRecorder recorder;
        QString error;
        db.transaction();
        if (!recorder.start(db, tables, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        timer.start();
        store.setSuspended(ids, true);
        statement.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        const QByteArray recorded = recorder.finish();
        changeset.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        db.commit();
        commit.append(timer.nsecsElapsed() / 1e6);
        db.transaction();
        timer.start();
        if (!ChangeRecorder::revert(db, recorded, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        revert.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        db.commit();
        undoCommit.append(timer.nsecsElapsed() / 1e6);
    }
    auto print = [](const char *what, const QList<double> &times) {
        std::printf("  %-34s p50 %6.1f ms, p99 %6.1f ms\n", what, bench::percentile(times, 0.5),
                    bench::percentile(times, 0.99));
    };
    std::printf("suspend, piece by piece (load average %.2f):\n", bench::loadAverage());
    print("UPDATE, recorded", statement);
    print("changeset", changeset);
    print("COMMIT", commit);
    print("undo: changeset applied", revert);
    print("undo: COMMIT", undoCommit);

    std::printf("target bulk action on 10,000 cards and its undo < 300 ms: %s\n", met ? "met" : "NOT met");
    return 0;
}
