#include "backupjob.h"

#include "deckstore.h"

#include <QDateTime>
#include <QThread>

BackupJob::BackupJob(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    qRegisterMetaType<BackupInfo>();
    qRegisterMetaType<RestoreReport>();
}

BackupJob::BackupJob(const QString &dataDir, const QString &file, const Deck &deck, QObject *parent)
    : BackupJob(dataDir, parent)
{
    m_file = file;
    m_deck = deck;
}

BackupJob::~BackupJob()
{
    wait();
    delete m_thread;
}

bool BackupJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackupJob::start()
{
    if (m_thread)
        return;
    // The connection is made and used on the worker thread only, as Qt's SQL classes require.
    m_thread = QThread::create([this] {
        DeckStore store;
        if (store.open(m_dataDir, DeckStore::Mode::Worker, isRestore() ? m_deck : Deck()) != DeckStore::Status::Ok) {
            emit failed(store.errorString());
            return;
        }
        BackupStore backups(m_dataDir);
        QString error;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (isRestore()) {
            const std::optional<RestoreReport> report = backups.restore(store, m_file, now, &error);
            store.close();
            if (report)
                emit restored(*report);
            else
                emit failed(error);
            return;
        }
        QStringList pruned;
        const std::optional<BackupInfo> backup = backups.backUp(store, now, &error, &pruned);
        store.close();
        if (backup)
            emit backedUp(*backup, pruned);
        else
            emit failed(error);
    });
    m_thread->setObjectName(isRestore() ? QStringLiteral("restore") : QStringLiteral("backup"));
    m_thread->start();
}
