#include "trainingloss.h"

#include <algorithm>
#include <cmath>

namespace fsrs {

namespace {

constexpr double kMinS = 0.001; // fsrs-rs S_MIN
constexpr double kMaxS = 36500; // S_MAX
constexpr double kMinD = 1;
constexpr double kMaxD = 10;
constexpr double kMinP = 1e-7;
constexpr double kMaxP = 1 - 1e-7;

// d(clamp(x))/dx as PyTorch and Burn take it: 1 on the boundary, 0 only beyond it.
inline double passes(double x, double lo, double hi)
{
    return x >= lo && x <= hi ? 1.0 : 0.0;
}

} // namespace

struct TrainingLoss::Step
{
    enum Kind : quint8 { Init, ShortTerm, LapseRaw, LapseFloor, Success, ScoreOnly };
    Kind kind = Init;
    quint8 rating = 0;
    bool shortRawActive = false;
    int gap = 0;
    double s = 0, d = 0;    // the state before the answer
    double base = 1, r = 1; // forgetting curve: R = base^decay
    double gLoss = 0;       // d(loss)/dR where this answer is scored
    double value = 0;       // the branch's raw term: short-term factor, lapse S, floor, or increment
    double multiplier = 1;  // short-term: the factor after its floor of 1
    double nextD = 0;       // difficulty after the linear damping, before mean reversion
    double meanD = 0;       // difficulty before its clamp
    double newS = 0;        // stability before its clamp
};

TrainingLoss::TrainingLoss(const Weights &w)
    : m_w(w)
    , m_decay(-w[20])
    , m_factor(std::exp(std::log(0.9) / m_decay) - 1)
    , m_dFactorDDecay(std::exp(std::log(0.9) / m_decay) * (-std::log(0.9) / (m_decay * m_decay)))
    , m_expW8(std::exp(w[8]))
    , m_floorDivisor(std::exp(w[17] * w[18]))
    , m_easyDifficulty(w[4] - std::exp(3 * w[5]) + 1)
    , m_exp3W5(std::exp(3 * w[5]))
{
}

TrainingLoss::~TrainingLoss() = default;

double TrainingLoss::recall(double gap, double s) const
{
    return std::pow(1 + m_factor * gap / s, m_decay);
}

void TrainingLoss::forwardStep(Step *step, double s, double d, int gap, int rating) const
{
    const double *w = m_w.data();
    step->rating = quint8(rating);
    step->gap = gap;
    step->s = s;
    step->d = d;
    step->base = 1 + m_factor * gap / s;
    step->r = std::pow(step->base, m_decay);
    if (step->kind == Step::ScoreOnly)
        return;
    const double r = step->r;
    if (gap == 0) {
        step->kind = Step::ShortTerm;
        step->value = std::exp(w[17] * (rating - 3 + w[18])) * std::pow(s, -w[19]);
        step->shortRawActive = !(rating >= 2 && step->value < 1);
        step->multiplier = rating >= 2 ? std::max(step->value, 1.0) : step->value;
        step->newS = s * step->multiplier;
    } else if (rating == 1) {
        const double raw = w[11] * std::pow(d, -w[12]) * (std::pow(s + 1, w[13]) - 1)
                           * std::exp((1 - r) * w[14]);
        const double floor = s / m_floorDivisor;
        step->kind = floor < raw ? Step::LapseFloor : Step::LapseRaw;
        step->value = floor < raw ? floor : raw;
        step->newS = step->value;
    } else {
        step->kind = Step::Success;
        const double hard = rating == 2 ? w[15] : 1;
        const double easy = rating == 4 ? w[16] : 1;
        step->value = m_expW8 * (11 - d) * std::pow(s, -w[9]) * (std::exp((1 - r) * w[10]) - 1)
                      * hard * easy;
        step->newS = s * (1 + step->value);
    }
    step->nextD = d + (10 - d) * (-w[6] * (rating - 3)) / 9;
    step->meanD = w[7] * (m_easyDifficulty - step->nextD) + step->nextD;
}

void TrainingLoss::backwardStep(const Step &step, double *gS, double *gD, double gR, Gradient *g) const
{
    const double *w = m_w.data();
    Gradient &gw = *g;
    const double s = step.s;
    const double d = step.d;
    const double r = step.r;
    const int rating = step.rating;
    double gs = 0;
    double gd = 0;
    if (step.kind != Step::ScoreOnly) {
        const double gNew = *gS * passes(step.newS, kMinS, kMaxS);
        switch (step.kind) {
        case Step::ShortTerm:
            gs += gNew * step.multiplier;
            if (step.shortRawActive) {
                const double gRaw = gNew * s * step.value;
                gw[17] += gRaw * (rating - 3 + w[18]);
                gw[18] += gRaw * w[17];
                gw[19] += gRaw * -std::log(s);
                gs += gRaw * (-w[19] / s);
            }
            break;
        case Step::LapseFloor:
            gs += gNew / m_floorDivisor;
            gw[17] += gNew * step.value * -w[18];
            gw[18] += gNew * step.value * -w[17];
            break;
        case Step::LapseRaw: {
            const double raw = step.value;
            const double powS = std::pow(s + 1, w[13]);
            const double rest = w[11] * std::pow(d, -w[12]) * std::exp((1 - r) * w[14]);
            gw[11] += gNew * rest / w[11] * (powS - 1);
            gw[12] += gNew * raw * -std::log(d);
            gw[13] += gNew * rest * powS * std::log(s + 1);
            gw[14] += gNew * raw * (1 - r);
            gs += gNew * rest * w[13] * powS / (s + 1);
            gd += gNew * raw * (-w[12] / d);
            gR += gNew * raw * -w[14];
            break;
        }
        case Step::Success: {
            const double inc = step.value;
            const double hard = rating == 2 ? w[15] : 1;
            const double easy = rating == 4 ? w[16] : 1;
            const double expR = std::exp((1 - r) * w[10]);
            // inc without the factor each derivative takes away
            const double common = m_expW8 * (11 - d) * std::pow(s, -w[9]) * hard * easy;
            const double gInc = gNew * s;
            gs += gNew * (1 + inc) + gInc * inc * (-w[9] / s);
            gd += -gInc * m_expW8 * std::pow(s, -w[9]) * (expR - 1) * hard * easy;
            gR += gInc * common * (-w[10] * expR);
            gw[8] += gInc * inc;
            gw[9] += gInc * inc * -std::log(s);
            gw[10] += gInc * common * (1 - r) * expR;
            if (rating == 2)
                gw[15] += gInc * m_expW8 * (11 - d) * std::pow(s, -w[9]) * (expR - 1) * easy;
            if (rating == 4)
                gw[16] += gInc * m_expW8 * (11 - d) * std::pow(s, -w[9]) * (expR - 1) * hard;
            break;
        }
        case Step::Init:
        case Step::ScoreOnly: break;
        }
        const double gMean = *gD * passes(step.meanD, kMinD, kMaxD);
        if (gMean != 0) {
            gw[7] += gMean * (m_easyDifficulty - step.nextD);
            gw[4] += gMean * w[7];
            gw[5] += gMean * w[7] * -3 * m_exp3W5;
            const double gNext = gMean * (1 - w[7]);
            gw[6] += gNext * (10 - d) * -(rating - 3) / 9.0;
            gd += gNext * (1 + w[6] * (rating - 3) / 9.0);
        }
    }
    if (gR != 0 && step.gap > 0) {
        // R = base^decay, base = 1 + factor·t/s, factor = 0.9^(1/decay) − 1, decay = −w20
        const double t = step.gap;
        gs += gR * r * m_decay / step.base * (-t * m_factor / (s * s));
        const double dRdDecay = r * (std::log(step.base) + m_decay / step.base * t / s * m_dFactorDDecay);
        gw[20] += -gR * dRdDecay;
    }
    *gS = gs;
    *gD = gd;
}

double TrainingLoss::cardLoss(const TrainingSet &set, const TrainingSet::Card &card, Gradient *gradient)
{
    const quint8 *ratings = set.ratings().data() + card.firstReview;
    const int *gaps = set.gaps().data() + card.firstReview;
    const TrainingSet::Prediction *predictions = set.predictions().data() + card.firstPrediction;
    const int last = predictions[card.predictionCount - 1].position;
    m_steps.resize(size_t(last) + 1);

    const int first = std::clamp<int>(ratings[0], 1, 4);
    const double initS = m_w[first - 1];
    const double initD = m_w[4] - std::exp((first - 1) * m_w[5]) + 1;
    double s = std::clamp(initS, kMinS, kMaxS);
    double d = std::clamp(initD, kMinD, kMaxD);
    double loss = 0;
    int next = 0;
    for (int k = 1; k <= last; ++k) {
        Step &step = m_steps[k];
        step.kind = k == last ? Step::ScoreOnly : Step::Init;
        forwardStep(&step, s, d, gaps[k], ratings[k]);
        step.gLoss = 0;
        if (next < card.predictionCount && predictions[next].position == k) {
            const double weight = predictions[next].weight;
            const double y = ratings[k] > 1 ? 1 : 0;
            const double p = std::clamp(step.r, kMinP, kMaxP);
            loss -= weight * (y * std::log(p) + (1 - y) * std::log(1 - p));
            if (step.r > kMinP && step.r < kMaxP)
                step.gLoss = -weight * (y / p - (1 - y) / (1 - p));
            ++next;
        }
        if (k < last) {
            s = std::clamp(step.newS, kMinS, kMaxS);
            d = std::clamp(step.meanD, kMinD, kMaxD);
        }
    }
    if (!gradient)
        return loss;

    double gS = 0;
    double gD = 0;
    for (int k = last; k >= 1; --k)
        backwardStep(m_steps[k], &gS, &gD, m_steps[k].gLoss, gradient);
    Gradient &gw = *gradient;
    gw[first - 1] += gS * passes(initS, kMinS, kMaxS);
    const double gInitD = gD * passes(initD, kMinD, kMaxD);
    gw[4] += gInitD;
    gw[5] += gInitD * -(first - 1) * std::exp((first - 1) * m_w[5]);
    return loss;
}

void TrainingLoss::predict(const TrainingSet &set, const TrainingSet::Card &card, std::vector<double> *out)
{
    const quint8 *ratings = set.ratings().data() + card.firstReview;
    const int *gaps = set.gaps().data() + card.firstReview;
    const TrainingSet::Prediction *predictions = set.predictions().data() + card.firstPrediction;
    const int last = predictions[card.predictionCount - 1].position;
    const int first = std::clamp<int>(ratings[0], 1, 4);
    double s = std::clamp(m_w[first - 1], kMinS, kMaxS);
    double d = std::clamp(m_w[4] - std::exp((first - 1) * m_w[5]) + 1, kMinD, kMaxD);
    Step step;
    int next = 0;
    for (int k = 1; k <= last; ++k) {
        step.kind = k == last ? Step::ScoreOnly : Step::Init;
        forwardStep(&step, s, d, gaps[k], ratings[k]);
        if (next < card.predictionCount && predictions[next].position == k) {
            out->push_back(step.r);
            ++next;
        }
        s = std::clamp(step.newS, kMinS, kMaxS);
        d = std::clamp(step.meanD, kMinD, kMaxD);
    }
}

} // namespace fsrs
