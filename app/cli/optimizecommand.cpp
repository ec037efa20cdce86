#include "optimizecommand.h"

#include "deckstore.h"
#include "parameterfit.h"
#include "revlogcsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

int fail(const QString &text, int code = 1)
{
    std::fputs(qPrintable(QStringLiteral("portdeck-cli: ") + text + QLatin1Char('\n')), stderr);
    return code;
}

QJsonArray parametersJson(const fsrs::Weights &w)
{
    QJsonArray out;
    for (double v : w)
        out.append(std::round(v * 1e6) / 1e6); // fsrs-rs fits in f32: more digits say nothing
    return out;
}

QJsonObject evaluationJson(const fsrs::Weights &w, const fsrs::Evaluation &e)
{
    return {{QStringLiteral("parameters"), parametersJson(w)},
            {QStringLiteral("log_loss"), e.logLoss},
            {QStringLiteral("rmse_bins"), e.rmseBins}};
}

} // namespace

int runOptimize(const OptimizeRequest &request)
{
    int rollover = 4;
    if (!request.rollover.isEmpty()) {
        bool ok = false;
        rollover = request.rollover.toInt(&ok);
        if (!ok || rollover < 0 || rollover > 23)
            return fail(QStringLiteral("--rollover takes an hour from 0 to 23, not '%1'").arg(request.rollover), 2);
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (!request.timeZone.isEmpty()) {
        zone = QTimeZone(request.timeZone.toUtf8());
        if (!zone.isValid())
            return fail(QStringLiteral("--timezone: '%1' is not a time zone such as Europe/Berlin or UTC")
                            .arg(request.timeZone), 2);
    }

    std::vector<fsrs::LoggedReview> answers;
    StudySettings settings;
    QString error;
    if (!request.revlogPath.isEmpty()) {
        QFile file(request.revlogPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(request.revlogPath, file.errorString()));
        const auto read = RevlogCsv::read(file.readAll(), &error);
        if (!read)
            return fail(QStringLiteral("%1: %2").arg(request.revlogPath, error));
        answers = std::move(*read);
    } else {
        DeckStore store;
        if (store.open(request.dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok)
            return fail(store.errorString());
        settings = store.studySettings();
        if (request.rollover.isEmpty())
            rollover = settings.rolloverHour;
        const auto read = ParameterFit::answersOf(store, &error);
        if (!read)
            return fail(error);
        answers = std::move(*read);
    }

    fsrs::OptimizerOptions options;
    options.enableShortTerm = settings.enableShortTerm;
    options.relearningSteps = int(settings.relearningSteps.size());
    const std::optional<ParameterFitReport> report =
        ParameterFit::run(std::move(answers), StudyDay(rollover, zone), settings.parameters, options);
    if (!report)
        return fail(QStringLiteral("the optimizer stopped"));
    static const char *const fits[] = {"defaults", "initial stability only", "all parameters"};
    QJsonObject out = evaluationJson(report->result.weights, report->fitted);
    out.insert(QStringLiteral("reviews_used"), report->result.reviewsUsed);
    out.insert(QStringLiteral("fitted"), QLatin1String(fits[int(report->result.fit)]));
    out.insert(QStringLiteral("answers"), report->answers);
    out.insert(QStringLiteral("cards"), report->cards);
    out.insert(QStringLiteral("scored"), report->scored);
    out.insert(QStringLiteral("minimum_reviews"), ParameterFit::kMinimumReviews);
    out.insert(QStringLiteral("enough"), report->enough());
    out.insert(QStringLiteral("better"), report->better());
    out.insert(QStringLiteral("default"), evaluationJson(fsrs::defaultWeights(), report->defaults));
    if (request.revlogPath.isEmpty())
        out.insert(QStringLiteral("current"), evaluationJson(report->currentWeights, report->current));
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
