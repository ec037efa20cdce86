#pragma once

#include "syncstore.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

/**
 * File → Sync Settings…: the shared folder a file-sync program (Syncthing, Nextcloud,
 * Dropbox) keeps the same on every computer, this computer's name as the others list it, and
 * how often to sync while open. Below, when it last synced and the computers merged so far.
 * An empty folder turns sync off.
 */
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(const SyncSettings &settings, qint64 lastSyncMs, const QList<SyncPeer> &peers,
               QWidget *parent = nullptr);

    /** The settings as edited. */
    SyncSettings settings() const;
    /** "Never", or the local date and time of @p ms. */
    static QString describeTime(qint64 ms);

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *intervalMinutes() const { return m_interval; }
    QTreeWidget *computers() const { return m_computers; }

private:
    void chooseFolder();
    void updateButtons();

    QLineEdit *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_interval = nullptr;
    QTreeWidget *m_computers = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
