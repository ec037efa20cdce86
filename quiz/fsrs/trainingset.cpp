#include "trainingset.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace fsrs {

TrainingSet TrainingSet::fromReviews(std::vector<LoggedReview> reviews,
                                     const std::function<qint64(qint64)> &dayOf)
{
    reviews.erase(std::remove_if(reviews.begin(), reviews.end(),
                                 [](const LoggedReview &r) { return r.rating < 1 || r.rating > 4; }),
                  reviews.end());
    // Time order first, so dayOf sees increasing times; then each card's answers in a run.
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const LoggedReview &a, const LoggedReview &b) { return a.timeMs < b.timeMs; });
    std::vector<qint64> days(reviews.size());
    for (size_t i = 0; i < reviews.size(); ++i)
        days[i] = dayOf(reviews[i].timeMs);
    std::vector<int> order(reviews.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return reviews[a].cardId < reviews[b].cardId; });

    TrainingSet set;
    std::vector<std::pair<int, int>> history;
    std::vector<qint64> times;
    for (size_t begin = 0; begin < order.size();) {
        size_t end = begin;
        while (end < order.size() && reviews[order[end]].cardId == reviews[order[begin]].cardId)
            ++end;
        // The last contiguous block of New/Learning answers starts the history.
        std::optional<size_t> start;
        for (size_t i = end; i-- > begin;) {
            const int state = reviews[order[i]].stateBefore;
            if (state == 0 || state == 1)
                start = i;
            else if (start)
                break;
        }
        if (start) {
            history.clear();
            times.clear();
            for (size_t i = *start; i < end; ++i) {
                const int gap = i == *start ? 0 : int(std::max<qint64>(0, days[order[i]] - days[order[i - 1]]));
                history.emplace_back(reviews[order[i]].rating, gap);
                times.push_back(reviews[order[i]].timeMs);
            }
            set.addCard(reviews[order[begin]].cardId, history, times);
        }
        begin = end;
    }
    set.weighByRecency();
    return set;
}

TrainingSet TrainingSet::fromHistories(const std::vector<std::vector<std::pair<int, int>>> &histories)
{
    TrainingSet set;
    std::vector<qint64> times;
    for (size_t c = 0; c < histories.size(); ++c) {
        // Without times, answers rank by day, then by card: the order a day's study takes.
        times.clear();
        qint64 day = 0;
        for (const auto &[rating, gap] : histories[c]) {
            day += gap;
            times.push_back(day * 100000 + qint64(c));
        }
        set.addCard(qint64(c + 1), histories[c], times);
    }
    set.weighByRecency();
    return set;
}

void TrainingSet::addCard(qint64 id, const std::vector<std::pair<int, int>> &history,
                          const std::vector<qint64> &times)
{
    Card card;
    card.id = id;
    card.firstReview = int(m_ratings.size());
    card.reviewCount = int(history.size());
    card.firstPrediction = int(m_predictions.size());
    for (size_t i = 0; i < history.size(); ++i) {
        m_ratings.push_back(quint8(history[i].first));
        m_gaps.push_back(i == 0 ? 0 : std::max(0, history[i].second));
        if (i > 0 && history[i].second > 0)
            m_predictions.push_back({int(i), 1.0, times[i]});
    }
    card.predictionCount = int(m_predictions.size()) - card.firstPrediction;
    // A card never reviewed on a later day has nothing to score: it teaches FSRS nothing.
    if (card.predictionCount == 0) {
        m_ratings.resize(card.firstReview);
        m_gaps.resize(card.firstReview);
        return;
    }
    m_cards.push_back(card);
}

void TrainingSet::weighByRecency()
{
    std::vector<int> rank(m_predictions.size());
    std::iota(rank.begin(), rank.end(), 0);
    // Ties (the same millisecond) keep card order, so the weights never depend on a sort's whim.
    std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) {
        return m_predictions[a].timeMs < m_predictions[b].timeMs;
    });
    weighInOrder(rank);
}

double TrainingSet::recencyWeight(size_t rank, size_t count)
{
    const double last = std::max<double>(1, double(count) - 1);
    return 0.25 + 0.75 * std::pow(double(rank) / last, 3);
}

void TrainingSet::weighInOrder(const std::vector<int> &order)
{
    for (size_t r = 0; r < order.size(); ++r)
        m_predictions[size_t(order[r])].weight = recencyWeight(r, order.size());
}

TrainingSet TrainingSet::filtered(const std::function<bool(const Card &)> &keep) const
{
    TrainingSet out;
    for (const Card &card : m_cards) {
        if (!keep(card))
            continue;
        Card c = card;
        c.firstReview = int(out.m_ratings.size());
        c.firstPrediction = int(out.m_predictions.size());
        out.m_ratings.insert(out.m_ratings.end(), m_ratings.begin() + card.firstReview,
                             m_ratings.begin() + card.firstReview + card.reviewCount);
        out.m_gaps.insert(out.m_gaps.end(), m_gaps.begin() + card.firstReview,
                          m_gaps.begin() + card.firstReview + card.reviewCount);
        out.m_predictions.insert(out.m_predictions.end(), m_predictions.begin() + card.firstPrediction,
                                 m_predictions.begin() + card.firstPrediction + card.predictionCount);
        out.m_cards.push_back(c);
    }
    out.weighByRecency();
    return out;
}

void TrainingSet::limitLength(int maxLength)
{
    std::vector<Prediction> kept;
    kept.reserve(m_predictions.size());
    std::vector<Card> cards;
    for (Card card : m_cards) {
        const int first = int(kept.size());
        for (int p = 0; p < card.predictionCount; ++p) {
            const Prediction &prediction = m_predictions[card.firstPrediction + p];
            if (prediction.position < maxLength)
                kept.push_back(prediction);
        }
        card.firstPrediction = first;
        card.predictionCount = int(kept.size()) - first;
        if (card.predictionCount > 0)
            cards.push_back(card);
    }
    m_predictions = std::move(kept);
    m_cards = std::move(cards);
}

double TrainingSet::averageRecall() const
{
    if (m_predictions.empty())
        return 0;
    int recalled = 0;
    for (const Card &card : m_cards)
        for (int p = 0; p < card.predictionCount; ++p)
            recalled += m_ratings[card.firstReview + m_predictions[card.firstPrediction + p].position] > 1;
    return double(recalled) / double(m_predictions.size());
}

int TrainingSet::firstGap(const Card &card) const
{
    return m_gaps[card.firstReview + m_predictions[card.firstPrediction].position];
}

} // namespace fsrs
