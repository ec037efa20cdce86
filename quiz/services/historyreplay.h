#pragma once

#include "fsrs.h"
#include "importstore.h"
#include "studyday.h"

#include <QList>

/** One answer of a card's past, as another program logged it. */
struct PastAnswer
{
    qint64 timeMs = 0;
    fsrs::Rating rating = fsrs::Rating::Good;
    qint64 responseMs = -1;
};

/** A card's history replayed: the state it left and each review as Portdeck logs it. */
struct ReplayedHistory
{
    std::optional<fsrs::Card> card; ///< nullopt without answers
    QList<ImportedReview> reviews;
};

/**
 * Runs Portdeck's scheduler over a card's past answers, oldest first, the way StudySession
 * answers: elapsed days are the learner's study days, and the recall each answer was expected
 * to have is kept. An imported card is then scheduled as if it had always been studied here.
 */
ReplayedHistory replayHistory(const fsrs::Scheduler &scheduler, const StudyDay &day, QList<PastAnswer> answers);
