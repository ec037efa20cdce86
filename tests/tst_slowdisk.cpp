// The window on a slow disk (a USB stick, a network share): this test runs with the fault shim
// preloaded, every fsync under its data folder 400 ms late (CMakeLists.txt). The learner studies
// with the keyboard and pauses between answers, as the collection's idle work (folding the log
// back into the file) runs in those pauses; a heartbeat timer measures the longest time the
// event loop was held.
#include "clock.h"
#include "deckstore.h"
#include "mainwindow.h"
#include "studypage.h"
#include "studysession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

class TestSlowDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void windowWaitsAtMostOneFlush()
    {
        const QString data = qEnvironmentVariable("PORTDECK_FAULT_DIR");
        if (qEnvironmentVariable("PORTDECK_FAULT") != QLatin1String("slow:400") || data.isEmpty())
            QFAIL("run by ctest, with the fault shim preloaded and PORTDECK_FAULT=slow:400");
        QDir(data).removeRecursively();
        QVERIFY(QDir().mkpath(data));

        ManualClock clock(QDateTime::fromString(QStringLiteral("2025-03-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        constexpr int kAnswers = 8;
        qint64 longest = 0;
        {
            DeckStore store;
            QCOMPARE(store.open(data), DeckStore::Status::Ok);
            StudySettings settings = store.studySettings();
            settings.typeAnswers = false;
            QVERIFY(store.setStudySettings(settings));
            MainWindow window(&store, nullptr, QStringLiteral("en"), &clock);
            window.resize(1100, 720);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.setCurrentPage(QStringLiteral("study")));
            StudyPage *page = window.studyPage();
            QVERIFY(page);
            QTRY_VERIFY(page->session()->hasCard());
            QTest::qWait(1500); // launch's own work done

            auto fileBytes = [&store] {
                QFile file(store.filePath());
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            };
            const QByteArray before = fileBytes();
            QElapsedTimer beat;
            beat.start();
            QTimer heartbeat;
            heartbeat.setInterval(5);
            QObject::connect(&heartbeat, &QTimer::timeout, [&] {
                longest = std::max(longest, beat.restart());
            });
            heartbeat.start();
            for (int i = 0; i < kAnswers; ++i) {
                QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : page;
                QTest::keyClick(focus, Qt::Key_Space);
                QVERIFY(page->isAnswerShown());
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : page, Qt::Key_3);
                clock.advance(20 * 1000);
                // A pause: the collection's idle work runs in it. A short one ends while the
                // checkpoint still runs; after a long one the log starts over, and SQLite flushes
                // its new header on the thread that commits (sqlite3WalFrames): one fsync.
                QTest::qWait(i % 2 == 0 ? 1300 : 3000);
            }
            heartbeat.stop();
            // The pauses' checkpoints ran, on their own thread: the answers are in the file itself.
            QVERIFY(store.waitForCheckpoint());
            QVERIFY(fileBytes() != before);
        }
        // Every answer reached the disk once the window closed.
        DeckStore store;
        QCOMPARE(store.open(data, DeckStore::Mode::ReadOnly), DeckStore::Status::Ok);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM revlog")) && q.next());
        QCOMPARE(q.value(0).toInt(), kAnswers);
        qInfo("every fsync 400 ms late: %d answers with pauses, the event loop held at most %lld ms", kAnswers, longest);
        // The checkpoint on this thread held it for two fsyncs and more (1,208 ms); what is left
        // is the log header's flush after a long pause, one fsync.
        QVERIFY2(longest < 600, qPrintable(QStringLiteral("the window was held for %1 ms").arg(longest)));
    }
};

QTEST_MAIN(TestSlowDisk)
#include "tst_slowdisk.moc"
