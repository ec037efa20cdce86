// The exam date and the workload simulator as a learner meets them: the Exam tab of the study
// options, the exam plan on the Progress page (with its plain messages and choices when the
// plan does not fit), the mastery map on exam day, and the workload dialog.
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "examplanner.h"
#include "localization.h"
#include "masterymap.h"
#include "progresspage.h"
#include "simulate.h"
#include "studyoptionsdialog.h"
#include "testsupport.h"
#include "theme.h"
#include "workloaddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kDay = 86400000;
// Evening of a study day, local time as the tests run it (UTC in CI).
const qint64 kNow = QDateTime(QDate(2026, 6, 1), QTime(19, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QDate today()
{
    return StudyDay(4).dayOf(kNow);
}

} // namespace

class TestExamViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
        StudySettings settings = m_store.studySettings();
        settings.newPerDay = 6;
        QVERIFY(m_store.setStudySettings(settings));
        testsupport::simulateStudy(&m_store, kNow - 12 * 3600 * 1000, 20, 5);
    }

    void cleanup() { testsupport::closeModals(); }

    void optionsExamTab()
    {
        StudySettings settings = m_store.studySettings();
        settings.examDate = QDate();
        ManualClock clock(kNow);
        Collection collection(&m_store);
        StudyOptionsDialog dialog(settings, nullptr, &collection, &clock);
        dialog.resize(560, 460);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showExamTab();
        QCOMPARE(dialog.tabs()->currentIndex(), dialog.tabs()->count() - 1);
        // No date: the rest is off, and the tab says what a date would do.
        QVERIFY(!dialog.examDate()->isEnabled());
        QVERIFY(dialog.examPlan()->text().contains(QLatin1String("paces")));
        QVERIFY(!dialog.settings().examDate.isValid());
        testsupport::shot(&dialog, "options-exam-none");

        QTest::mouseClick(dialog.hasExam(), Qt::LeftButton, {}, QPoint(6, dialog.hasExam()->height() / 2));
        QVERIFY(dialog.hasExam()->isChecked());
        QVERIFY(dialog.examDate()->isEnabled());
        dialog.examDate()->setDate(today().addDays(20));
        // 20 days with a limit of 6: pacing raises it to what introduces every card by then.
        const QString plan = dialog.examPlan()->text();
        QVERIFY2(plan.contains(QRegularExpression(QStringLiteral("^20 day(s|\\(s\\)) to go"))), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("rises to")), qPrintable(plan));
        testsupport::shot(&dialog, "options-exam-paced");
        dialog.examPaces()->setChecked(false);
        QVERIFY2(dialog.examPlan()->text().contains(QLatin1String("still be new on exam day")),
                 qPrintable(dialog.examPlan()->text()));
        dialog.examRetention()->setValue(93);
        dialog.examCaps()->setChecked(false);
        const StudySettings chosen = dialog.settings();
        QCOMPARE(chosen.examDate, today().addDays(20));
        QCOMPARE(chosen.examRetention, 0.93);
        QVERIFY(!chosen.examCapsIntervals);
        QVERIFY(!chosen.examPacesNewCards);
        // A date in the past is said plainly.
        dialog.examDate()->setDate(today().addDays(-3));
        QVERIFY(dialog.examPlan()->text().contains(QLatin1String("passed")));
        // Unticking the box clears the date.
        dialog.hasExam()->setChecked(false);
        QVERIFY(!dialog.settings().examDate.isValid());
    }

    void progressShowsThePlan_data()
    {
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<int>("newPerDay");
        QTest::addColumn<int>("reviewsPerDay");
        QTest::addColumn<bool>("pacing");
        QTest::addColumn<QString>("summaryHas");
        QTest::addColumn<QString>("warningHas");
        QTest::addColumn<QString>("raiseText");
        // Day counts in English plurals, or Qt's "(s)" form when no translation is loaded.
        QTest::newRow("enough time") << 120 << 20 << 500 << true << "^120 day(s|\\(s\\)) to go" << "" << "";
        QTest::newRow("too few new cards a day")
            << 20 << 3 << 500 << false << "^20 day(s|\\(s\\)) to go" << "still be new on exam day" << "Raise New Cards to";
        // 129 new cards at 5 a day are all in by exam day, but the last only 5 days before it.
        QTest::newRow("new cards in, but late")
            << 30 << 5 << 500 << false << "^30 day(s|\\(s\\)) to go" << "come in only" << "Raise New Cards to";
        QTest::newRow("too few reviews a day")
            << 10 << 20 << 10 << true << "^10 day(s|\\(s\\)) to go" << "more than your limit of 10" << "Raise Reviews to";
        QTest::newRow("date in the past") << -4 << 20 << 500 << true << "has passed" << "" << "";
        QTest::newRow("exam today") << 0 << 20 << 500 << true << "is today" << "" << "";
    }

    void progressShowsThePlan()
    {
        QFETCH(int, daysAhead);
        QFETCH(int, newPerDay);
        QFETCH(int, reviewsPerDay);
        QFETCH(bool, pacing);
        QFETCH(QString, summaryHas);
        QFETCH(QString, warningHas);
        QFETCH(QString, raiseText);
        const StudySettings saved = m_store.studySettings();
        const auto restore = qScopeGuard([&] { m_store.setStudySettings(saved); });
        StudySettings settings = saved;
        settings.examDate = today().addDays(daysAhead);
        settings.newPerDay = newPerDay;
        settings.reviewsPerDay = reviewsPerDay;
        settings.examPacesNewCards = pacing;
        QVERIFY(m_store.setStudySettings(settings));
        ManualClock clock(kNow);
        ProgressPage page(&m_store, &clock, QStringLiteral("en"));
        page.resize(900, 900);
        QSignalSpy shown(&page, &ProgressPage::examPlanShown);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.examPanel()->isVisible());
        // Until the plan is worked out, no choice is offered.
        if (shown.isEmpty()) {
            QVERIFY(!page.examRaiseButton()->isVisible());
            QVERIFY(!page.examWarning()->isVisible());
        }
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 30000);
        QVERIFY(page.examForecast());
        const QString summary = page.examSummary()->text();
        QVERIFY2(summary.contains(QRegularExpression(summaryHas)), qPrintable(summary));
        QCOMPARE(page.examWarning()->isVisible(), !warningHas.isEmpty());
        if (!warningHas.isEmpty())
            QVERIFY2(page.examWarning()->text().contains(warningHas), qPrintable(page.examWarning()->text()));
        QCOMPARE(page.examRaiseButton()->isVisible(), !raiseText.isEmpty());
        QCOMPARE(page.examClearButton()->isVisible(), daysAhead < 0);
        QVERIFY(page.examChangeButton()->isVisible());
        QCOMPARE(page.mapHorizonCombo()->isVisible(), daysAhead >= 0);
        const QByteArray name = "progress-exam-" + QByteArray(QTest::currentDataTag()).replace(' ', '-');
        testsupport::shot(&page, name.constData());
        // On a narrow window the buttons stay whole and the words wrap.
        page.resize(440, 900);
        QTRY_VERIFY(page.examChangeButton()->width() >= page.examChangeButton()->minimumSizeHint().width());
        testsupport::shot(&page, (name + "-narrow").constData());

        QSignalSpy requested(&page, &ProgressPage::studySettingsRequested);
        if (!raiseText.isEmpty()) {
            QVERIFY2(page.examRaiseButton()->text().startsWith(raiseText), qPrintable(page.examRaiseButton()->text()));
            QTest::mouseClick(page.examRaiseButton(), Qt::LeftButton);
            QCOMPARE(requested.size(), 1);
            const StudySettings raised = requested.first().first().value<StudySettings>();
            const ExamForecast &f = *page.examForecast();
            QCOMPARE(raised.newPerDay, f.newCardsFit() ? newPerDay : f.neededNewPerDay);
            QVERIFY(raised.reviewsPerDay >= std::lround(f.peakAnswers));
            QCOMPARE(raised.examDate, settings.examDate);
        }
        if (daysAhead < 0) {
            QTest::mouseClick(page.examClearButton(), Qt::LeftButton);
            QCOMPARE(requested.size(), 1);
            QVERIFY(!requested.first().first().value<StudySettings>().examDate.isValid());
        }
        QSignalSpy options(&page, &ProgressPage::examOptionsRequested);
        QTest::mouseClick(page.examChangeButton(), Qt::LeftButton);
        QCOMPARE(options.size(), 1);
    }

    void masteryMapOnExamDay()
    {
        const StudySettings saved = m_store.studySettings();
        const auto restore = qScopeGuard([&] { m_store.setStudySettings(saved); });
        StudySettings settings = saved;
        settings.examDate = today().addDays(60);
        settings.newPerDay = 20;
        QVERIFY(m_store.setStudySettings(settings));
        ManualClock clock(kNow);
        ProgressPage page(&m_store, &clock, QStringLiteral("en"));
        page.resize(900, 900);
        QSignalSpy shown(&page, &ProgressPage::examPlanShown);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 30000);
        const std::array<int, 4> week = page.masteryMap()->levelCounts();
        page.mapHorizonCombo()->setCurrentIndex(1);
        QCOMPARE(page.masteryMap()->horizon(), MasteryMap::Horizon::ExamDay);
        QVERIFY(page.masterySummary()->text().contains(QLatin1String("on exam day")));
        // Sixty days of the plan: every entry learned, and more of them solid than now.
        const std::array<int, 4> exam = page.masteryMap()->levelCounts();
        QCOMPARE(exam[int(Mastery::Unseen)], 0);
        QVERIFY(exam[int(Mastery::Solid)] > week[int(Mastery::Solid)]);
        QVERIFY(page.masteryMap()->toolTipFor(0).contains(QLatin1String("Recall on exam day")));
        testsupport::shot(&page, "progress-map-exam-day");
        page.mapHorizonCombo()->setCurrentIndex(0);
        QCOMPARE(page.masteryMap()->levelCounts(), week);
        // A date moved twice in a row shows the last one's plan, never the one before.
        settings.examDate = today().addDays(90);
        QVERIFY(m_store.setStudySettings(settings));
        page.refresh();
        settings.examDate = today().addDays(45);
        QVERIFY(m_store.setStudySettings(settings));
        page.refresh();
        shown.clear();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, 30000);
        QTest::qWait(300);
        QCOMPARE(page.examForecast()->examDate, today().addDays(45));
        QCOMPARE(page.examForecast()->daysLeft, 45);
        // Clearing the date hides the plan and the choice of horizon, for good.
        QVERIFY(m_store.setStudySettings(saved));
        page.refresh();
        QTest::qWait(300);
        QVERIFY(!page.examPanel()->isVisible());
        QVERIFY(!page.mapHorizonCombo()->isVisible());
        QCOMPARE(page.masteryMap()->horizon(), MasteryMap::Horizon::Week);
    }

    void workloadDialog()
    {
        StudySettings settings = m_store.studySettings();
        settings.desiredRetention = 0.9;
        WorkloadDialog dialog(m_dir.path(), settings, kNow);
        QSignalSpy finished(&dialog, &WorkloadDialog::simulated);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.points().size(), size_t(28));
        auto *use = testsupport::child<QPushButton>(&dialog, "use");
        QVERIFY(!use->isEnabled()); // the learner's own retention: nothing to change
        auto *pick = testsupport::child<QDoubleSpinBox>(&dialog, "pick");
        pick->setValue(0.80);
        QVERIFY(use->isEnabled());
        QVERIFY2(testsupport::child<QLabel>(&dialog, "pickText")->text().contains(QLatin1String("less work")),
                 qPrintable(testsupport::child<QLabel>(&dialog, "pickText")->text()));
        pick->setValue(0.95);
        QVERIFY(testsupport::child<QLabel>(&dialog, "pickText")->text().contains(QLatin1String("more work")));
        testsupport::shot(&dialog, "workload");
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.retention(), 0.95);
    }

    void workloadCanBeCancelled()
    {
        // Closing the dialog while it simulates stops the work without waiting for the year.
        WorkloadDialog *dialog = new WorkloadDialog(m_dir.path(), m_store.studySettings(), kNow);
        dialog->show();
        QElapsedTimer timer;
        timer.start();
        delete dialog;
        QVERIFY(timer.elapsed() < 5000);
    }

    void germanDarkAndNarrow()
    {
        // The learner reading German on a dark, narrow window: every new word translated, and
        // nothing cut off.
        installTranslations(qApp, QStringLiteral("de"));
        applyTheme(Theme::Dark);
        StudySettings settings = m_store.studySettings();
        settings.examDate = today().addDays(20);
        ManualClock clock(kNow);
        Collection collection(&m_store);
        {
            StudyOptionsDialog dialog(settings, nullptr, &collection, &clock);
            dialog.showExamTab();
            dialog.resize(dialog.minimumSizeHint().width(), 460);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY2(dialog.width() <= 640, qPrintable(QString::number(dialog.width())));
            QCOMPARE(dialog.tabs()->tabText(3), QStringLiteral("P&rüfung"));
            QVERIFY2(dialog.examPlan()->text().startsWith(QStringLiteral("Noch 20 Tage")),
                     qPrintable(dialog.examPlan()->text()));
            QVERIFY(dialog.examCaps()->width() >= dialog.examCaps()->minimumSizeHint().width());
            testsupport::shot(&dialog, "options-exam-de-dark");
        }
        {
            WorkloadDialog dialog(m_dir.path(), settings, kNow);
            QSignalSpy finished(&dialog, &WorkloadDialog::simulated);
            dialog.resize(420, 520);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
            testsupport::child<QDoubleSpinBox>(&dialog, "pick")->setValue(0.85);
            QVERIFY(testsupport::child<QLabel>(&dialog, "pickText")->text().contains(QStringLiteral("pro Tag")));
            QVERIFY(dialog.width() <= 440);
            testsupport::shot(&dialog, "workload-de-dark-narrow");
        }
        installTranslations(qApp, QStringLiteral("en"));
        applyTheme(Theme::Light);
    }

private:
    QTemporaryDir m_dir;
    DeckStore m_store;
};

QTEST_MAIN(TestExamViews)
#include "tst_examviews.moc"
