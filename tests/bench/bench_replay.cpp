// `portdeck-cli replay` against ts-fsrs on the same input, each a whole process, best of
// five: 6,000 cards, about 98,000 reviews, default settings, fuzz on (as the app runs) and off.
// Both outputs are compared field by field. Goal: at least 20 times faster, every review
// identical.
//
//   build/tests/bench/bench_replay [INPUT.json to keep]   (ts-fsrs side: cd tests/tools/fsrs-fixtures && npm ci)
#include "fsrs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace {

struct Run
{
    double ms = -1;
    QByteArray out;
};

Run best(const QString &program, const QStringList &args, const QString &input)
{
    Run run;
    for (int i = 0; i < 5; ++i) {
        QProcess process;
        process.setStandardInputFile(input);
        // Output to a file, as a script would keep it: a pipe would time the reader too.
        const QString output = input + QStringLiteral(".out");
        process.setStandardOutputFile(output);
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        if (!process.waitForFinished(600000) || process.exitCode() != 0) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
            return {};
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        QFile file(output);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        run.out = file.readAll();
        if (run.ms < 0 || ms < run.ms)
            run.ms = ms;
    }
    return run;
}

// Reviews the way learners make them: mostly near the due time, some early, late or same-day.
QByteArray buildInput(int cards, bool fuzz, int *reviewCount)
{
    constexpr qint64 kMinute = 60000;
    constexpr qint64 kDay = 86400000;
    std::mt19937_64 random(98);
    std::uniform_real_distribution<double> uniform(0, 1);
    fsrs::Settings settings;
    settings.enableFuzz = true;
    const fsrs::Scheduler scheduler(settings);
    QJsonArray list;
    *reviewCount = 0;
    for (int id = 1; id <= cards; ++id) {
        qint64 now = 1735722000000 + qint64(uniform(random) * 300) * kDay + qint64(uniform(random) * kDay);
        fsrs::Card card;
        card.dueMs = now;
        QJsonArray reviews;
        const int length = 10 + int(uniform(random) * 20);
        const qint64 first = now;
        for (int r = 0; r < length; ++r) {
            if (r > 0) {
                const double kind = uniform(random);
                const qint64 due = std::max(card.dueMs, now);
                now = kind < 0.15   ? now + qint64(uniform(random) * 30 * kMinute)
                      : kind < 0.3  ? now + qint64(uniform(random) * std::max<qint64>(due - now, kMinute))
                      : kind < 0.7  ? due
                                    : due + qint64(uniform(random) * 2 * std::max<qint64>(due - now, kDay));
                // Within ten years of the first review: decades-late answers reach stabilities
                // near 36,500 days, where V8's pow and glibc's can differ in the last bit and
                // flip the 8th decimal ts-fsrs rounds to.
                if (now - first > 3650 * kDay)
                    break;
            }
            const double x = uniform(random);
            const int rating = x < 0.15 ? 1 : x < 0.3 ? 2 : x < 0.85 ? 3 : 4;
            const int elapsed = card.lastReviewMs ? fsrs::utcDaysBetween(*card.lastReviewMs, now) : 0;
            card = scheduler.next(card, now, elapsed, fsrs::Rating(rating));
            reviews.append(QJsonObject{{QStringLiteral("time"), double(now)}, {QStringLiteral("rating"), rating}});
        }
        *reviewCount += int(reviews.size());
        list.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reviews"), reviews}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("enable_fuzz"), fuzz}, {QStringLiteral("cards"), list}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

// Times both on one input; false if they disagree anywhere.
bool compare(const QString &cli, const QString &tool, const QString &path, int reviews, bool fuzz)
{
    const Run ours = best(cli, {QStringLiteral("replay")}, path);
    if (ours.ms < 0)
        return false;
    std::printf("\nfuzz %s: portdeck-cli replay %.0f ms", fuzz ? "on" : "off", ours.ms);
    if (!QFile::exists(tool + QStringLiteral("/node_modules/ts-fsrs"))) {
        std::printf("; ts-fsrs side skipped: run `npm ci` in tests/tools/fsrs-fixtures\n");
        return true;
    }
    const Run anchor = best(QStringLiteral("node"), {tool + QStringLiteral("/replay.mjs")}, path);
    if (anchor.ms < 0)
        return false;
    std::printf(", ts-fsrs 5.4.2 (node) %.0f ms: %.1f times faster\n", anchor.ms, anchor.ms / ours.ms);
    const QJsonArray a = QJsonDocument::fromJson(ours.out).object().value(QLatin1String("cards")).toArray();
    const QJsonArray b = QJsonDocument::fromJson(anchor.out).object().value(QLatin1String("cards")).toArray();
    int same = 0, compared = 0;
    for (qsizetype c = 0; c < std::min(a.size(), b.size()); ++c) {
        const QJsonArray ra = a.at(c).toObject().value(QLatin1String("reviews")).toArray();
        const QJsonArray rb = b.at(c).toObject().value(QLatin1String("reviews")).toArray();
        for (qsizetype r = 0; r < std::min(ra.size(), rb.size()); ++r) {
            ++compared;
            if (ra.at(r) == rb.at(r)) {
                ++same;
            } else if (compared - same <= 3) {
                std::printf("card %lld review %lld differs:\n  portdeck %s\n  ts-fsrs  %s\n", qlonglong(c + 1), qlonglong(r + 1),
                            QJsonDocument(ra.at(r).toObject()).toJson(QJsonDocument::Compact).constData(),
                            QJsonDocument(rb.at(r).toObject()).toJson(QJsonDocument::Compact).constData());
            }
        }
    }
    std::printf("%d of %d reviews identical in every field\n", same, reviews);
    return same == reviews && compared == reviews;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/portdeck-cli");
    const QString tool = QStringLiteral(PORTDECK_SOURCE_DIR "/tests/tools/fsrs-fixtures");
    QTemporaryDir dir;
    bool ok = true;
    for (bool fuzz : {true, false}) {
        int reviews = 0;
        const QByteArray input = buildInput(6000, fuzz, &reviews);
        const QString path = argc > 1 && fuzz ? QString::fromLocal8Bit(argv[1])
                                              : dir.filePath(QStringLiteral("input-%1.json").arg(fuzz));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            return 1;
        file.close();
        if (fuzz) {
            std::printf("6000 cards, %d reviews, default settings; whole processes, best of 5\n", reviews);
            std::printf("starting a process that does nothing (/bin/true) takes %.0f ms here\n",
                        best(QStringLiteral("/bin/true"), {}, path).ms);
        }
        ok = compare(cli, tool, path, reviews, fuzz) && ok;
    }
    return ok ? 0 : 1;
}
