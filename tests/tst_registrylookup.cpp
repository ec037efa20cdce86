// The Table's "All Registered Ports": the registry searched with the filter box, studied ports
// marked, Make My Entry through Add Entry into the collection, Show in Deck, and the empty
// state's import of /etc/services, driven through the real window offscreen.
#include "appsettings.h"
#include "deckstore.h"
#include "entrydialog.h"
#include "importjob.h"
#include "mainwindow.h"
#include "registrypanel.h"
#include "registrystore.h"
#include "registrytablemodel.h"
#include "tablepage.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace {

// Runs @p handle on the next modal dialog of type T once it shows.
template<typename T>
void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

QStringList column(const QTableView *view, int column)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, column).data().toString();
    return out;
}

} // namespace

class TestRegistryLookup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A data folder whose registry is the services excerpt.
    static void importServices(DeckStore &store, const QTemporaryDir &dir)
    {
        const QString services = dir.filePath(QStringLiteral("services"));
        QVERIFY(QFile::copy(QStringLiteral(PORTDECK_TEST_DATA "/registry/services-excerpt"), services));
        ImportRequest request;
        request.path = services;
        request.kind = ImportJob::kindOf(services);
        QString error;
        QVERIFY2(ImportJob::run(store, request, {}, &error), qPrintable(error));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void looksUpAndMakesAnEntry()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        importServices(store, dir);
        const int facts = store.counts().facts;
        AppSettings settings(dir.path());
        MainWindow window(&store, &settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setCurrentPage(QStringLiteral("table")));
        TablePage *page = window.tablePage();
        RegistryPanel *panel = page->registryPanel();
        QVERIFY(!panel->isVisible());

        QTest::mouseClick(page->lookupButton(), Qt::LeftButton);
        QVERIFY(page->isLookupMode());
        QVERIFY(panel->isVisible());
        QVERIFY(!page->secureButton()->isVisible());
        QCOMPARE(panel->tableView()->model()->rowCount(), 36);
        // (Its English plural comes with the lead's update of translations/portdeck_en.ts.)
        QVERIFY(panel->countLabel()->text().startsWith(QLatin1String("36 registered service")));
        QVERIFY(panel->countLabel()->text().endsWith(QLatin1String("from the services file")));

        // A number finds the port; the deck's SSH studies 22/tcp.
        QTest::keyClicks(page->filterEdit(), QStringLiteral("22"));
        QCOMPARE(column(panel->tableView(), RegistryTableModel::Service), QStringList{"ssh"});
        QCOMPARE(column(panel->tableView(), RegistryTableModel::Studied), QStringList{"studied: SSH"});
        QCOMPARE(panel->entryButton()->text(), QStringLiteral("Show in Deck"));

        // Words find names and descriptions; the TCP toggle keeps TCP.
        page->filterEdit()->clear();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("kerberos"));
        QCOMPARE(panel->tableView()->model()->rowCount(), 5);
        QTest::mouseClick(page->udpButton(), Qt::LeftButton);
        QCOMPARE(column(panel->tableView(), RegistryTableModel::Port), (QStringList{"88", "750"}));
        QTest::mouseClick(page->udpButton(), Qt::LeftButton);

        // Sortable: by service, descending.
        page->filterEdit()->clear();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("time"));
        panel->tableView()->sortByColumn(RegistryTableModel::Port, Qt::DescendingOrder);
        QCOMPARE(column(panel->tableView(), RegistryTableModel::Port).first(), QStringLiteral("37"));

        // An unstudied service: Make My Entry opens Add Entry, prefilled; saving adds the entry.
        page->filterEdit()->clear();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("gopher"));
        QCOMPARE(column(panel->tableView(), RegistryTableModel::Studied), QStringList{"not studied"});
        QCOMPARE(panel->entryButton()->text(), QStringLiteral("Make My Entry"));
        QString name;
        QString function;
        QString port;
        whenModal<EntryDialog>([&](EntryDialog *dialog) {
            name = dialog->nameEdit()->text();
            function = dialog->functionEdit()->text();
            const QTableWidget *ports = dialog->portsTable();
            port = QString::number(ports->rowCount());
            if (dialog->save())
                dialog->accept();
            else
                dialog->reject();
        });
        QTest::mouseClick(panel->entryButton(), Qt::LeftButton);
        QCOMPARE(name, QStringLiteral("gopher"));
        QCOMPARE(function, QStringLiteral("Internet Gopher"));
        QCOMPARE(port, QStringLiteral("1"));
        QCOMPARE(store.counts().facts, facts + 1);
        // Back in the deck, on the new entry, which now studies 70/tcp.
        QVERIFY(!page->isLookupMode());
        QCOMPARE(page->currentFactKey(), QStringLiteral("own-gopher"));
        const std::optional<Fact> gopher = store.fact(store.facts().last().id);
        QVERIFY(gopher && gopher->hasPort(70, Transport::Tcp));

        page->setLookupMode(true);
        page->filterEdit()->setText(QStringLiteral("70"));
        QCOMPARE(column(panel->tableView(), RegistryTableModel::Studied), QStringList{"studied: gopher"});

        // Show in Deck (double-click) goes to the entry that studies the port.
        page->filterEdit()->setText(QStringLiteral("ssh"));
        const QModelIndex first = panel->tableView()->model()->index(0, 0);
        const QPoint at = panel->tableView()->visualRect(first).center();
        QTest::mouseClick(panel->tableView()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(panel->tableView()->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(!page->isLookupMode());
        QCOMPARE(page->currentFactKey(), QStringLiteral("ssh"));
    }

    void emptyStateImportsServices()
    {
        if (!QFileInfo::exists(RegistryPanel::servicesFilePath()))
            QSKIP("this computer has no /etc/services");
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        const int cards = store.counts().cards;
        AppSettings settings(dir.path());
        MainWindow window(&store, &settings, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setCurrentPage(QStringLiteral("table")));
        TablePage *page = window.tablePage();
        page->setLookupMode(true);
        RegistryPanel *panel = page->registryPanel();
        QVERIFY(panel->emptyLabel()->isVisible());
        QVERIFY(panel->emptyLabel()->text().startsWith(QLatin1String("No registry loaded.")));
        QVERIFY(panel->importButton()->isVisible());
        QVERIFY(!panel->entryButton()->isEnabled());

        QString report;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            report = box->text();
            box->accept();
        });
        QTest::mouseClick(panel->importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!report.isEmpty(), 10000);
        QVERIFY2(report.contains(QLatin1String("imported from the services file")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("no cards were added")), qPrintable(report));
        const int services = RegistryStore(store).count();
        QVERIFY(services > 0);
        QCOMPARE(store.counts().cards, cards); // no cards
        QTRY_COMPARE(panel->tableView()->model()->rowCount(), services);
        QVERIFY(panel->tableView()->isVisible());
    }
};

QTEST_MAIN(TestRegistryLookup)
#include "tst_registrylookup.moc"
