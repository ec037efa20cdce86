#include "studyoptionsdialog.h"

#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "examschedule.h"
#include "optimizedialog.h"
#include "statsstore.h"
#include "studyqueue.h"
#include "workloaddialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLocale>
#include <QTabWidget>
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

StudyOptionsDialog::StudyOptionsDialog(const StudySettings &settings, QWidget *parent, Collection *collection,
                                       const Clock *clock)
    : QDialog(parent)
    , m_base(settings.normalized())
    , m_collection(collection)
    , m_clock(clock)
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

    // The exam: a date, the recall to aim for, and what the date may change.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs()).date();
    m_hasExam = new QCheckBox(tr("I am preparing for an exam on:"), this);
    m_hasExam->setObjectName(QStringLiteral("hasExam"));
    m_hasExam->setChecked(m_base.examDate.isValid());
    m_examDate = new QDateEdit(m_base.examDate.isValid() ? m_base.examDate : today.addDays(60), this);
    m_examDate->setObjectName(QStringLiteral("examDate"));
    m_examDate->setCalendarPopup(true);
    m_examDate->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_examRetention = spin(70, 99, qRound(m_base.examRetention * 100), QLocale().percent());
    m_examRetention->setObjectName(QStringLiteral("examRetention"));
    m_examRetention->setToolTip(tr("The chance of remembering each card on exam day that the plan aims for."));
    m_examCaps = new QCheckBox(tr("Bring cards back before the exam when they would fall below that"), this);
    m_examCaps->setObjectName(QStringLiteral("examCaps"));
    m_examCaps->setChecked(m_base.examCapsIntervals);
    m_examCaps->setToolTip(tr("A card that would next be due after the exam, and would be weaker than your "
                              "aim on the day, is asked once more in the days before."));
    m_examPaces = new QCheckBox(tr("Raise the new-card limit when the exam needs it"), this);
    m_examPaces->setObjectName(QStringLiteral("examPaces"));
    m_examPaces->setChecked(m_base.examPacesNewCards);
    m_examPaces->setToolTip(tr("So that every card is introduced in time for a few reviews: a week before "
                               "the exam, or sooner when the exam is close."));
    m_examPlan = new QLabel(this);
    m_examPlan->setObjectName(QStringLiteral("examPlan"));
    m_examPlan->setWordWrap(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_examDate, m_examRetention, m_examCaps, m_examPaces})
        w->setEnabled(m_hasExam->isChecked());
    connect(m_hasExam, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_examDate, m_examRetention, m_examCaps, m_examPaces})
            w->setEnabled(on);
        showExamPlan();
    });
    connect(m_examDate, &QDateEdit::dateChanged, this, &StudyOptionsDialog::showExamPlan);
    connect(m_examPaces, &QCheckBox::toggled, this, &StudyOptionsDialog::showExamPlan);
    connect(m_newPerDay, &QSpinBox::valueChanged, this, &StudyOptionsDialog::showExamPlan);

    auto page = [](QFormLayout *form) {
        // Labels above their fields when the window is too narrow for both side by side.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        auto *w = new QWidget;
        w->setLayout(form);
        return w;
    };
    auto *daily = new QFormLayout;
    daily->addRow(tr("New cards a day:"), m_newPerDay);
    daily->addRow(tr("Maximum reviews a day:"), m_reviewsPerDay);
    daily->addRow(tr("Next day starts at:"), m_rollover);

    auto *memory = new QFormLayout;
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    if (m_collection) {
        auto *workload = new QPushButton(tr("&Workload…"), this);
        workload->setObjectName(QStringLiteral("workload"));
        workload->setToolTip(tr("See how many cards a day each retention takes"));
        connect(workload, &QPushButton::clicked, this, [this] {
            WorkloadDialog dialog(QFileInfo(m_collection->store()->filePath()).absolutePath(), this->settings(),
                                  nowMs(), this);
            if (dialog.exec() == QDialog::Accepted)
                m_retention->setValue(dialog.retention());
        });
        retentionRow->addWidget(workload);
    }
    retentionRow->addStretch();
    memory->addRow(tr("Desired retention:"), retentionRow);
    memory->addRow(m_rescheduleRetention);
    memory->addRow(tr("Maximum interval:"), m_maximumInterval);
    memory->addRow(tr("Learning steps:"), m_learningSteps);
    memory->addRow(tr("Relearning steps:"), m_relearningSteps);
    memory->addRow(m_shortTerm);
    memory->addRow(m_fuzz);

    auto *answers = new QFormLayout;
    answers->addRow(m_typeAnswers);
    answers->addRow(tr("Fast answer (Easy) within:"), m_fast);
    answers->addRow(tr("Slow answer (Hard) from:"), m_slow);
    answers->addRow(tr("Leech after:"), m_leechLapses);
    answers->addRow(m_leechSuspends);

    auto *exam = new QFormLayout;
    exam->addRow(m_hasExam, m_examDate);
    exam->addRow(tr("Recall to aim for on exam day:"), m_examRetention);
    exam->addRow(m_examCaps);
    exam->addRow(m_examPaces);
    exam->addRow(m_examPlan);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(page(daily), tr("&Daily"));
    m_tabs->addTab(page(memory), tr("&Memory"));
    m_tabs->addTab(page(answers), tr("&Answers"));
    m_tabs->addTab(page(exam), tr("E&xam"));
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
        memory->addRow(tr("Memory model:"), row);
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
        m_examRetention->setValue(qRound(d.examRetention * 100));
        m_examCaps->setChecked(d.examCapsIntervals);
        m_examPaces->setChecked(d.examPacesNewCards);
    });
    connect(m_learningSteps, &QLineEdit::textChanged, this, &StudyOptionsDialog::validate);
    connect(m_relearningSteps, &QLineEdit::textChanged, this, &StudyOptionsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
    showExamPlan();
}

qint64 StudyOptionsDialog::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void StudyOptionsDialog::showExamTab()
{
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
    m_hasExam->setFocus();
}

void StudyOptionsDialog::showExamPlan()
{
    if (!m_hasExam->isChecked()) {
        m_examPlan->setText(tr("With an exam date, Portdeck paces your new cards so that all of them are "
                               "learned in time, and the Progress page shows what you can expect to know "
                               "on the day."));
        return;
    }
    const StudySettings s = settings();
    const fsrs::Scheduler scheduler(s.schedulerSettings());
    const StudyDay day(s.rolloverHour);
    const ExamSchedule exam(s, day, scheduler);
    const qint64 now = nowMs();
    const int left = exam.daysLeft(now);
    if (left < 0) {
        m_examPlan->setText(tr("This date has passed. Choose the date of your next exam, or clear the box."));
        return;
    }
    if (left == 0) {
        m_examPlan->setText(tr("The exam is today. Good luck!"));
        return;
    }
    if (m_newCardsLeft < 0 && m_collection) {
        m_newCardsLeft = StatsStore(*m_collection->store()).newCardsInStudy().value_or(0);
        // The pace counts from the day's start, as the study queue does.
        m_newDoneToday = StudyQueue::answersOfDay(StudyQueueStore(*m_collection->store()), day, now).newDone;
    }
    const int newLeft = std::max(0, m_newCardsLeft);
    QString text = tr("%n day(s) to go.", nullptr, left);
    if (newLeft == 0) {
        text += QLatin1Char(' ') + tr("Every card has been introduced already.");
    } else {
        const int needed = exam.neededNewPerDay(newLeft + m_newDoneToday, now);
        const int pace = exam.newPerDay(newLeft + m_newDoneToday, now);
        const QString by = QLocale().toString(s.examDate.addDays(-ExamSchedule::leadDays(left)), QLocale::ShortFormat);
        text += QLatin1Char(' ') + tr("%n new card(s) left: introducing all of them by %1 takes %2 a day.", nullptr, newLeft)
                                       .arg(by)
                                       .arg(needed);
        if (pace > s.newPerDay)
            text += QLatin1Char(' ') + tr("Your limit of %1 rises to %2 a day until then.").arg(s.newPerDay).arg(pace);
        else if (const int stillNew = newLeft + m_newDoneToday - pace * left; stillNew > 0)
            text += QLatin1Char(' ') + tr("At your limit of %1 a day, %n card(s) will still be new on exam day.",
                                          nullptr, stillNew)
                                           .arg(s.newPerDay);
        else if (needed > s.newPerDay)
            text += QLatin1Char(' ') + tr("At your limit of %n a day, the last of them come in later than that.",
                                          nullptr, s.newPerDay);
    }
    m_examPlan->setText(text);
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
    s.examDate = m_hasExam->isChecked() ? m_examDate->date() : QDate();
    s.examRetention = m_examRetention->value() / 100.0;
    s.examCapsIntervals = m_examCaps->isChecked();
    s.examPacesNewCards = m_examPaces->isChecked();
    return s.normalized();
}
