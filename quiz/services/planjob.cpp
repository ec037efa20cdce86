#include "planjob.h"

#include "deckstore.h"

#include <QCoreApplication>
#include <QThread>

PlanJob::PlanJob(Kind kind, const QString &dataDir, const StudySettings &settings, qint64 nowMs, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_dataDir(dataDir)
    , m_settings(settings.normalized())
    , m_nowMs(nowMs)
{
    qRegisterMetaType<ExamForecast>();
    qRegisterMetaType<std::vector<WorkloadPoint>>();
}

PlanJob::~PlanJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool PlanJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void PlanJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void PlanJob::cancel()
{
    m_cancel = true;
}

void PlanJob::start()
{
    if (m_thread)
        return;
    // The connection is made and used on the worker thread only, as Qt's SQL classes require.
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_kind == Kind::Forecast ? QStringLiteral("forecast") : QStringLiteral("workload"));
    m_thread->start();
}

void PlanJob::run()
{
    DeckStore store;
    if (store.open(m_dataDir, DeckStore::Mode::Worker) != DeckStore::Status::Ok) {
        emit failed(store.errorString());
        return;
    }
    int reported = -1;
    auto progress = [&](double done) {
        if (m_cancel)
            return false;
        const int percent = static_cast<int>(done * 100);
        if (percent != reported) {
            reported = percent;
            emit progressed(percent);
        }
        return true;
    };
    const ExamPlanner planner(&store, m_settings, StudyDay(m_settings.rolloverHour));
    if (m_kind == Kind::Forecast) {
        const std::optional<ExamForecast> forecast = planner.forecast(m_nowMs, progress);
        store.close();
        if (forecast)
            emit forecastReady(*forecast);
        else if (m_cancel)
            emit cancelled();
        else
            emit failed(QCoreApplication::translate("PlanJob", "The exam plan could not be worked out."));
        return;
    }
    const std::vector<WorkloadPoint> points = planner.workload(m_nowMs, m_from, m_to, 0.01, 365, progress);
    store.close();
    if (!points.empty())
        emit workloadReady(points);
    else if (m_cancel)
        emit cancelled();
    else
        emit failed(QCoreApplication::translate("PlanJob", "The workload could not be worked out."));
}
