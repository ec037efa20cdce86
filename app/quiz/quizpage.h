#pragma once

#include "quizsession.h"

#include <QWidget>

#include <array>
#include <memory>

class Clock;
class Collection;
class DeckStore;
class FirewallDrillView;
class MatchingBoardView;
class QFormLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;

/**
 * The Quiz page: multiple-choice, typed and port-range drills, filtered (UDP, secure, mail,
 * missed last time …); performance-based drills (firewall rule tables, packet captures,
 * matching boards, troubleshooting) with a level and a seed to replay them; and timed exams,
 * which open with a performance-based question, with no feedback until the end, then a score
 * and every miss linked to its entry. Answers are logged but never move the study schedule.
 */
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    /** With @p collection, every answer logged is told to it, so the other pages follow. */
    QuizPage(DeckStore *store, const Clock *clock, const QString &language, QWidget *parent = nullptr,
             Collection *collection = nullptr);
    ~QuizPage() override;

    /** Starts a quiz with the options set on the setup screen. False if nothing matches. */
    bool start();
    /** "Quiz me on this": multiple choice on every card of one fact. */
    bool startForFact(const QString &factKey);
    /** Starts a quiz with @p options (what start() reads from the setup form). */
    bool startWith(const QuizOptions &options);
    void chooseOption(int index);
    void submitTyped();
    void nextQuestion();
    void finishQuiz();
    void showSetup();

    QuizSession *session() const { return m_session.get(); }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *filterBox() const { return m_filter; }
    QComboBox *drillBox() const { return m_drill; }
    QComboBox *levelBox() const { return m_level; }
    QLineEdit *seedEdit() const { return m_seed; }
    QLabel *exhibitLabel() const { return m_exhibit; }
    FirewallDrillView *firewallView() const { return m_firewall; }
    MatchingBoardView *boardView() const { return m_board; }
    QSpinBox *countBox() const { return m_count; }
    QCheckBox *boostBox() const { return m_boost; }
    QLabel *promptLabel() const { return m_prompt; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QLabel *timerLabel() const { return m_timer; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *typedAnswer() const { return m_typed; }
    QPushButton *optionButton(int i) const { return m_options.at(i); }
    QTableWidget *missesTable() const { return m_misses; }
    QTableWidget *historyTable() const { return m_history; }
    QWidget *currentView() const;

signals:
    /** The learner wants to see a fact (from the review of misses). */
    void factRequested(const QString &key);
    /** Answers were logged: what other pages show of the review log changed. */
    void reviewsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showQuestion();
    void afterAnswer(const CheckResult &result, int chosen);
    void submitFirewall(const QList<FirewallRule> &rules);
    void submitBoard(const QList<int> &assignment);
    void updateSetupRows();
    void tick();
    void refreshHistory();
    QString factKeyOf(qint64 factId) const;

    DeckStore *m_store;
    const Clock *m_clock;
    Collection *m_collection = nullptr;
    QString m_language;
    std::unique_ptr<QuizSession> m_session;

    QStackedWidget *m_views = nullptr;
    QWidget *m_setupView = nullptr;
    QWidget *m_questionView = nullptr;
    QWidget *m_resultsView = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_filter = nullptr;
    QComboBox *m_drill = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_seed = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_exhibit = nullptr;
    QScrollArea *m_questionScroll = nullptr;
    QScrollArea *m_exhibitScroll = nullptr;
    FirewallDrillView *m_firewall = nullptr;
    MatchingBoardView *m_board = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_boost = nullptr;
    QLabel *m_setupProblem = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_historyEmpty = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_prompt = nullptr;
    std::array<QPushButton *, 4> m_options{};
    QLineEdit *m_typed = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_missesTitle = nullptr;
    QTableWidget *m_misses = nullptr;
    QPushButton *m_showFact = nullptr;
    QTimer *m_tick = nullptr;
    bool m_answered = false;
    bool m_emptyConfirmed = false; ///< Enter on an empty answer asked once already
};
