// The exam date: pacing of new cards, the cap that brings cards back before the exam, the
// forecast for exam day, and the workload simulator. Engine only, no widgets.
#include "clock.h"
#include "deckstore.h"
#include "examplanner.h"
#include "examschedule.h"
#include "planjob.h"
#include "studysession.h"
#include "studysimulator.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kDay = 86400000;
// Noon UTC on a Monday; study days roll over at 4:00 UTC.
const qint64 kNow = QDateTime(QDate(2027, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const QDate kToday(2027, 3, 1);

StudySettings settingsWithExam(int daysAhead)
{
    StudySettings s;
    s.examDate = kToday.addDays(daysAhead);
    return s;
}

int cardCount(DeckStore &store, const QString &where = QStringLiteral("1"))
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM cards WHERE ") + where);
    q.next();
    return q.value(0).toInt();
}

// Suspends all but @p keep new cards, so a test sets the size of the deck it plans.
void keepNewCards(DeckStore &store, int keep)
{
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("UPDATE cards SET suspended = 1 WHERE id NOT IN "
                                  "(SELECT id FROM cards ORDER BY position, id LIMIT %1)").arg(keep)));
}

} // namespace

class TestExamPlan : public QObject
{
    Q_OBJECT

private slots:
    void settingsKeepTheExam();
    void pace_data();
    void pace();
    void cappedDays_data();
    void cappedDays();
    void capMovesOnlyTheDueDate_data();
    void capMovesOnlyTheDueDate();
    void queueFollowsThePace_data();
    void queueFollowsThePace();
    void answerBeforeTheExamIsCapped();
    void forecast_data();
    void forecast();
    void simulationIsRepeatable();
    void planJobRunsOffTheThreadAndStops();
    void workloadGrowsWithRetention();
};

void TestExamPlan::settingsKeepTheExam()
{
    StudySettings s = settingsWithExam(40);
    s.examRetention = 0.93;
    s.examCapsIntervals = false;
    s.examPacesNewCards = false;
    QCOMPARE(StudySettings::fromJson(s.toJson()), s);
    QCOMPARE(StudySettings::fromJson(StudySettings().toJson()).examDate, QDate());
    // A malformed date or target falls back: no exam, the default target.
    const StudySettings bad = StudySettings::fromJson(R"({"exam_date":"2027-13-45","exam_retention":3})");
    QVERIFY(!bad.examDate.isValid());
    QCOMPARE(bad.examRetention, 0.99);
}

void TestExamPlan::pace_data()
{
    QTest::addColumn<int>("newLeft");
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("pacing");
    QTest::addColumn<int>("needed");
    QTest::addColumn<int>("perDay");
    // 60 days: every card in by a week before (53 days).
    QTest::newRow("plenty of time") << 100 << 60 << 20 << true << 2 << 20;
    QTest::newRow("limit too low, pacing raises it") << 600 << 60 << 5 << true << 12 << 12;
    QTest::newRow("limit too low, no pacing") << 600 << 60 << 5 << false << 12 << 5;
    // 8 days: a quarter of them (2) kept for the last cards' reviews.
    QTest::newRow("close exam") << 60 << 8 << 5 << true << 10 << 10;
    QTest::newRow("exam tomorrow") << 30 << 1 << 5 << true << 30 << 30;
    QTest::newRow("exam today") << 30 << 0 << 5 << true << 0 << 5;
    QTest::newRow("exam passed") << 30 << -3 << 5 << true << 0 << 5;
    QTest::newRow("nothing new left") << 0 << 30 << 5 << true << 0 << 5;
}

void TestExamPlan::pace()
{
    QFETCH(int, newLeft);
    QFETCH(int, daysAhead);
    QFETCH(int, limit);
    QFETCH(bool, pacing);
    QFETCH(int, needed);
    QFETCH(int, perDay);
    StudySettings s = settingsWithExam(daysAhead);
    s.newPerDay = limit;
    s.examPacesNewCards = pacing;
    const fsrs::Scheduler scheduler(s.schedulerSettings());
    const ExamSchedule exam(s, StudyDay(4, QTimeZone::utc()), scheduler);
    QCOMPARE(exam.daysLeft(kNow), daysAhead);
    QCOMPARE(exam.neededNewPerDay(newLeft, kNow), needed);
    QCOMPARE(exam.newPerDay(newLeft, kNow), perDay);
}

void TestExamPlan::cappedDays_data()
{
    QTest::addColumn<int>("dueIn");
    QTest::addColumn<double>("stability");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("expected");
    // Default parameters: at stability 10, recall 95% lasts about 4 days.
    QTest::newRow("due before the exam: unchanged") << 5 << 10.0 << 20 << 5;
    QTest::newRow("due after, would be forgotten: back 4 days before") << 25 << 10.0 << 20 << 16;
    QTest::newRow("due after, strong enough by then: unchanged") << 400 << 300.0 << 20 << 400;
    QTest::newRow("weak card: the day before") << 3 << 0.5 << 3 << 2;
    QTest::newRow("exam tomorrow: nothing to move") << 4 << 2.0 << 1 << 4;
    QTest::newRow("due on exam day") << 20 << 10.0 << 20 << 16;
}

void TestExamPlan::cappedDays()
{
    QFETCH(int, dueIn);
    QFETCH(double, stability);
    QFETCH(int, daysLeft);
    QFETCH(int, expected);
    const StudySettings s = settingsWithExam(daysLeft);
    const fsrs::Scheduler scheduler(s.schedulerSettings());
    const ExamSchedule exam(s, StudyDay(4, QTimeZone::utc()), scheduler);
    QVERIFY(qAbs(exam.targetDays(10) - 4.0) < 0.1);
    QCOMPARE(exam.cappedDays(dueIn, stability, daysLeft), expected);
    // On the capped day, one more review still leaves the card above the target on exam day
    // (at the stability it has now; the review adds to it).
    if (expected != dueIn)
        QVERIFY(expected == daysLeft - 1 || scheduler.forgettingCurve(daysLeft - expected, stability) >= s.examRetention - 1e-9);
    StudySettings off = s;
    off.examCapsIntervals = false;
    QCOMPARE(ExamSchedule(off, StudyDay(4, QTimeZone::utc()), scheduler).cappedDays(dueIn, stability, daysLeft), dueIn);
}

void TestExamPlan::capMovesOnlyTheDueDate_data()
{
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<bool>("moved");
    QTest::newRow("exam in 20 days") << 20 << true;
    QTest::newRow("exam in a year") << 365 << false;
    QTest::newRow("exam passed") << -1 << false;
}

void TestExamPlan::capMovesOnlyTheDueDate()
{
    // The scheduler's answer stays ts-fsrs's: the cap changes the due date and interval only.
    QFETCH(int, daysAhead);
    QFETCH(bool, moved);
    const StudySettings s = settingsWithExam(daysAhead);
    const fsrs::Scheduler scheduler(s.schedulerSettings());
    const ExamSchedule exam(s, StudyDay(4, QTimeZone::utc()), scheduler);
    fsrs::Card card;
    card.state = fsrs::State::Review;
    card.stability = 12;
    card.difficulty = 5;
    card.reps = 4;
    card.lastReviewMs = kNow - 12 * kDay;
    const fsrs::Card after = scheduler.next(card, kNow, 12, fsrs::Rating::Good, QStringLiteral("7"));
    const fsrs::Card capped = exam.capped(after, kNow);
    QCOMPARE(capped.stability, after.stability);
    QCOMPARE(capped.difficulty, after.difficulty);
    QCOMPARE(capped.state, after.state);
    QCOMPARE(capped.reps, after.reps);
    QCOMPARE(capped.lapses, after.lapses);
    QCOMPARE(capped.step, after.step);
    QCOMPARE(capped.lastReviewMs, after.lastReviewMs);
    QCOMPARE(capped.dueMs != after.dueMs, moved);
    if (moved) {
        QVERIFY(capped.dueMs < after.dueMs);
        QCOMPARE(capped.dueMs, kNow + capped.scheduledDays * kDay);
        QVERIFY(capped.scheduledDays >= 1 && capped.scheduledDays < daysAhead);
    }
}

void TestExamPlan::queueFollowsThePace_data()
{
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<bool>("pacing");
    QTest::addColumn<int>("expectedNew");
    // 106 new cards, a limit of 3 a day.
    QTest::newRow("no exam") << 0 << true << 3;
    QTest::newRow("enough time") << 200 << true << 3;
    QTest::newRow("too little time, paced") << 27 << true << 6;   // 106 over 27 - 6 days: 5.05
    QTest::newRow("too little time, not paced") << 27 << false << 3;
    QTest::newRow("date in the past") << -10 << true << 3;
}

void TestExamPlan::queueFollowsThePace()
{
    QFETCH(int, daysAhead);
    QFETCH(bool, pacing);
    QFETCH(int, expectedNew);
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    keepNewCards(store, 106);
    QCOMPARE(cardCount(store, QStringLiteral("suspended = 0")), 106);
    StudySettings s;
    s.newPerDay = 3;
    if (daysAhead != 0)
        s.examDate = kToday.addDays(daysAhead);
    s.examPacesNewCards = pacing;
    QVERIFY(store.setStudySettings(s));
    ManualClock clock(kNow);
    StudySession session(&store, &clock, QString(), QTimeZone::utc());
    QCOMPARE(session.counts().newCards, expectedNew);
    // The day's limit holds through the day: answering does not lower the pace (105 cards
    // left over 21 days would be 5 a day).
    session.answer(fsrs::Rating::Good);
    clock.advance(60000);
    session.refresh();
    QCOMPARE(session.counts().newCards + 1, expectedNew);
}

void TestExamPlan::answerBeforeTheExamIsCapped()
{
    // A new card answered Easy six days before the exam would be due after it; the session
    // brings it back before the exam, and its memory state is the scheduler's.
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    StudySettings s = settingsWithExam(6);
    s.examRetention = 0.97;
    QVERIFY(store.setStudySettings(s));
    ManualClock clock(kNow);
    StudySession session(&store, &clock, QString(), QTimeZone::utc());
    QVERIFY(session.hasCard());
    const qint64 id = session.currentCard().id;
    const auto preview = session.preview();
    QVERIFY(session.answer(fsrs::Rating::Easy));
    const CardInfo after = store.card(id).value();
    QCOMPARE(after.stability, preview[3].stability);
    QCOMPARE(after.dueMs, preview[3].dueMs);
    const int dueIn = int((after.dueMs - kNow) / kDay);
    QVERIFY2(dueIn >= 1 && dueIn < 6, qPrintable(QString::number(dueIn)));
    // Without the cap the same answer falls due after the exam.
    const fsrs::Scheduler scheduler(s.schedulerSettings());
    fsrs::Card fresh;
    const fsrs::Card uncapped = scheduler.next(fresh, kNow, 0, fsrs::Rating::Easy, fsrs::Scheduler::cardSeed(id, 1));
    QCOMPARE(uncapped.stability, after.stability);
    QVERIFY((uncapped.dueMs - kNow) / kDay >= 6);
}

void TestExamPlan::forecast_data()
{
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<int>("newCards");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("reviewLimit");
    QTest::addColumn<bool>("pacing");
    QTest::addColumn<bool>("newFits");
    QTest::addColumn<bool>("reviewsFit");
    QTest::addColumn<double>("knownAtLeast");
    QTest::addColumn<double>("knownAtMost");
    QTest::newRow("enough time") << 60 << 100 << 20 << 200 << true << true << true << 0.9 << 1.0;
    QTest::newRow("too little time, limits kept") << 5 << 150 << 10 << 200 << false << false << true << 0.0 << 0.4;
    QTest::newRow("too little time, paced past the review limit")
        << 5 << 150 << 10 << 30 << true << true << false << 0.6 << 1.0;
    QTest::newRow("date in the past") << -2 << 100 << 20 << 200 << true << true << true << 0.0 << 0.0;
}

void TestExamPlan::forecast()
{
    QFETCH(int, daysAhead);
    QFETCH(int, newCards);
    QFETCH(int, limit);
    QFETCH(int, reviewLimit);
    QFETCH(bool, pacing);
    QFETCH(bool, newFits);
    QFETCH(bool, reviewsFit);
    QFETCH(double, knownAtLeast);
    QFETCH(double, knownAtMost);
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    keepNewCards(store, newCards);
    StudySettings s = settingsWithExam(daysAhead);
    s.newPerDay = limit;
    s.reviewsPerDay = reviewLimit;
    s.examPacesNewCards = pacing;
    const ExamPlanner planner(&store, s, StudyDay(4, QTimeZone::utc()));
    const std::optional<ExamForecast> f = planner.forecast(kNow);
    QVERIFY(f);
    QCOMPARE(f->daysLeft, daysAhead);
    QCOMPARE(f->cards, newCards);
    QCOMPARE(f->newCards, newCards);
    QCOMPARE(f->isAhead(), daysAhead > 0);
    QCOMPARE(f->newCardsFit(), newFits);
    QCOMPARE(f->reviewsFit(), reviewsFit);
    QVERIFY2(f->expectedKnown >= knownAtLeast && f->expectedKnown <= knownAtMost,
             qPrintable(QString::number(f->expectedKnown)));
    // Every entry of the deck has its exam-day recall, and they add up to the whole.
    double sum = 0;
    int cards = 0;
    for (const FactRecall &r : f->facts) {
        QVERIFY(r.mean >= 0 && r.mean <= 1);
        sum += r.mean * r.cards;
        cards += r.cards;
    }
    QCOMPARE(cards, newCards);
    QVERIFY(qAbs(sum / cards - f->expectedKnown) < 1e-9);
    if (daysAhead > 0) {
        QVERIFY(f->answersPerDay > 0);
        QVERIFY(f->peakAnswers >= f->answersPerDay);
    }
}

void TestExamPlan::simulationIsRepeatable()
{
    std::vector<SimulatedCard> cards;
    for (int i = 0; i < 50; ++i) {
        SimulatedCard c;
        c.cardId = i + 1;
        if (i % 2) {
            c.isNew = false;
            c.state = fsrs::State::Review;
            c.stability = 1 + i;
            c.difficulty = 5;
            c.lastDay = -i / 2;
            c.dueDay = i % 7;
        }
        cards.push_back(c);
    }
    StudySimulator simulator(fsrs::Settings{});
    simulator.setNewPerDay(5);
    simulator.setSamples(4);
    const StudySimulator::Result a = simulator.run(cards, 60);
    const StudySimulator::Result b = simulator.run(cards, 60);
    QCOMPARE(a.answersPerDay, b.answersPerDay);
    QCOMPARE(a.recallAtEnd, b.recallAtEnd);
    QCOMPARE(a.introduced, 25);
    // New cards come in five a day: the first day answers them all, and the reviews due.
    QVERIFY(a.answersPerDay[0] >= 5);
    // The order of the cards changes nothing about each card.
    std::vector<SimulatedCard> reversed(cards.rbegin(), cards.rend());
    simulator.setNewPerDay(1000);
    const StudySimulator::Result c = simulator.run(cards, 60);
    const StudySimulator::Result d = simulator.run(reversed, 60);
    for (size_t i = 0; i < cards.size(); ++i)
        QCOMPARE(c.recallAtEnd[i], d.recallAtEnd[cards.size() - 1 - i]);
    // A last answer dated after today (a clock that ran ahead) counts as today's, never NaN.
    SimulatedCard ahead = cards[1];
    ahead.lastDay = 5;
    const StudySimulator::Result e = simulator.run({ahead}, 3);
    QVERIFY(e.recallAtEnd[0] > 0 && e.recallAtEnd[0] <= 1);
    int cancelAt = 0;
    simulator.setProgress([&cancelAt](double) { return ++cancelAt < 1; });
    std::vector<SimulatedCard> many(600, cards[1]);
    QVERIFY(simulator.run(many, 60).cancelled);
}

void TestExamPlan::workloadGrowsWithRetention()
{
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    keepNewCards(store, 200);
    StudySettings s;
    s.newPerDay = 10;
    const ExamPlanner planner(&store, s, StudyDay(4, QTimeZone::utc()));
    const std::vector<WorkloadPoint> points = planner.workload(kNow, 0.70, 0.97, 0.01, 365);
    QCOMPARE(points.size(), size_t(28));
    QCOMPARE(points.front().retention, 0.70);
    QCOMPARE(points.back().retention, 0.97);
    // Higher retention costs more reviews, steeply near the top, and leaves more known.
    QVERIFY(points.back().answersPerDay > 1.5 * points.front().answersPerDay);
    QVERIFY(points.back().knownAtEnd > points.front().knownAtEnd);
    QVERIFY(points[27].answersPerDay - points[20].answersPerDay > points[7].answersPerDay - points[0].answersPerDay);
    int calls = 0;
    QVERIFY(planner.workload(kNow, 0.70, 0.97, 0.01, 365, [&calls](double) { return ++calls < 3; }).empty());
}

void TestExamPlan::planJobRunsOffTheThreadAndStops()
{
    QTemporaryDir dir;
    {
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        keepNewCards(store, 150);
    }
    DeckStore store;
    QCOMPARE(store.open(dir.path(), DeckStore::Mode::Worker), DeckStore::Status::Ok);
    const StudySettings s = settingsWithExam(30);
    // The job's plan is the planner's, figure for figure: the simulation is repeatable.
    const std::optional<ExamForecast> direct = ExamPlanner(&store, s, StudyDay(s.rolloverHour)).forecast(kNow);
    QVERIFY(direct);
    PlanJob job(PlanJob::Kind::Forecast, dir.path(), s, kNow);
    QSignalSpy ready(&job, &PlanJob::forecastReady);
    job.start();
    QVERIFY(ready.wait(30000));
    const ExamForecast viaJob = ready.first().first().value<ExamForecast>();
    QCOMPARE(viaJob.expectedKnown, direct->expectedKnown);
    QCOMPARE(viaJob.answersPerDay, direct->answersPerDay);
    QCOMPARE(viaJob.facts.size(), direct->facts.size());
    // Stopped at once, a workload says so and gives nothing.
    PlanJob stopped(PlanJob::Kind::Workload, dir.path(), s, kNow);
    QSignalSpy cancelled(&stopped, &PlanJob::cancelled);
    QSignalSpy points(&stopped, &PlanJob::workloadReady);
    stopped.start();
    stopped.cancel();
    QVERIFY(cancelled.wait(30000));
    QCOMPARE(points.size(), 0);
}

QTEST_GUILESS_MAIN(TestExamPlan)
#include "tst_examplan.moc"
