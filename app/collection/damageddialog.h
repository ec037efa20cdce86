#pragma once

#include <QMessageBox>

class QPushButton;

/**
 * What the learner sees when Portdeck starts on a collection it will not open because it is
 * damaged, or was emptied by a failing disk: DeckStore's sentence, and the way out in one
 * button, the newest backup that passes its check (RestoreDialog::describe names it). The
 * damaged file is kept beside the restored one (BackupStore::replaceDamaged). Shown before
 * the window, which then opens on the restored collection.
 */
class DamagedDialog : public QMessageBox
{
    Q_OBJECT

public:
    DamagedDialog(const QString &dataDir, const QString &message, QWidget *parent = nullptr);

    /** The backup Restore brings back; empty when no backup passes its check. */
    QString offeredBackup() const { return m_backup; }
    /** nullptr when there is nothing to restore. */
    QPushButton *restoreButton() const { return m_restore; }

    /** Restores the offered backup, as the button asks; false with errorString(). */
    bool restore();
    QString errorString() const { return m_error; }
    /** Where the damaged file was kept, after restore(). */
    QString keptAs() const { return m_keptAs; }

    /**
     * Shows the dialog and restores when the learner asks; true when the collection was
     * replaced, with @p note set to a sentence for the status bar.
     */
    static bool offer(const QString &dataDir, const QString &message, QString *note);

private:
    QString m_dataDir;
    QString m_backup;
    QString m_backupName;
    QPushButton *m_restore = nullptr;
    QString m_error;
    QString m_keptAs;
};
