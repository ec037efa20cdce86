#pragma once

#include "fsrs.h"
#include "statsstore.h"
#include "studyday.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>

class DeckStore;
struct ReviewEntry;

/**
 * How well a protocol is known right now, from the recall chance of its cards: never seen
 * (no card studied yet), weak (below 70%), shaky (70% up to 90%) or solid (90% and above).
 */
enum class Mastery { Unseen, Weak, Shaky, Solid };

/** The level for a mean recall chance @p recall (0–1) of cards that have been studied. */
Mastery masteryFor(double recall);

/** The first figures of the Progress page: today, on the learner's study day. */
struct TodaySummary
{
    int studied = 0;        ///< study answers today
    int practiced = 0;      ///< quiz and exam answers today
    int correct = 0;        ///< answers of either kind rated Hard or better
    qint64 timeMs = 0;      ///< time spent answering, each answer counted up to a minute
    int streak = 0;         ///< study days in a row with an answer, up to today (or yesterday)
    bool activeToday = false;
    int dueToday = 0;       ///< cards due before the day ends, learning cards included
    int newLeft = 0;        ///< new cards not yet seen
};

/** Answers of one study day. */
struct DayActivity
{
    QDate day;
    std::array<int, 4> ratings{}; ///< study answers rated Again, Hard, Good, Easy
    int practiced = 0;            ///< quiz and exam answers
    int total() const { return ratings[0] + ratings[1] + ratings[2] + ratings[3] + practiced; }
};

/** Reviews of cards in the Review state during one week, with what the scheduler expected. */
struct WeekRetention
{
    QDate start;            ///< the week's Monday
    int reviews = 0;
    int recalled = 0;       ///< rated Hard or better
    int predictedCount = 0; ///< reviews that carry the scheduler's expectation
    double predictedSum = 0;
    double measured() const { return reviews > 0 ? double(recalled) / reviews : 0; }
    double predicted() const { return predictedCount > 0 ? predictedSum / predictedCount : 0; }
};

/** A histogram: counts[i] holds values in [edges[i], edges[i + 1]); the last bin is open. */
struct Histogram
{
    QList<double> edges;
    QList<int> counts;
    int total() const;
};

/** The recall chances of one fact's cards now. */
struct FactRecall
{
    qint64 factId = 0;
    int cards = 0;          ///< cards in study (not suspended or retired)
    int studied = 0;        ///< of which have been answered at least once
    double mean = 0;        ///< mean recall chance of the studied cards
    double lowest = 0;      ///< the weakest studied card
    Mastery level() const { return studied > 0 ? masteryFor(mean) : Mastery::Unseen; }
};

/** One point of a card's recall curve. */
struct RecallPoint
{
    qint64 ms = 0;
    double recall = 1;
    bool projected = false; ///< after now: what the curve will do if the card is not studied
};

/**
 * The statistics of the Progress page, each from one SQL aggregate over the review log or the
 * cards; nothing replays the log. Days are the learner's study days (rollover hour, local wall
 * clock), mapped to UTC ranges before they reach SQL, so daylight saving and time zones with
 * half-hour offsets are counted exactly. Read-only; the store must stay open.
 */
class ProgressStats
{
public:
    ProgressStats(const DeckStore *store, const StudyDay &day, const fsrs::Scheduler &scheduler);
    /** With the learner's saved settings: their rollover hour (local time zone) and parameters. */
    static ProgressStats forLearner(const DeckStore *store);

    const StudyDay &studyDay() const { return m_day; }

    TodaySummary today(qint64 nowMs) const;
    /** @p days study days ending with today's, oldest first. */
    QList<DayActivity> activity(qint64 nowMs, int days) const;
    /** Cards due on each of @p days study days from today; today's count includes overdue cards. */
    QList<int> forecast(qint64 nowMs, int days) const;
    /** Measured against predicted recall for @p weeks weeks ending with this one, oldest first. */
    QList<WeekRetention> retention(qint64 nowMs, int weeks) const;
    /** Stability in days of the studied cards: 0–1, 1–7, 7–30, 30–90, 90–365, 365+. */
    Histogram stability() const;
    /** Difficulty (1–10) of the studied cards, in nine bins of one. */
    Histogram difficulty() const;
    /** stability() and difficulty() in one pass over the cards. */
    std::pair<Histogram, Histogram> histograms() const;
    /** Every fact's recall now, by fact id. */
    QHash<qint64, FactRecall> factRecall(qint64 nowMs) const;
    /** Up to @p limit studied cards with the lowest recall chance now, weakest first. */
    QList<qint64> weakestCards(qint64 nowMs, int limit) const;

    /**
     * A card's recall chance over time from its review log (oldest first): after each study
     * answer the forgetting curve for the stability it left, until the next answer; past the
     * last answer up to @p untilMs, points after @p nowMs marked projected. @p samples points
     * per stretch between answers.
     */
    static QList<RecallPoint> recallCurve(const QList<ReviewEntry> &reviews,
                                          const fsrs::Scheduler &scheduler, qint64 nowMs,
                                          qint64 untilMs, int samples = 24);

private:
    /** UTC start of each of @p count study days from @p first, plus the end of the last. */
    QList<qint64> dayBounds(const QDate &first, int count) const;

    const DeckStore *m_store;
    StatsStore m_stats;
    StudyDay m_day;
    fsrs::Scheduler m_scheduler;
};
