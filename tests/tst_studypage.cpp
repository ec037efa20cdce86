#include "cardinfodialog.h"
#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "entrydialog.h"
#include "mainwindow.h"
#include "studyoptionsdialog.h"
#include "studypage.h"
#include "studysession.h"
#include "factdetailview.h"
#include "tablepage.h"
#include "progresspage.h"
#include "quizpage.h"

#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QTimer>

using testsupport::closeModals;
using testsupport::shot;

namespace {
constexpr qint64 kMinute = 60 * 1000;


int count(DeckStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestStudyPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeckStore> m_store;
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
    StudyPage *m_page = nullptr;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_page, key, modifiers);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DeckStore>();
        QCOMPARE(m_store->open(m_dir->path()), DeckStore::Status::Ok);
        StudySettings settings;
        settings.enableFuzz = false;
        settings.typeAnswers = false; // graded by hand here; typedAnswers() turns typing on
        m_store->setStudySettings(settings);
        m_window = std::make_unique<MainWindow>(m_store.get(), nullptr, QStringLiteral("en"), &m_clock);
        m_window->resize(1100, 720);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
        m_page = m_window->studyPage();
        QTRY_VERIFY(m_page->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void studiesWithTheKeyboardAlone()
    {
        QCOMPARE(m_page->questionLabel()->text(), QStringLiteral("Which port or ports does FTP use?"));
        QVERIFY(!m_page->answerLabel()->isVisible());
        QVERIFY(m_page->countsLabel()->text().contains(QLatin1String("20 new")));
        shot(m_page, "study-question");

        press(Qt::Key_Space);
        QVERIFY(m_page->isAnswerShown());
        QVERIFY(m_page->answerLabel()->isVisible());
        // The interval on each button is the one the answer gives, fuzz included.
        const std::array<fsrs::Card, 4> shown = m_page->session()->preview();
        QCOMPARE(m_page->answerLabel()->text(), QStringLiteral("TCP 20: data (active mode)\nTCP 21: control"));
        QCOMPARE(m_page->intervalLabel(fsrs::Rating::Again)->text(), QStringLiteral("1m"));
        QCOMPARE(m_page->intervalLabel(fsrs::Rating::Hard)->text(), QStringLiteral("6m"));
        QCOMPARE(m_page->intervalLabel(fsrs::Rating::Good)->text(), QStringLiteral("10m"));
        QCOMPARE(m_page->intervalLabel(fsrs::Rating::Easy)->text(), QStringLiteral("8d"));
        shot(m_page, "study-answer");

        // Ten cards: reveal with Space or Enter, rate with 1–4.
        const Qt::Key reveal[] = {Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter};
        const Qt::Key ratings[] = {Qt::Key_3, Qt::Key_4, Qt::Key_1, Qt::Key_2};
        const qint64 firstCard = m_page->session()->currentCard().id;
        m_clock.advance(7000); // the learner thinks for a while
        press(Qt::Key_3);
        QCOMPARE(m_store->card(firstCard)->dueMs - shown[2].dueMs, 7000);
        for (int i = 1; i < 10; ++i) {
            press(reveal[i % 3]);
            QVERIFY(m_page->isAnswerShown());
            press(ratings[i % 4]);
            QVERIFY(!m_page->isAnswerShown());
        }
        QCOMPARE(m_store->counts().reviews, 10);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM revlog WHERE response_ms IS NOT NULL")), 10);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT rating FROM revlog ORDER BY id LIMIT 1")), 3);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM revlog WHERE rating = 1")), 2);
        // Keys before the answer is shown do not rate.
        press(Qt::Key_4);
        QCOMPARE(m_store->counts().reviews, 10);
        // A held key does not run through the cards.
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "), true);
        QApplication::sendEvent(m_page, &repeat);
        QVERIFY(!m_page->isAnswerShown());
        // Space after the answer rates Good, as in Anki.
        press(Qt::Key_Space);
        press(Qt::Key_Space);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT rating FROM revlog ORDER BY id DESC LIMIT 1")), 3);
        // The status bar follows.
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("deckCounts"))->text().contains(QLatin1String("Reviews: 11")));
    }

    void typedAnswers()
    {
        StudySettings settings = m_page->session()->settings();
        settings.typeAnswers = true;
        QVERIFY(m_page->session()->setSettings(settings));
        QVERIFY(m_page->isTyping());
        QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
        QCOMPARE(m_page->questionLabel()->text(), QStringLiteral("Which port or ports does FTP use?"));

        // One of FTP's two ports: partly right, the missing one named, Hard preselected.
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("21"));
        m_clock.advance(3000);
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(m_page->isAnswerShown());
        QVERIFY(m_page->verdictLabel()->isVisible());
        QVERIFY2(m_page->verdictLabel()->text().contains(QLatin1String("Partly right")), qPrintable(m_page->verdictLabel()->text()));
        QVERIFY(m_page->verdictLabel()->text().contains(QLatin1String("Missing: 20 (data (active mode))")));
        QCOMPARE(m_page->suggestedRating(), fsrs::Rating::Hard);
        shot(m_page, "study-typed");
        QTest::keyClick(m_page, Qt::Key_Return); // accept the suggestion
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT rating, answer, verdict, response_ms FROM revlog ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toString(), QStringLiteral("21"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("partial"));
        QCOMPARE(q.value(3).toInt(), 3000); // the time the learner took, by the clock

        // The next card: typed right at once, and rated 3 with the key.
        QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
        QCOMPARE(m_page->questionLabel()->text(), QStringLiteral("Which port or ports does SFTP use?"));
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("tcp/22"));
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(m_page->verdictLabel()->text().contains(QLatin1String("Correct")));
        // Answered at once, but a new card: Good, not Easy, so it still goes through its steps.
        QCOMPARE(m_page->suggestedRating(), fsrs::Rating::Good);
        QTest::keyClick(m_page, Qt::Key_3);
        QVERIFY(q.exec(QStringLiteral("SELECT rating, answer, verdict FROM revlog ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toString(), QStringLiteral("tcp/22"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("correct"));

        // Nothing typed: wrong, Again suggested, the answer shown.
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(m_page->isAnswerShown());
        QCOMPARE(m_page->suggestedRating(), fsrs::Rating::Again);
        QVERIFY(m_page->answerLabel()->isVisible());
        QTest::keyClick(m_page, Qt::Key_Space);
        QVERIFY(q.exec(QStringLiteral("SELECT rating, verdict FROM revlog ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("wrong"));
    }

    void undoWithCtrlZ()
    {
        const QString first = m_page->questionLabel()->text();
        press(Qt::Key_Space);
        press(Qt::Key_1);
        QVERIFY(m_page->questionLabel()->text() != first);
        QCOMPARE(m_store->counts().reviews, 1);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->counts().reviews, 0);
        QCOMPARE(m_page->questionLabel()->text(), first);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE state <> 0")), 0);
        QVERIFY(!m_page->undo()); // nothing left to take back
    }

    // Ctrl+Z in the typed-answer field takes the last answer back; the field does not keep it.
    void undoFromTheTypedAnswerField()
    {
        StudySettings settings = m_page->session()->settings();
        settings.typeAnswers = true;
        QVERIFY(m_page->session()->setSettings(settings));
        const QString first = m_page->questionLabel()->text();
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("20, 21"));
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QTest::keyClick(m_page, Qt::Key_Return);
        QCOMPARE(m_store->counts().reviews, 1);
        QTRY_VERIFY(m_page->typedAnswer()->hasFocus());
        QVERIFY(m_page->questionLabel()->text() != first);
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Answer to “%1”").arg(first));
        QCOMPARE(m_window->collection()->undoText(), QStringLiteral("Answer to “%1”").arg(first));
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("22"));
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->counts().reviews, 0);
        QCOMPARE(m_page->questionLabel()->text(), first);
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo"));
        QVERIFY(!m_window->undoAction()->isEnabled());
    }

    // The Edit menu's Undo works from any page.
    void undoFromAnotherPage()
    {
        press(Qt::Key_Space);
        press(Qt::Key_3);
        QCOMPARE(m_store->counts().reviews, 1);
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QAction *undo = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->menu() && a->text() == QLatin1String("&Edit"))
                undo = a->menu()->actions().value(0);
        }
        QCOMPARE(undo, m_window->undoAction());
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo Answer to “")), qPrintable(undo->text()));
        // In the table's filter box, Ctrl+Z first undoes the typing, then the answer.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("ssh"));
        QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(m_store->counts().reviews, 1);
        QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->counts().reviews, 0);
        QVERIFY(!undo->isEnabled());
    }

    // Pages refresh from the collection's signals: an answer shows in the Table, a suspend made
    // elsewhere leaves the queue, and Edit → Undo takes the suspend back by name.
    void pagesFollowTheCollection()
    {
        const qint64 first = m_page->session()->currentCard().id;
        const QString firstQuestion = m_page->questionLabel()->text();
        QVERIFY(firstQuestion.contains(QLatin1String("FTP")));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QVERIFY(m_window->tablePage()->selectFact(QStringLiteral("ftp")));
        QVERIFY(m_window->tablePage()->detailView()->toPlainText().contains(QLatin1String("Studied: 0 of")));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
        press(Qt::Key_Space);
        press(Qt::Key_3);
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QVERIFY2(m_window->tablePage()->detailView()->toPlainText().contains(QLatin1String("Studied: 1 of")),
                 qPrintable(m_window->tablePage()->detailView()->toPlainText()));

        const qint64 current = m_page->session()->currentCard().id;
        QVERIFY(current != first);
        QVERIFY(m_window->collection()->setSuspended({current}, true));
        QVERIFY(m_page->session()->currentCard().id != current); // the suspended card left
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Suspend 1 Card"));
        m_window->undoAction()->trigger();
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE suspended = 1")), 0);
        QVERIFY(m_window->undoAction()->text().startsWith(QStringLiteral("&Undo Answer to “")));
        m_window->undoAction()->trigger(); // and then the answer
        QCOMPARE(m_store->counts().reviews, 0);
        QCOMPARE(m_page->session()->currentCard().id, first);
        QVERIFY(m_window->tablePage()->detailView()->toPlainText().contains(QLatin1String("Studied: 0 of")));
        QVERIFY(!m_window->undoAction()->isEnabled());
    }

    // Progress reads the log when something changed, not on every show: an answer given before
    // it was first shown is there, a show with nothing new re-reads nothing, and a quiz answer
    // given on another page is there the next time.
    void progressFollowsTheCollection()
    {
        press(Qt::Key_Space);
        press(Qt::Key_3);
        ProgressPage *progress = m_window->progressPage();
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        QCOMPARE(progress->todayFigure(QStringLiteral("studied"))->text(), QStringLiteral("1"));
        const int refreshes = progress->refreshCount();
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        QCOMPARE(progress->refreshCount(), refreshes);

        QVERIFY(m_window->setCurrentPage(QStringLiteral("quiz")));
        QVERIFY(m_window->quizPage()->start());
        m_window->quizPage()->chooseOption(0);
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        QCOMPARE(progress->refreshCount(), refreshes + 1);
        QCOMPARE(progress->todayFigure(QStringLiteral("studied"))->text(), QStringLiteral("2"));

        // Time alone moves recall and what is due: a show well later reads again.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        m_clock.advance(10 * kMinute);
        QVERIFY(m_window->setCurrentPage(QStringLiteral("stats")));
        QCOMPARE(progress->refreshCount(), refreshes + 2);
    }

    // @ suspends the card in front: the next card comes, the learner is told how to take it
    // back, and Ctrl+Z does.
    void suspendWithAt()
    {
        const qint64 first = m_page->session()->currentCard().id;
        const QString question = m_page->questionLabel()->text();
        QVERIFY(m_page->suspendButton()->isVisible());
        press(Qt::Key_At, Qt::ShiftModifier);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE suspended = 1")), 1);
        QVERIFY(m_page->session()->currentCard().id != first);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(question), qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Suspend 1 Card"));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE suspended = 1")), 0);
        // The button does the same.
        QTest::mouseClick(m_page->suspendButton(), Qt::LeftButton);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE suspended = 1")), 1);
    }

    // Ctrl+1–4 flag the card in front, as in Anki, and it stays in front with the answer shown;
    // the same key clears the flag. Alt+digit still switches pages.
    void flagsWithCtrlDigits()
    {
        const qint64 first = m_page->session()->currentCard().id;
        press(Qt::Key_Space);
        QVERIFY(m_page->isAnswerShown());
        QVERIFY(!m_page->flagLabel()->isVisible());
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("study"));
        QCOMPARE(count(*m_store, QStringLiteral("SELECT flag FROM cards WHERE id = %1").arg(first)), 1);
        QCOMPARE(m_page->session()->currentCard().id, first);
        QVERIFY(m_page->isAnswerShown()); // the learner's place on the card is kept
        QVERIFY(m_page->flagLabel()->isVisible());
        QVERIFY(m_page->flagLabel()->text().contains(QLatin1String("Red")));
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Flag 1 Card"));
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT flag FROM cards WHERE id = %1").arg(first)), 3);
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT flag FROM cards WHERE id = %1").arg(first)), 0);
        QVERIFY(!m_page->flagLabel()->isVisible());
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT flag FROM cards WHERE id = %1").arg(first)), 3);
        press(Qt::Key_2, Qt::AltModifier);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("table"));
    }

    // E edits the card in front: its entry's dialog, and the edit reaches the card at once.
    void editWithE()
    {
        const QString before = m_page->questionLabel()->text();
        QVERIFY(before.contains(QLatin1String("FTP")));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<EntryDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            dialog->nameEdit()->setText(QStringLiteral("FTP classic"));
            QVERIFY(dialog->save());
            dialog->accept();
        });
        press(Qt::Key_E);
        QVERIFY(seen);
        QCOMPARE(m_page->questionLabel()->text(), QStringLiteral("Which port or ports does FTP classic use?"));
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Edit Entry “FTP classic”"));
        m_window->undoAction()->trigger();
        QCOMPARE(m_page->questionLabel()->text(), before);
    }

    // A card's text with markup in it (imported, or typed in the card editor) is shown as the
    // characters it holds: an <img> pointing at a file on the disk stays text, nothing loads.
    void cardMarkupIsShownAsTyped()
    {
        QTemporaryDir images;
        const QString picture = testsupport::bigPictureIn(images);
        QVERIFY(!picture.isEmpty());
        const QString markup = QStringLiteral("<img src=\"%1\"><b>bold</b>").arg(picture);
        const std::optional<qint64> card = m_window->collection()->addCard(markup, markup);
        QVERIFY(card);
        m_page->studyCards({*card});
        QTRY_COMPARE(m_page->questionLabel()->text(), markup);
        press(Qt::Key_Space);
        auto *answer = m_page->findChild<QLabel *>(QStringLiteral("answer"));
        QVERIFY(answer && answer->isVisible());
        QCOMPARE(answer->text(), markup);
        // Rendered, the picture alone would make each label 600 pixels high.
        QVERIFY2(m_page->questionLabel()->sizeHint().height() < 300, qPrintable(QString::number(m_page->questionLabel()->sizeHint().height())));
        QVERIFY2(answer->sizeHint().height() < 300, qPrintable(QString::number(answer->sizeHint().height())));
        m_page->endFocus();
        QVERIFY(m_window->collection()->deleteCards({*card}));
    }

    // - buries the card in front until tomorrow's study day: it comes back by itself then.
    void buryWithMinus()
    {
        const qint64 first = m_page->session()->currentCard().id;
        const QString question = m_page->questionLabel()->text();
        press(Qt::Key_Minus);
        QVERIFY(m_page->session()->currentCard().id != first);
        QVERIFY(m_window->statusBar()->currentMessage().contains(question));
        QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Bury 1 Card"));
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE buried_until IS NOT NULL")), 1);
        // Tomorrow (the day starts at 4:00) it is the first card again.
        m_clock.advance(24 * 60 * kMinute);
        m_page->session()->refresh();
        QCOMPARE(m_page->session()->currentCard().id, first);
        const StudySession::Counts before = m_page->session()->counts();
        QTest::mouseClick(m_page->buryButton(), Qt::LeftButton);
        QVERIFY(m_page->session()->currentCard().id != first);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE buried_until > %1").arg(m_clock.nowMs())), 1);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE buried_until > %1").arg(m_clock.nowMs())), 0);
        QCOMPARE(m_page->session()->counts(), before); // back in the queue
    }

    // The learner is told when a card becomes a leech, and that it was suspended.
    void leechIsTold()
    {
        StudySettings settings = m_page->session()->settings();
        settings.leechLapses = 1;
        QVERIFY(m_page->session()->setSettings(settings));
        const qint64 now = m_clock.nowMs();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cards SET state = 2, stability = 3, difficulty = 5, due = %1, "
                                      "last_review = %2, reps = 3, scheduled_days = 3 WHERE key = 'ssh:protocol-port'")
                           .arg(now - 60000)
                           .arg(now - 3 * 24 * 60 * kMinute)));
        m_page->session()->refresh();
        QCOMPARE(m_page->session()->currentCard().key, QStringLiteral("ssh:protocol-port"));
        const QString question = m_page->questionLabel()->text();
        press(Qt::Key_Space);
        press(Qt::Key_1);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(question) && message.contains(QLatin1String("leech")) && message.contains(QLatin1String("suspended")),
                 qPrintable(message));
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM card_tags WHERE tag = 'leech'")), 1);
    }

    // A card half-answered stays as it was while another page is open: the typed text, the
    // verdict, and the timer, which does not count the time away.
    void switchingPagesMidCard()
    {
        StudySettings settings = m_page->session()->settings();
        settings.typeAnswers = true;
        QVERIFY(m_page->session()->setSettings(settings));
        const QString question = m_page->questionLabel()->text();
        QTest::keyClicks(m_page->typedAnswer(), QStringLiteral("21"));
        m_clock.advance(2000);
        for (const char *page : {"table", "quiz", "stats", "notes"}) {
            QVERIFY(m_window->setCurrentPage(QString::fromLatin1(page)));
            m_clock.advance(60 * kMinute);
            QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
            QCOMPARE(m_page->questionLabel()->text(), question);
            QCOMPARE(m_page->typedAnswer()->text(), QStringLiteral("21"));
        }
        m_clock.advance(1000);
        QTest::keyClick(m_page->typedAnswer(), Qt::Key_Return);
        QVERIFY(m_page->verdictLabel()->isVisible());
        const QString verdict = m_page->verdictLabel()->text();
        QVERIFY(m_window->setCurrentPage(QStringLiteral("table")));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
        QVERIFY(m_page->isAnswerShown());
        QCOMPARE(m_page->verdictLabel()->text(), verdict);
        QVERIFY(m_page->verdictLabel()->isVisible());
        QTest::keyClick(m_page, Qt::Key_Return);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT answer, response_ms FROM revlog ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("21"));
        QCOMPARE(q.value(1).toInt(), 3000); // four hours on other pages do not count
    }

    void buttonsWorkToo()
    {
        QTest::mouseClick(m_page->showAnswerButton(), Qt::LeftButton);
        QVERIFY(m_page->ratingButton(fsrs::Rating::Good)->isVisible());
        QTest::mouseClick(m_page->ratingButton(fsrs::Rating::Hard), Qt::LeftButton);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT rating FROM revlog")), 2);
    }

    void finishedScreenSaysWhenNext()
    {
        StudySettings settings = m_page->session()->settings();
        settings.newPerDay = 1;
        QVERIFY(m_page->session()->setSettings(settings));
        press(Qt::Key_Space);
        press(Qt::Key_4); // Easy: graduates at once
        QVERIFY(!m_page->session()->hasCard());
        QVERIFY(m_page->finishedLabel()->isVisible());
        QVERIFY2(m_page->finishedLabel()->text().contains(QLatin1String("tomorrow")),
                 qPrintable(m_page->finishedLabel()->text()));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("todayLabel"))->text(), QStringLiteral("Cards answered today: 1"));
        shot(m_page, "study-finished");

        // A learning card: the screen counts down to it and shows it when due.
        press(Qt::Key_Z, Qt::ControlModifier);
        press(Qt::Key_Space);
        press(Qt::Key_3); // 10 minutes
        QVERIFY(m_page->session()->hasCard()); // learn-ahead: nothing else left
        settings.learnAheadMinutes = 0;
        QVERIFY(m_page->session()->setSettings(settings));
        QVERIFY(!m_page->session()->hasCard());
        QVERIFY2(m_page->finishedLabel()->text().contains(QLatin1String("in 10m")),
                 qPrintable(m_page->finishedLabel()->text()));
        m_clock.advance(10 * kMinute);
        m_page->session()->refresh();
        QVERIFY(m_page->session()->hasCard());
        QVERIFY(m_page->questionLabel()->isVisible());
    }

    // The wall clock jumps a year ahead while the finished screen waits (a clock set wrong, or
    // a laptop asleep for months), then back to today when the learner corrects it: the page
    // notices within a minute each time, the cards come back, and every answer is recorded with
    // elapsed days from the study days, never negative, each card due after its answer.
    void clockJumpsAYearAheadAndBack()
    {
        StudySettings settings = m_page->session()->settings();
        settings.newPerDay = 2;
        QVERIFY(m_page->session()->setSettings(settings));
        for (int i = 0; i < 2; ++i) {
            press(Qt::Key_Space);
            press(Qt::Key_4); // Easy: due in days
        }
        QVERIFY(!m_page->session()->hasCard());
        auto *wakeUp = m_page->findChild<QTimer *>(QStringLiteral("wakeUp"));
        QVERIFY(wakeUp && wakeUp->isActive());
        QVERIFY2(wakeUp->interval() <= 60 * 1000, "the clock is not looked at every minute");

        const qint64 today = m_clock.nowMs();
        constexpr qint64 kYear = 365LL * 24 * 60 * kMinute;
        m_clock.advance(kYear);
        QMetaObject::invokeMethod(wakeUp, "timeout"); // the next look at the clock
        QVERIFY(m_page->session()->hasCard());
        QVERIFY(m_page->questionLabel()->isVisible());
        int answered = 0;
        while (m_page->session()->hasCard() && answered < 4) {
            press(Qt::Key_Space);
            press(Qt::Key_3);
            ++answered;
        }
        QCOMPARE(count(*m_store, QStringLiteral("SELECT max(elapsed_days) FROM revlog")), 365);

        // Back to the right date: the answers "from next year" stay, the day starts again.
        m_clock.set(today + 60 * kMinute);
        if (wakeUp->isActive())
            QMetaObject::invokeMethod(wakeUp, "timeout");
        m_page->session()->refresh();
        settings.newPerDay = 5;
        QVERIFY(m_page->session()->setSettings(settings));
        QVERIFY(m_page->session()->hasCard());
        press(Qt::Key_Space);
        press(Qt::Key_3);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM revlog WHERE elapsed_days < 0")), 0);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM revlog")), 2 + answered + 1);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM cards WHERE reps > 0 AND due <= last_review")), 0);
        QVERIFY(m_store->integrityProblems().isEmpty());
        // The Progress page draws with answers dated a year ahead.
        QVERIFY(m_window->setCurrentPage(QStringLiteral("progress")));
        QVERIFY(m_window->setCurrentPage(QStringLiteral("study")));
    }

    void optionsDialog()
    {
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<StudyOptionsDialog *>(QApplication::activeModalWidget());
            // Whatever fails below, the dialog closes, so the test fails instead of hanging.
            const auto close = qScopeGuard([] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
            QVERIFY(dialog);
            dialog->newPerDay()->setValue(5);
            dialog->learningSteps()->setText(QStringLiteral("2m nonsense"));
            QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->learningSteps()->setText(QStringLiteral("2m 15m"));
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->retention()->setValue(0.85);
            shot(dialog, "study-options");
            checked = true;
            dialog->accept();
        });
        m_page->showOptions();
        QVERIFY(checked);
        QCOMPARE(m_store->studySettings().newPerDay, 5);
        QCOMPARE(m_store->studySettings().learningSteps, (QList<int>{2, 15}));
        QCOMPARE(m_store->studySettings().desiredRetention, 0.85);
        QVERIFY(m_page->countsLabel()->text().contains(QLatin1String("5 new")));
    }

    void cardInfo()
    {
        press(Qt::Key_Space);
        press(Qt::Key_1); // FTP's card goes to learning (1 minute)
        m_clock.advance(2 * kMinute);
        m_page->session()->refresh();
        QCOMPARE(m_page->questionLabel()->text(), QStringLiteral("Which port or ports does FTP use?"));
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<CardInfoDialog *>(QApplication::activeModalWidget());
            const auto close = qScopeGuard([] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
            QVERIFY(dialog);
            const QString summary = dialog->summaryLabel()->text();
            QVERIFY2(summary.contains(QLatin1String("Learning")), qPrintable(summary));
            QVERIFY(summary.contains(QLatin1String("Stability")));
            QVERIFY(summary.contains(QLatin1String("Recall chance now")));
            QCOMPARE(dialog->historyTable()->rowCount(), 1);
            QCOMPARE(dialog->historyTable()->item(0, 2)->text(), QStringLiteral("Again"));
            shot(dialog, "card-info");
            checked = true;
            dialog->accept();
        });
        press(Qt::Key_I);
        QVERIFY(checked);
    }
};

QTEST_MAIN(TestStudyPage)
#include "tst_studypage.moc"
