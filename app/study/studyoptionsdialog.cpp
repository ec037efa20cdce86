#include "studyoptionsdialog.h"

#include "optimizedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

StudyOptionsDialog::StudyOptionsDialog(const StudySettings &settings, QWidget *parent, Collection *collection)
    : QDialog(parent)
    , m_base(settings.normalized())
    , m_collection(collection)
{
    setWindowTitle(tr("Study Options"));
    auto spin = [this](int lo, int hi, int value, const QString &suffix = {}) {
        auto *box = new QSpinBox(this);
        box->setRange(lo, hi);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    m_newPerDay = spin(0, 9999, m_base.newPerDay);
    m_reviewsPerDay = spin(0, 99999, m_base.reviewsPerDay);
    m_rollover = spin(0, 23, m_base.rolloverHour, tr(":00"));
    m_maximumInterval = spin(1, 36500, m_base.maximumInterval, tr(" days"));
    m_retention = new QDoubleSpinBox(this);
    m_retention->setRange(0.70, 0.99);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setValue(m_base.desiredRetention);
    m_retention->setToolTip(tr("The chance of remembering a card when it comes due. Higher means "
                               "more reviews; 0.90 suits most learners."));
    m_learningSteps = new QLineEdit(formatSteps(m_base.learningSteps), this);
    m_learningSteps->setPlaceholderText(tr("e.g. 1m 10m"));
    m_learningSteps->setToolTip(tr("Waits before a new card is asked again: m for minutes, h for "
                                   "hours, d for days."));
    m_relearningSteps = new QLineEdit(formatSteps(m_base.relearningSteps), this);
    m_relearningSteps->setPlaceholderText(tr("e.g. 10m"));
    m_shortTerm = new QCheckBox(tr("Use learning steps (short-term scheduling)"), this);
    m_shortTerm->setChecked(m_base.enableShortTerm);
    m_fuzz = new QCheckBox(tr("Spread intervals a little, so cards do not clump on one day"), this);
    m_fuzz->setChecked(m_base.enableFuzz);
    m_typeAnswers = new QCheckBox(tr("Type the answers to port and protocol cards, graded automatically"), this);
    m_typeAnswers->setChecked(m_base.typeAnswers);
    auto seconds = [this](double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0.5, 600);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" s"));
        box->setValue(value);
        return box;
    };
    m_fast = seconds(m_base.fastAnswerMs / 1000.0);
    m_fast->setToolTip(tr("A right answer typed this quickly is rated Easy (longer answers get more time)."));
    m_slow = seconds(m_base.slowAnswerMs / 1000.0);
    m_slow->setToolTip(tr("A right answer that takes this long is rated Hard."));
    m_leechLapses = spin(1, 99, m_base.leechLapses, tr(" lapses"));
    m_leechLapses->setToolTip(tr("A card you forget this often is a leech: it is tagged “leech”, "
                                 "and you are told."));
    m_leechSuspends = new QCheckBox(tr("Suspend leeches, so they stop taking your time"), this);
    m_leechSuspends->setChecked(m_base.leechSuspends);
    m_rescheduleRetention = new QCheckBox(tr("Move due dates to the new retention now"), this);
    m_rescheduleRetention->setObjectName(QStringLiteral("rescheduleRetention"));
    m_rescheduleRetention->setToolTip(tr("Otherwise cards keep their due dates, and the new retention counts "
                                         "from their next review."));
    m_rescheduleRetention->setVisible(false);
    connect(m_retention, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_rescheduleRetention->setVisible(std::abs(value - m_base.desiredRetention) > 1e-9);
    });
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c5221f;"));

    auto *form = new QFormLayout;
    form->addRow(tr("New cards a day:"), m_newPerDay);
    form->addRow(tr("Maximum reviews a day:"), m_reviewsPerDay);
    form->addRow(tr("Next day starts at:"), m_rollover);
    form->addRow(tr("Desired retention:"), m_retention);
    form->addRow(QString(), m_rescheduleRetention);
    form->addRow(tr("Maximum interval:"), m_maximumInterval);
    form->addRow(tr("Learning steps:"), m_learningSteps);
    form->addRow(tr("Relearning steps:"), m_relearningSteps);
    form->addRow(QString(), m_shortTerm);
    form->addRow(QString(), m_fuzz);
    form->addRow(QString(), m_typeAnswers);
    form->addRow(tr("Fast answer (Easy) within:"), m_fast);
    form->addRow(tr("Slow answer (Hard) from:"), m_slow);
    form->addRow(tr("Leech after:"), m_leechLapses);
    form->addRow(QString(), m_leechSuspends);
    if (m_collection) {
        m_model = new QLabel(this);
        m_model->setObjectName(QStringLiteral("model"));
        auto *optimize = new QPushButton(tr("O&ptimize…"), this);
        optimize->setObjectName(QStringLiteral("optimize"));
        optimize->setToolTip(tr("Fit the memory model to your own answers"));
        connect(optimize, &QPushButton::clicked, this, [this] {
            OptimizeDialog dialog(m_collection, m_base, this);
            if (dialog.exec() == QDialog::Accepted) {
                // Saved already, as its own change: what OK saves keeps it.
                m_base.parameters = dialog.settings().parameters;
                showModel();
            }
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_model, 1);
        row->addWidget(optimize);
        form->addRow(tr("Memory model:"), row);
        showModel();
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const StudySettings d;
        m_newPerDay->setValue(d.newPerDay);
        m_reviewsPerDay->setValue(d.reviewsPerDay);
        m_rollover->setValue(d.rolloverHour);
        m_retention->setValue(d.desiredRetention);
        m_maximumInterval->setValue(d.maximumInterval);
        m_learningSteps->setText(formatSteps(d.learningSteps));
        m_relearningSteps->setText(formatSteps(d.relearningSteps));
        m_shortTerm->setChecked(d.enableShortTerm);
        m_fuzz->setChecked(d.enableFuzz);
        m_typeAnswers->setChecked(d.typeAnswers);
        m_fast->setValue(d.fastAnswerMs / 1000.0);
        m_slow->setValue(d.slowAnswerMs / 1000.0);
        m_leechLapses->setValue(d.leechLapses);
        m_leechSuspends->setChecked(d.leechSuspends);
    });
    connect(m_learningSteps, &QLineEdit::textChanged, this, &StudyOptionsDialog::validate);
    connect(m_relearningSteps, &QLineEdit::textChanged, this, &StudyOptionsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

void StudyOptionsDialog::showModel()
{
    m_model->setText(m_base.parameters.empty() ? tr("FSRS-6 defaults") : tr("fitted to your answers"));
}

bool StudyOptionsDialog::rescheduleToRetention() const
{
    // Asked after the dialog closed, when no child is visible: whether it is shown here.
    return !m_rescheduleRetention->isHidden() && m_rescheduleRetention->isChecked();
}

void StudyOptionsDialog::validate()
{
    QStringList problems;
    if (!parseSteps(m_learningSteps->text()))
        problems << tr("Learning steps must look like 1m 10m 1h 1d.");
    if (!parseSteps(m_relearningSteps->text()))
        problems << tr("Relearning steps must look like 10m or 1h.");
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

StudySettings StudyOptionsDialog::settings() const
{
    StudySettings s = m_base;
    s.newPerDay = m_newPerDay->value();
    s.reviewsPerDay = m_reviewsPerDay->value();
    s.rolloverHour = m_rollover->value();
    s.desiredRetention = m_retention->value();
    s.maximumInterval = m_maximumInterval->value();
    s.learningSteps = parseSteps(m_learningSteps->text()).value_or(m_base.learningSteps);
    s.relearningSteps = parseSteps(m_relearningSteps->text()).value_or(m_base.relearningSteps);
    s.enableShortTerm = m_shortTerm->isChecked();
    s.enableFuzz = m_fuzz->isChecked();
    s.typeAnswers = m_typeAnswers->isChecked();
    s.fastAnswerMs = qRound(m_fast->value() * 1000);
    s.leechLapses = m_leechLapses->value();
    s.leechSuspends = m_leechSuspends->isChecked();
    s.slowAnswerMs = qRound(m_slow->value() * 1000);
    return s.normalized();
}
