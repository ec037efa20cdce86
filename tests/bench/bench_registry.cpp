// The port registry at full size: IANA's service-names CSV (about 15,000 lines, 11,700
// services). Prints the median of parsing it (RegistryParser), of the whole import
// (ImportJob::run: read, parse, replace the registry in one transaction, commit), of the
// Table's lookups (RegistryStore::search: every row, a port, a port inside a range, words),
// and of the lookup's model: every row with its studied mark, then sorted by service.
// Goal: the import under 0.5 s. The CSV comes from the first argument or PORTDECK_IANA_CSV;
// without one, 15,000 rows of the same shape are generated. Run: scripts/bench (or
// build/tests/bench/bench_registry [FILE]).
#include "deckstore.h"
#include "importjob.h"
#include "registryparser.h"
#include "registrystore.h"
#include "registrytablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kRuns = 5;

double medianMs(const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(kRuns / 2);
}

// IANA's shape: reserved rows, tcp/udp pairs, ranges, quoted descriptions over lines.
QByteArray generatedCsv()
{
    QByteArray csv = "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,"
                     "Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\r\n";
    for (int i = 0; i < 15000; ++i) {
        const int port = i * 4 % 65536;
        if (i % 6 == 0)
            csv += QStringLiteral(",%1,tcp,Unassigned,,,,,,,,\r\n").arg(port).toUtf8();
        else if (i % 50 == 0)
            csv += QStringLiteral("svc-range%1,%2-%3,,Range service %1,[Someone_%1],[Someone_%1],,,,,,\r\n")
                       .arg(i).arg(port).arg(std::min(port + 9, 65535)).toUtf8();
        else
            csv += QStringLiteral("svc%1,%2,%3,\"Service number %1, for\nbackup and sync\",[Someone_%1],"
                                  "[Someone_%1],2010-01-01,,[RFC%1],,,\r\n")
                       .arg(i).arg(port).arg(i % 2 ? QStringLiteral("udp") : QStringLiteral("tcp")).toUtf8();
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("PORTDECK_IANA_CSV");
    if (path.isEmpty() || !QFile::exists(path)) {
        std::printf("No IANA CSV given (argument or PORTDECK_IANA_CSV): 15,000 generated rows of its shape.\n");
        path = dir.filePath(QStringLiteral("generated.csv"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(generatedCsv()) < 0)
            return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();

    QString error;
    std::optional<RegistryFile> parsed;
    const double parseMs = medianMs([&] { parsed = RegistryParser::parse(bytes, &error); });
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %lld bytes, %lld services, %d unassigned, %lld problems\n", qPrintable(path),
                qint64(bytes.size()), qint64(parsed->services.size()), parsed->unassigned,
                qint64(parsed->problems.size()));
    std::printf("parse (RegistryParser):              %8.1f ms\n", parseMs);

    DeckStore store;
    if (store.open(dir.filePath(QStringLiteral("data"))) != DeckStore::Status::Ok)
        return 1;
    ImportRequest request;
    request.path = path;
    request.kind = ImportRequest::Kind::Registry;
    const double importMs = medianMs([&] {
        if (!ImportJob::run(store, request, [](qint64, qint64) { return true; }, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    });
    std::printf("import (ImportJob::run, one transaction): %5.1f ms   (goal < 500 ms)\n", importMs);

    const RegistryStore registry(store);
    const std::pair<const char *, QString> lookups[] = {
        {"every row (the lookup's first view)", QString()},
        {"a port: 8080", QStringLiteral("8080")},
        {"a port inside a range: 6010", QStringLiteral("6010")},
        {"words: backup", QStringLiteral("backup")},
        {"transport and words: udp sync", QStringLiteral("udp sync")},
    };
    for (const auto &[label, text] : lookups) {
        int rows = 0;
        const double ms = medianMs([&] { rows = int(registry.search(RegistryQuery::parse(text)).size()); });
        std::printf("search, %-36s %6.1f ms  (%d rows)\n", label, ms, rows);
    }
    // What the Table does on the first look: every row into the model (studied marks from the
    // entries), through the proxy the view sorts with.
    const QList<Fact> facts = store.facts();
    const QList<RegistryService> all = registry.search({});
    RegistryTableModel model;
    model.setFacts(facts);
    QSortFilterProxyModel proxy;
    proxy.setSortRole(RegistryTableModel::SortRole);
    proxy.setSourceModel(&model);
    const double modelMs = medianMs([&] { model.setServices(all); });
    std::printf("model, every row with its studied mark:   %6.1f ms  (%lld rows)\n", modelMs, qint64(all.size()));
    const double sortMs = medianMs([&] {
        proxy.sort(RegistryTableModel::Service, Qt::AscendingOrder);
        proxy.sort(-1);
    });
    std::printf("sort by service (the proxy):              %6.1f ms\n", sortMs);
    return 0;
}
