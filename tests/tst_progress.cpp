// The Progress page's figures against hand-computed fixtures: study days with a rollover hour
// in several time zones (daylight saving, a 5:45 offset), caps, streaks, the forecast, measured
// against predicted retention, histograms, mastery thresholds and a card's recall curve.
#include "deckstore.h"
#include "progress.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 utc(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        qFatal("bad time in fixture: %s", qPrintable(iso));
    return t.toMSecsSinceEpoch();
}

Deck fixture()
{
    QString error;
    Deck deck = Deck::fromFile(QStringLiteral(PORTDECK_TEST_DATA "/deck-v1.json"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return deck;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;

    qint64 cardId(const QString &key) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id FROM cards WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // One review-log row; "kind" is study, quiz or exam.
    void log(qint64 timeMs, int rating, const QString &kind = QStringLiteral("study"), int stateBefore = 2,
             const QVariant &responseMs = {}, const QVariant &recall = {}, const QString &card = QStringLiteral("port:23"))
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("INSERT INTO revlog (card_id, time, kind, rating, state_before, state_after, "
                                 "stability, difficulty, elapsed_days, scheduled_days, due, response_ms, recall) "
                                 "VALUES (?, ?, ?, ?, ?, 2, 5, 5, 1, 1, 0, ?, ?)"));
        q.addBindValue(cardId(card));
        q.addBindValue(timeMs);
        q.addBindValue(kind);
        q.addBindValue(rating);
        q.addBindValue(stateBefore);
        q.addBindValue(responseMs.isValid() ? responseMs : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(recall.isValid() ? recall : QVariant(QMetaType::fromType<double>()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void setCard(const QString &key, int state, double stability, double difficulty, qint64 dueMs,
                 qint64 lastReviewMs, bool suspended = false)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE cards SET state = ?, stability = ?, difficulty = ?, due = ?, "
                                 "last_review = ?, suspended = ? WHERE key = ?"));
        q.addBindValue(state);
        q.addBindValue(stability);
        q.addBindValue(difficulty);
        q.addBindValue(dueMs);
        q.addBindValue(lastReviewMs);
        q.addBindValue(suspended ? 1 : 0);
        q.addBindValue(key);
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(key));
    }

    ProgressStats stats(const char *zone = "UTC", int rollover = 4) const
    {
        return ProgressStats(m_store.get(), StudyDay(rollover, QTimeZone(zone)), fsrs::Scheduler());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void activityFollowsTheStudyDay_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("rollover");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("reviews");
        QTest::addColumn<QList<int>>("perDay"); // the last three study days, oldest first

        QTest::newRow("UTC, 4:00 rollover")
            << QByteArray("UTC") << 4 << "2026-03-10T12:00:00Z"
            << QStringList{"2026-03-10T03:59:59Z", "2026-03-10T04:00:00Z", "2026-03-08T23:00:00Z",
                           "2026-03-08T03:00:00Z"}
            << QList<int>{1, 1, 1};
        // Daylight saving starts on 8 March: 4:00 is 09:00Z on the 7th and 08:00Z on the 8th.
        QTest::newRow("New York, spring forward")
            << QByteArray("America/New_York") << 4 << "2026-03-09T16:00:00Z"
            << QStringList{"2026-03-08T08:30:00Z", "2026-03-08T07:30:00Z", "2026-03-07T08:30:00Z",
                           "2026-03-09T08:00:00Z", "2026-03-07T09:00:00Z"}
            << QList<int>{2, 1, 1};
        // Daylight saving ends on 1 November: 4:00 is 08:00Z on the 31st and 09:00Z on the 1st.
        QTest::newRow("New York, fall back")
            << QByteArray("America/New_York") << 4 << "2026-11-02T15:00:00Z"
            << QStringList{"2026-11-01T08:30:00Z", "2026-11-01T09:00:00Z", "2026-10-31T08:00:00Z"}
            << QList<int>{2, 1, 0};
        // Kathmandu is 5:45 ahead; with the rollover at midnight, 18:15Z starts a day.
        QTest::newRow("Kathmandu, midnight")
            << QByteArray("Asia/Kathmandu") << 0 << "2026-06-15T12:00:00Z"
            << QStringList{"2026-06-14T18:14:59Z", "2026-06-14T18:15:00Z", "2026-06-13T18:16:00Z"}
            << QList<int>{0, 2, 1};
    }

    void activityFollowsTheStudyDay()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, rollover);
        QFETCH(QString, now);
        QFETCH(QStringList, reviews);
        QFETCH(QList<int>, perDay);
        for (const QString &t : std::as_const(reviews))
            log(utc(t), 3);
        const QList<DayActivity> days = stats(zone.constData(), rollover).activity(utc(now), 3);
        QCOMPARE(days.size(), 3);
        QList<int> totals;
        for (const DayActivity &d : days)
            totals.append(d.total());
        QCOMPARE(totals, perDay);
        const StudyDay studyDay(rollover, QTimeZone(zone));
        QCOMPARE(days.constLast().day, studyDay.dayOf(utc(now)));
        QCOMPARE(days.constFirst().day, studyDay.dayOf(utc(now)).addDays(-2));
    }

    void activityStacksRatingsAndPractice()
    {
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        log(now - 1000, 1);
        log(now - 2000, 3);
        log(now - 3000, 3);
        log(now - 4000, 4);
        log(now - 5000, 2, QStringLiteral("quiz"));
        log(now - 6000, 1, QStringLiteral("exam"));
        log(now - kDay, 2);
        const QList<DayActivity> days = stats().activity(now, 30);
        QCOMPARE(days.size(), 30);
        QCOMPARE(days.at(29).ratings, (std::array<int, 4>{1, 0, 2, 1}));
        QCOMPARE(days.at(29).practiced, 2);
        QCOMPARE(days.at(29).total(), 6);
        QCOMPARE(days.at(28).ratings, (std::array<int, 4>{0, 1, 0, 0}));
        QCOMPARE(days.at(0).total(), 0);
    }

    void today()
    {
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        log(now - 1000, 1, QStringLiteral("study"), 2, 5000);
        log(now - 2000, 3, QStringLiteral("study"), 2, 120000); // counted as one minute
        log(now - 3000, 4);                                      // no time measured
        log(now - 4000, 2, QStringLiteral("quiz"), 2, 3000);
        log(utc(QStringLiteral("2026-03-10T03:00:00Z")), 3);     // yesterday's study day
        log(utc(QStringLiteral("2026-03-08T20:00:00Z")), 3);
        log(utc(QStringLiteral("2026-03-06T20:00:00Z")), 3);     // after a gap: not in the streak

        // Cards: two overdue, one learning later today, one due tomorrow, one suspended.
        setCard(QStringLiteral("port:23"), 2, 5, 5, now - 3 * kDay, now - 8 * kDay);
        setCard(QStringLiteral("ssh:protocol-port"), 2, 5, 5, now - kDay, now - 6 * kDay);
        setCard(QStringLiteral("dns:protocol-port"), 1, 0.1, 5, utc(QStringLiteral("2026-03-11T03:59:00Z")), now);
        setCard(QStringLiteral("icmp:protocol-port"), 2, 5, 5, utc(QStringLiteral("2026-03-11T04:00:00Z")), now);
        setCard(QStringLiteral("sftp:protocol-port"), 2, 5, 5, now - kDay, now - 6 * kDay, true);

        const TodaySummary t = stats().today(now);
        QCOMPARE(t.studied, 3);
        QCOMPARE(t.practiced, 1);
        QCOMPARE(t.correct, 3);
        QCOMPARE(t.timeMs, 5000 + 60000 + 3000);
        QVERIFY(t.activeToday);
        QCOMPARE(t.streak, 3);
        QCOMPARE(t.dueToday, 3);
        QCOMPARE(t.newLeft, 20 - 5); // deck-v1 has 20 cards

        // Before the first answer of a day, yesterday's streak still stands.
        const TodaySummary tomorrow = stats().today(now + kDay);
        QVERIFY(!tomorrow.activeToday);
        QCOMPARE(tomorrow.streak, 3);
        QCOMPARE(tomorrow.studied, 0);
        QCOMPARE(stats().today(now + 2 * kDay).streak, 0);
    }

    void emptyDeck()
    {
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        const ProgressStats s = stats();
        const TodaySummary t = s.today(now);
        QCOMPARE(t.studied + t.practiced + t.streak + t.dueToday, 0);
        QCOMPARE(t.newLeft, m_store->counts().newCards);
        QCOMPARE(s.activity(now, 365).size(), 365);
        QCOMPARE(s.forecast(now, 30), QList<int>(30, 0));
        QCOMPARE(s.retention(now, 12).constLast().reviews, 0);
        QCOMPARE(s.stability().total(), 0);
        QCOMPARE(s.difficulty().total(), 0);
        QVERIFY(s.weakestCards(now, 20).isEmpty());
        for (const FactRecall &f : s.factRecall(now))
            QCOMPARE(f.level(), Mastery::Unseen);
    }

    void forecast()
    {
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        setCard(QStringLiteral("port:23"), 2, 5, 5, utc(QStringLiteral("2026-03-01T10:00:00Z")), now - 9 * kDay);
        setCard(QStringLiteral("ssh:protocol-port"), 1, 0.2, 5, utc(QStringLiteral("2026-03-11T03:59:00Z")), now);
        setCard(QStringLiteral("dns:protocol-port"), 2, 5, 5, utc(QStringLiteral("2026-03-11T04:00:00Z")), now);
        setCard(QStringLiteral("icmp:protocol-port"), 3, 1, 5, utc(QStringLiteral("2026-03-12T10:00:00Z")), now);
        setCard(QStringLiteral("sftp:protocol-port"), 2, 5, 5, now, now - kDay, true); // suspended
        setCard(QStringLiteral("telnet:protocol-port"), 2, 50, 5, utc(QStringLiteral("2026-05-01T10:00:00Z")), now);
        QCOMPARE(stats().forecast(now, 5), (QList<int>{2, 1, 1, 0, 0}));
    }

    void retentionByWeek()
    {
        // Wednesday 11 March 2026; weeks start on Monday 9 and Monday 2 March.
        const qint64 now = utc(QStringLiteral("2026-03-11T12:00:00Z"));
        log(utc(QStringLiteral("2026-03-09T05:00:00Z")), 3, QStringLiteral("study"), 2, {}, 0.9);
        log(utc(QStringLiteral("2026-03-10T05:00:00Z")), 1, QStringLiteral("study"), 2, {}, 0.8);
        log(utc(QStringLiteral("2026-03-09T03:00:00Z")), 4, QStringLiteral("study"), 2, {}, 0.95); // Sunday's day
        log(utc(QStringLiteral("2026-03-04T05:00:00Z")), 2, QStringLiteral("study"), 2);          // no expectation
        log(utc(QStringLiteral("2026-03-04T06:00:00Z")), 1, QStringLiteral("study"), 1, {}, 0.5); // learning
        log(utc(QStringLiteral("2026-03-04T07:00:00Z")), 1, QStringLiteral("quiz"), 2, {}, 0.5);  // a quiz
        const QList<WeekRetention> weeks = stats().retention(now, 3);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(2).start, QDate(2026, 3, 9));
        QCOMPARE(weeks.at(1).start, QDate(2026, 3, 2));
        QCOMPARE(weeks.at(2).reviews, 2);
        QCOMPARE(weeks.at(2).recalled, 1);
        QCOMPARE(weeks.at(2).measured(), 0.5);
        QVERIFY(qAbs(weeks.at(2).predicted() - 0.85) < 1e-12);
        QCOMPARE(weeks.at(1).reviews, 2);
        QCOMPARE(weeks.at(1).recalled, 2);
        QCOMPARE(weeks.at(1).predictedCount, 1);
        QVERIFY(qAbs(weeks.at(1).predicted() - 0.95) < 1e-12);
        QCOMPARE(weeks.at(0).reviews, 0);
    }

    void histograms()
    {
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        setCard(QStringLiteral("port:23"), 2, 0.5, 1, now, now);
        setCard(QStringLiteral("ssh:protocol-port"), 2, 1, 9.5, now, now);
        setCard(QStringLiteral("dns:protocol-port"), 2, 3, 10, now, now);
        setCard(QStringLiteral("icmp:protocol-port"), 2, 400, 4.99, now, now);
        setCard(QStringLiteral("sftp:protocol-port"), 2, 400, 5, now, now, true); // suspended
        const Histogram s = stats().stability();
        QCOMPARE(s.edges.size(), s.counts.size());
        QCOMPARE(s.counts, (QList<int>{1, 2, 0, 0, 0, 1}));
        const Histogram d = stats().difficulty();
        QCOMPARE(d.counts, (QList<int>{1, 0, 0, 1, 0, 0, 0, 0, 2}));
        QCOMPARE(d.total(), 4);
    }

    void masteryThresholds_data()
    {
        QTest::addColumn<double>("recall");
        QTest::addColumn<Mastery>("level");
        QTest::newRow("nothing left") << 0.0 << Mastery::Weak;
        QTest::newRow("just under 70%") << 0.6999 << Mastery::Weak;
        QTest::newRow("70%") << 0.7 << Mastery::Shaky;
        QTest::newRow("just under 90%") << 0.8999 << Mastery::Shaky;
        QTest::newRow("90%") << 0.9 << Mastery::Solid;
        QTest::newRow("certain") << 1.0 << Mastery::Solid;
    }

    void masteryThresholds()
    {
        QFETCH(double, recall);
        QFETCH(Mastery, level);
        QCOMPARE(masteryFor(recall), level);
        FactRecall f;
        f.studied = 1;
        f.mean = recall;
        QCOMPARE(f.level(), level);
        f.studied = 0;
        QCOMPARE(f.level(), Mastery::Unseen);
    }

    void factRecallAndWeakest_data()
    {
        QTest::addColumn<bool>("sqlMath");
        QTest::newRow("pow() in SQL") << true;
        QTest::newRow("SQLite without math functions") << false;
    }

    void factRecallAndWeakest()
    {
        QFETCH(bool, sqlMath);
        if (!sqlMath)
            qputenv("PORTDECK_NO_SQL_MATH", "1");
        const auto restore = qScopeGuard([] { qunsetenv("PORTDECK_NO_SQL_MATH"); });
        QCOMPARE(m_store->hasSqlMath(), sqlMath);
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        // Telnet: answered just now (100%) and one stability ago (90%, by FSRS's definition).
        setCard(QStringLiteral("telnet:protocol-port"), 2, 4, 5, now + 4 * kDay, now);
        setCard(QStringLiteral("port:23"), 2, 10, 5, now, now - 10 * kDay);
        // SSH: a one-day stability, a hundred days ago.
        setCard(QStringLiteral("ssh:protocol-port"), 2, 1, 5, now - 99 * kDay, now - 100 * kDay);
        // DNS: studied but suspended, so it does not count.
        setCard(QStringLiteral("dns:protocol-port"), 2, 1, 5, now - 99 * kDay, now - 100 * kDay, true);
        const QHash<qint64, FactRecall> facts = stats().factRecall(now);
        auto factOf = [this](const char *key) {
            QSqlQuery q(m_store->database());
            q.prepare(QStringLiteral("SELECT id FROM facts WHERE key = ?"));
            q.addBindValue(QString::fromLatin1(key));
            return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        };
        const FactRecall telnet = facts.value(factOf("telnet"));
        QVERIFY(telnet.cards >= 2);
        QCOMPARE(telnet.studied, 2);
        QVERIFY2(qAbs(telnet.mean - 0.95) < 1e-9, qPrintable(QString::number(telnet.mean, 'g', 12)));
        QVERIFY(qAbs(telnet.lowest - 0.9) < 1e-9);
        QCOMPARE(telnet.level(), Mastery::Solid);
        const FactRecall ssh = facts.value(factOf("ssh"));
        QCOMPARE(ssh.studied, 1);
        QVERIFY(ssh.mean < 0.7);
        QCOMPARE(ssh.level(), Mastery::Weak);
        QCOMPARE(facts.value(factOf("dns")).studied, 0);
        QCOMPARE(facts.value(factOf("icmp")).level(), Mastery::Unseen);

        QCOMPARE(stats().weakestCards(now, 2),
                 (QList<qint64>{cardId(QStringLiteral("ssh:protocol-port")), cardId(QStringLiteral("port:23"))}));
        QCOMPARE(stats().weakestCards(now, 20).size(), 3);
        QCOMPARE(stats().weakestCards(now, 0).size(), 0);
    }

    void recallCurve()
    {
        const qint64 t0 = utc(QStringLiteral("2026-03-01T10:00:00Z"));
        auto entry = [](qint64 ms, const char *kind, double stability) {
            ReviewEntry e;
            e.timeMs = ms;
            e.kind = QString::fromLatin1(kind);
            e.stateAfter = CardState::Review;
            e.stability = stability;
            return e;
        };
        const QList<ReviewEntry> log{entry(t0, "study", 2), entry(t0 + kDay, "quiz", 2),
                                     entry(t0 + 2 * kDay, "study", 10)};
        const fsrs::Scheduler scheduler;
        const qint64 now = t0 + 4 * kDay;
        const QList<RecallPoint> curve = ProgressStats::recallCurve(log, scheduler, now, t0 + 12 * kDay, 5);
        // Two stretches of five points, the quiz ignored, plus the moment "now".
        QCOMPARE(curve.size(), 11);
        QCOMPARE(curve.at(0).ms, t0);
        QCOMPARE(curve.at(0).recall, 1.0);
        QCOMPARE(curve.at(4).ms, t0 + 2 * kDay);
        QVERIFY(qAbs(curve.at(4).recall - 0.9) < 1e-8); // two days on a two-day stability
        QCOMPARE(curve.at(5).recall, 1.0);              // the second answer
        auto nowPoint = std::find_if(curve.cbegin(), curve.cend(), [now](const RecallPoint &p) { return p.ms == now; });
        QVERIFY(nowPoint != curve.cend());
        QVERIFY(!nowPoint->projected);
        QCOMPARE(nowPoint->recall, scheduler.forgettingCurve(2, 10));
        QVERIFY((nowPoint + 1)->projected);
        QCOMPARE(curve.constLast().ms, t0 + 12 * kDay);
        QVERIFY(qAbs(curve.constLast().recall - 0.9) < 1e-8);
        for (qsizetype i = 1; i < curve.size(); ++i)
            QVERIFY(curve.at(i).ms >= curve.at(i - 1).ms);
        QVERIFY(ProgressStats::recallCurve({}, scheduler, now, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
