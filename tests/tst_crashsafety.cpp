// Never lose an answer: a process that studies in a loop is killed with SIGKILL at random
// moments; after each kill the database must be sound and hold every answer the process
// reported as committed. The long changes (import, backup, restore, the built-in deck's merge,
// rescheduling, sync) are killed too: each leaves the collection as before it or as after it.
#include "backupstore.h"
#include "deckstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

// Everything a learner would miss, in one line: the answers, the cards with their schedules,
// the entries and the settings. Opened as Portdeck opens it (a kill's log is recovered, an
// unfinished upgrade finishes); empty when it cannot be opened or fails the integrity check.
QString contents(const QString &dataDir, QString *why = nullptr)
{
    // A kill between creating the lock file and writing its owner leaves it empty; DeckStore
    // takes such a lock over once it is 5 s old (tst_deckstore). This test does not wait.
    if (QFileInfo(dataDir + QStringLiteral("/portdeck.lock")).size() == 0)
        QFile::remove(dataDir + QStringLiteral("/portdeck.lock"));
    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok) {
        if (why)
            *why = store.errorString();
        return QString();
    }
    const QStringList problems = store.integrityProblems();
    if (!problems.isEmpty()) {
        if (why)
            *why = problems.join(QLatin1Char('\n'));
        return QString();
    }
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT (SELECT count(*) || ':' || total(id) FROM revlog), (SELECT count(*) FROM cards), "
        // An own card's key is made from the time it was added; its question names it here.
        "(SELECT group_concat(x, ';') FROM (SELECT IIF(key LIKE 'own-card-%', 'own ' || question, key) || ',' || suspended"
        " || ',' || state || ',' || stability || ',' || difficulty || ',' || ifnull(due, '') AS x FROM cards ORDER BY x)), "
        "(SELECT group_concat(x, ';') FROM (SELECT key || ',' || name || ',' || function AS x FROM facts ORDER BY key)), "
        // When a rescheduling ran is a time of day, different in every run.
        "(SELECT group_concat(x, ';') FROM (SELECT key || '=' || IIF(key = 'rescheduled', 'yes', value) AS x "
        "FROM settings ORDER BY key))"));
    if (!q.next())
        return QString();
    auto hash = [&](int column) {
        return QString::fromLatin1(QCryptographicHash::hash(q.value(column).toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    };
    return QStringLiteral("reviews %1, cards %2 (%3), entries %4, settings %5")
        .arg(q.value(0).toString(), q.value(1).toString(), hash(2), hash(3), hash(4));
}

int reviewsIn(const QString &contents)
{
    static const QRegularExpression count(QStringLiteral("^reviews (\\d+):"));
    return count.match(contents).captured(1).toInt();
}

QProcess *startOperation(const QString &dataDir, const QStringList &args, bool worker)
{
    auto *process = new QProcess;
    if (worker)
        process->start(QStringLiteral(PORTDECK_STUDY_WORKER), QStringList{dataDir} + args);
    else
        process->start(QStringLiteral(PORTDECK_CLI), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    return process;
}

bool runToEnd(const QString &dataDir, const QStringList &args, bool worker = false, QByteArray *out = nullptr)
{
    std::unique_ptr<QProcess> process(startOperation(dataDir, args, worker));
    const bool ok = process->waitForFinished(120000) && process->exitStatus() == QProcess::NormalExit
                    && process->exitCode() == 0;
    if (!ok)
        qWarning("%s", process->readAllStandardError().constData());
    if (out)
        *out = process->readAllStandardOutput();
    return ok;
}

} // namespace

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

    // Each long change killed at random moments, from before it opens the collection to after
    // it is done: afterwards the collection opens, passes SQLite's integrity check, and is
    // either as it was before the change or as a change run to its end leaves it, never in
    // between. A change that reported success is there whole. (Sync: tst_sync, killedSyncs.)
    void killedChangesAreWholeOrNotAtAll_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("args"); // @ is the data folder's parent
        QTest::addColumn<bool>("worker");      // the study worker instead of portdeck-cli
        QTest::newRow("import csv") << "studied" << QStringList{"import", "@/cards.csv", "--columns", "question,answer,tags"} << false;
        QTest::newRow("import apkg") << "studied" << QStringList{"import", PORTDECK_TEST_DATA "/anki/schema18.apkg"} << false;
        QTest::newRow("backup") << "studied" << QStringList{"backup"} << false;
        QTest::newRow("restore") << "studied since a backup" << QStringList{"restore", "@/backup.sqlite"} << false;
        QTest::newRow("reschedule") << "studied" << QStringList{"--reschedule", "0.8"} << true;
        // The worker opens the collection as the window does (migrating it and merging the
        // built-in deck) and, with no answers to give, closes it.
        QTest::newRow("deck merge") << "schema 1" << QStringList{"0"} << true;
    }

    void killedChangesAreWholeOrNotAtAll()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, args);
        QFETCH(bool, worker);
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine"));
        const QString data = dir.filePath(QStringLiteral("data"));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^@")), dir.path());

        if (setup == QLatin1String("schema 1")) {
            QVERIFY(QDir().mkpath(pristine));
            QVERIFY(QFile::copy(QStringLiteral(PORTDECK_TEST_DATA "/schema-v1.sqlite"), pristine + QLatin1Char('/') + DeckStore::fileName()));
        } else {
            QVERIFY(runToEnd(pristine, {QStringLiteral("400")}, true)); // 400 answers
            if (setup == QLatin1String("studied since a backup")) {
                QByteArray out;
                QVERIFY(runToEnd(pristine, {QStringLiteral("backup")}, false, &out));
                const QString backup = QJsonDocument::fromJson(out).object().value(QStringLiteral("file")).toString();
                QVERIFY2(QFile::copy(backup, dir.filePath(QStringLiteral("backup.sqlite"))), qPrintable(backup));
                QVERIFY(runToEnd(pristine, {QStringLiteral("150")}, true));
            }
        }
        QFile csv(dir.filePath(QStringLiteral("cards.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            csv.write(QStringLiteral("Which port does own protocol %1 use?,%2,own\n").arg(i).arg(20000 + i).toUtf8());
        csv.close();

        // Before: the collection as the next start finds it without the change (for the merge,
        // that start merges it). After: as the change run to its end leaves it. Timed, so that the
        // kills fall anywhere in it.
        QVERIFY(copyFolder(pristine, data));
        const QString before = contents(data);
        QVERIFY(!before.isEmpty());
        QVERIFY(copyFolder(pristine, data));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runToEnd(data, args, worker));
        int wholeMs = int(timer.elapsed());
        const QString after = contents(data);
        QVERIFY(!after.isEmpty());
        const bool changes = setup != QLatin1String("schema 1") && args.constFirst() != QLatin1String("backup");
        QCOMPARE(after != before, changes);

        QRandomGenerator random(20261205u + quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))));
        int kills = 0, killedMidway = 0, checked = 0, attempts = 0;
        for (; kills < 10 && attempts < 40; ++attempts) {
            QVERIFY(copyFolder(pristine, data));
            std::unique_ptr<QProcess> process(startOperation(data, args, worker));
            QVERIFY(process->waitForStarted(10000));
            const int at = int(random.bounded(wholeMs + 1));
            QElapsedTimer ran;
            ran.start();
            const bool finished = process->waitForFinished(at);
            if (finished) {
                // A first timing on a cold cache is slower: the kills keep within a real run.
                wholeMs = std::max(1, std::min(wholeMs, int(ran.elapsed())));
            } else {
                process->kill(); // SIGKILL
                QVERIFY(process->waitForFinished(10000));
                ++kills;
            }
            const bool succeeded = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
            if (process->exitStatus() == QProcess::NormalExit)
                QVERIFY2(succeeded, process->readAllStandardError().constData());

            QString why;
            const QString now = contents(data, &why);
            QVERIFY2(!now.isEmpty(), qPrintable(QStringLiteral("killed at %1 ms: %2").arg(at).arg(why)));
            if (succeeded)
                QCOMPARE(now, after);
            else
                QVERIFY2(now == before || now == after,
                         qPrintable(QStringLiteral("killed at %1 ms, half done:\n%2\nbefore %3\nafter %4").arg(at).arg(now, before, after)));
            if (!succeeded && now == after && changes)
                ++killedMidway; // its commit was in, its report not yet out
            checked += reviewsIn(now);
            // Whatever the backups folder lists is a whole, readable copy: a half-written
            // backup never carries a backup's name.
            for (const BackupInfo &backup : BackupStore(data).backups())
                QVERIFY2(backup.reviews >= 0, qPrintable(backup.path));
        }
        QVERIFY2(kills >= 10, qPrintable(QStringLiteral("only %1 kills in %2 attempts").arg(kills).arg(attempts)));
        qInfo("%s: %d kills within the %d ms it takes (%d after its commit), %d answers checked afterwards, none lost",
              QTest::currentDataTag(), kills, wholeMs, killedMidway, checked);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
