#pragma once

#include "memorystore.h"
#include "progress.h"
#include "studyday.h"
#include "studysettings.h"
#include "studysimulator.h"

#include <QDate>
#include <QHash>

#include <cmath>
#include <functional>
#include <optional>
#include <vector>

class DeckStore;

/** What the exam plan asks of the learner, and what it promises for exam day. */
struct ExamForecast
{
    QDate examDate;
    int daysLeft = 0;          ///< study days until exam day; 0 on the day, negative after
    int cards = 0;             ///< cards in study
    int newCards = 0;          ///< of which not yet introduced
    int newOnExamDay = 0;      ///< of which still new on exam day at the planned pace
    int newLimit = 0;          ///< the learner's new cards a day
    int neededNewPerDay = 0;   ///< the pace that introduces every new card by the deadline
    int plannedNewPerDay = 0;  ///< the pace the study queue keeps (raised to the needed one when pacing)
    int introduceBy = 0;       ///< study days, today's included, that the planned pace takes to introduce every new card
    int reviewLimit = 0;       ///< the learner's maximum reviews a day
    double answersPerDay = 0;  ///< cards a day the plan takes until the exam, on average
    double peakAnswers = 0;    ///< …on its busiest day
    double expectedKnown = 0;  ///< expected share of the cards recalled on exam day (0–1)
    QHash<qint64, FactRecall> facts; ///< each entry's recall on exam day, by fact id
    /** Whether the exam is still ahead. */
    bool isAhead() const { return daysLeft > 0; }
    /** Whether every new card gets in on time at the planned pace. */
    bool newCardsFit() const { return plannedNewPerDay >= neededNewPerDay; }
    /** Whether the learner's review limit leaves room for the plan's busiest days (as shown, rounded). */
    bool reviewsFit() const { return std::lround(peakAnswers) <= reviewLimit; }
};

/** Reviews a day against desired retention, the workload simulator's curve. */
struct WorkloadPoint
{
    double retention = 0;      ///< desired retention
    double answersPerDay = 0;  ///< cards a day, on average over the days simulated
    double knownAtEnd = 0;     ///< share of the cards recalled at the end (0–1)
};

/**
 * The exam plan and the workload simulator: both read the cards in study and the learner's
 * answer habits, and run StudySimulator. Reads only; runs on any connection, so a worker
 * thread can run it with a connection of its own.
 */
class ExamPlanner
{
public:
    ExamPlanner(const DeckStore *store, const StudySettings &settings, const StudyDay &day);

    /** The learner's answer habits from their log; the defaults until 100 answers of each kind. */
    AnswerHabits habits() const;

    /**
     * The plan for settings().examDate seen from @p nowMs; std::nullopt without a date, if the
     * cards could not be read, or if @p progress cancelled.
     */
    std::optional<ExamForecast> forecast(qint64 nowMs, const std::function<bool(double)> &progress = {}) const;

    /**
     * Cards a day over the next @p days days for each desired retention from @p from to @p to
     * in steps of @p step, at the learner's new-card limit; empty if cancelled or unreadable.
     */
    std::vector<WorkloadPoint> workload(qint64 nowMs, double from = 0.70, double to = 0.97,
                                        double step = 0.01, int days = 365,
                                        const std::function<bool(double)> &progress = {}) const;

    /**
     * The review cards the exam's cap would have brought forward had the date been set when
     * they were last answered (ExamSchedule::broughtForward), for Collection::reschedule with
     * due dates: after the learner sets or moves the date. Empty without a date ahead.
     */
    std::vector<ReplayedCard> cardsToBringForward(qint64 nowMs) const;

private:
    struct Cards
    {
        std::vector<SimulatedCard> cards;
        std::vector<qint64> factIds;
        int newCards = 0;
    };
    std::optional<Cards> readCards(qint64 nowMs) const;

    const DeckStore *m_store;
    StudySettings m_settings;
    StudyDay m_day;
};
