#pragma once

#include "studysettings.h"

#include <QDialog>

class Clock;
class Collection;
class QCheckBox;
class QDateEdit;
class QTabWidget;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * The study options, on four tabs: daily limits and the day's rollover; the memory model
 * (retention and its workload, steps, the fitted parameters); typed answers and leeches; and
 * the exam date with its pacing and interval cap.
 */
class StudyOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    /** With @p collection, the memory model can be fitted from here (OptimizeDialog). */
    explicit StudyOptionsDialog(const StudySettings &settings, QWidget *parent = nullptr,
                                Collection *collection = nullptr, const Clock *clock = nullptr);

    /** The settings as edited; valid when the dialog was accepted. */
    StudySettings settings() const;

    QSpinBox *newPerDay() const { return m_newPerDay; }
    QLineEdit *learningSteps() const { return m_learningSteps; }
    QDoubleSpinBox *retention() const { return m_retention; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *hasExam() const { return m_hasExam; }
    QDateEdit *examDate() const { return m_examDate; }
    QSpinBox *examRetention() const { return m_examRetention; }
    QCheckBox *examCaps() const { return m_examCaps; }
    QCheckBox *examPaces() const { return m_examPaces; }
    /** The exam plan's pace in words, as the Exam tab shows it. */
    QLabel *examPlan() const { return m_examPlan; }
    /** Opens the tab that holds the exam date. */
    void showExamTab();
    /** Whether due dates should move to a changed desired retention (Reschedule). */
    bool rescheduleToRetention() const;

private:
    void validate();
    void showModel();
    void showExamPlan();
    qint64 nowMs() const;

    StudySettings m_base;
    QSpinBox *m_newPerDay = nullptr;
    QSpinBox *m_reviewsPerDay = nullptr;
    QSpinBox *m_rollover = nullptr;
    QDoubleSpinBox *m_retention = nullptr;
    QSpinBox *m_maximumInterval = nullptr;
    QLineEdit *m_learningSteps = nullptr;
    QLineEdit *m_relearningSteps = nullptr;
    QCheckBox *m_shortTerm = nullptr;
    QCheckBox *m_fuzz = nullptr;
    QCheckBox *m_typeAnswers = nullptr;
    QDoubleSpinBox *m_fast = nullptr;
    QSpinBox *m_leechLapses = nullptr;
    QCheckBox *m_leechSuspends = nullptr;
    QDoubleSpinBox *m_slow = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_model = nullptr;
    QCheckBox *m_rescheduleRetention = nullptr;
    QCheckBox *m_hasExam = nullptr;
    QDateEdit *m_examDate = nullptr;
    QSpinBox *m_examRetention = nullptr;
    QCheckBox *m_examCaps = nullptr;
    QCheckBox *m_examPaces = nullptr;
    QLabel *m_examPlan = nullptr;
    int m_newCardsLeft = -1; ///< new cards in study, read once for the exam's pace; -1 unknown
    int m_newDoneToday = 0;  ///< new cards studied today, which the day's pace counts too
    Collection *m_collection = nullptr;
    const Clock *m_clock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
