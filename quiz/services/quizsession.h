#pragma once

#include "clock.h"
#include "firewallgrade.h"
#include "matchingboard.h"
#include "questionfactory.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

class Collection;

/** What a quiz asks. */
enum class QuizMode { MultipleChoice, Typed, PortRanges, Exam, Drills };
/** Which performance-based drills a Drills quiz asks. */
enum class DrillKind { Mixed, Firewall, Capture, Board, Troubleshooting };

QString drillKindKey(DrillKind kind); ///< "mixed", "firewall", "capture", "board", "troubleshooting"
bool parseDrillKind(const QString &key, DrillKind *out);
/** Which items a quiz draws from. */
enum class QuizFilter { All, Udp, Tcp, Secure, Mail, Objective, Missed };

QString quizFilterKey(QuizFilter filter); ///< "all", "udp", …, as stored with exam results

struct QuizOptions
{
    QuizMode mode = QuizMode::MultipleChoice;
    QuizFilter filter = QuizFilter::All;
    int questions = 10;
    int examMinutes = 0;      ///< 0: one minute a question
    bool boostMissed = false; ///< send missed items to the front of tomorrow's study queue
    int rolloverHour = 4;     ///< for "tomorrow"
    quint32 seed = 0;         ///< 0: a fresh random seed; drills: the first drill's seed, the next +1 …
    DrillKind drill = DrillKind::Mixed;
    int drillLevel = 2;       ///< 1–3: how hard a firewall scenario is
    QStringList factKeys;     ///< when set, only these facts' cards ("Quiz me on this")
};

/** One question of a quiz and what the learner did with it. */
struct QuizItem
{
    QuizQuestion question;
    bool answered = false;
    CheckResult result;
    QString given;           ///< the option chosen or the text typed
    qint64 responseMs = -1;
    // Performance-based drills.
    std::optional<DrillKind> drill;     ///< which drill this is, when it is one
    quint32 seed = 0;                   ///< replays the drill
    std::shared_ptr<const FirewallScenario> firewall;
    std::shared_ptr<const MatchingBoard> board;
    FirewallGrade firewallGrade;
    BoardGrade boardGrade;
    QList<std::pair<qint64, Verdict>> practice; ///< a drill's cards logged, with how each entry went
    int points = 0;                     ///< a drill's score: its grade's points, or 2 right, 1 partly
    int maxPoints = 0;

    bool isDrill() const { return drill.has_value(); }
};

/**
 * A quiz or exam: questions drawn from the deck, answers checked and logged in the review log
 * (kind "quiz" or "exam") without moving any card's schedule, like Anki's custom study. At the
 * end, exam scores are kept, the misses remembered for "missed last time", and, if asked, sent
 * to the front of tomorrow's study queue.
 */
class QuizSession
{
    Q_DECLARE_TR_FUNCTIONS(QuizSession)

public:
    struct Score
    {
        int correct = 0;
        int partial = 0;
        int wrong = 0;
        int unanswered = 0;
        int total = 0;
        qint64 durationMs = 0;
    };

    QuizSession(DeckStore *store, const Clock *clock, const QString &language, const QuizOptions &options);
    /** Tells @p collection about each answer logged and the result saved, for the pages. */
    void setCollection(Collection *collection) { m_collection = collection; }

    const QuizOptions &options() const { return m_options; }
    bool isExam() const { return m_options.mode == QuizMode::Exam; }
    /** Fewer questions than this is no exam: the session says so (errorString) and holds none. */
    static constexpr int kMinExamItems = 10;

    bool isEmpty() const { return m_items.isEmpty(); }
    int count() const { return static_cast<int>(m_items.size()); }
    int currentIndex() const { return m_index; }
    const QuizItem &current() const { return m_items.at(m_index); }
    const QList<QuizItem> &items() const { return m_items; }
    bool isFinished() const { return m_finished; }
    qint64 startedMs() const { return m_startedMs; }
    /** Exams: when time is up, UTC milliseconds. */
    qint64 deadlineMs() const { return m_deadlineMs; }

    /** Answers the current multiple-choice or port-range question with option @p index. */
    CheckResult answerOption(int index);
    /** Answers the current typed question. */
    CheckResult answerText(const QString &text);
    /** Answers the current firewall drill with a rule table; the grade is in current(). */
    CheckResult answerFirewall(const QList<FirewallRule> &rules);
    /** Answers the current matching board (for each left item an index into its right, or -1). */
    CheckResult answerBoard(const QList<int> &assignment);
    /** The checker with the collection's entries, for reading typed firewall rules. */
    const AnswerChecker &checker() const { return m_checker; }
    /** Moves on; false when there is no next question. */
    bool next();
    /** Ends the quiz (also when time is up): keeps the exam score, the misses and the boosts. */
    void finish();
    Score score() const;
    /** Cards of the questions not answered right. */
    QList<qint64> missedCards() const;
    QString errorString() const { return m_error; }

private:
    CheckResult record(const CheckResult &result, const QString &given,
                       const QList<std::pair<QString, Verdict>> &entryVerdicts = {});
    /** A drill of @p kind made from @p seed; not isDrill() when the entries cannot make one. */
    QuizItem makeDrill(DrillKind kind, quint32 seed, const QList<Fact> &facts) const;
    /** The card a drill's practice on @p factKey is logged on: its protocol → port card. */
    qint64 practiceCard(const QString &factKey) const;

    QHash<QString, qint64> m_practiceCards;

    Collection *m_collection = nullptr;
    DeckStore *m_store;
    const Clock *m_clock;
    QuizOptions m_options;
    AnswerChecker m_checker;
    QList<QuizItem> m_items;
    int m_index = 0;
    bool m_finished = false;
    qint64 m_startedMs = 0;
    qint64 m_shownMs = 0;
    qint64 m_deadlineMs = 0;
    qint64 m_endMs = 0;
    QString m_error;
};
