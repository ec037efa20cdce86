#include "collection.h"
#include "collectionfixtures.h"
#include "studysession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

Deck fixture()
{
    QString error;
    Deck deck = Deck::fromFile(QStringLiteral(PORTDECK_TEST_DATA "/deck-v1.json"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return deck;
}

QVariant scalar(DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestStudySession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    ManualClock m_clock;

    std::unique_ptr<StudySession> session(const StudySettings &settings = StudySettings(),
                                          const QTimeZone &zone = QTimeZone::utc())
    {
        StudySettings s = settings;
        s.enableFuzz = false;
        m_store->setStudySettings(s);
        return std::make_unique<StudySession>(m_store.get(), &m_clock, QString(), zone);
    }

    QString currentKey(const StudySession &s) const { return s.hasCard() ? s.currentCard().key : QString(); }

    // Makes a card a review card due at @p dueMs, last reviewed @p days before it.
    void makeReview(const QString &key, qint64 dueMs, int days = 3)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE cards SET state = 2, stability = ?, difficulty = 5, due = ?, "
                                 "last_review = ?, reps = 2, scheduled_days = ? WHERE key = ?"));
        q.addBindValue(double(days));
        q.addBindValue(dueMs);
        q.addBindValue(dueMs - days * kDay);
        q.addBindValue(days);
        q.addBindValue(key);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
        m_clock.set(utc("2024-06-03T10:00:00Z"));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void newCardsInDeckOrderOnePerFact()
    {
        auto s = session();
        // Six facts and one concept card without a fact: one new card each.
        QCOMPARE(s->counts(), (StudySession::Counts{7, 0, 0}));
        QCOMPARE(currentKey(*s), QStringLiteral("telnet:protocol-port"));
        QCOMPARE(s->currentText().question, QStringLiteral("Which port or ports does Telnet use?"));
        QCOMPARE(s->currentText().answer, QStringLiteral("TCP 23"));
    }

    void answerMovesThroughLearning()
    {
        auto s = session();
        QSignalSpy answered(s.get(), &StudySession::answered);
        const qint64 first = s->currentCard().id;
        const auto intervals = s->previewIntervals();
        QCOMPARE(intervals[0], 1 * kMinute);
        QCOMPARE(intervals[1], 6 * kMinute);
        QCOMPARE(intervals[2], 10 * kMinute);
        QCOMPARE(intervals[3], 8 * kDay);
        QVERIFY(s->answer(fsrs::Rating::Good, 4200, QStringLiteral("23"), QStringLiteral("correct")));
        QCOMPARE(answered.count(), 1);
        QCOMPARE(s->counts(), (StudySession::Counts{6, 1, 0}));
        QCOMPARE(currentKey(*s), QStringLiteral("ssh:protocol-port")); // telnet's siblings wait

        // The review log row holds everything the optimizer and the statistics need.
        const qint64 rid = s->lastReviewId();
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT card_id, time, kind, rating, state_before, state_after, stability, "
                                 "difficulty, elapsed_days, scheduled_days, due, response_ms, answer, verdict "
                                 "FROM revlog WHERE id = ?"));
        q.addBindValue(rid);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), first);
        QCOMPARE(q.value(1).toLongLong(), m_clock.nowMs());
        QCOMPARE(q.value(2).toString(), QStringLiteral("study"));
        QCOMPARE(q.value(3).toInt(), 3);
        QCOMPARE(q.value(4).toInt(), 0);
        QCOMPARE(q.value(5).toInt(), 1);
        QCOMPARE(q.value(6).toDouble(), 2.3065);
        QCOMPARE(q.value(7).toDouble(), 2.11810397);
        QCOMPARE(q.value(8).toInt(), 0);
        QCOMPARE(q.value(9).toInt(), 0);
        QCOMPARE(q.value(10).toLongLong(), m_clock.nowMs() + 10 * kMinute);
        QCOMPARE(q.value(11).toInt(), 4200);
        QCOMPARE(q.value(12).toString(), QStringLiteral("23"));
        QCOMPARE(q.value(13).toString(), QStringLiteral("correct"));

        // Ten minutes later the learning card comes before new cards.
        m_clock.advance(10 * kMinute);
        s->refresh();
        QCOMPARE(s->currentCard().id, first);
        QVERIFY(s->answer(fsrs::Rating::Good));
        const CardInfo graduated = *m_store->card(first);
        QCOMPARE(graduated.state, CardState::Review);
        QCOMPARE(graduated.scheduledDays, 2);
    }

    void learnAheadWhenNothingElseIsLeft()
    {
        StudySettings settings;
        settings.newPerDay = 1;
        auto s = session(settings);
        QVERIFY(s->answer(fsrs::Rating::Again)); // due in 1 minute
        QVERIFY(s->hasCard());                   // shown early: nothing else is left
        QCOMPARE(currentKey(*s), QStringLiteral("telnet:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Good)); // step 1: 10 minutes, inside the 20-minute window
        QVERIFY(s->hasCard());
        QVERIFY(s->answer(fsrs::Rating::Good)); // graduates
        QVERIFY(!s->hasCard());
        // Finished: the next card is due at the next study day (new cards wait there).
        QCOMPARE(s->nextDueMs().value_or(0), utc("2024-06-04T04:00:00Z"));
    }

    void dailyLimits_data()
    {
        QTest::addColumn<int>("newPerDay");
        QTest::addColumn<int>("reviewsPerDay");
        QTest::addColumn<int>("dueReviews");
        QTest::addColumn<int>("expectedNew");
        QTest::addColumn<int>("expectedReviews");
        QTest::newRow("defaults") << 20 << 200 << 2 << 5 << 2;
        QTest::newRow("new limit") << 2 << 200 << 0 << 2 << 0;
        QTest::newRow("no new cards") << 0 << 200 << 2 << 0 << 2;
        QTest::newRow("review limit") << 20 << 1 << 2 << 0 << 1;
        QTest::newRow("review limit counts new") << 20 << 4 << 2 << 2 << 2;
    }

    void dailyLimits()
    {
        QFETCH(int, newPerDay);
        QFETCH(int, reviewsPerDay);
        QFETCH(int, dueReviews);
        QFETCH(int, expectedNew);
        QFETCH(int, expectedReviews);
        const QStringList reviews{"dns:protocol-port", "icmp:protocol-port"};
        for (int i = 0; i < dueReviews; ++i)
            makeReview(reviews.at(i), m_clock.nowMs() - kHour);
        StudySettings settings;
        settings.newPerDay = newPerDay;
        settings.reviewsPerDay = reviewsPerDay;
        auto s = session(settings);
        QCOMPARE(s->counts().newCards, expectedNew);
        QCOMPARE(s->counts().review, expectedReviews);
        // Answer everything offered; the limits hold to the end.
        int answeredNew = 0;
        int answeredReviews = 0;
        while (s->hasCard()) {
            const CardState state = s->currentCard().state;
            answeredNew += state == CardState::New ? 1 : 0;
            answeredReviews += state == CardState::Review ? 1 : 0;
            QVERIFY(s->answer(fsrs::Rating::Easy));
        }
        QCOMPARE(answeredNew, expectedNew);
        QCOMPARE(answeredReviews, expectedReviews);
    }

    void reviewsBeforeNewCards()
    {
        makeReview(QStringLiteral("dns:protocol-port"), m_clock.nowMs() + 5 * kHour); // later today
        auto s = session();
        QCOMPARE(currentKey(*s), QStringLiteral("dns:protocol-port"));
        QCOMPARE(s->counts().review, 1);
        // dns's new siblings wait: the fact is already in today's queue.
        QCOMPARE(s->counts().newCards, 6);
    }

    void siblingsWaitUntilTomorrow()
    {
        StudySettings settings;
        settings.newPerDay = 100;
        auto s = session(settings);
        QSet<qint64> facts;
        while (s->hasCard() && s->currentCard().state == CardState::New) {
            QVERIFY(!facts.contains(s->currentCard().factId) || s->currentCard().factId == 0);
            facts.insert(s->currentCard().factId);
            QVERIFY(s->answer(fsrs::Rating::Easy));
        }
        QCOMPARE(m_store->counts().newCards, 20 - 7);
        // Tomorrow the siblings come.
        m_clock.advance(kDay);
        s->refresh();
        QCOMPARE(s->counts().newCards, 5); // telnet, ssh, sftp, dns, icmp have more cards
    }

    // "Study my weakest": exactly the given cards in the given order, siblings included, Again
    // brings a card back after its step, and the recall the scheduler expected is logged.
    void focusOnChosenCards()
    {
        const qint64 now = m_clock.nowMs();
        makeReview(QStringLiteral("telnet:protocol-port"), now + 2 * kDay, 10);
        makeReview(QStringLiteral("port:23"), now + 5 * kDay, 10);
        makeReview(QStringLiteral("ssh:protocol-port"), now - kDay, 3);
        auto id = [this](const char *key) {
            return scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = ?"), {QString::fromLatin1(key)}).toLongLong();
        };
        auto s = session();
        QCOMPARE(currentKey(*s), QStringLiteral("ssh:protocol-port")); // the day's queue: the due review
        QSignalSpy changed(s.get(), &StudySession::currentChanged);
        s->startFocus({id("port:23"), id("telnet:protocol-port"), id("ssh:protocol-port")});
        QVERIFY(s->isFocused());
        QCOMPARE(s->focusSize(), 3);
        QVERIFY(changed.count() > 0);
        QCOMPARE(s->counts(), (StudySession::Counts{0, 0, 3}));
        QCOMPARE(currentKey(*s), QStringLiteral("port:23"));
        QVERIFY(s->answer(fsrs::Rating::Again));
        // The sibling is not buried in a focus; the missed card waits for its step.
        QCOMPARE(currentKey(*s), QStringLiteral("telnet:protocol-port"));
        QCOMPARE(s->counts(), (StudySession::Counts{0, 1, 2}));
        // Reviewed 8 days into a 10-day stability: the scheduler expected what the curve says.
        const double expected = s->scheduler().forgettingCurve(8, 10);
        QVERIFY(s->answer(fsrs::Rating::Good));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT recall FROM revlog WHERE id = ?"), {s->lastReviewId()}).toDouble(),
                 expected);
        QVERIFY(s->undo());
        QCOMPARE(currentKey(*s), QStringLiteral("telnet:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Good));
        QVERIFY(s->answer(fsrs::Rating::Good)); // ssh
        QCOMPARE(s->counts(), (StudySession::Counts{0, 1, 0}));
        // Only the missed card is left, within the learn-ahead window, then nothing.
        QCOMPARE(currentKey(*s), QStringLiteral("port:23"));
        m_clock.advance(2 * kMinute);
        QVERIFY(s->answer(fsrs::Rating::Good));
        m_clock.advance(20 * kMinute);
        s->refresh();
        QVERIFY(s->isFocused());
        if (s->hasCard()) // Good on a relearning card may leave one more step
            QVERIFY(s->answer(fsrs::Rating::Easy));
        QVERIFY(!s->hasCard());
        // Back to the day's queue, new cards included (the answered facts are buried now).
        s->endFocus();
        QVERIFY(!s->isFocused());
        QVERIFY(s->hasCard());
        QCOMPARE(s->currentCard().state, CardState::New);
        QVERIFY(s->currentCard().factId != id("telnet:protocol-port"));
    }

    // Focus edges: a card already relearning is counted once; undo of a later answer does not
    // put a card back among the unanswered; a missed card beyond learn-ahead is waited for.
    void focusEdges()
    {
        const qint64 now = m_clock.nowMs();
        makeReview(QStringLiteral("dns:protocol-port"), now - kDay, 5);
        makeReview(QStringLiteral("icmp:protocol-port"), now + 3 * kDay, 5);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET state = 3, step = 0 WHERE key = 'dns:protocol-port'")));
        auto id = [this](const char *key) {
            return scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = ?"), {QString::fromLatin1(key)}).toLongLong();
        };
        StudySettings settings;
        settings.relearningSteps = {60};
        auto s = session(settings);
        s->startFocus({id("dns:protocol-port"), id("icmp:protocol-port")});
        QCOMPARE(s->counts(), (StudySession::Counts{0, 0, 2})); // the relearning card is not counted twice
        QCOMPARE(currentKey(*s), QStringLiteral("dns:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Again));                // back in an hour
        QCOMPARE(s->counts(), (StudySession::Counts{0, 1, 1}));
        QCOMPARE(currentKey(*s), QStringLiteral("icmp:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Again));
        QCOMPARE(s->counts(), (StudySession::Counts{0, 2, 0}));
        // Undo the second answer: icmp is unanswered again, dns stays a learning card.
        QVERIFY(s->undo());
        QCOMPARE(s->counts(), (StudySession::Counts{0, 1, 1}));
        QCOMPARE(currentKey(*s), QStringLiteral("icmp:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Good));
        // Only dns is left, an hour away, beyond the learn-ahead window: nothing now, but a time.
        QVERIFY(!s->hasCard());
        const std::optional<qint64> next = s->nextDueMs();
        QVERIFY(next.has_value());
        QCOMPARE(*next, now + 60 * kMinute);
        m_clock.advance(61 * kMinute);
        s->refresh();
        QCOMPARE(currentKey(*s), QStringLiteral("dns:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Good));
        QVERIFY(!s->hasCard());
        QVERIFY(!s->nextDueMs().has_value());
    }

    void rollover_data()
    {
        QTest::addColumn<QString>("answeredAt");
        QTest::addColumn<QString>("checkedAt");
        QTest::addColumn<int>("rolloverHour");
        QTest::addColumn<bool>("sameDay");
        QTest::newRow("before rollover") << "2024-06-03T03:59:00Z" << "2024-06-03T03:59:30Z" << 4 << true;
        QTest::newRow("across rollover") << "2024-06-03T03:59:00Z" << "2024-06-03T04:00:00Z" << 4 << false;
        QTest::newRow("midnight is not the end") << "2024-06-02T23:30:00Z" << "2024-06-03T01:00:00Z" << 4 << true;
        QTest::newRow("midnight rollover") << "2024-06-02T23:30:00Z" << "2024-06-03T00:00:00Z" << 0 << false;
        QTest::newRow("late rollover") << "2024-06-03T10:00:00Z" << "2024-06-03T22:59:00Z" << 23 << true;
        QTest::newRow("late rollover crossed") << "2024-06-03T10:00:00Z" << "2024-06-03T23:00:00Z" << 23 << false;
    }

    void rollover()
    {
        QFETCH(QString, answeredAt);
        QFETCH(QString, checkedAt);
        QFETCH(int, rolloverHour);
        QFETCH(bool, sameDay);
        StudySettings settings;
        settings.newPerDay = 1;
        settings.rolloverHour = rolloverHour;
        m_clock.set(utc(qPrintable(answeredAt)));
        auto s = session(settings);
        QCOMPARE(s->counts().newCards, 1);
        QVERIFY(s->answer(fsrs::Rating::Easy));
        QCOMPARE(s->counts().newCards, 0);
        m_clock.set(utc(qPrintable(checkedAt)));
        s->refresh();
        QCOMPARE(s->counts().newCards, sameDay ? 0 : 1);
    }

    void elapsedDaysFollowTheStudyDay_data()
    {
        QTest::addColumn<QString>("lastReview");
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("elapsed");
        QTest::newRow("same evening") << "2024-06-03T18:00:00Z" << "2024-06-03T23:00:00Z" << 0;
        QTest::newRow("after midnight, before 4:00") << "2024-06-03T18:00:00Z" << "2024-06-04T03:30:00Z" << 0;
        QTest::newRow("after 4:00") << "2024-06-03T18:00:00Z" << "2024-06-04T04:30:00Z" << 1;
        QTest::newRow("week") << "2024-06-03T18:00:00Z" << "2024-06-10T09:00:00Z" << 7;
        QTest::newRow("clock went back") << "2024-06-03T18:00:00Z" << "2024-06-01T09:00:00Z" << 0;
    }

    void elapsedDaysFollowTheStudyDay()
    {
        QFETCH(QString, lastReview);
        QFETCH(QString, now);
        QFETCH(int, elapsed);
        const qint64 last = utc(qPrintable(lastReview));
        makeReview(QStringLiteral("dns:protocol-port"), last + kHour, 0);
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE cards SET last_review = ?, due = ? WHERE key = 'dns:protocol-port'"));
        q.addBindValue(last);
        q.addBindValue(std::min(last, utc(qPrintable(now)) - kHour)); // due when the learner looks
        QVERIFY(q.exec());
        m_clock.set(utc(qPrintable(now)));
        auto s = session();
        QCOMPARE(currentKey(*s), QStringLiteral("dns:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Good));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT elapsed_days FROM revlog WHERE id = ?"),
                        {s->lastReviewId()}).toInt(), elapsed);
        // Whatever the clock did, the card is due after the answer.
        QVERIFY(m_store->card(scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'dns:protocol-port'")).toLongLong())->dueMs > m_clock.nowMs());
    }

    void clockGoingBackwards()
    {
        // The card was last reviewed "tomorrow" as far as the corrected clock is concerned.
        const qint64 now = m_clock.nowMs();
        makeReview(QStringLiteral("dns:protocol-port"), now - kHour, 0);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET last_review = %1 WHERE key = 'dns:protocol-port'")
                           .arg(now + 2 * kDay)));
        auto s = session();
        QCOMPARE(currentKey(*s), QStringLiteral("dns:protocol-port"));
        QVERIFY(s->answer(fsrs::Rating::Good));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT elapsed_days FROM revlog WHERE id = ?"),
                        {s->lastReviewId()}).toInt(), 0);
        const CardInfo card = *m_store->card(scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = 'dns:protocol-port'")).toLongLong());
        QVERIFY(card.dueMs > now);
        QCOMPARE(card.lastReviewMs, now);

        // Moving back across a rollover rebuilds the day; answers go on without harm.
        m_clock.advance(-2 * kDay);
        s->refresh();
        while (s->hasCard())
            QVERIFY(s->answer(fsrs::Rating::Good));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT min(elapsed_days) FROM revlog")).toInt(), 0);
        QVERIFY(m_store->integrityProblems().isEmpty());
    }

    void daylightSaving_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<int>("rolloverHour");
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("hoursInDay");
        // Europe/Berlin: clocks jump 02:00→03:00 on 2024-03-31 and 03:00→02:00 on 2024-10-27.
        // With a 4:00 rollover the jump falls into the study day that began the morning before.
        QTest::newRow("spring: the day after") << "2024-03-31T12:00:00+02:00" << 4 << "2024-03-31" << 24;
        QTest::newRow("spring: the short day") << "2024-03-31T03:30:00+02:00" << 4 << "2024-03-30" << 23;
        QTest::newRow("autumn: the long day") << "2024-10-27T02:30:00+01:00" << 4 << "2024-10-26" << 25;
        QTest::newRow("autumn: the day after") << "2024-10-27T12:00:00+01:00" << 4 << "2024-10-27" << 24;
        QTest::newRow("rollover inside the gap") << "2024-03-31T12:00:00+02:00" << 2 << "2024-03-31" << 23;
        QTest::newRow("midnight rollover, spring") << "2024-03-31T12:00:00+02:00" << 0 << "2024-03-31" << 23;
    }

    void daylightSaving()
    {
        QFETCH(QString, moment);
        QFETCH(int, rolloverHour);
        QFETCH(QString, day);
        QFETCH(int, hoursInDay);
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const StudyDay studyDay(rolloverHour, berlin);
        const qint64 ms = QDateTime::fromString(moment, Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(studyDay.dayOf(ms), QDate::fromString(day, Qt::ISODate));
        const qint64 start = studyDay.startOfDay(ms);
        const qint64 end = studyDay.startOfNextDay(ms);
        QVERIFY(start <= ms && ms < end);
        QCOMPARE((end - start) / kHour, qint64(hoursInDay));
        QCOMPARE(studyDay.daysBetween(start, end), 1);
        QCOMPARE(studyDay.daysBetween(start, end - 1), 0);
        // A study session across the change counts the days the learner lived through.
        QCOMPARE(studyDay.daysBetween(start - kHour, end + kHour), 2);
    }

    void undoTakesBackExactly()
    {
        makeReview(QStringLiteral("dns:protocol-port"), m_clock.nowMs() - kHour);
        auto s = session();
        QVERIFY(!s->canUndo());
        QVERIFY(!s->undo());
        const CardInfo before = s->currentCard();
        const int reviews = m_store->counts().reviews;
        const StudySession::Counts counts = s->counts();
        QVERIFY(s->answer(fsrs::Rating::Again, 1500, QStringLiteral("54"), QStringLiteral("wrong")));
        QCOMPARE(m_store->card(before.id)->state, CardState::Relearning);
        QCOMPARE(m_store->card(before.id)->lapses, 1);
        QVERIFY(s->canUndo());
        QSignalSpy undone(s.get(), &StudySession::undone);
        QVERIFY(s->undo());
        QCOMPARE(undone.count(), 1);
        const CardInfo after = *m_store->card(before.id);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.step, before.step);
        QCOMPARE(after.stability, before.stability);
        QCOMPARE(after.difficulty, before.difficulty);
        QCOMPARE(after.dueMs, before.dueMs);
        QCOMPARE(after.lastReviewMs, before.lastReviewMs);
        QCOMPARE(after.scheduledDays, before.scheduledDays);
        QCOMPARE(after.reps, before.reps);
        QCOMPARE(after.lapses, before.lapses);
        QCOMPARE(m_store->counts().reviews, reviews);
        QCOMPARE(s->currentCard().id, before.id); // shown again
        QCOMPARE(s->counts(), counts);

        // Several answers undo in reverse order, back to a fresh new card.
        QVERIFY(s->answer(fsrs::Rating::Good));
        const qint64 newCard = s->currentCard().id;
        QVERIFY(s->answer(fsrs::Rating::Hard));
        QVERIFY(s->undo());
        QCOMPARE(s->currentCard().id, newCard);
        QCOMPARE(m_store->card(newCard)->state, CardState::New);
        QCOMPARE(m_store->card(newCard)->lastReviewMs, 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT due IS NULL FROM cards WHERE id = ?"), {newCard}).toInt(), 1);
        QVERIFY(s->undo());
        QCOMPARE(s->currentCard().id, before.id);
        QVERIFY(!s->canUndo());
        QVERIFY(m_store->integrityProblems().isEmpty());
    }

    // Review-log ids are never reused, not even after an undo or a reopen, and carry the
    // collection's node, so two collections never make the same id.
    void reviewIdsAreNeverReused()
    {
        const qint64 node = m_store->collectionNode();
        QVERIFY(node > 0 && node < (qint64(1) << 23));
        QCOMPARE(m_store->collectionId().size(), 16);
        auto s = session();
        QVERIFY(s->answer(fsrs::Rating::Good));
        const qint64 first = s->lastReviewId();
        QCOMPARE(first >> DeckStore::kReviewSequenceBits, node);
        QVERIFY(s->undo());
        QVERIFY(s->answer(fsrs::Rating::Good));
        const qint64 second = s->lastReviewId();
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 after %2").arg(second).arg(first)));
        QVERIFY(s->undo());
        s.reset();

        // A practice answer after a reopen takes the next id too.
        m_store->close();
        QCOMPARE(m_store->open(m_dir->path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
        const qint64 card = scalar(*m_store, QStringLiteral("SELECT min(id) FROM cards")).toLongLong();
        QVERIFY(m_store->logPracticeAnswer(card, QStringLiteral("quiz"), m_clock.nowMs(), 3, 1000, {}, {}));
        const qint64 third = scalar(*m_store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong();
        QCOMPARE(third, second + 1);
        QCOMPARE(m_store->collectionNode(), node);

        // Another collection has another identity.
        QTemporaryDir otherDir;
        DeckStore other;
        QCOMPARE(other.open(otherDir.path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
        QVERIFY(other.collectionId() != m_store->collectionId());
        QVERIFY(other.collectionNode() != node);
    }

    // With fuzz on, the interval a button shows is the one the answer saves, however long the
    // learner looks at the card first.
    void previewMatchesTheAnswerWithFuzz()
    {
        const QStringList keys{"dns:protocol-port", "icmp:protocol-port", "ssh:protocol-port",
                               "telnet:protocol-port", "sftp:protocol-port", "port:53"};
        for (const QString &key : keys) {
            makeReview(key, m_clock.nowMs() - kHour, 30);
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE cards SET stability = 40 WHERE key = '%1'").arg(key)));
        }
        StudySettings settings;
        m_store->setStudySettings(settings); // fuzz on (the default)
        StudySession s(m_store.get(), &m_clock, QString(), QTimeZone::utc());
        int compared = 0;
        while (s.hasCard() && s.currentCard().state == CardState::Review) {
            const std::array<fsrs::Card, 4> shown = s.preview();
            const qint64 id = s.currentCard().id;
            m_clock.advance(41 * 1000 + compared * 977);
            QVERIFY(s.answer(fsrs::Rating::Good));
            QCOMPARE(m_store->card(id)->scheduledDays, shown[2].scheduledDays);
            ++compared;
        }
        QCOMPARE(compared, 5); // port:53 is dns's sibling and waits
    }

    void settingsAreKeptInTheDeck()
    {
        StudySettings settings;
        settings.newPerDay = 7;
        settings.desiredRetention = 0.85;
        settings.learningSteps = {5, 30, 1440};
        settings.rolloverHour = 2;
        auto s = session();
        QVERIFY(s->setSettings(settings));
        QCOMPARE(m_store->studySettings().newPerDay, 7);
        QCOMPARE(m_store->studySettings().learningSteps, (QList<int>{5, 30, 1440}));
        QCOMPARE(s->scheduler().intervalModifier(), 1.90642614);
        QCOMPARE(s->studyDay().rolloverHour(), 2);
        // Out-of-range values are brought into range.
        settings.desiredRetention = 0.5;
        settings.rolloverHour = 30;
        settings.newPerDay = -4;
        QVERIFY(s->setSettings(settings));
        QCOMPARE(m_store->studySettings().desiredRetention, 0.7);
        QCOMPARE(m_store->studySettings().rolloverHour, 23);
        QCOMPARE(m_store->studySettings().newPerDay, 0);
        QCOMPARE(StudySettings::fromJson("not json"), StudySettings());
    }

    void steps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("minutes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "1m 10m" << QList<int>{1, 10} << true;
        QTest::newRow("commas") << "5m, 1h,1d" << QList<int>{5, 60, 1440} << true;
        QTest::newRow("empty") << "" << QList<int>{} << true;
        QTest::newRow("bad") << "1m soon" << QList<int>{} << false;
        QTest::newRow("zero") << "0m" << QList<int>{} << false;
    }

    void steps()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, minutes);
        QFETCH(bool, valid);
        const std::optional<QList<int>> parsed = parseSteps(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, minutes);
            QCOMPARE(parseSteps(formatSteps(minutes)), parsed);
        }
    }

    void intervals_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(30 * 1000) << "<1m";
        QTest::newRow("minute") << kMinute << "1m";
        QTest::newRow("ten minutes") << 10 * kMinute << "10m";
        QTest::newRow("hour and a half") << 90 * kMinute << "1.5h";
        QTest::newRow("hours") << 5 * kHour << "5h";
        QTest::newRow("day") << kDay << "1d";
        QTest::newRow("days") << 3 * kDay << "3d";
        QTest::newRow("months") << 64 * kDay << "2.1mo";
        QTest::newRow("years") << 548 * kDay << "1.5y";
    }

    void intervals()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatInterval(ms), text);
    }

    // The first card is shown without reading every entry: each card renders from the entries
    // it names exactly as from all of them, in each language.
    void firstCardWithoutReadingEveryEntry_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void firstCardWithoutReadingEveryEntry()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok); // the built-in deck: every template
        StudySession session(&store, &m_clock, language, QTimeZone::utc());
        QVERIFY(session.hasCard());
        QVERIFY(!session.currentText().question.isEmpty());
        const CardTexts all(store.facts(language));
        QSet<int> templates;
        QList<CardInfo> cards;
        for (const QList<CardInfo> &ofFact : store.cardsByFact(language))
            cards += ofFact;
        for (const CardInfo &card : std::as_const(cards)) {
            const CardText alone = session.render(card);
            const CardText expected = all.render(card);
            QCOMPARE(alone.question, expected.question);
            QCOMPARE(alone.answer, expected.answer);
            QCOMPARE(alone.detail, expected.detail);
            templates.insert(int(card.tmpl));
        }
        QVERIFY(templates.size() >= 5);
        QVERIFY(!session.areTextsRead()); // none of that read them all
        // Read off the window's thread once asked; an entry added later is read anew.
        session.prefetchTexts();
        QTRY_VERIFY(session.areTextsRead());
        QCOMPARE(session.texts().facts().size(), all.facts().size());
        Collection collection(&store);
        session.setCollection(&collection);
        const DeckFact entry = collectionfixtures::ownEntry();
        const std::optional<qint64> added = collection.addEntry(entry);
        QVERIFY2(added, qPrintable(collection.errorString()));
        QVERIFY(!session.areTextsRead());
        QVERIFY(session.texts().fact(*added));
    }

    // Asked for while a prefetch reads them, the texts are the prefetch's, read once; asked for
    // after an entry changed under it, they are read anew, never the older ones it had read.
    void textsWhileThePrefetchReads_data()
    {
        QTest::addColumn<bool>("readBeforeAsked");
        QTest::addColumn<bool>("entryAddedMeanwhile");
        QTest::newRow("asked while it reads") << false << false;
        QTest::newRow("asked once it has read") << true << false;
        QTest::newRow("an entry added after it read") << true << true;
    }

    void textsWhileThePrefetchReads()
    {
        QFETCH(bool, readBeforeAsked);
        QFETCH(bool, entryAddedMeanwhile);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        Collection collection(&store);
        StudySession session(&store, &m_clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        QVERIFY(!session.areTextsRead());
        session.prefetchTexts();
        if (readBeforeAsked) // its reader done, its end not yet run: no event loop meanwhile
            QThreadPool::globalInstance()->waitForDone();
        std::optional<qint64> added;
        if (entryAddedMeanwhile) {
            added = collection.addEntry(collectionfixtures::ownEntry());
            QVERIFY2(added, qPrintable(collection.errorString()));
        }
        const QList<Fact> expected = store.facts();
        const CardTexts &texts = session.texts(); // before the event loop has run the prefetch's end
        QVERIFY(session.areTextsRead());
        QCOMPARE(texts.facts().size(), expected.size());
        if (added)
            QVERIFY(texts.fact(*added));
        for (const Fact &f : expected)
            QCOMPARE(texts.fact(f.id) ? texts.fact(f.id)->name : QString(), f.name);
        // The prefetch's own end, when the event loop reaches it, keeps what is there.
        QTest::qWait(50);
        QCOMPARE(session.texts().facts().size(), expected.size());
    }

    void cardTexts()
    {
        const QList<Fact> facts = m_store->facts();
        const CardTexts texts(facts);
        auto render = [&](const char *key) {
            const qint64 id = scalar(*m_store, QStringLiteral("SELECT id FROM cards WHERE key = ?"), {QString::fromLatin1(key)}).toLongLong();
            return texts.render(*m_store->card(id));
        };
        QCOMPARE(render("port:22").question, QStringLiteral("Which protocol uses port 22?"));
        QCOMPARE(render("port:22").answer, QStringLiteral("SSH (Secure Shell) or SFTP (SSH File Transfer Protocol)"));
        QCOMPARE(render("port:53").question, QStringLiteral("Which protocol uses port 53?"));
        QCOMPARE(render("dns:protocol-port").answer, QStringLiteral("UDP 53: queries\nTCP 53: large transfers"));
        QCOMPARE(render("dns:protocol-transport").answer, QStringLiteral("Both TCP and UDP"));
        QCOMPARE(render("telnet:insecure-secure").answer, QStringLiteral("SSH (TCP 22)"));
        QCOMPARE(render("icmp:protocol-port").answer, QStringLiteral("No port: ICMP is IP protocol 1."));
        QCOMPARE(render("ssh:function-protocol").answer, QStringLiteral("SSH (Secure Shell)"));
        QVERIFY(render("ssh:function-protocol").question.contains(QLatin1String("Encrypted remote shell")));
        QCOMPARE(render("concept-tcp-udp").answer, QStringLiteral("No"));
    }
};

QTEST_GUILESS_MAIN(TestStudySession)
#include "tst_studysession.moc"
