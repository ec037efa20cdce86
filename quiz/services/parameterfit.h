#pragma once

#include "optimizer.h"
#include "studyday.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class DeckStore;

/** What fitting the learner's parameters gave, with the figures to judge it by. */
struct ParameterFitReport
{
    fsrs::OptimizerResult result;
    fsrs::Evaluation fitted;   ///< the new parameters on the learner's reviews
    fsrs::Evaluation current;  ///< the parameters in use (the defaults when none are set)
    fsrs::Evaluation defaults; ///< FSRS-6's defaults
    fsrs::Weights currentWeights{};
    int answers = 0;           ///< study answers read
    int cards = 0;             ///< cards with a history that counts
    int scored = 0;            ///< answers FSRS is scored on (the first of each later day)

    /** Enough reviews to fit all parameters meaningfully. */
    bool enough() const;
    /** Reviews still needed before enough() (0 when enough). */
    int missing() const;
    /** The fitted parameters predict the learner's reviews better than the current ones. */
    bool better() const;
};

/**
 * Fits FSRS-6 to the learner's study answers and evaluates the fit against the parameters in
 * use and the defaults. Pure computation on what it is given; OptimizeJob runs it on a worker
 * thread, portdeck-cli runs it directly.
 */
class ParameterFit
{
    Q_DECLARE_TR_FUNCTIONS(ParameterFit)

public:
    /** Below this many scored answers the fit is not offered: the learner is told how many more. */
    static constexpr int kMinimumReviews = 400;

    /** std::nullopt when @p progress cancelled. */
    static std::optional<ParameterFitReport> run(std::vector<fsrs::LoggedReview> answers, const StudyDay &day,
                                                 const std::vector<double> &currentParameters,
                                                 const fsrs::OptimizerOptions &options,
                                                 const fsrs::Optimizer::Progress &progress = {});
    /** The study answers of the collection in @p store. */
    static std::optional<std::vector<fsrs::LoggedReview>> answersOf(DeckStore &store, QString *error);
};
