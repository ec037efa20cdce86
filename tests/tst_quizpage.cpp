#include "answerchecker.h"
#include "cardtemplates.h"
#include "clock.h"
#include "deckstore.h"
#include "firewalldrillview.h"
#include "mainwindow.h"
#include "matchingboardview.h"
#include "quizpage.h"
#include "tablepage.h"

#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QDropEvent>
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

    // Solves the current firewall or board drill with keys alone: the key's rules typed one a
    // line, or each item's letter pressed on the board; then Ctrl+Enter.
    void solveDrillByKeyboard()
    {
        const QuizItem &item = m_page->session()->current();
        if (item.firewall) {
            QLineEdit *line = m_page->firewallView()->ruleLine();
            QTRY_VERIFY(line->hasFocus());
            for (const FirewallRule &rule : item.firewall->key) {
                QTest::keyClicks(line, rule.toText());
                QTest::keyClick(line, Qt::Key_Return);
                QVERIFY2(m_page->firewallView()->messageLabel()->text().startsWith(QLatin1String("Added")),
                         qPrintable(m_page->firewallView()->messageLabel()->text()));
            }
            QTest::keyClick(line, Qt::Key_Return, Qt::ControlModifier);
        } else {
            QVERIFY(item.board);
            QTableWidget *board = m_page->boardView()->boardTable();
            QTRY_VERIFY(board->hasFocus());
            for (int row = 0; row < item.board->left.size(); ++row) {
                QCOMPARE(board->currentRow(), row);
                QTest::keyClick(board, Qt::Key(Qt::Key_A + item.board->solution.at(row)));
            }
            QTest::keyClick(board, Qt::Key_Return, Qt::ControlModifier);
        }
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
        QVERIFY(m_page->session()->current().isDrill()); // as the real exam, it opens with one
        for (int i = 0; i < 10; ++i) {
            const QuizQuestion &q = m_page->session()->current().question;
            m_clock.advance(20 * 1000);
            if (m_page->session()->current().isDrill()) {
                solveDrillByKeyboard();
            } else if (q.style == QuestionStyle::Typed) {
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
        // The drill's practice goes on each of its entries: more rows than questions, all right.
        const int logged = count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam'"));
        QVERIFY(logged > 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam' AND verdict = 'correct'")), logged);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'exam' AND answer IS NOT NULL")), logged);
        QCOMPARE(m_store->examResults().size(), 1);
        QCOMPARE(m_store->drillResults().size(), 1);
        QVERIFY(m_store->drillResults().constFirst().inExam);
        // Back on the setup screen, the history lists it.
        QTest::keyClick(m_page, Qt::Key_Return);
        QCOMPARE(m_page->historyTable()->rowCount(), 1);
        QVERIFY(m_page->historyTable()->item(0, 1)->text().startsWith(QLatin1String("10 of 10")));
        shot(m_page, "quiz-setup-history");
    }

    // The issue's own test: a firewall drill chosen, solved and checked with the keyboard alone.
    void solvesAFirewallDrillByKeyboardAlone()
    {
        m_page->modeBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_page->modeBox(), Qt::Key_End); // the last kind: performance-based drills
        QCOMPARE(m_page->modeBox()->currentData().toInt(), int(QuizMode::Drills));
        QVERIFY(m_page->drillBox()->isVisible());
        QVERIFY(!m_page->filterBox()->isVisible());
        m_page->drillBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_page->drillBox(), Qt::Key_Down); // firewall rules
        QCOMPARE(m_page->drillBox()->currentData().toInt(), int(DrillKind::Firewall));
        QVERIFY(m_page->levelBox()->isVisible());
        m_page->countBox()->setFocus(Qt::TabFocusReason);
        QCOMPARE(m_page->countBox()->value(), 4);
        QTest::keyClick(m_page->countBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(m_page->countBox(), QStringLiteral("1"));
        QCOMPARE(m_page->countBox()->value(), 1);
        m_page->seedEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(m_page->seedEdit(), QStringLiteral("41"));
        QTest::keyClick(m_page->seedEdit(), Qt::Key_Return); // start
        QVERIFY(m_page->session());
        const QuizItem &item = m_page->session()->current();
        QVERIFY(item.firewall);
        QCOMPARE(item.firewall->seed, 41u);
        QCOMPARE(item.firewall->level, 2);
        QVERIFY(m_page->firewallView()->isVisible());
        QVERIFY(!m_page->optionButton(0)->isVisible());
        FirewallDrillView *view = m_page->firewallView();
        QLineEdit *line = view->ruleLine();
        QTRY_VERIFY(line->hasFocus());

        // The first rule picked: Tab to the pickers, arrows to choose, the port typed, Space on Add.
        const FirewallRule first = item.firewall->key.constFirst();
        QTest::keyClick(line, Qt::Key_Tab); // action: Allow
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // transport
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("firewallTransport"));
        if (first.transport == Transport::Udp)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // port
        QTest::keyClicks(QApplication::focusWidget(), first.portLow == first.portHigh
                                                          ? QString::number(first.portLow)
                                                          : QStringLiteral("%1-%2").arg(first.portLow).arg(first.portHigh));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // direction
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("firewallDirection"));
        if (first.direction == Direction::Inbound)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Add Rule
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("firewallAdd"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(view->rules().size(), 1);
        QCOMPARE(view->rules().constFirst().toText(), first.toText());

        // A rule too broad, typed and then taken out again from the table with Delete.
        QTest::keyClicks(line, QStringLiteral("allow tcp any out"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(view->rules().size(), 2);
        view->table()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view->table(), Qt::Key_Delete);
        QCOMPARE(view->rules().size(), 1);

        // A line it cannot read says why and adds nothing.
        QTest::keyClicks(line, QStringLiteral("allow tcp 443"));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY2(view->messageLabel()->text().contains(QLatin1String("which way")), qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->rules().size(), 1);
        line->clear();

        // The rest typed, one a line; then moved: Alt+Up and Alt+Down leave it as it was.
        for (const FirewallRule &rule : item.firewall->key.mid(1)) {
            QTest::keyClicks(line, rule.toText());
            QTest::keyClick(line, Qt::Key_Return);
        }
        view->table()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view->table(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view->table(), Qt::Key_Down, Qt::AltModifier);
        QStringList typed;
        QStringList key;
        for (const FirewallRule &rule : view->rules())
            typed.append(rule.toText());
        for (const FirewallRule &rule : item.firewall->key)
            key.append(rule.toText());
        QCOMPARE(typed, key);
        shot(m_page, "drill-firewall");
        QTest::keyClick(view->table(), Qt::Key_Return, Qt::ControlModifier); // check
        QVERIFY(m_page->feedbackLabel()->isVisible());
        QVERIFY2(m_page->feedbackLabel()->text().contains(QLatin1String("Correct")), qPrintable(m_page->feedbackLabel()->text()));
        const int max = m_page->session()->current().maxPoints;
        QVERIFY(m_page->feedbackLabel()->text().contains(QStringLiteral("%1 of %1 points").arg(max)));
        QCOMPARE(view->table()->item(0, 3)->text().left(6), QStringLiteral("allows"));
        shot(m_page, "drill-firewall-graded");
        QTest::keyClick(m_page, Qt::Key_Return); // next: the only drill, so the results
        QTRY_VERIFY2(m_page->summaryLabel()->text().startsWith(QLatin1String("1 of 1 right")), qPrintable(m_page->summaryLabel()->text()));
        const QList<DrillResult> results = m_store->drillResults();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().seed, 41u);
        QCOMPARE(results.constFirst().points, max);
        QVERIFY(!results.constFirst().inExam);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'quiz' AND verdict = 'correct'")),
                 int(m_page->session()->items().constFirst().firewall->needs.size()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cards WHERE reps > 0")), 0); // no schedule moved
    }

    void aWrongTableIsExplained()
    {
        QuizOptions options;
        options.mode = QuizMode::Drills;
        options.drill = DrillKind::Firewall;
        options.questions = 1;
        options.seed = 7;
        options.drillLevel = 1;
        QVERIFY(m_page->startWith(options));
        FirewallDrillView *view = m_page->firewallView();
        QVERIFY(view->addTyped(QStringLiteral("allow tcp any out")));
        view->check();
        const QString feedback = m_page->feedbackLabel()->text();
        QVERIFY2(feedback.contains(QLatin1String("too broad")) || feedback.contains(QLatin1String("must stay closed")), qPrintable(feedback));
        QVERIFY(feedback.contains(QLatin1String("The intended table")));
        QVERIFY(!feedback.contains(QLatin1String("Correct")));
        // The table can no longer change once checked.
        QVERIFY(!view->addTyped(QStringLiteral("allow tcp 443 out")));
        QCOMPARE(view->rules().size(), 1);
        shot(m_page, "drill-firewall-wrong");
    }

    // A board by letters and by dropping a choice; half right is half the points.
    void matchingBoardByKeysAndDrops()
    {
        QuizOptions options;
        options.mode = QuizMode::Drills;
        options.drill = DrillKind::Board;
        options.questions = 1;
        options.seed = 4; // ports to protocols
        QVERIFY(m_page->startWith(options));
        const QuizItem &item = m_page->session()->current();
        QVERIFY(item.board);
        MatchingBoardView *view = m_page->boardView();
        QVERIFY(view->isVisible());
        QTableWidget *board = view->boardTable();
        QTRY_VERIFY(board->hasFocus());
        // The first four by letter.
        for (int row = 0; row < 4; ++row)
            QTest::keyClick(board, Qt::Key(Qt::Key_A + item.board->solution.at(row)));
        // The fifth by a drop of its choice.
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("application/x-portdeck-board-choice"), QByteArray::number(item.board->solution.at(4)));
        const QPoint at = board->visualItemRect(board->item(4, 0)).center();
        // As a drag does: it enters the board, then drops on the fifth item.
        QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(view->assignment().at(4), item.board->solution.at(4));
        // A choice moves: giving item 0's choice to item 5 empties item 0.
        board->setCurrentCell(5, 0);
        QTest::keyClick(board, Qt::Key(Qt::Key_A + item.board->solution.at(0)));
        QCOMPARE(view->assignment().at(0), -1);
        QCOMPARE(view->assignment().at(5), item.board->solution.at(0));
        shot(m_page, "drill-board");
        // Checking with empty items asks once.
        QTest::keyClick(board, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!m_page->feedbackLabel()->isVisible());
        QVERIFY(view->messageLabel()->text().contains(QLatin1String("no match yet")));
        QTest::keyClick(board, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_page->feedbackLabel()->isVisible());
        QCOMPARE(m_page->session()->current().boardGrade.right, 4); // items 1-4
        QVERIFY2(m_page->feedbackLabel()->text().contains(QLatin1String("4 of 8 points")), qPrintable(m_page->feedbackLabel()->text()));
        QVERIFY(board->item(0, 1)->text().contains(QLatin1String("right:")));
        shot(m_page, "drill-board-graded");
    }

    void captureAndTroubleshootingQuestions()
    {
        QuizOptions options;
        options.mode = QuizMode::Drills;
        options.drill = DrillKind::Capture;
        options.questions = 4;
        options.seed = 100; // one of each capture question
        QVERIFY(m_page->startWith(options));
        for (int i = 0; i < 4; ++i) {
            const QuizQuestion &q = m_page->session()->current().question;
            QVERIFY(m_page->exhibitLabel()->isVisible());
            QCOMPARE(m_page->exhibitLabel()->text(), q.exhibit);
            if (q.style == QuestionStyle::Typed) {
                QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
                QTest::keyClicks(m_page->typedAnswer(), q.answer.section(QLatin1Char(','), 0, 0));
                QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
            } else {
                QTest::keyClick(m_page, Qt::Key(Qt::Key_1 + q.correctOption));
            }
            QVERIFY2(m_page->feedbackLabel()->text().contains(QLatin1String("Correct")), qPrintable(m_page->feedbackLabel()->text()));
            if (i == 0)
                shot(m_page, "drill-capture");
            QTest::keyClick(m_page, Qt::Key_Return);
        }
        QVERIFY(m_page->summaryLabel()->text().startsWith(QLatin1String("4 of 4 right")));

        options.drill = DrillKind::Troubleshooting;
        options.questions = 1;
        QVERIFY(m_page->startWith(options));
        QVERIFY(!m_page->exhibitLabel()->isVisible());
        QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("tcp 1"));
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(m_page->feedbackLabel()->text().contains(QLatin1String("Not right")));
        QVERIFY(m_page->feedbackLabel()->text().contains(m_page->session()->current().question.answer.toHtmlEscaped()));
    }

    void examEndsWhenTimeIsUp()
    {
        m_page->modeBox()->setCurrentIndex(m_page->modeBox()->findData(int(QuizMode::Exam)));
        m_page->countBox()->setValue(5);
        QCOMPARE(m_page->countBox()->value(), QuizSession::kMinExamItems); // an exam asks at least ten
        QVERIFY(m_page->start());
        const QuizQuestion &q = m_page->session()->current().question;
        if (m_page->session()->current().isDrill()) {
            solveDrillByKeyboard();
        } else if (q.style == QuestionStyle::Typed) {
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
        if (item.isDrill())
            return QSet<QString>(item.question.factKeys.cbegin(), item.question.factKeys.cend());
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
