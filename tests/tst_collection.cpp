#include "clock.h"
#include "collection.h"
#include "collectionfixtures.h"
#include "deckstore.h"
#include "sqlscript.h"
#include "statsstore.h"
#include "studysession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

QVariant scalar(const DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// The cards' suspension flags, by id, as the file holds them.
QList<int> suspendedFlags(const DeckStore &store, const QList<qint64> &ids)
{
    QList<int> flags;
    for (qint64 id : ids)
        flags.append(scalar(store, QStringLiteral("SELECT suspended FROM cards WHERE id = ?"), {id}).toInt());
    return flags;
}

} // namespace

class TestCollection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    QList<qint64> m_cards;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cards ORDER BY id LIMIT 3")));
        m_cards.clear();
        while (q.next())
            m_cards.append(q.value(0).toLongLong());
        QCOMPARE(m_cards.size(), 3);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    // The cache is kept through the pauses between answers, and handed back once changes rest:
    // the answer after a pause finds its pages still read.
    void keepsTheCacheWhileStudying()
    {
        Collection collection(m_store.get());
        sqlite3 *db = sqliteHandle(m_store->database());
        QVERIFY(db);
        auto cacheUsed = [db] {
            int current = 0;
            int highest = 0;
            sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0);
            return current;
        };
        QVERIFY(collection.setSuspended(m_cards, true));
        QVERIFY(!collection.isMemoryReleasePending());
        collection.finishIdleWork(); // the pause after an answer
        QVERIFY(collection.isMemoryReleasePending());
        const int kept = cacheUsed();
        QVERIFY(kept > 0);
        QVERIFY(collection.setSuspended(m_cards, false));
        collection.finishIdleWork();
        QVERIFY(cacheUsed() >= kept);
        collection.releaseIdleMemory(); // what the rest's timer runs
        QVERIFY(!collection.isMemoryReleasePending());
        QVERIFY2(cacheUsed() < kept, qPrintable(QStringLiteral("%1 of %2").arg(cacheUsed()).arg(kept)));
    }

    // No change waits for the disk: SQLite commits without a flush, and the log flusher's
    // thread flushes the log after each commit, one flush for the commits that came during one.
    void flushesTheLogAfterEveryChange_data()
    {
        QTest::addColumn<int>("changes");
        QTest::newRow("one change") << 1;
        QTest::newRow("ten changes in a row") << 10;
    }

    void flushesTheLogAfterEveryChange()
    {
        QFETCH(int, changes);
        QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QVERIFY(m_store->waitForLogFlush());
        const quint64 before = m_store->logFlushCount();
        Collection collection(m_store.get());
        for (int i = 0; i < changes; ++i)
            QVERIFY(collection.setSuspended(m_cards, i % 2 == 0));
        QVERIFY(m_store->waitForLogFlush());
        const quint64 flushes = m_store->logFlushCount() - before;
        QVERIFY2(flushes >= 1 && flushes <= quint64(changes), qPrintable(QString::number(flushes)));
        // Nothing written, nothing to flush.
        QVERIFY(m_store->waitForLogFlush());
        QCOMPARE(m_store->logFlushCount() - before, flushes);
    }

    // No answer waits for the log to be copied into the file: that happens a second after the
    // last change, when the learner pauses.
    void checkpointsWhenIdle()
    {
        QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
        Collection collection(m_store.get());
        QVERIFY(collection.setSuspended(m_cards, true));
        collection.finishIdleWork();
        QVERIFY(m_store->waitForCheckpoint()); // it runs on a thread of its own
        // The change sits in the log; the file itself is as it was until the pause.
        auto fileBytes = [this] {
            QFile file(m_store->filePath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = fileBytes();
        QVERIFY(collection.setSuspended(m_cards, false));
        QCOMPARE(fileBytes(), before);
        QTRY_VERIFY_WITH_TIMEOUT(fileBytes() != before, 3000);
    }

    // A file moved or deleted while open is found at the pause after a change, and said once.
    void saysOnceThatTheFileWent_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("told");
        QTest::newRow("left where it was") << "nothing" << 0;
        QTest::newRow("file deleted") << "deleted" << 1;
        QTest::newRow("folder moved") << "moved" << 1;
    }

    void saysOnceThatTheFileWent()
    {
        QFETCH(QString, how);
        QFETCH(int, told);
        QTemporaryDir outside;
        Collection collection(m_store.get());
        QSignalSpy spy(&collection, &Collection::fileGone);
        QVERIFY(collection.setSuspended(m_cards, true));
        collection.finishIdleWork();
        QCOMPARE(spy.count(), 0);
        if (how == QLatin1String("deleted"))
            QVERIFY(QFile::remove(m_store->filePath()));
        else if (how == QLatin1String("moved"))
            QVERIFY(QDir().rename(m_dir->path(), outside.filePath(QStringLiteral("moved"))));
        QCOMPARE(m_store->isFileGone(), told == 1);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(collection.setSuspended(m_cards, i % 2 == 0));
            collection.finishIdleWork();
        }
        QCOMPARE(spy.count(), told);
        if (told)
            QCOMPARE(spy.constFirst().constFirst().toString(), m_store->filePath());
    }

    void suspendAndUndo_data()
    {
        QTest::addColumn<bool>("suspend");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("suspend") << true << "Suspend 3 Cards";
        QTest::newRow("unsuspend") << false << "Unsuspend 3 Cards";
    }

    // One operation: one transaction, one undo step, and a signal naming the cards.
    void suspendAndUndo()
    {
        QFETCH(bool, suspend);
        QFETCH(QString, undoText);
        Collection collection(m_store.get());
        if (!suspend) { // start from suspended cards, in a change of its own
            QVERIFY(collection.setSuspended(m_cards, true));
            QVERIFY(collection.undoText().startsWith(QLatin1String("Suspend")));
        }
        const QList<int> before = suspendedFlags(*m_store, m_cards);
        QSignalSpy changed(&collection, &Collection::changed);
        QSignalSpy undoChanged(&collection, &Collection::undoChanged);

        QVERIFY(collection.setSuspended(m_cards, suspend));
        QCOMPARE(suspendedFlags(*m_store, m_cards), QList<int>(3, int(suspend)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<CollectionChanges>().cards, m_cards);
        QCOMPARE(undoChanged.count(), 1);
        QVERIFY(collection.canUndo());
        QCOMPARE(collection.undoText(), undoText);

        QVERIFY2(collection.undo(), qPrintable(collection.errorString()));
        QCOMPARE(suspendedFlags(*m_store, m_cards), before);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().constFirst().value<CollectionChanges>().cards, m_cards);
        QCOMPARE(collection.canUndo(), !suspend);
        QVERIFY(m_store->integrityProblems().isEmpty());
    }

    // A change that fails leaves the collection as it was: no undo step, no signal.
    void failedChangeLeavesNothing()
    {
        Collection collection(m_store.get());
        QSignalSpy changed(&collection, &Collection::changed);
        bool firstHalf = false;
        const bool ok = collection.run(QStringLiteral("Half a change"), {}, [&](QString *error) -> bool {
            firstHalf = m_store->setSuspended(m_cards, true);
            *error = QStringLiteral("the second half failed");
            return false;
        });
        QVERIFY(firstHalf);
        QVERIFY(!ok);
        QVERIFY(collection.errorString().contains(QLatin1String("the second half failed")));
        QCOMPARE(suspendedFlags(*m_store, m_cards), QList<int>(3, 0));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!collection.canUndo());
    }

    // Undo never overwrites what changed since. A value the change set that has changed again
    // refuses the undo, and nothing is changed; other columns changed since are kept.
    void undoRefusesValuesChangedSince()
    {
        Collection collection(m_store.get());
        QVERIFY(collection.setSuspended(m_cards, true));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET suspended = 0 WHERE id = %1").arg(m_cards.at(1))));
        QVERIFY(!collection.undo());
        QVERIFY2(collection.errorString().contains(QLatin1String("has changed again since")), qPrintable(collection.errorString()));
        QCOMPARE(suspendedFlags(*m_store, m_cards), (QList<int>{1, 0, 1}));
        QVERIFY(collection.canUndo());

        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET suspended = 1, reps = 7 WHERE id = %1").arg(m_cards.at(1))));
        QVERIFY2(collection.undo(), qPrintable(collection.errorString()));
        QCOMPARE(suspendedFlags(*m_store, m_cards), QList<int>(3, 0));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT reps FROM cards WHERE id = ?"), {m_cards.at(1)}).toInt(), 7);
    }

    // Undo takes a review back, and its id is still never given out again.
    void undoOfAReviewKeepsIdsUnique()
    {
        Collection collection(m_store.get());
        CollectionChanges changes;
        changes.reviews = true;
        const qint64 time = 1717400000000;
        QVERIFY(collection.run(QStringLiteral("Answer"), changes, [&](QString *) {
            return m_store->logPracticeAnswer(m_cards.first(), QStringLiteral("quiz"), time, 3, 800, {}, {});
        }));
        const qint64 first = scalar(*m_store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong();
        QVERIFY(collection.undo());
        QCOMPARE(m_store->counts().reviews, 0);
        QVERIFY(m_store->logPracticeAnswer(m_cards.first(), QStringLiteral("quiz"), time, 3, 800, {}, {}));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong(), first + 1);
    }

    // An answer is a change of the collection: one undo step, named, with its signal; undo
    // restores the card exactly, removes the review and puts the card back in front.
    void answersAreChanges()
    {
        Collection collection(m_store.get());
        ManualClock clock(1717400000000);
        StudySession session(m_store.get(), &clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        const CardInfo before = session.currentCard();
        const QString question = session.currentText().question;
        QSignalSpy changed(&collection, &Collection::changed);
        QSignalSpy undone(&session, &StudySession::undone);

        QVERIFY(session.answer(fsrs::Rating::Good, 1200, QStringLiteral("21"), QStringLiteral("partial")));
        QCOMPARE(changed.count(), 1);
        const auto changes = changed.constFirst().constFirst().value<CollectionChanges>();
        QCOMPARE(changes.cards, QList<qint64>{before.id});
        QVERIFY(changes.reviews);
        QCOMPARE(collection.undoText(), QStringLiteral("Answer to “%1”").arg(question));
        QCOMPARE(m_store->counts().reviews, 1);
        QVERIFY(session.currentCard().id != before.id);

        // A suspend made elsewhere reaches the queue.
        const qint64 next = session.currentCard().id;
        QVERIFY(collection.setSuspended({next}, true));
        QVERIFY(session.currentCard().id != next);
        QVERIFY(collection.undo()); // the suspend
        QCOMPARE(undone.count(), 0);

        // A learning card falls due meanwhile; undo still puts the answered card in front.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET state = 1, due = %1, last_review = %2, stability = 1, "
                                      "difficulty = 5, reps = 1 WHERE id = %3")
                           .arg(clock.nowMs() - 1000)
                           .arg(clock.nowMs() - 600000)
                           .arg(m_cards.at(2))));
        QVERIFY(session.undo()); // the answer, through the collection
        QCOMPARE(undone.count(), 1);
        QCOMPARE(m_store->counts().reviews, 0);
        const CardInfo after = *m_store->card(before.id);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.reps, before.reps);
        QCOMPARE(after.dueMs, before.dueMs);
        QCOMPARE(after.lastReviewMs, before.lastReviewMs);
        QCOMPARE(session.currentCard().id, before.id);
        QVERIFY(!collection.canUndo());
        QVERIFY(!session.canUndo());
        QVERIFY(m_store->integrityProblems().isEmpty());
    }

    // The Progress page's sums per quarter hour (revlog_summary) follow the review log through
    // answers over several days, an undone answer, a deleted card with its reviews and a
    // rewritten review; the answers and retention per study day read from them equal the log's own.
    // The status bar's totals are kept by triggers (v13): after every kind of change, and its
    // undo, they are what counting the tables says.
    void totalsFollowEveryChange()
    {
        Collection collection(m_store.get());
        ManualClock clock(1717400000000);
        StudySession session(m_store.get(), &clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        auto counted = [this] {
            QSqlQuery q(m_store->database());
            if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM facts WHERE retired = 0), "
                                       "(SELECT count(*) FROM cards WHERE retired = 0), "
                                       "(SELECT count(*) FROM cards WHERE retired = 0 AND state = 0), "
                                       "(SELECT count(*) FROM revlog)"))
                || !q.next())
                return QString(q.lastError().text());
            return QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toInt()).arg(q.value(1).toInt())
                .arg(q.value(2).toInt()).arg(q.value(3).toInt());
        };
        auto kept = [this] {
            const DeckCounts c = m_store->counts();
            return QStringLiteral("%1 %2 %3 %4").arg(c.facts).arg(c.cards).arg(c.newCards).arg(c.reviews);
        };
        QCOMPARE(kept(), counted());
        const QString atStart = kept();
        QVERIFY(session.answer(fsrs::Rating::Good)); // a new card is new no more
        QVERIFY(session.answer(fsrs::Rating::Again));
        QCOMPARE(kept(), counted());
        QVERIFY(kept() != atStart);
        QVERIFY(collection.undo());
        QCOMPARE(kept(), counted());
        const DeckFact entry = collectionfixtures::ownEntry();
        const std::optional<qint64> added = collection.addEntry(entry);
        QVERIFY2(added, qPrintable(collection.errorString()));
        QCOMPARE(kept(), counted());
        const std::optional<qint64> own = collection.addCard(QStringLiteral("Own question"), QStringLiteral("Own answer"));
        QVERIFY(own);
        QCOMPARE(kept(), counted());
        QVERIFY(collection.forget({m_cards.first()}));
        QVERIFY(collection.setCardTypes(*added, QStringList{}));
        QCOMPARE(kept(), counted());
        QVERIFY(collection.deleteCards({*own}));
        QVERIFY(collection.deleteEntry(*added));
        QCOMPARE(kept(), counted());
        while (collection.canUndo())
            QVERIFY(collection.undo());
        QCOMPARE(kept(), counted());
        QCOMPARE(kept(), atStart);
    }

    void reviewSummaryFollowsTheLog()
    {
        Collection collection(m_store.get());
        const qint64 start = 1717400000000; // 2024-06-03T07:33:20Z: not on a quarter hour
        ManualClock clock(start);
        StudySession session(m_store.get(), &clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        const fsrs::Rating ratings[] = {fsrs::Rating::Good, fsrs::Rating::Again, fsrs::Rating::Easy, fsrs::Rating::Hard};
        for (int day = 0; day < 12; ++day) {
            clock.set(start + day * 24LL * 3600 * 1000);
            session.refresh();
            for (int i = 0; i < 4 && session.hasCard(); ++i) {
                QVERIFY(session.answer(ratings[(day + i) % 4]));
                clock.advance(7 * 60 * 1000);
            }
        }
        QVERIFY(collection.undo()); // the last answer
        const std::optional<qint64> own = collection.addCard(QStringLiteral("Own question"), QStringLiteral("Own answer"));
        QVERIFY(own);
        {
            // A quiz answer to the own card, then the card deleted: its review goes with it.
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO revlog (card_id, time, rating, state_before, state_after, kind, "
                                          "stability, difficulty, elapsed_days, scheduled_days, due) "
                                          "VALUES (%1, %2, 3, 0, 0, 'quiz', 0, 0, 0, 0, 0)")
                               .arg(*own)
                               .arg(start + 3600000)));
        }
        QVERIFY(collection.deleteCards({*own}));
        // The log is append-only; a migration that rewrites rows (as v4's did) lifts that first.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER revlog_append_only")));
        QVERIFY(q.exec(QStringLiteral("UPDATE revlog SET time = time + 86400000, rating = 4 WHERE id = (SELECT min(id) FROM revlog)")));

        auto rows = [this](const QString &sql) {
            QStringList out;
            QSqlQuery q(m_store->database());
            if (!q.exec(sql))
                return QStringList{q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i).toString());
                out.append(row.join(QLatin1Char(' ')));
            }
            return out;
        };
        const QStringList fromLog = rows(QStringLiteral(
            "SELECT time / 900000, kind = 'study', rating, state_before = 2, count(*), count(recall), "
            "round(total(recall), 9) FROM revlog GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"));
        QVERIFY(fromLog.size() > 20);
        QCOMPARE(rows(QStringLiteral("SELECT slot, study, rating, review, answers, recalls, round(recall_sum, 9) "
                                     "FROM revlog_summary ORDER BY 1, 2, 3, 4")),
                 fromLog);

        // Per study day (UTC, rolling over at 4:00), from the sums and from the log.
        QList<qint64> bounds;
        const qint64 firstDay = (start / 86400000) * 86400000 + 4 * 3600000 - 86400000;
        for (int day = 0; day <= 14; ++day)
            bounds.append(firstDay + day * 86400000LL);
        const StatsStore stats(*m_store);
        QStringList perDay;
        for (const RangeAnswers &r : stats.answersPerRange(bounds))
            perDay.append(QStringLiteral("%1 %2 %3 %4").arg(r.range).arg(r.study).arg(r.rating).arg(r.count));
        std::sort(perDay.begin(), perDay.end());
        QStringList expected;
        for (int i = 0; i + 1 < bounds.size(); ++i) {
            for (const QString &row : rows(QStringLiteral("SELECT kind = 'study', rating, count(*) FROM revlog "
                                                          "WHERE time >= %1 AND time < %2 GROUP BY 1, 2")
                                               .arg(bounds.at(i))
                                               .arg(bounds.at(i + 1))))
                expected.append(QStringLiteral("%1 %2").arg(i).arg(row));
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(perDay, expected);
        QStringList retention;
        for (const RangeRetention &r : stats.retentionPerRange(bounds))
            retention.append(QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(r.range)
                                 .arg(r.reviews)
                                 .arg(r.recalled)
                                 .arg(r.predictedCount)
                                 .arg(r.predictedSum, 0, 'f', 9));
        QStringList expectedRetention;
        for (int i = 0; i + 1 < bounds.size(); ++i) {
            for (const QString &row : rows(QStringLiteral("SELECT count(*), sum(rating > 1), count(recall), "
                                                          "printf('%.9f', total(recall)) FROM revlog WHERE time >= %1 "
                                                          "AND time < %2 AND kind = 'study' AND state_before = 2 "
                                                          "HAVING count(*) > 0")
                                               .arg(bounds.at(i))
                                               .arg(bounds.at(i + 1))))
                expectedRetention.append(QStringLiteral("%1 %2").arg(i).arg(row));
        }
        QCOMPARE(retention, expectedRetention);
    }

    // A buried card waits until the time given, then comes back by itself; undo unburies.
    void buryUntilTomorrow()
    {
        Collection collection(m_store.get());
        ManualClock clock(1717400000000);
        StudySession session(m_store.get(), &clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        const qint64 card = session.currentCard().id;
        const int newCards = session.counts().newCards;
        QVERIFY(collection.bury({card}, session.dayEndMs()));
        QCOMPARE(collection.undoText(), QStringLiteral("Bury 1 Card"));
        QVERIFY(session.currentCard().id != card);
        QVERIFY(session.counts().newCards <= newCards);
        clock.set(session.dayEndMs());
        session.refresh();
        QCOMPARE(session.currentCard().id, card);
        QVERIFY(collection.bury({card}, session.dayEndMs()));
        QVERIFY(session.currentCard().id != card);
        QVERIFY(collection.undo());
        QVERIFY(collection.undo());
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT buried_until IS NULL FROM cards WHERE id = ?"), {card}).toInt(), 1);
    }

    // A change without an undo text (a quiz answer) is saved and announced, but is no undo
    // step; the step before it can still be undone, and the quiz answer stays.
    void changesWithoutUndo()
    {
        Collection collection(m_store.get());
        QVERIFY(collection.setSuspended({m_cards.at(0)}, true));
        QSignalSpy changed(&collection, &Collection::changed);
        CollectionChanges changes;
        changes.cards = {m_cards.at(1)};
        changes.reviews = true;
        QVERIFY(collection.run({}, changes, [&](QString *) {
            return m_store->logPracticeAnswer(m_cards.at(1), QStringLiteral("quiz"), 1717400000000, 3, 500, {}, {});
        }));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.constFirst().constFirst().value<CollectionChanges>().reviews);
        QCOMPARE(collection.undoText(), QStringLiteral("Suspend 1 Card"));
        QVERIFY(collection.undo());
        QCOMPARE(suspendedFlags(*m_store, m_cards), QList<int>(3, 0));
        QCOMPARE(m_store->counts().reviews, 1);
        QVERIFY(!collection.canUndo());
    }

    // The lapse that makes a leech tags the card "leech" and suspends it (or only tags it, as
    // the learner chose), in the answer's own change: one undo takes all of it back.
    void leeches_data()
    {
        QTest::addColumn<bool>("suspends");
        QTest::newRow("tag and suspend") << true;
        QTest::newRow("tag only") << false;
    }

    void leeches()
    {
        QFETCH(bool, suspends);
        StudySettings settings;
        settings.leechLapses = 3;
        settings.leechSuspends = suspends;
        settings.enableFuzz = false;
        QVERIFY(m_store->setStudySettings(settings));
        const qint64 now = 1717400000000;
        // A review card due now, forgotten twice before.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET state = 2, stability = 3, difficulty = 5, due = %1, "
                                      "last_review = %2, reps = 5, lapses = 2, scheduled_days = 3 WHERE id = %3")
                           .arg(now - 3600000)
                           .arg(now - 3 * 86400000LL)
                           .arg(m_cards.at(0))));
        Collection collection(m_store.get());
        ManualClock clock(now);
        StudySession session(m_store.get(), &clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        QCOMPARE(session.currentCard().id, m_cards.at(0));
        QSignalSpy leech(&session, &StudySession::leech);
        QVERIFY(session.answer(fsrs::Rating::Good)); // remembered: no lapse
        QCOMPARE(leech.count(), 0);
        QVERIFY(session.undo());
        QVERIFY(session.answer(fsrs::Rating::Again));
        QCOMPARE(leech.count(), 1);
        QCOMPARE(leech.constFirst().at(0).toLongLong(), m_cards.at(0));
        QCOMPARE(leech.constFirst().at(1).toBool(), suspends);
        QCOMPARE(m_store->cardTags(m_cards.at(0)), QStringList{QStringLiteral("leech")});
        QCOMPARE(m_store->card(m_cards.at(0))->suspended, suspends);
        QCOMPARE(session.hasCard() && session.currentCard().id == m_cards.at(0), false);
        QVERIFY(session.undo());
        QCOMPARE(m_store->cardTags(m_cards.at(0)), QStringList());
        QCOMPARE(m_store->card(m_cards.at(0))->suspended, false);
        QCOMPARE(m_store->card(m_cards.at(0))->lapses, 2);
    }

    // A change that touches nothing is no undo step.
    void emptyChangeIsNoUndoStep()
    {
        Collection collection(m_store.get());
        QVERIFY(collection.setSuspended(m_cards, false)); // already unsuspended
        QVERIFY(!collection.canUndo());
    }

    // Undo goes back step by step, newest first, and stops at the limit.
    void undoStack()
    {
        Collection collection(m_store.get());
        QVERIFY(collection.setSuspended({m_cards.at(0)}, true));
        QVERIFY(collection.setSuspended({m_cards.at(1)}, true));
        QCOMPARE(collection.undoText(), QStringLiteral("Suspend 1 Card"));
        QVERIFY(collection.undo());
        QCOMPARE(suspendedFlags(*m_store, m_cards), (QList<int>{1, 0, 0}));
        QVERIFY(collection.undo());
        QCOMPARE(suspendedFlags(*m_store, m_cards), (QList<int>{0, 0, 0}));
        QVERIFY(!collection.undo());
        for (int i = 0; i < Collection::kUndoLimit + 5; ++i)
            QVERIFY(collection.setSuspended({m_cards.at(i % 3)}, i % 2 == 0));
        int steps = 0;
        while (collection.undo())
            ++steps;
        QCOMPARE(steps, Collection::kUndoLimit);
    }
};

QTEST_GUILESS_MAIN(TestCollection)
#include "tst_collection.moc"
