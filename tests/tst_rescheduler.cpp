// Rescheduling: every card's history replayed under new parameters or a new retention, written
// as one undoable change; and the worker job that fits parameters and replays off the window.
#include "collection.h"
#include "deckstore.h"
#include "examplanner.h"
#include "examschedule.h"
#include "memoryjob.h"
#include "rescheduler.h"
#include "simulate.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kDay = 86400000;
const qint64 kEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// The review log as it stands, to show that rescheduling never touches it.
QByteArray logDigest(DeckStore &store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, card_id, time, rating, state_before, state_after, stability, difficulty, "
                          "elapsed_days, scheduled_days, due FROM revlog ORDER BY id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        for (int i = 0; i < 11; ++i)
            hash.addData(q.value(i).toString().toUtf8() + '|');
    return hash.result();
}

struct Stored
{
    int state;
    double stability, difficulty;
    qint64 due;
    int scheduledDays, reps, lapses;
    bool operator==(const Stored &) const = default;
};

QMap<qint64, Stored> cardsOf(DeckStore &store)
{
    QMap<qint64, Stored> out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, state, stability, difficulty, due, scheduled_days, reps, lapses FROM cards "
                          "WHERE reps > 0"));
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toDouble(),
                                              q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toInt(),
                                              q.value(7).toInt()});
    return out;
}

std::vector<ReplayedCard> replayAll(DeckStore &store, const StudySettings &settings)
{
    QString error;
    const auto answers = MemoryStore(store).studyAnswers(&error);
    if (!answers)
        qFatal("%s", qPrintable(error));
    const fsrs::Scheduler scheduler(settings.schedulerSettings());
    const StudyDay day(settings.rolloverHour, QTimeZone::utc());
    const ExamSchedule exam(settings, day, scheduler);
    return *Rescheduler::replay(*answers, scheduler, day, {}, exam.hasDate() ? &exam : nullptr);
}

} // namespace

class TestRescheduler : public QObject
{
    Q_OBJECT

private slots:
    void unchangedSettingsReproduceEveryCard_data();
    void unchangedSettingsReproduceEveryCard();
    void newParametersAreOneUndoableChange_data();
    void newParametersAreOneUndoableChange();
    void cardsAnsweredSinceAreLeftAlone();
    void replayCanBeCancelled();
    void settingAnExamDateBringsCardsForward();
    void jobFitsAndReplaysOffTheWindow();
};

void TestRescheduler::unchangedSettingsReproduceEveryCard_data()
{
    QTest::addColumn<bool>("fuzz");
    QTest::addColumn<bool>("forgetSome");
    QTest::addColumn<bool>("exam");
    QTest::newRow("fuzz") << true << false << false;
    QTest::newRow("no fuzz") << false << false << false;
    QTest::newRow("some cards forgotten and studied again") << true << true << false;
    // Studied with an exam date ahead: the cap moved due dates, and the replay moves them alike.
    QTest::newRow("an exam date ahead") << true << false << true;
}

void TestRescheduler::unchangedSettingsReproduceEveryCard()
{
    // A replay with the settings the cards were studied under must give back every card exactly
    // as the study session left it: the proof that the replay answers as the session does.
    QFETCH(bool, fuzz);
    QFETCH(bool, forgetSome);
    QFETCH(bool, exam);
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    StudySettings settings = store.studySettings();
    settings.enableFuzz = fuzz;
    settings.newPerDay = 30;
    if (exam) {
        settings.examDate = QDateTime::fromMSecsSinceEpoch(kEnd + 3 * kDay, QTimeZone::utc()).date();
        settings.examRetention = 0.97;
    }
    QVERIFY(store.setStudySettings(settings));
    testsupport::simulateStudy(&store, kEnd - 20 * kDay, 40, 3);
    if (forgetSome) {
        Collection collection(&store);
        QList<qint64> some;
        for (qint64 id : cardsOf(store).keys())
            if (id % 3 == 0)
                some << id;
        QVERIFY(some.size() > 10);
        // Forgotten between the two spells of study, as the learner would have.
        const ManualClock between((kEnd / kDay - 20) * kDay);
        collection.setClock(&between);
        QVERIFY(collection.forget(some));
    }
    testsupport::simulateStudy(&store, kEnd, 20, 4);

    const QMap<qint64, Stored> before = cardsOf(store);
    QVERIFY(before.size() > 100);
    const std::vector<ReplayedCard> replayed = replayAll(store, settings);
    int compared = 0;
    for (const ReplayedCard &r : replayed) {
        if (!before.contains(r.cardId))
            continue; // forgotten and not studied again: no answer since
        const Stored &s = before[r.cardId];
        const Stored got{int(r.card.state), r.card.stability, r.card.difficulty, r.card.dueMs, r.card.scheduledDays,
                         r.card.reps, r.card.lapses};
        QVERIFY2(got == s, qPrintable(QStringLiteral("card %1: stability %2 vs %3, due %4 vs %5")
                                          .arg(r.cardId).arg(got.stability).arg(s.stability).arg(got.due).arg(s.due)));
        ++compared;
    }
    QCOMPARE(compared, before.size());
    if (exam) {
        // The cap did move cards: without the date, some fall due later.
        StudySettings noExam = settings;
        noExam.examDate = QDate();
        int later = 0;
        for (const ReplayedCard &r : replayAll(store, noExam))
            later += before.contains(r.cardId) && r.card.dueMs > before[r.cardId].due ? 1 : 0;
        QVERIFY2(later > 10, qPrintable(QString::number(later)));
    }
}

void TestRescheduler::newParametersAreOneUndoableChange_data()
{
    QTest::addColumn<bool>("withDue");
    QTest::newRow("memory only") << false;
    QTest::newRow("due dates too") << true;
}

void TestRescheduler::newParametersAreOneUndoableChange()
{
    QFETCH(bool, withDue);
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    testsupport::simulateStudy(&store, kEnd, 40, 5);
    Collection collection(&store);
    const StudySettings old = store.studySettings();
    const QMap<qint64, Stored> before = cardsOf(store);
    const QByteArray log = logDigest(store);

    StudySettings next = old;
    next.parameters.assign(fsrs::defaultWeights().begin(), fsrs::defaultWeights().end());
    next.parameters[2] = 6.0;   // first stability after Good
    next.parameters[20] = 0.4;  // a steeper forgetting curve
    next.desiredRetention = 0.85;
    QSignalSpy changed(&collection, &Collection::changed);
    int n = 0;
    QVERIFY(collection.reschedule(next, replayAll(store, next), withDue, &n));
    QCOMPARE(n, before.size());
    QCOMPARE(changed.size(), 1);
    const CollectionChanges what = changed.at(0).at(0).value<CollectionChanges>();
    QVERIFY(what.settings);
    QCOMPARE(what.cards.size(), before.size());

    const QMap<qint64, Stored> after = cardsOf(store);
    QCOMPARE(store.studySettings().parameters, next.parameters);
    QCOMPARE(logDigest(store), log); // the review log is untouched
    int stabilityMoved = 0, dueMoved = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Stored &a = after[it.key()];
        stabilityMoved += a.stability != it->stability;
        dueMoved += a.due != it->due;
        QCOMPARE(a.reps, it->reps);
        if (!withDue)
            QCOMPARE(a.due, it->due);
    }
    QVERIFY(stabilityMoved > before.size() / 2);
    if (withDue)
        QVERIFY(dueMoved > before.size() / 4);

    // One undo step takes all of it back, settings included.
    QVERIFY2(collection.undoText().startsWith(withDue ? QStringLiteral("Reschedule %1 Card").arg(before.size())
                                                      : QStringLiteral("Use New Memory Parameters")),
             qPrintable(collection.undoText()));
    QVERIFY(collection.undo());
    QCOMPARE(cardsOf(store), before);
    QCOMPARE(store.studySettings().parameters, old.parameters);
    QCOMPARE(store.studySettings().desiredRetention, old.desiredRetention);
    QCOMPARE(logDigest(store), log);
}

void TestRescheduler::cardsAnsweredSinceAreLeftAlone()
{
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    testsupport::simulateStudy(&store, kEnd - 2 * kDay, 30, 6);
    StudySettings next = store.studySettings();
    next.parameters.assign(fsrs::defaultWeights().begin(), fsrs::defaultWeights().end());
    next.parameters[8] = 2.5;
    const std::vector<ReplayedCard> replayed = replayAll(store, next);
    // One card is answered after its history was read.
    testsupport::simulateStudy(&store, kEnd, 1, 7, 0);
    const QMap<qint64, Stored> now = cardsOf(store);
    qint64 answered = 0;
    for (const ReplayedCard &r : replayed)
        if (now[r.cardId].reps != r.card.reps)
            answered = r.cardId;
    QVERIFY(answered != 0);
    // Another card's step was changed since (as new steps would): its due date stays.
    qint64 stepped = 0;
    for (const ReplayedCard &r : replayed)
        if (r.cardId != answered && now[r.cardId].reps == r.card.reps && r.card.state == fsrs::State::Review)
            stepped = r.cardId;
    QVERIFY(stepped != 0);
    QSqlQuery step(store.database());
    QVERIFY(step.exec(QStringLiteral("UPDATE cards SET state = 1, step = 1 WHERE id = %1").arg(stepped)));
    const Stored steppedBefore = cardsOf(store)[stepped];
    Collection collection(&store);
    int n = 0;
    QVERIFY(collection.reschedule(next, replayed, true, &n));
    QVERIFY(n < int(replayed.size()));
    QCOMPARE(cardsOf(store)[answered], now[answered]);
    QCOMPARE(cardsOf(store)[stepped].due, steppedBefore.due);
}

void TestRescheduler::settingAnExamDateBringsCardsForward()
{
    // Cards studied without a date, then a date set five days on: those that would first be due
    // after the exam, below the target on the day, come before it, in one undoable change; their
    // memory stays; and a replay under the new settings gives back every card exactly.
    QTemporaryDir dir;
    DeckStore store;
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    StudySettings settings = store.studySettings();
    settings.newPerDay = 30;
    QVERIFY(store.setStudySettings(settings));
    testsupport::simulateStudy(&store, kEnd, 40, 8);
    const QMap<qint64, Stored> before = cardsOf(store);
    settings.examDate = QDateTime::fromMSecsSinceEpoch(kEnd + 5 * kDay, QTimeZone::utc()).date();
    settings.examRetention = 0.97;
    const StudyDay day(settings.rolloverHour, QTimeZone::utc());
    const std::vector<ReplayedCard> moved = ExamPlanner(&store, settings, day).cardsToBringForward(kEnd);
    QVERIFY2(moved.size() > 10, qPrintable(QString::number(moved.size())));
    const qint64 examStart = day.startOf(settings.examDate);
    for (const ReplayedCard &m : moved) {
        const Stored &s = before[m.cardId];
        QCOMPARE(m.card.stability, s.stability);
        QCOMPARE(m.card.difficulty, s.difficulty);
        QVERIFY(s.due >= examStart);
        QVERIFY(m.card.dueMs < examStart);
    }
    Collection collection(&store);
    int changed = 0;
    QVERIFY(collection.reschedule(settings, moved, true, &changed, QStringLiteral("Set Exam Date")));
    QCOMPARE(changed, int(moved.size()));
    QCOMPARE(collection.undoText(), QStringLiteral("Set Exam Date"));
    const QMap<qint64, Stored> after = cardsOf(store);
    for (const ReplayedCard &r : replayAll(store, settings)) {
        const Stored &s = after[r.cardId];
        QCOMPARE(r.card.dueMs, s.due);
        QCOMPARE(r.card.scheduledDays, s.scheduledDays);
        QCOMPARE(r.card.stability, s.stability);
    }
    // Nothing is left to bring forward, and undo takes back the date and the cards.
    QVERIFY(ExamPlanner(&store, settings, day).cardsToBringForward(kEnd).empty());
    QVERIFY(collection.undo());
    QCOMPARE(cardsOf(store), before);
    QVERIFY(!store.studySettings().examDate.isValid());
}

void TestRescheduler::replayCanBeCancelled()
{
    std::vector<fsrs::LoggedReview> answers;
    for (int c = 1; c <= 30000; ++c)
        answers.push_back({c, kEnd, 3, 0});
    int calls = 0;
    const auto stopped = Rescheduler::replay(answers, fsrs::Scheduler(), StudyDay(4, QTimeZone::utc()),
                                             [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!stopped);
    QCOMPARE(calls, 2);
    const auto all = Rescheduler::replay(answers, fsrs::Scheduler(), StudyDay(4, QTimeZone::utc()));
    QVERIFY(all);
    QCOMPARE(all->size(), size_t(30000));
    QCOMPARE(all->back().card.state, fsrs::State::Learning);
}

void TestRescheduler::jobFitsAndReplaysOffTheWindow()
{
    QTemporaryDir dir;
    {
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        testsupport::simulateStudy(&store, kEnd, 60, 8);
    }
    DeckStore store; // the window's connection stays open beside the job's
    QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
    const StudySettings settings = store.studySettings();

    MemoryJob fit(MemoryJob::Kind::Optimize, dir.path(), settings);
    QSignalSpy fitted(&fit, &MemoryJob::fitted);
    QSignalSpy progressed(&fit, &MemoryJob::progressed);
    fit.start();
    QVERIFY(fitted.wait(30000));
    const ParameterFitReport report = fitted.at(0).at(0).value<ParameterFitReport>();
    QVERIFY(report.scored > 0);
    QVERIFY(report.current.logLoss > 0);
    QVERIFY(report.fitted.logLoss > 0);
    QVERIFY(!progressed.isEmpty());

    MemoryJob replay(MemoryJob::Kind::Replay, dir.path(), settings);
    QSignalSpy replayed(&replay, &MemoryJob::replayed);
    replay.start();
    QVERIFY(replayed.wait(30000));
    QCOMPARE(replayed.at(0).at(0).value<std::vector<ReplayedCard>>().size(), size_t(cardsOf(store).size()));

    MemoryJob stopped(MemoryJob::Kind::Optimize, dir.path(), settings);
    QSignalSpy cancelled(&stopped, &MemoryJob::cancelled);
    QSignalSpy failed(&stopped, &MemoryJob::failed);
    stopped.cancel();
    stopped.start();
    QVERIFY(cancelled.wait(30000));
    QVERIFY(failed.isEmpty());

    QTemporaryDir empty;
    MemoryJob nowhere(MemoryJob::Kind::Replay, empty.path() + QStringLiteral("/missing"), settings);
    QSignalSpy refused(&nowhere, &MemoryJob::failed);
    nowhere.start();
    QVERIFY(refused.wait(30000));
}

QTEST_GUILESS_MAIN(TestRescheduler)
#include "tst_rescheduler.moc"
