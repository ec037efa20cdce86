#include "optimizedialog.h"

#include "collection.h"
#include "deckstore.h"
#include "memoryjob.h"
#include "reschedulerun.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

QLabel *figure(QWidget *parent, const char *name)
{
    auto *label = new QLabel(QStringLiteral("–"), parent);
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

OptimizeDialog::OptimizeDialog(Collection *collection, const StudySettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_collection(collection)
    , m_settings(settings)
{
    setWindowTitle(tr("Fit the Memory Model to You"));
    auto *intro = new QLabel(tr("Portdeck predicts when you will forget each card from 21 numbers, the "
                                "parameters of its memory model (FSRS-6). Fitted to your own answers, they "
                                "predict you better, so reviews come when you need them. Nothing changes "
                                "until you choose."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(settings.parameters.empty() ? tr("In use now: the FSRS-6 defaults.")
                                                      : tr("In use now: parameters fitted to your answers."),
                          this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);

    m_figures = new QWidget(this);
    auto *grid = new QGridLayout(m_figures);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("<b>In use now</b>"), m_figures), 0, 1, Qt::AlignRight);
    grid->addWidget(new QLabel(tr("<b>Fitted to you</b>"), m_figures), 0, 2, Qt::AlignRight);
    auto *logLoss = new QLabel(tr("Log loss:"), m_figures);
    logLoss->setToolTip(tr("How surprised the model is by your answers, on average. Lower is better."));
    auto *rmse = new QLabel(tr("Calibration error (RMSE):"), m_figures);
    rmse->setToolTip(tr("How far the predicted chance of recall is from how often you recalled, "
                        "over groups of similar reviews. Lower is better."));
    m_currentLogLoss = figure(m_figures, "currentLogLoss");
    m_fittedLogLoss = figure(m_figures, "fittedLogLoss");
    m_currentRmse = figure(m_figures, "currentRmse");
    m_fittedRmse = figure(m_figures, "fittedRmse");
    grid->addWidget(logLoss, 1, 0);
    grid->addWidget(m_currentLogLoss, 1, 1);
    grid->addWidget(m_fittedLogLoss, 1, 2);
    grid->addWidget(rmse, 2, 0);
    grid->addWidget(m_currentRmse, 2, 1);
    grid->addWidget(m_fittedRmse, 2, 2);
    grid->setColumnStretch(0, 1);
    m_figures->setVisible(false);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setVisible(false);
    m_recomputeDue = new QCheckBox(tr("Move due dates to match the new memory model"), this);
    m_recomputeDue->setObjectName(QStringLiteral("recomputeDue"));
    m_recomputeDue->setToolTip(tr("Otherwise each card keeps its due date, and the new model counts "
                                  "from its next review."));
    m_recomputeDue->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_optimize = buttons->addButton(tr("&Optimize"), QDialogButtonBox::ActionRole);
    m_optimize->setObjectName(QStringLiteral("optimize"));
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("stop"));
    m_cancel->setVisible(false);
    m_apply = buttons->addButton(tr("&Use Fitted Parameters"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_optimize, &QPushButton::clicked, this, &OptimizeDialog::optimize);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_apply, &QPushButton::clicked, this, &OptimizeDialog::useFitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &OptimizeDialog::reject);
    m_optimize->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_figures);
    layout->addWidget(m_verdict);
    layout->addWidget(m_recomputeDue);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The dialog grows with what it shows: figures and a verdict come after the fit.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(460);
}

OptimizeDialog::~OptimizeDialog() = default;

void OptimizeDialog::reject()
{
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

void OptimizeDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_optimize->setEnabled(!running);
    if (running)
        m_apply->setEnabled(false);
}

void OptimizeDialog::optimize()
{
    if (m_job)
        return;
    m_report.reset();
    m_figures->setVisible(false);
    m_verdict->setVisible(false);
    m_recomputeDue->setVisible(false);
    m_status->setText(tr("Fitting the model to your answers…"));
    m_progress->setRange(0, 0);
    setRunning(true);
    m_job = std::make_unique<MemoryJob>(MemoryJob::Kind::Optimize,
                                        QFileInfo(m_collection->store()->filePath()).absolutePath(), m_settings);
    connect(m_job.get(), &MemoryJob::progressed, this, [this](qint64 done, qint64 total) {
        // Work counts can pass what an int holds: shown in thousandths.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    auto finish = [this] {
        setRunning(false);
        m_job.release()->deleteLater();
    };
    connect(m_job.get(), &MemoryJob::fitted, this, [this, finish](const ParameterFitReport &report) {
        finish();
        showReport(report);
    });
    connect(m_job.get(), &MemoryJob::cancelled, this, [this, finish] {
        finish();
        m_status->setText(tr("Stopped. Nothing was changed."));
    });
    connect(m_job.get(), &MemoryJob::failed, this, [this, finish](const QString &message) {
        finish();
        m_status->setText(tr("The fit could not run: %1").arg(message));
    });
    m_job->start();
}

void OptimizeDialog::showReport(const ParameterFitReport &report)
{
    m_report = report;
    const QLocale locale;
    m_status->setText(tr("%n review(s) on later days were scored, of %1 answers to %2 cards.", nullptr, report.scored)
                          .arg(locale.toString(report.answers), locale.toString(report.cards)));
    m_currentLogLoss->setText(locale.toString(report.current.logLoss, 'f', 4));
    m_fittedLogLoss->setText(locale.toString(report.fitted.logLoss, 'f', 4));
    m_currentRmse->setText(locale.toString(report.current.rmseBins * 100, 'f', 2) + locale.percent());
    m_fittedRmse->setText(locale.toString(report.fitted.rmseBins * 100, 'f', 2) + locale.percent());
    m_figures->setVisible(report.enough());
    if (!report.enough()) {
        m_verdict->setText(tr("Not enough reviews yet to fit the model reliably: it takes %1 reviews on later "
                              "days, and %n more are needed. Keep studying and come back.",
                              nullptr, report.missing())
                               .arg(locale.toString(ParameterFit::kMinimumReviews)));
    } else if (report.better()) {
        m_verdict->setText(tr("The fitted parameters predict your answers better. Using them updates the "
                              "memory of every card you have studied; you can undo it."));
    } else {
        m_verdict->setText(tr("The parameters in use already predict your answers as well as a fit can. "
                              "There is nothing to change."));
    }
    m_verdict->setVisible(true);
    m_recomputeDue->setVisible(report.better());
    m_apply->setEnabled(report.better());
    adjustSize(); // to fit the figures and the verdict
}

void OptimizeDialog::useFitted()
{
    if (!m_report || !m_report->better())
        return;
    StudySettings next = m_settings;
    // Fitted in double precision, kept to six decimals: more digits change no interval.
    next.parameters.clear();
    for (double w : m_report->result.weights)
        next.parameters.push_back(std::round(w * 1e6) / 1e6);
    m_apply->setEnabled(false);
    m_optimize->setEnabled(false);
    const bool done = RescheduleRun::run(this, m_collection, next, m_recomputeDue->isChecked());
    m_optimize->setEnabled(true);
    if (!done) {
        m_apply->setEnabled(true);
        return;
    }
    m_settings = next;
    accept();
}
