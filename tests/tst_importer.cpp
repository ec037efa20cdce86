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
#include "cardlist.h"
#include "cardquery.h"
#include "studysession.h"
#include "clock.h"
#include "ziparchive.h"
#include "ankipackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

const QString kAnki = QStringLiteral(PORTDECK_TEST_DATA "/anki/");

int count(const DeckStore &store, const QString &table)
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

// Every card as the learner and the scheduler know it, by key: what a round trip must keep.
// The due date is left out: its fuzz is seeded with the card's id, which is each collection's own.
QStringList cardStates(const DeckStore &store)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT c.key, c.question, c.answer, c.flag, c.suspended, c.state, c.reps, c.lapses, "
        "printf('%.6f', c.stability), printf('%.6f', c.difficulty), "
        "(SELECT count(*) FROM revlog r WHERE r.card_id = c.id AND r.kind = 'study'), "
        "(SELECT group_concat(r.time || ':' || r.rating, ' ') FROM revlog r WHERE r.card_id = c.id AND r.kind = 'study') "
        "FROM cards c WHERE c.retired = 0 ORDER BY c.key"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 12; ++i)
            row.append(q.value(i).toString());
        out.append(row.join(QLatin1Char('|')));
    }
    return out;
}

QList<qint64> allCards(const DeckStore &store)
{
    const CardQueryContext context = CardQueryContext::forLearner(store, QDateTime::currentMSecsSinceEpoch());
    QString error;
    return CardList(store).find(CardQuery::parse(QString(), context), BrowseColumn::Entry, Qt::AscendingOrder, &error).value();
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

    // Cards are written in batches of 256: a file longer than a batch, with a duplicate of
    // an earlier row of the same file still waiting for its batch, and a failure in a later
    // batch that must name its own line and leave nothing behind.
    void cardsInBatches_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 600 << 0 << 1;
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 600 << 1 << 0;
        QTest::newRow("keep both") << int(DuplicatePolicy::KeepBoth) << 601 << 0 << 0;
    }

    void cardsInBatches()
    {
        QFETCH(int, policy);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        QByteArray text = "#separator:tab\n#tags column:3\n";
        for (int i = 0; i < 600; ++i) {
            text += "Question " + QByteArray::number(i) + "\tAnswer " + QByteArray::number(i) + "\tbatch week-"
                    + QByteArray::number(i % 3) + '\n';
            if (i == 300) // the same question as row 10, asked again while row 10 may still wait
                text += "QUESTION   10\tAnswer ten\tagain\n";
        }
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("long.tsv"), text);
        request.duplicates = DuplicatePolicy(policy);
        QString error;
        const std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QTEST(report->added, "added");
        QTEST(report->updated, "updated");
        QTEST(report->skipped, "skipped");
        QCOMPARE(ownCards(store), report->added);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM card_tags WHERE tag = 'batch'")).toInt(), 600);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(DISTINCT key) FROM cards WHERE builtin = 0")).toInt(),
                 report->added);
        // In the file's order, one after the other.
        QCOMPARE(scalar(store, QStringLiteral("SELECT group_concat(question, '|') FROM (SELECT question FROM cards "
                                              "WHERE builtin = 0 ORDER BY position LIMIT 3 OFFSET 299)"))
                     .toString(),
                 policy == int(DuplicatePolicy::KeepBoth) ? QStringLiteral("Question 299|Question 300|QUESTION   10")
                                                         : QStringLiteral("Question 299|Question 300|Question 301"));
        const QString ten = scalar(store, QStringLiteral("SELECT answer || ' ' || (SELECT group_concat(tag, ' ') FROM "
                                                         "(SELECT tag FROM card_tags WHERE card_id = c.id ORDER BY tag)) "
                                                         "FROM cards c WHERE builtin = 0 ORDER BY position LIMIT 1 OFFSET 10"))
                                .toString();
        QCOMPARE(ten, policy == int(DuplicatePolicy::Update) ? QStringLiteral("Answer ten again batch week-1")
                                                             : QStringLiteral("Answer 10 batch week-1"));

        // A failure in the third batch: its line named, nothing kept from the batches before.
        const int before = scalar(store, QStringLiteral("SELECT count(*) FROM cards")).toInt();
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON cards WHEN NEW.question = 'boom' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
        QByteArray failing = "#separator:tab\n";
        for (int i = 0; i < 700; ++i)
            failing += (i == 650 ? QByteArray("boom") : "New " + QByteArray::number(i)) + "\tx\n";
        request.path = writeFile(dir, QStringLiteral("failing.tsv"), failing);
        QVERIFY(!ImportJob::run(store, request, {}, &error));
        QVERIFY2(error.contains(QLatin1String("Line 652")) && error.contains(QLatin1String("disk I/O error")),
                 qPrintable(error));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards")).toInt(), before);
    }

    // The duplicate check's question: case and spacing aside, the ASCII fast path exactly as
    // the full Unicode way.
    void normalizedQuestion_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("plain") << QStringLiteral("Which port is SSH?");
        QTest::newRow("case and spaces") << QStringLiteral("  Which\tPORT  is\r\n SSH?\v ");
        QTest::newRow("empty") << QString();
        QTest::newRow("only spaces") << QStringLiteral(" \t\n ");
        QTest::newRow("control characters stay") << QStringLiteral("a\x1f b\x7f");
        QTest::newRow("umlauts") << QStringLiteral("Welcher Port ÜBERTRÄGT  Straße?");
        QTest::newRow("no-break space") << QStringLiteral("port\u00a022");
        QTest::newRow("Greek") << QStringLiteral("ΠΟΡΤ  σ");
    }

    void normalizedQuestion()
    {
        QFETCH(QString, question);
        QCOMPARE(ImportStore::normalizedQuestion(question), question.simplified().toCaseFolded());
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

    void ankiPackages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("reviews");
        QTest::addColumn<int>("linked");
        QTest::addColumn<int>("media");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("answer");
        // Written by another program (anki-apkg-export): new cards, an HTML answer as text.
        QTest::newRow("anki-apkg-export") << "apkg-export.apkg" << 3 << 0 << 3 << 1
                                          << "HTTPS & TLS\ndefault port?" << "443\nTCP";
        // Anki's current format (zstd, schema 18): history, flags, suspension, a cloze.
        QTest::newRow("schema 18") << "schema18.apkg" << 6 << 8 << 5 << 1 << "[...] uses port 53"
                                   << "DNS uses port 53\nUDP and TCP";
    }

    void ankiPackages()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const int cardsBefore = count(store, QStringLiteral("cards"));
        ImportRequest request;
        request.path = kAnki + file;
        QCOMPARE(ImportJob::kindOf(request.path), ImportRequest::Kind::AnkiPackage);
        QString error;
        std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QTEST(report->added, "added");
        QTEST(report->reviews, "reviews");
        QTEST(report->linked, "linked");
        QTEST(report->mediaIgnored, "media");
        QCOMPARE(count(store, QStringLiteral("cards")), cardsBefore + report->added);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM revlog r JOIN cards c ON c.id = r.card_id "
                                              "WHERE c.key LIKE 'own-anki-%' AND r.kind = 'study'"))
                     .toInt(),
                 report->reviews);
        QFETCH(QString, question);
        QFETCH(QString, answer);
        QCOMPARE(scalar(store, QStringLiteral("SELECT answer FROM cards WHERE question = ?"), {question}).toString(), answer);
        // Linked cards join a built-in entry; the rest stand alone.
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE key LIKE 'own-anki-%' AND fact_id IS NOT NULL"))
                     .toInt(),
                 report->linked);

        if (file == QLatin1String("schema18.apkg")) {
            // The SSH card: reviewed five times with a lapse, flagged red; its state is what
            // Portdeck's FSRS makes of that history, not Anki's numbers.
            const QString ssh = QStringLiteral("own-anki-gUid-Basic-01-0");
            QCOMPARE(scalar(store, QStringLiteral("SELECT flag FROM cards WHERE key = ?"), {ssh}).toInt(), 1);
            QCOMPARE(scalar(store, QStringLiteral("SELECT lapses FROM cards WHERE key = ?"), {ssh}).toInt(), 1);
            QVERIFY(scalar(store, QStringLiteral("SELECT state FROM cards WHERE key = ?"), {ssh}).toInt() != 0);
            QSqlQuery answers(store.database());
            answers.prepare(QStringLiteral("SELECT r.time, r.rating, r.response_ms FROM revlog r JOIN cards c ON c.id = r.card_id "
                                           "WHERE c.key = ? ORDER BY r.time"));
            answers.addBindValue(ssh);
            QVERIFY(answers.exec());
            QList<PastAnswer> past;
            while (answers.next())
                past.append({answers.value(0).toLongLong(), fsrs::Rating(answers.value(1).toInt()),
                             answers.value(2).isNull() ? -1 : answers.value(2).toLongLong()});
            QVERIFY(past.size() >= 4);
            const StudySettings settings = store.studySettings();
            const ReplayedHistory h = replayHistory(fsrs::Scheduler(settings.schedulerSettings()),
                                                    StudyDay(settings.rolloverHour), past);
            QCOMPARE(scalar(store, QStringLiteral("SELECT stability FROM cards WHERE key = ?"), {ssh}).toDouble(),
                     h.card->stability);
            QCOMPARE(scalar(store, QStringLiteral("SELECT due FROM cards WHERE key = ?"), {ssh}).toLongLong(), h.card->dueMs);
            QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE key LIKE 'own-anki-%' AND suspended = 1"))
                         .toInt(),
                     1);
        }

        // The same package again: every card is there already, and no review is doubled.
        const QStringList before = cardStates(store);
        const int reviewsBefore = count(store, QStringLiteral("revlog"));
        report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, 0);
        QCOMPARE(report->reviews, 0);
        QTEST(report->skipped, "added");
        QCOMPARE(cardStates(store), before);
        QCOMPARE(count(store, QStringLiteral("revlog")), reviewsBefore);
    }

    void hostilePackagesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("collection");
        QTest::addColumn<QString>("entryName");
        QTest::addColumn<QString>("fragment");
        QByteArray foreign;
        {
            QTemporaryDir scratch;
            const QString path = scratch.filePath(QStringLiteral("foreign.sqlite"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            foreign = f.readAll();
        }
        QTest::newRow("another program's database") << foreign << "collection.anki2" << "another program";
        QTest::newRow("damaged database") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7f')
                                          << "collection.anki2" << "damaged";
        QTest::newRow("path traversal") << foreign << "../collection.anki2" << "outside the folder";
        QTest::newRow("no collection") << QByteArray("hello") << "notes.txt" << "no Anki collection";
    }

    void hostilePackagesWriteNothing()
    {
        QFETCH(QByteArray, collection);
        QFETCH(QString, entryName);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const QStringList before = cardStates(store);
        ZipWriter zip;
        zip.add(entryName, collection);
        const QString path = dir.filePath(QStringLiteral("hostile.apkg"));
        QString error;
        QVERIFY2(zip.write(path, &error), qPrintable(error));
        ImportRequest request;
        request.path = path;
        QVERIFY(!ImportJob::run(store, request, {}, &error));
        QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(cardStates(store), before);
        QCOMPARE(count(store, QStringLiteral("revlog")), 0);

        // Not a zip at all, though named like a package.
        const QString fake = writeFile(dir, QStringLiteral("fake.apkg"), "PK\x03\x04 this is no zip file");
        request.path = fake;
        QVERIFY(!ImportJob::run(store, request, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(cardStates(store), before);
    }

    // A package made to attack: its fields carry script, remote and local images, frames,
    // javascript: links, entities that spell markup, and media named to climb out of the
    // folder. What arrives is text only: no markup is kept for any view to render, no URL to
    // fetch, and no media file is written anywhere.
    void hostilePackageArrivesAsText()
    {
        AnkiCollection c;
        c.createdSecs = 1767240000;
        c.notetypes.append({1001, QStringLiteral("Basic"), false, {QStringLiteral("Front"), QStringLiteral("Back")},
                            {{QStringLiteral("Card 1"), 0,
                              QStringLiteral("<script>steal()</script>{{Front}}<img src=\"https://tracker.example/p.gif\">"),
                              QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}<iframe src=\"file:///etc/passwd\"></iframe>")}},
                            QStringLiteral("body { background: url(https://tracker.example/bg.png) }")});
        c.decks.append({2001, QStringLiteral("Hostile")});
        c.notes.append({3001, QStringLiteral("hostile-01"), 1001,
                        {QStringLiteral("Which port does <b onmouseover=\"steal()\">SSH</b> use?"
                                        "<img src=\"file:///etc/passwd\"><img src=\"../../../.ssh/id_rsa\">"
                                        "<style>*{display:none}</style><object data=\"https://x.example/a.swf\"></object>"),
                         QStringLiteral("<a href=\"javascript:steal()\">22</a> [sound:../../evil.mp3] "
                                        "&lt;img src=x onerror=steal()&gt;<!-- <script>hidden()</script> -->")},
                        {QStringLiteral("hostile")}, 1767300000});
        c.cards.append({4001, 3001, 2001, 0, 0, 0, 1, 0, 0, 0, 0, 0, QString()});
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("hostile.apkg"));
        QString error;
        QVERIFY2(writeAnkiPackage(package, c, &error), qPrintable(error));
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        ImportRequest request;
        request.path = package;
        const std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, 1);
        const QString question = scalar(store, QStringLiteral("SELECT question FROM cards WHERE key LIKE 'own-anki-%'")).toString();
        const QString answer = scalar(store, QStringLiteral("SELECT answer FROM cards WHERE key LIKE 'own-anki-%'")).toString();
        QCOMPARE(question, QStringLiteral("Which port does SSH use?"));
        // Escaped markup stays the characters it spelled: text, which every view shows as text.
        const QString spelled = QStringLiteral("<img src=x onerror=steal()>");
        QVERIFY2(answer.startsWith(QLatin1String("22")) && answer.contains(spelled), qPrintable(answer));
        for (QString text : {question, answer}) {
            text.remove(spelled);
            for (const char *gone : {"steal", "hidden", "script", "file:", "https:", "javascript:", "passwd", "id_rsa",
                                     "evil", "display:none", "<", "iframe", "sound:"})
                QVERIFY2(!text.contains(QLatin1String(gone)), qPrintable(QStringLiteral("%1 kept in: %2").arg(QLatin1String(gone), text)));
        }
        // Nothing was written beside the package or the collection.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), filesBefore);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("evil.mp3"))));
    }

    void roundTripThroughAnkiPackage()
    {
        QTemporaryDir dir;
        DeckStore first;
        QCOMPARE(first.open(dir.filePath(QStringLiteral("first"))), DeckStore::Status::Ok);
        // Cards of every kind: imported with a history, the learner's own, built-in ones studied here.
        ImportRequest request;
        request.path = kAnki + QStringLiteral("schema18.apkg");
        QString error;
        QVERIFY2(ImportJob::run(first, request, {}, &error), qPrintable(error));
        request.path = writeFile(dir, QStringLiteral("cards.txt"), kCards);
        QVERIFY2(ImportJob::run(first, request, {}, &error), qPrintable(error));
        {
            ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
            StudySession session(&first, &clock, QString(), QTimeZone::utc());
            for (int i = 0; i < 4 && session.hasCard(); ++i) {
                QVERIFY(session.answer(i % 2 ? fsrs::Rating::Good : fsrs::Rating::Hard, 4000));
                clock.advance(60000);
            }
        }
        QVERIFY(count(first, QStringLiteral("revlog")) > 8);
        const QString package = dir.filePath(QStringLiteral("all.apkg"));
        QVERIFY2(Exporter(first).writeAnkiPackage(allCards(first), true, package, &error), qPrintable(error));

        // Into a fresh collection: every card comes home to its key with its history.
        DeckStore second;
        QCOMPARE(second.open(dir.filePath(QStringLiteral("second"))), DeckStore::Status::Ok);
        request.path = package;
        const std::optional<ImportReport> report = ImportJob::run(second, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->reviews, count(first, QStringLiteral("revlog")));
        QCOMPARE(cardStates(second), cardStates(first));
        // Tags come along (a linked card also carries its entry's tags), and each due date is
        // the same up to the fuzz FSRS adds to an interval on either side.
        QSqlQuery q(first.database());
        QVERIFY(q.exec(QStringLiteral("SELECT c.key, c.due, c.scheduled_days, (SELECT group_concat(tag, ' ') FROM card_tags t "
                                      "WHERE t.card_id = c.id) FROM cards c WHERE c.retired = 0")));
        int compared = 0;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QVariant due = scalar(second, QStringLiteral("SELECT due FROM cards WHERE key = ?"), {key});
            QCOMPARE(due.isNull(), q.value(1).isNull());
            // Each side's fuzz is at most 1 + 15% of the interval (ts-fsrs's fuzz ranges).
            const qint64 slack = qint64(2 * (1 + 0.15 * q.value(2).toDouble()) + 1) * 86400000;
            QVERIFY2(std::abs(due.toLongLong() - q.value(1).toLongLong()) <= slack, qPrintable(key));
            const QStringList tags = scalar(second, QStringLiteral("SELECT group_concat(tag, ' ') FROM card_tags t JOIN cards c "
                                                                   "ON c.id = t.card_id WHERE c.key = ?"),
                                            {key})
                                         .toString()
                                         .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &tag : q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                QVERIFY2(tags.contains(tag), qPrintable(key + QLatin1Char(' ') + tag));
            ++compared;
        }
        QVERIFY(compared > 200);

        // Without scheduling, the cards arrive new and no review comes with them.
        const QString plain = dir.filePath(QStringLiteral("plain.apkg"));
        QVERIFY2(Exporter(first).writeAnkiPackage(allCards(first), false, plain, &error), qPrintable(error));
        DeckStore third;
        QCOMPARE(third.open(dir.filePath(QStringLiteral("third"))), DeckStore::Status::Ok);
        request.path = plain;
        QVERIFY2(ImportJob::run(third, request, {}, &error), qPrintable(error));
        QCOMPARE(count(third, QStringLiteral("revlog")), 0);
        QCOMPARE(scalar(third, QStringLiteral("SELECT count(*) FROM cards WHERE state != 0")).toInt(), 0);
        QCOMPARE(scalar(third, QStringLiteral("SELECT count(*) FROM cards WHERE retired = 0")).toInt(),
                 scalar(first, QStringLiteral("SELECT count(*) FROM cards WHERE retired = 0")).toInt());
    }

    // A file that brings the collection's own text back, imported with "update", changes no
    // card: built-in question cards stay unedited and keep their translations.
    void updateWithTheSameTextChangesNothing()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const int builtinBasic = scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE template = 'basic' AND builtin = 1")).toInt();
        QVERIFY(builtinBasic > 0);
        const int texts = count(store, QStringLiteral("card_texts"));
        QVERIFY(texts > 0);
        QString error;
        const std::optional<QByteArray> text = Exporter(store).cardsAsText(allCards(store), QLatin1Char('\t'), &error);
        QVERIFY2(text, qPrintable(error));
        ImportRequest request;
        request.path = writeFile(dir, QStringLiteral("same.tsv"), *text);
        request.duplicates = DuplicatePolicy::Update;
        const std::optional<ImportReport> report = ImportJob::run(store, request, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE edited = 1")).toInt(), 0);
        QCOMPARE(count(store, QStringLiteral("card_texts")), texts);

        // A changed answer is an edit: that card only is marked, and its translations go.
        const QString question = scalar(store, QStringLiteral("SELECT question FROM cards WHERE template = 'basic' "
                                                              "AND builtin = 1 AND id IN (SELECT card_id FROM card_texts) "
                                                              "ORDER BY id LIMIT 1"))
                                     .toString();
        QVERIFY(!question.isEmpty());
        request.path = writeFile(dir, QStringLiteral("changed.tsv"), (question + QStringLiteral("\tMy own answer\n")).toUtf8());
        QVERIFY2(ImportJob::run(store, request, {}, &error), qPrintable(error));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE edited = 1")).toInt(), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT answer FROM cards WHERE edited = 1")).toString(),
                 QStringLiteral("My own answer"));
        QVERIFY(count(store, QStringLiteral("card_texts")) < texts);
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
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
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
