#pragma once

#include "fsrs.h"
#include "trainingloss.h"
#include "trainingset.h"

#include <functional>
#include <limits>
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
     * 5 epochs, which leaves a small collection's fit short of its optimum; an epoch here
     * replays each card once, so more of them cost milliseconds, and bench_optimizer's
     * held-out log loss is lower than fsrs-rs's at every size with them (and a hair higher
     * without them at 2,000–50,000 answers).
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
 * Fits FSRS-6's 21 parameters to a learner's reviews, the way fsrs-rs does (its Node binding
 * 0.5.0, the anchor bench_optimizer runs):
 * - outlier filtering of first long-term reviews by (first rating, interval), and the recency
 *   weights in the binding's order (prepared());
 * - initial stabilities w0–w3 by a ternary search on each first rating's recall curve,
 *   smoothed and filled across ratings;
 * - then mini-batch Adam over the weighted log loss (TrainingLoss, with its exact gradient)
 *   plus an L2 pull towards the initial values, a cosine-annealed rate, the parameter clipper
 *   after every step, and the best epoch kept.
 * Two things differ, both for a better fit in less time: a card's whole history is replayed
 * once per epoch, scoring all its predictions (fsrs-rs replays each prediction's history
 * from the start), and batches are whole cards drawn at random each epoch (fsrs-rs sorts them
 * by length); with that, more epochs (minimumSteps) cost little.
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

    /**
     * Log loss and RMSE (bins) of @p w over the predictions of @p set, those of answers at or
     * after @p fromMs only when given (held-out answers; earlier ones still shape the states).
     */
    static Evaluation evaluate(const TrainingSet &set, const Weights &w, qint64 fromMs = std::numeric_limits<qint64>::min());
    /** The summed weighted loss over @p set, and its gradient if asked. */
    static double loss(const TrainingSet &set, const Weights &w, Gradient *gradient = nullptr);

    /**
     * The set the optimizer trains on and fsrs-rs evaluates: the cards the outlier filter keeps,
     * weighted in the order fsrs-rs's binding 0.5.0 ranks them — first the first long-term
     * reviews (the initialization items) by first rating, their group's size and interval, then
     * every later review by time. (fsrs-rs's own crate has since ranked all by time; the pinned
     * binding is the anchor, and tst_optimizer checks its order.)
     */
    static TrainingSet prepared(const TrainingSet &all);
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
