#pragma once

#include "syncservice.h"

#include <QMetaType>
#include <QObject>
#include <QString>

class Clock;
class QThread;

Q_DECLARE_METATYPE(SyncReport)

/**
 * One sync (SyncService::run) of the collection in a data folder, on a worker thread with a
 * connection of its own (DeckStore::Mode::Worker), so the window never waits for the folder:
 * reading the other computers' journals and writing this one's happen beside study, and only
 * the merge's one transaction holds the collection for a moment. finished() follows start().
 */
class SyncJob : public QObject
{
    Q_OBJECT

public:
    SyncJob(const QString &dataDir, const SyncSettings &settings, const Clock *clock, QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    bool isRunning() const;
    /** Waits until the worker has finished (closing the window). */
    void wait();

signals:
    void finished(const SyncReport &report);

private:
    QString m_dataDir;
    SyncSettings m_settings;
    const Clock *m_clock;
    QThread *m_thread = nullptr;
};
