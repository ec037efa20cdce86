#pragma once

#include "backupstore.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

/**
 * File → Restore Backup…: the backups, newest first, with their date (in the learner's
 * locale), size and number of reviews; Restore brings back the one chosen. Below, how backups
 * are taken and kept (BackupSettings).
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &dataDir, const BackupSettings &settings, QWidget *parent = nullptr);

    /** The backup chosen; valid when the dialog was accepted. */
    BackupInfo chosen() const;
    /** The settings as edited. */
    BackupSettings settings() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QSpinBox *intervalMinutes() const { return m_interval; }

private:
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_weeks = nullptr;
    QSpinBox *m_months = nullptr;
};
