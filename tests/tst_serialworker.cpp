// SerialWorker: the thread an import writes its batches on while it prepares the next.
#include "serialworker.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

class TestSerialWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsJobsInOrderOffTheCallersThread()
    {
        SerialWorker worker(2);
        std::mutex mutex;
        QList<int> order;
        std::atomic<bool> onCaller{false};
        const auto caller = std::this_thread::get_id();
        for (int i = 0; i < 50; ++i) {
            worker.submit([&, i] {
                if (std::this_thread::get_id() == caller)
                    onCaller = true;
                std::lock_guard lock(mutex);
                order.append(i);
                return QString();
            });
        }
        QCOMPARE(worker.wait(), QString());
        QList<int> expected;
        for (int i = 0; i < 50; ++i)
            expected.append(i);
        QCOMPARE(order, expected);
        QVERIFY(!onCaller);
    }

    // The first error is kept; the jobs after it never run, those given later neither.
    void stopsAtTheFirstError()
    {
        SerialWorker worker(8);
        std::atomic<int> ran{0};
        worker.submit([&] { ++ran; return QString(); });
        worker.submit([&] { ++ran; return QStringLiteral("disk full"); });
        worker.submit([&] { ++ran; return QStringLiteral("second"); });
        QCOMPARE(worker.wait(), QStringLiteral("disk full"));
        worker.submit([&] { ++ran; return QString(); });
        QCOMPARE(worker.wait(), QStringLiteral("disk full"));
        QCOMPARE(ran.load(), 2);
    }

    // A queue of at most N: submit() waits for room, so a fast caller holds little in memory.
    void boundsTheQueue()
    {
        SerialWorker worker(1);
        std::atomic<bool> release{false};
        std::atomic<int> ran{0};
        worker.submit([&] {
            while (!release)
                std::this_thread::yield();
            ++ran;
            return QString();
        });
        // The first job runs (or is about to), one more fits in the queue…
        std::atomic<bool> thirdGiven{false};
        std::thread caller([&] {
            worker.submit([&] { ++ran; return QString(); });
            worker.submit([&] { ++ran; return QString(); });
            thirdGiven = true;
        });
        QTest::qWait(100);
        QVERIFY(!thirdGiven); // …and the third waits for room
        release = true;
        caller.join();
        QVERIFY(thirdGiven);
        QCOMPARE(worker.wait(), QString());
        QCOMPARE(ran.load(), 3);
    }

    // Destroyed with work queued (a cancelled import): the running job ends, the rest is dropped.
    void destructionDropsWaitingJobs()
    {
        std::atomic<int> ran{0};
        std::atomic<bool> started{false};
        std::atomic<bool> release{false};
        std::thread releaser;
        {
            SerialWorker worker(4);
            worker.submit([&] {
                started = true;
                while (!release)
                    std::this_thread::yield();
                ++ran;
                return QString();
            });
            for (int i = 0; i < 3; ++i)
                worker.submit([&] { ++ran; return QString(); });
            while (!started)
                std::this_thread::yield();
            // The running job ends only after the destructor has begun.
            releaser = std::thread([&] {
                QThread::msleep(100);
                release = true;
            });
        }
        releaser.join();
        QCOMPARE(ran.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
