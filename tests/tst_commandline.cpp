#include "deckstore.h"
#include "simulate.h"
#include "simulatedlearner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
        const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Run cli(const QStringList &args, const QByteArray &input = {})
{
    return run(QStringLiteral(PORTDECK_CLI), args, {}, input);
}

// An environment whose per-user folders all lie in @p home, so a test sees every file written.
QProcessEnvironment homeIn(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The data folder's files with their bytes: proof that a command wrote nothing. A read-only
// SQLite connection may leave the WAL index (-shm) and an empty WAL that it could not remove
// as the last reader; they hold no data, so they are left out.
QHash<QString, QByteArray> snapshot(const QString &dir)
{
    QHash<QString, QByteArray> files;
    for (const QString &name : filesUnder(dir)) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (name.endsWith(QLatin1String("-shm")) || (name.endsWith(QLatin1String("-wal")) && bytes.isEmpty()))
            continue;
        files.insert(name, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    return files;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A deck made by the engine, then closed.
void makeDeck(const QString &dir)
{
    DeckStore store;
    QCOMPARE(store.open(dir), DeckStore::Status::Ok);
}

// Changes a closed deck as an older Portdeck would have left it.
void runSql(const QString &dir, const QStringList &statements)
{
    DeckStore store;
    QCOMPARE(store.open(dir), DeckStore::Status::Ok);
    QSqlQuery q(store.database());
    for (const QString &sql : statements)
        QVERIFY2(q.exec(sql), qPrintable(sql));
}

Run gui(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return run(QStringLiteral(PORTDECK_GUI), args, env);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    // A port registry: services for the Table's lookup, no cards; a file that is neither is
    // refused with the deck as it was.
    void importsARegistry()
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(QStringLiteral("deck"));
        const QString services = dir.filePath(QStringLiteral("services"));
        QVERIFY(QFile::copy(QStringLiteral(PORTDECK_TEST_DATA "/registry/services-excerpt"), services));
        int cards = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(deck), DeckStore::Status::Ok);
            cards = store.counts().cards;
        }
        Run r = cli({QStringLiteral("import"), QStringLiteral(PORTDECK_TEST_DATA "/registry/iana-excerpt.csv"),
                     QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("iana"));
        QCOMPARE(report.value(QLatin1String("imported_as")).toString(), QStringLiteral("registry"));
        QCOMPARE(report.value(QLatin1String("services_imported")).toInt(), 32);
        QCOMPARE(report.value(QLatin1String("added")).toInt(), 0);
        QCOMPARE(report.value(QLatin1String("problems")).toArray().size(), 0);

        r = cli({QStringLiteral("import"), services, QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("services"));
        QCOMPARE(report.value(QLatin1String("services_imported")).toInt(), 36);

        QFile bad(dir.filePath(QStringLiteral("bad/services")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bad")) && bad.open(QIODevice::WriteOnly));
        bad.write("ssh 22/tcp\nthis is prose\nmore prose here\nand more\n");
        bad.close();
        r = cli({QStringLiteral("import"), bad.fileName(), QStringLiteral("--data-dir"), deck});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("neither IANA's service-names CSV")), qPrintable(r.err));

        DeckStore store;
        QCOMPARE(store.open(deck), DeckStore::Status::Ok);
        QCOMPARE(store.counts().cards, cards);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(source) FROM registry_services")) && q.next());
        QCOMPARE(q.value(0).toInt(), 36);
        QCOMPARE(q.value(1).toString(), QStringLiteral("services"));
    }

    void cliUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << 2 << "no command given";
        QTest::newRow("unknown") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
        QTest::newRow("extra words") << QStringList{"check", "now"} << 2 << "unknown command 'check now'";
        QTest::newRow("bad format") << QStringList{"export", "--format", "xml"} << 2 << "unknown export format 'xml'";
        QTest::newRow("suspend nothing") << QStringList{"suspend"} << 2 << "unknown command 'suspend'";
    }

    void cliUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = cli(args << QStringLiteral("--data-dir") << dir.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // stats: the Progress page's figures for scripts, on a deck with two answers today.
    void stats()
    {
        QTemporaryDir dir;
        const QString deck = dir.path();
        qint64 cardId = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(deck), DeckStore::Status::Ok);
            cardId = store.cardsOfFact(store.facts().constFirst().id).constFirst().id;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(store.logPracticeAnswer(cardId, QStringLiteral("quiz"), now - 1000, 3, 4000, {}, {}));
            QVERIFY(store.logPracticeAnswer(cardId, QStringLiteral("exam"), now - 500, 1, 90000, {}, {}));
        }
        Run r = cli({QStringLiteral("stats"), QStringLiteral("--days"), QStringLiteral("7"),
                     QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QJsonObject today = out.value(QLatin1String("today")).toObject();
        QCOMPARE(today.value(QLatin1String("practiced")).toInt(), 2);
        QCOMPARE(today.value(QLatin1String("correct")).toInt(), 1);
        QCOMPARE(today.value(QLatin1String("time_ms")).toInteger(), 4000 + 60000);
        QCOMPARE(today.value(QLatin1String("streak")).toInt(), 1);
        const QJsonArray activity = out.value(QLatin1String("activity")).toArray();
        QCOMPARE(activity.size(), 7);
        QCOMPARE(activity.last().toObject().value(QLatin1String("practice")).toInt(), 2);
        QCOMPARE(out.value(QLatin1String("forecast")).toArray().size(), 30);
        QCOMPARE(out.value(QLatin1String("retention")).toArray().size(), 1);
        // Quiz answers never move a card, so every entry is still unseen.
        QCOMPARE(out.value(QLatin1String("mastery")).toObject().value(QLatin1String("unseen")).toInt(),
                 int(Deck::builtin().facts.size()));
        QCOMPARE(out.value(QLatin1String("weakest_cards")).toArray().size(), 0);
        QVERIFY(out.value(QLatin1String("exam")).isNull());
        // With an exam date: the plan for it, every entry's recall on the day included.
        {
            DeckStore store;
            QCOMPARE(store.open(deck), DeckStore::Status::Ok);
            StudySettings settings = store.studySettings();
            settings.examDate = QDate::currentDate().addDays(30);
            settings.newPerDay = 2;
            settings.examPacesNewCards = false;
            QVERIFY(store.setStudySettings(settings));
        }
        r = cli({QStringLiteral("stats"), QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject exam = QJsonDocument::fromJson(r.out).object().value(QLatin1String("exam")).toObject();
        QCOMPARE(exam.value(QLatin1String("date")).toString(), QDate::currentDate().addDays(30).toString(Qt::ISODate));
        QVERIFY(qAbs(exam.value(QLatin1String("days_left")).toInt() - 30) <= 1); // the rollover hour may count today as yesterday
        // Two new cards a day cannot introduce the whole deck in a month.
        QCOMPARE(exam.value(QLatin1String("new_cards_fit")).toBool(), false);
        QVERIFY(exam.value(QLatin1String("new_on_exam_day")).toInt() > 0);
        QVERIFY(exam.value(QLatin1String("new_per_day_needed")).toInt() > 2);
        const double known = exam.value(QLatin1String("expected_known")).toDouble();
        QVERIFY2(known > 0 && known < 0.6, qPrintable(QString::number(known)));
        const QJsonObject entries = exam.value(QLatin1String("entries")).toObject();
        QCOMPARE(entries.size(), qsizetype(Deck::builtin().facts.size()));
        QVERIFY(entries.contains(QLatin1String("ssh")));
        // Bad input says why.
        r = cli({QStringLiteral("stats"), QStringLiteral("--days"), QStringLiteral("many"), QStringLiteral("--data-dir"), deck});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--days"));
        QTemporaryDir empty;
        r = cli({QStringLiteral("stats"), QStringLiteral("--data-dir"), empty.path()});
        QCOMPARE(r.exitCode, 1);
    }

    void optimize()
    {
        // A collection studied for 40 days: fitted on its own answers, read-only.
        QTemporaryDir dir;
        const QString deck = dir.path();
        {
            DeckStore store;
            QCOMPARE(store.open(deck), DeckStore::Status::Ok);
            testsupport::simulateStudy(&store, QDateTime::currentMSecsSinceEpoch(), 40);
        }
        Run r = cli({QStringLiteral("optimize"), QStringLiteral("--data-dir"), deck, QStringLiteral("--timezone"),
                     QStringLiteral("UTC")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QLatin1String("parameters")).toArray().size(), 21);
        QVERIFY(out.value(QLatin1String("reviews_used")).toInt() > 0);
        QVERIFY(out.value(QLatin1String("log_loss")).toDouble() > 0);
        QVERIFY(out.value(QLatin1String("rmse_bins")).toDouble() >= 0);
        QCOMPARE(out.value(QLatin1String("minimum_reviews")).toInt(), 400);
        QVERIFY(out.value(QLatin1String("default")).toObject().value(QLatin1String("log_loss")).toDouble() > 0);
        QCOMPARE(out.value(QLatin1String("current")).toObject().value(QLatin1String("parameters")).toArray().size(), 21);
        const int scored = out.value(QLatin1String("scored")).toInt();

        // The same answers through the revlog CSV the collection exports give the same fit.
        const QString csv = dir.filePath(QStringLiteral("revlog.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("revlog"), QStringLiteral("-o"), csv,
                 QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("optimize"), QStringLiteral("--revlog"), csv, QStringLiteral("--timezone"),
                 QStringLiteral("UTC")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject fromCsv = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(fromCsv.value(QLatin1String("scored")).toInt(), scored);
        QCOMPARE(fromCsv.value(QLatin1String("parameters")), out.value(QLatin1String("parameters")));
        QVERIFY(!fromCsv.contains(QLatin1String("current")));

        // A simulated learner with 20,000 answers: all 21 fitted, and better than the defaults.
        QByteArray text = "card_id,review_time,review_rating,review_state,review_duration\n";
        for (const fsrs::LoggedReview &a : testsupport::simulateLearner(testsupport::simulatedTruth(), 20000, 30, 3))
            text += QByteArray::number(a.cardId) + ',' + QByteArray::number(a.timeMs) + ',' + QByteArray::number(a.rating)
                    + ',' + QByteArray::number(a.stateBefore) + ",0\n";
        const QString learner = dir.filePath(QStringLiteral("learner.csv"));
        QFile file(learner);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();
        r = cli({QStringLiteral("optimize"), QStringLiteral("--revlog"), learner, QStringLiteral("--timezone"),
                 QStringLiteral("UTC"), QStringLiteral("--rollover"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        out = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(out.value(QLatin1String("fitted")).toString(), QStringLiteral("all parameters"));
        QVERIFY(out.value(QLatin1String("enough")).toBool());
        QVERIFY(out.value(QLatin1String("log_loss")).toDouble()
                < out.value(QLatin1String("default")).toObject().value(QLatin1String("log_loss")).toDouble());

        // Bad input says why and changes nothing.
        r = cli({QStringLiteral("optimize"), QStringLiteral("--revlog"), learner, QStringLiteral("--rollover"), QStringLiteral("25")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--rollover")));
        r = cli({QStringLiteral("optimize"), QStringLiteral("--revlog"), learner, QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Mars/Olympus")));
        r = cli({QStringLiteral("optimize"), QStringLiteral("--revlog"), dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("card_id,review_time,review_rating,review_state\n1,1000,3,0\n1,2000,7,2\n");
        file.close();
        r = cli({QStringLiteral("optimize"), QStringLiteral("--revlog"), learner});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3: review_rating")), qPrintable(r.err));
    }

    void checkAndExport()
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(QStringLiteral("deck"));

        makeDeck(deck);
        Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--entries"), QStringLiteral("--data-dir"), deck});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.constFirst().trimmed(), QByteArray("protocol,full_name,ports,transport,secure,function"));
        QCOMPARE(lines.size(), Deck::builtin().facts.size() + 1);
        QVERIFY(r.out.contains("\nSSH,Secure Shell,tcp/22,TCP,yes,"));

        const QString csvFile = dir.filePath(QStringLiteral("facts.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("--entries"), QStringLiteral("-o"), csvFile,
                 QStringLiteral("--data-dir"), deck});
        QCOMPARE(r.exitCode, 0);
        QFile file(csvFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), lines.size());

        r = cli({QStringLiteral("check"), QStringLiteral("--data-dir"), deck});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(report.value(QLatin1String("facts")).toInt(), Deck::builtin().facts.size());
        QCOMPARE(report.value(QLatin1String("cards")).toInt(), generateCards(Deck::builtin()).size());
        QCOMPARE(report.value(QLatin1String("reviews")).toInt(), 0);
        QCOMPARE(report.value(QLatin1String("schema_version")).toInt(), DeckStore::kSchemaVersion);
        QCOMPARE(report.value(QLatin1String("deck_version")).toInt(), Deck::builtin().version);
    }

    void importAndExport()
    {
        QTemporaryDir dir;
        const QString deck = dir.filePath(QStringLiteral("deck"));
        makeDeck(deck);
        const QString tsv = dir.filePath(QStringLiteral("teacher.tsv"));
        {
            QFile f(tsv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#separator:tab\n#tags column:3\n"
                    "What port does Kerberos use?\t88\tnetplus\n"
                    "only a question\n"
                    "Which port is LDAPS?\t636\tnetplus\n");
        }
        auto json = [](const Run &r) { return QJsonDocument::fromJson(r.out).object(); };
        Run r = cli({QStringLiteral("import"), tsv, QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = json(r);
        QCOMPARE(report.value(QLatin1String("added")).toInt(), 2);
        QCOMPARE(report.value(QLatin1String("imported_as")).toString(), QStringLiteral("cards"));
        const QJsonArray problems = report.value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toObject().value(QLatin1String("line")).toInt(), 4);

        // Again, the answers changed: updated in place, as asked.
        {
            QFile f(tsv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("What port does Kerberos use?;TCP and UDP 88\n");
        }
        r = cli({QStringLiteral("import"), tsv, QStringLiteral("--separator"), QStringLiteral("semicolon"),
                 QStringLiteral("--columns"), QStringLiteral("question,answer"), QStringLiteral("--duplicates"),
                 QStringLiteral("update"), QStringLiteral("--tags"), QStringLiteral("teacher week-1"),
                 QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QLatin1String("updated")).toInt(), 1);

        // An Anki package with its history; its media are counted, not imported.
        r = cli({QStringLiteral("import"), QStringLiteral(PORTDECK_TEST_DATA "/anki/schema18.apkg"),
                 QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = json(r);
        QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("apkg"));
        QCOMPARE(report.value(QLatin1String("added")).toInt(), 6);
        QCOMPARE(report.value(QLatin1String("reviews")).toInt(), 8);
        QCOMPARE(report.value(QLatin1String("media_ignored")).toInt(), 1);

        // Exports: Anki's text with its header lines, a search, the review log, a package.
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("tsv"), QStringLiteral("--search"),
                 QStringLiteral("tag:teacher"), QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith("#separator:tab\n"));
        QVERIFY(r.out.contains("What port does Kerberos use?\tTCP and UDP 88\t"));
        QVERIFY(!r.out.contains("LDAPS"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("revlog"), QStringLiteral("--data-dir"),
                 deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> revlog = r.out.trimmed().split('\n');
        QCOMPARE(revlog.constFirst(), QByteArray("card_id,review_time,review_rating,review_state,review_duration"));
        QCOMPARE(revlog.size(), 1 + 8);
        const QString apkg = dir.filePath(QStringLiteral("ports.apkg"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("apkg"), QStringLiteral("--scheduling"),
                 QStringLiteral("-o"), apkg, QStringLiteral("--data-dir"), deck});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(apkg).startsWith("PK\x03\x04"));

        // What cannot be done says why, and changes nothing.
        const QHash<QString, QByteArray> before = snapshot(deck);
        const QList<QStringList> refused{
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("apkg")},
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx")},
            {QStringLiteral("export"), QStringLiteral("--search"), QStringLiteral("is:nonsense")},
            {QStringLiteral("import"), tsv, QStringLiteral("--duplicates"), QStringLiteral("maybe")},
            {QStringLiteral("import"), tsv, QStringLiteral("--columns"), QStringLiteral("question,colour")},
            {QStringLiteral("import"), tsv, QStringLiteral("--separator"), QStringLiteral("xy")},
        };
        for (const QStringList &args : refused) {
            r = cli(args + QStringList{QStringLiteral("--data-dir"), deck});
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        }
        r = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("--data-dir"), deck});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("missing.csv")), qPrintable(r.err));
        QCOMPARE(snapshot(deck), before);
    }

    void replayMatchesTsFsrs()
    {
        QFile file(QStringLiteral(PORTDECK_TEST_DATA "/fsrs/parity.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray configs = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("configurations")).toArray();
        for (int i : {0, 1, 5, 10}) { // both modes, fuzz on and off, migrated parameters
            const QJsonObject config = configs.at(i).toObject();
            const Run r = cli({QStringLiteral("replay")},
                              QJsonDocument(config.value(QLatin1String("input")).toObject()).toJson());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(QJsonDocument::fromJson(r.out).object(), config.value(QLatin1String("expected")).toObject());
        }
    }

    void replayErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{cards: [") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "must be a JSON object";
        QTest::newRow("rating") << QByteArray(R"({"cards": [{"id": 3, "reviews": [{"time": 1704099600000, "rating": 3}, {"time": 1704099700000, "rating": 5}]}]})")
                                << "card 3, review 2: rating must be 1 (Again) to 4 (Easy)";
        QTest::newRow("rating zero") << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 1, "rating": 0}]}]})")
                                     << "card 1, review 1: rating";
        QTest::newRow("backwards") << QByteArray(R"({"cards": [{"id": "x", "reviews": [{"time": 1704099600000, "rating": 3}, {"time": 1704099500000, "rating": 3}]}]})")
                                   << "card x, review 2: time goes backwards";
        QTest::newRow("time text") << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": "noon", "rating": 3}]}]})")
                                   << "card 1, review 1: time must be UTC milliseconds";
        QTest::newRow("parameters") << QByteArray(R"({"parameters": [1, 2, 3], "cards": []})") << "17, 19 or 21 numbers";
        QTest::newRow("retention") << QByteArray(R"({"desired_retention": 1.5, "cards": []})") << "desired_retention";
        QTest::newRow("steps") << QByteArray(R"({"learning_steps": ["1m", "soon"], "cards": []})") << "learning_steps[1]";
        QTest::newRow("cards") << QByteArray(R"({"cards": 4})") << "cards must be a list";
        QTest::newRow("card not object") << QByteArray(R"({"cards": [5]})") << "card #1 must be an object";
        QTest::newRow("reviews not list") << QByteArray(R"({"cards": [{"id": 2, "reviews": "x"}]})") << "card 2: reviews must be a list";
        QTest::newRow("review not object") << QByteArray(R"({"cards": [{"id": 2, "reviews": [7]}]})") << "card 2, review 1: must be an object";
        QTest::newRow("huge time") << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 1e300, "rating": 3}]}]})")
                                   << "card 1, review 1: time must be UTC milliseconds";
        // Found by fuzz_replayjson: a whole number beyond 64 bits was converted before it was refused.
        QTest::newRow("time beyond 64 bits") << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 1804986037717210676518, "rating": 3}]}]})")
                                             << "card 1, review 1: time must be UTC milliseconds";
        QTest::newRow("huge step") << QByteArray(R"({"learning_steps": ["999999d"], "cards": []})") << "learning_steps[0]";
        // Every part is read, also what the replay has no use for: text that is not JSON is
        // refused as such wherever it is, before any other complaint.
        QTest::newRow("bad unknown field") << QByteArray(R"({"note": [1, tru], "cards": []})") << "not valid JSON";
        QTest::newRow("bad field in a review")
            << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 1, "rating": 3, "x": nul}]}]})") << "not valid JSON";
        QTest::newRow("bad number") << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 12a, "rating": 3}]}]})")
                                    << "not valid JSON";
        QTest::newRow("trailing text") << QByteArray(R"({"cards": []} {"cards": []})") << "not valid JSON";
        QTest::newRow("bad after a refused card")
            << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 1, "rating": 9}]}, {"id": 2, "reviews": [x]}]})")
            << "not valid JSON";
        QTest::newRow("settings before cards")
            << QByteArray(R"({"cards": [{"id": 1, "reviews": [{"time": 1, "rating": 9}]}], "desired_retention": 2})")
            << "desired_retention must be";
        QTest::newRow("id after reviews")
            << QByteArray(R"({"cards": [{"reviews": [{"time": 5, "rating": 3}, {"time": 4, "rating": 3}], "id": "late"}]})")
            << "card late, review 2: time goes backwards (4 is before";
        QTest::newRow("escaped id") << QByteArray("{\"cards\": [{\"id\": \"caf\\u00e9\", \"reviews\": [{\"rating\": 3}]}]}")
                                    << "card café, review 1: time must be";
        QTest::newRow("no reviews") << QByteArray(R"({"cards": [{"id": 8}]})") << "card 8: reviews must be a list";
        QTest::newRow("no cards") << QByteArray(R"({"enable_fuzz": true})") << "cards must be a list";
        QTest::newRow("parameters not a list") << QByteArray(R"({"parameters": 5, "cards": []})") << "parameters must be numbers";
        QTest::newRow("parameters not JSON") << QByteArray(R"({"parameters": tru, "cards": []})") << "not valid JSON";
        QTest::newRow("array not JSON") << QByteArray("[1, tru]") << "not valid JSON";
        QTest::newRow("word not JSON") << QByteArray("nul") << "not valid JSON";
        QTest::newRow("bad word") << QByteArray(R"({"x": fals, "cards": []})") << "atom";
        QTest::newRow("too deep") << QByteArray("{\"x\": " + QByteArray(200000, '[') + QByteArray(200000, ']') + ", \"cards\": []}")
                                  << "not valid JSON";
        QTest::newRow("deep, but not too deep") << QByteArray("{\"x\": " + QByteArray(1000, '[') + QByteArray(1000, ']') + ", \"cards\": 1}")
                                                << "cards must be a list";
    }

    // Any order of fields, the first of a repeated name, numbers written as decimals, escaped
    // names, and ids of every kind come through as JSON.
    void replayReadsAnyShape()
    {
        // Escapes are spelled out: moc reads no backslash in a raw string.
        const Run r = cli({QStringLiteral("replay")},
                          R"({"cards": [{"reviews": [{"rating": 3.0, "time": 1704099600000}], "id": 1.50},)"
                          R"({"id": {"a" : [1, 2]}, "reviews": [{"time": 1704099600000, "rating": 1}]},)"
                          "{\"id\": \"x\\\"y\", \"id\": 9, \"reviews\": [{\"ti\\u006de\": 1704099600000, "
                          R"("rating": 4, "rating": 1}]}, {"reviews": []}],)"
                          R"("enable_short_term": "yes", "learning_steps": ["1m", "10m"], "learning_steps": 5})");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray cards = QJsonDocument::fromJson(r.out).object().value(QLatin1String("cards")).toArray();
        QCOMPARE(cards.size(), 4);
        QCOMPARE(cards.at(0).toObject().value(QLatin1String("id")).toDouble(), 1.5);
        QVERIFY(r.out.contains(R"({"id":1.50,)")); // as written
        QCOMPARE(cards.at(1).toObject().value(QLatin1String("id")).toObject().value(QLatin1String("a")).toArray().size(), 2);
        QVERIFY(r.out.contains(R"({"id":{"a":[1,2]},)"));
        QCOMPARE(cards.at(2).toObject().value(QLatin1String("id")).toString(), QStringLiteral("x\"y"));
        const QJsonObject easy = cards.at(2).toObject().value(QLatin1String("reviews")).toArray().at(0).toObject();
        QCOMPARE(easy.value(QLatin1String("state")).toString(), QStringLiteral("Review")); // Easy, not Again
        QVERIFY(!cards.at(3).toObject().contains(QLatin1String("id")));
        QCOMPARE(cards.at(3).toObject().value(QLatin1String("reviews")).toArray().size(), 0);
    }

    // A file on standard input is mapped when its last page leaves the parser's padding, and
    // read otherwise; a pipe is read. All three give the same output.
    void replayFromFileOrPipe()
    {
        QFile fixture(QStringLiteral(PORTDECK_TEST_DATA "/fsrs/parity.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QJsonObject config =
            QJsonDocument::fromJson(fixture.readAll()).object().value(QLatin1String("configurations")).toArray().at(1).toObject();
        const QByteArray input = QJsonDocument(config.value(QLatin1String("input")).toObject()).toJson(QJsonDocument::Compact);
        const QByteArray piped = cli({QStringLiteral("replay")}, input).out;
        QCOMPARE(QJsonDocument::fromJson(piped).object(), config.value(QLatin1String("expected")).toObject());
        QTemporaryDir dir;
        // Spaces after the text put its end where wanted on the last page: room, and none.
        for (const qsizetype end : {qsizetype(100), qsizetype(4096 - 10), qsizetype(0)}) {
            QByteArray padded = input;
            padded.append(QByteArray((end - padded.size() % 4096 + 4096) % 4096, ' '));
            QCOMPARE(padded.size() % 4096, end);
            const QString path = dir.filePath(QStringLiteral("in-%1.json").arg(end));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(padded) == padded.size());
            file.close();
            QProcess process;
            process.setStandardInputFile(path);
            process.start(QStringLiteral(PORTDECK_CLI), {QStringLiteral("replay")});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(process.readAllStandardOutput(), piped);
        }
    }

    void replayErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Run r = cli({QStringLiteral("replay")}, input);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void grade_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("text");
        QTest::newRow("partial") << QStringList{"port", "FTP", "21"} << 0 << "partial" << "Missing: 20";
        QTest::newRow("correct") << QStringList{"protocol", "tcp/22", "Secure Shell"} << 0 << "correct" << "SSH";
        QTest::newRow("range") << QStringList{"range", "3389", "ephemeral"} << 0 << "wrong" << "registered";
        QTest::newRow("transport") << QStringList{"transport", "DNS", "both"} << 0 << "correct" << "TCP and UDP";
        QTest::newRow("secure") << QStringList{"secure", "Telnet", "ssh"} << 0 << "correct" << "SSH";
        QTest::newRow("function") << QStringList{"function", "NTP", "keeps clocks in sync"} << 0 << "correct" << "clocks";
        QTest::newRow("negative answer") << QStringList{"port", "SSH", "-1"} << 0 << "wrong" << "-1 is not a port";
        QTest::newRow("unknown subject") << QStringList{"port", "Gopher", "70"} << 1 << "" << "not a protocol of the deck";
        QTest::newRow("bad template") << QStringList{"colour", "SSH", "22"} << 2 << "" << "usage: grade";
        QTest::newRow("missing answer") << QStringList{"port", "SSH"} << 2 << "" << "usage: grade";
    }

    void grade()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QString, text);
        // No --data-dir: the built-in deck judges, and no deck is created anywhere.
        QTemporaryDir home;
        const Run r = run(QStringLiteral(PORTDECK_CLI), QStringList{QStringLiteral("grade")} + args,
                          homeIn(home.path()));
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(filesUnder(home.path()), QStringList());
        if (exitCode != 0) {
            QVERIFY2(r.err.contains(text), qPrintable(r.err));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), verdict);
        QVERIFY2(QString::fromUtf8(r.out).contains(text), r.out.constData());
        QVERIFY(o.value(QLatin1String("expected")).isArray());
        QVERIFY(o.value(QLatin1String("feedback")).isString());
    }

    // With --data-dir, grade judges against that deck, read-only.
    void gradeWithDeck()
    {
        QTemporaryDir dir;
        makeDeck(dir.path());
        const QHash<QString, QByteArray> before = snapshot(dir.path());
        const Run r = cli({QStringLiteral("grade"), QStringLiteral("port"), QStringLiteral("SSH"),
                           QStringLiteral("22"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("verdict")).toString(),
                 QStringLiteral("correct"));
        QCOMPARE(snapshot(dir.path()), before);
    }

    // drill firewall: a scenario and its key as JSON, the same for the same seed; the key
    // graded back scores full marks; a table typed as lines is graded rule by rule.
    void drillFirewall()
    {
        QTemporaryDir dir;
        const QStringList scenarioArgs{QStringLiteral("drill"), QStringLiteral("firewall"), QStringLiteral("--seed"),
                                       QStringLiteral("18"), QStringLiteral("--level"), QStringLiteral("3"),
                                       QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("none"))};
        Run r = cli(scenarioArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject scenario = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(scenario.value(QLatin1String("seed")).toInt(), 18);
        QCOMPARE(scenario.value(QLatin1String("level")).toInt(), 3);
        QVERIFY(scenario.value(QLatin1String("text")).toString().contains(QLatin1String("DMZ")));
        QVERIFY(scenario.value(QLatin1String("allow")).toArray().size() >= 4);
        QCOMPARE(scenario.value(QLatin1String("keep_closed")).toArray().size(), 3);
        QCOMPARE(cli(scenarioArgs).out, r.out); // the same seed, the same scenario
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none")))); // nothing created

        // The key, graded, is right; the deck in a collection gives the same scenario.
        makeDeck(dir.path());
        const QHash<QString, QByteArray> before = snapshot(dir.path());
        QStringList inDeck = scenarioArgs;
        inDeck.last() = dir.path();
        QCOMPARE(cli(inDeck).out, r.out);
        const QByteArray key = QJsonDocument(scenario.value(QLatin1String("key")).toArray()).toJson();
        r = cli(inDeck + QStringList{QStringLiteral("--grade"), QStringLiteral("-")}, key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject grade = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(grade.value(QLatin1String("verdict")).toString(), QStringLiteral("correct"));
        QCOMPARE(grade.value(QLatin1String("points")).toInt(), grade.value(QLatin1String("max_points")).toInt());
        QCOMPARE(snapshot(dir.path()), before);

        // Typed lines: "allow tcp any out" is too broad and costs points.
        const QString rules = dir.filePath(QStringLiteral("rules.json"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(["allow tcp any out", {"action": "deny", "transport": "udp", "ports": "1-100", "direction": "in"}])");
        file.close();
        r = cli(inDeck + QStringList{QStringLiteral("--grade"), rules});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        grade = QJsonDocument::fromJson(r.out).object();
        QVERIFY(grade.value(QLatin1String("verdict")).toString() != QLatin1String("correct"));
        QVERIFY(grade.value(QLatin1String("points")).toInt() < grade.value(QLatin1String("max_points")).toInt());
        const QJsonArray rows = grade.value(QLatin1String("rules")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("rule")).toString(), QStringLiteral("allow tcp any out"));
        QVERIFY(!grade.value(QLatin1String("explanations")).toArray().isEmpty());
        QVERIFY(!grade.value(QLatin1String("missing")).toArray().isEmpty());

        // Bad input: a message and exit code 1; usage mistakes 2.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"(["allow tcp 443"])");
        file.close();
        r = cli(inDeck + QStringList{QStringLiteral("--grade"), rules});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("rule 1")), qPrintable(r.err));
        r = cli(inDeck + QStringList{QStringLiteral("--grade"), QStringLiteral("-")}, "{not json");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not valid JSON")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("drill"), QStringLiteral("firewall"), QStringLiteral("--seed"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("drill"), QStringLiteral("firewall"), QStringLiteral("--seed"), QStringLiteral("1"),
                      QStringLiteral("--level"), QStringLiteral("4")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("drill"), QStringLiteral("bgp"), QStringLiteral("--seed"), QStringLiteral("1")}).exitCode, 2);
    }

    // Commands that only read: no lock, no new deck, no migration, no merge, no write.
    void readOnlyCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check") << QStringList{"check"};
        QTest::newRow("export") << QStringList{"export", "--format", "csv"};
        QTest::newRow("stats") << QStringList{"stats"};
        QTest::newRow("notes check") << QStringList{"notes", "check"};
        QTest::newRow("grade") << QStringList{"grade", "port", "SSH", "22"};
        QTest::newRow("cards") << QStringList{"cards", "tag:mail"};
    }

    void readOnlyCommands()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        auto runIn = [&](const QString &deck) {
            return cli(QStringList(args) << QStringLiteral("--data-dir") << deck);
        };

        // A missing deck is an error that says so; no folder and no deck appear.
        const QString missing = dir.filePath(QStringLiteral("missing"));
        Run r = runIn(missing);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("There is no Portdeck deck")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));

        // While Portdeck has the deck open (and holds its lock), the command still works.
        const QString open = dir.filePath(QStringLiteral("open"));
        {
            DeckStore app;
            QCOMPARE(app.open(open), DeckStore::Status::Ok);
            r = runIn(open);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(!r.out.isEmpty());
        }

        // A deck from an older built-in deck is read as it is, never merged or written.
        const QString olderDeck = dir.filePath(QStringLiteral("older-deck"));
        runSql(olderDeck, {QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'deck_version'"),
                           QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        QHash<QString, QByteArray> before = snapshot(olderDeck);
        r = runIn(olderDeck);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(snapshot(olderDeck), before);

        // An older schema is refused with the way out, and left as it was.
        const QString olderSchema = dir.filePath(QStringLiteral("older-schema"));
        runSql(olderSchema, {QStringLiteral("PRAGMA user_version = 3"),
                             QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        before = snapshot(olderSchema);
        r = runIn(olderSchema);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Open it once in Portdeck")), qPrintable(r.err));
        QCOMPARE(snapshot(olderSchema), before);
    }

    // cards: the Browse page's search for scripts, one JSON object a line.
    void cards()
    {
        QTemporaryDir dir;
        runSql(dir.path(), {QStringLiteral("UPDATE cards SET state = 2, due = 1748854800000, last_review = 1748000000000, "
                                           "stability = 12.5, difficulty = 4.5, reps = 3, lapses = 1, scheduled_days = 10, "
                                           "flag = 2 WHERE key = 'ssh:protocol-port'"),
                            QStringLiteral("UPDATE cards SET suspended = 1 WHERE key = 'http:protocol-port'"),
                            QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT id, 'exam' FROM cards "
                                           "WHERE key = 'ssh:protocol-port'"),
                            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        auto lines = [&dir](const QStringList &query) {
            const Run r = cli(QStringList{QStringLiteral("cards")} + query + QStringList{QStringLiteral("--data-dir"), dir.path()});
            QList<QJsonObject> out;
            if (r.exitCode != 0) {
                qWarning("%s", qPrintable(r.err));
                return out;
            }
            for (const QByteArray &line : r.out.split('\n')) {
                if (line.isEmpty())
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(line);
                if (!doc.isObject())
                    return QList<QJsonObject>{};
                out.append(doc.object());
            }
            return out;
        };
        const QList<QJsonObject> all = lines({});
        QCOMPARE(all.size(), generateCards(Deck::builtin()).size());
        QCOMPARE(lines({QStringLiteral("-is:suspended")}).size(), all.size() - 1);
        QCOMPARE(lines({QStringLiteral("is:new"), QStringLiteral("-is:suspended")}).size(), all.size() - 2);
        QCOMPARE(lines({QStringLiteral("-is:suspended -is:new")}).size(), 1);
        // After "--" every word is the query's, as usual for options.
        const Run dashes = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("cards"), QStringLiteral("--"),
                                QStringLiteral("-is:suspended"), QStringLiteral("-is:new")});
        QVERIFY2(dashes.exitCode == 0, qPrintable(dashes.err));
        QCOMPARE(dashes.out.count(QByteArrayLiteral("\n")), 1);
        QCOMPARE(lines({QStringLiteral("tag:mail OR tag:exam")}).size(),
                 lines({QStringLiteral("tag:mail")}).size() + 1);

        const QList<QJsonObject> ssh = lines({QStringLiteral("tag:exam")});
        QCOMPARE(ssh.size(), 1);
        const QJsonObject card = ssh.constFirst();
        QCOMPARE(card.value(QLatin1String("key")).toString(), QStringLiteral("ssh:protocol-port"));
        QCOMPARE(card.value(QLatin1String("entry")).toString(), QStringLiteral("ssh"));
        QCOMPARE(card.value(QLatin1String("template")).toString(), QStringLiteral("protocol-port"));
        QCOMPARE(card.value(QLatin1String("state")).toString(), QStringLiteral("review"));
        QCOMPARE(card.value(QLatin1String("due")).toString(), QStringLiteral("2025-06-02T09:00:00Z"));
        QCOMPARE(card.value(QLatin1String("interval")).toInt(), 10);
        QCOMPARE(card.value(QLatin1String("stability")).toDouble(), 12.5);
        QCOMPARE(card.value(QLatin1String("difficulty")).toDouble(), 4.5);
        QVERIFY(card.value(QLatin1String("recall")).toDouble() > 0);
        QCOMPARE(card.value(QLatin1String("reps")).toInt(), 3);
        QCOMPARE(card.value(QLatin1String("lapses")).toInt(), 1);
        QCOMPARE(card.value(QLatin1String("suspended")).toBool(), false);
        QCOMPARE(card.value(QLatin1String("flag")).toInt(), 2);
        QCOMPARE(card.value(QLatin1String("tags")).toArray(), (QJsonArray{QStringLiteral("exam"), QStringLiteral("remote")}));

        const QList<QJsonObject> noEntry = lines({QStringLiteral("\"Are TCP port 53 and UDP port 53\"")});
        QCOMPARE(noEntry.size(), 1);
        QVERIFY(noEntry.constFirst().value(QLatin1String("entry")).isNull());
        QVERIFY(noEntry.constFirst().value(QLatin1String("due")).isNull());
        QVERIFY(noEntry.constFirst().value(QLatin1String("recall")).isNull());
        QCOMPARE(noEntry.constFirst().value(QLatin1String("state")).toString(), QStringLiteral("new"));
        QCOMPARE(lines({QStringLiteral("is:suspended")}).constFirst().value(QLatin1String("suspended")).toBool(), true);

        // A query that cannot be read says why and exits 2; nothing is printed.
        const Run bad = cli({QStringLiteral("cards"), QStringLiteral("is:sleeping"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("“is:sleeping”: a card cannot be “sleeping”")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }

    // suspend and unsuspend: one change each, a summary, and a bad query writes nothing.
    void suspendAndUnsuspend()
    {
        QTemporaryDir dir;
        makeDeck(dir.path());
        auto run = [&dir](const QStringList &args) {
            return cli(args + QStringList{QStringLiteral("--data-dir"), dir.path()});
        };
        auto count = [&run](const QString &query) {
            const Run r = run({QStringLiteral("cards"), query});
            return r.exitCode == 0 ? int(r.out.count('\n')) : -1;
        };
        const int mail = count(QStringLiteral("tag:mail"));
        QVERIFY(mail > 10);

        Run r = run({QStringLiteral("suspend"), QStringLiteral("tag:mail")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), (QJsonObject{{"matched", mail}, {"changed", mail}}));
        QCOMPARE(count(QStringLiteral("is:suspended")), mail);
        // Again: matched, but nothing left to change.
        r = run({QStringLiteral("suspend"), QStringLiteral("tag:mail"), QStringLiteral("type:port")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("changed")).toInt(), 0);
        // A negated term right after the command is a search term, not an option.
        r = run({QStringLiteral("unsuspend"), QStringLiteral("-type:port"), QStringLiteral("tag:mail")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int ports = count(QStringLiteral("tag:mail type:port"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 (QJsonObject{{"matched", mail - ports}, {"changed", mail - ports}}));
        QCOMPARE(count(QStringLiteral("is:suspended")), ports);
        r = run({QStringLiteral("unsuspend"), QStringLiteral("is:suspended")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("changed")).toInt(), ports);
        QCOMPARE(count(QStringLiteral("is:suspended")), 0);

        // A bad query: the reason, exit 2, and the file as it was.
        runSql(dir.path(), {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        const QHash<QString, QByteArray> before = snapshot(dir.path());
        for (const QString &command : {QStringLiteral("suspend"), QStringLiteral("unsuspend")}) {
            r = run({command, QStringLiteral("foo:bar")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("Unknown keyword “foo” in “foo:bar”")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        r = run({QStringLiteral("suspend"), QStringLiteral("\"unclosed")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("never closed")), qPrintable(r.err));
        QCOMPARE(snapshot(dir.path()), before);

        // While Portdeck has the deck open, changing it is refused with the reason.
        DeckStore app;
        QCOMPARE(app.open(dir.path()), DeckStore::Status::Ok);
        r = run({QStringLiteral("suspend"), QStringLiteral("tag:mail")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Another Portdeck")), qPrintable(r.err));
    }

    void version_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("portdeck-cli") << PORTDECK_CLI;
        QTest::newRow("portdeck") << PORTDECK_GUI;
    }

    // --version names the licence, and needs no display (a man page or a script may ask).
    void version()
    {
        QFETCH(QString, program);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const Run r = run(program, {QStringLiteral("--version")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QFileInfo(program).fileName() + QStringLiteral(" " PORTDECK_VERSION "\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(out));
    }

    void notesCheck()
    {
        QTemporaryDir dir;
        makeDeck(dir.path());
        Run r = cli({QStringLiteral("notes"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QVERIFY(r.out.contains("leading nowhere"));
        // A learner's note with a dead link: named with file and line, and a non-zero exit.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("notes")));
        QFile note(dir.filePath(QStringLiteral("notes/mine.md")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("---\ntitle: Mine\n---\n[fine](ssh)\n[gone](/a/b/nowhere-at-all)\n");
        note.close();
        r = cli({QStringLiteral("notes"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("mine.md:5: /a/b/nowhere-at-all"), r.out.constData());
        QVERIFY(r.err.contains(QLatin1String("1 leading nowhere")));
    }

    void factAddAndEdit_data()
    {
        QTest::addColumn<QString>("command"); // "add" or "edit ssh"
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // on standard error, or in the JSON out
        const QByteArray acme = R"({"name":"Acme Sync","kind":"protocol","secure":"yes",
            "function":"Keeps the office shares in step","ports":[{"port":8443,"transport":"tcp"}]})";
        QTest::newRow("add an own entry") << "add" << acme << 0 << R"("key":"own-acme-sync")";
        QTest::newRow("add with card types") << "add"
            << QByteArray(R"({"name":"Acme","kind":"protocol","secure":"no","function":"x","card_types":["protocol-port"],)"
                          R"("ports":[{"port":8443,"transport":"tcp"}]})")
            << 0 << R"("cards":1)";
        QTest::newRow("edit a built-in entry") << "edit ssh"
            << QByteArray(R"({"name":"SSH","kind":"protocol","secure":"yes","function":"My words",)"
                          R"("ports":[{"port":22,"transport":"tcp"}]})")
            << 0 << R"("edited":true)";
        QTest::newRow("not JSON") << "add" << QByteArray("{name:") << 1 << "is not valid JSON";
        QTest::newRow("an array") << "add" << QByteArray("[]") << 1 << "one entry is one object";
        QTest::newRow("unknown kind") << "add" << QByteArray(R"({"name":"X","kind":"ship","secure":"no"})") << 1
                                      << "unknown kind";
        QTest::newRow("port out of range") << "add"
            << QByteArray(R"({"name":"X","kind":"protocol","secure":"no","function":"x","ports":[{"port":70000,"transport":"tcp"}]})")
            << 1 << "outside 0–65535";
        QTest::newRow("a built-in name") << "add"
            << QByteArray(R"({"name":"ssh","kind":"protocol","secure":"no","function":"x","ports":[{"port":1,"transport":"tcp"}]})")
            << 1 << "already the name of the entry SSH";
        QTest::newRow("edit an unknown key") << "edit nothing-here" << acme << 1 << "no entry has the key";
        QTest::newRow("edit changes the key") << "edit telnet"
            << QByteArray(R"({"key":"ssh","name":"SSH","kind":"protocol","secure":"yes","function":"x","ports":[{"port":22,"transport":"tcp"}]})")
            << 1 << "keys never change";
        QTest::newRow("unknown card type") << "add"
            << QByteArray(R"({"name":"Y","kind":"protocol","secure":"no","function":"x","card_types":["nonsense"],"ports":[{"port":1,"transport":"tcp"}]})")
            << 1 << "is not a card type";
    }

    void factAddAndEdit()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, json);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        makeDeck(dir.path());
        const QByteArray before = fileBytes(dir.filePath(DeckStore::fileName()));
        QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("fact")};
        args += command.split(QLatin1Char(' '));
        args.append(QStringLiteral("-"));
        const Run r = cli(args, json);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY2(r.out.contains(message.toUtf8()), r.out.constData());
        } else {
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            // Nothing was written.
            QCOMPARE(fileBytes(dir.filePath(DeckStore::fileName())), before);
        }
    }

    void checkRefusesForeignFiles()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(DeckStore::fileName()));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("definitely not SQLite");
        junk.close();
        for (const char *command : {"check", "export", "stats"}) {
            const Run r = cli({QString::fromLatin1(command), QStringLiteral("--data-dir"), dir.path()});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("not an SQLite database")), qPrintable(r.err));
        }
        QVERIFY(junk.open(QIODevice::ReadOnly));
        QCOMPARE(junk.readAll(), QByteArray("definitely not SQLite"));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("theme");
        QTest::newRow("table, light") << "table" << "light";
        QTest::newRow("table, dark") << "table" << "dark";
        QTest::newRow("progress, light") << "stats" << "light";
        QTest::newRow("progress, dark") << "stats" << "dark";
        // The Study page shown, then hidden as the window closes (it keeps the time it left).
        QTest::newRow("study, light") << "study" << "light";
        QTest::newRow("study, dark") << "study" << "dark";
    }

    void screenshot()
    {
        QFETCH(QString, page);
        QFETCH(QString, theme);
        QTemporaryDir dir;
        const QString png = dir.filePath(page + QStringLiteral(".png"));
        const Run r = gui({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--page"),
                           page, QStringLiteral("--theme"), theme,
                           QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
        // The window background follows the theme.
        const QColor corner = image.pixelColor(image.width() - 5, image.height() / 2);
        QCOMPARE(corner.lightness() < 128, theme == QLatin1String("dark"));
        // A screenshot leaves the learner's settings alone.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("portdeck.ini"))));
    }

    void guiErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("page") << QStringList{"--page", "charts"} << 2 << "there is no page 'charts'";
        QTest::newRow("theme") << QStringList{"--theme", "purple"} << 2 << "unknown theme 'purple'";
    }

    void guiErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = gui(args << QStringLiteral("--data-dir") << dir.path() << QStringLiteral("--screenshot")
                               << dir.filePath(QStringLiteral("x.png")));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // backup, backups and restore: a checked copy, the list, a restore refused while the
    // folder is in use, one that backs up the current collection first, and one over a damaged
    // collection, which is kept aside.
    void backupAndRestore()
    {
        QTemporaryDir dir;
        auto addReviews = [&](int count) {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            for (int i = 0; i < count; ++i)
                QVERIFY(store.logPracticeAnswer(1, QStringLiteral("quiz"), 1790000000000 + i, 3, 900, {}, {}));
        };
        addReviews(2);
        const QStringList dataDir{QStringLiteral("--data-dir"), dir.path()};
        Run r = cli(QStringList{QStringLiteral("backup")} + dataDir);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        const QString file = made.value(QStringLiteral("file")).toString();
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(made.value(QStringLiteral("reviews")).toInt(), 2);
        QCOMPARE(made.value(QStringLiteral("size")).toInteger(), QFileInfo(file).size());
        QVERIFY(made.value(QStringLiteral("pruned")).toArray().isEmpty());
        addReviews(1);

        r = cli(QStringList{QStringLiteral("backups")} + dataDir);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("file")).toString(), file);

        {
            DeckStore running;
            QCOMPARE(running.open(dir.path()), DeckStore::Status::Ok);
            r = cli(QStringList{QStringLiteral("restore"), file} + dataDir);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("Another Portdeck")), qPrintable(r.err));
            QCOMPARE(running.counts().reviews, 3);
        }

        r = cli(QStringList{QStringLiteral("restore"), file} + dataDir);
        QCOMPARE(r.exitCode, 0);
        QJsonObject restored = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(restored.value(QStringLiteral("reviews")).toInt(), 2);
        const QJsonObject replaced = restored.value(QStringLiteral("backup_of_replaced")).toObject();
        QCOMPARE(replaced.value(QStringLiteral("reviews")).toInt(), 3);
        // The copy of the replaced collection is a safety copy, kept apart: the chosen backup stays.
        QVERIFY(QFile::exists(file));
        QVERIFY(replaced.value(QStringLiteral("file")).toString().endsWith(QLatin1String("-before-restore.sqlite")));

        // A damaged collection cannot be backed up: it is kept aside, and the backup goes in.
        {
            QFile deck(dir.filePath(DeckStore::fileName()));
            QVERIFY(deck.open(QIODevice::ReadWrite) && deck.seek(4096));
            deck.write(QByteArray(8 * 4096, '\xab'));
        }
        r = cli(QStringList{QStringLiteral("check")} + dataDir);
        QVERIFY(r.exitCode != 0);
        r = cli(QStringList{QStringLiteral("restore"), replaced.value(QStringLiteral("file")).toString()} + dataDir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        restored = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(restored.value(QStringLiteral("reviews")).toInt(), 3);
        QVERIFY(QFile::exists(restored.value(QStringLiteral("damaged_kept_as")).toString()));
        r = cli(QStringList{QStringLiteral("check")} + dataDir);
        QCOMPARE(r.exitCode, 0);
    }

    void guiRefusesALockedOrForeignDeck()
    {
        QTemporaryDir dir;
        DeckStore running;
        QCOMPARE(running.open(dir.path()), DeckStore::Status::Ok);
        const QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                               dir.filePath(QStringLiteral("x.png"))};
        Run r = gui(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Another Portdeck")), qPrintable(r.err));
        running.close();

        QTemporaryDir foreign;
        QFile junk(foreign.filePath(DeckStore::fileName()));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("my thesis\n");
        junk.close();
        r = gui({QStringLiteral("--data-dir"), foreign.path(), QStringLiteral("--screenshot"),
                 foreign.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("left it untouched")), qPrintable(r.err));
    }

    void guiWithoutDisplaySaysWhatToDo()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("PORTDECK_UNUSED"), QStringLiteral("1")); // keep env non-empty
        QTemporaryDir dir;
        const Run r = run(QStringLiteral(PORTDECK_GUI), {QStringLiteral("--data-dir"), dir.path()}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no display found")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("xvfb-run")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
