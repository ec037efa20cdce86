#pragma once

#include "card.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class DeckStore;

/** One study answer of the review log, as exports carry it. */
struct ExportedReview
{
    qint64 id = 0;
    qint64 cardId = 0;
    qint64 timeMs = 0;
    int rating = 0;        ///< 1–4
    int stateBefore = 0;   ///< 0 new, 1 learning, 2 review, 3 relearning
    int stateAfter = 0;
    int elapsedDays = 0;
    int scheduledDays = 0;
    qint64 responseMs = -1;
};

/** One card as exports carry it: its text's sources, its tags and its schedule. */
struct ExportedCard
{
    CardInfo card;       ///< id, key, fact, template, variant, question and answer (in the language asked)
    QStringList tags;    ///< the card's and its entry's, sorted
    int flag = 0;
    bool suspended = false;
    qint64 dueMs = 0;
    int intervalDays = 0;
};

/**
 * The reads exports need: the study answers of the review log, in card
 * and time order. Quiz and exam answers never moved a schedule, so they are not exported.
 */
class ExportStore
{
public:
    explicit ExportStore(const DeckStore &store);

    /** The cards @p cardIds in that order, texts in @p lang where the learner's are translated. */
    std::optional<QList<ExportedCard>> cards(const QList<qint64> &cardIds, const QString &lang, QString *error) const;

    /** Study answers of @p cardIds (all cards when nullopt), by card, then time. */
    std::optional<QList<ExportedReview>> studyReviews(const std::optional<QList<qint64>> &cardIds,
                                                      QString *error) const;

private:
    const DeckStore &m_store;
};
