#include "deck.h"
#include "notelibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestNoteLibrary : public QObject
{
    Q_OBJECT

private:
    static QList<Fact> facts()
    {
        QList<Fact> out;
        qint64 id = 1;
        for (const DeckFact &df : Deck::builtin().facts) {
            out.append(df.fact);
            out.last().id = id++;
        }
        return out;
    }

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("site-absolute") << "/Notes/posts/protocols/ssh" << "SSH" << "page:ssh";
        QTest::newRow("any case") << "/Notes/posts/Network/Ref_OSI/TCP" << "TCP" << "page:tcp";
        QTest::newRow("protocol suffix") << "/Notes/posts/protocols/SMTP_protocol" << "SMTP" << "page:smtp";
        QTest::newRow("underscores") << "/Notes/posts/basic_network_connections/subnet_mask" << "subnet mask" << "page:subnet-mask";
        QTest::newRow("fragment kept for the page") << "/Notes/posts/protocols/ssh#how-it-works" << "SSH" << "page:ssh#how-it-works";
        QTest::newRow("same-page heading") << "#details" << "details" << "#details";
        QTest::newRow("empty target: by text") << "" << "SFTP" << "page:sftp";
        QTest::newRow("misspelt: by text") << "/Notes/posts//posts/MAIN_Network+/web_socets" << "Web Sockets" << "page:web-sockets";
        QTest::newRow("relative") << "ports" << "port ranges" << "page:ports";
        QTest::newRow("placeholder address: by text") << "https://www.example.com" << "Port Scanning" << "page:port-scanning";
        QTest::newRow("external") << "https://www.rfc-editor.org/rfc/rfc6335" << "RFC 6335" << "https://www.rfc-editor.org/rfc/rfc6335";
        QTest::newRow("unknown") << "/Notes/posts/nothing_here" << "Nothing" << "missing:nothing_here";
    }

    void resolve()
    {
        QFETCH(QString, href);
        QFETCH(QString, text);
        QFETCH(QString, url);
        NoteLibrary library(facts());
        library.loadBuiltin();
        QCOMPARE(library.resolve(href, text).url, url);
    }

    void notWrittenYetShowsTheDeck()
    {
        NoteLibrary library(facts()); // no pages at all
        QCOMPARE(library.resolve(QStringLiteral("/Notes/posts/protocols/RDP_protocol"), QStringLiteral("RDP")).url,
                 QStringLiteral("fact:rdp"));
        QCOMPARE(library.resolve(QString(), QStringLiteral("Secure Shell")).url, QStringLiteral("fact:ssh"));
    }

    // Every link in the learner's note and in every built-in page leads somewhere.
    void noDeadLinks()
    {
        NoteLibrary library(facts());
        library.loadBuiltin();
        QVERIFY(library.page(QStringLiteral("ports")));
        QVERIFY(library.pages().size() >= 2);
        QStringList dead;
        for (const NoteLibrary::DeadLink &d : library.deadLinks())
            dead << QStringLiteral("%1:%2: %3").arg(d.file).arg(d.line).arg(d.target);
        QVERIFY2(dead.isEmpty(), qPrintable(dead.join(QLatin1Char('\n'))));
    }

    void learnersNotes()
    {
        QTemporaryDir dir;
        QFile note(dir.filePath(QStringLiteral("my-cheatsheet.md")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("---\ntitle: My cheatsheet\n---\n\nSee [SSH](ssh) and [the unknown](/x/y/zzz).\n");
        note.close();
        NoteLibrary library(facts());
        library.loadBuiltin();
        QCOMPARE(library.loadFolder(dir.path()), 1);
        QVERIFY(library.page(QStringLiteral("my-cheatsheet")));
        QCOMPARE(library.resolve(QString(), QStringLiteral("My cheatsheet")).url, QStringLiteral("page:my-cheatsheet"));
        const QList<NoteLibrary::DeadLink> dead = library.deadLinks();
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.constFirst().line, 5); // the file's line, front matter included
        QCOMPARE(dead.constFirst().target, QStringLiteral("/x/y/zzz"));
        QVERIFY(dead.constFirst().file.endsWith(QLatin1String("my-cheatsheet.md")));
    }
};

QTEST_GUILESS_MAIN(TestNoteLibrary)
#include "tst_notelibrary.moc"
