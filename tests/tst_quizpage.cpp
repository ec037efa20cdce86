#include "answerchecker.h"
#include "cardtemplates.h"
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
#include <QTextBlock>
#include <QTextDocument>
#include <QImage>
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
        m_page->countBox()->setValue(10);
        QVERIFY(m_page->start());
        QVERIFY(m_page->timerLabel()->isVisible());
        QCOMPARE(m_page->timerLabel()->text(), QStringLiteral("Time left 10:00"));
        int typed = 0;
        for (int i = 0; i < 10; ++i) {
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
            if (i < 9)
                QVERIFY(!m_page->feedbackLabel()->isVisible());
        }
        QVERIFY(typed > 0);
        shot(m_page, "exam-results");
        QVERIFY2(m_page->summaryLabel()->text().startsWith(QLatin1String("10 of 10 right (100%) in 3:20")),
                 qPrintable(m_page->summaryLabel()->text()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam'")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam' AND verdict = 'correct'")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam' AND answer IS NOT NULL")), 10);
        QCOMPARE(m_store->examResults().size(), 1);
        // Back on the setup screen, the history lists it.
        QTest::keyClick(m_page, Qt::Key_Return);
        QCOMPARE(m_page->historyTable()->rowCount(), 1);
        QVERIFY(m_page->historyTable()->item(0, 1)->text().startsWith(QLatin1String("10 of 10")));
        shot(m_page, "quiz-setup-history");
    }

    void examEndsWhenTimeIsUp()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(int(QuizMode::Exam)));
        m_page->countBox()->setValue(5);
        QCOMPARE(m_page->countBox()->value(), QuizSession::kMinExamItems); // an exam asks at least ten
        QVERIFY(m_page->start());
        const QuizQuestion &q = m_page->session()->current().question;
        if (q.style == QuestionStyle::Typed) {
            m_page->submitTyped(); // an empty answer asks first …
            m_page->submitTyped(); // … and the second Enter gives it
        } else {
            m_page->chooseOption(q.correctOption);
        }
        QCOMPARE(m_page->session()->currentIndex(), 1);
        m_clock.advance(11 * 60 * 1000);
        QTRY_VERIFY(m_page->summaryLabel()->isVisible());
        QVERIFY2(m_page->summaryLabel()->text().contains(QLatin1String("9 not answered")), qPrintable(m_page->summaryLabel()->text()));
        QCOMPARE(m_store->examResults().constFirst().durationMs, qint64(10) * 60 * 1000);
    }

    // Every entry an exam question touches: its own, or every entry on the port it names.
    QSet<QString> entriesOf(const QuizItem &item)
    {
        QSet<QString> keys;
        for (const Fact &f : m_store->facts()) {
            if (f.id == item.question.factId
                || (item.question.card.tmpl == CardTemplate::PortToProtocol && f.hasPort(item.question.card.variant.toInt())))
                keys.insert(f.key);
        }
        return keys;
    }

    void examAsksAboutEachEntryOnce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void examAsksAboutEachEntryOnce()
    {
        QFETCH(quint32, seed);
        QuizOptions options;
        options.mode = QuizMode::Exam;
        options.questions = 60;
        options.seed = seed;
        QVERIFY(m_page->startWith(options));
        QSet<QString> seen;
        QSet<int> portsAsked;
        QList<int> rangePortsShown;
        for (const QuizItem &item : m_page->session()->items()) {
            const QSet<QString> entries = entriesOf(item);
            QVERIFY2(!entries.isEmpty(), qPrintable(item.question.prompt));
            QVERIFY2(!entries.intersects(seen), qPrintable(item.question.prompt));
            seen += entries;
            for (const Fact &f : m_store->facts()) {
                if (entries.contains(f.key) && f.kind != FactKind::Range)
                    for (int port : f.portNumbers())
                        portsAsked.insert(port);
            }
            if (item.question.style == QuestionStyle::PortRange)
                rangePortsShown.append(item.question.prompt.section(QLatin1Char(' '), 2, 2).toInt());
            // No wording gives the answer away.
            QVERIFY2(!item.question.prompt.contains(QLatin1String("Which ports ")), qPrintable(item.question.prompt));
            QVERIFY2(!item.question.prompt.contains(QLatin1String("TCP/UDP port")), qPrintable(item.question.prompt));
        }
        for (int port : std::as_const(rangePortsShown))
            QVERIFY2(!portsAsked.contains(port), qPrintable(QString::number(port)));
    }

    void examWithTooFewEntriesSaysSo()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(int(QuizMode::Exam)));
        m_page->filterBox()->setCurrentIndex(m_page->filterBox()->findData(int(QuizFilter::Mail))); // 7 mail entries
        QVERIFY(!m_page->start());
        QCOMPARE(m_page->currentView(), m_page->findChild<QWidget *>(QStringLiteral("quizSetup")));
        const auto *problem = m_page->findChild<QLabel *>(QStringLiteral("quizSetupProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("at least 10 questions about different entries")), qPrintable(problem->text()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog")), 0);
    }

    void enterOnAnEmptyAnswerAsksFirst()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(int(QuizMode::Typed)));
        m_page->countBox()->setValue(2);
        QVERIFY(m_page->start());
        QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(!m_page->session()->current().answered);
        QVERIFY(m_page->feedbackLabel()->isVisible());
        QVERIFY(m_page->feedbackLabel()->text().contains(QLatin1String("The answer is empty")));
        // Typing and clearing again asks again.
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("x"));
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Backspace);
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(!m_page->session()->current().answered);
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(m_page->session()->current().answered);
        QCOMPARE(m_page->session()->current().result.verdict, Verdict::Wrong);
    }

    void feedbackKeepsItsLinesApartAndTheRightOptionReadable()
    {
        m_page->countBox()->setValue(2);
        QVERIFY(m_page->start());
        const QuizQuestion &q = m_page->session()->current().question;
        const int wrong = (q.correctOption + 1) % q.options.size();
        QTest::keyClick(m_page, Qt::Key(Qt::Key_1 + wrong));
        // Verdict, the answer and any explanation are paragraphs of their own.
        QTextDocument doc;
        doc.setHtml(m_page->feedbackLabel()->text());
        QVERIFY2(doc.blockCount() >= 2, qPrintable(doc.toPlainText()));
        QCOMPARE(doc.begin().text(), QStringLiteral("✗ Not right"));
        QVERIFY(doc.toPlainText().contains(q.answer.section(QLatin1Char('\n'), 0, 0)));
        // The right option keeps the text colour although the buttons are disabled.
        QPushButton *right = m_page->optionButton(q.correctOption);
        QVERIFY(!right->isEnabled());
        const QString textColour = m_page->palette().color(QPalette::Active, QPalette::ButtonText).name();
        QVERIFY2(right->styleSheet().contains(QStringLiteral("color: ") + textColour), qPrintable(right->styleSheet()));
        const QImage image = right->grab().toImage();
        const QColor disabledText = m_page->palette().color(QPalette::Disabled, QPalette::ButtonText);
        int textPixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                textPixels += QColor(image.pixel(x, y)) == QColor(textColour) && QColor(textColour) != disabledText;
        QVERIFY2(textPixels > 10, "the right option's text is drawn in the text colour");
    }

    void endingADrillEarlyNeverClaimsEveryAnswerRight()
    {
        m_page->countBox()->setValue(5);
        QVERIFY(m_page->start());
        QTest::keyClick(m_page, Qt::Key(Qt::Key_1 + m_page->session()->current().question.correctOption));
        QTest::keyClick(m_page, Qt::Key_Escape); // end early: four never asked
        const auto *title = m_page->findChild<QLabel *>(QStringLiteral("quizMissesTitle"));
        QVERIFY(title->text() != QStringLiteral("Every answer was right."));
        QCOMPARE(title->text(), QStringLiteral("Every answer you gave was right; 4 questions were not asked."));
        QVERIFY(m_page->start());
        QTest::keyClick(m_page, Qt::Key_Escape); // nothing answered
        QCOMPARE(title->text(), QStringLiteral("No question was answered."));
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
