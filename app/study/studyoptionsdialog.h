#pragma once

#include "studysettings.h"

#include <QDialog>

class Collection;
class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/** The study options: daily limits, the day's rollover, steps and the scheduler's settings. */
class StudyOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    /** With @p collection, the memory model can be fitted from here (OptimizeDialog). */
    explicit StudyOptionsDialog(const StudySettings &settings, QWidget *parent = nullptr,
                                Collection *collection = nullptr);

    /** The settings as edited; valid when the dialog was accepted. */
    StudySettings settings() const;

    QSpinBox *newPerDay() const { return m_newPerDay; }
    QLineEdit *learningSteps() const { return m_learningSteps; }
    QDoubleSpinBox *retention() const { return m_retention; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /** Whether due dates should move to a changed desired retention (Reschedule). */
    bool rescheduleToRetention() const;

private:
    void validate();
    void showModel();

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
    Collection *m_collection = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
