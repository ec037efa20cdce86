#include "appsettings.h"
#include "browsepage.h"
#include "cardbrowsemodel.h"
#include "collection.h"
#include "collectionfixtures.h"
#include "deckstore.h"
#include "factstablemodel.h"
#include "mainwindow.h"
#include "masterymap.h"
#include "notebrowser.h"
#include "notespage.h"
#include "progresspage.h"
#include "quizpage.h"
#include "tablepage.h"
#include "testsupport.h"
#include "theme.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QLabel>
#include <QDir>
#include <QSqlQuery>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeckStore m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
    }

    void init() { QFile::remove(m_dir.filePath(QStringLiteral("portdeck.ini"))); }

    void opensOnEveryPage()
    {
        AppSettings settings(m_dir.path());
        MainWindow window(&m_store, &settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.pageIds().isEmpty());
        QCOMPARE(window.navigation()->count(), window.pageIds().size());
        for (const QString &id : window.pageIds()) {
            QVERIFY(window.setCurrentPage(id));
            QCOMPARE(window.currentPageId(), id);
            QVERIFY(window.page(id)->isVisible());
            QVERIFY(!window.grab().isNull());
        }
        // Pages that do not work yet are not offered.
        QVERIFY(!window.setCurrentPage(QStringLiteral("no-such-page")));
        QCOMPARE(window.page(QStringLiteral("no-such-page")), nullptr);
        // The counts come just after the first frame, not before it.
        const QLabel *counts = nullptr;
        QTRY_VERIFY((counts = window.statusBar()->findChild<QLabel *>(QStringLiteral("deckCounts"))));
        QCOMPARE(counts->text(), QStringLiteral("Facts: %1 · Cards: %2 · Reviews: 0")
                                     .arg(m_store.counts().facts)
                                     .arg(m_store.counts().cards));
    }

    // Notes and Table take the window's list of entries, read once after each change to them,
    // rather than each reading every entry again; each still shows an entry added while hidden.
    void pagesShareTheEntries()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        AppSettings settings(dir.path());
        MainWindow window(&store, &settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setCurrentPage(QStringLiteral("table")));
        QVERIFY(window.setCurrentPage(QStringLiteral("notes")));
        QCOMPARE(window.tablePage()->model()->facts().constData(), window.facts().constData());
        QCOMPARE(window.tablePage()->model()->facts().size(), store.counts().facts);

        QVERIFY(window.setCurrentPage(QStringLiteral("study")));
        const std::optional<qint64> added = window.collection()->addEntry(collectionfixtures::ownEntry());
        QVERIFY2(added, qPrintable(window.collection()->errorString()));
        QCOMPARE(window.facts().size(), store.counts().facts);
        QVERIFY(window.setCurrentPage(QStringLiteral("table")));
        QCOMPARE(window.tablePage()->model()->facts().constData(), window.facts().constData());
        QVERIFY(window.tablePage()->selectFact(QStringLiteral("own-acme-sync")));
        QVERIFY(window.setCurrentPage(QStringLiteral("notes")));
        window.notesPage()->open(QStringLiteral("fact:own-acme-sync"));
        QCOMPARE(window.notesPage()->currentTarget(), QStringLiteral("fact:own-acme-sync"));
        QVERIFY(window.notesPage()->browser()->toPlainText().contains(QLatin1String("Acme Sync")));
    }

    // A collection file deleted while open: the window says so after the next change, once,
    // and closing puts it back with that change in it.
    void saysWhenTheFileWent()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        int facts = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(data), DeckStore::Status::Ok);
            facts = store.counts().facts;
            AppSettings settings(data);
            MainWindow window(&store, &settings, QStringLiteral("en"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(QDir(data).removeRecursively()); // a cleaning tool
            QVERIFY2(window.collection()->addEntry(collectionfixtures::ownEntry()),
                     qPrintable(window.collection()->errorString()));
            QMessageBox *box = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("fileGoneMessage"))), 5000);
            QTRY_VERIFY(box->isVisible());
            QVERIFY2(box->text().contains(QDir::toNativeSeparators(store.filePath())), qPrintable(box->text()));
            QVERIFY(box->text().contains(QLatin1String("Nothing is lost")));
            QTest::keyClick(box, Qt::Key_Return);
            QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("fileGoneMessage")));
            // Said once: more changes bring no second message.
            QVERIFY(window.collection()->addCard(QStringLiteral("Asked after it went?"), QStringLiteral("yes")));
            window.collection()->finishIdleWork();
            QCoreApplication::processEvents();
            QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("fileGoneMessage")));
        }
        DeckStore store;
        QCOMPARE(store.open(data, DeckStore::Mode::ReadOnly), DeckStore::Status::Ok);
        QCOMPARE(store.counts().facts, facts + 1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cards WHERE question = 'Asked after it went?'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // The launch's open leaves the fingerprint to be read while the window is built: the
    // verdict comes just after the first frame, and a damaged file is said then, unwritten.
    void verdictAfterTheFirstFrame_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("sound") << false;
        QTest::newRow("damaged") << true;
    }

    void verdictAfterTheFirstFrame()
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
        AppSettings settings(dir.path());
        MainWindow window(&store, &settings, QStringLiteral("en"));
        QSignalSpy damage(&window, &MainWindow::collectionDamaged);
        QVERIFY(store.isVerdictPending()); // the window is built on the file as it reads
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!store.isVerdictPending());
        QTest::qWait(50);
        QCOMPARE(damage.size(), damaged ? 1 : 0);
        if (damaged)
            QVERIFY(damage.constFirst().constFirst().toString().contains(QLatin1String("damaged")));
        QVERIFY(!store.setSetting(QStringLiteral("k"), QStringLiteral("v")) || !damaged); // nothing written
    }

    // Help → About names the version and the licence, as --version does.
    // Each page is built when first shown, not with the window; one built late shows an entry
    // added while it did not exist.
    void lazyPagesShowEarlierChanges_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"table", "quiz", "stats", "browse"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void lazyPagesShowEarlierChanges()
    {
        QFETCH(QString, page);
        MainWindow window(&m_store, nullptr, QStringLiteral("en"));
        QVERIFY(window.setCurrentPage(QStringLiteral("study")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isPageBuilt(QStringLiteral("study")));
        for (const QString &id : window.pageIds())
            QCOMPARE(window.isPageBuilt(id), id == QLatin1String("study"));
        DeckFact entry;
        entry.fact.kind = FactKind::Protocol;
        entry.fact.name = QStringLiteral("Late%1").arg(page);
        entry.fact.ports = {{18000 + int(qHash(page) % 1000), Transport::Tcp, {}}};
        entry.fact.function = QStringLiteral("Arrives before its page is built");
        const std::optional<qint64> id = window.collection()->addEntry(entry);
        QVERIFY(id);
        QVERIFY(!window.isPageBuilt(page)); // a change builds no page

        QVERIFY(window.setCurrentPage(page));
        QVERIFY(window.isPageBuilt(page));
        auto hasEntry = [&](const QList<Fact> &facts) {
            return std::any_of(facts.cbegin(), facts.cend(), [&](const Fact &f) { return f.id == *id; });
        };
        if (page == QLatin1String("table")) {
            QVERIFY(hasEntry(window.tablePage()->model()->facts()));
        } else if (page == QLatin1String("quiz")) {
            const std::optional<Fact> fact = m_store.fact(*id, QStringLiteral("en"));
            QVERIFY(fact);
            QVERIFY(window.quizPage()->startForFact(fact->key));
        } else if (page == QLatin1String("stats")) {
            MasteryMap *map = window.progressPage()->masteryMap();
            bool shown = false;
            for (int i = 0; i < map->tileCount(); ++i)
                shown = shown || map->toolTipFor(i).contains(entry.fact.name);
            QVERIFY(shown);
        } else {
            QVERIFY(window.browsePage()->search(entry.fact.name));
            QTRY_VERIFY(window.browsePage()->model()->rowCount() > 0);
        }
    }

    void aboutNamesVersionAndLicence()
    {
        AppSettings settings(m_dir.path());
        MainWindow window(&m_store, &settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
            if (a->text() == QLatin1String("&About Portdeck"))
                about = a;
        }
        QVERIFY(about);
        QString text;
        QTimer::singleShot(0, this, [&text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                text = box->text();
            testsupport::closeModals();
        });
        about->trigger();
        QVERIFY2(text.contains(QLatin1String("Portdeck " PORTDECK_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("GNU General Public License")));
    }

    void navigationByClickAndKeyboard()
    {
        MainWindow window(&m_store, nullptr, QStringLiteral("en"));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListWidget *nav = window.navigation();
        const int tableRow = static_cast<int>(window.pageIds().indexOf(QStringLiteral("table")));
        const QRect item = nav->visualItemRect(nav->item(tableRow));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, item.center());
        QCOMPARE(window.currentPageId(), QStringLiteral("table"));
        // Ctrl+F goes to the table's filter.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.tablePage()->filterEdit()->hasFocus());
        // Ctrl+1 … Ctrl+4 go to the pages in order.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), window.pageIds().constFirst());
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + tableRow), Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("table"));
    }

    void remembersGeometryAndPage()
    {
        {
            AppSettings settings(m_dir.path());
            MainWindow window(&m_store, &settings, QStringLiteral("en"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 640);
            QVERIFY(window.setCurrentPage(QStringLiteral("table")));
            QVERIFY(window.tablePage()->selectFact(QStringLiteral("ntp")));
            window.close();
        }
        AppSettings settings(m_dir.path());
        QCOMPARE(settings.lastPage(), QStringLiteral("table"));
        MainWindow window(&m_store, &settings, QStringLiteral("en"));
        QCOMPARE(window.size(), QSize(1000, 640));
        QCOMPARE(window.tablePage()->currentFactKey(), QStringLiteral("ntp"));
    }

    void notPersistentWritesNothing()
    {
        AppSettings settings(m_dir.path());
        {
            MainWindow window(&m_store, &settings, QStringLiteral("en"));
            window.setPersistent(false);
            window.show();
            window.resize(700, 500);
            window.close();
        }
        settings.sync();
        QVERIFY(settings.windowGeometry().isEmpty());
    }

    void themes()
    {
        AppSettings settings(m_dir.path());
        MainWindow window(&m_store, &settings, QStringLiteral("en"));
        window.setTheme(Theme::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(settings.theme(), Theme::Dark);
        window.setTheme(Theme::Light);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        QCOMPARE(settings.theme(), Theme::Light);
        // Accents stay readable: secure and insecure colours differ in both palettes.
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            const Accents a = accentsFor(QApplication::palette());
            QVERIFY(a.secure != a.insecure);
            const int base = QApplication::palette().color(QPalette::Base).lightness();
            QVERIFY(std::abs(a.muted.lightness() - base) > 60);
        }
        QCOMPARE(themeFromKey(QStringLiteral("dark")), std::optional<Theme>(Theme::Dark));
        QCOMPARE(themeFromKey(QStringLiteral("purple")), std::nullopt);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
