#include "workloaddialog.h"

#include "chartpanel.h"
#include "planjob.h"
#include "theme.h"

#include <QChart>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {

/** The curve's top: 97%, or the learner's own retention when it is higher. */
double highestRetention(const StudySettings &settings)
{
    return std::max(0.97, settings.desiredRetention);
}

QString percent(double share)
{
    return QLocale().toString(std::round(share * 100)) + QLocale().percent();
}

} // namespace

WorkloadDialog::WorkloadDialog(const QString &dataDir, const StudySettings &settings, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings.normalized())
{
    setWindowTitle(tr("Workload"));
    auto *intro = new QLabel(tr("How many cards a day the next year takes for each desired retention, "
                                "simulated from your cards and the way you answer. Higher retention "
                                "means more reviews, and more so near the top."),
                             this);
    intro->setWordWrap(true);
    m_panel = new ChartPanel(tr("Cards a day against desired retention"),
                             tr("There are no cards to simulate yet."), this);
    m_panel->setObjectName(QStringLiteral("workloadChart"));
    m_panel->setMinimumHeight(260);
    m_status = new QLabel(tr("Simulating a year of study…"), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_pick = new QDoubleSpinBox(this);
    m_pick->setObjectName(QStringLiteral("pick"));
    m_pick->setRange(0.70, highestRetention(m_settings));
    m_pick->setSingleStep(0.01);
    m_pick->setDecimals(2);
    m_pick->setValue(m_settings.desiredRetention);
    m_pick->setEnabled(false);
    m_pickText = new QLabel(this);
    m_pickText->setObjectName(QStringLiteral("pickText"));
    m_pickText->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Desired retention:"), m_pick);
    form->addRow(QString(), m_pickText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = m_buttons->addButton(tr("&Use This Retention"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("use"));
    use->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pick, &QDoubleSpinBox::valueChanged, this, &WorkloadDialog::showPick);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, 520);

    m_job = new PlanJob(PlanJob::Kind::Workload, dataDir, m_settings, nowMs, this);
    m_job->setRetentions(0.70, highestRetention(m_settings));
    connect(m_job, &PlanJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &PlanJob::workloadReady, this, [this](const std::vector<WorkloadPoint> &points) {
        m_points = points;
        showCurve();
        emit simulated();
    });
    connect(m_job, &PlanJob::failed, this, [this](const QString &message) {
        m_progress->hide();
        m_status->setText(message);
        emit simulated();
    });
    connect(m_job, &PlanJob::cancelled, this, &WorkloadDialog::simulated);
    m_job->start();
}

WorkloadDialog::~WorkloadDialog()
{
    m_job->cancel();
    m_job->wait();
}

double WorkloadDialog::retention() const
{
    return isReady() ? m_pick->value() : m_settings.desiredRetention;
}

const WorkloadPoint *WorkloadDialog::pointAt(double retention) const
{
    const WorkloadPoint *best = nullptr;
    for (const WorkloadPoint &p : m_points) {
        if (!best || std::abs(p.retention - retention) < std::abs(best->retention - retention))
            best = &p;
    }
    return best;
}

void WorkloadDialog::showCurve()
{
    m_progress->hide();
    m_panel->clear();
    const Accents a = accentsFor(palette());
    auto *line = new QLineSeries;
    line->setName(tr("Cards a day"));
    line->setPen(QPen(a.info, 2.5));
    double highest = 0;
    for (const WorkloadPoint &p : m_points) {
        line->append(p.retention * 100, p.answersPerDay);
        highest = std::max(highest, p.answersPerDay);
    }
    auto *mine = new QScatterSeries;
    mine->setName(tr("Your setting"));
    mine->setMarkerSize(10);
    mine->setColor(a.partial);
    mine->setBorderColor(a.partial);
    if (const WorkloadPoint *p = pointAt(m_settings.desiredRetention))
        mine->append(p->retention * 100, p->answersPerDay);
    m_picked = new QScatterSeries;
    m_picked->setName(tr("Picked"));
    m_picked->setMarkerSize(12);
    m_picked->setColor(Qt::transparent);
    m_picked->setBorderColor(a.secure);
    m_picked->setPen(QPen(a.secure, 2.5));
    m_panel->chart()->addSeries(line);
    m_panel->chart()->addSeries(mine);
    m_panel->chart()->addSeries(m_picked);
    m_panel->chart()->legend()->show();
    auto *x = new QValueAxis;
    x->setRange(70, highestRetention(m_settings) * 100);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(70);
    x->setTickInterval(5);
    x->setLabelFormat(QStringLiteral("%.0f%"));
    x->setTitleText(tr("desired retention"));
    auto *y = new QValueAxis;
    // Whole-number ticks at 1, 2 or 5 times a power of ten, about four of them.
    const double raw = std::max(1.0, highest) / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
    y->setRange(0, std::ceil(std::max(1.0, highest) * 1.05 / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(std::max(1.0, step));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("cards a day"));
    m_panel->setAxes(x, y);
    const bool empty = highest <= 0;
    m_panel->setEmpty(empty);
    m_status->setText(empty ? tr("Nothing to review in the next year: there are no cards in study.")
                            : tr("Averages over the next 365 days, new cards included (%n a day).", nullptr,
                                 m_settings.newPerDay));
    m_pick->setEnabled(!empty);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    showPick();
}

void WorkloadDialog::showPick()
{
    const WorkloadPoint *p = pointAt(m_pick->value());
    const WorkloadPoint *mine = pointAt(m_settings.desiredRetention);
    const bool usable = p && mine && p->answersPerDay > 0 && mine->answersPerDay > 0;
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (b->objectName() == QLatin1String("use"))
            b->setEnabled(usable && std::abs(m_pick->value() - m_settings.desiredRetention) > 1e-9);
    }
    if (m_picked) {
        m_picked->clear();
        if (usable && p != mine)
            m_picked->append(p->retention * 100, p->answersPerDay);
    }
    if (!usable) {
        m_pickText->clear();
        return;
    }
    QString text = tr("About %n card(s) a day, and %1 of your cards remembered a year from now.", nullptr,
                      int(std::lround(p->answersPerDay)))
                       .arg(percent(p->knownAtEnd));
    if (p != mine) {
        const double change = p->answersPerDay / mine->answersPerDay - 1;
        text += QLatin1Char(' ') + (change >= 0 ? tr("%1 more work than now.").arg(percent(change))
                                                : tr("%1 less work than now.").arg(percent(-change)));
    }
    m_pickText->setText(text);
}
