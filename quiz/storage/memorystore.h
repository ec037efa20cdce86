#pragma once

#include "fsrs.h"
#include "trainingset.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

class DeckStore;

/** A card's schedule as a replay of its history leaves it. */
struct ReplayedCard
{
    qint64 cardId = 0;
    fsrs::Card card;
};

/**
 * The review history the optimizer and rescheduling read, and the card states rescheduling
 * writes. Reads work on any connection (a worker's too); writes run in the caller's
 * transaction (Collection::run).
 */
class MemoryStore
{
    Q_DECLARE_TR_FUNCTIONS(MemoryStore)

public:
    explicit MemoryStore(DeckStore &store);

    /** Every study answer (quiz and exam answers never moved a schedule), by card, then time. */
    std::optional<std::vector<fsrs::LoggedReview>> studyAnswers(QString *error) const;
    /**
     * Sets each card's memory (stability, difficulty) and, with @p withDue, its due time and
     * interval too: what a replay under new parameters or a new retention changes. A card is
     * left alone when its reps differ from the replay's: it was answered since its history
     * was read. A due date is moved only where the card's state and step are the replay's
     * (a date set by hand, or steps changed since, would leave a Review card with a learning
     * step's due). Returns how many cards changed.
     */
    std::optional<int> writeStates(const std::vector<ReplayedCard> &cards, bool withDue, QString *error);

private:
    DeckStore &m_store;
};
