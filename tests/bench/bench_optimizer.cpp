// The optimizer against fsrs-rs, side by side: simulated learners with known parameters,
// 2,000 to 200,000 answers. Each is fitted on its first 80% (by time) by `portdeck-cli optimize`
// and by fsrs-rs's Node binding (tests/tools/fsrs-optimizer, pinned), each timed as a whole
// process, best of three; both fits are then scored on the last 20% (log loss, RMSE bins).
// Each size is three learners (seeds), and the figures are their means: one learner's held-out
// loss moves by more than the two optimizers differ.
// Goal: Portdeck's held-out log loss no worse than fsrs-rs's, in at most half its time.
//
//   build/tests/bench/bench_optimizer        (fsrs-rs side: cd tests/tools/fsrs-optimizer && npm ci)
#include "optimizer.h"
#include "simulatedlearner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Timed
{
    double ms = -1;
    std::optional<fsrs::Weights> weights;
    QString error;
};

Timed runFit(const QString &program, const QStringList &args)
{
    Timed best;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        if (!process.waitForFinished(600000) || process.exitCode() != 0) {
            best.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
            if (best.error.isEmpty())
                best.error = process.errorString();
            return best;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        const QJsonArray parameters =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QLatin1String("parameters")).toArray();
        if (parameters.size() != fsrs::kParameterCount) {
            best.error = QStringLiteral("no parameters in the output");
            return best;
        }
        fsrs::Weights w;
        for (int i = 0; i < fsrs::kParameterCount; ++i)
            w[i] = parameters.at(i).toDouble();
        if (best.ms < 0 || ms < best.ms)
            best.ms = ms;
        best.weights = w;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/portdeck-cli");
    const QString tool = QStringLiteral(PORTDECK_SOURCE_DIR "/tests/tools/fsrs-optimizer");
    const bool haveAnchor = QFile::exists(tool + QStringLiteral("/node_modules/@open-spaced-repetition/binding"));
    if (!haveAnchor)
        std::printf("fsrs-rs side skipped: run `npm ci` in tests/tools/fsrs-optimizer (Node 20 or newer)\n");
    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP"));
    if (!dir.autoRemove())
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    std::printf("%9s %8s | %10s %9s %9s | %10s %9s %9s | %9s %9s\n", "answers", "scored", "portdeck", "logloss",
                "rmse", "fsrs-rs", "logloss", "rmse", "truth", "defaults");
    constexpr int kLearners = 3;
    for (int answers : {2000, 10000, 50000, 200000}) {
        struct Sum
        {
            double ms = 0, logLoss = 0, rmse = 0;
            int runs = 0;
            void add(double time, const fsrs::Evaluation &e)
            {
                ms += time;
                logLoss += e.logLoss;
                rmse += e.rmseBins;
                ++runs;
            }
        } ours, anchor, truth, defaults;
        int scored = 0;
        for (int learner = 0; learner < kLearners; ++learner) {
            std::vector<fsrs::LoggedReview> log = testsupport::simulateLearner(
                testsupport::simulatedTruth(), answers, std::max(10, answers / 2000), 1234 + quint64(learner));
            std::sort(log.begin(), log.end(), [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });
            const qint64 cut = log[log.size() * 8 / 10].timeMs;
            QByteArray csv = "card_id,review_time,review_rating,review_state,review_duration\n";
            for (const fsrs::LoggedReview &r : log) {
                if (r.timeMs >= cut)
                    break;
                csv += QByteArray::number(r.cardId) + ',' + QByteArray::number(r.timeMs) + ','
                       + QByteArray::number(r.rating) + ',' + QByteArray::number(r.stateBefore) + ",0\n";
            }
            const QString path = dir.filePath(QStringLiteral("train-%1-%2.csv").arg(answers).arg(learner));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
                return 1;
            file.close();
            const fsrs::TrainingSet all = fsrs::TrainingSet::fromReviews(log, testsupport::utcDay);

            const Timed fitted = runFit(cli, {QStringLiteral("optimize"), QStringLiteral("--revlog"), path,
                                              QStringLiteral("--timezone"), QStringLiteral("UTC"),
                                              QStringLiteral("--rollover"), QStringLiteral("0")});
            if (!fitted.weights) {
                std::fprintf(stderr, "portdeck-cli optimize failed: %s\n", qPrintable(fitted.error));
                return 1;
            }
            const fsrs::Evaluation e = fsrs::Optimizer::evaluate(all, *fitted.weights, cut);
            scored += e.predictions;
            ours.add(fitted.ms, e);
            truth.add(0, fsrs::Optimizer::evaluate(all, testsupport::simulatedTruth(), cut));
            defaults.add(0, fsrs::Optimizer::evaluate(all, fsrs::defaultWeights(), cut));
            if (haveAnchor) {
                const Timed other = runFit(QStringLiteral("node"), {tool + QStringLiteral("/fit.mjs"), path});
                if (other.weights)
                    anchor.add(other.ms, fsrs::Optimizer::evaluate(all, *other.weights, cut));
                else
                    std::fprintf(stderr, "fsrs-rs failed: %s\n", qPrintable(other.error));
            }
        }
        std::printf("%9d %8d | %7.0f ms %9.5f %9.5f | ", answers, scored / kLearners, ours.ms / kLearners,
                    ours.logLoss / kLearners, ours.rmse / kLearners);
        if (anchor.runs > 0)
            std::printf("%7.0f ms %9.5f %9.5f", anchor.ms / anchor.runs, anchor.logLoss / anchor.runs,
                        anchor.rmse / anchor.runs);
        else
            std::printf("%10s %9s %9s", "-", "-", "-");
        std::printf(" | %9.5f %9.5f\n", truth.logLoss / kLearners, defaults.logLoss / kLearners);
        std::fflush(stdout);
    }
    std::printf("(means over %d simulated learners of each size, fitted on their first 80%% of answers and scored\n"
                " on the rest; truth: the parameters they were simulated with; times: whole process, best of 3)\n",
                kLearners);
    return 0;
}
