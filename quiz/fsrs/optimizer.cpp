#include "optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>

namespace fsrs {

namespace {

constexpr double kMinS = 0.001;
constexpr double kInitMaxS = 100;
constexpr int kMinimumToTrain = 8;  // fsrs-rs: fewer gives the defaults
constexpr int kMinimumForAll = 64;  // fewer fits w0–w3 only

// fsrs-rs's spread of each parameter across users: the L2 pull is (w − w₀)²/σ².
constexpr std::array<double, kParameterCount> kParameterSpread = {
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,  0.12, 0.39, 0.18, 0.33,
    0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

using Stabilities = std::array<std::optional<double>, 5>; // indexed by rating, [0] unused

// fsrs-rs smooth_and_fill: makes stability grow with the rating, then fills ratings that had no
// first reviews from the others with its fitted exponents.
std::optional<std::array<double, 4>> smoothAndFill(Stabilities s, const std::array<int, 4> &count)
{
    for (int r = 1; r <= 4; ++r)
        if (count[r - 1] == 0)
            s[r].reset();
    static constexpr std::pair<int, int> pairs[] = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
    for (const auto &[small, big] : pairs) {
        if (s[small] && s[big] && *s[small] > *s[big]) {
            if (count[small - 1] > count[big - 1])
                s[big] = s[small];
            else
                s[small] = s[big];
        }
    }
    const double w1 = 0.41;
    const double w2 = 0.54;
    const int known = int(std::count_if(s.begin() + 1, s.end(), [](const auto &v) { return bool(v); }));
    auto p = [](double a, double b) { return std::pow(a, b); };
    std::array<double, 4> out{};
    if (known == 0)
        return std::nullopt;
    if (known == 1) {
        const Weights &d = defaultWeights();
        int r = 1;
        while (!s[r])
            ++r;
        const double factor = *s[r] / d[r - 1];
        for (int i = 0; i < 4; ++i)
            out[i] = d[i] * factor;
        std::sort(out.begin(), out.end());
    } else {
        const bool h1 = bool(s[1]), h2 = bool(s[2]), h3 = bool(s[3]), h4 = bool(s[4]);
        if (known == 2) {
            const double k = w1 - w1 * w2 + w2; // w1·(−w2) + (w1 + w2)
            if (!h1 && !h2) {
                s[2] = p(*s[3], 1 / (1 - w2)) * p(*s[4], 1 - 1 / (1 - w2));
                s[1] = p(*s[2], 1 / w1) * p(*s[3], 1 - 1 / w1);
            } else if (!h1 && !h3) {
                s[3] = p(*s[2], 1 - w2) * p(*s[4], w2);
                s[1] = p(*s[2], 1 / w1) * p(*s[3], 1 - 1 / w1);
            } else if (!h1 && !h4) {
                s[4] = p(*s[2], 1 - 1 / w2) * p(*s[3], 1 / w2);
                s[1] = p(*s[2], 1 / w1) * p(*s[3], 1 - 1 / w1);
            } else if (!h2 && !h3) {
                const double r1 = *s[1], r4 = *s[4];
                s[2] = p(r1, w1 / k) * p(r4, 1 - w1 / k);
                s[3] = p(r1, 1 - w2 / k) * p(r4, w2 / k);
            } else if (!h2 && !h4) {
                s[2] = p(*s[1], w1) * p(*s[3], 1 - w1);
                s[4] = p(*s[2], 1 - 1 / w2) * p(*s[3], 1 / w2);
            } else if (!h3 && !h4) {
                s[3] = p(*s[1], 1 - 1 / (1 - w1)) * p(*s[2], 1 / (1 - w1));
                s[4] = p(*s[2], 1 - 1 / w2) * p(*s[3], 1 / w2);
            }
        } else if (known == 3) {
            if (!h1)
                s[1] = p(*s[2], 1 / w1) * p(*s[3], 1 - 1 / w1);
            else if (!h2)
                s[2] = p(*s[1], w1) * p(*s[3], 1 - w1);
            else if (!h3)
                s[3] = p(*s[2], 1 - w2) * p(*s[4], w2);
            else if (!h4)
                s[4] = p(*s[2], 1 - 1 / w2) * p(*s[3], 1 / w2);
        }
        for (int i = 0; i < 4; ++i)
            out[i] = s[i + 1].value_or(defaultWeights()[i]);
    }
    for (double &v : out)
        v = std::clamp(v, kMinS, kInitMaxS);
    return out;
}

// Adam as fsrs-rs runs it on the host: f64 moments, bias-corrected.
struct Adam
{
    Gradient m{};
    Gradient v{};
    int t = 0;

    void step(Weights *w, const Gradient &g, double rate)
    {
        constexpr double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        ++t;
        const double bias1 = 1 - std::pow(beta1, t);
        const double bias2 = 1 - std::pow(beta2, t);
        for (int i = 0; i < kParameterCount; ++i) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            (*w)[i] -= rate * (m[i] / bias1) / (std::sqrt(v[i] / bias2) + epsilon);
        }
    }
};

// PyTorch's CosineAnnealingLR in its recursive form, as fsrs-rs steps it.
class CosineAnnealing
{
public:
    CosineAnnealing(double steps, double rate) : m_steps(steps), m_initial(rate), m_rate(rate) {}
    double step()
    {
        m_count += 1;
        if (m_count == 0)
            m_rate = m_initial;
        else if (std::fmod(m_count - 1 - m_steps, 2 * m_steps) == 0)
            m_rate = m_initial * (1 - std::cos(M_PI / m_steps)) / 2;
        else
            m_rate = (1 + std::cos(M_PI * m_count / m_steps)) / (1 + std::cos(M_PI * (m_count - 1) / m_steps))
                     * m_rate;
        return m_rate;
    }

private:
    double m_steps;
    double m_initial;
    double m_rate;
    double m_count = -1;
};

struct Batch
{
    std::vector<int> cards;
    int predictions = 0;
};

double penalty(const Weights &w, const Weights &initial, double scale, Gradient *gradient)
{
    double sum = 0;
    for (int i = 0; i < kParameterCount; ++i) {
        const double delta = w[i] - initial[i];
        const double var = kParameterSpread[i] * kParameterSpread[i];
        sum += delta * delta / var;
        if (gradient)
            (*gradient)[i] += 2 * delta / var * scale;
    }
    return sum * scale;
}

} // namespace

Optimizer::Optimizer(const OptimizerOptions &options)
    : m_options(options)
{
}

double Optimizer::loss(const TrainingSet &set, const Weights &w, Gradient *gradient)
{
    TrainingLoss model(w);
    double sum = 0;
    for (const TrainingSet::Card &card : set.cards())
        sum += model.cardLoss(set, card, gradient);
    return sum;
}

Evaluation Optimizer::evaluate(const TrainingSet &set, const Weights &w, qint64 fromMs)
{
    struct Bin
    {
        double predicted = 0, actual = 0, count = 0, weight = 0;
    };
    std::map<std::tuple<long, long, long>, Bin> bins;
    TrainingLoss model(w);
    std::vector<double> predicted;
    double loss = 0;
    double weights = 0;
    Evaluation out;
    for (const TrainingSet::Card &card : set.cards()) {
        predicted.clear();
        model.predict(set, card, &predicted);
        int lapses = 0;
        for (int i = 0; i < card.predictionCount; ++i) {
            const TrainingSet::Prediction &prediction = set.predictions()[card.firstPrediction + i];
            const int rating = set.ratings()[card.firstReview + prediction.position];
            const int gap = set.gaps()[card.firstReview + prediction.position];
            const double y = rating > 1 ? 1 : 0;
            if (prediction.timeMs < fromMs) {
                lapses += rating == 1;
                continue;
            }
            ++out.predictions;
            const double p = std::clamp(predicted[i], 1e-7, 1 - 1e-7);
            loss -= prediction.weight * (y * std::log(p) + (1 - y) * std::log(1 - p));
            weights += prediction.weight;
            // fsrs-rs's r_matrix bins: interval, long-term length, lapses before it
            const long gapBin = std::lround(2.48 * std::pow(3.62, std::floor(std::log(gap) / std::log(3.62))) * 100);
            const double length = i + 2; // long-term reviews so far, this one included, plus one
            const long lengthBin = std::lround(1.99 * std::pow(1.89, std::floor(std::log(length) / std::log(1.89))));
            const long lapseBin = lapses == 0 ? 0
                                              : std::lround(1.65 * std::pow(1.73, std::floor(std::log(double(lapses)) / std::log(1.73))));
            Bin &bin = bins[{gapBin, lengthBin, lapseBin}];
            bin.predicted += predicted[i];
            bin.actual += y;
            bin.count += 1;
            bin.weight += prediction.weight;
            if (rating == 1)
                ++lapses;
        }
    }
    if (weights <= 0)
        return out;
    out.logLoss = loss / weights;
    double squares = 0;
    double binWeights = 0;
    for (const auto &[key, bin] : bins) {
        const double error = bin.predicted / bin.count - bin.actual / bin.count;
        squares += error * error * bin.weight;
        binWeights += bin.weight;
    }
    out.rmseBins = std::sqrt(squares / binWeights);
    return out;
}

std::vector<bool> Optimizer::outlierFilter(const TrainingSet &set)
{
    const std::vector<TrainingSet::Card> &cards = set.cards();
    // first rating → first long-term interval → cards
    std::map<int, std::map<int, std::vector<int>>> groups;
    for (int c = 0; c < int(cards.size()); ++c)
        groups[set.ratings()[cards[c].firstReview]][set.firstGap(cards[c])].push_back(c);
    std::vector<bool> keep(cards.size(), true);
    for (auto &[rating, byGap] : groups) {
        std::vector<std::pair<int, const std::vector<int> *>> sub;
        size_t total = 0;
        for (const auto &[gap, members] : byGap) {
            sub.emplace_back(gap, &members);
            total += members.size();
        }
        // Smallest groups first, and of equal size the shortest interval first; fsrs-rs removes
        // them until 5% (at least 20) are gone, and then any left that is tiny or far out.
        std::sort(sub.begin(), sub.end(), [](const auto &a, const auto &b) {
            if (a.second->size() != b.second->size())
                return a.second->size() < b.second->size();
            return a.first < b.first;
        });
        size_t removed = 0;
        for (const auto &[gap, members] : sub) {
            bool drop = false;
            if (removed + members->size() >= std::max<size_t>(20, total / 20))
                drop = !(members->size() >= 6 && gap <= (rating != 4 ? 100 : 365));
            else {
                removed += members->size();
                drop = true;
            }
            if (drop)
                for (int c : *members)
                    keep[c] = false;
        }
    }
    return keep;
}

std::optional<std::array<double, 4>> Optimizer::initialStability(const TrainingSet &set,
                                                                 const std::vector<bool> &kept,
                                                                 double averageRecall,
                                                                 std::array<int, 4> *ratingCount)
{
    // first rating → interval of the first long-term review → (recalled, count)
    std::map<int, std::map<int, std::pair<double, double>>> data;
    const std::vector<TrainingSet::Card> &cards = set.cards();
    for (size_t c = 0; c < cards.size(); ++c) {
        if (!kept[c])
            continue;
        const TrainingSet::Card &card = cards[c];
        const int position = set.predictions()[card.firstPrediction].position;
        auto &cell = data[set.ratings()[card.firstReview]][set.gaps()[card.firstReview + position]];
        cell.first += set.ratings()[card.firstReview + position] > 1 ? 1 : 0;
        cell.second += 1;
    }
    ratingCount->fill(0);
    const double decay = -defaultWeights()[20];
    const double factor = std::pow(0.9, 1 / decay) - 1;
    Stabilities fitted;
    for (const auto &[rating, byGap] : data) {
        if (rating < 1 || rating > 4)
            continue;
        std::vector<double> gaps, recalls, counts;
        for (const auto &[gap, cell] : byGap) {
            gaps.push_back(gap);
            counts.push_back(cell.second);
            // Each interval's recall, pulled towards the average by one pseudo-review.
            recalls.push_back((cell.first + averageRecall) / (cell.second + 1));
            (*ratingCount)[rating - 1] += int(cell.second);
        }
        const double prior = defaultWeights()[rating - 1];
        auto loss = [&](double s) {
            double sum = 0;
            for (size_t i = 0; i < gaps.size(); ++i) {
                const double p = std::pow(gaps[i] / s * factor + 1, decay);
                sum -= (recalls[i] * std::log(p) + (1 - recalls[i]) * std::log(1 - p)) * counts[i];
            }
            return sum + std::fabs(s - prior) / 16;
        };
        double low = kMinS;
        double high = kInitMaxS;
        double best = prior;
        for (int i = 0; i < 1000 && high - low > std::numeric_limits<double>::epsilon(); ++i) {
            const double mid1 = low + (high - low) / 3;
            const double mid2 = high - (high - low) / 3;
            if (loss(mid1) < loss(mid2))
                high = mid2;
            else
                low = mid1;
            best = (high + low) / 2;
        }
        fitted[rating] = best;
    }
    return smoothAndFill(fitted, *ratingCount);
}

TrainingSet Optimizer::prepared(const TrainingSet &all)
{
    const std::vector<bool> kept = outlierFilter(all);
    TrainingSet set = all.filtered([&](const TrainingSet::Card &card) {
        return kept[size_t(&card - all.cards().data())];
    });
    const std::vector<TrainingSet::Card> &cards = set.cards();
    std::map<std::pair<int, int>, int> groupSize; // (first rating, first interval) → cards
    for (const TrainingSet::Card &card : cards)
        ++groupSize[{set.ratings()[card.firstReview], set.firstGap(card)}];
    std::vector<int> firsts, laters;
    for (const TrainingSet::Card &card : cards) {
        firsts.push_back(card.firstPrediction);
        for (int p = 1; p < card.predictionCount; ++p)
            laters.push_back(card.firstPrediction + p);
    }
    auto timeOf = [&](int p) { return set.predictions()[size_t(p)].timeMs; };
    std::vector<const TrainingSet::Card *> cardOf(set.predictions().size());
    for (const TrainingSet::Card &card : cards)
        cardOf[size_t(card.firstPrediction)] = &card;
    std::stable_sort(firsts.begin(), firsts.end(), [&](int a, int b) {
        const TrainingSet::Card &ca = *cardOf[size_t(a)];
        const TrainingSet::Card &cb = *cardOf[size_t(b)];
        const int ra = set.ratings()[ca.firstReview], rb = set.ratings()[cb.firstReview];
        if (ra != rb)
            return ra < rb;
        const int ga = set.firstGap(ca), gb = set.firstGap(cb);
        const int sa = groupSize[{ra, ga}], sb = groupSize[{rb, gb}];
        if (sa != sb)
            return sa < sb;
        if (ga != gb)
            return ga < gb;
        return timeOf(a) < timeOf(b);
    });
    std::stable_sort(laters.begin(), laters.end(), [&](int a, int b) { return timeOf(a) < timeOf(b); });
    firsts.insert(firsts.end(), laters.begin(), laters.end());
    set.weighInOrder(firsts);
    return set;
}

std::optional<OptimizerResult> Optimizer::fit(const TrainingSet &all, const Progress &progress) const
{
    OptimizerResult result;
    result.weights = defaultWeights();
    const std::vector<bool> kept = outlierFilter(all);
    TrainingSet set = prepared(all);
    result.reviewsUsed = set.predictionCount();
    if (set.predictionCount() < kMinimumToTrain)
        return result;
    std::array<int, 4> ratingCount{};
    const std::optional<std::array<double, 4>> initial =
        initialStability(all, kept, set.averageRecall(), &ratingCount);
    if (!initial)
        return result;
    Weights start = defaultWeights();
    std::copy(initial->begin(), initial->end(), start.begin());
    result.weights = start;
    result.fit = OptimizerResult::Fit::InitialOnly;
    const int firstReviewsOnly = int(std::count_if(set.cards().begin(), set.cards().end(),
                                                   [](const auto &c) { return c.predictionCount == 1; }));
    if (set.predictionCount() < kMinimumForAll || firstReviewsOnly == int(set.cards().size()))
        return result;
    if (!m_options.enableShortTerm)
        start[17] = start[18] = start[19] = 0;

    set.limitLength(m_options.maxLength);
    const int total = set.predictionCount();
    // Mini-batches of whole cards, about batchSize predictions each, drawn afresh every epoch.
    // (fsrs-rs sorts by length, which only saves padding on a GPU; on one core length-sorted
    // batches pull the parameters in turn one way and the other, and Adam learns little.)
    std::vector<int> cardOrder(set.cards().size());
    std::iota(cardOrder.begin(), cardOrder.end(), 0);
    std::vector<Batch> batches;
    auto pack = [&] {
        batches.clear();
        for (int c : cardOrder) {
            const int n = set.cards()[size_t(c)].predictionCount;
            if (batches.empty() || (batches.back().predictions > 0 && batches.back().predictions + n > m_options.batchSize))
                batches.emplace_back();
            batches.back().cards.push_back(c);
            batches.back().predictions += n;
        }
    };
    pack();

    const int epochs = std::clamp(int((m_options.minimumSteps + batches.size() - 1) / batches.size()),
                                  m_options.epochs, std::max(m_options.epochs, m_options.maxEpochs));
    // The rate anneals over the steps taken: whole cards make a few more batches than
    // fsrs-rs's count of predictions over the batch size, and past its end the cosine rises.
    const int iterations = int(batches.size()) * epochs;
    CosineAnnealing rate(iterations, m_options.learningRate);
    Adam adam;
    Weights w = start;
    Weights best = w;
    double bestLoss = std::numeric_limits<double>::infinity();
    std::mt19937_64 random(m_options.seed);
    const qint64 work = qint64(epochs) * total;
    qint64 done = 0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        // Fisher–Yates with a fixed generator: the same batches on every platform.
        for (size_t i = cardOrder.size(); i > 1; --i)
            std::swap(cardOrder[i - 1], cardOrder[random() % i]);
        pack();
        for (const Batch &batch : batches) {
            Gradient g{};
            TrainingLoss model(w);
            for (int c : batch.cards)
                model.cardLoss(set, set.cards()[c], &g);
            penalty(w, start, m_options.gamma * batch.predictions / total, &g);
            if (!m_options.enableShortTerm) {
                std::fill(g.begin(), g.begin() + 4, 0.0);
                std::fill(g.begin() + 17, g.begin() + 20, 0.0);
            }
            adam.step(&w, g, rate.step());
            w = clipWeights(w, m_options.relearningSteps, m_options.enableShortTerm);
            done += batch.predictions;
            if (progress && !progress(done, work))
                return std::nullopt;
        }
        double epochLoss = penalty(w, start, m_options.gamma, nullptr);
        TrainingLoss model(w);
        for (const TrainingSet::Card &card : set.cards())
            epochLoss += model.cardLoss(set, card, nullptr);
        epochLoss /= total;
        if (epochLoss < bestLoss) {
            bestLoss = epochLoss;
            best = w;
        }
    }
    for (double v : best)
        if (!std::isfinite(v))
            return result;

    Stabilities trained;
    for (int r = 1; r <= 4; ++r)
        trained[r] = best[r - 1];
    if (const auto smoothed = smoothAndFill(trained, ratingCount))
        std::copy(smoothed->begin(), smoothed->end(), best.begin());
    result.weights = best;
    result.fit = OptimizerResult::Fit::Full;
    return result;
}

} // namespace fsrs
