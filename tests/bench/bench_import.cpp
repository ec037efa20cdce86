// Import and export at the size of a large collection, the way File → Import… and
// File → Export… run them (the file read and parsed, the rows written in one transaction and
// committed; the cards found, rendered and packed):
// - a 100,000-row TSV in Anki's plain-text format into a collection (goal: under 0.7 s);
// - 100,000 cards with about a million reviews exported as an Anki package, without and with
//   their scheduling and history (goal: under 1 s without).
// Each figure is the median of 5 runs; each import goes into a fresh collection.
// Run: scripts/bench (or build/tests/bench/bench_import; --import-only stops after the import,
// for a profiler).
#include "cardlist.h"
#include "cardquery.h"
#include "deckstore.h"
#include "exporter.h"
#include "importjob.h"
#include "largecollection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace bench;

namespace {

constexpr int kRows = 100000;
constexpr int kRuns = 5;

bool measure(const char *what, double goalMs, const std::function<bool()> &prepare, const std::function<bool()> &run)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        if (prepare && !prepare())
            return false;
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return false;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    const double m = percentile(times, 0.5);
    const auto [low, high] = std::minmax_element(times.cbegin(), times.cend());
    std::printf("%-46s median %8.1f ms (min %.0f, max %.0f)", what, m, *low, *high);
    if (goalMs > 0)
        std::printf("  goal %6.0f ms  %s", goalMs, m <= goalMs ? "ok" : "MISSED");
    std::printf("  (load %.2f)\n", loadAverage());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;

    // Anki's plain text, as a teacher's spreadsheet exports it: question, answer, tags.
    const QString tsv = dir.filePath(QStringLiteral("cards.tsv"));
    {
        QFile file(tsv);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray text = "#separator:tab\n#html:false\n#tags column:3\n";
        for (int i = 0; i < kRows; ++i)
            text += "Which service listens on port " + QByteArray::number(i) + "/tcp?\tService number "
                    + QByteArray::number(i) + ", registered with IANA\tports week-" + QByteArray::number(i % 12) + '\n';
        file.write(text);
        std::printf("TSV: %d rows, %.1f MiB\n", kRows, file.size() / 1048576.0);
    }
    int run = 0;
    std::unique_ptr<DeckStore> target;
    ImportRequest request;
    request.path = tsv;
    bool ok = measure(
        "import a 100,000-row TSV (ImportJob::run)", 700,
        [&] {
            target = std::make_unique<DeckStore>();
            return target->open(dir.filePath(QStringLiteral("import-%1").arg(++run))) == DeckStore::Status::Ok;
        },
        [&] {
            const std::optional<ImportReport> report = ImportJob::run(*target, request, {}, &error);
            return report && report->added == kRows;
        });
    target.reset();
    if (app.arguments().contains(QStringLiteral("--import-only")))
        return ok ? 0 : 1;

    DeckStore large;
    ok = ok && openLargeCollection(dir.filePath(QStringLiteral("large")), large);
    const Exporter exporter(large);
    const QString package = dir.filePath(QStringLiteral("cards.apkg"));
    auto exportAll = [&](bool scheduling) {
        const CardQueryContext context = CardQueryContext::forLearner(large, kNow);
        const std::optional<QList<qint64>> ids =
            CardList(large).find(CardQuery::parse(QString(), context), BrowseColumn::Entry, Qt::AscendingOrder, &error);
        return ids && exporter.writeAnkiPackage(*ids, scheduling, package, &error);
    };
    ok = ok && measure("export 100,000 cards as .apkg", 1000, {}, [&] { return exportAll(false); });
    if (ok)
        std::printf("  package: %.1f MiB\n", QFileInfo(package).size() / 1048576.0);
    ok = ok && measure("export them with scheduling and history", 0, {}, [&] { return exportAll(true); });
    if (ok)
        std::printf("  package: %.1f MiB\n", QFileInfo(package).size() / 1048576.0);
    if (!ok) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
