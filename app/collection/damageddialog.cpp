#include "damageddialog.h"

#include "backupstore.h"
#include "restoredialog.h"

#include <QDateTime>
#include <QDir>
#include <QPushButton>

DamagedDialog::DamagedDialog(const QString &dataDir, const QString &message, QWidget *parent)
    : QMessageBox(parent)
    , m_dataDir(dataDir)
{
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("Portdeck"));
    setText(tr("Your collection cannot be opened."));
    setInformativeText(message);
    // The newest backup that passes its own check: a disk that damaged the collection may
    // have damaged the latest copy too.
    BackupStore backups(dataDir);
    for (const BackupInfo &backup : backups.backups(false)) {
        QString why;
        if (BackupStore::inspect(backup.path, &why)) {
            m_backup = backup.path;
            m_backupName = RestoreDialog::describe(backup);
            break;
        }
    }
    if (!m_backup.isEmpty()) {
        m_restore = addButton(tr("Restore the Backup of %1").arg(m_backupName), QMessageBox::AcceptRole);
        setDefaultButton(m_restore);
    }
    addButton(tr("Quit"), QMessageBox::RejectRole);
}

bool DamagedDialog::restore()
{
    if (m_backup.isEmpty()) {
        m_error = tr("There is no backup to restore.");
        return false;
    }
    const std::optional<QString> kept =
        BackupStore(m_dataDir).replaceDamaged(m_backup, QDateTime::currentMSecsSinceEpoch(), &m_error);
    if (!kept)
        return false;
    m_keptAs = *kept;
    return true;
}

bool DamagedDialog::offer(const QString &dataDir, const QString &message, QString *note)
{
    DamagedDialog dialog(dataDir, message);
    dialog.exec();
    if (!dialog.restoreButton() || dialog.clickedButton() != dialog.restoreButton())
        return false;
    if (!dialog.restore()) {
        QMessageBox::critical(nullptr, tr("Portdeck"), dialog.errorString());
        return false;
    }
    *note = tr("The backup of %1 was restored. The damaged collection is kept as %2.")
                .arg(dialog.m_backupName, QDir::toNativeSeparators(dialog.keptAs()));
    return true;
}
