#pragma once

#include "examplanner.h"
#include "studysettings.h"

#include <QDialog>

#include <vector>

class ChartPanel;
class PlanJob;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScatterSeries;

/**
 * The workload simulator: cards a day over the next year for every desired retention from 70%
 * to 97% (or the learner's own, when higher), simulated from the learner's own cards and answer habits (ExamPlanner::workload) off
 * the window, with progress and Cancel. The learner picks a retention on the curve and may use
 * it; the study options take it from retention().
 */
class WorkloadDialog : public QDialog
{
    Q_OBJECT

public:
    WorkloadDialog(const QString &dataDir, const StudySettings &settings, qint64 nowMs, QWidget *parent = nullptr);
    ~WorkloadDialog() override;

    /** The retention picked; the learner's own until another is chosen. */
    double retention() const;
    /** The simulated curve; empty until it is ready. */
    const std::vector<WorkloadPoint> &points() const { return m_points; }
    bool isReady() const { return !m_points.empty(); }

signals:
    /** The curve is drawn (or the simulation failed or was cancelled). */
    void simulated();

private:
    void showCurve();
    void showPick();
    const WorkloadPoint *pointAt(double retention) const;

    StudySettings m_settings;
    PlanJob *m_job = nullptr;
    std::vector<WorkloadPoint> m_points;
    ChartPanel *m_panel = nullptr;
    QScatterSeries *m_picked = nullptr; ///< the retention picked, when not the learner's own
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDoubleSpinBox *m_pick = nullptr;
    QLabel *m_pickText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
