#pragma once

#include "fsrs.h"
#include "memorystore.h"
#include "studyday.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

/**
 * Every card's schedule recomputed from its history: after new FSRS parameters (memory
 * states change), a new desired retention (intervals change) or a sync that merged another
 * computer's answers. Each card's study answers are replayed, the way the study session
 * answered them: elapsed days are the learner's study days and the fuzz seed is the card's
 * (LoggedReview::seed). The caller gives the answers from the card's last reset ("forget",
 * cards.reset_at) on. So a card replayed with unchanged settings comes out exactly as it is.
 */
class ExamSchedule;

class Rescheduler
{
    Q_DECLARE_TR_FUNCTIONS(Rescheduler)

public:
    /** Gets (cards done, cards in all); false cancels. */
    using Progress = std::function<bool(qint64, qint64)>;

    /**
     * The replayed state of every card with study answers in @p answers (by card, then time,
     * each card's answers from its last reset).
     * Pure; long histories are replayed on two threads. std::nullopt when cancelled. With
     * @p exam, the last answer's due date is capped as the study session caps it.
     */
    static std::optional<std::vector<ReplayedCard>> replay(const std::vector<fsrs::LoggedReview> &answers,
                                                         const fsrs::Scheduler &scheduler, const StudyDay &day,
                                                         const Progress &progress = {},
                                                         const ExamSchedule *exam = nullptr);
};
