#pragma once

#include "backupstore.h"

#include <QDialog>
#include <QList>

#include <atomic>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QThread;
class QTreeWidget;

/**
 * File → Restore Backup…: the backups, newest first, with their date (in the learner's
 * locale), why a safety copy was taken, size and number of reviews (counted on a thread, so
 * the dialog opens at once); Restore brings back the one chosen. Below, how backups
 * are taken and kept (BackupSettings).
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &dataDir, const BackupSettings &settings, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    /** A backup as the learner knows it: its local date and time, and why it was taken. */
    static QString describe(const BackupInfo &backup);

    /** The backup chosen; valid when the dialog was accepted. */
    BackupInfo chosen() const;
    /** The settings as edited. */
    BackupSettings settings() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QSpinBox *intervalMinutes() const { return m_interval; }

private:
    /** Counts each backup's reviews on a thread of its own: a large copy takes a while to open. */
    void countReviews();
    void showReviews(int row, int reviews);

    QList<BackupInfo> m_backups;
    QThread *m_counter = nullptr;
    std::atomic<bool> m_stop{false};
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_weeks = nullptr;
    QSpinBox *m_months = nullptr;
};
