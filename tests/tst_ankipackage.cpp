// Anki packages: the fixtures of other tools read right, a written package reads back the same,
// and every hostile input is refused with a sentence and leaves nothing in the temp folder.
#include "ankicollectionreader.h"
#include "ankicollectionwriter.h"
#include "ankipackage.h"
#include "ziparchive.h"
#include "zstdcodec.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(PORTDECK_TEST_DATA "/anki/");

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);  // 4-byte size, zlib header (2), deflate, adler (4)
    return zlib.mid(6, zlib.size() - 10);
}

// One entry of a zip file made by hand, so that headers can lie.
struct RawEntry
{
    QByteArray name;
    QByteArray data;  // uncompressed
    bool deflate = true;
    qint64 declaredSize = -1;  // the size the headers state; -1: the real one
    quint16 flags = 0;         // bit 0: encrypted
    int sharesDataOf = -1;     // an earlier entry whose local header this one points at
};

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}
void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

QByteArray makeZip(const QList<RawEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    QList<quint32> offsets;
    for (const RawEntry &e : entries) {
        const QByteArray payload = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 crc = crc32(e.data);
        quint32 offset = quint32(out.size());
        if (e.sharesDataOf >= 0) {
            offset = offsets.at(e.sharesDataOf);
        } else {
            put32(out, 0x04034b50);
            put16(out, 20);
            put16(out, e.flags);
            put16(out, e.deflate ? 8 : 0);
            put32(out, 0);
            put32(out, crc);
            put32(out, quint32(payload.size()));
            put32(out, size);
            put16(out, quint16(e.name.size()));
            put16(out, 0);
            out += e.name;
            out += payload;
        }
        offsets.append(offset);
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.deflate ? 8 : 0);
        put32(central, 0);
        put32(central, crc);
        put32(central, quint32(payload.size()));
        put32(central, size);
        put16(central, quint16(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A small collection with everything a package carries.
AnkiCollection sampleCollection()
{
    AnkiCollection c;
    c.createdSecs = 1767240000;
    c.notetypes.append({1001, QStringLiteral("Basic"), false,
                        {QStringLiteral("Front"), QStringLiteral("Back")},
                        {{QStringLiteral("Card 1"), 0, QStringLiteral("{{Front}}"),
                          QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}")}},
                        {}});
    c.notetypes.append({1002, QStringLiteral("Cloze"), true,
                        {QStringLiteral("Text"), QStringLiteral("Extra")},
                        {{QStringLiteral("Cloze"), 0, QStringLiteral("{{cloze:Text}}"),
                          QStringLiteral("{{cloze:Text}}<br>{{Extra}}")}},
                        {}});
    c.decks.append({2001, QStringLiteral("Networking::Ports")});
    c.notes.append({3001, QStringLiteral("abc/def+01"), 1001,
                    {QStringLiteral("SSH &amp; SFTP"), QStringLiteral("22")},
                    {QStringLiteral("ports"), QStringLiteral("tcp")}, 1767300000});
    c.notes.append({3002, QStringLiteral("xyz-02"), 1002,
                    {QStringLiteral("{{c1::DNS}} uses {{c2::53}}"), QString()}, {}, 1767300001});
    c.cards.append({4001, 3001, 2001, 0, 2, 2, 40, 12, 2500, 5, 1, 1, QStringLiteral("{\"s\":14.5,\"d\":5.25}")});
    c.cards.append({4002, 3002, 2001, 0, 0, 0, 7, 0, 0, 0, 0, 0, QString()});
    c.cards.append({4003, 3002, 1, 1, 1, 1, 1767400000, -600, 2500, 1, 0, 0, QString()});
    c.reviews.append({1767300000123, 4001, 3, 12, 3, 2500, 6400, 1});
    c.reviews.append({1767300000999, 4003, 1, -600, 0, 2500, 12000, 0});
    return c;
}

} // namespace

class TestAnkiPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;  // the test's own files
    QTemporaryDir m_temp;  // what the code under test sees as the temp folder
    QString path(const QString &name) const { return m_work.filePath(name); }
    QStringList leftInTemp() const
    {
        return QDir(m_temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }
    // A package holding @p collectionFile's bytes as collection.anki2.
    QString packageOf(const QString &name, const QByteArray &collection, const char *entry = "collection.anki2")
    {
        const QString p = path(name);
        ZipWriter zip;
        zip.add(QLatin1String(entry), collection);
        zip.add(QStringLiteral("media"), QByteArrayLiteral("{}"));
        QString error;
        if (!zip.write(p, &error))
            qWarning() << error;
        return p;
    }
    // A valid collection file changed by @p sql (bound @p values), as bytes.
    QByteArray collectionChangedBy(const QString &sql, const QVariantList &values = {})
    {
        const QString file = path(QStringLiteral("changed.anki2"));
        QString error;
        if (!AnkiCollectionWriter::write(file, sampleCollection(), &error))
            qWarning() << error;
        if (!sql.isEmpty()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("change"));
            db.setDatabaseName(file);
            db.open();
            {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                if (!q.exec())
                    qWarning() << q.lastError().text();
            }
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("change"));
        }
        const QByteArray bytes = fileBytes(file);
        QFile::remove(file);
        return bytes;
    }
    void expectRefused(const QString &package, const QString &fragment, const ZipLimits &limits = {})
    {
        QString error;
        const auto c = readAnkiPackage(package, &error, limits);
        QVERIFY2(!c, qPrintable(package));
        QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));  // a sentence
        QCOMPARE(leftInTemp(), QStringList());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY(m_temp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
        QCOMPARE(QDir::tempPath(), QDir(m_temp.path()).canonicalPath());
    }

    void readsAnkiApkgExport()
    {
        QString error;
        const auto c = readAnkiPackage(kData + QStringLiteral("apkg-export.apkg"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->schemaVersion, 11);
        QCOMPARE(c->mediaCount, 1);
        QCOMPARE(c->notes.size(), 3);
        QCOMPARE(c->cards.size(), 3);
        QCOMPARE(c->reviews.size(), 0);
        QCOMPARE(c->notetypes.size(), 1);
        const AnkiNotetype &nt = c->notetypes.first();
        QCOMPARE(nt.name, QStringLiteral("Network Ports"));
        QCOMPARE(nt.fields, (QStringList{QStringLiteral("Front"), QStringLiteral("Back")}));
        QCOMPARE(nt.templates.size(), 1);
        QVERIFY(nt.templates.first().questionFormat.contains(QStringLiteral("{{Front}}")));
        QVERIFY(!nt.cloze);
        const AnkiNote &first = c->notes.first();
        QCOMPARE(first.notetypeId, nt.id);
        QCOMPARE(first.fields, (QStringList{QStringLiteral("Which port does SSH use?"), QStringLiteral("22 (TCP)")}));
        QCOMPARE(first.tags, (QStringList{QStringLiteral("ports"), QStringLiteral("secure_shell")}));
        QCOMPARE(first.guid.size(), 40);  // anki-apkg-export's guid: a SHA-1
        QCOMPARE(c->notes.at(1).fields.at(1), QStringLiteral("<div>443</div><div>TCP</div>"));
        bool deckFound = false;
        for (const AnkiDeck &d : c->decks)
            deckFound = deckFound || (d.name == QStringLiteral("Network Ports") && d.id == c->cards.first().deckId);
        QVERIFY(deckFound);
        for (const AnkiCard &card : c->cards) {
            QCOMPARE(card.type, 0);
            QCOMPARE(card.queue, 0);
        }
        QCOMPARE(leftInTemp(), QStringList());
    }

    void readsSchema18()
    {
        QString error;
        const auto c = readAnkiPackage(kData + QStringLiteral("schema18.apkg"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->schemaVersion, 18);
        QCOMPARE(c->createdSecs, 1767240000);
        QCOMPARE(c->mediaCount, 1);
        // collection.anki21b, not the legacy file that asks to update Anki.
        QCOMPARE(c->notes.size(), 4);
        for (const AnkiNote &n : c->notes)
            QVERIFY(!n.fields.first().contains(QStringLiteral("Please update")));

        QCOMPARE(c->notetypes.size(), 3);
        const AnkiNotetype &reversed = c->notetypes.at(1);
        QCOMPARE(reversed.name, QStringLiteral("Basic (and reversed card)"));
        QCOMPARE(reversed.fields, (QStringList{QStringLiteral("Front"), QStringLiteral("Back")}));
        QCOMPARE(reversed.templates.size(), 2);
        QCOMPARE(reversed.templates.at(1).name, QStringLiteral("Card 2"));
        QCOMPARE(reversed.templates.at(1).ord, 1);
        QCOMPARE(reversed.templates.at(1).questionFormat, QStringLiteral("{{Back}}"));
        QCOMPARE(reversed.templates.at(1).answerFormat, QStringLiteral("{{FrontSide}}<hr id=answer>{{Front}}"));
        const AnkiNotetype &cloze = c->notetypes.at(2);
        QVERIFY(cloze.cloze);
        QVERIFY(!reversed.cloze);
        QCOMPARE(cloze.fields, (QStringList{QStringLiteral("Text"), QStringLiteral("Back Extra")}));
        QCOMPARE(cloze.templates.first().questionFormat, QStringLiteral("{{cloze:Text}}"));
        QVERIFY(cloze.css.contains(QStringLiteral("font-family")));

        QCOMPARE(c->decks.size(), 3);
        QCOMPARE(c->decks.at(0).name, QStringLiteral("Default"));
        QCOMPARE(c->decks.at(2).name, QStringLiteral("Networking::Ports"));
        QCOMPARE(c->decks.at(2).id, 1700000000101);

        const AnkiNote &ssh = c->notes.at(0);
        QCOMPARE(ssh.guid, QStringLiteral("gUid-Basic-01"));
        QCOMPARE(ssh.fields.at(0), QStringLiteral("What does <b>SSH</b> stand for?"));
        QCOMPARE(ssh.tags, (QStringList{QStringLiteral("ports"), QStringLiteral("ssh")}));
        QCOMPARE(c->notes.at(2).fields.at(0), QStringLiteral("{{c1::DNS}} uses port {{c2::53::a number}}"));
        QCOMPARE(c->notes.at(3).fields.at(0), QStringLiteral("Größe &amp; Maß: Ü"));
        QCOMPARE(c->notes.at(3).tags, QStringList{QStringLiteral("umlaut")});

        QCOMPARE(c->cards.size(), 6);
        const AnkiCard &review = c->cards.at(0);
        QCOMPARE(review.noteId, ssh.id);
        QCOMPARE(review.deckId, 1700000000101);
        QCOMPARE(review.type, 2);
        QCOMPARE(review.queue, 2);
        QCOMPARE(review.due, 45);
        QCOMPARE(review.interval, 12);
        QCOMPARE(review.factor, 2500);
        QCOMPARE(review.reps, 5);
        QCOMPARE(review.lapses, 1);
        QCOMPARE(review.flags, 1);
        QCOMPARE(review.data, QStringLiteral("{\"s\":14.25,\"d\":5.5,\"dr\":0.9}"));
        QCOMPARE(c->cards.at(2).type, 1);
        QCOMPARE(c->cards.at(2).ord, 1);
        QCOMPARE(c->cards.at(3).queue, -1);  // suspended
        QCOMPARE(c->cards.at(4).type, 3);    // relearning
        QCOMPARE(c->cards.at(5).queue, -2);  // buried

        QCOMPARE(c->reviews.size(), 9);
        const AnkiReview &lapse = c->reviews.at(3);
        QCOMPARE(lapse.cardId, review.id);
        QCOMPARE(lapse.ease, 1);
        QCOMPARE(lapse.interval, -600);
        QCOMPARE(lapse.lastInterval, 3);
        QCOMPARE(lapse.factor, 2300);
        QCOMPARE(lapse.timeMs, 12000);
        QCOMPARE(lapse.type, 1);
        QCOMPARE(c->reviews.at(6).type, 4);  // a manual reschedule
        for (int i = 1; i < c->reviews.size(); ++i)
            QVERIFY(c->reviews.at(i - 1).id < c->reviews.at(i).id);
        QCOMPARE(leftInTemp(), QStringList());
    }

    void roundTrip()
    {
        const AnkiCollection original = sampleCollection();
        const QString file = path(QStringLiteral("round.apkg"));
        QString error;
        QVERIFY2(writeAnkiPackage(file, original, &error), qPrintable(error));
        QCOMPARE(leftInTemp(), QStringList());

        ZipReader zip;
        QVERIFY2(zip.open(file, &error), qPrintable(error));
        QCOMPARE(zip.entries().size(), 2);
        QCOMPARE(zip.entries().at(0).name, QStringLiteral("collection.anki2"));
        QCOMPARE(*zip.read(QStringLiteral("media"), 100, &error), QByteArrayLiteral("{}"));
        zip.close();

        const auto c = readAnkiPackage(file, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->schemaVersion, 11);
        QCOMPARE(c->createdSecs, original.createdSecs);
        QCOMPARE(c->mediaCount, 0);
        QCOMPARE(c->notetypes.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const AnkiNotetype &a = original.notetypes.at(i);
            const AnkiNotetype &b = c->notetypes.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.cloze, a.cloze);
            QCOMPARE(b.fields, a.fields);
            QCOMPARE(b.templates.size(), a.templates.size());
            QCOMPARE(b.templates.first().name, a.templates.first().name);
            QCOMPARE(b.templates.first().questionFormat, a.templates.first().questionFormat);
            QCOMPARE(b.templates.first().answerFormat, a.templates.first().answerFormat);
        }
        // Anki needs deck 1: it is added.
        QCOMPARE(c->decks.size(), 2);
        QCOMPARE(c->decks.at(0).id, 1);
        QCOMPARE(c->decks.at(1).name, QStringLiteral("Networking::Ports"));
        QCOMPARE(c->notes.size(), original.notes.size());
        for (int i = 0; i < original.notes.size(); ++i) {
            const AnkiNote &a = original.notes.at(i);
            const AnkiNote &b = c->notes.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.guid, a.guid);
            QCOMPARE(b.notetypeId, a.notetypeId);
            QCOMPARE(b.fields, a.fields);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.modifiedSecs, a.modifiedSecs);
        }
        QCOMPARE(c->cards.size(), original.cards.size());
        for (int i = 0; i < original.cards.size(); ++i) {
            const AnkiCard &a = original.cards.at(i);
            const AnkiCard &b = c->cards.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.noteId, a.noteId);
            QCOMPARE(b.deckId, a.deckId);
            QCOMPARE(b.ord, a.ord);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.queue, a.queue);
            QCOMPARE(b.due, a.due);
            QCOMPARE(b.interval, a.interval);
            QCOMPARE(b.factor, a.factor);
            QCOMPARE(b.reps, a.reps);
            QCOMPARE(b.lapses, a.lapses);
            QCOMPARE(b.flags, a.flags);
            QCOMPARE(b.data, a.data);
        }
        QCOMPARE(c->reviews.size(), original.reviews.size());
        for (int i = 0; i < original.reviews.size(); ++i) {
            const AnkiReview &a = original.reviews.at(i);
            const AnkiReview &b = c->reviews.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.cardId, a.cardId);
            QCOMPARE(b.ease, a.ease);
            QCOMPARE(b.interval, a.interval);
            QCOMPARE(b.lastInterval, a.lastInterval);
            QCOMPARE(b.factor, a.factor);
            QCOMPARE(b.timeMs, a.timeMs);
            QCOMPARE(b.type, a.type);
        }
        QCOMPARE(leftInTemp(), QStringList());
    }

    void writesAnkisColumns()
    {
        // sfld and csum as Anki computes them, tags with spaces at both ends, valid col JSON.
        const QString file = path(QStringLiteral("columns.anki2"));
        QString error;
        QVERIFY2(AnkiCollectionWriter::write(file, sampleCollection(), &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT sfld, csum, tags, usn FROM notes ORDER BY id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("SSH & SFTP"));
            const QByteArray sha = QCryptographicHash::hash("SSH & SFTP", QCryptographicHash::Sha1).toHex().left(8);
            QCOMPARE(q.value(1).toLongLong(), sha.toLongLong(nullptr, 16));
            QCOMPARE(q.value(2).toString(), QStringLiteral(" ports tcp "));
            QCOMPARE(AnkiCollectionWriter::fieldChecksum(QStringLiteral("SSH & SFTP")), sha.toLongLong(nullptr, 16));
            QVERIFY(q.exec(QStringLiteral("SELECT ver, crt, models, decks, dconf, conf FROM col")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 11);
            for (int column = 2; column <= 5; ++column) {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(q.value(column).toByteArray(), &parseError);
                QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
            }
            const QJsonObject models = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            QCOMPARE(models.value(QStringLiteral("1002")).toObject().value(QStringLiteral("type")).toInt(), 1);
            const QJsonObject dconf = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
            QVERIFY(dconf.value(QStringLiteral("1")).toObject().contains(QStringLiteral("new")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 7);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    }

    void writerRefusesDanglingReferences()
    {
        AnkiCollection c = sampleCollection();
        c.cards.append({4999, 9999, 2001, 0, 0, 0, 1, 0, 0, 0, 0, 0, {}});
        QString error;
        QVERIFY(!writeAnkiPackage(path(QStringLiteral("dangling.apkg")), c, &error));
        QVERIFY(error.contains(QStringLiteral("4999")));
        QVERIFY(!QFile::exists(path(QStringLiteral("dangling.apkg"))));
        QCOMPARE(leftInTemp(), QStringList());
    }

    void failedWriteKeepsTheOldFile()
    {
        const QString file = path(QStringLiteral("kept.apkg"));
        QVERIFY(writeFile(file, "old"));
        AnkiCollection c = sampleCollection();
        c.notes.first().notetypeId = 77;
        QString error;
        QVERIFY(!writeAnkiPackage(file, c, &error));
        QCOMPARE(fileBytes(file), QByteArrayLiteral("old"));
        // A folder that is not there: the QSaveFile cannot write, nothing half-written appears.
        QVERIFY(!writeAnkiPackage(path(QStringLiteral("missing/dir/x.apkg")), sampleCollection(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(leftInTemp(), QStringList());
    }

    // ---- hostile input ----

    void refusesNotAZip()
    {
        const QString p = path(QStringLiteral("notes.apkg"));
        QVERIFY(writeFile(p, "This is a text file, not a package.\n"));
        expectRefused(p, QStringLiteral("not a zip file"));
        expectRefused(path(QStringLiteral("absent.apkg")), QStringLiteral("does not exist"));
    }

    void refusesZipWithoutCollection()
    {
        const QString p = path(QStringLiteral("empty.apkg"));
        ZipWriter zip;
        zip.add(QStringLiteral("readme.txt"), "hello");
        QString error;
        QVERIFY(zip.write(p, &error));
        expectRefused(p, QStringLiteral("no Anki collection"));
    }

    void refusesUnsafeNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("parent") << QByteArray("../evil.sh");
        QTest::newRow("nested parent") << QByteArray("media/../../evil.sh");
        QTest::newRow("absolute") << QByteArray("/etc/cron.d/evil");
        QTest::newRow("backslash") << QByteArray("..\\evil.bat");
        QTest::newRow("drive letter") << QByteArray("C:/Windows/evil.dll");
    }
    void refusesUnsafeNames()
    {
        QFETCH(QByteArray, name);
        const QString p = path(QStringLiteral("traversal.apkg"));
        QVERIFY(writeFile(p, makeZip({{"collection.anki2", collectionChangedBy({})}, {name, "x"}})));
        expectRefused(p, QStringLiteral("outside the folder"));
        QVERIFY(!ZipReader::isSafeName(QString::fromUtf8(name)));
        QVERIFY(ZipReader::isSafeName(QStringLiteral("collection.anki21b")));
        QVERIFY(ZipReader::isSafeName(QStringLiteral("media/12")));
    }

    void refusesEncrypted()
    {
        const QString p = path(QStringLiteral("encrypted.apkg"));
        RawEntry e{"collection.anki2", collectionChangedBy({})};
        e.flags = 1;
        QVERIFY(writeFile(p, makeZip({e})));
        expectRefused(p, QStringLiteral("encrypted"));
    }

    void refusesZipBombs()
    {
        // Deflated zeros: a ratio only a bomb has.
        const QString ratio = path(QStringLiteral("ratio.apkg"));
        QVERIFY(writeFile(ratio, makeZip({{"collection.anki2", QByteArray(40 << 20, '\0')}})));
        expectRefused(ratio, QStringLiteral("zip bomb"));

        // Over the per-entry and total limits, by the directory.
        ZipLimits small;
        small.maxEntryBytes = 100000;
        small.maxTotalBytes = 150000;
        const QByteArray noise = QCryptographicHash::hash("seed", QCryptographicHash::Sha256).repeated(4000);
        const QString big = path(QStringLiteral("big.apkg"));
        QVERIFY(writeFile(big, makeZip({{"collection.anki2", noise + noise}})));
        expectRefused(big, QStringLiteral("more than"), small);
        const QString total = path(QStringLiteral("total.apkg"));
        QVERIFY(writeFile(total, makeZip({{"collection.anki2", noise}, {"0", noise}})));
        expectRefused(total, QStringLiteral("more than"), small);

        // Many entries sharing one compressed body (an overlapping bomb).
        QList<RawEntry> overlapping{{"collection.anki2", QByteArray(900 << 10, 'a')}};
        for (int i = 0; i < 60; ++i) {
            RawEntry e{QByteArray::number(i), QByteArray(900 << 10, 'a')};
            e.sharesDataOf = 0;
            overlapping.append(e);
        }
        const QString overlap = path(QStringLiteral("overlap.apkg"));
        QVERIFY(writeFile(overlap, makeZip(overlapping)));
        QString error;
        QVERIFY(!readAnkiPackage(overlap, &error));
        QVERIFY2(!error.isEmpty(), "an overlapping zip is refused");
        QCOMPARE(leftInTemp(), QStringList());
    }

    void refusesWhenTheDirectoryLies()
    {
        // The headers say 1000 bytes; the data inflates to 3 MiB.
        RawEntry e{"collection.anki2", QByteArray(3 << 20, 'z')};
        e.declaredSize = 1000;
        const QString p = path(QStringLiteral("lying.apkg"));
        QVERIFY(writeFile(p, makeZip({e})));
        QString error;
        ZipReader zip;
        QVERIFY2(zip.open(p, &error), qPrintable(error));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QVERIFY(!zip.read(QStringLiteral("collection.anki2"), sink, 1 << 30, &error));
        QVERIFY(sink.size() <= 64 * 1024 + 1000);  // stopped at the first chunk over
        QVERIFY(error.contains(QStringLiteral("damaged")));
        zip.close();
        expectRefused(p, QStringLiteral("damaged"));
    }

    void refusesZstdBombs()
    {
        // A frame that states its size: refused before inflating.
        const QByteArray zeros(3 << 20, '\0');
        const QByteArray frame = ZstdCodec::compress(zeros);
        QVERIFY(frame.size() < 1000);
        QString error;
        QVERIFY(!ZstdCodec::decompress(frame, 1 << 20, &error));
        QVERIFY(error.contains(QStringLiteral("more than")));
        const auto inflated = ZstdCodec::decompress(frame, 4 << 20, &error);
        QVERIFY2(inflated, qPrintable(error));
        QCOMPARE(*inflated, zeros);
        // Truncated and garbage frames.
        QVERIFY(!ZstdCodec::decompress(frame.left(frame.size() / 2), 4 << 20, &error));
        QVERIFY(error.contains(QStringLiteral("damaged")));
        QVERIFY(!ZstdCodec::decompress(QByteArray("not zstd at all"), 4 << 20, &error));
        QVERIFY(!ZstdCodec::decompress(QByteArray(), 4 << 20, &error));

        // Inside a package: the zip limit bounds the zstd output too.
        ZipLimits small;
        small.maxEntryBytes = 1 << 20;
        const QString p = packageOf(QStringLiteral("zstdbomb.apkg"), frame, "collection.anki21b");
        expectRefused(p, QStringLiteral("more than"), small);
        const QString damaged = packageOf(QStringLiteral("zstddamaged.apkg"), frame.left(20), "collection.anki21b");
        expectRefused(damaged, QStringLiteral("damaged"));
    }

    void refusesNewerPackages()
    {
        const QString p = path(QStringLiteral("newer.apkg"));
        ZipWriter zip;
        zip.add(QStringLiteral("collection.anki21b"), ZstdCodec::compress(collectionChangedBy({})));
        zip.add(QStringLiteral("meta"), QByteArray("\x08\x04", 2));
        QString error;
        QVERIFY(zip.write(p, &error));
        expectRefused(p, QStringLiteral("newer Anki"));
        const QString schema = packageOf(QStringLiteral("schema19.apkg"),
                                         collectionChangedBy(QStringLiteral("UPDATE col SET ver = 19")));
        expectRefused(schema, QStringLiteral("newer Anki"));
    }

    void refusesBadDatabases_data()
    {
        QTest::addColumn<QByteArray>("collection");
        QTest::addColumn<QString>("fragment");
        QByteArray damaged = collectionChangedBy({});
        for (qsizetype i = 100; i < damaged.size(); i += 7)
            damaged[i] = char(i * 31);
        QTest::newRow("damaged") << damaged << QStringLiteral("damaged");
        QTest::newRow("truncated") << collectionChangedBy({}).left(1000) << QStringLiteral("damaged");
        QTest::newRow("not sqlite") << QByteArray(8192, 'x') << QStringLiteral("damaged");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged");

        // An SQLite file of another program.
        const QString foreign = path(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QTest::newRow("foreign") << fileBytes(foreign) << QStringLiteral("another program");

        QTest::newRow("nul in field")
            << collectionChangedBy(QStringLiteral("UPDATE notes SET flds = CAST(? AS TEXT) WHERE id = 3001"),
                                   {QByteArray("SSH\0evil\x1f" "22", 12)})
            << QStringLiteral("“SSH evil” (id 3001) holds a NUL");
        QTest::newRow("huge field")
            << collectionChangedBy(QStringLiteral("UPDATE notes SET flds = ? WHERE id = 3002"),
                                   {QString(QStringLiteral("Big\x1f") + QString(1100000, QLatin1Char('x')))})
            << QStringLiteral("“Big” (id 3002) has a field of");
        QTest::newRow("wrong encoding")
            << collectionChangedBy(QStringLiteral("UPDATE notes SET flds = CAST(? AS TEXT) WHERE id = 3001"),
                                   {QByteArray("Gr\xf6\xdf" "e\x1f" "22")})
            << QStringLiteral("not UTF-8");
        QTest::newRow("bad models json")
            << collectionChangedBy(QStringLiteral("UPDATE col SET models = '{not json'"))
            << QStringLiteral("damaged");
        QTest::newRow("anki 1")
            << collectionChangedBy(QStringLiteral("UPDATE col SET ver = 1"))
            << QStringLiteral("Anki 1");
        QTest::newRow("schema 18 without its tables")
            << collectionChangedBy(QStringLiteral("UPDATE col SET ver = 18"))
            << QStringLiteral("damaged");
    }
    void refusesBadDatabases()
    {
        QFETCH(QByteArray, collection);
        QFETCH(QString, fragment);
        expectRefused(packageOf(QStringLiteral("bad.apkg"), collection), fragment);
    }

    void refusesDamagedProtobuf()
    {
        // The schema-18 fixture with one template's config cut short.
        QTemporaryDir dir;
        QString error;
        ZipReader zip;
        QVERIFY(zip.open(kData + QStringLiteral("schema18.apkg"), &error));
        const QByteArray collection = *ZstdCodec::decompress(*zip.read(QStringLiteral("collection.anki21b"), 1 << 24, &error), 1 << 24, &error);
        const QString file = dir.filePath(QStringLiteral("c.anki21b"));
        QVERIFY(writeFile(file, collection));
        QVERIFY(AnkiCollectionReader::read(file, &error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("proto"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // x'0a' + a length past the end.
            QVERIFY2(q.exec(QStringLiteral("UPDATE templates SET config = x'0a7f41' WHERE ord = 1")), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("proto"));
        QVERIFY(!AnkiCollectionReader::read(file, &error));
        QVERIFY2(error.contains(QStringLiteral("“Card 2”")) && error.contains(QStringLiteral("damaged")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAnkiPackage)
#include "tst_ankipackage.moc"
