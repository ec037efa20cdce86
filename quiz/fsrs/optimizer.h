#pragma once

#include "fsrs.h"
#include "trainingloss.h"
#include "trainingset.h"

#include <functional>
#include <optional>

namespace fsrs {

/** How the optimizer trains; the defaults are fsrs-rs's TrainingConfig. */
struct OptimizerOptions
{
    bool enableShortTerm = true; ///< off: w0–w3 stay as initialized and w17–w19 at 0
    int relearningSteps = 1;     ///< bounds w17·w18 when there are several (parameter clipper)
    int epochs = 5;              ///< at least; see minimumSteps
    /**
     * Epochs are added (up to maxEpochs) until Adam has taken this many steps. fsrs-rs stops at
     * 5 epochs, which leaves a small collection's fit short of its optimum: on a simulated
     * learner with 17,000 scored answers (tst_optimizer) 5 epochs lose 0.002 of held-out log
     * loss to the true parameters, 60 lose 0.0001. Each epoch replays every card once, so the
     * extra epochs cost milliseconds.
     */
    int minimumSteps = 2000;
    int maxEpochs = 100;
    int batchSize = 512;         ///< predictions per mini-batch
    quint64 seed = 2023;         ///< the batch order's shuffle
    double learningRate = 0.04;  ///< Adam's, annealed on a cosine
    int maxLength = 256;         ///< answers a scored history may have
    double gamma = 1.0;          ///< pull towards the initial parameters, per parameter spread
};

/** How well a parameter set predicts a TrainingSet: fsrs-rs's evaluate(). */
struct Evaluation
{
    double logLoss = 0;  ///< recency-weighted binary cross-entropy
    double rmseBins = 0; ///< calibration error over (interval, length, lapses) bins
    int predictions = 0;
};

/** What the optimizer gives. */
struct OptimizerResult
{
    enum class Fit {
        Defaults,    ///< fewer than 8 reviews: FSRS-6's defaults
        InitialOnly, ///< fewer than 64 reviews, or only first reviews: w0–w3 fitted
        Full,        ///< all 21 fitted
    };
    Weights weights{};
    Fit fit = Fit::Defaults;
    int reviewsUsed = 0; ///< scored answers left after outlier filtering
};

/**
 * Fits FSRS-6's 21 parameters to a learner's reviews, the way fsrs-rs 6.5 does:
 * - outlier filtering of first long-term reviews by (first rating, interval);
 * - initial stabilities w0–w3 by a ternary search on each first rating's recall curve,
 *   smoothed and filled across ratings;
 * - then mini-batch Adam over the weighted log loss (TrainingLoss, with its exact gradient)
 *   plus an L2 pull towards the initial values, a cosine-annealed rate, the parameter clipper
 *   after every step, and the best epoch kept.
 * Deterministic: the same reviews and options give the same parameters, bit for bit.
 * Pure computation; callers run it off the GUI thread.
 */
class Optimizer
{
public:
    /** Gets (work done, work total); returning false cancels. */
    using Progress = std::function<bool(qint64, qint64)>;

    explicit Optimizer(const OptimizerOptions &options = {});

    /** std::nullopt when cancelled. */
    std::optional<OptimizerResult> fit(const TrainingSet &set, const Progress &progress = {}) const;

    /** Log loss and RMSE (bins) of @p w over every prediction of @p set. */
    static Evaluation evaluate(const TrainingSet &set, const Weights &w);
    /** The summed weighted loss over @p set, and its gradient if asked. */
    static double loss(const TrainingSet &set, const Weights &w, Gradient *gradient = nullptr);

    /** Cards kept by fsrs-rs's outlier filter (public for its test). */
    static std::vector<bool> outlierFilter(const TrainingSet &set);
    /** fsrs-rs's initial stability for each first rating, from first long-term reviews. */
    static std::optional<std::array<double, 4>> initialStability(const TrainingSet &set,
                                                                 const std::vector<bool> &kept,
                                                                 double averageRecall,
                                                                 std::array<int, 4> *ratingCount);

private:
    OptimizerOptions m_options;
};

} // namespace fsrs
