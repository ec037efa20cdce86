// The Progress page's figures against hand-computed fixtures: study days with a rollover hour
// in several time zones (daylight saving, a 5:45 offset), caps, streaks, the forecast, measured
// against predicted retention, histograms, mastery thresholds and its one-week horizon, what is
// due today against the Study page's own queue, and a card's recall curve.
#include "clock.h"
#include "deckstore.h"
#include "progress.h"
#include "studysession.h"

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

    qint64 factId(const QString &key) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id FROM facts WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // The keys of a fact's cards, in deck order.
    QStringList cardsOf(const QString &factKey) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT c.key FROM cards c JOIN facts f ON f.id = c.fact_id WHERE f.key = ? "
                                 "AND c.retired = 0 ORDER BY c.position, c.id"));
        q.addBindValue(factKey);
        QStringList keys;
        if (q.exec()) {
            while (q.next())
                keys.append(q.value(0).toString());
        }
        return keys;
    }

    void setColumn(const QString &key, const char *column, const QVariant &value)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE cards SET %1 = ? WHERE key = ?").arg(QLatin1String(column)));
        q.addBindValue(value);
        q.addBindValue(key);
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(key));
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
        // Due as the Study page's queue counts: ssh's overdue review and dns's learning card.
        // Telnet's overdue card waits for tomorrow, as a card of its fact was answered today.
        QCOMPARE(t.dueToday, 2);
        QCOMPARE(t.newLeft, 20 - 5); // deck-v1 has 20 cards
        QVERIFY(t.newToday > 0);

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
        // Telnet: answered just now on a 4-day stability, and 10 days ago on a 10-day one.
        setCard(QStringLiteral("telnet:protocol-port"), 2, 4, 5, now + 4 * kDay, now);
        setCard(QStringLiteral("port:23"), 2, 10, 5, now, now - 10 * kDay);
        // SSH: a one-day stability, a hundred days ago.
        setCard(QStringLiteral("ssh:protocol-port"), 2, 1, 5, now - 99 * kDay, now - 100 * kDay);
        // DNS: studied but suspended, so it does not count.
        setCard(QStringLiteral("dns:protocol-port"), 2, 1, 5, now - 99 * kDay, now - 100 * kDay, true);
        // ICMP: a stability of a year, answered yesterday.
        setCard(QStringLiteral("icmp:protocol-port"), 2, 365, 5, now + 300 * kDay, now - kDay);
        const QHash<qint64, FactRecall> facts = stats().factRecall(now);

        // Recall is judged a week ahead (kMasteryHorizonDays), from the card's last answer.
        const fsrs::Scheduler scheduler;
        const double horizon = kMasteryHorizonDays;
        const double telnetNew = scheduler.forgettingCurve(horizon, 4);    // about 86%
        const double telnetOld = scheduler.forgettingCurve(10 + horizon, 10);
        const FactRecall telnet = facts.value(factId(QStringLiteral("telnet")));
        QVERIFY(telnet.cards >= 2);
        QCOMPARE(telnet.studied, 2);
        QVERIFY2(qAbs(telnet.mean - (telnetNew + telnetOld) / 2) < 1e-8, qPrintable(QString::number(telnet.mean, 'g', 12)));
        QVERIFY(telnetNew < telnetOld); // 7 days on 4 of stability against 17 on 10
        QVERIFY(qAbs(telnet.lowest - telnetNew) < 1e-8);
        // Recall now would be 95%, solid; a week on it is shaky.
        QCOMPARE(telnet.level(), Mastery::Shaky);
        const FactRecall ssh = facts.value(factId(QStringLiteral("ssh")));
        QCOMPARE(ssh.studied, 1);
        QVERIFY(ssh.mean < 0.7);
        QCOMPARE(ssh.level(), Mastery::Weak);
        const FactRecall icmp = facts.value(factId(QStringLiteral("icmp")));
        QVERIFY(qAbs(icmp.mean - scheduler.forgettingCurve(1 + horizon, 365)) < 1e-8);
        QCOMPARE(icmp.level(), Mastery::Solid);
        QCOMPARE(facts.value(factId(QStringLiteral("dns"))).studied, 0);
        QCOMPARE(facts.value(factId(QStringLiteral("well-known"))).level(), Mastery::Unseen);

        // The weakest a week ahead: ssh's, then telnet's card answered just now (now it is the
        // strongest of the three), then its older one.
        QCOMPARE(stats().weakestCards(now, 3),
                 (QList<qint64>{cardId(QStringLiteral("ssh:protocol-port")), cardId(QStringLiteral("telnet:protocol-port")),
                                cardId(QStringLiteral("port:23"))}));
        QCOMPARE(stats().weakestCards(now, 20).size(), 4);
        QCOMPARE(stats().weakestCards(now, 0).size(), 0);
    }

    // A card seen once today is fresh now but not solid; long stability is. Both paths (SQL's
    // pow() and the C++ fallback) give the same numbers.
    void masteryLooksAWeekAhead_data()
    {
        QTest::addColumn<bool>("sqlMath");
        QTest::addColumn<int>("rating");        // a new card answered once, 10 minutes ago; 0: see stability
        QTest::addColumn<double>("stability");  // else a review card with this stability…
        QTest::addColumn<int>("daysAgo");       // …answered this many days ago
        QTest::addColumn<Mastery>("level");
        for (bool math : {true, false}) {
            const char *path = math ? "SQL" : "C++";
            QTest::addRow("%s: seen once today, Again", path) << math << 1 << 0.0 << 0 << Mastery::Weak;
            QTest::addRow("%s: seen once today, Hard", path) << math << 2 << 0.0 << 0 << Mastery::Shaky;
            QTest::addRow("%s: seen once today, Good", path) << math << 3 << 0.0 << 0 << Mastery::Shaky;
            QTest::addRow("%s: stability 2 days, just now", path) << math << 0 << 2.0 << 0 << Mastery::Shaky;
            QTest::addRow("%s: stability 60 days, today", path) << math << 0 << 60.0 << 0 << Mastery::Solid;
            QTest::addRow("%s: stability 200 days, 20 days ago", path) << math << 0 << 200.0 << 20 << Mastery::Solid;
            QTest::addRow("%s: stability 1 day, 10 days ago", path) << math << 0 << 1.0 << 10 << Mastery::Weak;
        }
    }

    void masteryLooksAWeekAhead()
    {
        QFETCH(bool, sqlMath);
        QFETCH(int, rating);
        QFETCH(double, stability);
        QFETCH(int, daysAgo);
        QFETCH(Mastery, level);
        if (!sqlMath)
            qputenv("PORTDECK_NO_SQL_MATH", "1");
        const auto restore = qScopeGuard([] { qunsetenv("PORTDECK_NO_SQL_MATH"); });
        QCOMPARE(m_store->hasSqlMath(), sqlMath);
        const qint64 now = utc(QStringLiteral("2026-03-10T12:00:00Z"));
        const QString key = cardsOf(QStringLiteral("icmp")).value(0);
        QVERIFY(!key.isEmpty());
        if (rating > 0) {
            // Through the Study page's session: the stability FSRS gives a first answer.
            ManualClock clock(now - 10 * 60 * 1000);
            StudySession session(m_store.get(), &clock, QString(), QTimeZone::utc());
            QVERIFY(session.hasCard());
            while (session.hasCard() && session.currentCard().key != key) {
                const QString skipped = session.currentCard().key;
                QVERIFY(m_store->setSuspended({session.currentCard().id}, true));
                session.refresh();
                QVERIFY(session.currentCard().key != skipped);
            }
            QVERIFY(session.hasCard());
            QVERIFY(session.answer(fsrs::Rating(rating)));
        } else {
            setCard(key, 2, stability, 5, now + kDay, now - daysAgo * kDay);
        }
        const std::optional<CardInfo> card = m_store->card(cardId(key));
        QVERIFY(card && card->stability > 0);
        const FactRecall r = stats().factRecall(now).value(factId(QStringLiteral("icmp")));
        QCOMPARE(r.studied, 1);
        const fsrs::Scheduler scheduler;
        const double recallNow = scheduler.recallAt(card->lastReviewMs, card->stability, now);
        const double expected = scheduler.recallAt(card->lastReviewMs, card->stability, now + kMasteryHorizonDays * kDay);
        QCOMPARE(ProgressStats::masteryMomentMs(now), now + kMasteryHorizonDays * kDay);
        QVERIFY2(qAbs(r.mean - expected) < 1e-8, qPrintable(QStringLiteral("%1 against %2").arg(r.mean).arg(expected)));
        QVERIFY(qAbs(r.lowest - expected) < 1e-8);
        QCOMPARE(r.level(), level);
        if (daysAgo == 0)
            QVERIFY(recallNow > 0.9); // what "now" would have called solid
        QCOMPARE(stats().weakestCards(now, 5), QList<qint64>{card->id});
    }

    // "Due today" on the Progress page is the Study page's queue, counted by the same code: the
    // same study day (rollover, time zone), learning cards, limits, one card a fact, and no
    // suspended, buried or retired card.
    void dueAgreesWithTheStudyQueue_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("newPerDay");
        QTest::addColumn<int>("reviewsPerDay");
        QTest::addColumn<int>("due");      // as the Study page counts: learning + review
        QTest::addColumn<int>("newToday"); // -1: whatever the queue says, as long as both agree

        const QString noon = QStringLiteral("2026-03-10T12:00:00Z");
        QTest::newRow("a fresh deck") << "none" << QByteArray("UTC") << noon << 20 << 200 << 0 << -1;
        QTest::newRow("the day's new cards used up") << "new answered" << QByteArray("UTC") << noon << 2 << 200 << 2 << 0;
        QTest::newRow("no new cards a day") << "none" << QByteArray("UTC") << noon << 0 << 200 << 0 << 0;
        QTest::newRow("reviews over the daily limit") << "five overdue" << QByteArray("UTC") << noon << 20 << 3 << 3 << 0;
        QTest::newRow("reviews within the limit") << "five overdue" << QByteArray("UTC") << noon << 20 << 200 << 5 << -1;
        QTest::newRow("siblings: one card a fact") << "siblings overdue" << QByteArray("UTC") << noon << 20 << 200 << 1 << -1;
        QTest::newRow("a fact answered today waits") << "fact answered" << QByteArray("UTC") << noon << 20 << 200 << 0 << -1;
        QTest::newRow("suspended, buried, retired") << "left out" << QByteArray("UTC") << noon << 20 << 200 << 1 << -1;
        QTest::newRow("learning later today") << "learning" << QByteArray("UTC") << noon << 20 << 200 << 1 << -1;
        QTest::newRow("boosted by a quiz") << "boosted" << QByteArray("UTC") << noon << 20 << 200 << 1 << -1;
        // The day ends at 4:00: at 3:30 a card due at 4:10 is tomorrow's; at 4:30 it is due.
        QTest::newRow("before the rollover") << "around rollover" << QByteArray("UTC") << "2026-03-10T03:30:00Z" << 20 << 200
                                             << 1 << -1;
        QTest::newRow("after the rollover") << "around rollover" << QByteArray("UTC") << "2026-03-10T04:30:00Z" << 20 << 200
                                            << 2 << -1;
        // New York's 4:00 is 08:00Z in March (daylight saving from the 8th).
        QTest::newRow("New York, before its rollover") << "new york" << QByteArray("America/New_York")
                                                       << "2026-03-10T07:30:00Z" << 20 << 200 << 1 << -1;
    }

    void dueAgreesWithTheStudyQueue()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, zone);
        QFETCH(QString, now);
        QFETCH(int, newPerDay);
        QFETCH(int, reviewsPerDay);
        QFETCH(int, due);
        QFETCH(int, newToday);
        StudySettings settings = m_store->studySettings();
        settings.newPerDay = newPerDay;
        settings.reviewsPerDay = reviewsPerDay;
        QVERIFY(m_store->setStudySettings(settings));
        const qint64 t = utc(now);
        const QStringList facts{QStringLiteral("telnet"), QStringLiteral("ssh"), QStringLiteral("sftp"),
                                QStringLiteral("dns"), QStringLiteral("icmp")};
        auto first = [this](const QString &fact) { return cardsOf(fact).value(0); };

        if (setup == QLatin1String("new answered")) {
            ManualClock clock(t - 3600 * 1000);
            StudySession session(m_store.get(), &clock, QString(), QTimeZone(zone));
            for (int i = 0; i < newPerDay; ++i) {
                QVERIFY(session.hasCard());
                QCOMPARE(session.currentCard().state, CardState::New);
                QVERIFY(session.answer(fsrs::Rating::Good));
            }
            QCOMPARE(session.counts().newCards, 0);
        } else if (setup == QLatin1String("five overdue")) {
            for (const QString &f : facts)
                setCard(first(f), 2, 5, 5, t - 2 * kDay, t - 7 * kDay);
        } else if (setup == QLatin1String("siblings overdue")) {
            const QStringList dns = cardsOf(QStringLiteral("dns"));
            QVERIFY(dns.size() >= 2);
            setCard(dns.at(0), 2, 5, 5, t - 2 * kDay, t - 7 * kDay);
            setCard(dns.at(1), 2, 5, 5, t - kDay, t - 6 * kDay);
        } else if (setup == QLatin1String("fact answered")) {
            const QStringList dns = cardsOf(QStringLiteral("dns"));
            setCard(dns.at(0), 2, 5, 5, t + 3 * kDay, t - 3600 * 1000);
            log(t - 3600 * 1000, 3, QStringLiteral("study"), 2, {}, {}, dns.at(0));
            setCard(dns.at(1), 2, 5, 5, t - kDay, t - 6 * kDay);
        } else if (setup == QLatin1String("left out")) {
            for (const QString &f : facts.mid(0, 4))
                setCard(first(f), 2, 5, 5, t - 2 * kDay, t - 7 * kDay);
            setColumn(first(facts.at(0)), "suspended", 1);
            setColumn(first(facts.at(1)), "buried_until", t + kDay);
            setColumn(first(facts.at(2)), "retired", 1);
        } else if (setup == QLatin1String("learning")) {
            setCard(first(QStringLiteral("ssh")), 1, 0.5, 5, utc(QStringLiteral("2026-03-10T20:00:00Z")), t - 600000);
            setCard(first(QStringLiteral("dns")), 1, 0.5, 5, utc(QStringLiteral("2026-03-11T05:00:00Z")), t - 600000);
        } else if (setup == QLatin1String("boosted")) {
            // A review card due in five days that a quiz sent to the front of today's study.
            setCard(first(QStringLiteral("ssh")), 2, 10, 5, t + 5 * kDay, t - 5 * kDay);
            QVERIFY(m_store->boostCards({cardId(first(QStringLiteral("ssh")))},
                                        StudyDay(settings.rolloverHour, QTimeZone(zone)).dayOf(t).toJulianDay()));
        } else if (setup == QLatin1String("around rollover")) {
            setCard(first(QStringLiteral("ssh")), 2, 5, 5, utc(QStringLiteral("2026-03-10T03:50:00Z")), t - 5 * kDay);
            setCard(first(QStringLiteral("dns")), 2, 5, 5, utc(QStringLiteral("2026-03-10T04:10:00Z")), t - 5 * kDay);
        } else if (setup == QLatin1String("new york")) {
            setCard(first(QStringLiteral("ssh")), 2, 5, 5, utc(QStringLiteral("2026-03-10T07:45:00Z")), t - 5 * kDay);
            setCard(first(QStringLiteral("dns")), 2, 5, 5, utc(QStringLiteral("2026-03-10T08:30:00Z")), t - 5 * kDay);
        } else {
            QCOMPARE(setup, QStringLiteral("none"));
        }

        ManualClock clock(t);
        const StudySession session(m_store.get(), &clock, QString(), QTimeZone(zone));
        const StudySession::Counts c = session.counts();
        const TodaySummary today =
            ProgressStats(m_store.get(), StudyDay(settings.rolloverHour, QTimeZone(zone)), fsrs::Scheduler()).today(t);
        QCOMPARE(today.dueToday, c.learning + c.review);
        QCOMPARE(today.newToday, c.newCards);
        QCOMPARE(today.dueToday, due);
        if (newToday >= 0)
            QCOMPARE(today.newToday, newToday);
        else
            QVERIFY(today.newToday > 0);
        // ProgressStats::forLearner reads the same limits.
        QCOMPARE(ProgressStats::forLearner(m_store.get()).today(t).newToday == 0, c.newCards == 0);
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
