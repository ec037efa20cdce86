// Launch as a learner meets it: the real portdeck executable started (offscreen) on the Study
// page, 7 times for each collection, interleaved, timed from the start of the process to the
// milestones it prints with PORTDECK_TRACE_STARTUP=1 (see app/startuptrace.h):
// - the built-in deck (about 200 cards): the first card painted in at most 100 ms;
// - 100,000 cards and about a million reviews: at most 250 ms.
// Each launch closes itself after the first card (PORTDECK_TRACE_STARTUP=quit), as a learner
// would, and its exit is timed: at most 100 ms. Then, once each, the memory (PSS, the whole
// process) 15 s after launch: at most 45 MiB and 80 MiB. Figures are medians with min and max.
// Then each page's first open, 7 times on the large collection (PORTDECK_TRACE_STARTUP=pages):
// once what launch leaves for after the first card is done ("settled": the collection's verdict,
// every entry read; reported, from the first card), as a learner reads the card first, the app
// opens Notes, Table, Quiz, Progress and Browse in turn, each once the app has settled again
// (Progress's charts drawn), and each is timed from the moment it is asked for to its first
// frame: at most 100 ms. Then a quiz is
// started, the Study page shown again, and Search Notes and Cards typed into ("s", "ss",
// "ssh"; each keystroke's results in under 50 ms, the first too).
// Run: scripts/bench (or build/tests/bench/bench_launch [--runs N] [--no-memory] [--no-pages]
// [--keep DIR]: --keep makes the collections in DIR once and reuses them, for a profiler too).
#include "largecollection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace bench;

namespace {

struct Launch
{
    std::map<QByteArray, double> byBench; ///< milestone → ms from QProcess::start
    std::map<QByteArray, double> byApp;   ///< milestone → ms the app printed
    double pssMiB = -1;
};

double pssOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// One launch, until the first card is painted (and @p idleSeconds more for the memory), or
// with every page opened once after it.
std::optional<Launch> launch(const QString &dataDir, int idleSeconds, bool tourPages = false)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // "quit": the app closes itself after the first card, as a learner closes it, so each
    // launch after the first finds a clean close; the exit is timed too.
    env.insert(QStringLiteral("PORTDECK_TRACE_STARTUP"), idleSeconds > 0 ? QStringLiteral("1")
                                                         : tourPages      ? QStringLiteral("pages")
                                                                          : QStringLiteral("quit"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(PORTDECK_GUI), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--page"),
                                             QStringLiteral("study")});
    Launch out;
    QByteArray pending;
    const char *last = idleSeconds > 0 ? "first card painted" : "closed";
    while (!out.byBench.count(last)) {
        if (!app.waitForReadyRead(20000)) {
            std::fprintf(stderr, "portdeck printed no '%s': %s\n", last, app.readAllStandardError().constData());
            app.kill();
            app.waitForFinished();
            return std::nullopt;
        }
        const double now = timer.nsecsElapsed() / 1e6;
        pending += app.readAllStandardError();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (!line.startsWith("portdeck-startup: "))
                continue;
            const QByteArray rest = line.mid(18);
            const qsizetype space = rest.lastIndexOf(' ');
            out.byBench[rest.left(space)] = now;
            out.byApp[rest.left(space)] = rest.mid(space + 1).toDouble();
        }
    }
    if (idleSeconds > 0) {
        QThread::sleep(idleSeconds);
        out.pssMiB = pssOf(app.processId());
    }
    if (idleSeconds > 0)
        app.kill(); // the collection was only read; the next launch checks it whole, once
    app.waitForFinished();
    return out;
}

void report(const char *what, QList<double> values, double goal, const char *unit)
{
    std::sort(values.begin(), values.end());
    const double median = percentile(values, 0.5);
    std::printf("  %-34s median %7.1f %s  min %7.1f  max %7.1f", what, median, unit, values.constFirst(),
                values.constLast());
    if (goal > 0)
        std::printf("  goal %5.0f  %s", goal, median <= goal ? "ok" : "MISSED");
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 7;
    QTemporaryDir temporary;
    const int keepAt = int(args.indexOf(QStringLiteral("--keep")));
    const QString root = keepAt > 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : temporary.path();
    const QDir dir(root);
    struct Size
    {
        const char *name;
        QString dataDir;
        double firstCardGoal;
        double memoryGoal;
        QList<Launch> launches;
    };
    QList<Size> sizes{{"the built-in deck", dir.filePath(QStringLiteral("builtin")), 100, 45, {}},
                      {"100,000 cards", dir.filePath(QStringLiteral("large")), 250, 80, {}}};
    if (!QFile::exists(sizes[1].dataDir + QStringLiteral("/portdeck.sqlite"))) {
        DeckStore builtin;
        if (builtin.open(sizes[0].dataDir) != DeckStore::Status::Ok)
            return 1;
        DeckStore large;
        if (!openLargeCollection(sizes[1].dataDir, large))
            return 1;
    }
    // A first launch of each fills the page cache, as a learner's second launch of the day would.
    for (Size &size : sizes) {
        if (!launch(size.dataDir, 0))
            return 1;
    }
    for (int i = 0; i < runs; ++i) {
        for (Size &size : sizes) {
            const std::optional<Launch> l = launch(size.dataDir, 0);
            if (!l)
                return 1;
            size.launches.append(*l);
        }
    }
    const bool memory = !args.contains(QStringLiteral("--no-memory"));
    for (Size &size : sizes) {
        std::printf("%s, %d launches (load %.2f):\n", size.name, runs, loadAverage());
        QList<double> exits;
        for (const Launch &l : std::as_const(size.launches))
            exits.append(l.byApp.at("closed") - l.byApp.at("closing"));
        for (const char *milestone : {"collection open", "window built", "window shown", "first card painted"}) {
            QList<double> bench;
            QList<double> own;
            for (const Launch &l : std::as_const(size.launches)) {
                bench.append(l.byBench.at(milestone));
                own.append(l.byApp.at(milestone));
            }
            const bool firstCard = qstrcmp(milestone, "first card painted") == 0;
            report(qPrintable(QStringLiteral("%1 (from exec)").arg(QLatin1String(milestone))), bench,
                   firstCard ? size.firstCardGoal : 0, "ms");
            report(qPrintable(QStringLiteral("%1 (from main)").arg(QLatin1String(milestone))), own, 0, "ms");
        }
        report("exit (closing to closed)", exits, 100, "ms");
        if (qstrcmp(size.name, "100,000 cards") == 0 && !args.contains(QStringLiteral("--no-pages"))) {
            QList<Launch> tours;
            for (int i = 0; i < runs; ++i) {
                const std::optional<Launch> l = launch(size.dataDir, 0, true);
                if (!l)
                    return 1;
                tours.append(*l);
            }
            std::printf("%s, each page's first open after the first card, %d launches:\n", size.name, runs);
            QList<double> settled;
            for (const Launch &l : std::as_const(tours))
                settled.append(l.byApp.at("settled") - l.byApp.at("first card painted"));
            report("launch settled after the first card", settled, 0, "ms");
            for (const char *page : {"notes", "table", "quiz", "stats", "browse"}) {
                QList<double> ms;
                for (const Launch &l : std::as_const(tours))
                    ms.append(l.byApp.at(QByteArray(page) + " painted") - l.byApp.at(QByteArray(page) + " asked"));
                report(qPrintable(QStringLiteral("%1: asked to first frame").arg(QLatin1String(page))), ms, 100, "ms");
            }
            auto between = [&](const char *what, const QByteArray &from, const QByteArray &to, double goal) {
                QList<double> ms;
                for (const Launch &l : std::as_const(tours))
                    ms.append(l.byApp.at(to) - l.byApp.at(from));
                report(what, ms, goal, "ms");
            };
            between("quiz: Start to first question", "quiz start asked", "quiz start painted", 0);
            between("study again: asked to first frame", "study again asked", "study again painted", 100);
            // Search Notes and Cards right after launch, as the learner types "s", "ss", "ssh".
            between("search: first keystroke", "search asked", "search typed s", 50);
            between("search: second keystroke", "search typed s", "search typed ss", 50);
            between("search: third keystroke", "search typed ss", "search typed ssh", 50);
            QList<double> exitsAfter;
            for (const Launch &l : std::as_const(tours))
                exitsAfter.append(l.byApp.at("closed") - l.byApp.at("closing"));
            report("exit with every page built", exitsAfter, 100, "ms");
        }
        if (memory) {
            const std::optional<Launch> idle = launch(size.dataDir, 15);
            if (!idle)
                return 1;
            report("idle memory 15 s after launch (PSS)", {idle->pssMiB}, size.memoryGoal, "MiB");
        }
    }
    return 0;
}
