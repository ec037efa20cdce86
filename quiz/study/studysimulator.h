#pragma once

#include "fsrs.h"

#include <QtGlobal>

#include <array>
#include <functional>
#include <vector>

class ExamSchedule;

/** How a learner answers, as shares that each add up to 1. */
struct AnswerHabits
{
    /** The first answer to a new card: Again, Hard, Good, Easy. */
    std::array<double, 4> firstAnswer{0.25, 0.10, 0.50, 0.15};
    /** A review recalled: Hard, Good, Easy (a review forgotten is Again). */
    std::array<double, 3> recalled{0.15, 0.70, 0.15};
};

/** A card as the simulation starts from it. */
struct SimulatedCard
{
    qint64 cardId = 0;      ///< seeds the card's random draws, so results do not depend on order
    bool isNew = true;      ///< never answered: introduced when the pace reaches it
    fsrs::State state = fsrs::State::New;
    double stability = 0;
    double difficulty = 0;
    int lastDay = 0;        ///< the day of the last answer, relative to today (0; negative before)
    int dueDay = 0;         ///< the day it falls due, relative to today (overdue cards: 0)
};

/**
 * The days ahead, simulated: every card answered on the day it falls due, remembered with
 * the probability the memory model gives (the learner's AnswerHabits pick the rating), and
 * scheduled by the real fsrs::Scheduler, learning steps and all, without fuzz; new cards
 * come in at a steady pace, in order. Optionally the exam's interval cap (ExamSchedule)
 * brings cards back before the exam. Cards are independent, so each is simulated on its own
 * with its own random stream (seeded by its id and the run), @p samples times, and the figures
 * are the means. Pure: the same input gives the same output.
 */
class StudySimulator
{
public:
    struct Result
    {
        /** Cards answered each day (new cards' first answers and reviews; learning steps not). */
        std::vector<double> answersPerDay;
        /** Each card's chance of recall at the start of the last day, in input order; 0 if never introduced. */
        std::vector<double> recallAtEnd;
        int introduced = 0;  ///< new cards introduced within the days
        bool cancelled = false;
    };

    StudySimulator(const fsrs::Settings &settings, const AnswerHabits &habits = {});

    /** The exam's cap, @p daysLeft days from today; nothing is capped without one. */
    void setExam(const ExamSchedule *exam, int daysLeft);
    /** New cards introduced a day, in the order given (a fraction: one every few days). */
    void setNewPerDay(double newPerDay) { m_newPerDay = newPerDay; }
    /** New cards already introduced today: today's pace has that much less room. */
    void setNewDoneToday(int done) { m_newDoneToday = std::max(0, done); }
    void setSamples(int samples) { m_samples = std::max(1, samples); }
    void setSeed(quint64 seed) { m_seed = seed; }
    /** Called now and then with the share done (0–1); returning false cancels. */
    void setProgress(std::function<bool(double)> progress) { m_progress = std::move(progress); }

    /** Days 0 (today) to @p days − 1; recall is taken at the start of day @p days. */
    Result run(const std::vector<SimulatedCard> &cards, int days) const;

private:
    /** One run of one card: adds its answers to @p answers and returns its recall at the end. */
    double simulate(const SimulatedCard &start, int introducedOn, int days, quint64 seed,
                    std::vector<double> &answers) const;

    fsrs::Scheduler m_scheduler;
    AnswerHabits m_habits;
    const ExamSchedule *m_exam = nullptr;
    int m_examDaysLeft = 0;
    double m_newPerDay = 20;
    int m_newDoneToday = 0;
    int m_samples = 1;
    quint64 m_seed = 1;
    std::function<bool(double)> m_progress;
};
