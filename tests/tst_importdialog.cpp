// The import dialog with its mapping, driven as a learner would: the guessed columns, a column
// changed, the separator and the first row, then File → Import's whole flow: the dialog, the
// worker thread, the report, and the pages told; an Anki package's summary; and File → Export…
// in every format, for all cards, a search or Browse's selection.
#include "collection.h"
#include "deckstore.h"
#include "importdialog.h"
#include "importflow.h"
#include "exportdialog.h"
#include "ankipackage.h"
#include "importjob.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QRadioButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

ImportField fieldOf(const QComboBox *box)
{
    return ImportField(box->currentData().toInt());
}

void choose(QComboBox *box, ImportField field)
{
    box->setCurrentIndex(box->findData(int(field)));
}

// The report box ends the import flow: once it shows, its text is read and it is closed.
void closeReportWhenShown(QString *text, QString *details = nullptr)
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box) {
        QTimer::singleShot(20, [text, details] { closeReportWhenShown(text, details); });
        return;
    }
    *text = box->text();
    if (details)
        *details = box->detailedText();
    box->accept();
}

// Runs @p act on the modal widget named @p name once it shows.
void whenModal(const QString &name, const std::function<void(QWidget *)> &act)
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || modal->objectName() != name) {
        QTimer::singleShot(20, [name, act] { whenModal(name, act); });
        return;
    }
    act(modal);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { testsupport::closeModals(); }

    void mapping()
    {
        ImportDialog dialog(QStringLiteral("ports.csv"),
                            "Port,Protocol,Notes\n22,SSH,remote shell\n23,Telnet,\"plain, old\"\n");
        QVERIFY(dialog.isReadable());
        dialog.show();
        testsupport::shot(&dialog, "importdialog");
        // "Port, Protocol" name entry columns: the rows become entries, the first row is names.
        QVERIFY(dialog.headerRowBox()->isChecked());
        QCOMPARE(dialog.columnBoxes().size(), 3);
        QCOMPARE(fieldOf(dialog.columnBoxes().at(0)), ImportField::Ports);
        QCOMPARE(fieldOf(dialog.columnBoxes().at(1)), ImportField::Name);
        QCOMPARE(fieldOf(dialog.columnBoxes().at(2)), ImportField::Ignore);
        QCOMPARE(dialog.preview()->rowCount(), 3); // the choices, then two rows
        QCOMPARE(dialog.preview()->item(2, 2)->text(), QStringLiteral("plain, old"));
        QVERIFY(dialog.summary()->text().contains(QLatin1String("2 rows will become your own entries")));
        QVERIFY(dialog.importButton()->isEnabled());

        // As plain cards: a question and an answer are needed before Import is possible.
        choose(dialog.columnBoxes().at(1), ImportField::Question);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.summary()->text().contains(QLatin1String("question")));
        choose(dialog.columnBoxes().at(0), ImportField::Answer);
        choose(dialog.columnBoxes().at(2), ImportField::Tags);
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.headerRowBox()->click();
        QVERIFY(!dialog.headerRowBox()->isChecked());
        QVERIFY(dialog.summary()->text().contains(QLatin1String("3 rows will become your own cards")));
        QVERIFY(dialog.summary()->text().endsWith(QLatin1String("Your collection is backed up first.")));
        dialog.duplicatesGroup()->button(int(DuplicatePolicy::Update))->click();
        QTest::keyClicks(dialog.tagsEdit(), QStringLiteral("net+ exam"));

        const ImportRequest request = dialog.request();
        QCOMPARE(request.mapping.columns, (QList<ImportField>{ImportField::Answer, ImportField::Question, ImportField::Tags}));
        QVERIFY(!request.guessMapping);
        QVERIFY(!request.headerRow);
        QCOMPARE(request.duplicates, DuplicatePolicy::Update);
        QCOMPARE(request.tags, (QStringList{"net", "exam"}));

        // Another separator reads the file again: one column per line now.
        dialog.separatorBox()->setCurrentIndex(dialog.separatorBox()->findData(QStringLiteral("\t")));
        QCOMPARE(dialog.columnBoxes().size(), 1);
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void unreadableFile()
    {
        ImportDialog dialog(QStringLiteral("x.csv"), QByteArray("a\0b", 3));
        QVERIFY(!dialog.isReadable());
        QVERIFY(dialog.errorString().contains(QLatin1String("NUL")));
    }

    void wholeFlow()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        Collection collection(&store);
        QWidget window;
        ImportFlow flow(&collection, &window);
        const QString path = dir.filePath(QStringLiteral("cards.tsv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Which port is LDAPS?\t636\nWhich port is RDP?\t3389\nno answer\t\n");
        file.close();

        QSignalSpy changed(&collection, &Collection::changed);
        QSignalSpy done(&flow, &ImportFlow::done);
        QString reportText;
        QString details;
        // The dialog: accept it as it is. Then the report: read it and close it.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->importButton()->isEnabled());
            dialog->importButton()->click();
        });
        closeReportWhenShown(&reportText, &details);
        flow.start(path);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(reportText, QStringLiteral("2 cards added."));
        QCOMPARE(details, QStringLiteral("Line 3: The row has no answer."));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<CollectionChanges>().facts);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cards WHERE builtin = 0")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    void ankiPackageFlow()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        Collection collection(&store);
        QWidget window;
        ImportFlow flow(&collection, &window);
        QSignalSpy changed(&collection, &Collection::changed);
        QSignalSpy done(&flow, &ImportFlow::done);
        QString summary;
        QString reportText;
        // The package's summary: what it holds, the media left out; linking unticked.
        // (The package is read on a thread first: the summary shows when that is done.)
        whenModal(QStringLiteral("ankiImportDialog"), [&](QWidget *dialogWidget) {
            auto *dialog = qobject_cast<QDialog *>(dialogWidget);
            QVERIFY(dialog);
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                summary += label->text() + QLatin1Char('\n');
            auto *link = dialog->findChild<QCheckBox *>(QStringLiteral("linkEntries"));
            QVERIFY(link && link->isChecked() && link->isVisibleTo(dialog));
            link->setChecked(false);
            dialog->accept();
        });
        closeReportWhenShown(&reportText);
        flow.start(QStringLiteral(PORTDECK_TEST_DATA "/anki/schema18.apkg"));
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(summary.contains(QLatin1String("6 cards")) && summary.contains(QLatin1String("8 reviews of history")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("1 media file")), qPrintable(summary));
        QCOMPARE(reportText, QStringLiteral("6 cards added, 8 reviews of history."));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<CollectionChanges>().reviews);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(fact_id) FROM cards WHERE key LIKE 'own-anki-%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QCOMPARE(q.value(1).toInt(), 0); // not linked, as asked

        // A damaged package: a clear message before any question, and nothing changes.
        const QString bad = dir.filePath(QStringLiteral("bad.apkg"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not really a zip");
        file.close();
        QString failure;
        closeReportWhenShown(&failure);
        flow.start(bad);
        QVERIFY2(failure.contains(QLatin1String("bad.apkg")), qPrintable(failure));
        QCOMPARE(changed.size(), 1);
    }
    void exportDialog_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("scope"); // all, search:<query>, selection
        QTest::addColumn<QByteArray>("starts");
        QTest::addColumn<int>("rows");       // data rows of a text file, cards of a package
        QTest::newRow("csv, all cards") << int(ExportDialog::CardsCsv) << "all" << QByteArray("#separator:comma\n") << -1;
        QTest::newRow("tsv, a search") << int(ExportDialog::CardsTsv) << "search:tag:netplus"
                                       << QByteArray("#separator:tab\n") << 2;
        QTest::newRow("tsv, Browse's selection") << int(ExportDialog::CardsTsv) << "selection"
                                                 << QByteArray("#separator:tab\n") << 1;
        QTest::newRow("package, a search") << int(ExportDialog::AnkiPackage) << "search:is:own"
                                           << QByteArray("PK\x03\x04") << 3;
        QTest::newRow("entries") << int(ExportDialog::Entries) << "all"
                                 << QByteArray("protocol,full_name,ports,transport,secure,function\r\n") << -1;
        QTest::newRow("review log") << int(ExportDialog::ReviewLog) << "all"
                                    << QByteArray("card_id,review_time,review_rating,review_state,review_duration\n") << 0;
    }

    void exportDialog()
    {
        QFETCH(int, format);
        QFETCH(QString, scope);
        QFETCH(QByteArray, starts);
        QFETCH(int, rows);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        const QString source = dir.filePath(QStringLiteral("cards.tsv"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#tags column:3\nWhich port is LDAPS?\t636\tnetplus\nWhich port is RDP?\t3389\tnetplus\n"
                   "Which port is Kerberos?\t88\t\n");
        file.close();
        ImportRequest request;
        request.path = source;
        QString error;
        QVERIFY2(ImportJob::run(store, request, {}, &error), qPrintable(error));

        ExportDialog dialog(&store, QString());
        dialog.formats()->button(format)->click();
        QCOMPARE(dialog.schedulingBox()->isEnabled(), format == ExportDialog::AnkiPackage);
        QVERIFY(!dialog.selectionButton()->isVisibleTo(&dialog));
        if (scope.startsWith(QLatin1String("search:")))
            QTest::keyClicks(dialog.searchEdit(), scope.mid(7)); // typing chooses "matching a search"
        if (scope == QLatin1String("selection")) {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM cards WHERE question LIKE '%RDP%'")) && q.next());
            dialog.setSelection({q.value(0).toLongLong()});
            QVERIFY(dialog.selectionButton()->isVisibleTo(&dialog));
            QVERIFY(dialog.selectionButton()->isChecked());
            QCOMPARE(dialog.selectionButton()->text(), QStringLiteral("The 1 card &selected in Browse"));
        }
        const QString path = dir.filePath(QStringLiteral("export"));
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        QVERIFY2(bytes.startsWith(starts), bytes.left(80).constData());
        if (format == ExportDialog::AnkiPackage) {
            const std::optional<AnkiCollection> package = readAnkiPackage(path, &error);
            QVERIFY2(package, qPrintable(error));
            QCOMPARE(package->cards.size(), rows);
        } else if (rows >= 0) {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            int data = 0;
            for (const QByteArray &line : lines)
                data += line.startsWith('#') || line.startsWith("card_id,") ? 0 : 1;
            QCOMPARE(data, rows);
            if (scope == QLatin1String("selection"))
                QVERIFY(bytes.contains("Which port is RDP?\t3389"));
        }
    }

    // File → Export… writes on a worker thread with its own connection, while the window's
    // connection holds the collection open, then closes the dialog.
    void exportDialogInBackground()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        ExportDialog dialog(&store, QString());
        dialog.formats()->button(ExportDialog::AnkiPackage)->click();
        dialog.schedulingBox()->setChecked(true);
        const QString path = dir.filePath(QStringLiteral("all.apkg"));
        dialog.exportInBackground(path);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QString error;
        const std::optional<AnkiCollection> package = readAnkiPackage(path, &error);
        QVERIFY2(package, qPrintable(error));
        QCOMPARE(package->cards.size(), store.counts().cards);

        // A search it cannot read: the dialog stays, saying why, and writes nothing.
        ExportDialog second(&store, QString());
        QTest::keyClicks(second.searchEdit(), QStringLiteral("is:nonsense"));
        const QString nothing = dir.filePath(QStringLiteral("nothing.csv"));
        second.exportInBackground(nothing);
        QCOMPARE(second.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(nothing));
    }

    void exportDialogRefusesABadSearch()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("data"))), DeckStore::Status::Ok);
        ExportDialog dialog(&store, QString());
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("is:nonsense"));
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY(!dialog.exportTo(path, &error));
        QVERIFY2(error.contains(QLatin1String("nonsense")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
