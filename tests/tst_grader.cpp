#include "grader.h"

#include <QTest>

class TestGrader : public QObject
{
    Q_OBJECT

private slots:
    void grade_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("rating");
        const int C = int(Verdict::Correct), P = int(Verdict::Partial), W = int(Verdict::Wrong);
        QTest::newRow("wrong, fast") << W << qint64(500) << 2 << 1;
        QTest::newRow("wrong, slow") << W << qint64(60000) << 2 << 1;
        QTest::newRow("partial") << P << qint64(2000) << 6 << 2;
        QTest::newRow("fast") << C << qint64(3000) << 2 << 4;
        QTest::newRow("fast limit") << C << qint64(4500) << 2 << 4;       // 4000 + 2·250
        QTest::newRow("just over fast") << C << qint64(4501) << 2 << 3;
        QTest::newRow("normal") << C << qint64(8000) << 2 << 3;
        QTest::newRow("just under slow") << C << qint64(15499) << 2 << 3;
        QTest::newRow("slow limit") << C << qint64(15500) << 2 << 2;     // 15000 + 2·250
        QTest::newRow("slow") << C << qint64(40000) << 2 << 2;
        QTest::newRow("long answer is allowed longer") << C << qint64(5500) << 6 << 4; // 4000 + 6·250
        QTest::newRow("long answer, normal") << C << qint64(16000) << 6 << 3;          // < 15000 + 1500
        QTest::newRow("untimed") << C << qint64(-1) << 2 << 3;
    }

    void grade()
    {
        QFETCH(int, verdict);
        QFETCH(qint64, ms);
        QFETCH(int, length);
        QFETCH(int, rating);
        QCOMPARE(int(gradeAnswer(static_cast<Verdict>(verdict), ms, length)), rating);
    }

    void customThresholds()
    {
        GraderSettings s;
        s.fastMs = 1000;
        s.slowMs = 2000;
        s.perCharacterMs = 0;
        QCOMPARE(gradeAnswer(Verdict::Correct, 900, 10, s), fsrs::Rating::Easy);
        QCOMPARE(gradeAnswer(Verdict::Correct, 1500, 10, s), fsrs::Rating::Good);
        QCOMPARE(gradeAnswer(Verdict::Correct, 2500, 10, s), fsrs::Rating::Hard);
    }
};

QTEST_GUILESS_MAIN(TestGrader)
#include "tst_grader.moc"
