#include "collection.h"
#include "collectionfixtures.h"
#include "deckstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QHashSeed>
#include <QTemporaryDir>
#include <QTest>

namespace {

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
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// What the latest schema steps, which only add, added: a file of schema 11 once this is run.
QStringList undoTheLatestSteps()
{
    QStringList statements;
    statements << QStringLiteral("DROP TABLE drill_results"); // v15
    // v14: the sync tables, their triggers, and the cards' reset and due-date columns.
    QFile v14(QStringLiteral(PORTDECK_SOURCE_DIR "/resources/schema/v14.sql"));
    if (v14.open(QIODevice::ReadOnly)) {
        static const QRegularExpression created(QStringLiteral("CREATE (TRIGGER|TABLE) (\\w+)"));
        QRegularExpressionMatchIterator it = created.globalMatch(QString::fromUtf8(v14.readAll()));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            statements << QStringLiteral("DROP %1 IF EXISTS %2").arg(m.captured(1), m.captured(2));
        }
    }
    for (const char *column : {"reset_at", "due_set_at", "due_set"})
        statements << QStringLiteral("ALTER TABLE cards DROP COLUMN %1").arg(QLatin1String(column));
    for (const char *table : {"facts", "cards", "revlog"}) // v13
        for (const char *change : {"insert", "delete", "update"})
            if (qstrcmp(table, "revlog") != 0 || qstrcmp(change, "update") != 0)
                statements << QStringLiteral("DROP TRIGGER totals_%1_%2").arg(QLatin1String(table), QLatin1String(change));
    statements << QStringLiteral("DROP TABLE totals");
    for (const char *change : {"insert", "delete", "update"}) // v12
        statements << QStringLiteral("DROP TRIGGER revlog_summary_%1").arg(QLatin1String(change));
    statements << QStringLiteral("DROP TABLE revlog_summary");
    return statements;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A second connection that writes SQLite files as another program would.
void writeRawDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Every table's columns (name, type, not null, default, key) and every index and trigger.
QStringList schemaShape(const DeckStore &store)
{
    QStringList shape;
    QSqlQuery q(store.database());
    QSqlQuery columns(store.database());
    q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (q.next()) {
        shape << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        if (q.value(0).toString() != QLatin1String("table"))
            continue;
        columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(q.value(1).toString()));
        while (columns.next())
            shape << QStringLiteral("  %1 %2 %3 %4 %5")
                         .arg(columns.value(1).toString(), columns.value(2).toString(), columns.value(3).toString(),
                              columns.value(4).toString(), columns.value(5).toString());
    }
    return shape;
}

const Fact *find(const QList<Fact> &facts, const QString &key)
{
    for (const Fact &f : facts) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestDeckStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsSchema()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        QVERIFY(store.isOpen());
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA application_id")).toInt(),
                 DeckStore::kApplicationId);
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table : {"facts", "fact_ports", "fact_aliases", "fact_tags",
                                  "fact_counterparts", "fact_texts", "cards", "card_texts",
                                  "revlog", "settings", "meta"})
            QVERIFY2(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                  "type = 'table' AND name = ?"),
                            {QString::fromLatin1(table)})
                             .toInt() == 1,
                     table);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    void seedsTheDeck()
    {
        QTemporaryDir dir;
        DeckStore store;
        const Deck deck = fixture("deck-v1.json");
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        const DeckCounts counts = store.counts();
        QCOMPARE(counts.facts, 6);
        QCOMPARE(counts.cards, 20);
        QCOMPARE(counts.newCards, 20);
        QCOMPARE(counts.reviews, 0);
        QCOMPARE(store.deckVersion(), 1);
        QCOMPARE(store.lastMerge().factsAdded, 6);
        QCOMPARE(store.lastMerge().cardsAdded, 20);

        const QList<Fact> facts = store.facts();
        QCOMPARE(facts.size(), 6);
        QCOMPARE(facts.constFirst().key, QStringLiteral("telnet"));
        const Fact *dns = find(facts, QStringLiteral("dns"));
        QVERIFY(dns);
        QCOMPARE(dns->ports.size(), 2);
        QCOMPARE(dns->ports.at(0), (PortSpec{53, Transport::Udp, QStringLiteral("queries")}));
        QCOMPARE(dns->ports.at(1).role, QStringLiteral("large transfers"));
        QCOMPARE(find(facts, QStringLiteral("telnet"))->secureCounterparts, QStringList{"ssh"});
        QCOMPARE(find(facts, QStringLiteral("ssh"))->aliases, QStringList{"Secure Shell"});
        QCOMPARE(find(facts, QStringLiteral("icmp"))->ipProtocol, 1);
        QCOMPARE(find(facts, QStringLiteral("well-known"))->rangeHigh, 1023);
        // The store gives back exactly what the deck defines.
        for (const DeckFact &df : deck.facts) {
            Fact stored = *find(facts, df.fact.key);
            QVERIFY(stored.id > 0);
            stored.id = 0;
            QCOMPARE(stored.ports, df.fact.ports);
            QCOMPARE(stored.name, df.fact.name);
            QCOMPARE(stored.function, df.fact.function);
            QCOMPARE(stored.tags, df.fact.tags);
        }
    }

    void textsInTheLearnersLanguage()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        const QList<Fact> de = store.facts(QStringLiteral("de"));
        const Fact *dns = find(de, QStringLiteral("dns"));
        QCOMPARE(dns->function, QStringLiteral("Namen zu Adressen"));
        QCOMPARE(dns->ports.at(1).role, QString::fromUtf8("große Übertragungen"));
        // A language the deck lacks falls back to English.
        QCOMPARE(find(store.facts(QStringLiteral("fr")), QStringLiteral("dns"))->function,
                 QStringLiteral("Names to addresses"));

        const Fact *range = find(de, QStringLiteral("well-known"));
        const QList<CardInfo> cards = store.cardsOfFact(range->id, QStringLiteral("de"));
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.constFirst().question, QStringLiteral("Was sind die Ports 0-1023?"));
        QCOMPARE(store.cardsOfFact(range->id).constFirst().question,
                 QStringLiteral("What are ports 0-1023?"));
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        const Deck deck = fixture("deck-v1.json");
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        }
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        QCOMPARE(store.lastMerge().toVersion, 0); // nothing merged
        QCOMPARE(store.counts().facts, 6);
        QCOMPARE(store.counts().cards, 20);
        // Merging the same deck again is idempotent too.
        const std::optional<MergeReport> again = store.mergeDeck(deck);
        QVERIFY(again);
        QCOMPARE(again->factsAdded, 0);
        QCOMPARE(again->factsUpdated, 0);
        QCOMPARE(again->cardsAdded, 0);
        QCOMPARE(store.counts().cards, 20);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM fact_ports")).toInt(), 5);
    }

    void mergesANewerDeckKeepingHistory()
    {
        QTemporaryDir dir;
        qint64 sshCard = 0;
        qint64 sftpCard = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                     DeckStore::Status::Ok);
            // The learner has studied: one card in review, one review-log row for each.
            sshCard = scalar(store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
            sftpCard = scalar(store, QStringLiteral("SELECT id FROM cards WHERE key = "
                                                    "'sftp:protocol-port'")).toLongLong();
            QSqlQuery q(store.database());
            for (qint64 card : {sshCard, sftpCard}) {
                q.prepare(QStringLiteral("UPDATE cards SET state = 2, stability = 12.5, difficulty = 4.2, "
                                         "due = 1767225600000, reps = 3, lapses = 1 WHERE id = ?"));
                q.bindValue(0, card);
                QVERIFY(q.exec());
                q.prepare(QStringLiteral("INSERT INTO revlog (card_id, time, rating, state_before, "
                                         "state_after, stability, difficulty, elapsed_days, "
                                         "scheduled_days, due, response_ms, answer, verdict) "
                                         "VALUES (?, 1764547200000, 3, 1, 2, 12.5, 4.2, 1, 12, "
                                         "1767225600000, 2300, '22', 'correct')"));
                q.bindValue(0, card);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }

        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v2.json")),
                 DeckStore::Status::Ok);
        const MergeReport report = store.lastMerge();
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(report.toVersion, 2);
        QCOMPARE(report.factsAdded, 1);   // ntp
        QCOMPARE(report.factsUpdated, 2); // dns corrected; icmp moved up a place
        QCOMPARE(report.factsRetired, 1); // sftp
        QCOMPARE(report.cardsAdded, 4);   // ntp's four
        QCOMPARE(report.cardsRetired, 3); // sftp's three
        QCOMPARE(store.deckVersion(), 2);

        const QList<Fact> facts = store.facts();
        QVERIFY(!find(facts, QStringLiteral("sftp")));
        QVERIFY(find(facts, QStringLiteral("ntp")));
        QCOMPARE(find(facts, QStringLiteral("dns"))->function,
                 QStringLiteral("Resolves names to IP addresses"));
        QCOMPARE(find(facts, QStringLiteral("dns"))->ports.at(1).role,
                 QStringLiteral("zone transfers, large replies"));
        QCOMPARE(store.counts().cards, 21);

        // History untouched: both review rows, and the card states, including the retired card's.
        QCOMPARE(store.counts().reviews, 2);
        for (qint64 card : {sshCard, sftpCard}) {
            QCOMPARE(scalar(store, QStringLiteral("SELECT state FROM cards WHERE id = ?"), {card}).toInt(), 2);
            QCOMPARE(scalar(store, QStringLiteral("SELECT stability FROM cards WHERE id = ?"), {card}).toDouble(), 12.5);
            QCOMPARE(scalar(store, QStringLiteral("SELECT reps FROM cards WHERE id = ?"), {card}).toInt(), 3);
        }
        QCOMPARE(scalar(store, QStringLiteral("SELECT retired FROM cards WHERE id = ?"), {sftpCard}).toInt(), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT retired FROM cards WHERE id = ?"), {sshCard}).toInt(), 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT answer FROM cards WHERE key = 'concept-tcp-udp'")).toString(),
                 QStringLiteral("No: TCP and UDP have separate port numbers"));
        QVERIFY(store.integrityProblems().isEmpty());
    }

    void reviewLogIsAppendOnly()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO revlog (card_id, time, rating, state_before, "
                                      "state_after, stability, difficulty, elapsed_days, "
                                      "scheduled_days, due) SELECT min(id), 1, 3, 0, 1, 1, 5, 0, 0, 1 "
                                      "FROM cards")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE revlog SET rating = 4")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        // A rating outside 1–4 or a card that does not exist is refused.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO revlog (card_id, time, rating, state_before, "
                                       "state_after, stability, difficulty, elapsed_days, "
                                       "scheduled_days, due) SELECT min(id), 1, 5, 0, 1, 1, 5, 0, 0, 1 "
                                       "FROM cards")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO revlog (card_id, time, rating, state_before, "
                                       "state_after, stability, difficulty, elapsed_days, "
                                       "scheduled_days, due) VALUES (999999, 1, 3, 0, 1, 1, 5, 0, 0, 1)")));
    }

    void hostileStringsAreData()
    {
        const QString hostile = QStringLiteral("Robert'); DROP TABLE facts;-- \"%_\\ ü 🙂");
        Deck deck;
        deck.format = 1;
        deck.version = 1;
        DeckFact df;
        df.fact.key = QStringLiteral("hostile");
        df.fact.kind = FactKind::Protocol;
        df.fact.name = hostile;
        df.fact.fullName = QStringLiteral("' OR '1'='1");
        df.fact.aliases = {QStringLiteral("x'; DELETE FROM cards; --")};
        df.fact.function = hostile + hostile;
        df.fact.tags = {QStringLiteral("file")};
        df.fact.security = Security::No;
        df.fact.ports = {{1, Transport::Tcp, QStringLiteral("'); DROP TABLE fact_ports; --")}};
        df.translations[QStringLiteral("de")][QStringLiteral("function")] = hostile;
        deck.facts = {df};
        DeckCard card{QStringLiteral("c'--"), QStringLiteral("hostile"), hostile, hostile, {}};
        deck.cards = {card};
        QVERIFY(deck.validate().join(QLatin1Char(' ')).contains(QLatin1String("not of the form")) == false);

        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        const QList<Fact> facts = store.facts();
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.constFirst().name, hostile);
        QCOMPARE(facts.constFirst().fullName, QStringLiteral("' OR '1'='1"));
        QCOMPARE(facts.constFirst().aliases, df.fact.aliases);
        QCOMPARE(facts.constFirst().ports.constFirst().role, df.fact.ports.constFirst().role);
        QCOMPARE(store.facts(QStringLiteral("de")).constFirst().function, hostile);
        QCOMPARE(store.cardsOfFact(facts.constFirst().id).constLast().question, hostile);
        QVERIFY(store.integrityProblems().isEmpty());
        QCOMPARE(store.counts().facts, 1);
    }

    void lockRefusesASecondPortdeck()
    {
        QTemporaryDir dir;
        const Deck deck = fixture("deck-v1.json");
        DeckStore first;
        QCOMPARE(first.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        DeckStore second;
        QCOMPARE(second.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Locked);
        QVERIFY2(second.errorString().contains(QLatin1String("Another Portdeck")),
                 qPrintable(second.errorString()));
        QVERIFY(second.errorString().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.isOpen());
        // A read-only look (portdeck-cli check) still works beside the running one.
        DeckStore reader;
        QCOMPARE(reader.open(dir.path(), DeckStore::Mode::ReadOnly, deck), DeckStore::Status::Ok);
        QCOMPARE(reader.counts().facts, 6);
        first.close();
        QCOMPARE(second.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
    }

    // A Portdeck killed while it wrote its lock file leaves the file empty, naming no owner:
    // once older than writing it could take, the next Portdeck takes it over. One written
    // just now may be a Portdeck starting: refused, as a live owner is.
    void lockLeftEmptyByAKill_data()
    {
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("status");
        QTest::newRow("empty, a minute old") << 60 << QByteArray() << int(DeckStore::Status::Ok);
        QTest::newRow("empty, a day old") << 86'400 << QByteArray() << int(DeckStore::Status::Ok);
        // A lock whose owner is gone (a crash): stale however new, as Qt tells it.
        QTest::newRow("a crashed owner's, just written")
            << 0 << QByteArray("4194000\nportdeck\n" + QSysInfo::machineHostName().toUtf8() + "\n")
            << int(DeckStore::Status::Ok);
        QTest::newRow("empty, just written") << 0 << QByteArray() << int(DeckStore::Status::Locked);
    }

    void lockLeftEmptyByAKill()
    {
        QFETCH(int, ageSeconds);
        QFETCH(QByteArray, contents);
        QFETCH(int, status);
        QTemporaryDir dir;
        const Deck deck = fixture("deck-v1.json");
        {
            DeckStore first;
            QCOMPARE(first.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Ok);
        }
        QFile lock(dir.filePath(QStringLiteral("portdeck.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(contents);
        QVERIFY(lock.flush()); // written before its time is set, or closing would set it again
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        lock.close();
        DeckStore store;
        QCOMPARE(int(store.open(dir.path(), DeckStore::Mode::ReadWrite, deck)), status);
        if (status == int(DeckStore::Status::Locked))
            QVERIFY2(store.errorString().contains(QLatin1String("Try again in a few seconds")), qPrintable(store.errorString()));
        if (status == int(DeckStore::Status::Ok)) {
            QCOMPARE(store.counts().facts, 6); // the collection itself, untouched
            DeckStore second; // and the lock it took is a live one
            QCOMPARE(second.open(dir.path(), DeckStore::Mode::ReadWrite, deck), DeckStore::Status::Locked);
        }
    }

    void refusesFilesItMustNotTouch_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");

        QTest::newRow("text") << QByteArray("these are my notes, not a database\n") << QStringList()
                              << int(DeckStore::Status::NotADatabase) << "not an SQLite database";
        QTest::newRow("binary junk") << QByteArray("\x00\xff\x13\x37garbage", 11) << QStringList()
                                     << int(DeckStore::Status::NotADatabase) << "not an SQLite database";
        QByteArray damaged("SQLite format 3\0", 16);
        damaged += QByteArray(4080, '\xAB');
        QTest::newRow("damaged header") << damaged << QStringList()
                                        << int(DeckStore::Status::NotADatabase) << "damaged";
        QTest::newRow("foreign")
            << QByteArray() << QStringList{"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                                           "INSERT INTO notes (body) VALUES ('keep me')"}
            << int(DeckStore::Status::ForeignDatabase) << "another program";
        QTest::newRow("newer schema")
            << QByteArray() << QStringList{QStringLiteral("PRAGMA application_id = %1").arg(DeckStore::kApplicationId),
                                           "PRAGMA user_version = 99", "CREATE TABLE future (x)"}
            << int(DeckStore::Status::NewerSchema) << "newer Portdeck";
    }

    void refusesFilesItMustNotTouch()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, sql);
        QFETCH(int, status);
        QFETCH(QString, message);

        QTemporaryDir dir;
        const QString path = dir.filePath(DeckStore::fileName());
        if (sql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        } else {
            writeRawDatabase(path, sql);
        }
        const QByteArray before = fileHash(path);

        for (DeckStore::Mode mode : {DeckStore::Mode::ReadWrite, DeckStore::Mode::ReadOnly}) {
            DeckStore store;
            QCOMPARE(int(store.open(dir.path(), mode, fixture("deck-v1.json"))), status);
            QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
            QVERIFY(!store.isOpen());
        }
        QCOMPARE(fileHash(path), before); // loses nothing
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || status != int(DeckStore::Status::NotADatabase));
    }

    // A deck with a damaged page is refused before anything writes to it.
    void damagedPagesAreRefused()
    {
        QTemporaryDir dir;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")), DeckStore::Status::Ok);
        }
        const QString path = dir.filePath(DeckStore::fileName());
        QVERIFY(collectionfixtures::damagePage(path));
        const QByteArray before = fileHash(path);
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v2.json")), DeckStore::Status::Damaged);
        QVERIFY2(store.errorString().contains(QLatin1String("damaged")), qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), before);
        // A read-only check still opens it and names the damage.
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadOnly), DeckStore::Status::Ok);
        QVERIFY(!store.integrityProblems().isEmpty());
    }

    // Open reads every page (quick_check) unless a clean close certified the file byte for
    // byte; a crash, a changed byte, a left-over log or an old certificate mean a whole check.
    void cleanCloseCertifiesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(DeckStore::fileName());
        const QString certificate = DeckStore::certificatePath(path);
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(!store.checkedAtOpen()); // a new file has nothing to check
        }
        QVERIFY(QFile::exists(certificate));
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(!store.checkedAtOpen());
            QVERIFY(!QFile::exists(certificate)); // gone while open: a crash leaves none
            QVERIFY(store.setSetting(QStringLiteral("k"), QStringLiteral("v"))); // a change, certified at close
        }
        {
            DeckStore reader; // a read-only open neither uses nor spends it
            QCOMPARE(reader.open(dir.path(), DeckStore::Mode::ReadOnly), DeckStore::Status::Ok);
            QVERIFY(!reader.checkedAtOpen());
        }
        QVERIFY(QFile::exists(certificate));
        // The next launch is another process, with another random hash seed: the fingerprint
        // must not depend on it.
        QHashSeed::resetRandomGlobalSeed();
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(!store.checkedAtOpen());
            QCOMPARE(store.setting(QStringLiteral("k")), QStringLiteral("v"));
        }

        // A crash: no certificate.
        QVERIFY(QFile::remove(certificate));
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(store.checkedAtOpen());
        }
        // A certificate older than a week.
        QFile file(certificate);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> fields = file.readAll().trimmed().split(' ');
        file.close();
        QCOMPARE(fields.size(), 5);
        fields[4] = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - DeckStore::kCertificateLifeMs - 60000);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fields.join(' ') + '\n');
        file.close();
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(store.checkedAtOpen());
        }
        // A write-ahead log left beside the file.
        QVERIFY(QFile::exists(certificate));
        {
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(32, '\0'));
        }
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(store.checkedAtOpen());
        }

        // Damage right after a clean close (same size, maybe the same time of change): refused
        // before any write, the file untouched.
        QVERIFY(QFile::exists(certificate));
        QVERIFY(collectionfixtures::damagePage(path));
        const QByteArray before = fileHash(path);
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Damaged);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(certificate));
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Damaged); // and again: no certificate made
    }

    // A session that wrote nothing is certified again without reading the file: the
    // certificate's fingerprint is the one it was opened with. A byte changed behind the
    // session's back, its size and time kept, is still caught at the next open.
    void unchangedSessionKeepsItsCertificate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(DeckStore::fileName());
        const QString certificate = DeckStore::certificatePath(path);
        auto certificateText = [&] {
            QFile file(certificate);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        }
        const QByteArray first = certificateText();
        QVERIFY(!first.isEmpty());
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(!store.checkedAtOpen());
            QVERIFY(!store.facts().isEmpty()); // reading writes nothing
        }
        QCOMPARE(certificateText(), first);
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(!store.checkedAtOpen());
            QVERIFY(collectionfixtures::damagePage(path, true)); // its time of change kept
        }
        QCOMPARE(certificateText(), first); // the session saw no write of its own
        const QByteArray before = fileHash(path);
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Damaged);
        QCOMPARE(fileHash(path), before);
    }

    // The window's open reads the fingerprint while launch goes on: reads go on, writes wait
    // for the verdict, and a file not as certified is read whole then, as an open would.
    void deferredVerdict_data()
    {
        QTest::addColumn<QString>("file");    // how the file is after its clean close
        QTest::addColumn<bool>("awaited");    // asked for the verdict before closing
        QTest::addColumn<bool>("sound");      // the verdict
        QTest::addColumn<bool>("readWhole");  // the verdict read every page
        QTest::addColumn<bool>("certified");  // the close left a certificate
        QTest::addColumn<bool>("nextReadsWhole"); // the next open runs quick_check
        QTest::newRow("as certified") << "as certified" << true << true << false << true << false;
        QTest::newRow("as certified, read on a thread") << "as certified, started" << true << true << false << true << false;
        QTest::newRow("damaged, read on a thread") << "damaged, started" << true << false << true << false << true;
        QTest::newRow("as certified, closed unasked") << "as certified" << false << true << false << true << false;
        QTest::newRow("changed, sound") << "changed" << true << true << true << true << false;
        // Closed unjudged and unwritten: the certificate it came with is left, for the next
        // open to judge.
        QTest::newRow("changed, closed unasked") << "changed" << false << true << false << true << true;
        QTest::newRow("damaged") << "damaged" << true << false << true << false << true;
        QTest::newRow("damaged, closed unasked") << "damaged" << false << true << false << true << true;
    }

    void deferredVerdict()
    {
        QFETCH(QString, file);
        QFETCH(bool, awaited);
        QFETCH(bool, sound);
        QFETCH(bool, readWhole);
        QFETCH(bool, certified);
        QFETCH(bool, nextReadsWhole);
        const bool started = file.endsWith(QLatin1String(", started"));
        file.remove(QLatin1String(", started"));
        QTemporaryDir dir;
        const QString path = dir.filePath(DeckStore::fileName());
        const QString certificate = DeckStore::certificatePath(path);
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        }
        QVERIFY(QFile::exists(certificate));
        if (file == QLatin1String("changed")) { // by a program that kept the certificate
            QFile text(certificate);
            QVERIFY(text.open(QIODevice::ReadOnly));
            QByteArray line = text.readAll();
            text.close();
            line.replace("qhashbits2-", "qhashbits2-0");
            QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
            text.write(line);
        } else if (file == QLatin1String("damaged")) {
            QVERIFY(collectionfixtures::damagePage(path));
        }
        const QByteArray before = fileHash(path);
        {
            DeckStore store;
            store.setVerdictDeferred(true);
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            QVERIFY(store.isVerdictPending());
            QVERIFY(!store.checkedAtOpen());
            QVERIFY(!QFile::exists(certificate)); // gone while open, as ever
            QVERIFY(!store.facts().isEmpty());    // reading goes on
            // Writing waits: a write past the Collection is refused, not made.
            QVERIFY(!store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
            if (started) {
                QFuture<void> read = store.startVerdict();
                read.waitForFinished();
                QVERIFY(store.isVerdictPending()); // read, not judged yet
            }
            if (awaited) {
                QCOMPARE(store.awaitVerdict(), sound);
                QVERIFY(!store.isVerdictPending());
                QCOMPARE(store.checkedAtOpen(), readWhole);
                QCOMPARE(store.setSetting(QStringLiteral("k"), QStringLiteral("v")), sound);
                if (!sound) {
                    QCOMPARE(store.status(), DeckStore::Status::Damaged);
                    QVERIFY2(store.errorString().contains(QLatin1String("damaged")), qPrintable(store.errorString()));
                    QVERIFY(!store.checkpoint());
                } else {
                    QCOMPARE(store.setting(QStringLiteral("k")), QStringLiteral("v"));
                }
            }
        }
        QCOMPARE(QFile::exists(certificate), certified);
        if (!sound || !awaited)
            QCOMPARE(fileHash(path), before); // nothing was written
        DeckStore store; // the next launch judges at open
        QCOMPARE(store.open(dir.path()),
                 file == QLatin1String("damaged") ? DeckStore::Status::Damaged : DeckStore::Status::Ok);
        QCOMPARE(store.checkedAtOpen(), nextReadsWhole);
    }

    // A change through the Collection waits for the verdict, and is refused, with the reason,
    // on a damaged file.
    void collectionWaitsForTheVerdict_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("sound") << false;
        QTest::newRow("damaged") << true;
    }

    void collectionWaitsForTheVerdict()
    {
        QFETCH(bool, damaged);
        QTemporaryDir dir;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        }
        if (damaged)
            QVERIFY(collectionfixtures::damagePage(dir.filePath(DeckStore::fileName())));
        DeckStore store;
        store.setVerdictDeferred(true);
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        Collection collection(&store);
        const QList<CardInfo> ofFact = store.cardsOfFact(store.facts().constFirst().id);
        QVERIFY(!ofFact.isEmpty());
        const QList<qint64> cards = {ofFact.constFirst().id};
        QCOMPARE(collection.setSuspended(cards, true), !damaged);
        QVERIFY(!store.isVerdictPending());
        if (damaged)
            QVERIFY2(collection.errorString().contains(QLatin1String("damaged")), qPrintable(collection.errorString()));
        else
            QVERIFY(store.card(cards.first())->suspended);
    }

    void emptyFileBecomesADeck()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(DeckStore::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        QCOMPARE(store.counts().facts, 6);
    }

    void readOnlyNeedsAnExistingCurrentDeck()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("nowhere")), DeckStore::Mode::ReadOnly),
                 DeckStore::Status::Missing);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere")))); // nothing created

        // A file at schema 0 (made by an interrupted first run) is said to be unfinished, and is
        // finished only read-write.
        writeRawDatabase(dir.filePath(DeckStore::fileName()),
                         {QStringLiteral("PRAGMA application_id = %1").arg(DeckStore::kApplicationId)});
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadOnly), DeckStore::Status::Missing);
        QVERIFY2(store.errorString().contains(QLatin1String("was being created")), qPrintable(store.errorString()));
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
    }

    void integrityCheckFindsBrokenReferences()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fact_ports (fact_id, port, transport) VALUES (4242, 1, 'tcp')")));
        const QStringList problems = store.integrityProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(QLatin1String("fact_ports")), qPrintable(problems.constFirst()));
    }

    // A deck written by schema 1 (the first release) upgrades in place, history intact.
    void migratesFromSchemaOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(DeckStore::fileName());
        QVERIFY(QFile::copy(QStringLiteral(PORTDECK_TEST_DATA "/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadOnly), DeckStore::Status::OlderSchema);
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
        QCOMPARE(store.counts().reviews, 1);
        QCOMPARE(store.counts().cards, generateCards(Deck::builtin()).size());
        const qint64 id = scalar(store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
        const CardInfo card = *store.card(id);
        QCOMPARE(card.state, CardState::Review);
        QCOMPARE(card.stability, 11.5);
        QCOMPARE(card.lapses, 1);
        QCOMPARE(card.scheduledDays, 0); // the new column starts at its default
        QCOMPARE(store.reviewsOfCard(id).size(), 1);
        QCOMPARE(store.reviewsOfCard(id).constFirst().answer, QStringLiteral("22"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'cards_new'")).toInt(), 1);
        // Schema 5: the collection gets its identity; the old review keeps its id, and the next
        // one is the collection's first.
        const qint64 oldReview = store.reviewsOfCard(id).constFirst().id;
        QVERIFY(oldReview < (qint64(1) << DeckStore::kReviewSequenceBits));
        QCOMPARE(store.collectionId().size(), 16);
        QVERIFY(store.collectionNode() > 0);
        QVERIFY(store.logPracticeAnswer(id, QStringLiteral("quiz"), 4000000000000, 3, 900, {}, {}));
        QCOMPARE(store.reviewsOfCard(id).constFirst().id, oldReview);
        QCOMPARE(store.reviewsOfCard(id).constLast().id,
                 (store.collectionNode() << DeckStore::kReviewSequenceBits) | 1);
        QCOMPARE(store.counts().reviews, 2); // the totals, counted at the upgrade, kept since
        QVERIFY(store.integrityProblems().isEmpty());

        // Step by step, the old file has the very shape of a new one: tables, columns, indexes
        // and triggers. A new deck runs every step too, so this also proves v1.sql is still
        // what released v1 files have: a released step never changes.
        QTemporaryDir newDir;
        DeckStore fresh;
        QCOMPARE(fresh.open(newDir.path()), DeckStore::Status::Ok);
        QCOMPARE(schemaShape(store), schemaShape(fresh));
    }

    // Schema 9 rebuilds the facts table: every row that refers to a fact stays, and so do the
    // facts' ids; foreign keys are on again afterwards.
    void migratingToNineKeepsWhatRefersToFacts()
    {
        QTemporaryDir dir;
        qint64 ssh = 0;
        QList<QVariant> before;
        const QString rows = QStringLiteral("SELECT (SELECT count(*) FROM fact_ports), (SELECT count(*) FROM fact_aliases), "
                                            "(SELECT count(*) FROM fact_texts), (SELECT count(*) FROM fact_tags), "
                                            "(SELECT count(*) FROM fact_counterparts), (SELECT count(*) FROM cards WHERE fact_id IS NOT NULL)");
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            ssh = scalar(store, QStringLiteral("SELECT id FROM facts WHERE key = 'ssh'")).toLongLong();
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE fact_ports DROP COLUMN legacy")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE registry_services"))); // v10
            for (const QString &sql : undoTheLatestSteps())
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 8")));
            QVERIFY(q.exec(rows) && q.next());
            for (int i = 0; i < 6; ++i)
                before.append(q.value(i));
            QVERIFY(before.at(0).toInt() > 0 && before.at(5).toInt() > 0);
        }
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(rows) && q.next());
        for (int i = 0; i < 6; ++i)
            QCOMPARE(q.value(i), before.at(i));
        QCOMPARE(scalar(store, QStringLiteral("SELECT id FROM facts WHERE key = 'ssh'")).toLongLong(), ssh);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1); // on again after the migration
        QVERIFY(store.integrityProblems().isEmpty());
    }

    // card() keeps its statement prepared between calls: each call still reads the card as it
    // is now, in the language asked, and the statement goes with the connection.
    void cardReadsWhatIsStoredNow_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("question");
        QTest::newRow("English") << QString() << QStringLiteral("What are ports 0-1023?");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Was sind die Ports 0-1023?");
        QTest::newRow("a language the deck lacks") << QStringLiteral("fr") << QStringLiteral("What are ports 0-1023?");
    }

    void cardReadsWhatIsStoredNow()
    {
        QFETCH(QString, lang);
        QFETCH(QString, question);
        QTemporaryDir dir;
        DeckStore store;
        QVERIFY(!store.card(1, lang)); // asked before the store is open: nothing, and nothing kept
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        const Fact *range = find(store.facts(), QStringLiteral("well-known"));
        QVERIFY(range);
        const qint64 id = store.cardsOfFact(range->id).constFirst().id;
        // The other language first: the statement's earlier values must not stick.
        QVERIFY(store.card(id, lang.isEmpty() ? QStringLiteral("de") : QString()));
        QCOMPARE(store.card(id, lang)->question, question);
        QVERIFY(!store.card(id + 100000, lang)); // no such card

        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET reps = 7 WHERE id = %1").arg(id)));
        QCOMPARE(store.card(id, lang)->reps, 7);
        // No read left open: a checkpoint folds the whole log back into the file.
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not busy
        q.finish();
        q = QSqlQuery();

        store.close();
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture("deck-v1.json")),
                 DeckStore::Status::Ok);
        QCOMPARE(store.card(id, lang)->question, question);
        QCOMPARE(store.card(id, lang)->reps, 7);
    }

    // One statement for every entry's cards gives what a query per entry gives, in each
    // language, and leaves out retired cards and cards of no entry.
    void cardsByFactMatchesCardsOfFact_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void cardsByFactMatchesCardsOfFact()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET retired = 1 WHERE key = 'port:22'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cards (key, template, question, answer, builtin) "
                                      "VALUES ('own-card-1', 'basic', 'q', 'a', 0)")));
        const QHash<qint64, QList<CardInfo>> byFact = store.cardsByFact(lang);
        int total = 0;
        for (const Fact &f : store.facts(lang)) {
            const QList<CardInfo> one = store.cardsOfFact(f.id, lang);
            const QList<CardInfo> all = byFact.value(f.id);
            QCOMPARE(all.size(), one.size());
            for (int i = 0; i < one.size(); ++i) {
                QCOMPARE(all.at(i).id, one.at(i).id);
                QCOMPARE(all.at(i).question, one.at(i).question);
                QCOMPARE(all.at(i).answer, one.at(i).answer);
                QCOMPARE(all.at(i).state, one.at(i).state);
            }
            total += int(one.size());
        }
        QVERIFY(total > 100);
        int listed = 0;
        for (const QList<CardInfo> &cards : byFact)
            listed += int(cards.size());
        QCOMPARE(listed, total); // no card of a retired entry, none without an entry
        QVERIFY(!byFact.contains(0));
    }

    // Schema 11 rebuilds card_tags without a rowid: every tag stays, cascades still work.
    void tagsSurviveTheRebuildWithoutRowid()
    {
        QTemporaryDir dir;
        qint64 ssh = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            ssh = scalar(store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
            QSqlQuery q(store.database());
            // The table as schema 10 had it, with tags on two cards.
            QVERIFY(q.exec(QStringLiteral("DROP TABLE card_tags")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE card_tags (card_id INTEGER NOT NULL REFERENCES cards(id) "
                                          "ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (card_id, tag))")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX card_tags_tag ON card_tags (tag)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT id, 'leech' FROM cards "
                                          "WHERE key IN ('port:22', 'port:23')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO card_tags (card_id, tag) VALUES (%1, 'secure')").arg(ssh)));
            for (const QString &sql : undoTheLatestSteps())
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 10")));
        }
        DeckStore store;
        QVERIFY2(store.open(dir.path()) == DeckStore::Status::Ok, qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
        QVERIFY(scalar(store, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'card_tags'"))
                    .toString()
                    .contains(QLatin1String("WITHOUT ROWID")));
        QCOMPARE(store.cardTags(ssh), QStringList({QStringLiteral("leech"), QStringLiteral("secure")}));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM card_tags WHERE tag = 'leech'")).toInt(), 2);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'card_tags_tag'")).toInt(), 1);
        QVERIFY(store.integrityProblems().isEmpty());
    }

    // Schema 4 adds the recall the scheduler expected at each study answer; older logs get it
    // computed from the stability the card's previous study answer left.
    void migratesRecallIntoOldReviews_data()
    {
        QTest::addColumn<bool>("sqlMath");
        QTest::newRow("pow() in SQL") << true;
        QTest::newRow("SQLite without math functions") << false;
    }

    void migratesRecallIntoOldReviews()
    {
        QFETCH(bool, sqlMath);
        QTemporaryDir dir;
        qint64 cardId = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
            cardId = scalar(store, QStringLiteral("SELECT id FROM cards WHERE key = 'port:22'")).toLongLong();
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX revlog_stats")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX cards_memory")));
            for (const QString &sql : undoTheLatestSteps())
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE revlog DROP COLUMN recall")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE cards DROP COLUMN buried_until"))); // v6
            QVERIFY(q.exec(QStringLiteral("DROP TABLE card_tags"))); // v7
            for (const char *index : {"cards_flag", "facts_name", "fact_aliases_alias", "cards_position"}) // v8
                QVERIFY(q.exec(QStringLiteral("DROP INDEX ") + QLatin1String(index)));
            for (const char *column : {"cards DROP COLUMN flag", "cards DROP COLUMN edited",
                                       "facts DROP COLUMN edited", "facts DROP COLUMN card_types",
                                       "fact_ports DROP COLUMN legacy"}) // v8, v9
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE ") + QLatin1String(column)));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE registry_services"))); // v10
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            // (state_before, kind, stability after, elapsed days)
            const QList<std::tuple<int, const char *, double, int>> rows{
                {0, "study", 5.0, 0},   // first answer: nothing expected
                {2, "quiz", 5.0, 0},    // quiz rows are not study answers
                {2, "study", 20.0, 5},  // five days on a five-day stability: 90%
                {2, "study", 20.0, 0},  // the same day: 100%
                {3, "study", 3.0, 20},  // twenty days on twenty: 90% again
            };
            q.prepare(QStringLiteral("INSERT INTO revlog (card_id, time, kind, rating, state_before, state_after, "
                                     "stability, difficulty, elapsed_days, scheduled_days, due) "
                                     "VALUES (?, ?, ?, 3, ?, 2, ?, 5, ?, 1, 0)"));
            qint64 time = 1700000000000;
            for (const auto &[before, kind, stability, elapsed] : rows) {
                q.addBindValue(cardId);
                q.addBindValue(time += 1000);
                q.addBindValue(QString::fromLatin1(kind));
                q.addBindValue(before);
                q.addBindValue(stability);
                q.addBindValue(elapsed);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        if (!sqlMath)
            qputenv("PORTDECK_NO_SQL_MATH", "1");
        const auto restore = qScopeGuard([] { qunsetenv("PORTDECK_NO_SQL_MATH"); });
        DeckStore store;
        QVERIFY2(store.open(dir.path()) == DeckStore::Status::Ok, qPrintable(store.errorString()));
        QCOMPARE(store.hasSqlMath(), sqlMath);
        QCOMPARE(store.schemaVersion(), DeckStore::kSchemaVersion);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('revlog_stats', 'cards_memory')")).toInt(), 2);
        const QList<ReviewEntry> log = store.reviewsOfCard(cardId);
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.at(0).recall, -1.0);
        QCOMPARE(log.at(1).recall, -1.0);
        QVERIFY2(qAbs(log.at(2).recall - 0.9) < 1e-9, qPrintable(QString::number(log.at(2).recall, 'g', 12)));
        QVERIFY(qAbs(log.at(3).recall - 1.0) < 1e-12);
        QVERIFY(qAbs(log.at(4).recall - 0.9) < 1e-9);
        // The log is append-only again afterwards.
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE revlog SET rating = 1")));
        QVERIFY(store.integrityProblems().isEmpty());
    }

    // One forgetting curve: its SQL form gives what the scheduler computes, and "recall now"
    // is the same curve over milliseconds.
    void forgettingCurveSqlMatchesTheScheduler_data()
    {
        QTest::addColumn<double>("elapsedDays");
        QTest::addColumn<double>("stability");
        QTest::newRow("just answered") << 0.0 << 3.0;
        QTest::newRow("one stability later") << 10.0 << 10.0;
        QTest::newRow("long overdue") << 400.0 << 2.5;
        QTest::newRow("fraction of a day") << 0.25 << 0.5;
        QTest::newRow("tiny stability") << 1.0 << 0.00001;
    }

    void forgettingCurveSqlMatchesTheScheduler()
    {
        QFETCH(double, elapsedDays);
        QFETCH(double, stability);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        if (!store.hasSqlMath())
            QSKIP("this SQLite has no math functions; statistics use recallAt() instead");
        fsrs::Settings settings;
        settings.desiredRetention = 0.85;
        const fsrs::Scheduler scheduler(settings);
        QSqlQuery q(store.database());
        QVERIFY(q.prepare(QStringLiteral("SELECT ") + DeckStore::forgettingCurveSql(QStringLiteral("?"), QStringLiteral("?"))));
        q.addBindValue(scheduler.factor());
        q.addBindValue(elapsedDays);
        q.addBindValue(stability);
        q.addBindValue(scheduler.decay());
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        const double expected = scheduler.forgettingCurve(elapsedDays, std::max(stability, fsrs::Scheduler::kMinStability));
        QVERIFY2(std::abs(q.value(0).toDouble() - expected) < 1e-8,
                 qPrintable(QStringLiteral("%1 vs %2").arg(q.value(0).toDouble()).arg(expected)));
        const qint64 last = 1700000000000;
        const double now = scheduler.recallAt(last, stability, last + qint64(elapsedDays * 86400000.0));
        QVERIFY(std::abs(now - expected) < 1e-8);
        // A clock that went backwards never makes recall exceed 100%.
        QCOMPARE(scheduler.recallAt(last, stability, last - 86400000), 1.0);
    }

    void builtinDeckLoads()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QCOMPARE(store.counts().facts, Deck::builtin().facts.size());
        QCOMPARE(store.counts().cards, generateCards(Deck::builtin()).size());
        QVERIFY(store.integrityProblems().isEmpty());
        // Shared port 22: one port→protocol card, on the first of SFTP and SSH.
        QCOMPARE(scalar(store, QStringLiteral("SELECT f.key FROM cards c JOIN facts f ON f.id = c.fact_id "
                                              "WHERE c.key = 'port:22'")).toString(),
                 QStringLiteral("sftp"));
    }
};

QTEST_GUILESS_MAIN(TestDeckStore)
#include "tst_deckstore.moc"
