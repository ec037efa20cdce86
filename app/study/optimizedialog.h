#pragma once

#include "parameterfit.h"
#include "studysettings.h"

#include <QDialog>

#include <memory>

class Collection;
class MemoryJob;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

/**
 * Fits the memory model (FSRS-6's 21 parameters) to the learner's own answers, off the window
 * with a progress bar and Cancel, and shows how well the parameters in use and the fitted ones
 * predict those answers (log loss, RMSE in bins). The fitted parameters are offered only when
 * they predict better and there are enough answers; below that the learner is told how many
 * more it takes. Using them reschedules every card's memory, due dates too if asked: one
 * undoable change.
 */
class OptimizeDialog : public QDialog
{
    Q_OBJECT

public:
    OptimizeDialog(Collection *collection, const StudySettings &settings, QWidget *parent = nullptr);
    ~OptimizeDialog() override;

    /** Starts the fit (the Optimize button). */
    void optimize();
    /** The settings with the fitted parameters, once used. */
    const StudySettings &settings() const { return m_settings; }

protected:
    void reject() override;

private:
    void showReport(const ParameterFitReport &report);
    void useFitted();
    void setRunning(bool running);

    Collection *m_collection;
    StudySettings m_settings;
    std::unique_ptr<MemoryJob> m_job;
    std::optional<ParameterFitReport> m_report;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_figures = nullptr;
    QLabel *m_currentLogLoss = nullptr;
    QLabel *m_fittedLogLoss = nullptr;
    QLabel *m_currentRmse = nullptr;
    QLabel *m_fittedRmse = nullptr;
    QLabel *m_verdict = nullptr;
    QCheckBox *m_recomputeDue = nullptr;
    QPushButton *m_optimize = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_apply = nullptr;
};
