#pragma once

#include "answerchecker.h"
#include "fsrs.h"

#include <QDate>
#include <QWidget>

#include <array>

class Clock;
class DeckStore;
class Collection;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class StudySession;

/**
 * The Study page: one card at a time. Space or Enter shows the answer; 1–4 (or the buttons)
 * rate it, each button showing the interval it would give; Ctrl+Z takes the last answer back.
 * When the day's queue is empty it says when the next card is due and wakes up then.
 */
class StudyPage : public QWidget
{
    Q_OBJECT

public:
    /** With @p collection, answers are the collection's changes, undone by its Undo. */
    StudyPage(DeckStore *store, const Clock *clock, const QString &language,
              QWidget *parent = nullptr, Collection *collection = nullptr);
    ~StudyPage() override;

    StudySession *session() const { return m_session; }
    bool isAnswerShown() const { return m_answerShown; }
    /** True when the current card is answered by typing. */
    bool isTyping() const { return m_typing; }
    void showAnswer();
    /** Checks the typed answer, shows the verdict and preselects the grader's rating. */
    void submitTyped();
    /** The rating the grader suggests for the typed answer (Good when nothing was typed). */
    fsrs::Rating suggestedRating() const { return m_suggested; }
    bool rate(fsrs::Rating rating);
    bool undo();
    /** Suspends the current card (key @): it leaves study until unsuspended. Undoable. */
    bool suspendCard();
    /** Buries the current card until tomorrow's study day (key -). Undoable. */
    bool buryCard();
    /**
     * Flags the current card in colour @p flag, 1–4 (Ctrl+1–4 on this page, as in Anki); the
     * card's own flag again clears it. Undoable. False without a card.
     */
    bool flagCard(int flag);
    /** The flag mark over the card: empty when the card has none. */
    QLabel *flagLabel() const { return m_flag; }
    QPushButton *suspendButton() const { return m_suspendButton; }
    QPushButton *buryButton() const { return m_buryButton; }
    void showCardInfo();
    /** The study options; at their Exam tab with @p examTab. */
    void showOptions(bool examTab = false);
    /** "Study my weakest": a session on exactly @p cardIds, until endFocus(). */
    void studyCards(const QList<qint64> &cardIds);
    /** Back to the day's queue. */
    void endFocus();
    QWidget *focusBar() const { return m_focusBar; }
    QLabel *focusLabel() const { return m_focusLabel; }
    QLabel *finishedTitle() const { return m_finishedTitle; }

    QLabel *questionLabel() const { return m_question; }
    QLabel *answerLabel() const { return m_answer; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *finishedLabel() const { return m_finishedText; }
    QLineEdit *typedAnswer() const { return m_typed; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPushButton *showAnswerButton() const { return m_showAnswer; }
    QPushButton *ratingButton(fsrs::Rating rating) const;
    QLabel *intervalLabel(fsrs::Rating rating) const;

signals:
    /** A short message for the status bar, e.g. what a key did and how to take it back. */
    void message(const QString &text);
    /** The learner pressed E: edit the card in front (its entry, or its own text). */
    void editRequested(qint64 cardId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateView();
    /** The card in front changed in place: new texts and flag, the learner's progress kept. */
    void updateCurrentCard();
    void updateFlag();
    /**
     * Applies @p change to the card in front as one change of the collection; says @p done
     * in the status bar, or shows the error under @p failed.
     */
    bool changeCurrentCard(const std::function<bool(qint64 cardId)> &change, const QString &failed,
                           const QString &done);
    void updateCounts();
    void scheduleWakeUp();
    /** Arms m_wakeUp for m_wakeAtMs, looking at the wall clock again at least every minute. */
    void armWakeUp(qint64 atMs);
    void wakeUp();
    void applyStyle();
    void styleRatingButtons();

    DeckStore *m_store;
    const Clock *m_clock;
    StudySession *m_session;
    bool m_answerShown = false;
    qint64 m_shownAtMs = 0; ///< when the question appeared, by the injected clock
    qint64 m_hiddenAtMs = -1; ///< when another page was opened mid-card; that time is not thinking time
    qint64 m_responseMs = -1;
    bool m_typing = false;
    std::optional<CheckResult> m_result;
    fsrs::Rating m_suggested = fsrs::Rating::Good;
    AnswerChecker m_checker;

    QLabel *m_flag = nullptr;
    QPushButton *m_editButton = nullptr;
    QLabel *m_counts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_cardView = nullptr;
    QLabel *m_template = nullptr;
    QLabel *m_question = nullptr;
    QLineEdit *m_typed = nullptr;
    QLabel *m_verdict = nullptr;
    QWidget *m_separator = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_detail = nullptr;
    QStackedWidget *m_buttons = nullptr;
    QPushButton *m_showAnswer = nullptr;
    std::array<QPushButton *, 4> m_rate{};
    std::array<QLabel *, 4> m_intervals{};
    QWidget *m_finished = nullptr;
    QLabel *m_finishedTitle = nullptr;
    QLabel *m_finishedText = nullptr;
    QLabel *m_finishedHint = nullptr;
    QLabel *m_todayLabel = nullptr;
    QPushButton *m_suspendButton = nullptr;
    QPushButton *m_buryButton = nullptr;
    Collection *m_collection = nullptr;
    QPushButton *m_infoButton = nullptr;
    QTimer *m_wakeUp = nullptr;
    qint64 m_wakeAtMs = 0; ///< when the finished screen shows the next card
    QDate m_wakeDay;       ///< the study day it was armed in
    QWidget *m_focusBar = nullptr;
    QLabel *m_focusLabel = nullptr;
};
