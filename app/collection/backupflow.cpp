#include "backupflow.h"

#include "backupjob.h"
#include "collection.h"
#include "deckstore.h"
#include "restoredialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMenu>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

BackupFlow::BackupFlow(Collection *collection, QWidget *window)
    : QObject(window)
    , m_collection(collection)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    connect(m_collection, &Collection::changed, this, [this] { m_changed = true; });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_changed && !m_job)
            startBackup(false);
    });
    applySettings(BackupSettings::of(*m_collection->store()));
}

BackupFlow::~BackupFlow()
{
    if (m_job)
        m_job->wait();
}

QString BackupFlow::dataDir() const
{
    return QFileInfo(m_collection->store()->filePath()).absolutePath();
}

bool BackupFlow::isRunning() const
{
    return m_job && m_job->isRunning();
}

void BackupFlow::applySettings(const BackupSettings &settings)
{
    if (settings.intervalMinutes > 0)
        m_timer->start(settings.intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
}

void BackupFlow::backUpNow()
{
    if (m_job)
        return;
    startBackup(true);
}

namespace {

// Keeps a busy dialog up until its work ends: Esc and the close button do nothing.
class UncloseableFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
            return true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void BackupFlow::startBackup(bool manual)
{
    auto *job = new BackupJob(dataDir(), this);
    m_job = job;
    // Changes made while the copy runs count toward the next backup.
    m_changed = false;
    connect(job, &BackupJob::backedUp, this, [this, job, manual](const BackupInfo &backup, const QStringList &pruned) {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        const QString when = QLocale().toString(backup.time.toLocalTime(), QLocale::ShortFormat);
        QString text = manual ? tr("Backed up: %1 (%2).").arg(when, QLocale().formattedDataSize(backup.bytes))
                              : tr("Automatic backup made: %1.").arg(when);
        if (!pruned.isEmpty())
            text += QLatin1Char(' ') + tr("%n older backup(s) removed.", nullptr, int(pruned.size()));
        emit message(text);
        emit finished(true);
    });
    connect(job, &BackupJob::failed, this, [this, job, manual](const QString &error) {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        m_changed = true;
        if (manual)
            QMessageBox::warning(m_window, tr("Backup failed"), error);
        else
            emit message(tr("The automatic backup failed: %1").arg(error));
        emit finished(false);
    });
    job->start();
}

void BackupFlow::restore()
{
    DeckStore *store = m_collection->store();
    const BackupSettings before = BackupSettings::of(*store);
    RestoreDialog dialog(dataDir(), before, m_window);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    const BackupSettings settings = dialog.settings();
    if (!(settings == before)) {
        if (m_collection->setBackupSettings(settings))
            applySettings(settings);
        else
            QMessageBox::warning(m_window, tr("Settings not saved"), m_collection->errorString());
    }
    const BackupInfo chosen = dialog.chosen();
    if (!accepted || chosen.path.isEmpty())
        return;
    restoreFrom(chosen);
}

void BackupFlow::fillRestoreMenu(QMenu *menu)
{
    // Read as the menu opens: names and sizes only, no backup file is opened.
    constexpr int kNewest = 10;
    menu->clear();
    const QList<BackupInfo> backups = BackupStore(dataDir()).backups(false);
    if (backups.isEmpty())
        menu->addAction(tr("No backups yet"))->setEnabled(false);
    for (const BackupInfo &backup : backups.mid(0, kNewest)) {
        QAction *action = menu->addAction(RestoreDialog::describe(backup), this, [this, backup] { restoreFrom(backup); });
        action->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("&All Backups and Settings…"), this, [this] { restore(); });
    all->setObjectName(QStringLiteral("restoreBackup"));
}

void BackupFlow::restoreFrom(BackupInfo chosen)
{
    // A backup running now ends before the restore begins (below), so no click goes unanswered.
    DeckStore *store = m_collection->store();
    if (chosen.reviews == BackupInfo::kNotCounted)
        chosen.reviews = BackupStore::reviewsIn(chosen.path); // one file's count: a moment
    if (chosen.reviews < 0) {
        QMessageBox::warning(m_window, tr("Restore failed"),
                             tr("The backup of %1 cannot be read; choose another one.")
                                 .arg(RestoreDialog::describe(chosen)));
        return;
    }

    const QString when = QLocale().toString(chosen.time.toLocalTime(), QLocale::LongFormat);
    QMessageBox confirm(QMessageBox::Question, tr("Restore Backup"),
                        tr("Go back to your collection of %1, with %n review(s)?", nullptr, chosen.reviews).arg(when),
                        QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("confirmRestore"));
    confirm.setInformativeText(tr("Your current collection is backed up first: if you change your mind, "
                                  "restore that backup. Undo cannot take a restore back."));
    QAbstractButton *go = confirm.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return;
    // An automatic backup may have started while the dialogs were open: it ends first, as the
    // restore replaces the file it reads.
    if (m_job) {
        m_job->wait();
        QCoreApplication::sendPostedEvents(this);
    }

    auto *job = new BackupJob(dataDir(), chosen.path, store->deck(), this);
    m_job = job;
    m_progress = new QProgressDialog(tr("Restoring your collection of %1…").arg(when), QString(), 0, 0, m_window);
    m_progress->setCancelButton(nullptr);
    // Modal at once and not to be closed: an answer given while the file is replaced would be
    // in neither the safety copy nor the restored collection.
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->installEventFilter(new UncloseableFilter(m_progress));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(job, &BackupJob::restored, this, [this, job](const RestoreReport &report) {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        m_collection->replaced();
        // The restored collection is itself a backup: nothing new to keep until it changes, so the
        // copy of the collection it replaced is not pruned by the next backup of the day.
        m_changed = false;
        emit message(tr("Restored your collection of %1. The one it replaced is kept as the backup of %2.")
                         .arg(QLocale().toString(report.restored.time.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(report.safetyCopy.time.toLocalTime(), QLocale::ShortFormat)));
        emit finished(true);
    });
    connect(job, &BackupJob::failed, this, [this, job](const QString &error) {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        QMessageBox::warning(m_window, tr("Restore failed"), error);
        emit finished(false);
    });
    job->start();
}

void BackupFlow::backUpOnClose()
{
    if (m_job)
        m_job->wait();
    QCoreApplication::sendPostedEvents(this); // the job's last signal, which may clear m_changed
    if (!m_changed)
        return;
    QString error;
    DeckStore *store = m_collection->store();
    if (BackupStore(dataDir()).backUp(*store, QDateTime::currentMSecsSinceEpoch(), &error))
        m_changed = false;
    else
        qWarning("portdeck: the backup on close failed: %s", qPrintable(error));
}
