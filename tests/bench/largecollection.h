#pragma once

// The large collection the benchmarks run on, and their figures' helpers.

#include "deckstore.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace bench {

constexpr qint64 kDay = 24LL * 3600 * 1000;
inline const qint64 kNow = QDateTime::fromString(QStringLiteral("2025-06-02T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

inline long rssKiB()
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

// 20,000 facts of 5 cards each; 70% of cards studied over the past year (1 to @p maxReps
// reviews each, uniformly), due from a month ago to four months ahead; the rest new.
inline bool buildCollection(DeckStore &store, int facts, int *cards, int *reviews, int maxReps = 6)
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
    // Review ids as the app gives them (DeckStore::nextReviewIdSql): this collection's node, then
    // a sequence.
    review.prepare(QStringLiteral("INSERT INTO revlog (id, card_id, time, rating, state_before, state_after, stability, "
                                  "difficulty, elapsed_days, scheduled_days, due, response_ms, recall) "
                                  "VALUES (?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 node = store.collectionNode();
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
            const int reps = studied ? 1 + random.bounded(maxReps) : 0;
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
                const QVariantList rv{(node << DeckStore::kReviewSequenceBits) | (*reviews + 1), cardId, when, 1 + random.bounded(4), r == 0 ? 0 : 2, s, d,
                                      random.bounded(60), int(s), when + qint64(s * kDay), 1000 + random.bounded(9000),
                                      r == 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(0.75 + 0.24 * random.generateDouble())};
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

// The collection of the speed goals: 100,000 cards, 1 to 28 reviews a studied card (about a
// million in all), and tags as a learner's collection has them, one card in twenty.
inline bool buildLargeCollection(DeckStore &store, int *cards, int *reviews)
{
    if (!buildCollection(store, 20000, cards, reviews, 28))
        return false;
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT id, 'tag' || (id % 7) FROM cards "
                                 "WHERE id % 20 = 0"));
}

// Opens a collection in @p dir and fills it with the large collection; says what it built, or
// why it could not, on the terminal.
inline bool openLargeCollection(const QString &dir, DeckStore &store)
{
    if (store.open(dir) != DeckStore::Status::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return false;
    }
    int cards = 0;
    int reviews = 0;
    if (!buildLargeCollection(store, &cards, &reviews)) {
        std::fprintf(stderr, "building the collection failed\n");
        return false;
    }
    std::printf("collection: %d cards, %d reviews\n", cards, reviews);
    return true;
}

// The machine's load while a figure was taken: the 1-minute load average.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').constFirst().toDouble();
}


} // namespace bench
