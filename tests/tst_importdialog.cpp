// The import dialog with its mapping, driven as a learner would: the guessed columns, a column
// changed, the separator and the first row, then File → Import's whole flow: the dialog, the
// worker thread, the report, and the pages told.
#include "collection.h"
#include "deckstore.h"
#include "importdialog.h"
#include "importflow.h"
#include "testsupport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
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

namespace {

ImportField fieldOf(const QComboBox *box)
{
    return ImportField(box->currentData().toInt());
}

void choose(QComboBox *box, ImportField field)
{
    box->setCurrentIndex(box->findData(int(field)));
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
        auto closeReport = [&](auto &&self) -> void {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(20, this, [&, self] { self(self); });
                return;
            }
            reportText = box->text();
            details = box->detailedText();
            box->accept();
        };
        QTimer::singleShot(50, this, [&] { closeReport(closeReport); });
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
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
