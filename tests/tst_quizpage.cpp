#include "answerchecker.h"
#include "clock.h"
#include "deckstore.h"
#include "mainwindow.h"
#include "quizpage.h"
#include "tablepage.h"

#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using testsupport::closeModals;
using testsupport::shot;

namespace {
} // namespace

class TestQuizPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
    QuizPage *m_page = nullptr;

    int count(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // The right answer to type for the current typed question, as the checker states it.
    QString rightTyping()
    {
        const QuizQuestion &q = m_page->session()->current().question;
        const AnswerChecker checker(m_store->facts());
        return checker.checkCard(q.card, QString())->expected.join(QStringLiteral(" or "));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"), &m_clock);
        m_window->resize(1100, 720);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("quiz")));
        m_page = m_window->quizPage();
        QTRY_VERIFY(m_page->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void multipleChoiceWithTheKeyboard()
    {
        m_page->countBox()->setValue(3);
        QTest::keyClick(m_page, Qt::Key_Return); // start
        QVERIFY(m_page->session());
        for (int i = 0; i < 3; ++i) {
            const QuizQuestion &q = m_page->session()->current().question;
            QCOMPARE(m_page->optionButton(0)->isVisible(), true);
            const int pick = i == 1 ? (q.correctOption + 1) % q.options.size() : q.correctOption;
            QTest::keyClick(m_page, Qt::Key(Qt::Key_1 + pick));
            QVERIFY(m_page->feedbackLabel()->isVisible());
            QVERIFY(m_page->feedbackLabel()->text().contains(i == 1 ? QLatin1String("Not right") : QLatin1String("Correct")));
            if (i == 1)
                shot(m_page, "quiz-feedback");
            QTest::keyClick(m_page, Qt::Key_Return); // next
        }
        QVERIFY(m_page->summaryLabel()->text().startsWith(QLatin1String("2 of 3 right")));
        QCOMPARE(m_page->missesTable()->rowCount(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'quiz'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cards WHERE reps > 0")), 0); // no schedule moved
        // A miss links to its entry in the table.
        const QString key = m_page->missesTable()->item(0, 0)->data(Qt::UserRole).toString();
        QVERIFY(!key.isEmpty());
        emit m_page->missesTable()->itemDoubleClicked(m_page->missesTable()->item(0, 1));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("table"));
        QCOMPARE(m_window->tablePage()->currentFactKey(), key);
    }

    void examWithTypedAnswers()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(int(QuizMode::Exam)));
        QCOMPARE(m_page->countBox()->value(), 20);
        m_page->countBox()->setValue(8);
        QVERIFY(m_page->start());
        QVERIFY(m_page->timerLabel()->isVisible());
        QCOMPARE(m_page->timerLabel()->text(), QStringLiteral("Time left 8:00"));
        int typed = 0;
        for (int i = 0; i < 8; ++i) {
            const QuizQuestion &q = m_page->session()->current().question;
            m_clock.advance(20 * 1000);
            if (q.style == QuestionStyle::Typed) {
                QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
                QTest::keyClicks(m_page->typedAnswer(), rightTyping());
                QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
                ++typed;
            } else {
                QTest::keyClick(m_page, Qt::Key(Qt::Key_1 + q.correctOption));
            }
            // No feedback during an exam.
            if (i < 7)
                QVERIFY(!m_page->feedbackLabel()->isVisible());
        }
        QVERIFY(typed > 0);
        shot(m_page, "exam-results");
        QVERIFY2(m_page->summaryLabel()->text().startsWith(QLatin1String("8 of 8 right (100%) in 2:40")),
                 qPrintable(m_page->summaryLabel()->text()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam'")), 8);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam' AND verdict = 'correct'")), 8);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam' AND answer IS NOT NULL")), 8);
        QCOMPARE(m_store->examResults().size(), 1);
        // Back on the setup screen, the history lists it.
        QTest::keyClick(m_page, Qt::Key_Return);
        QCOMPARE(m_page->historyTable()->rowCount(), 1);
        QVERIFY(m_page->historyTable()->item(0, 1)->text().startsWith(QLatin1String("8 of 8")));
        shot(m_page, "quiz-setup-history");
    }

    void examEndsWhenTimeIsUp()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(int(QuizMode::Exam)));
        m_page->countBox()->setValue(5);
        QVERIFY(m_page->start());
        const QuizQuestion &q = m_page->session()->current().question;
        if (q.style == QuestionStyle::Typed)
            m_page->submitTyped();
        else
            m_page->chooseOption(q.correctOption);
        m_clock.advance(6 * 60 * 1000);
        QTRY_VERIFY(m_page->summaryLabel()->isVisible());
        QVERIFY2(m_page->summaryLabel()->text().contains(QLatin1String("4 not answered")), qPrintable(m_page->summaryLabel()->text()));
        QCOMPARE(m_store->examResults().constFirst().durationMs, qint64(5) * 60 * 1000);
    }

    void keyboardEndsAndOpens()
    {
        m_page->countBox()->setValue(3);
        QVERIFY(m_page->start());
        const QuizQuestion &q = m_page->session()->current().question;
        QTest::keyClick(m_page, Qt::Key(Qt::Key_1 + (q.correctOption + 1) % q.options.size())); // a miss
        QTest::keyClick(m_page, Qt::Key_Escape); // end early
        QVERIFY(m_page->summaryLabel()->isVisible());
        QCOMPARE(m_page->missesTable()->rowCount(), 1); // the two never shown are no misses
        // Enter on a miss opens its entry instead of leaving the results.
        m_page->missesTable()->setFocus();
        QTRY_VERIFY(m_page->missesTable()->hasFocus());
        const QString key = m_page->missesTable()->item(0, 0)->data(Qt::UserRole).toString();
        QTest::keyClick(m_page->missesTable(), Qt::Key_Return);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("table"));
        QCOMPARE(m_window->tablePage()->currentFactKey(), key);
    }

    void filtersAndMissedLastTime()
    {
        m_page->filterBox()->setCurrentIndex(m_page->filterBox()->findData(int(QuizFilter::Missed)));
        QVERIFY(!m_page->start()); // nothing missed yet
        m_page->filterBox()->setCurrentIndex(m_page->filterBox()->findData(int(QuizFilter::Mail)));
        m_page->countBox()->setValue(2);
        QVERIFY(m_page->start());
        for (const QuizItem &item : m_page->session()->items()) {
            bool mail = false;
            for (const Fact &f : m_store->facts())
                mail |= f.id == item.question.factId && f.tags.contains(QStringLiteral("mail"));
            QVERIFY(mail);
        }
    }
};

QTEST_MAIN(TestQuizPage)
#include "tst_quizpage.moc"
