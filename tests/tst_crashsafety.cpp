// Never lose an answer: a process that studies in a loop is killed with SIGKILL at random
// moments; after each kill the database must be sound and hold every answer the process
// reported as committed.
#include "deckstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedMidAnswerLosesNothing()
    {
        QTemporaryDir dir;
        QSet<qint64> reported;
        QRandomGenerator random(20241124);
        int kills = 0;
        for (int round = 0; round < 25; ++round) {
            QProcess worker;
            worker.setProgram(QStringLiteral(PORTDECK_STUDY_WORKER));
            worker.setArguments({dir.path()});
            worker.start();
            QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
            // Let it answer a random number of cards, then kill it wherever it is.
            const int answers = random.bounded(1, 60);
            QByteArray out;
            QElapsedTimer waited;
            waited.start();
            while (out.count('\n') < answers && waited.elapsed() < 20000) {
                worker.waitForReadyRead(50);
                out += worker.readAllStandardOutput();
            }
            QTest::qWait(random.bounded(0, 15)); // somewhere inside the next answer
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(10000));
            QVERIFY2(worker.exitStatus() == QProcess::CrashExit,
                     qPrintable(QString::fromUtf8(worker.readAllStandardError())));
            ++kills;
            out += worker.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("committed "))
                    reported.insert(line.mid(10).toLongLong());
            }

            DeckStore store; // also proves the dead worker's lock is reclaimed
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QCOMPARE(store.integrityProblems(), QStringList());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM revlog")));
            QSet<qint64> logged;
            while (q.next())
                logged.insert(q.value(0).toLongLong());
            for (qint64 id : std::as_const(reported))
                QVERIFY2(logged.contains(id), qPrintable(QStringLiteral("answer %1 was reported but is lost").arg(id)));
            // Every row has its card's state with it: the card was last reviewed at its last row.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cards c WHERE c.reps > 0 AND c.last_review <> "
                                          "(SELECT max(time) FROM revlog r WHERE r.card_id = c.id)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cards WHERE reps <> (SELECT count(*) FROM revlog r WHERE r.card_id = cards.id)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(kills >= 20);
        QVERIFY(reported.size() >= 100);
        qInfo("%d kills, %lld answers reported and all found", kills, static_cast<long long>(reported.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
