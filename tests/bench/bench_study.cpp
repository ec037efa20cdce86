// Study speed on a large collection: 100,000 cards with a year of review history.
// Prints p50/p99 of "answer the current card and fetch the next one" and of "open the
// collection to the first card". Run: scripts/bench (or build/tests/bench/bench_study).
#include "deckstore.h"
#include "studysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const qint64 kNow = QDateTime::fromString(QStringLiteral("2025-06-02T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

// 20,000 facts of 5 cards each; 70% of cards studied over the past year (about 3.5 reviews
// each), due from a month ago to four months ahead; the rest new.
bool buildCollection(DeckStore &store, int facts, int *cards, int *reviews)
{
    QRandomGenerator random(42);
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery fact(db), port(db), card(db), review(db);
    fact.prepare(QStringLiteral("INSERT INTO facts (key, kind, name, full_name, security, function, position, builtin) "
                                "VALUES (?, 'protocol', ?, ?, 'no', ?, ?, 0)"));
    port.prepare(QStringLiteral("INSERT INTO fact_ports (fact_id, port, transport) VALUES (?, ?, 'tcp')"));
    card.prepare(QStringLiteral("INSERT INTO cards (key, fact_id, template, variant, position, builtin, state, step, "
                                "stability, difficulty, due, last_review, scheduled_days, reps, lapses) "
                                "VALUES (?, ?, ?, '', ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?)"));
    review.prepare(QStringLiteral("INSERT INTO revlog (card_id, time, rating, state_before, state_after, stability, "
                                  "difficulty, elapsed_days, scheduled_days, due, response_ms) "
                                  "VALUES (?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?)"));
    const char *templates[] = {"protocol-port", "function-protocol", "protocol-transport", "insecure-secure", "basic"};
    *cards = 0;
    *reviews = 0;
    for (int f = 0; f < facts; ++f) {
        fact.addBindValue(QStringLiteral("bench-%1").arg(f));
        fact.addBindValue(QStringLiteral("P%1").arg(f));
        fact.addBindValue(QStringLiteral("Protocol number %1").arg(f));
        fact.addBindValue(QStringLiteral("Does thing %1").arg(f));
        fact.addBindValue(1000 + f);
        if (!fact.exec())
            return false;
        const qint64 factId = fact.lastInsertId().toLongLong();
        port.addBindValue(factId);
        port.addBindValue(1024 + f);
        port.exec();
        for (int t = 0; t < 5; ++t) {
            const bool studied = random.bounded(100) < 70;
            const double s = studied ? 1 + random.generateDouble() * 120 : 0;
            const double d = studied ? 1 + random.generateDouble() * 9 : 0;
            const qint64 due = studied ? kNow + qint64((random.generateDouble() * 150 - 30) * kDay) : 0;
            const int reps = studied ? 1 + random.bounded(6) : 0;
            const qint64 last = studied ? due - qint64(s * kDay) : 0;
            const QVariantList values{QStringLiteral("bench-%1:%2").arg(f).arg(t), factId, QString::fromLatin1(templates[t]),
                                      (1000 + f) * 10 + t, studied ? 2 : 0, s, d,
                                      studied ? QVariant(due) : QVariant(), studied ? QVariant(last) : QVariant(),
                                      int(s), reps, studied ? random.bounded(3) : 0};
            for (const QVariant &v : values)
                card.addBindValue(v);
            if (!card.exec())
                return false;
            ++*cards;
            const qint64 cardId = card.lastInsertId().toLongLong();
            for (int r = 0; r < reps; ++r) {
                const qint64 when = kNow - qint64(random.generateDouble() * 365 * kDay);
                const QVariantList rv{cardId, when, 1 + random.bounded(4), r == 0 ? 0 : 2, s, d,
                                      random.bounded(60), int(s), when + qint64(s * kDay), 1000 + random.bounded(9000)};
                for (const QVariant &v : rv)
                    review.addBindValue(v);
                if (!review.exec())
                    return false;
                ++*reviews;
            }
        }
    }
    return db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int cards = 0;
    int reviews = 0;
    QElapsedTimer timer;
    {
        DeckStore store;
        if (store.open(dir.path()) != DeckStore::Status::Ok) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        timer.start();
        if (!buildCollection(store, 20000, &cards, &reviews)) {
            std::fprintf(stderr, "building the collection failed\n");
            return 1;
        }
        StudySettings settings;
        settings.newPerDay = 500;
        settings.reviewsPerDay = 100000;
        store.setStudySettings(settings);
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(store.database()).exec(QStringLiteral("ANALYZE"));
    }
    const DeckCounts counts = [&] {
        DeckStore s;
        s.open(dir.path());
        return s.counts();
    }();
    std::printf("collection: %d cards, %d reviews, %.1f MiB, built in %.1f s\n", counts.cards, counts.reviews,
                QFileInfo(dir.filePath(DeckStore::fileName())).size() / 1048576.0, timer.elapsed() / 1000.0);

    ManualClock clock(kNow);
    // Open to first card: open the file, build the day's queue, render the first card.
    QList<double> openMs;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        DeckStore store;
        store.open(dir.path());
        StudySession session(&store, &clock, QString(), QTimeZone::utc());
        const CardText text = session.currentText();
        openMs.append(t.nsecsElapsed() / 1e6);
        if (text.question.isEmpty() && session.hasCard())
            return 1;
    }

    // Answer and fetch the next card, 3,000 times.
    DeckStore store;
    store.open(dir.path());
    StudySession session(&store, &clock, QString(), QTimeZone::utc());
    std::printf("queue: %d review, %d new, %d learning\n", session.counts().review, session.counts().newCards,
                session.counts().learning);
    QList<double> answerMs;
    for (int i = 0; i < 3000 && session.hasCard(); ++i) {
        QElapsedTimer t;
        t.start();
        session.answer(static_cast<fsrs::Rating>(1 + (i * 7) % 4), 2000);
        if (session.hasCard())
            session.currentText();
        answerMs.append(t.nsecsElapsed() / 1e6);
        clock.advance(5000);
    }
    std::printf("open to first card: p50 %.2f ms, p99 %.2f ms (%lld runs)\n", percentile(openMs, 0.5),
                percentile(openMs, 0.99), static_cast<long long>(openMs.size()));
    std::printf("answer and next card: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%lld answers)\n",
                percentile(answerMs, 0.5), percentile(answerMs, 0.99), percentile(answerMs, 1.0),
                static_cast<long long>(answerMs.size()));
    std::printf("peak memory: %.1f MiB\n", rssKiB() / 1024.0);
    const bool met = percentile(answerMs, 0.99) < 2.0;
    std::printf("target p99 answer-to-next < 2 ms: %s\n", met ? "met" : "MISSED");
    return 0;
}
