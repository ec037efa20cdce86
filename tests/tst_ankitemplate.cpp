// Anki's card templates rendered to the plain text Portdeck shows.
#include "ankitemplate.h"

#include <QTest>

using namespace ankitemplate;

class TestAnkiTemplate : public QObject
{
    Q_OBJECT

private slots:
    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("SSH") << QStringLiteral("SSH");
        QTest::newRow("br") << QStringLiteral("port 22<br>TCP<br/>only<BR />") << QStringLiteral("port 22\nTCP\nonly");
        QTest::newRow("two br") << QStringLiteral("a<br><br>b") << QStringLiteral("a\n\nb");
        QTest::newRow("divs") << QStringLiteral("<div>443</div><div>TCP</div>") << QStringLiteral("443\nTCP");
        QTest::newRow("anki empty line") << QStringLiteral("<div>a</div><div><br></div><div>b</div>") << QStringLiteral("a\n\nb");
        QTest::newRow("br inside div") << QStringLiteral("<div>a<br></div><div>b</div>") << QStringLiteral("a\nb");
        QTest::newRow("paragraphs") << QStringLiteral("<p>one</p>\n<p>two</p>") << QStringLiteral("one\ntwo");
        QTest::newRow("source newlines are spaces") << QStringLiteral("Secure\nShell\t protocol") << QStringLiteral("Secure Shell protocol");
        QTest::newRow("entities") << QStringLiteral("a&nbsp;&amp;&nbsp;b &lt;tag&gt; &quot;q&quot; &#39;s&#x27; &#x1F600; &euro;") << QStringLiteral("a & b <tag> \"q\" 's' \U0001F600 €");
        QTest::newRow("unknown entity kept") << QStringLiteral("AT&T &bogus; & co") << QStringLiteral("AT&T &bogus; & co");
        QTest::newRow("escaped tag stays text") << QStringLiteral("&lt;b&gt;bold&lt;/b&gt;") << QStringLiteral("<b>bold</b>");
        QTest::newRow("inline tags") << QStringLiteral("<b>bold</b> and <span style=\"color:red\">red</span>") << QStringLiteral("bold and red");
        QTest::newRow("img dropped") << QStringLiteral("DNS <img src=\"port.png\"> port") << QStringLiteral("DNS port");
        QTest::newRow("sound dropped") << QStringLiteral("ssh [sound:ssh.mp3]") << QStringLiteral("ssh");
        QTest::newRow("style and script") << QStringLiteral("<style>.card{color:red}</style>x<script>alert(1)</script>y") << QStringLiteral("xy");
        QTest::newRow("comment") << QStringLiteral("a<!-- hidden <b> -->b") << QStringLiteral("ab");
        QTest::newRow("comparison is text") << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
        QTest::newRow("whitespace tidied") << QStringLiteral("  <div>  a   b  </div>  <div>c </div> ") << QStringLiteral("a b\nc");
        QTest::newRow("hr ends a line") << QStringLiteral("front<hr id=answer>back") << QStringLiteral("front\nback");
        QTest::newRow("list") << QStringLiteral("<ul><li>TCP</li><li>UDP</li></ul>") << QStringLiteral("TCP\nUDP");
        QTest::newRow("unfinished tag") << QStringLiteral("a <b") << QStringLiteral("a");
        QTest::newRow("empty") << QString() << QString();
    }
    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(ankitemplate::htmlToText(html), text);
    }

    void render_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("ord");
        QTest::addColumn<bool>("answerSide");
        QTest::addColumn<QString>("html");
        QTest::newRow("field") << QStringLiteral("Q: {{Front}}") << 0 << false << QStringLiteral("Q: SSH");
        QTest::newRow("spaces in tag") << QStringLiteral("{{ Front }}") << 0 << false << QStringLiteral("SSH");
        QTest::newRow("unknown field") << QStringLiteral("[{{Nope}}]") << 0 << false << QStringLiteral("[]");
        QTest::newRow("section shown") << QStringLiteral("{{#Back}}has back{{/Back}}") << 0 << false << QStringLiteral("has back");
        QTest::newRow("section hidden") << QStringLiteral("a{{#Empty}}never{{Front}}{{/Empty}}b") << 0 << false << QStringLiteral("ab");
        QTest::newRow("section of html-only field") << QStringLiteral("{{#Blank}}x{{/Blank}}") << 0 << false << QString();
        QTest::newRow("inverted") << QStringLiteral("{{^Empty}}none{{/Empty}}{{^Front}}no{{/Front}}") << 0 << false << QStringLiteral("none");
        QTest::newRow("nested sections") << QStringLiteral("{{#Front}}<{{#Back}}{{Back}}{{/Back}}>{{/Front}}") << 0 << false << QStringLiteral("<22>");
        QTest::newRow("text filter") << QStringLiteral("{{text:Rich}}") << 0 << false << QStringLiteral("a &lt;b&gt;");
        QTest::newRow("type dropped") << QStringLiteral("{{Front}}{{type:Back}}") << 0 << false << QStringLiteral("SSH");
        QTest::newRow("type on answer") << QStringLiteral("{{type:Back}}") << 0 << true << QStringLiteral("22");
        QTest::newRow("hint") << QStringLiteral("{{hint:Back}}") << 0 << false << QStringLiteral("22");
        QTest::newRow("unknown filter") << QStringLiteral("{{shout:Front}}") << 0 << false << QStringLiteral("SSH");
        QTest::newRow("cloze question") << QStringLiteral("{{cloze:Text}}") << 0 << false << QStringLiteral("[...] uses port 53");
        QTest::newRow("cloze hint") << QStringLiteral("{{cloze:Text}}") << 1 << false << QStringLiteral("DNS uses port [a number]");
        QTest::newRow("cloze answer") << QStringLiteral("{{cloze:Text}}") << 1 << true << QStringLiteral("DNS uses port 53");
        QTest::newRow("type cloze") << QStringLiteral("{{type:cloze:Text}}") << 1 << true << QStringLiteral("53");
        QTest::newRow("cloze conditional") << QStringLiteral("{{#c2}}second{{/c2}}{{#c1}}first{{/c1}}") << 1 << false << QStringLiteral("second");
        QTest::newRow("kanji") << QStringLiteral("{{kanji:Ruby}}") << 0 << false << QStringLiteral("日本語");
        QTest::newRow("kana") << QStringLiteral("{{kana:Ruby}}") << 0 << false << QStringLiteral("にほんご");
        QTest::newRow("stray close") << QStringLiteral("a{{/Front}}b") << 0 << false << QStringLiteral("ab");
        QTest::newRow("unclosed section") << QStringLiteral("{{#Front}}open") << 0 << false << QStringLiteral("open");
        QTest::newRow("unclosed tag") << QStringLiteral("x {{Front") << 0 << false << QStringLiteral("x {{Front");
    }
    void render()
    {
        QFETCH(QString, format);
        QFETCH(int, ord);
        QFETCH(bool, answerSide);
        QFETCH(QString, html);
        const QHash<QString, QString> fields{
            {QStringLiteral("Front"), QStringLiteral("SSH")},
            {QStringLiteral("Back"), QStringLiteral("22")},
            {QStringLiteral("Empty"), QString()},
            {QStringLiteral("Blank"), QStringLiteral(" <br><div></div> ")},
            {QStringLiteral("Rich"), QStringLiteral("a &lt;b&gt;<br>")},
            {QStringLiteral("Text"), QStringLiteral("{{c1::DNS}} uses port {{c2::53::a number}}")},
            {QStringLiteral("Ruby"), QStringLiteral("日本語[にほんご]")},
            {QStringLiteral("c%1").arg(ord + 1), QStringLiteral("1")},
        };
        QCOMPARE(renderHtml(format, fields, ord, answerSide), html);
    }

    void cloze_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("answer");
        QTest::newRow("one") << QStringLiteral("{{c1::22}}/tcp") << 1 << QStringLiteral("[...]/tcp") << QStringLiteral("22/tcp");
        QTest::newRow("other number") << QStringLiteral("{{c1::22}}/{{c2::tcp}}") << 2 << QStringLiteral("22/[...]") << QStringLiteral("22/tcp");
        QTest::newRow("same number twice") << QStringLiteral("{{c1::a}} {{c1::b}}") << 1 << QStringLiteral("[...] [...]") << QStringLiteral("a b");
        QTest::newRow("several numbers") << QStringLiteral("{{c1,2::x}}") << 2 << QStringLiteral("[...]") << QStringLiteral("x");
        QTest::newRow("nested") << QStringLiteral("{{c1::Secure {{c2::Shell}}}}") << 2 << QStringLiteral("Secure [...]") << QStringLiteral("Secure Shell");
        QTest::newRow("nested outer") << QStringLiteral("{{c1::Secure {{c2::Shell}}}}") << 1 << QStringLiteral("[...]") << QStringLiteral("Secure Shell");
        QTest::newRow("hint") << QStringLiteral("{{c1::443::port}}") << 1 << QStringLiteral("[port]") << QStringLiteral("443");
        QTest::newRow("uppercase C") << QStringLiteral("{{C1::x}}") << 1 << QStringLiteral("[...]") << QStringLiteral("x");
        QTest::newRow("unclosed") << QStringLiteral("{{c1::x") << 1 << QStringLiteral("[...]") << QStringLiteral("x");
        QTest::newRow("not a cloze") << QStringLiteral("{{c::x}} {{cx::y}}") << 1 << QStringLiteral("{{c::x}} {{cx::y}}") << QStringLiteral("{{c::x}} {{cx::y}}");
    }
    void cloze()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(QString, question);
        QFETCH(QString, answer);
        QCOMPARE(renderCloze(text, number, false), question);
        QCOMPARE(renderCloze(text, number, true), answer);
    }

    void renderCard()
    {
        AnkiNotetype basic{1, QStringLiteral("Basic (and reversed card)"), false,
                           {QStringLiteral("Front"), QStringLiteral("Back")},
                           {{QStringLiteral("Card 1"), 0, QStringLiteral("{{Front}}"),
                             QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")},
                            {QStringLiteral("Card 2"), 1, QStringLiteral("{{Back}}<br>({{Card}}, {{Tags}})"),
                             QStringLiteral("{{FrontSide}}<hr id=answer>{{Front}}")}},
                           {}};
        const AnkiNote note{7, QStringLiteral("g"), 1,
                            {QStringLiteral("What does <b>SSH</b> stand for?"), QStringLiteral("Secure&nbsp;Shell")},
                            {QStringLiteral("ports"), QStringLiteral("ssh")}, 0};
        AnkiRenderedCard card = ankitemplate::render(basic, note, 0);
        QCOMPARE(card.question, QStringLiteral("What does SSH stand for?"));
        QCOMPARE(card.answer, QStringLiteral("What does SSH stand for?\nSecure Shell"));
        card = ankitemplate::render(basic, note, 1);
        QCOMPARE(card.question, QStringLiteral("Secure Shell\n(Card 2, ports ssh)"));
        QCOMPARE(card.answer, QStringLiteral("Secure Shell\n(Card 2, ports ssh)\nWhat does SSH stand for?"));
        QCOMPARE(ankitemplate::render(basic, note, 5).question, QString());  // no such template

        const AnkiNotetype cloze{2, QStringLiteral("Cloze"), true,
                                 {QStringLiteral("Text"), QStringLiteral("Back Extra")},
                                 {{QStringLiteral("Cloze"), 0, QStringLiteral("{{cloze:Text}}"),
                                   QStringLiteral("{{cloze:Text}}<br>\n{{Back Extra}}")}},
                                 {}};
        const AnkiNote clozeNote{8, QStringLiteral("h"), 2,
                                 {QStringLiteral("{{c1::DNS}} uses port {{c2::53::a number}}"), QStringLiteral("UDP &amp; TCP")},
                                 {}, 0};
        card = ankitemplate::render(cloze, clozeNote, 1);
        QCOMPARE(card.question, QStringLiteral("DNS uses port [a number]"));
        QCOMPARE(card.answer, QStringLiteral("DNS uses port 53\nUDP & TCP"));
        card = ankitemplate::render(cloze, clozeNote, 0);
        QCOMPARE(card.question, QStringLiteral("[...] uses port 53"));
    }

    void fieldEmpty_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("empty");
        QTest::newRow("nothing") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral(" \n\t") << true;
        QTest::newRow("br and div") << QStringLiteral("<br><div></div><BR/><br />") << true;
        QTest::newRow("text") << QStringLiteral("<div>x</div>") << false;
        QTest::newRow("nbsp entity") << QStringLiteral("&nbsp;") << false;  // Anki's rule too
        QTest::newRow("image") << QStringLiteral("<img src=a.png>") << false;
    }
    void fieldEmpty()
    {
        QFETCH(QString, html);
        QFETCH(bool, empty);
        QCOMPARE(isFieldEmpty(html), empty);
    }
};

QTEST_GUILESS_MAIN(TestAnkiTemplate)
#include "tst_ankitemplate.moc"
