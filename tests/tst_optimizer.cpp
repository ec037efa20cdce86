// The FSRS optimizer: data preparation as fsrs-rs does it, the loss and its gradient, the fit
// on simulated learners whose true parameters are known, and the revlog CSV it reads.

#include "optimizer.h"
#include "revlogcsv.h"
#include "simulatedlearner.h"

#include <QtTest>

using namespace fsrs;

namespace {

using History = std::vector<std::pair<int, int>>; // (rating, days since the answer before)

// Histories that take every branch: first ratings 1–4, same-day steps, lapses, hard and easy.
std::vector<History> mixedHistories()
{
    return {
        {{3, 0}, {3, 1}, {3, 3}, {1, 9}, {3, 0}, {3, 1}, {4, 4}},
        {{1, 0}, {3, 0}, {3, 1}, {2, 2}, {3, 5}},
        {{2, 0}, {3, 0}, {3, 2}, {1, 6}, {1, 0}, {3, 0}, {2, 1}, {3, 3}},
        {{4, 0}, {4, 8}, {3, 20}, {1, 40}, {3, 1}},
        {{3, 0}, {1, 2}, {3, 0}, {3, 1}, {3, 2}, {4, 7}, {2, 16}},
        {{1, 0}, {1, 0}, {2, 0}, {3, 1}, {1, 3}, {2, 0}, {3, 2}},
    };
}

Weights shifted(Weights w, int i, double by)
{
    w[i] += by;
    return w;
}

} // namespace

class TestOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void preparesHistoriesAsFsrsRs_data();
    void preparesHistoriesAsFsrsRs();
    void weighsPredictionsByRecency();
    void evaluatesByHand();
    void weighsAsTheBindingDoes();
    void filtersOutliersAsFsrsRs();
    void fitsLittleDataAsFsrsRs_data();
    void fitsLittleDataAsFsrsRs();
    void recoversKnownParameters();
    void isDeterministicAndCancellable();
    void readsRevlogCsv_data();
    void readsRevlogCsv();
};

void TestOptimizer::gradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<QList<double>>("weights");
    const Weights d = defaultWeights();
    QTest::newRow("defaults") << QList<double>(d.begin(), d.end());
    QTest::newRow("simulated truth")
        << [] { const Weights w = testsupport::simulatedTruth(); return QList<double>(w.begin(), w.end()); }();
    // Every parameter moved well inside its bounds, short-term terms strong.
    QTest::newRow("moved") << QList<double>{0.8,  2.0, 5.0, 15.0, 5.5, 1.2, 2.0,  0.05, 1.5, 0.3, 1.2,
                                            1.8,  0.1, 0.4, 2.0,  0.4, 2.5, 0.9,  0.4,  0.2, 0.5};
}

void TestOptimizer::gradientMatchesFiniteDifferences()
{
    QFETCH(QList<double>, weights);
    Weights w;
    std::copy(weights.begin(), weights.end(), w.begin());
    const TrainingSet set = TrainingSet::fromHistories(mixedHistories());
    QCOMPARE(set.cards().size(), size_t(6));
    Gradient analytic{};
    const double loss = Optimizer::loss(set, w, &analytic);
    QVERIFY(loss > 0);
    for (int i = 0; i < kParameterCount; ++i) {
        const double h = 1e-6 * std::max(1.0, std::fabs(w[i]));
        const double numeric =
            (Optimizer::loss(set, shifted(w, i, h)) - Optimizer::loss(set, shifted(w, i, -h))) / (2 * h);
        const double tolerance = 1e-6 + 1e-5 * std::fabs(numeric);
        if (std::fabs(analytic[i] - numeric) > tolerance)
            QFAIL(qPrintable(QStringLiteral("w%1: analytic %2, finite differences %3")
                                 .arg(i).arg(analytic[i], 0, 'g', 10).arg(numeric, 0, 'g', 10)));
    }
}

void TestOptimizer::preparesHistoriesAsFsrsRs_data()
{
    // Each review: card, hours after 2026-03-01 00:00 UTC, rating, state before.
    QTest::addColumn<QList<QList<int>>>("reviews");
    QTest::addColumn<int>("rollover");
    QTest::addColumn<QString>("histories"); // card: rating/gap … with * on scored answers

    QTest::newRow("same-day steps count in the history, not as predictions")
        << QList<QList<int>>{{1, 10, 1, 0}, {1, 10, 3, 1}, {1, 11, 3, 1}, {1, 34, 3, 2}, {1, 35, 1, 2},
                             {1, 36, 3, 3}, {1, 82, 3, 2}}
        << 4 << "1: 1/0 3/0 3/0 3/1* 1/0 3/0 3/2*";
    QTest::newRow("a reset card starts again at its last learning block")
        << QList<QList<int>>{{7, 10, 3, 0}, {7, 40, 3, 2}, {7, 100, 1, 2}, {7, 130, 3, 0}, {7, 131, 3, 1},
                             {7, 160, 4, 2}}
        << 4 << "7: 3/0 3/0 4/1*";
    QTest::newRow("the rollover hour splits days")
        << QList<QList<int>>{{2, 20, 3, 0}, {2, 27, 3, 2}, {2, 29, 3, 2}}
        << 4 << "2: 3/0 3/0 3/1*";
    QTest::newRow("rollover at midnight")
        << QList<QList<int>>{{2, 20, 3, 0}, {2, 27, 3, 2}, {2, 29, 3, 2}}
        << 0 << "2: 3/0 3/1* 3/0";
    QTest::newRow("a card only seen on one day teaches nothing")
        << QList<QList<int>>{{3, 10, 3, 0}, {3, 11, 3, 1}, {4, 10, 3, 0}, {4, 60, 2, 2}}
        << 4 << "4: 3/0 2/2*";
    QTest::newRow("a card with no learning answer is left out")
        << QList<QList<int>>{{5, 10, 3, 2}, {5, 60, 3, 2}}
        << 4 << "";
    QTest::newRow("answers come in any order")
        << QList<QList<int>>{{6, 60, 2, 2}, {6, 10, 3, 0}}
        << 4 << "6: 3/0 2/2*";
}

void TestOptimizer::preparesHistoriesAsFsrsRs()
{
    QFETCH(QList<QList<int>>, reviews);
    QFETCH(int, rollover);
    QFETCH(QString, histories);
    const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    std::vector<LoggedReview> log;
    for (const QList<int> &r : reviews)
        log.push_back({r[0], start + r[1] * 3600000LL, r[2], r[3]});
    const qint64 rolloverMs = rollover * 3600000LL;
    const TrainingSet set =
        TrainingSet::fromReviews(log, [&](qint64 ms) { return (ms - rolloverMs) / 86400000; });
    QStringList got;
    for (const TrainingSet::Card &card : set.cards()) {
        QStringList parts{QStringLiteral("%1:").arg(card.id)};
        int next = 0;
        for (int i = 0; i < card.reviewCount; ++i) {
            QString part = QStringLiteral("%1/%2").arg(set.ratings()[card.firstReview + i]).arg(set.gaps()[card.firstReview + i]);
            if (next < card.predictionCount && set.predictions()[card.firstPrediction + next].position == i) {
                part += QLatin1Char('*');
                ++next;
            }
            parts << part;
        }
        got << parts.join(QLatin1Char(' '));
    }
    QCOMPARE(got.join(QLatin1String("; ")), histories);
}

void TestOptimizer::weighsPredictionsByRecency()
{
    // Three cards; predictions at days 1, 2, 3, 5, 9: weights 0.25 + 0.75·(rank/4)³ by time.
    const TrainingSet set = TrainingSet::fromHistories({{{3, 0}, {3, 1}, {3, 4}}, {{3, 0}, {3, 2}}, {{3, 0}, {3, 3}, {3, 6}}});
    std::vector<double> weights;
    for (const TrainingSet::Prediction &p : set.predictions())
        weights.push_back(p.weight);
    const std::vector<double> expected{0.25 + 0.75 * 0,        0.25 + 0.75 * std::pow(3 / 4.0, 3),
                                       0.25 + 0.75 * std::pow(1 / 4.0, 3), 0.25 + 0.75 * std::pow(2 / 4.0, 3),
                                       0.25 + 0.75 * 1};
    QCOMPARE(weights.size(), expected.size());
    for (size_t i = 0; i < weights.size(); ++i)
        QCOMPARE(weights[i], expected[i]);
    // Filtering ranks the rest again.
    const TrainingSet one = set.filtered([](const TrainingSet::Card &c) { return c.id == 2; });
    QCOMPARE(one.predictions().size(), size_t(1));
    QCOMPARE(one.predictions()[0].weight, 0.25);
}

void TestOptimizer::evaluatesByHand()
{
    // One card, Good then Good after 3 days: the prediction is R(3, w2) = (1 + f·3/w2)^(−w20).
    const Weights w = defaultWeights();
    const TrainingSet set = TrainingSet::fromHistories({{{3, 0}, {3, 3}}, {{3, 0}, {1, 3}}});
    const double factor = std::pow(0.9, 1 / -w[20]) - 1;
    const double r = std::pow(1 + factor * 3 / w[2], -w[20]);
    const Evaluation e = Optimizer::evaluate(set, w);
    QCOMPARE(e.predictions, 2);
    // Weights 0.25 and 1: −(0.25·ln r + 1·ln(1 − r)) / 1.25; one bin holds both.
    QVERIFY(qAbs(e.logLoss - -(0.25 * std::log(r) + std::log(1 - r)) / 1.25) < 1e-12);
    QVERIFY(qAbs(e.rmseBins - qAbs(r - 0.5)) < 1e-12);
}

void TestOptimizer::weighsAsTheBindingDoes()
{
    // 40 cards first rated Good and reviewed after 1 day, 25 after 2 days, 30 first rated Hard
    // after 1 day; each has one later review. fsrs-rs's binding ranks the first long-term
    // reviews first — Hard before Good, then the smaller group (25 at 2 days) before the larger,
    // each by time — and every later review after them, by time.
    std::vector<History> h;
    auto add = [&](int n, int rating, int gap) {
        for (int i = 0; i < n; ++i)
            h.push_back({{rating, 0}, {3, gap}, {3, 2}});
    };
    add(40, 3, 1);
    add(25, 3, 2);
    add(30, 2, 1);
    const TrainingSet set = Optimizer::prepared(TrainingSet::fromHistories(h));
    QCOMPARE(set.predictionCount(), 190);
    // Rank of each prediction, recovered from its weight.
    auto rankOf = [&](const TrainingSet::Prediction &p) {
        return int(std::lround(std::cbrt((p.weight - 0.25) / 0.75) * 189));
    };
    const auto &cards = set.cards();
    for (int c = 0; c < 95; ++c) {
        const int first = rankOf(set.predictions()[cards[c].firstPrediction]);
        const int later = rankOf(set.predictions()[cards[c].firstPrediction + 1]);
        const int expectedFirst = c < 40 ? 55 + c : c < 65 ? 30 + (c - 40) : c - 65;
        QCOMPARE(first, expectedFirst);
        QVERIFY(later >= 95);
    }
}

void TestOptimizer::filtersOutliersAsFsrsRs()
{
    // First rating Good: 400 cards first reviewed after 1 day, 30 after 3 days, 5 after 4 days,
    // 10 after 150 days. fsrs-rs drops the smallest groups until 5% (at least 20) are gone:
    // the 5 and the 10 (15 < 22), then the 30 would pass 22, so it stays; then the 1-day group.
    // Interval 150 > 100 would be dropped anyway.
    std::vector<History> h;
    auto add = [&](int n, int gap, int rating) {
        for (int i = 0; i < n; ++i)
            h.push_back({{rating, 0}, {3, gap}, {3, 2 * gap}});
    };
    add(400, 1, 3);
    add(30, 3, 3);
    add(5, 4, 3);
    add(10, 150, 3);
    // First rating Easy: 40 cards at 200 days stay (≤ 365), 3 at 10 days go.
    add(40, 200, 4);
    add(3, 10, 4);
    const TrainingSet set = TrainingSet::fromHistories(h);
    const std::vector<bool> keep = Optimizer::outlierFilter(set);
    QMap<QString, int> kept;
    for (size_t c = 0; c < keep.size(); ++c)
        if (keep[c])
            ++kept[QStringLiteral("%1@%2").arg(set.ratings()[set.cards()[c].firstReview]).arg(set.firstGap(set.cards()[c]))];
    const QMap<QString, int> expected{{"3@1", 400}, {"3@3", 30}, {"4@200", 40}};
    QCOMPARE(kept, expected);
}

void TestOptimizer::fitsLittleDataAsFsrsRs_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("fit");
    QTest::newRow("nothing") << 0 << int(OptimizerResult::Fit::Defaults);
    QTest::newRow("7 reviews") << 7 << int(OptimizerResult::Fit::Defaults);
    QTest::newRow("40 reviews") << 20 << int(OptimizerResult::Fit::InitialOnly);
    QTest::newRow("120 reviews") << 60 << int(OptimizerResult::Fit::Full);
}

void TestOptimizer::fitsLittleDataAsFsrsRs()
{
    QFETCH(int, cards);
    QFETCH(int, fit);
    std::vector<History> h;
    for (int c = 0; c < cards; ++c)
        h.push_back(cards < 8 ? History{{3, 0}, {c % 3 ? 3 : 1, 1}}
                              : History{{3, 0}, {c % 5 ? 3 : 1, 1}, {c % 4 ? 3 : 1, 3}});
    const std::optional<OptimizerResult> result = Optimizer().fit(TrainingSet::fromHistories(h));
    QVERIFY(result);
    QCOMPARE(int(result->fit), fit);
    const Weights &d = defaultWeights();
    if (result->fit != OptimizerResult::Fit::Full)
        QVERIFY(std::equal(d.begin() + 4, d.end(), result->weights.begin() + 4));
    if (result->fit == OptimizerResult::Fit::Defaults)
        QVERIFY(result->weights == d);
    else
        QVERIFY(!std::equal(d.begin(), d.begin() + 4, result->weights.begin()));
}

void TestOptimizer::recoversKnownParameters()
{
    // 40,000 reviews of a learner whose memory is FSRS-6 with known parameters. Fitting the
    // first 80% (by time) must predict the last 20% about as well as the truth does: the
    // log loss may exceed the truth's by at most 0.002, about a tenth of what FSRS-6's
    // defaults lose to fitted parameters on real learners (FSRS.md §5), and must beat the
    // defaults. The two parameters 17,000 scored answers pin down best, w2 (first stability
    // after Good, the most common first answer) and w20 (the curve's decay, 0.35 here against
    // the default 0.1542), must come within 15% of the truth; most others are barely visible
    // in this much data and only need to keep the loss down.
    const Weights truth = testsupport::simulatedTruth();
    std::vector<LoggedReview> log = testsupport::simulateLearner(truth, 40000, 40, 11);
    std::sort(log.begin(), log.end(), [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });
    const qint64 cut = log[log.size() * 8 / 10].timeMs;
    std::vector<LoggedReview> past;
    for (const LoggedReview &r : log)
        if (r.timeMs < cut)
            past.push_back(r);
    const TrainingSet training = TrainingSet::fromReviews(past, testsupport::utcDay);
    const TrainingSet heldOut = TrainingSet::fromReviews(log, testsupport::utcDay);
    const std::optional<OptimizerResult> result = Optimizer().fit(training);
    QVERIFY(result);
    QCOMPARE(result->fit, OptimizerResult::Fit::Full);
    qInfo("scored answers used: %d of %d predictions", result->reviewsUsed, training.predictionCount());
    QVERIFY(result->reviewsUsed > 15000);

    // Held out: the predictions at or after the cut.
    auto lossAfterCut = [&](const Weights &w) { return Optimizer::evaluate(heldOut, w, cut).logLoss; };
    const double fitted = lossAfterCut(result->weights);
    const double ideal = lossAfterCut(truth);
    const double defaults = lossAfterCut(defaultWeights());
    qInfo("held-out log loss: truth %.5f, fitted %.5f, defaults %.5f; w2 %.3f (4.0), w20 %.3f (0.35)",
          ideal, fitted, defaults, result->weights[2], result->weights[20]);
    QVERIFY(fitted < defaults);
    QVERIFY(fitted - ideal < 0.002);
    QVERIFY(qAbs(result->weights[2] - truth[2]) < 0.15 * truth[2]);
    QVERIFY(qAbs(result->weights[20] - truth[20]) < 0.15 * truth[20]);
}

void TestOptimizer::isDeterministicAndCancellable()
{
    const std::vector<LoggedReview> log = testsupport::simulateLearner(testsupport::simulatedTruth(), 6000, 20, 5);
    const TrainingSet set = TrainingSet::fromReviews(log, testsupport::utcDay);
    const std::optional<OptimizerResult> a = Optimizer().fit(set);
    const std::optional<OptimizerResult> b = Optimizer().fit(set);
    QVERIFY(a && b);
    QCOMPARE(a->fit, OptimizerResult::Fit::Full);
    QVERIFY(a->weights == b->weights);
    OptimizerOptions other;
    other.seed = 7;
    QVERIFY(Optimizer(other).fit(set)->weights != a->weights);

    qint64 calls = 0, lastDone = 0, lastTotal = 0;
    bool increasing = true;
    const std::optional<OptimizerResult> cancelled = Optimizer().fit(set, [&](qint64 done, qint64 total) {
        ++calls;
        increasing = increasing && done > lastDone;
        lastDone = done;
        lastTotal = total;
        return calls < 3;
    });
    QVERIFY(!cancelled);
    QVERIFY(increasing);
    QCOMPARE(calls, 3);
    QVERIFY(lastTotal >= lastDone);
}

void TestOptimizer::readsRevlogCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // card:time:rating:state … or the error
    const QByteArray header = "card_id,review_time,review_rating,review_state,review_duration\n";
    QTest::newRow("plain") << header + "1,1000,3,0,5000\n1,90000000,1,2,3000\n"
                           << "1:1000:3:0 1:90000000:1:2";
    QTest::newRow("columns in any order, CRLF, BOM, quotes, no duration")
        << QByteArray("\xEF\xBB\xBFreview_rating,card_id,review_state,review_time\r\n\"4\",\"9\",0,5\r\n")
        << "9:5:4:0";
    QTest::newRow("text card ids (and negative ones) numbered apart, manual entries skipped")
        << header + "abc,10,3,0,0\nxyz,11,2,0,0\nabc,12,0,2,0\nabc,13,3,2,0\n-1,14,3,0,0\n"
        << "-1:10:3:0 -2:11:2:0 -1:13:3:2 -3:14:3:0";
    QTest::newRow("empty") << QByteArray() << "error: the file is empty";
    QTest::newRow("missing column") << QByteArray("card_id,review_time,review_rating\n1,2,3\n")
                                    << "error: line 1: the header has no review_state column";
    QTest::newRow("rating 5") << header + "1,1000,5,0,1\n" << "error: line 2: review_rating must be 1";
    QTest::newRow("state 4") << header + "1,1000,3,4,1\n" << "error: line 2: review_state must be 0";
    QTest::newRow("time not a number") << header + "\n1,10x,3,0,1\n" << "error: line 3: review_time must be";
    QTest::newRow("short row") << header + "1,1000,3\n" << "error: line 2: 3 fields where the header has 5";
}

void TestOptimizer::readsRevlogCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QString error;
    const auto reviews = RevlogCsv::read(csv, &error);
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY(!reviews);
        QVERIFY2(error.startsWith(expected.mid(7)), qPrintable(error));
        return;
    }
    QVERIFY2(reviews, qPrintable(error));
    QStringList got;
    for (const LoggedReview &r : *reviews)
        got << QStringLiteral("%1:%2:%3:%4").arg(r.cardId).arg(r.timeMs).arg(r.rating).arg(r.stateBefore);
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
