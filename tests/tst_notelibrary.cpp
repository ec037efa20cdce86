#include "deck.h"
#include "notelibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

    // What a translation must keep of its English page: the entry, the links, the deck's
    // tables, the callouts and every number. Wording is free; facts are not.
    struct Shape
    {
        QString fact;
        QStringList links;
        int headings = 0;
        QStringList directives;
        QStringList callouts;
        QStringList numbers;
    };

    static Shape shapeOf(const QString &resource)
    {
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const NoteDocument doc = parseNote(file.readAll());
        Shape s;
        s.fact = doc.factKey;
        for (const MarkdownRenderer::Link &link : MarkdownRenderer::links(doc.body))
            s.links << link.href;
        s.links.sort();
        static const QRegularExpression heading(QStringLiteral("^#{1,6} "), QRegularExpression::MultilineOption);
        s.headings = static_cast<int>(doc.body.count(heading));
        static const QRegularExpression directive(QStringLiteral("^\\{\\{[^}]*\\}\\}\\s*$"), QRegularExpression::MultilineOption);
        for (auto it = directive.globalMatch(doc.body); it.hasNext();)
            s.directives << it.next().captured().trimmed();
        static const QRegularExpression callout(QStringLiteral("^> \\[!(\\w+)\\]"), QRegularExpression::MultilineOption);
        for (auto it = callout.globalMatch(doc.body); it.hasNext();)
            s.callouts << it.next().captured(1);
        // 1,024 and 1.024 are both 1024.
        static const QRegularExpression separator(QStringLiteral("(?<=\\d)[.,\\x{202f}\\x{a0}](?=\\d{3}\\b)"));
        static const QRegularExpression number(QStringLiteral("\\d+"));
        const QString plain = QString(doc.body).remove(separator);
        for (auto it = number.globalMatch(plain); it.hasNext();) {
            const QString n = it.next().captured();
            if (!s.numbers.contains(n))
                s.numbers << n;
        }
        s.numbers.sort();
        return s;
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

    void germanPagesInStep_data()
    {
        QTest::addColumn<QString>("slug");
        const QStringList files = QDir(QStringLiteral(":/notes")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            // FORMAT.md describes the files; ports.md is the learner's own note, shown as written.
            if (name != QLatin1String("FORMAT.md") && name != QLatin1String("ports.md"))
                QTest::newRow(qPrintable(name)) << name.chopped(3);
        }
        QVERIFY(files.size() > 50);
    }

    // Each English page has its German page, and the two say the same things.
    void germanPagesInStep()
    {
        QFETCH(QString, slug);
        const QString german = QStringLiteral(":/notes/de/%1.md").arg(slug);
        QVERIFY2(QFile::exists(german), qPrintable(QStringLiteral("resources/notes/de/%1.md is missing").arg(slug)));
        const Shape en = shapeOf(QStringLiteral(":/notes/%1.md").arg(slug));
        const Shape de = shapeOf(german);
        QCOMPARE(de.fact, en.fact);
        QCOMPARE(de.links, en.links);
        QCOMPARE(de.headings, en.headings);
        QCOMPARE(de.directives, en.directives);
        QCOMPARE(de.callouts, en.callouts);
        QCOMPARE(de.numbers, en.numbers);
    }

    void germanLibraryPrefersGermanPages()
    {
        NoteLibrary library(facts());
        library.loadBuiltin(QStringLiteral("de"));
        QCOMPARE(library.page(QStringLiteral("ssh"))->file, QStringLiteral("resources/notes/de/ssh.md"));
        QVERIFY(library.page(QStringLiteral("ssh"))->document.body.contains(QStringLiteral("## In der Prüfung")));
        QCOMPARE(library.page(QStringLiteral("ports"))->file, QStringLiteral("resources/notes/ports.md")); // the learner's note
        QCOMPARE(library.resolve(QString(), QStringLiteral("Verkehrstypen")).url, QStringLiteral("page:traffic-types"));
        QStringList dead;
        for (const NoteLibrary::DeadLink &d : library.deadLinks())
            dead << QStringLiteral("%1:%2: %3").arg(d.file).arg(d.line).arg(d.target);
        QVERIFY2(dead.isEmpty(), qPrintable(dead.join(QLatin1Char('\n'))));
        NoteLibrary english(facts());
        english.loadBuiltin(QStringLiteral("en"));
        QCOMPARE(english.page(QStringLiteral("ssh"))->file, QStringLiteral("resources/notes/ssh.md"));
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
