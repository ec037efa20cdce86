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

    // A new or learning card answered fast is capped at Good: one quick answer does not skip
    // its learning steps. Slow and wrong answers grade as for any card.
    void learningCardsNeverJumpToEasy_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("rating");
        QTest::newRow("new, fast") << int(fsrs::State::New) << qint64(1000) << 3;
        QTest::newRow("learning, fast") << int(fsrs::State::Learning) << qint64(1000) << 3;
        QTest::newRow("relearning, fast") << int(fsrs::State::Relearning) << qint64(1000) << 3;
        QTest::newRow("review, fast") << int(fsrs::State::Review) << qint64(1000) << 4;
        QTest::newRow("new, slow") << int(fsrs::State::New) << qint64(40000) << 2;
        QTest::newRow("new, normal") << int(fsrs::State::New) << qint64(8000) << 3;
    }

    void learningCardsNeverJumpToEasy()
    {
        QFETCH(int, state);
        QFETCH(qint64, ms);
        QFETCH(int, rating);
        QCOMPARE(int(gradeAnswer(Verdict::Correct, ms, 2, {}, static_cast<fsrs::State>(state))), rating);
        QCOMPARE(gradeAnswer(Verdict::Wrong, ms, 2, {}, static_cast<fsrs::State>(state)), fsrs::Rating::Again);
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
