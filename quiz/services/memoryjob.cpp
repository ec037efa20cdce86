#include "memoryjob.h"

#include "deckstore.h"
#include "examschedule.h"
#include "rescheduler.h"

#include <QElapsedTimer>
#include <QThread>

MemoryJob::MemoryJob(Kind kind, const QString &dataDir, const StudySettings &settings, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_dataDir(dataDir)
    , m_settings(settings)
{
    qRegisterMetaType<ParameterFitReport>();
    qRegisterMetaType<std::vector<ReplayedCard>>();
}

MemoryJob::~MemoryJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool MemoryJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void MemoryJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void MemoryJob::cancel()
{
    m_cancel = true;
}

void MemoryJob::start()
{
    if (m_thread)
        return;
    // The connection is made and used on the worker thread only, as Qt's SQL classes require.
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_kind == Kind::Optimize ? QStringLiteral("optimize") : QStringLiteral("replay"));
    m_thread->start();
}

void MemoryJob::run()
{
    DeckStore store;
    if (store.open(m_dataDir, DeckStore::Mode::Worker) != DeckStore::Status::Ok) {
        emit failed(store.errorString());
        return;
    }
    QString error;
    std::optional<std::vector<fsrs::LoggedReview>> answers = MemoryStore(store).studyAnswers(&error);
    store.close();
    if (!answers) {
        emit failed(error);
        return;
    }
    // Progress at most every 50 ms: a queued signal per batch would flood the window.
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto progress = [&](qint64 done, qint64 total) {
        if (m_cancel)
            return false;
        if (sinceReport.elapsed() >= 50 || done == total) {
            sinceReport.restart();
            emit progressed(done, total);
        }
        return true;
    };
    const StudyDay day(m_settings.rolloverHour);
    if (m_kind == Kind::Optimize) {
        fsrs::OptimizerOptions options;
        options.enableShortTerm = m_settings.enableShortTerm;
        options.relearningSteps = int(m_settings.relearningSteps.size());
        const std::optional<ParameterFitReport> report =
            ParameterFit::run(std::move(*answers), day, m_settings.parameters, options, progress);
        if (report)
            emit fitted(*report);
        else
            emit cancelled();
        return;
    }
    const fsrs::Scheduler scheduler(m_settings.schedulerSettings());
    const ExamSchedule exam(m_settings, day, scheduler);
    const std::optional<std::vector<ReplayedCard>> cards =
        Rescheduler::replay(*answers, scheduler, day, progress, exam.hasDate() ? &exam : nullptr);
    if (cards)
        emit replayed(*cards);
    else
        emit cancelled();
}
