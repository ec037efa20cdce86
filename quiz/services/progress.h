#pragma once

#include "fsrs.h"
#include "statsstore.h"
#include "studyday.h"
#include "studysettings.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>

class DeckStore;
struct ReviewEntry;

/**
 * How far ahead mastery looks, in days. A card is solid when the learner is likely to still
 * recall it this many days from now without studying it again, not merely right after seeing
 * it: a card seen once minutes ago is remembered now, but FSRS gives it a stability of a few
 * days, so it is not solid yet. The mastery map, its levels, the advice that names what is
 * fading and "Study My Weakest" all use recall at this horizon.
 *
 * This is where an exam date plugs in later: the horizon becomes the days until the exam.
 */
constexpr int kMasteryHorizonDays = 7;

/**
 * How well a protocol is known, from the chance of recalling its cards kMasteryHorizonDays
 * from now: never seen (no card studied yet), weak (below 70%), shaky (70% up to 90%) or
 * solid (90% and above, "likely to recall in a week").
 */
enum class Mastery { Unseen, Weak, Shaky, Solid };

/** The level for a mean recall chance @p recall (0–1), at the horizon, of cards that have been studied. */
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
    /**
     * Cards due today as the Study page's queue counts them (StudyQueue): learning cards due
     * before the day ends and the review cards the day's limits and one-card-a-fact let in.
     */
    int dueToday = 0;
    int newToday = 0;       ///< new cards the Study page gives today (its daily limit, one a fact)
    int newLeft = 0;        ///< new cards in study not yet seen, today's or later
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

/** The recall chances of one fact's cards kMasteryHorizonDays from now. */
struct FactRecall
{
    qint64 factId = 0;
    int cards = 0;          ///< cards in study (not suspended or retired)
    int studied = 0;        ///< of which have been answered at least once
    double mean = 0;        ///< mean recall chance of the studied cards at the horizon
    double lowest = 0;      ///< the weakest studied card's, at the horizon
    Mastery level() const { return studied > 0 ? masteryFor(mean) : Mastery::Unseen; }
};

/** What the Progress page shows of the cards' memory, from one pass over them. */
struct MemoryFigures
{
    Histogram stability;
    Histogram difficulty;
    QHash<qint64, FactRecall> facts; ///< recall per fact at the mastery moment, by fact id
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
    /** The daily limits of today() are @p settings'. */
    ProgressStats(const DeckStore *store, const StudyDay &day, const fsrs::Scheduler &scheduler,
                  const StudySettings &settings);
    /** The daily limits of today() are the learner's saved ones. */
    ProgressStats(const DeckStore *store, const StudyDay &day, const fsrs::Scheduler &scheduler);
    /** With the learner's saved settings: their rollover hour (local time zone), limits and parameters. */
    static ProgressStats forLearner(const DeckStore *store);

    const StudyDay &studyDay() const { return m_day; }

    /** The moment mastery is judged at: kMasteryHorizonDays after @p nowMs. */
    static qint64 masteryMomentMs(qint64 nowMs);

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
    /** The histograms and every fact's recall at masteryMomentMs(@p nowMs), in one pass over the cards. */
    MemoryFigures memory(qint64 nowMs) const;
    /** Every fact's recall at masteryMomentMs(@p nowMs), by fact id. */
    QHash<qint64, FactRecall> factRecall(qint64 nowMs) const;
    /**
     * Up to @p limit studied cards with the lowest recall chance at masteryMomentMs(@p nowMs),
     * weakest first: the cards most likely to be forgotten within the horizon.
     */
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
    StudySettings m_settings;
};
