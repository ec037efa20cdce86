// File → Sync Now and File → Sync Settings…, driven offscreen: the dialog checks the folder
// and the name, a folder chosen there syncs at once, and a sync on the worker thread brings
// another computer's answers into the open collection, reloads the pages and clears Undo.
#include "backupstore.h"
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "studysession.h"
#include "syncdialog.h"
#include "syncflow.h"
#include "syncservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

qint64 reviewCount(const DeckStore &store)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM revlog")) && q.next() ? q.value(0).toLongLong() : -1;
}

// Another computer, "Desktop": two answers, then its sync into @p folder.
void answerElsewhere(const QString &dataDir, const QString &folder)
{
    DeckStore store;
    QCOMPARE(store.open(dataDir), DeckStore::Status::Ok);
    const SystemClock clock;
    Collection collection(&store);
    StudySession session(&store, &clock);
    session.setCollection(&collection);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(session.hasCard());
        QVERIFY(session.answer(fsrs::Rating::Good));
    }
    const SyncReport report = SyncService::run(store, dataDir, folder, QStringLiteral("Desktop"), clock.nowMs());
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.reviewsOut, 2);
}

QPushButton *okButton(SyncDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSyncDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { testsupport::closeModals(); }

    void dialogChecksTheFolderAndTheName()
    {
        QTemporaryDir dir;
        SyncPeer desktop{42, QStringLiteral("c0ffee"), QStringLiteral("Desktop"), 3, 1790000000000};
        SyncDialog dialog({}, 0, {desktop}, nullptr);
        dialog.show();
        QVERIFY(okButton(&dialog)->isEnabled()); // no folder: sync stays off
        QCOMPARE(dialog.computers()->topLevelItemCount(), 1);
        QCOMPARE(dialog.computers()->topLevelItem(0)->text(0), QStringLiteral("Desktop"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("syncProblem"));
        QVERIFY(problem->isHidden());

        dialog.folderEdit()->setText(dir.filePath(QStringLiteral("missing")));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("does not exist")), qPrintable(problem->text()));

        dialog.folderEdit()->setText(dir.path());
        dialog.nameEdit()->clear();
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(problem->text().contains(QLatin1String("name")));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Laptop"));
        QVERIFY(okButton(&dialog)->isEnabled());
        dialog.intervalMinutes()->setValue(10);
        testsupport::shotWidget(&dialog, "sync-settings");
        const SyncSettings s = dialog.settings();
        QCOMPARE(s.folder, QDir::cleanPath(dir.path()));
        QCOMPARE(s.computerName, QStringLiteral("Laptop"));
        QCOMPARE(s.intervalMinutes, 10);
        QVERIFY(s.isOn());
    }

    // The learner's collection, open in the window, takes in another computer's answers.
    void syncNowMergesAnotherComputer()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        answerElsewhere(root.filePath(QStringLiteral("desktop")), folder);

        DeckStore store;
        QCOMPARE(store.open(root.filePath(QStringLiteral("laptop"))), DeckStore::Status::Ok);
        QVERIFY(SyncStore(store).setSettings({folder, QStringLiteral("Laptop"), 7}));
        Collection collection(&store);
        const SystemClock clock;
        QWidget window;
        window.show();
        SyncFlow flow(&collection, &clock, &window);
        QVERIFY(flow.isOn());
        QVERIFY(flow.timer()->isActive());
        QCOMPARE(flow.timer()->interval(), 7 * 60 * 1000);
        QCOMPARE(flow.statusText(), QStringLiteral("Not synced yet"));

        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cards ORDER BY id DESC LIMIT 1")) && q.next());
        const qint64 card = q.value(0).toLongLong();
        q.finish(); // no read left open: the window's connection sees the merge
        QVERIFY(collection.setFlag({card}, 2));
        QVERIFY(collection.canUndo());
        QSignalSpy finished(&flow, &SyncFlow::finished);
        QSignalSpy message(&flow, &SyncFlow::message);
        QSignalSpy changed(&collection, &Collection::changed);
        flow.syncNow();
        QVERIFY(flow.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(reviewCount(store), 2);
        QVERIFY2(message.constLast().constFirst().toString().contains(QLatin1String("Synced: 2 answer")),
                 qPrintable(message.constLast().constFirst().toString()));
        QVERIFY(!changed.isEmpty());   // the pages reload
        QVERIFY(!collection.canUndo()); // and Undo cannot take the merge back in part
        QVERIFY2(flow.statusText().contains(QLatin1String("with Desktop")), qPrintable(flow.statusText()));
        QVERIFY(!BackupStore(root.filePath(QStringLiteral("laptop"))).backups().isEmpty()); // before the first merge
    }

    // File → Sync Settings…: a folder chosen there is saved and synced at once; a failing
    // sync by hand says why in a message box.
    void settingsChosenInTheDialogSyncAtOnce()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        DeckStore store;
        QCOMPARE(store.open(root.filePath(QStringLiteral("laptop"))), DeckStore::Status::Ok);
        Collection collection(&store);
        const SystemClock clock;
        QWidget window;
        window.show();
        SyncFlow flow(&collection, &clock, &window);
        QVERIFY(!flow.isOn());
        QVERIFY(!flow.timer()->isActive());
        QVERIFY(flow.statusText().isEmpty());
        QSignalSpy finished(&flow, &SyncFlow::finished);

        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SyncDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(!dialog->nameEdit()->text().isEmpty()); // the host name, to start with
            dialog->folderEdit()->setText(folder);
            dialog->nameEdit()->setText(QStringLiteral("Laptop"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        flow.syncNow(); // sync is off: Sync Now opens the settings
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(flow.isOn());
        QCOMPARE(SyncStore(store).settings().folder, QDir::cleanPath(folder));
        QCOMPARE(SyncStore(store).settings().computerName, QStringLiteral("Laptop"));
        QVERIFY2(flow.statusText().contains(QLatin1String("no other computer yet")), qPrintable(flow.statusText()));
        QVERIFY(QFileInfo::exists(SyncService::journalDir(folder, store.collectionId()) + QStringLiteral("/computer.json")));

        // The folder goes away (an unplugged drive): Sync Now says so.
        QVERIFY(QDir(folder).removeRecursively());
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                shown = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
                box->close();
            }
        });
        poll.start(20);
        finished.clear();
        flow.syncNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY2(shown.contains(QLatin1String("does not exist")), qPrintable(shown));
        QCOMPARE(flow.statusText(), QStringLiteral("Sync failed"));
    }
};

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
