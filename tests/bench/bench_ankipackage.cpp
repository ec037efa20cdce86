// Anki packages at the size of a large deck: 100,000 notes, 100,000 cards and 300,000 reviews.
// Prints the median of writing the package (writeAnkiPackage: collection.anki2, zip, QSaveFile),
// of the collection file alone (AnkiCollectionWriter), of reading the package back
// (readAnkiPackage) and of rendering every card to plain text (ankitemplate::render).
// Goal: writing the 100,000-card package under 1 s. Run: scripts/bench (or
// build/tests/bench/bench_ankipackage).
#include "ankicollectionwriter.h"
#include "ankipackage.h"
#include "ankitemplate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kCards = 100000;
constexpr int kRuns = 5;

AnkiCollection largeCollection()
{
    AnkiCollection c;
    c.createdSecs = 1767240000;
    c.notetypes.append({1, QStringLiteral("Basic"), false, {QStringLiteral("Front"), QStringLiteral("Back")},
                        {{QStringLiteral("Card 1"), 0, QStringLiteral("{{Front}}"),
                          QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")}},
                        {}});
    c.decks.append({2, QStringLiteral("Ports")});
    c.notes.reserve(kCards);
    c.cards.reserve(kCards);
    c.reviews.reserve(3 * kCards);
    for (int i = 0; i < kCards; ++i) {
        const qint64 noteId = 1700000000000 + i;
        c.notes.append({noteId, QStringLiteral("guid%1").arg(i, 8, 16, QLatin1Char('0')), 1,
                        {QStringLiteral("Which service listens on port %1/tcp?").arg(i),
                         QStringLiteral("Service number %1 &amp; friends").arg(i)},
                        {QStringLiteral("ports"), QStringLiteral("bench")}, 1767300000});
        const bool studied = i % 3 != 0;
        c.cards.append({noteId + 1000000, noteId, 2, 0, studied ? 2 : 0, studied ? 2 : 0,
                        studied ? 30 + i % 200 : i, studied ? 1 + i % 90 : 0, studied ? 2500 : 0,
                        studied ? 3 : 0, 0, 0,
                        studied ? QStringLiteral("{\"s\":%1,\"d\":5.2}").arg(1 + i % 90) : QString()});
        if (studied) {
            for (int r = 0; r < 3; ++r)
                c.reviews.append({1767300000000 + qint64(i) * 10 + r, noteId + 1000000, 3, 1 + r * 4, r * 4, 2500, 5000, 1});
        }
    }
    return c;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool measure(const char *what, double goalMs, const std::function<bool()> &run)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return false;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    const double m = median(times);
    if (goalMs > 0)
        std::printf("%-44s median %8.1f ms  goal %6.0f ms  %s\n", what, m, goalMs, m <= goalMs ? "ok" : "MISSED");
    else
        std::printf("%-44s median %8.1f ms\n", what, m);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const AnkiCollection collection = largeCollection();
    const QString package = dir.filePath(QStringLiteral("large.apkg"));
    const QString file = dir.filePath(QStringLiteral("collection.anki2"));
    QString error;
    std::printf("%d notes, %d cards, %lld reviews, %d runs each\n", kCards, kCards,
                static_cast<long long>(collection.reviews.size()), kRuns);

    bool ok = measure("write collection.anki2 (AnkiCollectionWriter)", 0,
                      [&] { return AnkiCollectionWriter::write(file, collection, &error); });
    ok = ok && measure("write the package (writeAnkiPackage)", 1000,
                       [&] { return writeAnkiPackage(package, collection, &error); });
    if (ok)
        std::printf("package: %.1f MiB, collection %.1f MiB\n", QFileInfo(package).size() / 1048576.0,
                    QFileInfo(file).size() / 1048576.0);
    AnkiCollection read;
    ok = ok && measure("read the package (readAnkiPackage)", 1000, [&] {
        auto c = readAnkiPackage(package, &error);
        if (c)
            read = std::move(*c);
        return c.has_value() && read.cards.size() == kCards;
    });
    ok = ok && measure("render every card to text (ankitemplate)", 0, [&] {
        qsizetype characters = 0;
        for (const AnkiNote &note : read.notes)
            characters += ankitemplate::render(read.notetypes.first(), note, 0).answer.size();
        return characters > 0;
    });
    if (!ok) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
