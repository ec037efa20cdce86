// Imports into the collection: cards and entries from text, duplicates, a cancel and a failure
// that leave nothing behind, the worker thread's own connection, history replayed with FSRS,
// and the round trip through Portdeck's own export.
#include "deckstore.h"
#include "delimitedtext.h"
#include "exporter.h"
#include "historyreplay.h"
#include "importer.h"
#include "importjob.h"
#include "importstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant scalar(const DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

int ownCards(const DeckStore &store)
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE builtin = 0")).toInt();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray kCards = "#separator:tab\n#tags column:3\n"
                          "What port does Kerberos use?\t88\tnetplus auth::kerberos\n"
                          "Which port is LDAPS?\t636\tnetplus\n"
                          "Which port does RDP use?\t3389\t\n";

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cardsAndDuplicates_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("cards");
        QTest::addColumn<QString>("ldapsAnswer");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 0 << 0 << 3 << 3 << "636";
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 0 << 3 << 0 << 3 << "TCP 636";
        QTest::newRow("keep both") << int(DuplicatePolicy::KeepBoth) << 3 << 0 << 0 << 6 << "636";
    }

    void cardsAndDuplicates()
    {
        QFETCH(int, policy);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("cards.txt"), kCards);
        QString error;
        std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, 3);
        QCOMPARE(ownCards(store), 3);
        QCOMPARE(scalar(store, QStringLiteral("SELECT group_concat(tag, ' ') FROM (SELECT tag FROM card_tags t JOIN cards c "
                                              "ON c.id = t.card_id WHERE c.question LIKE '%Kerberos%' ORDER BY tag)"))
                     .toString(),
                 QStringLiteral("auth-kerberos netplus"));

        // The same file again, with the LDAPS answer changed and another case and spacing.
        request.path = writeFile(dir, QStringLiteral("again.txt"),
                                 QByteArray(kCards).replace("Which port is LDAPS?\t636", "which port is  LDAPS?\tTCP 636"));
        request.duplicates = DuplicatePolicy(policy);
        report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QTEST(report->added, "added");
        QTEST(report->updated, "updated");
        QTEST(report->skipped, "skipped");
        QTEST(ownCards(store), "cards");
        QTEST(scalar(store, QStringLiteral("SELECT answer FROM cards WHERE question LIKE '%LDAPS%' ORDER BY id")).toString(),
              "ldapsAnswer");
    }

    void entries()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("entries.csv"),
                                 "Name,Ports,Transport,Function,Secure\n"
                                 "Acme Sync,8443 8444,TCP,Keeps the office shares in step,yes\n"
                                 "Acme Voice,udp/5062,,Carries the office phones,no\n"
                                 "Acme Bad,port 80,TCP,x,no\n"
                                 "Acme Naked,9000,,x,no\n"
                                 "SSH,22,TCP,Something else,yes\n");
        QString error;
        std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->entries);
        QCOMPARE(report->added, 2);
        QCOMPARE(report->skipped, 1); // SSH is a built-in entry
        QCOMPARE(report->problems.size(), 2);
        QCOMPARE(report->problems.at(0).line, 4);
        QCOMPARE(report->problems.at(1).line, 5);
        QVERIFY(report->problems.at(1).message.contains(QLatin1String("no transport")));
        const qint64 sync = scalar(store, QStringLiteral("SELECT id FROM facts WHERE name = 'Acme Sync'")).toLongLong();
        QVERIFY(sync > 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT group_concat(port) FROM fact_ports WHERE fact_id = ?"), {sync}).toString(),
                 QStringLiteral("8443,8444"));
        QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE fact_id = ?"), {sync}).toInt() > 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT transport FROM fact_ports f JOIN facts e ON e.id = f.fact_id "
                                              "WHERE e.name = 'Acme Voice'")).toString(),
                 QStringLiteral("udp"));

        // Update: the built-in SSH takes the imported function and is marked edited.
        request.duplicates = DuplicatePolicy::Update;
        report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->updated, 3);
        QCOMPARE(scalar(store, QStringLiteral("SELECT function || edited FROM facts WHERE name = 'SSH'")).toString(),
                 QStringLiteral("Something else1"));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        QByteArray many;
        for (int i = 0; i < 5000; ++i)
            many += "Question " + QByteArray::number(i) + "\tAnswer\n";
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("many.tsv"), many);
        QString error;
        qint64 seen = 0;
        const std::optional<ImportReport> report = ImportJob::run(
            store, request,
            [&](qint64 done, qint64) {
                seen = done;
                return done < 3000;
            },
            &error);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QVERIFY(seen >= 3000);
        QCOMPARE(ownCards(store), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM card_tags")).toInt(), 0);
    }

    void failureLeavesNothing()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const int before = scalar(store, QStringLiteral("SELECT count(*) FROM cards")).toInt();
        // The disk "fails" at the third card: the two before it must not stay.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON cards WHEN NEW.question = 'boom' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("boom.tsv"), "one\t1\ntwo\t2\nboom\t3\nfour\t4\n");
        QString error;
        QVERIFY(!ImportJob::run(store, request, {}, &error));
        QVERIFY2(error.contains(QLatin1String("Line 3")) && error.contains(QLatin1String("disk I/O error")), qPrintable(error));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards")).toInt(), before);

        // A file that is not text: a clear message, nothing written.
        request.path = writeFile(dir, QStringLiteral("picture.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        QVERIFY(!ImportJob::run(store, request, {}, &error));
        QVERIFY2(error.contains(QLatin1String("not a text file")), qPrintable(error));
        request.path = dir.filePath(QStringLiteral("missing.csv"));
        QVERIFY(!ImportJob::run(store, request, {}, &error));
        QVERIFY2(error.contains(QLatin1String("Cannot read")), qPrintable(error));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards")).toInt(), before);
    }

    void workerThread()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        DeckStore store; // the window's connection holds the lock
        QCOMPARE(store.open(data), DeckStore::Status::Ok);
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("cards.txt"), kCards);
        ImportJob job(data, request);
        QSignalSpy finished(&job, &ImportJob::finished);
        QSignalSpy failed(&job, &ImportJob::failed);
        QSignalSpy progressed(&job, &ImportJob::progressed);
        job.start();
        QTRY_COMPARE(finished.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(finished.at(0).at(0).value<ImportReport>().added, 3);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(ownCards(store), 3); // committed, and seen by the window's connection
    }

    void replayedHistory()
    {
        const fsrs::Scheduler scheduler;
        const StudyDay day(4, QTimeZone::utc());
        const qint64 t0 = QDateTime(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 dayMs = 86400000;
        const ReplayedHistory h = replayHistory(scheduler, day,
                                                {{t0 + 3 * dayMs, fsrs::Rating::Good, 4000},
                                                 {t0, fsrs::Rating::Good, 5000},
                                                 {t0 + 600000, fsrs::Rating::Good, -1},
                                                 {t0 + 10 * dayMs, fsrs::Rating::Again, 9000}});
        QVERIFY(h.card);
        QCOMPARE(h.reviews.size(), 4);
        QCOMPARE(h.reviews.at(0).timeMs, t0); // oldest first
        QCOMPARE(h.reviews.at(0).stateBefore, int(fsrs::State::New));
        QCOMPARE(h.reviews.at(0).recall, -1.0);
        QCOMPARE(h.reviews.at(3).elapsedDays, 7);
        QVERIFY(h.reviews.at(3).recall > 0 && h.reviews.at(3).recall < 1);
        QCOMPARE(h.card->reps, 4);
        QCOMPARE(h.card->lapses, 1);
        QCOMPARE(h.card->state, fsrs::State::Relearning);
        // The same answers through the scheduler one by one give the same card.
        fsrs::Card c;
        c = scheduler.next(c, t0, 0, fsrs::Rating::Good);
        c = scheduler.next(c, t0 + 600000, 0, fsrs::Rating::Good);
        c = scheduler.next(c, t0 + 3 * dayMs, 3, fsrs::Rating::Good);
        c = scheduler.next(c, t0 + 10 * dayMs, 7, fsrs::Rating::Again);
        QCOMPARE(h.card->stability, c.stability);
        QCOMPARE(h.card->dueMs, c.dueMs);
    }

    void roundTripThroughText_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("tsv") << "\t";
        QTest::newRow("csv") << ",";
    }

    void roundTripThroughText()
    {
        QFETCH(QString, separator);
        QTemporaryDir dir;
        DeckStore first;
        QCOMPARE(first.open(dir.filePath(QStringLiteral("first"))), DeckStore::Status::Ok);
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("cards.txt"),
                                 QByteArray(kCards) + "\"Two, lines\nand a \"\"quote\"\"\"\t\"# not a header\"\tx\n");
        QString error;
        QVERIFY(ImportJob::run(first, request, {}, &error));
        QSqlQuery own(first.database());
        QVERIFY(own.exec(QStringLiteral("SELECT id FROM cards WHERE builtin = 0")));
        QList<qint64> ids;
        while (own.next())
            ids.append(own.value(0).toLongLong());
        const std::optional<QByteArray> text = Exporter(first).cardsAsText(ids, separator.at(0), &error);
        QVERIFY(text);
        const QString exported = writeFile(dir, QStringLiteral("export.txt"), *text);

        DeckStore second;
        QCOMPARE(second.open(dir.filePath(QStringLiteral("second"))), DeckStore::Status::Ok);
        request.path = exported;
        const std::optional<ImportReport> report = ImportJob::run(second, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, 4);
        QVERIFY(report->problems.isEmpty());
        auto cards = [](const DeckStore &s) {
            QStringList out;
            QSqlQuery q(s.database());
            q.exec(QStringLiteral("SELECT c.key || '|' || c.question || '|' || c.answer || '|' || "
                                  "coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM card_tags WHERE card_id = c.id "
                                  "ORDER BY tag)), '') FROM cards c WHERE builtin = 0 ORDER BY key"));
            while (q.next())
                out.append(q.value(0).toString());
            return out;
        };
        QCOMPARE(cards(second), cards(first));
        // Imported into the collection it came from, every card is a duplicate.
        QCOMPARE(ImportJob::run(first, request, {}, &error)->skipped, 4);
    }

    void revlogCsv()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const qint64 t0 = 1767607200000;
        const ReplayedHistory h = replayHistory(fsrs::Scheduler(), StudyDay(4, QTimeZone::utc()),
                                                {{t0, fsrs::Rating::Again, 7000}, {t0 + 60000, fsrs::Rating::Good, -1}});
        QVERIFY(store.database().transaction());
        ImportStore writer(store);
        ImportedCard card;
        card.question = QStringLiteral("q");
        card.answer = QStringLiteral("a");
        card.schedule = h.card;
        card.reviews = h.reviews;
        const std::optional<ImportedCardResult> written = writer.writeCard(card, DuplicatePolicy::Skip);
        QVERIFY2(written, qPrintable(writer.errorString()));
        QVERIFY(store.database().commit());
        QString error;
        const std::optional<QByteArray> csv = Exporter(store).revlogCsv(std::nullopt, &error);
        QVERIFY(csv);
        const QList<QByteArray> lines = csv->trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("card_id,review_time,review_rating,review_state,review_duration"));
        const QByteArray id = QByteArray::number(written->cardId);
        QCOMPARE(lines.at(1), id + ',' + QByteArray::number(t0) + ",1,0,7000");
        QCOMPARE(lines.at(2), id + ',' + QByteArray::number(t0 + 60000) + ",3,1,0");
        QCOMPARE(scalar(store, QStringLiteral("SELECT state FROM cards WHERE id = ?"), {written->cardId}).toInt(),
                 int(h.card->state));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
