#pragma once

#include "examplanner.h"
#include "studysettings.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

class QThread;

Q_DECLARE_METATYPE(ExamForecast)
Q_DECLARE_METATYPE(std::vector<WorkloadPoint>)

/**
 * ExamPlanner's simulations on a worker thread with a connection of its own
 * (DeckStore::Mode::Worker), so the window never waits:
 * - Forecast: the exam plan for StudySettings::examDate;
 * - Workload: cards a day against desired retention.
 * progressed() comes now and then; exactly one of forecastReady(), workloadReady(), failed()
 * or cancelled() follows start(). Nothing here writes to the collection.
 */
class PlanJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Forecast, Workload };

    PlanJob(Kind kind, const QString &dataDir, const StudySettings &settings, qint64 nowMs,
            QObject *parent = nullptr);
    ~PlanJob() override;

    /** The workload's range of desired retention (0.70–0.97 unless set). */
    void setRetentions(double from, double to)
    {
        m_from = from;
        m_to = to;
    }

    void start();
    /** Asks the work to stop; cancelled() follows. */
    void cancel();
    bool isRunning() const;
    void wait();

signals:
    /** @p percent of the work done. */
    void progressed(int percent);
    void forecastReady(const ExamForecast &forecast);
    void workloadReady(const std::vector<WorkloadPoint> &points);
    void failed(const QString &message);
    void cancelled();

private:
    void run();

    Kind m_kind;
    QString m_dataDir;
    StudySettings m_settings;
    qint64 m_nowMs;
    double m_from = 0.70;
    double m_to = 0.97;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};
