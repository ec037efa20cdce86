#include "markdown.h"

#include <QFile>
#include <QTest>

class TestMarkdown : public QObject
{
    Q_OBJECT

private:
    static RenderContext context(QStringList *resolved = nullptr)
    {
        RenderContext ctx;
        ctx.resolveLink = [resolved](const QString &href, const QString &text) {
            if (resolved)
                resolved->append(href + QLatin1Char('|') + text);
            if (href.startsWith(QLatin1String("http")))
                return LinkTarget{LinkTarget::Kind::External, href};
            if (href.isEmpty() && text.isEmpty())
                return LinkTarget{};
            return LinkTarget{LinkTarget::Kind::Page, QStringLiteral("page:") + (href.isEmpty() ? text.toLower() : href.section(QLatin1Char('/'), -1).toLower())};
        };
        ctx.imageSource = [](const QString &src) { return src.endsWith(QLatin1String(".png")) ? QStringLiteral("qrc:/images/x.svg") : QString(); };
        ctx.portsTable = [] { return QStringLiteral("<table id=\"ports\"></table>"); };
        ctx.calloutColours = [](const QString &kind) {
            return std::pair<QString, QString>{kind == QLatin1String("bug") ? QStringLiteral("#e5484d") : QStringLiteral("#448aff"), QStringLiteral("#f5f5f5")};
        };
        return ctx;
    }

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("heading") << "## Ports" << QStringList{"<h2>Ports</h2>"} << QStringList{};
        QTest::newRow("emphasis") << "*a* **b** `c` ~~d~~" << QStringList{"<i>a</i>", "<b>b</b>", "<code>c</code>", "<s>d</s>"} << QStringList{};
        QTest::newRow("lists") << "- one\n- two\n\n3. three" << QStringList{"<ul><li>one</li><li>two</li></ul>", "<ol start=\"3\"><li>three</li></ol>"} << QStringList{};
        QTest::newRow("code block") << "```\nx < y\n```" << QStringList{"<pre>x &lt; y\n</pre>"} << QStringList{};
        QTest::newRow("table") << "| Port | Name |\n|---|---|\n| **tcp/22** | SSH |"
                               << QStringList{"<table border=\"1\"", "<th>Port</th>", "<td><b>tcp/22</b></td>"} << QStringList{};
        QTest::newRow("highlight") << "==Ports 0 through 1,023=="
                                   << QStringList{"<span style=\"background-color:#fff3a3; color:#000000\">Ports 0 through 1,023</span>"} << QStringList{"=="};
        QTest::newRow("unclosed highlight") << "a ==b\n\nc" << QStringList{"b</span></p>", "<p>c</p>"} << QStringList{};
        QTest::newRow("highlight in code") << "`a == b`" << QStringList{"<code>a == b</code>"} << QStringList{"<span"};
        QTest::newRow("bug callout") << "> \\[!bug\\] Ports are for communication, not security.  \n> They need to be well-known."
                                     << QStringList{"✖&nbsp;Ports are for communication, not security.", "#e5484d", "They need to be well-known."}
                                     << QStringList{"[!bug]", "<blockquote"};
        QTest::newRow("callout without title") << "> [!tip]\n> Use SSH." << QStringList{"✔&nbsp;Tip", "Use SSH."} << QStringList{"[!tip]"};
        for (const char *kind : {"note", "info", "warning", "example", "question", "quote"})
            QTest::addRow("callout %s", kind) << QStringLiteral("> [!%1] Title\n> Body").arg(QLatin1String(kind))
                                              << QStringList{"Title", "Body", "bgcolor"} << QStringList{"[!"};
        QTest::newRow("plain quote") << "> just a quote" << QStringList{"<blockquote", "just a quote"} << QStringList{"bgcolor"};
        QTest::newRow("unclosed callout") << "> [!note] Open\n> still open" << QStringList{"Open", "still open"} << QStringList{};
        QTest::newRow("slide number") << "text\n\n2\n\nmore" << QStringList{"Slide 2", "<p>text</p>", "<p>more</p>"} << QStringList{"<p>2</p>"};
        QTest::newRow("ports directive") << "{{ports}}" << QStringList{"<table id=\"ports\"></table>"} << QStringList{"{{ports}}"};
        QTest::newRow("raw html is text") << "<script>alert(1)</script>\n\nhi <b onclick=x>there</b>"
                                          << QStringList{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onclick=x&gt;"} << QStringList{"<script", "onclick=x>"};
        QTest::newRow("page link") << "[SSH](/Notes/posts/protocols/ssh)" << QStringList{"<a href=\"page:ssh\">SSH</a>"} << QStringList{};
        QTest::newRow("empty link target") << "[SFTP]()" << QStringList{"<a href=\"page:sftp\">SFTP</a>"} << QStringList{};
        QTest::newRow("external link") << "[x](https://www.example.com)" << QStringList{"<a href=\"https://www.example.com\">x</a>"} << QStringList{};
        QTest::newRow("image") << "![PortNumbers_visual.png](/PortNumbers_visual.png)" << QStringList{"<img src=\"qrc:/images/x.svg\" alt=\"PortNumbers_visual.png\">"} << QStringList{};
        QTest::newRow("unknown image") << "![diagram](/x.gif)" << QStringList{"[diagram]"} << QStringList{"<img"};
        QTest::newRow("entities") << "AT&amp;T &copy; &bogus" << QStringList{"AT&amp;T", "&copy;", "&amp;bogus"} << QStringList{};
        QTest::newRow("binary junk") << QString::fromUtf8("a\x01\x02\xff b") << QStringList{"<p>a"} << QStringList{};
        QString big = QStringLiteral("| a | b |\n|---|---|\n");
        for (int i = 0; i < 2000; ++i)
            big += QStringLiteral("| %1 | x |\n").arg(i);
        QTest::newRow("huge table is capped") << big << QStringList{"<td>998</td>"} << QStringList{"<td>999</td>", "<td>1999</td>"};
        QTest::newRow("number in a callout is no slide") << "> [!tip] Port\n>\n> 22" << QStringList{"<p>22</p>"} << QStringList{"Slide"};
        QTest::newRow("number in a loose list is no slide") << "- a\n\n- 80\n" << QStringList{"80"} << QStringList{"Slide"};
        QTest::newRow("www is not a link") << "see www.example.com" << QStringList{"www.example.com"} << QStringList{"<a "};
        QTest::newRow("note and info differ") << "> [!note] A\n\n> [!info] B" << QStringList{"✎&nbsp;A", "ℹ&nbsp;B"} << QStringList{};
    }

    void render()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);
        QStringList warnings;
        const QString html = MarkdownRenderer::toHtml(markdown, context(), &warnings);
        for (const QString &c : contains)
            QVERIFY2(html.contains(c), qPrintable(QStringLiteral("missing %1 in\n%2").arg(c, html.left(2000))));
        for (const QString &a : absent)
            QVERIFY2(!html.contains(a), qPrintable(QStringLiteral("unwanted %1 in\n%2").arg(a, html.left(2000))));
    }

    void limits()
    {
        // Deep callouts would stall the view: past two levels they are plain quotes.
        QString deep;
        for (int i = 0; i < 40; ++i)
            deep += QString(i + 1, QLatin1Char('>')) + QStringLiteral(" [!note] level %1\n").arg(i);
        const QString html = MarkdownRenderer::toHtml(deep, context());
        QVERIFY(html.count(QLatin1String("bgcolor")) <= 6); // bar and body of at most two callouts and a correction
        QVERIFY(html.contains(QLatin1String("level 39")));
        // Row and size caps say so.
        QString rows = QStringLiteral("| a |\n|---|\n");
        for (int i = 0; i < 1500; ++i)
            rows += QStringLiteral("| %1 |\n").arg(i);
        QStringList warnings;
        MarkdownRenderer::toHtml(rows, context(), &warnings);
        QVERIFY2(warnings.join(QLatin1Char(' ')).contains(QLatin1String("only the first 1000")), qPrintable(warnings.join(QLatin1Char(' '))));
        warnings.clear();
        MarkdownRenderer::toHtml(QString(600 * 1024, QLatin1Char('a')), context(), &warnings);
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QLatin1String("very long")));
    }

    void corrections()
    {
        RenderContext ctx = context();
        ctx.corrections = {{QStringLiteral("1,024 through 65,535"), QStringLiteral("IANA splits it: **1024–49151** registered.")},
                           {QStringLiteral("Port Scanning"), QStringLiteral("Later.")},
                           {QStringLiteral("never there"), QStringLiteral("Never shown.")}};
        const QString html = MarkdownRenderer::toHtml(
            QStringLiteral("- **Ephemeral**  \n  ==Ports 1,024 through 65,535==\n\nmiddle\n\n[Port\nScanning](x)"), ctx);
        const qsizetype list = html.indexOf(QLatin1String("</ul>"));
        const qsizetype first = html.indexOf(QLatin1String("About your note"));
        QVERIFY2(list >= 0 && first > list && first < html.indexOf(QLatin1String("middle")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<b>1024–49151</b>")));
        QVERIFY(html.lastIndexOf(QLatin1String("About your note")) > html.indexOf(QLatin1String("Scanning")));
        QVERIFY(!html.contains(QLatin1String("Never shown")));
        // The learner's words are untouched.
        QVERIFY(html.contains(QLatin1String("Ports 1,024 through 65,535")));
    }

    // A correction of a table row sits right below that row, inside the table, not below it.
    void correctionsBesideTheirRow()
    {
        RenderContext ctx = context();
        ctx.corrections = {{QStringLiteral("SSH Connecting"), QStringLiteral("Not containers.")},
                           {QStringLiteral("Phone calls"), QStringLiteral("UDP by default.")}};
        const QString html = MarkdownRenderer::toHtml(
            QStringLiteral("| Port | Name | Function |\n|---|---|---|\n| tcp/23 | Telnet | Connecting |\n"
                           "| tcp/22 | SSH | Connecting |\n| tcp/5060 | SIP | Phone calls |\n| tcp/80 | HTTP | Web |\n\nAfter."),
            ctx);
        const qsizetype ssh = html.indexOf(QLatin1String("SSH"));
        const qsizetype telnet = html.indexOf(QLatin1String("Telnet"));
        const qsizetype first = html.indexOf(QLatin1String("Not containers."));
        const qsizetype sip = html.indexOf(QLatin1String("SIP"));
        const qsizetype second = html.indexOf(QLatin1String("UDP by default."));
        const qsizetype http = html.indexOf(QLatin1String("HTTP"));
        QVERIFY2(telnet < ssh && ssh < first && first < sip && sip < second && second < http, qPrintable(html));
        QVERIFY(second < html.indexOf(QLatin1String("</table>"))); // in the table, as a row of its own
        QCOMPARE(html.count(QLatin1String("colspan=\"3\"")), 2);
        QCOMPARE(html.count(QLatin1String("About your note")), 2);
    }

    void frontMatter_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("warnings");
        QTest::newRow("seed style") << QByteArray("---\ndate: \"2024-07-22T09:10:24+02:00\"\ndraft: false\ntitle: Ports\n---\n\n## Ports\n")
                                    << "Ports" << false << "\n## Ports\n" << 0;
        QTest::newRow("draft") << QByteArray("---\ntitle: 'Later'\ndraft: true\n---\nx") << "Later" << true << "x" << 0;
        QTest::newRow("aliases and fact") << QByteArray("---\ntitle: SSH\nfact: ssh\naliases: [Secure Shell, \"SSH-2\"]\n---\nbody") << "SSH" << false << "body" << 0;
        QTest::newRow("none") << QByteArray("# Just text") << "" << false << "# Just text" << 0;
        QTest::newRow("body opens with a rule") << QByteArray("---\ntitle: R\n---\n---\nafter the rule") << "R" << false << "---\nafter the rule" << 0;
        QTest::newRow("unclosed") << QByteArray("---\ntitle: x\nno end") << "" << false << "---\ntitle: x\nno end" << 1;
        QTest::newRow("garbled line") << QByteArray("---\ntitle: ok\n: broken :\n---\nb") << "ok" << false << "b" << 1;
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF---\r\ntitle: Win\r\n---\r\nbody") << "Win" << false << "body" << 0;
        QTest::newRow("binary") << QByteArray("---\ntitle: b\n---\n\x00\xff\xfe", 18) << "b" << false << "*junk*" << 1;
    }

    void frontMatter()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, title);
        QFETCH(bool, draft);
        QFETCH(QString, body);
        QFETCH(int, warnings);
        const NoteDocument note = parseNote(raw);
        QCOMPARE(note.title, title);
        QCOMPARE(note.draft, draft);
        if (body == QLatin1String("*junk*"))
            QVERIFY(note.body.contains(QChar(0xFFFD)));
        else
            QCOMPARE(note.body, body);
        QCOMPARE(note.warnings.size(), warnings);
    }

    void aliases()
    {
        const NoteDocument note = parseNote("---\ntitle: SSH\nfact: ssh\naliases: [Secure Shell, \"SSH-2\"]\n---\n");
        QCOMPARE(note.factKey, QStringLiteral("ssh"));
        QCOMPARE(note.aliases, (QStringList{"Secure Shell", "SSH-2"}));
    }

    // Each link's line, for "notes check": inline links, a bare address, a table, text
    // before it that is not ASCII, hrefs md4c copies (an escape, an "&": the line of the link's
    // text), and a reference link (the line of its definition).
    void linkLines()
    {
        const QString markdown = QStringLiteral(
            "# Title\n"                                          // 1
            "\n"                                                 // 2
            "See [SSH](/notes/ssh) and [FTP](/notes/ftp).\n"     // 3
            "Plain address: https://example.com/a\n"             // 4
            "\n"                                                 // 5
            "| Port | Page |\n"                                  // 6
            "|---|---|\n"                                        // 7
            "| 22 | [SSH](/notes/ssh2) |\n"                      // 8
            "\n"                                                 // 9
            "Grüße, „Ümlaute“ [über](/notes/ueber)\n"            // 10
            "[escaped](/notes/a\\_b)\n"                          // 11
            "Questions: [Q&A](/notes/q&a)\n"                     // 12
            "[by reference][r]\n"                                // 13
            "\n"                                                 // 14
            "[r]: /notes/ref\n");                                // 15
        const QList<MarkdownRenderer::Link> links = MarkdownRenderer::links(markdown);
        QStringList got;
        for (const MarkdownRenderer::Link &l : links)
            got << QStringLiteral("%1@%2").arg(l.href).arg(l.line);
        QCOMPARE(got, QStringList({QStringLiteral("/notes/ssh@3"), QStringLiteral("/notes/ftp@3"),
                                   QStringLiteral("https://example.com/a@4"), QStringLiteral("/notes/ssh2@8"),
                                   QStringLiteral("/notes/ueber@10"), QStringLiteral("/notes/a_b@11"),
                                   QStringLiteral("/notes/q&a@12"), QStringLiteral("/notes/ref@15")}));
    }

    // The learner's note: every construct it uses renders, and every link is found.
    void seedNote()
    {
        QFile file(QStringLiteral(PORTDECK_SOURCE_DIR "/resources/notes/ports.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const NoteDocument note = parseNote(file.readAll());
        QCOMPARE(note.title, QStringLiteral("Ports"));
        QStringList resolved;
        const QString html = MarkdownRenderer::toHtml(note.body, context(&resolved));
        QVERIFY(html.contains(QLatin1String("Slide 1")));
        QVERIFY(html.contains(QLatin1String("Ports 0 through 1,023")));
        QVERIFY(html.contains(QStringLiteral("✖&nbsp;Ports are for communication, not security.")));
        QVERIFY(html.contains(QLatin1String("<th>Port</th>")));
        QVERIFY(resolved.contains(QStringLiteral("|SFTP")));
        QVERIFY(resolved.contains(QStringLiteral("/Notes/posts//posts/MAIN_Network+/web_socets|Web Sockets")));
        const QList<MarkdownRenderer::Link> links = MarkdownRenderer::links(note.body);
        QCOMPARE(links.size(), 32); // 34 "](" in the file, two of them images
        QCOMPARE(links.constFirst().href, QStringLiteral("/Notes/posts/Linux/service"));
        QCOMPARE(links.constFirst().text, QStringLiteral("service"));
        QCOMPARE(links.constFirst().line, 5); // of the body, which starts after the front matter
        QCOMPARE(links.constLast().href, QStringLiteral("https://www.example.com"));
        QCOMPARE(links.constLast().text, QStringLiteral("Port Scanning"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
