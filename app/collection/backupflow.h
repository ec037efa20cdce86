#pragma once

#include "backupstore.h"

#include <QObject>
#include <QPointer>
#include <QString>

class BackupJob;
class Collection;
class QMenu;
class QProgressDialog;
class QTimer;
class QWidget;

/**
 * The window's backups: File → Back Up Now, File → Restore Backup (the newest backups, or
 * RestoreDialog with all of them; a confirmation, the restore on its worker thread, the pages
 * reloaded), an automatic backup
 * every BackupSettings::intervalMinutes while the collection changed since the last one, and
 * one when the window closes. Backups run on a worker thread (BackupJob), so study goes on.
 */
class BackupFlow : public QObject
{
    Q_OBJECT

public:
    BackupFlow(Collection *collection, QWidget *window);
    ~BackupFlow() override;

    /** File → Back Up Now: a status message when done, an error box on failure. */
    void backUpNow();
    /** File → Restore Backup → All Backups and Settings…: the dialog, then restoreFrom(). */
    void restore();
    /**
     * Restores @p backup after a confirmation that names its date and reviews: the current
     * collection is backed up first, the restore runs on a worker thread, the pages reload.
     */
    void restoreFrom(BackupInfo backup);
    /**
     * File → Restore Backup, as it opens: the newest backups, one click each, and the dialog
     * with all of them and the settings. Yesterday's collection is three clicks away: File,
     * its backup, Restore.
     */
    void fillRestoreMenu(QMenu *menu);
    /**
     * As the window closes: waits for a running job, then backs up (on this thread, the window
     * already hidden) if the collection changed since the last backup.
     */
    void backUpOnClose();

    bool isRunning() const;
    /** The collection changed since the last backup. */
    bool hasChanges() const { return m_changed; }
    QTimer *timer() const { return m_timer; }

signals:
    /** A sentence for the status bar. */
    void message(const QString &text);
    /** A job ended: backed up, restored or failed. */
    void finished(bool ok);

private:
    void applySettings(const BackupSettings &settings);
    void startBackup(bool manual);
    QString dataDir() const;

    Collection *m_collection;
    QWidget *m_window;
    QTimer *m_timer;
    QPointer<BackupJob> m_job;
    QPointer<QProgressDialog> m_progress;
    bool m_changed = false;
};
