// The optimize dialog driven as a learner drives it: fit, read the figures, use the fit (one
// undoable change), stop a fit midway, and be told how many reviews are missing. And the
// study options' retention change that moves due dates.
#include "collection.h"
#include "deckstore.h"
#include "optimizedialog.h"
#include "simulate.h"
#include "studyoptionsdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const qint64 kEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

double sumOfStability(DeckStore &store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT total(stability), total(due) FROM cards"));
    q.next();
    return q.value(0).toDouble() + q.value(1).toDouble();
}

} // namespace

class TestOptimizeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
        StudySettings settings = m_store.studySettings();
        settings.newPerDay = 40;
        QVERIFY(m_store.setStudySettings(settings));
        testsupport::simulateStudy(&m_store, kEnd, 70, 12);
    }

    void fitsAndUsesTheFitAsOneUndoableChange_data()
    {
        QTest::addColumn<bool>("moveDueDates");
        QTest::newRow("memory only") << false;
        QTest::newRow("due dates too") << true;
    }

    void fitsAndUsesTheFitAsOneUndoableChange()
    {
        QFETCH(bool, moveDueDates);
        Collection collection(&m_store);
        const StudySettings before = m_store.studySettings();
        const double cardsBefore = sumOfStability(m_store);
        OptimizeDialog dialog(&collection, before);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *apply = testsupport::child<QPushButton>(&dialog, "apply");
        QVERIFY(!apply->isEnabled());
        QTest::mouseClick(testsupport::child<QPushButton>(&dialog, "optimize"), Qt::LeftButton);
        QVERIFY(testsupport::child<QProgressBar>(&dialog, "progress")->isVisible());
        auto *verdict = testsupport::child<QLabel>(&dialog, "verdict");
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible(), 60000);
        // Both figures shown, the fit's the lower: a fit never offered unless it predicts better.
        const double current = QLocale().toDouble(testsupport::child<QLabel>(&dialog, "currentLogLoss")->text());
        const double fitted = QLocale().toDouble(testsupport::child<QLabel>(&dialog, "fittedLogLoss")->text());
        QVERIFY2(current > 0 && fitted > 0, qPrintable(verdict->text()));
        QVERIFY2(apply->isEnabled(), qPrintable(verdict->text()));
        QVERIFY(fitted <= current);
        QVERIFY(verdict->text().contains(QLatin1String("predict your answers better")));
        // PORTDECK_SHOTS=dir keeps a picture of the dialog, to look at.
        if (const QString shots = qEnvironmentVariable("PORTDECK_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/optimize-%1.png").arg(moveDueDates));

        testsupport::child<QCheckBox>(&dialog, "recomputeDue")->setChecked(moveDueDates);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 60000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_store.studySettings().parameters.size(), size_t(21));
        QCOMPARE(m_store.studySettings().parameters, dialog.settings().parameters);
        QVERIFY(sumOfStability(m_store) != cardsBefore);

        QVERIFY(collection.canUndo());
        QVERIFY(collection.undo());
        QCOMPARE(m_store.studySettings().parameters, before.parameters);
        QCOMPARE(sumOfStability(m_store), cardsBefore);
    }

    void stopsMidwayAndChangesNothing()
    {
        Collection collection(&m_store);
        const StudySettings before = m_store.studySettings();
        OptimizeDialog dialog(&collection, before);
        dialog.show();
        QTest::mouseClick(testsupport::child<QPushButton>(&dialog, "optimize"), Qt::LeftButton);
        auto *stop = testsupport::child<QPushButton>(&dialog, "stop");
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        auto *status = testsupport::child<QLabel>(&dialog, "status");
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isVisible(), 60000);
        // It may have finished before the stop arrived; if it stopped, it says so.
        if (!testsupport::child<QLabel>(&dialog, "verdict")->isVisible())
            QVERIFY2(status->text().contains(QLatin1String("Stopped")), qPrintable(status->text()));
        QVERIFY(testsupport::child<QPushButton>(&dialog, "optimize")->isEnabled());
        QCOMPARE(m_store.studySettings().parameters, before.parameters);
        QVERIFY(!collection.canUndo());
    }

    void saysHowManyReviewsAreMissing()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        testsupport::simulateStudy(&store, kEnd, 4, 3);
        Collection collection(&store);
        OptimizeDialog dialog(&collection, store.studySettings());
        dialog.show();
        dialog.optimize();
        auto *verdict = testsupport::child<QLabel>(&dialog, "verdict");
        QTRY_VERIFY_WITH_TIMEOUT(verdict->isVisible(), 60000);
        QVERIFY2(verdict->text().contains(QLatin1String("Not enough reviews")), qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(QLatin1String("more are needed")), qPrintable(verdict->text()));
        QVERIFY(!testsupport::child<QPushButton>(&dialog, "apply")->isEnabled());
        QVERIFY(!testsupport::child<QCheckBox>(&dialog, "recomputeDue")->isVisible());
        if (const QString shots = qEnvironmentVariable("PORTDECK_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/optimize-missing.png"));
    }

    void optionsOfferToMoveDueDatesForANewRetention()
    {
        Collection collection(&m_store);
        StudyOptionsDialog dialog(m_store.studySettings(), nullptr, &collection);
        dialog.show();
        dialog.tabs()->setCurrentIndex(1); // Memory: the retention and the model
        auto *move = testsupport::child<QCheckBox>(&dialog, "rescheduleRetention");
        QVERIFY(!move->isVisible());
        QVERIFY(!dialog.rescheduleToRetention());
        QCOMPARE(testsupport::child<QLabel>(&dialog, "model")->text(), QStringLiteral("FSRS-6 defaults"));
        dialog.retention()->setValue(0.85);
        QVERIFY(move->isVisible());
        if (const QString shots = qEnvironmentVariable("PORTDECK_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/options.png"));
        QVERIFY(!dialog.rescheduleToRetention());
        move->setChecked(true);
        QVERIFY(dialog.rescheduleToRetention());
        dialog.retention()->setValue(m_store.studySettings().desiredRetention);
        QVERIFY(!move->isVisible());
        QVERIFY(!dialog.rescheduleToRetention());
        // The page asks after the dialog has closed, when nothing in it is visible.
        dialog.retention()->setValue(0.8);
        QVERIFY(move->isChecked());
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.rescheduleToRetention());
        QCOMPARE(dialog.settings().desiredRetention, 0.8);
    }

private:
    QTemporaryDir m_dir;
    DeckStore m_store;
};

QTEST_MAIN(TestOptimizeDialog)
#include "tst_optimizedialog.moc"
