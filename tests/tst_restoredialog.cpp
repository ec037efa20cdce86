// File → Back Up Now and File → Restore Backup…, driven through the real dialogs offscreen: the
// list shows the backups, the learner picks one, confirms, and the open collection is the
// restored one, its undo steps gone; the settings below the list are saved.
#include "backupflow.h"
#include "backupstore.h"
#include "collection.h"
#include "damageddialog.h"
#include "deckstore.h"
#include "restoredialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
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

Deck fixture()
{
    QString error;
    Deck deck = Deck::fromFile(QStringLiteral(PORTDECK_TEST_DATA "/deck-v1.json"), &error);
    if (!error.isEmpty())
        qFatal("fixture: %s", qPrintable(error));
    return deck;
}

void logReviews(DeckStore &store, int count)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT min(id) FROM cards")) || !q.next())
        qFatal("no cards");
    const qint64 card = q.value(0).toLongLong();
    for (int i = 0; i < count; ++i) {
        if (!store.logPracticeAnswer(card, QStringLiteral("quiz"), 1790000000000 + i * 1000, 3, 900, {}, {}))
            qFatal("cannot log a review");
    }
}

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { testsupport::closeModals(); }

    void backUpAndRestore()
    {
        // The context of the pollers below: they end with this function, not in the next test.
        QObject scope;
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
        Collection collection(&store);
        QWidget window;
        window.resize(800, 600);
        window.show();
        BackupFlow flow(&collection, &window);
        QVERIFY(flow.timer()->isActive()); // every 30 minutes by default
        QCOMPARE(flow.timer()->interval(), 30 * 60 * 1000);
        QSignalSpy finished(&flow, &BackupFlow::finished);
        QSignalSpy message(&flow, &BackupFlow::message);

        logReviews(store, 2);
        flow.backUpNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY2(message.constLast().constFirst().toString().startsWith(QLatin1String("Backed up: ")),
                 qPrintable(message.constLast().constFirst().toString()));
        QCOMPARE(BackupStore(dir.path()).backups().size(), 1);

        logReviews(store, 3);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM cards")) && q.next());
        const qint64 card = q.value(0).toLongLong();
        q.finish();
        QVERIFY(collection.setSuspended({card}, true));
        QVERIFY(collection.canUndo());
        QVERIFY(flow.hasChanges());

        QString confirmText;
        QString confirmInfo;
        int rows = -1;
        QString reviewsShown;
        bool enabledBefore = true;
        // A failed restore says so in a box: its text becomes the test's failure.
        QString warningText;
        auto warning = [&](auto &&self) -> void {
            if (!finished.isEmpty())
                return;
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warningText = box->text();
                box->accept();
                return;
            }
            QTimer::singleShot(20, &scope, [&, self] { self(self); });
        };
        auto confirm = [&](auto &&self) -> void {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(20, &scope, [&, self] { self(self); });
                return;
            }
            confirmText = box->text();
            confirmInfo = box->informativeText();
            testsupport::shot(box, "restore-confirm");
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
            QTimer::singleShot(20, &scope, [&] { warning(warning); });
        };
        auto choose = [&](auto &&self) -> void {
            auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, &scope, [&, self] { self(self); });
                return;
            }
            // The counts arrive from the dialog's thread.
            if (dialog->list()->topLevelItemCount() > 0 && dialog->list()->topLevelItem(0)->text(2) == QStringLiteral("…")) {
                QTimer::singleShot(20, &scope, [&, self] { self(self); });
                return;
            }
            rows = dialog->list()->topLevelItemCount();
            reviewsShown = dialog->list()->topLevelItem(0)->text(2);
            enabledBefore = dialog->restoreButton()->isEnabled();
            dialog->intervalMinutes()->setValue(0);
            dialog->findChild<QSpinBox *>(QStringLiteral("days"))->setValue(5);
            dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
            testsupport::shot(dialog, "restore-dialog");
            QTimer::singleShot(20, &scope, [&] { confirm(confirm); });
            dialog->restoreButton()->click();
        };
        QTimer::singleShot(0, &scope, [&] { choose(choose); });
        finished.clear();
        flow.restore();
        QVERIFY(finished.wait(10000));
        QVERIFY2(warningText.isEmpty(), qPrintable(warningText));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);

        QCOMPARE(rows, 1);
        QCOMPARE(reviewsShown, QStringLiteral("2"));
        QVERIFY(!enabledBefore);
        QVERIFY2(confirmText.contains(QLatin1String("with 2 review")), qPrintable(confirmText));
        QVERIFY2(confirmInfo.contains(QLatin1String("backed up first")), qPrintable(confirmInfo));
        // The open connection reads the restored collection; undo has nothing of the old one.
        QCOMPARE(store.counts().reviews, 2);
        QCOMPARE(store.card(card)->suspended, false);
        QVERIFY(!collection.canUndo());
        QVERIFY(!flow.hasChanges());
        QVERIFY(message.constLast().constFirst().toString().startsWith(QLatin1String("Restored your collection")));
        // The settings chosen in the dialog are saved, and a restore keeps them.
        QVERIFY(!flow.timer()->isActive());
        QCOMPARE(BackupSettings::of(store).intervalMinutes, 0);
        QCOMPARE(BackupSettings::of(store).days, 5);
        // The collection it replaced is a safety copy, kept beside the backup it went back to.
        const QList<BackupInfo> backups = BackupStore(dir.path()).backups();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.constFirst().reviews, 5); // the collection it replaced, newest
        QCOMPARE(backups.constFirst().reason, BackupReason::BeforeRestore);
        QCOMPARE(backups.constLast().reviews, 2);
    }

    // File → Restore Backup lists the newest backups; yesterday's collection is three clicks
    // away: File, its backup, Restore.
    void restoreFromTheMenu()
    {
        QObject scope; // the context of the poller below
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
        Collection collection(&store);
        QWidget window;
        window.resize(800, 600);
        window.show();
        BackupFlow flow(&collection, &window);
        QMenu menu;
        flow.fillRestoreMenu(&menu);
        QCOMPARE(menu.actions().size(), 3); // "No backups yet", a separator, the dialog
        QVERIFY(!menu.actions().constFirst()->isEnabled());

        // Yesterday's backup with 1 review, today's with 4.
        BackupStore backups(dir.path());
        logReviews(store, 1);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString error;
        QVERIFY2(backups.makeCopy(store, now - 86400000, &error, BackupReason::Scheduled), qPrintable(error));
        logReviews(store, 3);
        QVERIFY2(backups.makeCopy(store, now, &error, BackupReason::Scheduled), qPrintable(error));
        logReviews(store, 2);

        flow.fillRestoreMenu(&menu);
        const QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 4); // two backups, a separator, the dialog
        const QList<BackupInfo> listed = backups.backups(false);
        QCOMPARE(actions.at(0)->text(), RestoreDialog::describe(listed.at(0))); // newest first
        QCOMPARE(actions.at(1)->text(), RestoreDialog::describe(listed.at(1)));
        QVERIFY(actions.at(2)->isSeparator());
        QCOMPARE(actions.at(3)->objectName(), QStringLiteral("restoreBackup"));
        menu.popup(window.mapToGlobal(QPoint(20, 20)));
        testsupport::shotWidget(&menu, "restore-menu");
        menu.hide();

        QString confirmText;
        auto confirm = [&](auto &&self) -> void {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(20, &scope, [&, self] { self(self); });
                return;
            }
            confirmText = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        };
        QSignalSpy finished(&flow, &BackupFlow::finished);
        QTimer::singleShot(0, &scope, [&] { confirm(confirm); });
        actions.at(1)->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY2(confirmText.contains(QLatin1String("with 1 review")), qPrintable(confirmText));
        QCOMPARE(store.counts().reviews, 1);
        // What it replaced is kept: the menu lists it first, before a restore.
        flow.fillRestoreMenu(&menu);
        QCOMPARE(menu.actions().size(), 5);
        QVERIFY(menu.actions().constFirst()->text().endsWith(QLatin1String("before a restore")));
    }

    // Closing backs up only a collection that changed since the last backup.
    void backupOnCloseOnlyAfterChanges()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
        Collection collection(&store);
        QWidget window;
        BackupFlow flow(&collection, &window);
        flow.backUpOnClose();
        QCOMPARE(BackupStore(dir.path()).backups().size(), 0);
        QVERIFY(collection.setSuspended({1}, true));
        flow.backUpOnClose();
        QCOMPARE(BackupStore(dir.path()).backups().size(), 1);
        QVERIFY(!flow.hasChanges());
    }

    // Starting on a damaged collection: the dialog says so in a sentence and offers the newest
    // backup that passes its check (a damaged newer copy is passed over); its button brings it
    // back, keeps the damaged file beside it, and the collection opens with the backup's reviews.
    void damagedCollectionOffersTheNewestGoodBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(DeckStore::fileName());
        QString older;
        // Days apart, and recent: the backups' pruning keeps the newest of each recent day.
        const qint64 olderMs = QDateTime::currentMSecsSinceEpoch() - 3 * 86'400'000LL;
        {
            DeckStore store;
            QCOMPARE(store.open(dir.path(), DeckStore::Mode::ReadWrite, fixture()), DeckStore::Status::Ok);
            logReviews(store, 3);
            QString error;
            const std::optional<BackupInfo> good = BackupStore(dir.path()).backUp(store, olderMs, &error);
            QVERIFY2(good, qPrintable(error));
            older = good->path;
            logReviews(store, 2);
            const std::optional<BackupInfo> newer = BackupStore(dir.path()).backUp(store, olderMs + 2 * 86'400'000LL, &error);
            QVERIFY2(newer, qPrintable(error));
            QFile copy(newer->path); // the disk got the newest copy too
            QVERIFY(copy.open(QIODevice::ReadWrite));
            copy.seek(copy.size() / 2);
            copy.write(QByteArray(copy.size() / 4, '\xA5'));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 at = 4096; at < file.size(); at += 4096) {
                file.seek(at);
                file.write(QByteArray(16, '\xA5'));
            }
        }
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Damaged);
        const QString message = store.errorString();
        QVERIFY2(message.size() < 700 && !message.contains(QLatin1Char('\n')), qPrintable(message)); // a sentence, not a dump

        DamagedDialog dialog(dir.path(), message);
        QCOMPARE(dialog.informativeText(), message);
        QCOMPARE(dialog.offeredBackup(), older);
        QVERIFY(dialog.restoreButton());
        QVERIFY(dialog.restoreButton()->text().contains(QLocale().toString(QDateTime::fromMSecsSinceEpoch(olderMs).date(), QLocale::LongFormat)));
        QCOMPARE(dialog.defaultButton(), dialog.restoreButton());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.restoreButton()->click();
        QCOMPARE(dialog.clickedButton(), dialog.restoreButton());
        QVERIFY2(dialog.restore(), qPrintable(dialog.errorString()));
        QVERIFY(QFileInfo::exists(dialog.keptAs()));

        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        QCOMPARE(store.counts().reviews, 3);
        QCOMPARE(store.integrityProblems(), QStringList());
    }

    // No backup that passes its check: the dialog offers nothing it cannot do.
    void damagedCollectionWithoutBackups()
    {
        QTemporaryDir dir;
        DamagedDialog dialog(dir.path(), QStringLiteral("damaged"));
        QVERIFY(dialog.offeredBackup().isEmpty());
        QVERIFY(!dialog.restoreButton());
        QCOMPARE(dialog.buttons().size(), 1); // Quit
        QVERIFY(!dialog.restore());
        QVERIFY(!dialog.errorString().isEmpty());
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
