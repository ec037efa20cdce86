#include "fsrs.h"

#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

using namespace fsrs;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const qint64 kStart = 1704099600000; // 2024-01-01T09:00:00Z
} // namespace

class TestFsrs : public QObject
{
    Q_OBJECT

private slots:
    void jsRounding_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("rounded");
        QTest::newRow("half up") << 2.5 << 3.0;
        QTest::newRow("negative half") << -2.5 << -2.0; // towards +infinity, unlike std::round
        QTest::newRow("negative") << -2.6 << -3.0;
        QTest::newRow("below half") << 1.49999 << 1.0;
        QTest::newRow("integer") << 7.0 << 7.0;
    }

    void jsRounding()
    {
        QFETCH(double, x);
        QFETCH(double, rounded);
        QCOMPARE(jsRound(x), rounded);
    }

    void alea_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("second");
        QTest::addColumn<double>("third");
        QTest::newRow("review seed") << "1704099600000_1_0" << 0.967712354613468 << 0.09250494232401252
                                     << 0.20769893215037882;
        QTest::newRow("hello") << "hello" << 0.8750656815245748 << 0.33650841237977147 << 0.6642807484604418;
    }

    void alea()
    {
        QFETCH(QString, seed);
        QFETCH(double, first);
        QFETCH(double, second);
        QFETCH(double, third);
        Alea alea(seed);
        QCOMPARE(alea.next(), first);
        QCOMPARE(alea.next(), second);
        QCOMPARE(alea.next(), third);
        // The fuzz's shortcut: one hash of the seed instead of three, the same first value.
        QCOMPARE(Alea::firstValue(seed), first);
        QCOMPARE(Alea::firstValue(std::string_view(seed.toLatin1().constData())), first);
    }

    void jsRoundIsMathRound()
    {
        // Math.round: floor(x + 0.5) without its rounding error, halves up, -0 kept.
        auto reference = [](double x) {
            double r = std::floor(x);
            if (x - r >= 0.5)
                r += 1;
            return r;
        };
        QRandomGenerator random(11);
        QList<double> values{0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 0.49999999999999994, -0.49999999999999994,
                             4503599627370495.5, -4503599627370495.5, 4503599627370496.0, 1e300, -1e300,
                             std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
        for (int i = 0; i < 20000; ++i) {
            const double scale = std::pow(10.0, random.bounded(-3, 17));
            values << (random.generateDouble() - 0.5) * scale << std::round(random.generateDouble() * scale) + 0.5;
        }
        for (double x : std::as_const(values)) {
            const double got = fsrs::jsRound(x);
            const double want = reference(x);
            QVERIFY2(got == want && std::signbit(got) == std::signbit(want), qPrintable(QString::number(x, 'g', 17)));
        }
        QVERIFY(std::isnan(fsrs::jsRound(std::nan(""))));
    }

    void appendShortestIsToChars()
    {
        // Every value gets std::to_chars's text: round8's values (the quick path) and others.
        auto reference = [](double x) {
            char buffer[32];
            return std::string(buffer, size_t(std::to_chars(buffer, buffer + sizeof buffer, x).ptr - buffer));
        };
        QRandomGenerator random(17);
        QList<double> values{0.0, -0.0, 0.001, 0.00099999, 0.1, 1, 10, 36500, 99999.99999999, 1e5, 100000.5,
                             0.30000000000000004, 1e-9, -2.5, 123456789.12345678,
                             std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()};
        for (int i = 0; i < 40000; ++i) {
            const double x = random.generateDouble() * std::pow(10.0, random.bounded(-5, 7));
            values << x << fsrs::round8(x) << fsrs::round8(x) + 1e-12;
        }
        for (double x : std::as_const(values)) {
            std::string got;
            fsrs::appendShortest(&got, x);
            QVERIFY2(got == reference(x), qPrintable(QString::number(x, 'g', 17) + QLatin1String(": ")
                                                     + QString::fromStdString(got)));
        }
    }

    void aleaFirstValueIsTheFirstValue()
    {
        // Over many review seeds, odd ones and the empty one, bit for bit.
        QRandomGenerator random(5);
        QStringList seeds{QString(), QStringLiteral(" "), QStringLiteral("0"), QStringLiteral("Grüße"),
                          QStringLiteral("1704099600000_3_50")};
        for (int i = 0; i < 2000; ++i)
            seeds << Scheduler::fuzzSeed(1700000000000 + qint64(random.bounded(1 << 30)) * 1000,
                                         1 + random.bounded(40), 1 + random.generateDouble() * 9,
                                         random.generateDouble() * 400);
        for (const QString &seed : std::as_const(seeds)) {
            const double expected = Alea(seed).next();
            QCOMPARE(Alea::firstValue(seed), expected);
            if (seed.toLatin1() == seed.toUtf8())
                QCOMPARE(Alea::firstValue(std::string_view(seed.toLatin1().constData())), expected);
        }
    }

    void seedFormatting()
    {
        QCOMPARE(Scheduler::fuzzSeed(kStart, 1, 0, 0), QStringLiteral("1704099600000_1_0"));
        QCOMPARE(Scheduler::fuzzSeed(kStart, 3, 5, 10), QStringLiteral("1704099600000_3_50"));
        QCOMPARE(Scheduler::fuzzSeed(kStart, 2, 2.11810397, 2.3065),
                 QStringLiteral("1704099600000_2_4.885406806805"));
    }

    void intervalModifier_data()
    {
        QTest::addColumn<double>("retention");
        QTest::addColumn<double>("modifier");
        QTest::newRow("0.80") << 0.80 << 3.3159598;
        QTest::newRow("0.85") << 0.85 << 1.90642614;
        QTest::newRow("0.90") << 0.90 << 1.0;
        QTest::newRow("0.95") << 0.95 << 0.40255869;
    }

    void intervalModifier()
    {
        QFETCH(double, retention);
        QFETCH(double, modifier);
        Settings s;
        s.desiredRetention = retention;
        QCOMPARE(Scheduler(s).intervalModifier(), modifier);
    }

    // FSRS.md §3.3 table C: the memory model on its own.
    void nextState_data()
    {
        QTest::addColumn<double>("d");
        QTest::addColumn<double>("s");
        QTest::addColumn<int>("t");
        QTest::addColumn<int>("g");
        QTest::addColumn<double>("newD");
        QTest::addColumn<double>("newS");
        QTest::newRow("first again") << 0.0 << 0.0 << 0 << 1 << 6.4133 << 0.212;
        QTest::newRow("first hard") << 0.0 << 0.0 << 0 << 2 << 5.11217071 << 1.2931;
        QTest::newRow("first good") << 0.0 << 0.0 << 0 << 3 << 2.11810397 << 2.3065;
        QTest::newRow("first easy") << 0.0 << 0.0 << 0 << 4 << 1.0 << 8.2956;
        QTest::newRow("lapse") << 5.0 << 10.0 << 10 << 1 << 8.34176237 << 1.39198697;
        QTest::newRow("hard") << 5.0 << 10.0 << 10 << 2 << 6.66599536 << 23.24687511;
        QTest::newRow("good") << 5.0 << 10.0 << 10 << 3 << 4.99022837 << 32.02672948;
        QTest::newRow("easy") << 5.0 << 10.0 << 10 << 4 << 3.31446137 << 51.25386165;
        QTest::newRow("same-day again") << 5.0 << 10.0 << 0 << 1 << 8.34176237 << 3.05124894;
        QTest::newRow("same-day good") << 5.0 << 10.0 << 0 << 3 << 4.99022837 << 10.0;
        QTest::newRow("late good") << 8.0 << 2.5 << 7 << 3 << 7.98722837 << 9.11189579;
        QTest::newRow("very late again") << 2.0 << 100.0 << 200 << 1 << 7.35568277 << 4.33399959;
    }

    void nextState()
    {
        QFETCH(double, d);
        QFETCH(double, s);
        QFETCH(int, t);
        QFETCH(int, g);
        QFETCH(double, newD);
        QFETCH(double, newS);
        const Scheduler scheduler;
        const MemoryState m = scheduler.nextState(
            d == 0 && s == 0 ? std::nullopt : std::optional<MemoryState>(MemoryState{d, s}), t,
            static_cast<Rating>(g));
        QCOMPARE(m.difficulty, newD);
        QCOMPARE(m.stability, newS);
    }

    // FSRS.md §3.3 sequences A (short-term) and B (long-term only).
    void sequences_data()
    {
        QTest::addColumn<bool>("shortTerm");
        QTest::addColumn<QList<int>>("ratings");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<int>>("scheduledDays");
        QTest::addColumn<QList<double>>("stabilities");
        QTest::addColumn<QStringList>("states");
        const QList<int> ratings{3, 3, 3, 3, 1, 3, 2, 4};
        auto iso = [](const char *s) { return QDateTime::fromString(QString::fromLatin1(s), Qt::ISODate).toMSecsSinceEpoch(); };
        QTest::newRow("A: short-term")
            << true << ratings
            << QList<qint64>{iso("2024-01-01T09:00:00Z"), iso("2024-01-01T09:10:00Z"), iso("2024-01-03T09:10:00Z"),
                             iso("2024-01-14T09:10:00Z"), iso("2024-02-29T09:10:00Z"), iso("2024-02-29T09:20:00Z"),
                             iso("2024-03-05T09:20:00Z"), iso("2024-03-12T09:20:00Z")}
            << QList<int>{0, 2, 11, 46, 0, 3, 7, 21}
            << QList<double>{2.3065, 2.3065, 10.97104786, 46.31685657, 2.93384526, 2.93384526, 7.04881085, 21.14206195}
            << QStringList{"Learning", "Review", "Review", "Review", "Relearning", "Review", "Review", "Review"};
        QTest::newRow("B: long-term")
            << false << ratings
            << QList<qint64>{iso("2024-01-01T09:00:00Z"), iso("2024-01-04T09:00:00Z"), iso("2024-01-18T09:00:00Z"),
                             iso("2024-03-15T09:00:00Z"), iso("2024-09-27T09:00:00Z"), iso("2024-10-02T09:00:00Z"),
                             iso("2024-10-16T09:00:00Z"), iso("2024-11-08T09:00:00Z")}
            << QList<int>{3, 14, 57, 196, 5, 12, 23, 61}
            << QList<double>{2.3065, 13.82690327, 56.95670978, 196.23528243, 5.03389023, 12.4820472, 22.91950824, 60.85387967}
            << QStringList{"Review", "Review", "Review", "Review", "Review", "Review", "Review", "Review"};
    }

    void sequences()
    {
        QFETCH(bool, shortTerm);
        QFETCH(QList<int>, ratings);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<int>, scheduledDays);
        QFETCH(QList<double>, stabilities);
        QFETCH(QStringList, states);
        Settings settings;
        settings.enableShortTerm = shortTerm;
        const Scheduler scheduler(settings);
        Card card;
        card.dueMs = times.constFirst();
        for (int i = 0; i < ratings.size(); ++i) {
            const int t = card.lastReviewMs ? utcDaysBetween(*card.lastReviewMs, times.at(i)) : 0;
            card = scheduler.next(card, times.at(i), t, static_cast<Rating>(ratings.at(i)));
            QCOMPARE(card.scheduledDays, scheduledDays.at(i));
            QCOMPARE(card.stability, stabilities.at(i));
            QCOMPARE(stateName(card.state), states.at(i));
        }
        QCOMPARE(card.lapses, 1);
    }

    // Default steps 1m 10m / 10m (FSRS.md §2.3).
    void learningSteps()
    {
        const Scheduler scheduler;
        const Card fresh;
        const auto n = scheduler.preview(fresh, kStart, 0);
        QCOMPARE(n[0].dueMs - kStart, 1 * kMinute);
        QCOMPARE(n[1].dueMs - kStart, 6 * kMinute); // round(5.5)
        QCOMPARE(n[2].dueMs - kStart, 10 * kMinute);
        QCOMPARE(n[2].step, 1);
        QCOMPARE(n[3].state, State::Review);
        QCOMPARE(n[3].scheduledDays, 8);

        const auto l = scheduler.preview(n[2], kStart + 10 * kMinute, 0);
        QCOMPARE(l[0].step, 0);
        QCOMPARE(l[0].dueMs - (kStart + 10 * kMinute), 1 * kMinute);
        QCOMPARE(l[2].state, State::Review);

        Card review = l[2];
        const qint64 later = review.dueMs;
        const auto r = scheduler.preview(review, later, utcDaysBetween(*review.lastReviewMs, later));
        QCOMPARE(r[0].state, State::Relearning);
        QCOMPARE(r[0].dueMs - later, 10 * kMinute);
        QCOMPARE(r[0].lapses, 1);
        // Hard < Good < Easy, always.
        QVERIFY(r[1].scheduledDays < r[2].scheduledDays);
        QVERIFY(r[2].scheduledDays < r[3].scheduledDays);

        const auto rl = scheduler.preview(r[0], later + 10 * kMinute, 0);
        QCOMPARE(rl[0].dueMs - (later + 10 * kMinute), 10 * kMinute);
        QCOMPARE(rl[1].dueMs - (later + 10 * kMinute), 15 * kMinute);
        QCOMPARE(rl[2].state, State::Review);
    }

    void fuzz_data()
    {
        QTest::addColumn<double>("stability");
        QTest::addColumn<int>("elapsed");
        QTest::addColumn<int>("lo");
        QTest::addColumn<int>("hi");
        QTest::newRow("3 days") << 3.0 << 0 << 2 << 4;
        QTest::newRow("10 days") << 10.0 << 5 << 8 << 12;
        QTest::newRow("30 days") << 30.0 << 40 << 27 << 33;
        QTest::newRow("100 days") << 100.0 << 90 << 93 << 107;
    }

    void fuzz()
    {
        QFETCH(double, stability);
        QFETCH(int, elapsed);
        QFETCH(int, lo);
        QFETCH(int, hi);
        Settings s;
        s.enableFuzz = true;
        const Scheduler scheduler(s);
        QSet<int> seen;
        for (int i = 0; i < 400; ++i) {
            const int ivl = scheduler.nextInterval(stability, elapsed, QString::number(i));
            QVERIFY2(ivl >= lo && ivl <= hi, qPrintable(QString::number(ivl)));
            seen.insert(ivl);
        }
        QCOMPARE(seen.size(), hi - lo + 1); // every day of the range is reachable
        // Without fuzz, the interval is exactly round(S · modifier).
        QCOMPARE(Scheduler().nextInterval(stability, elapsed, QStringLiteral("x")), int(stability));
    }

    void maximumInterval()
    {
        Settings s;
        s.maximumInterval = 30;
        s.enableShortTerm = false;
        const Scheduler scheduler(s);
        QCOMPARE(scheduler.nextInterval(1000, 0, {}), 30);
        Card card;
        card.state = State::Review;
        card.stability = 1000;
        card.difficulty = 5;
        card.lastReviewMs = kStart - 30 * kDay;
        card.reps = 5;
        const auto p = scheduler.preview(card, kStart, 30);
        // Ordering runs after the cap, so Good and Easy may pass it by a day or two (as ts-fsrs).
        QCOMPARE(p[1].scheduledDays, 30);
        QCOMPARE(p[2].scheduledDays, 31);
        QCOMPARE(p[3].scheduledDays, 32);
    }

    void parameterMigration()
    {
        // FSRS-5 (19 values): decay 0.5 appended, w19 lifted to the short-term floor 0.01.
        std::vector<double> w5(defaultWeights().begin(), defaultWeights().begin() + 19);
        const Weights m5 = *migrateParameters(w5, 1, true);
        QCOMPARE(m5[19], 0.01);
        QCOMPARE(m5[20], 0.5);
        QCOMPARE(migrateParameters(w5, 1, false)->at(19), 0.0);
        // FSRS-4.5 (17 values): w4–w6 converted to 8 decimals.
        std::vector<double> w45{0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031,
                                1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755};
        const Weights m45 = *migrateParameters(w45, 1, true);
        QCOMPARE(m45[4], 7.6214);
        QCOMPARE(m45[5], 0.51510155);
        QCOMPARE(m45[19], 0.01);
        QCOMPARE(m45[6], 1.3975);
        QCOMPARE(m45[20], 0.5);
        // Out of range values are clipped; NaN becomes the range floor.
        std::vector<double> wild(defaultWeights().begin(), defaultWeights().end());
        wild[0] = 500;
        wild[4] = std::nan("");
        wild[20] = 2;
        const Weights clipped = *migrateParameters(wild, 1, true);
        QCOMPARE(clipped[0], 100.0);
        QCOMPARE(clipped[4], 1.0);
        QCOMPARE(clipped[20], 0.8);
        // Several relearning steps lower the w17/w18 ceiling.
        std::vector<double> high(defaultWeights().begin(), defaultWeights().end());
        high[17] = 2;
        QCOMPARE(migrateParameters(high, 3, true)->at(17), 0.49027301); // ts-fsrs: 0.49027301
        QVERIFY(!migrateParameters({1, 2, 3}, 1, true));
        QCOMPARE(*migrateParameters({}, 1, true), defaultWeights());
    }

    void steps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes");
        QTest::newRow("minutes") << "10m" << 10;
        QTest::newRow("hours") << "2h" << 120;
        QTest::newRow("days") << "1d" << 1440;
        QTest::newRow("spaces") << " 5 m " << 5;
        QTest::newRow("no unit") << "10" << -1;
        QTest::newRow("unknown unit") << "3w" << -1;
        QTest::newRow("negative") << "-1m" << -1;
        QTest::newRow("fraction") << "1.5m" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void steps()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(parseStep(text).value_or(-1), minutes);
        if (minutes > 0)
            QCOMPARE(parseStep(formatStep(minutes)).value_or(-1), minutes);
    }

    void utcDays()
    {
        const qint64 late = QDateTime::fromString(QStringLiteral("2024-01-01T23:59:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(utcDaysBetween(late, late + 2 * kMinute), 1);
        QCOMPARE(utcDaysBetween(late - 23 * 60 * kMinute, late), 0);
        QCOMPARE(utcDaysBetween(kStart, kStart + 10 * kDay), 10);
        QCOMPARE(utcDaysBetween(-kDay / 2, kDay / 2), 1); // before 1970 too
    }

    void retrievability()
    {
        const Scheduler scheduler;
        QCOMPARE(scheduler.forgettingCurve(10, 10), 0.9);
        QCOMPARE(scheduler.forgettingCurve(0, 10), 1.0);
        QVERIFY(scheduler.forgettingCurve(100, 10) < scheduler.forgettingCurve(20, 10));
    }

    void damagedStateDoesNotCrash()
    {
        const Scheduler scheduler;
        Card card;
        card.state = State::Review;
        card.stability = -3;
        card.difficulty = 0.2;
        card.lastReviewMs = kStart;
        const Card next = scheduler.next(card, kStart + kDay, -5, Rating::Good);
        QVERIFY(next.stability >= 0.001);
        QVERIFY(next.difficulty >= 1 && next.difficulty <= 10);
        QVERIFY(next.dueMs > kStart);
    }
};

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
