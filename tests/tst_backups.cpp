// Backups and restores of the collection: a backup is a sound copy with the same reviews, a copy
// that fails its check is deleted and reported, old backups thin out as Anki's do, a restore
// brings the old collection back under the open connection after backing up the current one and
// never reuses a review id, bad files are refused with nothing changed, and imports, migrations
// and merges are preceded by a backup.
#include "backupjob.h"
#include "backupstore.h"
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "importjob.h"
#include "studysession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const qint64 kDayMs = 24LL * 3600 * 1000;

Deck fixture(const char *name)
{
    QString error;
    Deck deck = Deck::fromFile(QStringLiteral(PORTDECK_TEST_DATA "/") + QLatin1String(name), &error);
    if (!error.isEmpty())
        qFatal("fixture %s: %s", name, qPrintable(error));
    return deck;
}

QVariant scalar(const DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// A value of any SQLite file, read through a connection of its own.
QVariant fileScalar(const QString &path, const QString &sql)
{
    QVariant value;
    const QString name = QStringLiteral("tst-backups-file");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void writeSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst-backups-write");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                qFatal("%s failed", qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Overwrites @p length bytes at @p offset with garbage.
void damage(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(QByteArray(length, '\xab')) != length)
        qFatal("cannot damage %s", qPrintable(path));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

// Review-log rows on the first cards of the deck, @p count of them from @p startMs on.
void logReviews(DeckStore &store, int count, qint64 startMs)
{
    const qint64 card = scalar(store, QStringLiteral("SELECT min(id) FROM cards")).toLongLong();
    for (int i = 0; i < count; ++i) {
        if (!store.logPracticeAnswer(card, QStringLiteral("quiz"), startMs + i * 1000, 3, 900, {}, {}))
            qFatal("cannot log a review");
    }
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void namesSortByTime()
    {
        const qint64 at = utcMs("2026-12-02T02:16:56.123Z");
        const QString name = BackupStore::fileNameAt(at);
        QCOMPARE(name, QStringLiteral("portdeck-2026-12-02T02-16-56.123Z.sqlite"));
        QCOMPARE(BackupStore::timeOfName(name)->toMSecsSinceEpoch(), at);
        QVERIFY(BackupStore::fileNameAt(at + 1) > name);
        QVERIFY(BackupStore::fileNameAt(at + 10 * kDayMs) > name);
        QVERIFY(!BackupStore::timeOfName(QStringLiteral("portdeck.sqlite")));
        QVERIFY(!BackupStore::timeOfName(QStringLiteral("portdeck-yesterday-Z.sqlite")));
    }

    // A new data folder, its collection and its backups are the learner's alone (0700, 0600);
    // a folder the learner gave, already there, keeps its mode.
    void filesAreTheLearnersAlone()
    {
        QTemporaryDir root;
        const QString fresh = root.filePath(QStringLiteral("new/portdeck"));
        DeckStore store;
        QCOMPARE(store.open(fresh, DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        logReviews(store, 2, utcMs("2026-11-01T10:00:00Z"));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFileInfo(fresh).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(fresh + QStringLiteral("/portdeck.sqlite")).permissions() & (others | owner), owner);
        QCOMPARE(QFileInfo(fresh + QStringLiteral("/portdeck.sqlite-wal")).permissions() & others, QFileDevice::Permissions());
        QString error;
        const std::optional<BackupInfo> backup = BackupStore(fresh).backUp(store, utcMs("2026-12-02T02:16:56Z"), &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(QFileInfo(QFileInfo(backup->path).path()).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(backup->path).permissions() & (others | owner), owner);

        const QString given = root.filePath(QStringLiteral("given"));
        QVERIFY(QDir().mkpath(given));
        QVERIFY(QFile::setPermissions(given, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        DeckStore other;
        QCOMPARE(other.open(given, DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        QVERIFY(QFileInfo(given).permissions() & QFileDevice::ReadGroup);
        QCOMPARE(QFileInfo(given + QStringLiteral("/portdeck.sqlite")).permissions() & others, QFileDevice::Permissions());
    }

    // The copy is a sound collection of its own with the same reviews, checked before it counts.
    void backupIsASoundCopy()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        logReviews(store, 5, utcMs("2026-11-01T10:00:00Z"));
        BackupStore backups(dir.path());
        QString error;
        const qint64 now = utcMs("2026-12-02T02:16:56Z");
        const std::optional<BackupInfo> backup = backups.backUp(store, now, &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->path, QDir(dir.path()).filePath(QStringLiteral("backups/portdeck-2026-12-02T02-16-56.000Z.sqlite")));
        QCOMPARE(backup->time.toMSecsSinceEpoch(), now);
        QCOMPARE(backup->reviews, 5);
        QCOMPARE(backup->bytes, QFileInfo(backup->path).size());
        // Only the finished file: no temporary, no write-ahead log beside it.
        QCOMPARE(filesIn(backups.folder()), QStringList{QFileInfo(backup->path).fileName()});
        QCOMPARE(fileScalar(backup->path, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(fileScalar(backup->path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QCOMPARE(fileScalar(backup->path, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM revlog ORDER BY id)")),
                 scalar(store, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM revlog ORDER BY id)")));
        QCOMPARE(fileScalar(backup->path, QStringLiteral("SELECT count(*) FROM cards")).toInt(), store.counts().cards);
        QString why;
        QVERIFY2(BackupStore::inspect(backup->path, &why), qPrintable(why));

        const QList<BackupInfo> list = backups.backups();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().reviews, 5);
        QCOMPARE(list.constFirst().time, backup->time);
    }

    void damagedCopyIsNotKept_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::newRow("garbage over the tables") << qint64(4096) << qint64(16 * 4096);
        QTest::newRow("a broken header") << qint64(16) << qint64(84);
    }

    // A copy that fails SQLite's check is deleted and reported, never kept as a backup.
    void damagedCopyIsNotKept()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        logReviews(store, 3, utcMs("2026-11-01T10:00:00Z"));
        BackupStore backups(dir.path());
        bool damaged = false;
        backups.setBeforeCheck([&](const QString &copy) {
            damage(copy, offset, length);
            damaged = true;
        });
        QString error;
        QVERIFY(!backups.backUp(store, utcMs("2026-12-02T02:16:56Z"), &error));
        QVERIFY(damaged);
        QVERIFY2(error.contains(QLatin1String("failed its check")), qPrintable(error));
        QVERIFY(filesIn(backups.folder()).isEmpty());
        QVERIFY(backups.backups().isEmpty());
        QCOMPARE(store.counts().reviews, 3);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    void retention_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("hoursApart");
        QTest::addColumn<QStringList>("kept");
        // 2026-01-01 is a Thursday; 2026-03-01 a Sunday, the end of ISO week 9. Days: 03-01,
        // 02-28, 02-27; weeks: 03-01 and the Sunday before; months: 03-01 and 02-28.
        QTest::newRow("one a day for 60 days, 3/2/2")
            << 3 << 2 << 2 << "2026-01-01T12:00:00Z" << 60 << 24
            << QStringList{"2026-02-22T12-00-00", "2026-02-27T12-00-00", "2026-02-28T12-00-00",
                           "2026-03-01T12-00-00"};
        // Four a day from Monday 2026-03-02: the newest of the last two days; the week's and the
        // month's newest is the last backup itself.
        QTest::newRow("four a day for 10 days, 2/1/1")
            << 2 << 1 << 1 << "2026-03-02T00:30:00Z" << 40 << 6
            << QStringList{"2026-03-10T18-30-00", "2026-03-11T18-30-00"};
        // A weekly count reaches back past the days: Sundays end ISO weeks.
        QTest::newRow("one a day for 30 days, 2/3/0")
            << 2 << 3 << 0 << "2026-04-01T12:00:00Z" << 30 << 24
            << QStringList{"2026-04-19T12-00-00", "2026-04-26T12-00-00", "2026-04-29T12-00-00",
                           "2026-04-30T12-00-00"};
        QTest::newRow("across new year, 2/0/3")
            << 2 << 0 << 3 << "2025-11-25T12:00:00Z" << 42 << 24
            << QStringList{"2025-11-30T12-00-00", "2025-12-31T12-00-00", "2026-01-04T12-00-00",
                           "2026-01-05T12-00-00"};
        QTest::newRow("only the newest, 1/0/0")
            << 1 << 0 << 0 << "2026-05-01T08:00:00Z" << 5 << 24 << QStringList{"2026-05-05T08-00-00"};
        // Anki's defaults with fewer backups than days: every one stays.
        QTest::newRow("defaults: fewer backups than days")
            << 20 << 12 << 9 << "2026-05-01T08:00:00Z" << 4 << 24
            << QStringList{"2026-05-01T08-00-00", "2026-05-02T08-00-00", "2026-05-03T08-00-00", "2026-05-04T08-00-00"};
    }

    // Backups taken one after another by a clock, each followed by the pruning a backup does,
    // leave exactly the newest of each of the last days, weeks and months the settings keep.
    void retention()
    {
        QFETCH(int, days);
        QFETCH(int, weeks);
        QFETCH(int, months);
        QFETCH(QString, first);
        QFETCH(int, count);
        QFETCH(int, hoursApart);
        QFETCH(QStringList, kept);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        BackupSettings settings;
        settings.days = days;
        settings.weeks = weeks;
        settings.months = months;
        QVERIFY(settings.save(store));
        QCOMPARE(BackupSettings::of(store), settings);
        BackupStore backups(dir.path());
        ManualClock clock(QDateTime::fromString(first, Qt::ISODate).toMSecsSinceEpoch());
        for (int i = 0; i < count; ++i) {
            QString error;
            QVERIFY2(backups.backUp(store, clock.nowMs(), &error), qPrintable(error));
            clock.advance(hoursApart * 3600LL * 1000);
        }
        QStringList expected;
        for (const QString &stamp : std::as_const(kept))
            expected.append(QStringLiteral("portdeck-%1.000Z.sqlite").arg(stamp));
        QCOMPARE(filesIn(backups.folder()), expected);
    }

    // Safety copies (before an import, a restore, an upgrade) are kept apart from the daily,
    // weekly and monthly counts: the newest kSafetyCopies of them, whatever their day, and a
    // scheduled backup of the same day replaces none of them.
    void safetyCopiesAreKeptApart()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        BackupStore backups(dir.path());
        const qint64 start = utcMs("2026-11-01T08:00:00Z");
        QString error;
        const BackupReason reasons[] = {BackupReason::BeforeImport, BackupReason::BeforeRestore, BackupReason::BeforeUpgrade};
        for (int i = 0; i < BackupStore::kSafetyCopies + 2; ++i) {
            const std::optional<BackupInfo> copy = backups.backUp(store, start + i * 3600000LL, &error, nullptr, reasons[i % 3]);
            QVERIFY2(copy, qPrintable(error));
            QCOMPARE(copy->reason, reasons[i % 3]);
            QCOMPARE(BackupStore::reasonOfName(QFileInfo(copy->path).fileName()), reasons[i % 3]);
        }
        // The same day, later: a scheduled backup, then another that replaces it.
        QVERIFY(backups.backUp(store, start + 20 * 3600000LL, &error));
        QVERIFY(backups.backUp(store, start + 21 * 3600000LL, &error));
        const QList<BackupInfo> list = backups.backups();
        QCOMPARE(list.size(), BackupStore::kSafetyCopies + 1);
        QCOMPARE(list.constFirst().reason, BackupReason::Scheduled);
        QCOMPARE(list.constFirst().time.toMSecsSinceEpoch(), start + 21 * 3600000LL);
        // The two oldest safety copies went; the five newest stayed.
        for (int i = 1; i < list.size(); ++i) {
            QVERIFY(list.at(i).reason != BackupReason::Scheduled);
            QCOMPARE(list.at(i).time.toMSecsSinceEpoch(), start + (BackupStore::kSafetyCopies + 2 - i) * 3600000LL);
        }
        QCOMPARE(BackupStore::fileNameAt(start, BackupReason::BeforeImport),
                 QStringLiteral("portdeck-2026-11-01T08-00-00.000Z-before-import.sqlite"));
        QCOMPARE(BackupStore::timeOfName(QStringLiteral("portdeck-2026-11-01T08-00-00.000Z-before-import.sqlite"))
                     ->toMSecsSinceEpoch(),
                 start);
    }

    // Restore on the worker thread: the old collection comes back under the window's open
    // connection, the current one is backed up first, and review ids go on from where they were.
    void restoreBringsBackTheOldCollection()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        Collection collection(&store);
        QSignalSpy changed(&collection, &Collection::changed);
        logReviews(store, 2, utcMs("2026-11-01T10:00:00Z"));
        BackupStore backups(dir.path());
        QString error;
        const std::optional<BackupInfo> old = backups.backUp(store, utcMs("2026-11-02T10:00:00Z"), &error);
        QVERIFY2(old, qPrintable(error));
        logReviews(store, 3, utcMs("2026-11-03T10:00:00Z"));
        const qint64 card = scalar(store, QStringLiteral("SELECT min(id) FROM cards")).toLongLong();
        QVERIFY(collection.setSuspended({card}, true));
        QVERIFY(collection.canUndo());
        const qint64 lastIdBefore = scalar(store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong();
        QCOMPARE(store.counts().reviews, 5);

        BackupJob job(dir.path(), old->path, store.deck());
        QSignalSpy restored(&job, &BackupJob::restored);
        QSignalSpy failed(&job, &BackupJob::failed);
        job.start();
        QVERIFY(restored.wait(10000));
        QCOMPARE(failed.count(), 0);
        const auto report = restored.constFirst().constFirst().value<RestoreReport>();
        QCOMPARE(report.restored.reviews, 2);
        QCOMPARE(report.fromSchema, DeckStore::kSchemaVersion);
        // The collection it replaced was kept first, with all five reviews.
        QCOMPARE(report.safetyCopy.reviews, 5);
        QVERIFY(QFile::exists(report.safetyCopy.path));
        QCOMPARE(fileScalar(report.safetyCopy.path, QStringLiteral("SELECT suspended FROM cards WHERE id = %1").arg(card)).toInt(), 1);
        QCOMPARE(backups.backups().size(), 2);

        // The window's connection, still open, reads the restored collection.
        changed.clear();
        collection.replaced();
        QVERIFY(!collection.canUndo());
        QCOMPARE(changed.count(), 1);
        const auto all = changed.constFirst().constFirst().value<CollectionChanges>();
        QVERIFY(all.facts && all.reviews && all.settings && all.exams);
        QCOMPARE(store.counts().reviews, 2);
        QCOMPARE(store.card(card)->suspended, false);
        QVERIFY(store.integrityProblems().isEmpty());
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

        // An answer after the restore gets an id above every id given before it.
        ManualClock clock(utcMs("2026-11-05T10:00:00Z"));
        StudySession session(&store, &clock, QString(), QTimeZone::utc());
        session.setCollection(&collection);
        QVERIFY(session.hasCard());
        QVERIFY(session.answer(fsrs::Rating::Good, 1000));
        const qint64 newId = scalar(store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong();
        QVERIFY2(newId > lastIdBefore, qPrintable(QStringLiteral("%1 <= %2").arg(newId).arg(lastIdBefore)));
        QCOMPARE(store.counts().reviews, 3);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("damaged") << "damaged" << "damaged";
        QTest::newRow("another program's database") << "foreign" << "another program";
        QTest::newRow("a newer Portdeck's") << "newer" << "newer Portdeck";
        QTest::newRow("not SQLite") << "text" << "not an SQLite database";
        QTest::newRow("missing") << "missing" << "cannot be read";
    }

    // A file that is no sound backup of this or an older Portdeck is refused before anything
    // happens: no safety copy, the collection exactly as it was.
    void refusedFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        logReviews(store, 2, utcMs("2026-11-01T10:00:00Z"));
        BackupStore backups(dir.path());
        QString error;
        const std::optional<BackupInfo> backup = backups.backUp(store, utcMs("2026-11-02T10:00:00Z"), &error);
        QVERIFY2(backup, qPrintable(error));
        const QString file = dir.filePath(QStringLiteral("chosen.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile text(file);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("question,answer\nSSH,22\n");
        } else if (kind == QLatin1String("foreign")) {
            writeSql(file, {QStringLiteral("CREATE TABLE revlog (id INTEGER)"), QStringLiteral("INSERT INTO revlog VALUES (1)")});
        } else if (kind != QLatin1String("missing")) {
            QVERIFY(QFile::copy(backup->path, file));
            if (kind == QLatin1String("newer"))
                writeSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(DeckStore::kSchemaVersion + 1)});
            else
                damage(file, 4096, 8 * 4096);
        }
        logReviews(store, 1, utcMs("2026-11-03T10:00:00Z"));
        const QVariant idsBefore = scalar(store, QStringLiteral("SELECT group_concat(id) FROM revlog"));

        QVERIFY(!backups.restore(store, file, utcMs("2026-11-04T10:00:00Z"), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Your collection is unchanged")), qPrintable(error));
        QCOMPARE(store.counts().reviews, 3);
        QCOMPARE(scalar(store, QStringLiteral("SELECT group_concat(id) FROM revlog")), idsBefore);
        QCOMPARE(backups.backups().size(), 1);
    }

    // A backup of the first schema is upgraded as it comes back, its history intact.
    void restoreUpgradesAnOlderSchema()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        logReviews(store, 4, utcMs("2026-11-01T10:00:00Z"));
        const qint64 lastIdBefore = scalar(store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong();
        const qint64 nodeBefore = store.collectionNode();
        const QString old = dir.filePath(QStringLiteral("schema-v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(PORTDECK_TEST_DATA "/schema-v1.sqlite"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        BackupStore backups(dir.path());
        QString error;
        const std::optional<RestoreReport> report = backups.restore(store, old, utcMs("2026-11-04T10:00:00Z"), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->fromSchema, 1);
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
        QCOMPARE(store.counts().reviews, 1);
        QCOMPARE(store.counts().cards, generateCards(Deck::builtin()).size());
        QVERIFY(store.integrityProblems().isEmpty());
        const qint64 card = scalar(store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
        QVERIFY(store.logPracticeAnswer(card, QStringLiteral("quiz"), utcMs("2026-11-05T10:00:00Z"), 3, 900, {}, {}));
        QVERIFY(scalar(store, QStringLiteral("SELECT max(id) FROM revlog")).toLongLong() > lastIdBefore);
        // It is this collection as it was: its identity stays.
        QCOMPARE(store.collectionNode(), nodeBefore);
    }

    // The collection as it was before an import is kept: the import is no undo step.
    void backupBeforeImport()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        DeckStore store;
        QCOMPARE(store.open(data, DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        QFile file(dir.filePath(QStringLiteral("cards.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#separator:tab\nWhat port does Kerberos use?\t88\nWhich port is LDAPS?\t636\n");
        file.close();
        ImportRequest request;
        request.path = file.fileName();
        QString error;
        QVERIFY2(ImportJob::run(store, request, {}, &error), qPrintable(error));
        const QList<BackupInfo> list = BackupStore(data).backups();
        QCOMPARE(list.size(), 1);
        QCOMPARE(fileScalar(list.constFirst().path, QStringLiteral("SELECT count(*) FROM cards WHERE builtin = 0")).toInt(), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM cards WHERE builtin = 0")).toInt(), 2);
    }

    // An import keeps its safety copy only when it commits: a cancelled or failed one leaves
    // no file behind, and so never pushes an older safety copy out.
    void cancelledImportKeepsNoCopy()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        DeckStore store;
        QCOMPARE(store.open(data, DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        QFile file(dir.filePath(QStringLiteral("cards.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            file.write("Question " + QByteArray::number(i) + "\tAnswer\n");
        file.close();
        ImportRequest request;
        request.path = file.fileName();
        QString error;
        const std::optional<ImportReport> cancelled =
            ImportJob::run(store, request, [](qint64 done, qint64) { return done < 1024; }, &error);
        QVERIFY(cancelled && cancelled->cancelled);
        QCOMPARE(BackupStore(data).backups().size(), 0);
        QCOMPARE(filesIn(BackupStore::folderOf(data)), QStringList());
        QVERIFY2(ImportJob::run(store, request, {}, &error), qPrintable(error));
        const QList<BackupInfo> kept = BackupStore(data).backups();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.constFirst().reason, BackupReason::BeforeImport);
    }

    // Opening backs up a file it is about to migrate or merge into, and no other.
    void backupBeforeMigrationAndMerge()
    {
        QTemporaryDir dir;
        const QString folder = BackupStore::folderOf(dir.path());
        QVERIFY(QFile::copy(QStringLiteral(PORTDECK_TEST_DATA "/schema-v1.sqlite"), dir.filePath(DeckStore::fileName())));
        QFile::setPermissions(dir.filePath(DeckStore::fileName()), QFile::ReadOwner | QFile::WriteOwner);
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        }
        QStringList files = filesIn(folder);
        QCOMPARE(files.size(), 1);
        QCOMPARE(fileScalar(QDir(folder).filePath(files.constFirst()), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        {
            DeckStore store; // nothing to migrate or merge: no backup
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        }
        QCOMPARE(filesIn(folder).size(), 1);
        {
            DeckStore store; // a newer built-in deck is merged
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v2.json")), DeckStore::Status::Ok);
            QVERIFY(store.lastMerge().toVersion == 2);
        }
        // Both are safety copies, kept apart from the daily count: a later backup of the same
        // day never replaces the file as it was before its upgrade.
        files = filesIn(folder);
        QCOMPARE(files.size(), 2);
        for (const QString &name : std::as_const(files))
            QVERIFY2(name.endsWith(QLatin1String("-before-upgrade.sqlite")), qPrintable(name));
        QCOMPARE(fileScalar(QDir(folder).filePath(files.constFirst()), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        const QString merged = QDir(folder).filePath(files.constLast());
        QCOMPARE(fileScalar(merged, QStringLiteral("PRAGMA user_version")).toInt(), DeckStore::kSchemaVersion);
        QCOMPARE(fileScalar(merged, QStringLiteral("SELECT value FROM meta WHERE key = 'deck_version'")).toInt(), 1);

        // A new collection has nothing to back up.
        QTemporaryDir fresh;
        DeckStore store;
        QCOMPARE(store.open(fresh.path()), DeckStore::Status::Ok);
        QVERIFY(!QFileInfo::exists(BackupStore::folderOf(fresh.path())));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
