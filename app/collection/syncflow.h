#pragma once

#include "syncstore.h"

#include <QObject>
#include <QPointer>
#include <QString>

class Clock;
class Collection;
class QTimer;
class QWidget;
class SyncJob;
struct SyncReport;

/**
 * The window's sync (SyncService): File → Sync Now, File → Sync Settings… (SyncDialog), a
 * sync soon after start, every SyncSettings::intervalMinutes while open, and one as the
 * window closes. Each runs on a worker thread (SyncJob), so study goes on; a merge that
 * brought changes reloads the pages and clears Undo (an undo must not take back another
 * computer's work). statusText() says when it last synced and with which computers.
 */
class SyncFlow : public QObject
{
    Q_OBJECT

public:
    SyncFlow(Collection *collection, const Clock *clock, QWidget *window);
    ~SyncFlow() override;

    /** File → Sync Now: the result in the status bar; a problem in a message box. */
    void syncNow();
    /** File → Sync Settings…: the dialog; a folder newly chosen syncs at once. */
    void openSettings();
    /** Soon after the window opens, when sync is on. */
    void syncOnStart();
    /** As the window closes: waits for a running sync, then syncs once more (window hidden). */
    void syncOnClose();

    bool isOn() const { return m_settings.isOn(); }
    bool isRunning() const;
    /** "Synced 14:05 with Desktop, Tablet", or why the last one failed; empty when sync is off. */
    QString statusText() const;
    QTimer *timer() const { return m_timer; }

signals:
    /** A sentence for the status bar. */
    void message(const QString &text);
    /** statusText() changed. */
    void statusChanged(const QString &text);
    /** A sync ended, with or without success. */
    void finished(bool ok);

private:
    void start(bool manual);
    void finish(const SyncReport &report, bool manual);
    void applySettings(const SyncSettings &settings);
    void updateStatus();
    QString dataDir() const;

    Collection *m_collection;
    const Clock *m_clock;
    QWidget *m_window;
    QTimer *m_timer;
    SyncSettings m_settings;
    QPointer<SyncJob> m_job;
    QString m_lastError;
    QString m_status;
};
