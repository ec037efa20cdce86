#pragma once

#include "fsrs.h"
#include "trainingset.h"

#include <array>
#include <vector>

namespace fsrs {

using Gradient = std::array<double, kParameterCount>;

/**
 * The optimizer's objective: the weighted log loss of FSRS-6's recall predictions over a
 * TrainingSet, and its exact gradient with respect to the 21 parameters.
 *
 * The memory model is fsrs-rs's (model.rs, in double precision): stability and difficulty
 * clamped after every answer, the short-term terms on same-day answers, the lapse floor
 * S/e^(w17·w18), and predictions clamped to [1e-7, 1 − 1e-7]. Each card is replayed once,
 * scoring every prediction on the way, and the gradient comes back by reverse-mode
 * differentiation of that replay (hand-derived; tst_optimizer checks it against finite
 * differences). Where a clamp is active the gradient stops, as in PyTorch and Burn.
 */
class TrainingLoss
{
public:
    explicit TrainingLoss(const Weights &w);
    ~TrainingLoss();
    TrainingLoss(const TrainingLoss &) = delete;
    TrainingLoss &operator=(const TrainingLoss &) = delete;

    /** Sum of weight·BCE over @p card's predictions; adds d(loss)/dw to @p gradient if given. */
    double cardLoss(const TrainingSet &set, const TrainingSet::Card &card, Gradient *gradient);
    /** The recall predicted for each of @p card's predictions, in order. */
    void predict(const TrainingSet &set, const TrainingSet::Card &card, std::vector<double> *out);

private:
    struct Step;
    void forwardStep(Step *step, double s, double d, int gap, int rating) const;
    void backwardStep(const Step &step, double *gS, double *gD, double gR, Gradient *g) const;
    double recall(double gap, double s) const;

    Weights m_w;
    double m_decay;
    double m_factor;
    double m_dFactorDDecay;
    double m_expW8;
    double m_floorDivisor;
    double m_easyDifficulty;
    double m_exp3W5;
    std::vector<Step> m_steps; // reused between cards
};

} // namespace fsrs
