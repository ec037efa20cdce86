#include "cardinfodialog.h"
#include "chartpanel.h"
#include "collection.h"
#include "collectionfixtures.h"
#include "deck.h"
#include "deckstore.h"
#include "mainwindow.h"
#include "notebrowser.h"
#include "notespage.h"
#include "searchdialog.h"
#include "searchservice.h"
#include "quizpage.h"
#include "tablepage.h"

#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QUrl>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>

using testsupport::closeModals;
using testsupport::shot;

namespace {
} // namespace

class TestNotesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    NotesPage *m_page = nullptr;

    QString text() const { return m_page->browser()->toPlainText(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"));
        m_window->resize(1100, 760);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("notes")));
        m_page = m_window->notesPage();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    // The Notes page is built when first shown, not at launch, and then shows what changed
    // before: an entry added while it did not exist has its page and its index row.
    void builtWhenFirstShownWithEarlierChanges()
    {
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
        m_window->show();
        QVERIFY(!m_window->isPageBuilt(QStringLiteral("notes")));
        QVERIFY(m_window->collection()->addEntry(collectionfixtures::ownEntry()));
        QVERIFY(!m_window->isPageBuilt(QStringLiteral("notes"))); // a change builds no page

        QVERIFY(m_window->setCurrentPage(QStringLiteral("notes")));
        QVERIFY(m_window->isPageBuilt(QStringLiteral("notes")));
        m_page = m_window->notesPage();
        QVERIFY(m_page->isVisible());
        const Fact *acme = nullptr;
        const QList<Fact> facts = m_store->facts();
        for (const Fact &f : facts) {
            if (f.name == QLatin1String("Acme Sync"))
                acme = &f;
        }
        QVERIFY(acme);
        m_page->openFactPage(acme->key);
        QVERIFY(text().contains(QLatin1String("Keeps the office file shares in step")));
        QVERIFY(text().contains(QLatin1String("8443")));
    }

    void theLearnersNoteRenders()
    {
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ports"));
        const QString t = text();
        QVERIFY(t.startsWith(QLatin1String("Ports")));
        QVERIFY(t.contains(QLatin1String("Ports 0 through 1,023")));
        QVERIFY(t.contains(QLatin1String("Ports are for communication, not security.")));
        QVERIFY(t.contains(QLatin1String("About your note")));  // beside the learner's words
        QVERIFY(t.contains(QStringLiteral("registered (user) ports 1024–49151")));
        QVERIFY(!t.contains(QLatin1String("[!bug]")));
        QVERIFY(!t.contains(QLatin1String("==")));
        // Both diagrams are drawn from the project's SVGs.
        const QString html = m_page->browser()->toHtml();
        QVERIFY(html.contains(QLatin1String("qrc:/images/PortNumbers_visual.svg")));
        QVERIFY(html.contains(QLatin1String("qrc:/images/ManagingPortsData_visual.svg")));
        QVERIFY(m_page->contentsButton()->isEnabled());
        shot(m_page, "notes-ports");
        m_page->browser()->scrollToAnchor(QStringLiteral("h1")); // "Port Types"
        QTest::qWait(20);
        shot(m_page, "notes-ports-2");
        m_page->browser()->scrollToAnchor(QStringLiteral("h3"));
        QTest::qWait(20);
        shot(m_page, "notes-ports-3");
    }

    void clickingALink()
    {
        // Find the learner's "service" link on the Ports note and click it with the mouse.
        QTextCursor cursor = m_page->browser()->document()->find(QStringLiteral("service"));
        QVERIFY(!cursor.isNull());
        cursor.setPosition(cursor.selectionStart() + 2);
        const QRect where = m_page->browser()->cursorRect(cursor);
        QTest::mouseClick(m_page->browser()->viewport(), Qt::LeftButton, {}, where.center());
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:service"));
        QVERIFY(text().startsWith(QLatin1String("Service")));
    }

    void linksBackAndForward()
    {
        m_page->followLink(QUrl(QStringLiteral("page:ssh")));
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ssh"));
        QVERIFY(text().contains(QLatin1String("How it works")));
        QVERIFY(text().contains(QLatin1String("22")));             // the deck's port table
        QVERIFY(m_page->quizButton()->isVisible());
        QVERIFY(text().contains(QLatin1String("Your cards on SSH: 0 of 3 studied.")));
        shot(m_page, "notes-ssh");
        // A link inside the page, then back and forward with the keyboard.
        m_page->followLink(QUrl(QStringLiteral("page:telnet")));
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:telnet"));
        QTest::keyClick(m_page->browser(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ssh"));
        QTest::keyClick(m_page->browser(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ports"));
        QTest::keyClick(m_page->browser(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ssh"));
        // The mouse's back button.
        QTest::mouseClick(m_page->browser()->viewport(), Qt::BackButton);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ports"));
        m_page->open(QStringLiteral("index:"));
        QVERIFY(text().contains(QLatin1String("Protocols")) && text().contains(QLatin1String("Concepts")));
        m_page->home();
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ports"));
    }

    void everyLinkOfTheSeedNoteLeadsSomewhere()
    {
        const NotePage *ports = m_page->library().page(QStringLiteral("ports"));
        QVERIFY(ports);
        for (const MarkdownRenderer::Link &link : MarkdownRenderer::links(ports->document.body)) {
            const LinkTarget target = m_page->library().resolve(link.href, link.text);
            QVERIFY2(target.kind != LinkTarget::Kind::Unknown, qPrintable(link.href + QLatin1Char('|') + link.text));
            if (target.kind == LinkTarget::Kind::Page)
                QVERIFY2(target.url.startsWith(QLatin1String("page:")), qPrintable(target.url)); // a written page
        }
    }

    void notWrittenYetAndMissing()
    {
        m_page->open(QStringLiteral("fact:iana-registered-ports"));
        QVERIFY(text().contains(QLatin1String("not written yet")));
        QVERIFY(text().contains(QLatin1String("1024")));
        m_page->open(QStringLiteral("missing:gopher"));
        QVERIFY(text().contains(QStringLiteral("no entry called “gopher”")));
    }

    void onlyWebLinksLeave()
    {
        bool refused = false;
        QTimer::singleShot(0, this, [&refused] {
            const auto guard = qScopeGuard(closeModals);
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QLatin1String("does not open")));
            refused = true;
        });
        m_page->followLink(QUrl(QStringLiteral("file:///bin/sh")));
        QVERIFY(refused);
        // fact: links open the written page; unknown ones say so.
        m_page->followLink(QUrl(QStringLiteral("fact:ssh")));
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ssh"));
        m_page->open(QStringLiteral("fact:no-such-key"));
        QVERIFY(text().contains(QLatin1String("not written yet")));
        // A fragment opens the page at that heading; an unknown one at the top.
        m_window->resize(1100, 420); // short enough that the heading is below the fold
        m_page->open(QStringLiteral("page:tcp#easily-confused"));
        QTRY_VERIFY(m_page->browser()->verticalScrollBar()->value() > 0);
        m_page->open(QStringLiteral("page:udp#no-such-heading"));
        QTest::qWait(20);
        QCOMPARE(m_page->browser()->verticalScrollBar()->value(), 0);
    }

    void externalLinksAsk()
    {
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            const auto guard = qScopeGuard(closeModals);
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QLatin1String("https://www.example.com")));
            asked = true;
            box->reject(); // Cancel: nothing opens
        });
        m_page->followLink(QUrl(QStringLiteral("https://www.example.com")));
        QVERIFY(asked);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ports"));
        // Nothing in a note can load from the network or the disk.
        QVERIFY(!m_page->browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/x.png"))).isValid());
        QVERIFY(!m_page->browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
    }

    void findInPage()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_page->findEdit()->hasFocus());
        QTest::keyClicks(m_page->findEdit(), QStringLiteral("ephemeral"));
        QVERIFY(m_page->browser()->textCursor().hasSelection());
        QCOMPARE(m_page->browser()->textCursor().selectedText().toLower(), QStringLiteral("ephemeral"));
        // Where the match is among all of them: "1 of N", then on with Enter, and round again.
        int total = 0;
        for (QTextCursor c = m_page->browser()->document()->find(QStringLiteral("ephemeral")); !c.isNull();
             c = m_page->browser()->document()->find(QStringLiteral("ephemeral"), c))
            ++total;
        QVERIFY(total >= 2);
        QCOMPARE(m_page->findStatus()->text(), QStringLiteral("1 of %1").arg(total));
        QTest::keyClick(m_page->findEdit(), Qt::Key_Return);
        QCOMPARE(m_page->findStatus()->text(), QStringLiteral("2 of %1").arg(total));
        for (int i = 2; i < total; ++i)
            QTest::keyClick(m_page->findEdit(), Qt::Key_Return);
        QCOMPARE(m_page->findStatus()->text(), QStringLiteral("%1 of %1").arg(total));
        QTest::keyClick(m_page->findEdit(), Qt::Key_Return);
        QCOMPARE(m_page->findStatus()->text(), QStringLiteral("1 of %1").arg(total)); // wrapped
        m_page->findEdit()->clear();
        QTest::keyClicks(m_page->findEdit(), QStringLiteral("zzzqqq"));
        QCOMPARE(m_page->findStatus()->text(), QStringLiteral("Not found"));
    }

    // Back and Forward come back to where the learner was reading, not to the top.
    void backAndForwardRestoreTheScroll()
    {
        m_window->resize(1100, 500);
        QScrollBar *bar = m_page->browser()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 300);
        bar->setValue(bar->maximum() / 2);
        const int onPorts = bar->value();
        m_page->followLink(QUrl(QStringLiteral("page:ssh")));
        QCOMPARE(bar->value(), 0); // a new page opens at its top
        bar->setValue(std::min(bar->maximum(), 120));
        const int onSsh = bar->value();
        QVERIFY(onSsh > 0);
        QTest::keyClick(m_page->browser(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ports"));
        QCOMPARE(bar->value(), onPorts);
        QTest::keyClick(m_page->browser(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ssh"));
        QCOMPARE(bar->value(), onSsh);
    }

    // On a wide window the text keeps to a column of about 80 characters, centred.
    void readingWidthIsCapped_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("medium") << 1000;
        QTest::newRow("wide") << 1800;
    }

    void readingWidthIsCapped()
    {
        QFETCH(int, width);
        m_window->resize(width, 760);
        QTextBrowser *browser = m_page->browser();
        QTRY_VERIFY(std::abs(m_window->width() - width) < 5);
        m_page->followLink(QUrl(QStringLiteral("page:ssh")));
        // The longest laid-out line of the page's paragraphs.
        qreal widest = 0;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (QTextLayout *layout = b.layout())
                for (int i = 0; i < layout->lineCount(); ++i)
                    widest = std::max(widest, layout->lineAt(i).naturalTextWidth());
        }
        const qreal column = browser->fontMetrics().averageCharWidth() * NoteBrowser::kReadingWidth;
        QVERIFY2(widest <= column * 1.1, qPrintable(QStringLiteral("%1 > %2").arg(widest).arg(column)));
        // The column is centred: equal margins, which grow with the window.
        const QTextFrameFormat format = browser->document()->rootFrame()->frameFormat();
        const qreal expected = std::max<qreal>(0, (browser->viewport()->width() - 2 * format.margin() - column) / 2);
        QVERIFY2(std::abs(format.leftMargin() - expected) < 1, qPrintable(QStringLiteral("%1 vs %2").arg(format.leftMargin()).arg(expected)));
        QVERIFY(std::abs(format.leftMargin() - format.rightMargin()) < 1);
        if (width > 1500)
            QVERIFY(format.leftMargin() > 200);
    }

    // The TCP and UDP pages list every deck service on them, generated from the deck.
    void servicePagesListTheDeck_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("tcp") << "page:tcp" << QStringList{"SSH", "SCP", "SMB", "SQL Server", "LDAPS", "Syslog over TLS", "3389"}
                             << QStringList{"NTP", "1645"};
        QTest::newRow("udp") << "page:udp" << QStringList{"NTP", "TFTP", "DHCP", "SNMP", "RADIUS", "IKE", "4500", "1812"}
                             << QStringList{"SSH", "1645"};
    }

    void servicePagesListTheDeck()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        m_page->followLink(QUrl(page));
        const QString html = m_page->browser()->toHtml();
        const QString services = text().section(page == QLatin1String("page:tcp") ? QStringLiteral("Services on TCP") : QStringLiteral("Services on UDP"), 1);
        QVERIFY(!services.isEmpty());
        for (const QString &p : present)
            QVERIFY2(services.contains(p), qPrintable(p));
        for (const QString &a : absent)
            QVERIFY2(!services.contains(a), qPrintable(a));
        QVERIFY(!text().contains(QLatin1String("{{services")));
    }

    // Each correction of the learner's note sits right below the row it corrects.
    void correctionsSitBesideTheirRows()
    {
        const QString t = text();
        auto below = [&t](const QString &row, const QString &correction) {
            const qsizetype r = t.indexOf(row);
            const qsizetype c = t.indexOf(correction);
            const qsizetype next = t.indexOf(QLatin1String("tcp/"), r + row.size()); // the next row starts later
            return r >= 0 && c > r && (next < 0 || c < next || row.startsWith(QLatin1String("Used for")));
        };
        QVERIFY(below(QStringLiteral("Phone calls"), QStringLiteral("Your note is right about 5060 and 5061")));
        QVERIFY(below(QStringLiteral("Remote connection to the desktop"), QStringLiteral("Your note is right about TCP 3389")));
        QVERIFY(below(QStringLiteral("Used for printers and routers in Windows"), QStringLiteral("routers have nothing to do with it")));
        QVERIFY(t.indexOf(QLatin1String("SQL Server listens on it over TCP")) < t.indexOf(QLatin1String("Used for printers")));
        // Telnet and SSH share one correction, below the SSH row, before DNS.
        const qsizetype containers = t.indexOf(QLatin1String("They are not about containers"));
        QVERIFY(containers > t.indexOf(QLatin1String("tcp/22")));
        QVERIFY(containers < t.indexOf(QLatin1String("Convert names to")));
        QVERIFY(t.contains(QLatin1String("a lease time come with them"))); // DHCP: more than address and mask
        // Every correction says what the note got right first.
        QCOMPARE(t.count(QLatin1String("About your note")), 12);
    }

    void germanPagesAndDiagrams()
    {
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("de"));
        m_window->resize(1100, 760);
        m_window->show();
        QVERIFY(m_window->setCurrentPage(QStringLiteral("notes")));
        m_page = m_window->notesPage();
        const QString html = m_page->browser()->toHtml();
        QVERIFY(html.contains(QLatin1String("qrc:/images/de/PortNumbers_visual.svg")));
        QVERIFY(html.contains(QLatin1String("qrc:/images/de/ManagingPortsData_visual.svg")));
        QVERIFY(text().contains(QLatin1String("Ihre Notiz hat recht")));
        m_page->followLink(QUrl(QStringLiteral("page:traffic-types")));
        QVERIFY(text().startsWith(QLatin1String("Verkehrstypen")));
        QVERIFY(text().contains(QStringLiteral("In der Prüfung")));
        shot(m_page, "notes-traffic-types-de");
        m_page->followLink(QUrl(QStringLiteral("page:tcp")));
        QVERIFY(text().contains(QStringLiteral("Dienste über TCP")));
    }

    // Ctrl+K: each row says what it is, shows each piece of text once, and is tall enough
    // for its wrapped text.
    void searchRowsAreDistinctAndWhole()
    {
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            const auto guard = qScopeGuard(closeModals);
            auto *dialog = qobject_cast<SearchDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->resize(420, 460); // narrow: snippets must wrap, not vanish
            QTest::keyClicks(dialog->queryEdit(), QStringLiteral("ssh"));
            QListWidget *list = dialog->results();
            QVERIFY(list->count() > 3);
            QSet<QString> kinds;
            const int width = list->viewport()->width();
            for (int row = 0; row < list->count(); ++row) {
                auto *label = qobject_cast<QLabel *>(list->itemWidget(list->item(row)));
                QVERIFY(label);
                QTextDocument doc;
                doc.setHtml(label->text());
                const QString plain = doc.toPlainText();
                kinds.insert(plain.section(QLatin1Char(' '), 0, 0)); // the kind, then the title
                QVERIFY2(list->item(row)->sizeHint().height() >= label->heightForWidth(width), qPrintable(plain));
                // No run of four words appears twice in one row.
                const QStringList words = plain.simplified().split(QLatin1Char(' '));
                QSet<QString> runs;
                for (int i = 0; i + 4 <= words.size(); ++i) {
                    const QString run = words.mid(i, 4).join(QLatin1Char(' ')).toLower();
                    QVERIFY2(!runs.contains(run), qPrintable(plain));
                    runs.insert(run);
                }
                if (plain.startsWith(QLatin1String("ENTRY")))
                    QVERIFY2(!plain.contains(QLatin1String("tcp/22")), qPrintable(plain)); // a keyword, not shown
            }
            QVERIFY2(kinds.contains(QStringLiteral("PAGE")) && kinds.contains(QStringLiteral("CARD"))
                         && kinds.contains(QStringLiteral("ENTRY")),
                     qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(QLatin1Char(','))));
            checked = true;
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(checked);
    }

    // Search right after launch, before the index the window builds a moment later: a card
    // added a moment before is found, through Ctrl+K as the learner meets it; an edit is
    // found by its new words and not its old ones, and a deleted card is found no more.
    void searchRightAfterLaunchFindsANewCard()
    {
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!m_window->search()->isBuildAsked());
        const std::optional<qint64> id =
            m_window->collection()->addCard(QStringLiteral("Which port does Quuxnet listen on?"), QStringLiteral("4711"));
        QVERIFY(id);
        const QString target = QStringLiteral("card:%1").arg(*id);
        auto targets = [this](const QString &query) {
            QStringList out;
            for (const SearchHit &hit : m_window->search()->search(query))
                out.append(hit.target);
            return out;
        };
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            const auto guard = qScopeGuard(closeModals);
            auto *dialog = qobject_cast<SearchDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->queryEdit(), QStringLiteral("quuxnet"));
            for (int row = 0; row < dialog->results()->count(); ++row)
                shown.append(dialog->results()->item(row)->data(Qt::UserRole).toString());
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(shown, QStringList{target});

        QVERIFY(m_window->collection()->editCard(*id, QStringLiteral("Which port does Frobozz listen on?"),
                                                 QStringLiteral("4711")));
        QCOMPARE(targets(QStringLiteral("frobozz")), QStringList{target});
        QVERIFY(targets(QStringLiteral("quuxnet")).isEmpty());
        QVERIFY(m_window->collection()->undo()); // the old words again
        QCOMPARE(targets(QStringLiteral("quuxnet")), QStringList{target});
        QVERIFY(m_window->collection()->deleteCards({*id}));
        QVERIFY(targets(QStringLiteral("quuxnet")).isEmpty());
        QVERIFY(m_window->search()->errorString().isEmpty());
    }

    void searchOpensAHit()
    {
        bool searched = false;
        QString chosen;
        bool historyShown = false;
        QTimer::singleShot(0, this, [&] {
            const auto guard = qScopeGuard(closeModals);
            auto *dialog = qobject_cast<SearchDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->queryEdit(), QStringLiteral("time"));
            QVERIFY(dialog->results()->count() > 0);
            searched = true;
            // A card hit opens the card's history over its page; note it and close it.
            QTimer::singleShot(0, this, [&] {
                historyShown = qobject_cast<CardInfoDialog *>(QApplication::activeModalWidget()) != nullptr;
                closeModals();
            });
            QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
            chosen = dialog->chosenTarget();
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(searched);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:ntp")); // the written page, whatever the hit
        QCOMPARE(historyShown, chosen.startsWith(QLatin1String("card:")));
    }

    // A protocol's page lists its cards; each opens the card's history and recall curve.
    void cardHistoryFromAPage()
    {
        m_page->openFactPage(QStringLiteral("ssh"));
        const QString html = m_page->browser()->toHtml();
        QVERIFY(html.contains(QLatin1String("Card history:")));
        const QList<CardInfo> cards = [this] {
            for (const Fact &f : m_store->facts())
                if (f.key == QLatin1String("ssh"))
                    return m_store->cardsOfFact(f.id);
            return QList<CardInfo>();
        }();
        QVERIFY(!cards.isEmpty());
        QVERIFY(html.contains(QStringLiteral("cardinfo:%1").arg(cards.constFirst().id)));
        QString title;
        QTimer::singleShot(0, this, [&title] {
            if (auto *dialog = qobject_cast<CardInfoDialog *>(QApplication::activeModalWidget())) {
                title = dialog->summaryLabel()->text();
                QVERIFY(dialog->recallChart()->isEmpty()); // never studied: no curve yet
            }
            closeModals();
        });
        m_page->followLink(QUrl(QStringLiteral("cardinfo:%1").arg(cards.constFirst().id)));
        QVERIFY2(title.contains(QLatin1String("SSH")), qPrintable(title));
    }

    void tableAndQuizLinks()
    {
        // Table → page.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QVERIFY(m_window->tablePage()->selectFact(QStringLiteral("dns")));
        emit m_window->tablePage()->noteRequested(QStringLiteral("dns"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("notes"));
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:dns"));
        // Page → table, and "Quiz me on this".
        emit m_page->factRequested(QStringLiteral("dns"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("table"));
        QCOMPARE(m_window->tablePage()->currentFactKey(), QStringLiteral("dns"));
        m_window->setCurrentPage(QStringLiteral("notes"));
        QTest::mouseClick(m_page->quizButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("quiz"));
        QVERIFY(m_window->quizPage()->session());
        for (const QuizItem &item : m_window->quizPage()->session()->items()) {
            bool dns = false;
            for (const Fact &f : m_store->facts())
                dns |= f.id == item.question.factId && f.key == QLatin1String("dns");
            QVERIFY(dns);
        }
    }

    void learnersNotesReload()
    {
        QFile note(QDir(m_dir->path()).filePath(QStringLiteral("notes/my-ports.md")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("---\ntitle: My ports\n---\n\nI must remember [SSH](ssh).\n");
        note.close();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->library().page(QStringLiteral("my-ports")), 5000);
        m_page->open(QStringLiteral("page:my-ports"));
        QVERIFY(text().contains(QLatin1String("your note")));
        QVERIFY(note.open(QIODevice::WriteOnly | QIODevice::Truncate));
        note.write("---\ntitle: My ports\n---\n\nChanged on disk.\n");
        note.close();
        QTRY_VERIFY_WITH_TIMEOUT(text().contains(QLatin1String("Changed on disk.")), 5000);
    }

    void draftsHiddenUnlessShown()
    {
        QFile note(QDir(m_dir->path()).filePath(QStringLiteral("notes/later.md")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("---\ntitle: Later\ndraft: true\n---\nNot yet.\n");
        note.close();
        m_page->reload();
        QVERIFY(!m_page->library().page(QStringLiteral("later")));
        m_page->setShowDrafts(true);
        QVERIFY(m_page->library().page(QStringLiteral("later")));
        m_page->open(QStringLiteral("page:later"));
        QVERIFY(text().contains(QLatin1String("draft")));
    }

    // A note written to attack: pictures on the disk and on the web, raw HTML with script,
    // frames and event handlers, javascript: and file: links. Nothing runs, nothing loads (a
    // 600-pixel picture on the disk would make the page that tall), and its links open nothing.
    void hostileNoteLoadsNothing()
    {
        QTemporaryDir images;
        const QString local = testsupport::bigPictureIn(images);
        QVERIFY(!local.isEmpty());
        QFile note(QDir(m_dir->path()).filePath(QStringLiteral("notes/hostile.md")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write(QStringLiteral("---\ntitle: Hostile\n---\n# Hostile\n\n![disk](%1) ![web](https://tracker.example/p.gif)\n\n"
                                  "<img src=\"%1\"><iframe src=\"%1\"></iframe><script>alert(1)</script>\n\n"
                                  "<b onmouseover=\"alert(2)\">hover</b> [run](javascript:alert(3)) [read](file:///etc/passwd) "
                                  "[climb](../../../../etc/passwd)\n")
                       .arg(local).toUtf8());
        note.close();
        m_page->reload();
        m_page->open(QStringLiteral("page:hostile"));
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:hostile"));
        const QString html = m_page->browser()->toHtml();
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<b onmouseover")));
        QVERIFY(!html.contains(QLatin1String("<iframe")));
        m_page->browser()->document()->setTextWidth(800);
        QVERIFY2(m_page->browser()->document()->size().height() < 600,
                 qPrintable(QString::number(m_page->browser()->document()->size().height())));
        // Each link: refused with a sentence, or (a path in the notes) a page that is not there.
        int refused = 0;
        for (const char *link : {"javascript:alert(3)", "file:///etc/passwd"}) {
            QTimer::singleShot(0, this, [&refused] {
                const auto guard = qScopeGuard(closeModals);
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (box && box->text().contains(QLatin1String("does not open links")))
                    ++refused;
            });
            m_page->followLink(QUrl(QLatin1String(link)));
        }
        QCOMPARE(refused, 2);
        QCOMPARE(m_page->currentTarget(), QStringLiteral("page:hostile"));
    }

    void malformedNotesStillShow()
    {
        QFile note(QDir(m_dir->path()).filePath(QStringLiteral("notes/broken.md")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write(QByteArray("---\ntitle: Broken\n> [!note] unclosed\n| a | b |\n|---|\n| 1 |\n\x00\xff junk <script>alert(1)</script>", 90));
        note.close();
        m_page->reload();
        m_page->open(QStringLiteral("page:broken"));
        QVERIFY(text().contains(QStringLiteral("⚠")));            // a visible warning
        QVERIFY(!m_page->browser()->toHtml().contains(QLatin1String("<script")));
    }
};

QTEST_MAIN(TestNotesPage)
#include "tst_notespage.moc"
