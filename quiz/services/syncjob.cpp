#include "syncjob.h"

#include "clock.h"
#include "deckstore.h"

#include <QThread>

SyncJob::SyncJob(const QString &dataDir, const SyncSettings &settings, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_settings(settings)
    , m_clock(clock)
{
    qRegisterMetaType<SyncReport>();
}

SyncJob::~SyncJob()
{
    wait();
    delete m_thread;
}

bool SyncJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SyncJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void SyncJob::start()
{
    if (m_thread)
        return;
    // The connection is made and used on the worker thread only, as Qt's SQL classes require.
    m_thread = QThread::create([this] {
        DeckStore store;
        if (store.open(m_dataDir, DeckStore::Mode::Worker) != DeckStore::Status::Ok) {
            SyncReport report;
            report.error = store.errorString();
            emit finished(report);
            return;
        }
        const SyncReport report =
            SyncService::run(store, m_dataDir, m_settings.folder, m_settings.computerName, m_clock->nowMs());
        store.close();
        emit finished(report);
    });
    m_thread->setObjectName(QStringLiteral("sync"));
    m_thread->start();
}
