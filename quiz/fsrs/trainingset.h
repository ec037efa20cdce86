#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace fsrs {

/** One study answer from a review log: the columns of fsrs-rs's revlog CSV that count. */
struct LoggedReview
{
    qint64 cardId = 0;
    qint64 timeMs = 0;      ///< UTC milliseconds
    int rating = 0;         ///< 1 (Again) to 4 (Easy)
    int stateBefore = 0;    ///< 0 new, 1 learning, 2 review, 3 relearning
    qint64 seed = 0;        ///< the card's fuzz seed number (cardSeedNumber of its key); replays use it
};

/**
 * Review histories prepared the way fsrs-rs (and Anki) prepare them for the optimizer:
 * - each card's answers, oldest first, from the start of its last New/Learning block (a card
 *   that was reset starts over);
 * - the gap before each answer in the learner's study days (0 for the same day);
 * - one prediction per answer that comes on a later day than the one before: FSRS is scored
 *   on the first answer of each day, while same-day answers still shape the state through the
 *   short-term terms (w17–w19);
 * - predictions weighted by recency, 0.25 + 0.75·(rank/(n−1))³, ranked by answer time.
 */
class TrainingSet
{
public:
    struct Card
    {
        qint64 id = 0;
        int firstReview = 0;     ///< into ratings()/gaps()
        int reviewCount = 0;
        int firstPrediction = 0; ///< into predictions()
        int predictionCount = 0;
    };
    struct Prediction
    {
        int position = 0;  ///< the answer scored, within its card (at least 1)
        double weight = 1;
        qint64 timeMs = 0;
    };

    TrainingSet() = default;
    /**
     * Prepares @p reviews. @p dayOf maps UTC milliseconds to the learner's study day number;
     * it is called in time order, so a caller may cache the day boundary. Answers with a
     * rating outside 1–4 are left out.
     */
    static TrainingSet fromReviews(std::vector<LoggedReview> reviews,
                                   const std::function<qint64(qint64)> &dayOf);
    /** Builds a set from histories given as (rating, gap) pairs, for tests and simulations. */
    static TrainingSet fromHistories(const std::vector<std::vector<std::pair<int, int>>> &histories);

    const std::vector<Card> &cards() const { return m_cards; }
    const std::vector<quint8> &ratings() const { return m_ratings; }
    const std::vector<int> &gaps() const { return m_gaps; }
    const std::vector<Prediction> &predictions() const { return m_predictions; }
    int reviewCount() const { return int(m_ratings.size()); }
    int predictionCount() const { return int(m_predictions.size()); }

    /** The cards for which @p keep is true, with recency weights ranked again over them. */
    TrainingSet filtered(const std::function<bool(const Card &)> &keep) const;
    /** Drops predictions of answers at a position of @p maxLength or more (fsrs-rs max_seq_len). */
    void limitLength(int maxLength);
    /**
     * Recency weights by a rank of the caller's: @p order lists every prediction index once,
     * from the one weighted least to the one weighted most.
     */
    void weighInOrder(const std::vector<int> &order);
    /** The share of predictions whose answer was a recall (rating above 1). */
    double averageRecall() const;
    /** A card's first prediction is its first long-term review: fsrs-rs's initialization item. */
    int firstGap(const Card &card) const;

private:
    void addCard(qint64 id, const std::vector<std::pair<int, int>> &history,
                 const std::vector<qint64> &times);
    void weighByRecency();
    static double recencyWeight(size_t rank, size_t count);

    std::vector<Card> m_cards;
    std::vector<quint8> m_ratings;
    std::vector<int> m_gaps;
    std::vector<Prediction> m_predictions;
};

} // namespace fsrs
