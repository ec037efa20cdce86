#include "parameterfit.h"

#include "daynumbers.h"
#include "memorystore.h"

#include <limits>

bool ParameterFitReport::enough() const
{
    return scored >= ParameterFit::kMinimumReviews;
}

int ParameterFitReport::missing() const
{
    return std::max(0, ParameterFit::kMinimumReviews - scored);
}

bool ParameterFitReport::better() const
{
    return enough() && result.fit == fsrs::OptimizerResult::Fit::Full && fitted.logLoss < current.logLoss;
}

std::optional<ParameterFitReport> ParameterFit::run(std::vector<fsrs::LoggedReview> answers, const StudyDay &day,
                                                    const std::vector<double> &currentParameters,
                                                    const fsrs::OptimizerOptions &options,
                                                    const fsrs::Optimizer::Progress &progress)
{
    ParameterFitReport report;
    report.answers = int(answers.size());
    qint64 first = answers.empty() ? 0 : std::numeric_limits<qint64>::max();
    qint64 last = answers.empty() ? 0 : std::numeric_limits<qint64>::min();
    for (const fsrs::LoggedReview &a : answers) {
        first = std::min(first, a.timeMs);
        last = std::max(last, a.timeMs);
    }
    const DayNumbers days(day, first, last);
    const fsrs::TrainingSet set =
        fsrs::TrainingSet::fromReviews(std::move(answers), [&](qint64 ms) { return days.dayOf(ms); });
    report.cards = int(set.cards().size());
    report.scored = set.predictionCount();
    report.currentWeights = fsrs::migrateParameters(currentParameters, options.relearningSteps, options.enableShortTerm)
                                .value_or(fsrs::defaultWeights());
    const std::optional<fsrs::OptimizerResult> result = fsrs::Optimizer(options).fit(set, progress);
    if (!result)
        return std::nullopt;
    report.result = *result;
    report.fitted = fsrs::Optimizer::evaluate(set, result->weights);
    report.current = fsrs::Optimizer::evaluate(set, report.currentWeights);
    report.defaults = fsrs::Optimizer::evaluate(set, fsrs::defaultWeights());
    return report;
}

std::optional<std::vector<fsrs::LoggedReview>> ParameterFit::answersOf(DeckStore &store, QString *error)
{
    return MemoryStore(store).studyAnswers(error);
}
