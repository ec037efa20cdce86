#include "syncflow.h"

#include "clock.h"
#include "collection.h"
#include "deckstore.h"
#include "syncdialog.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSysInfo>
#include <QTimer>
#include <QWidget>

namespace {

constexpr int kStartDelayMs = 3000; // after the first card is up: the folder may be slow to read

} // namespace

SyncFlow::SyncFlow(Collection *collection, const Clock *clock, QWidget *window)
    : QObject(window)
    , m_collection(collection)
    , m_clock(clock)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_job && m_settings.isOn())
            start(false);
    });
    applySettings(SyncStore(*m_collection->store()).settings());
}

SyncFlow::~SyncFlow()
{
    if (m_job)
        m_job->wait();
}

QString SyncFlow::dataDir() const
{
    return QFileInfo(m_collection->store()->filePath()).absolutePath();
}

bool SyncFlow::isRunning() const
{
    return m_job && m_job->isRunning();
}

void SyncFlow::applySettings(const SyncSettings &settings)
{
    m_settings = settings;
    if (m_settings.isOn() && m_settings.intervalMinutes > 0)
        m_timer->start(m_settings.intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
    updateStatus();
}

void SyncFlow::syncOnStart()
{
    if (m_settings.isOn())
        QTimer::singleShot(kStartDelayMs, this, [this] {
            if (!m_job)
                start(false);
        });
}

void SyncFlow::syncNow()
{
    if (m_job)
        return;
    if (!m_settings.isOn()) {
        openSettings();
        return;
    }
    start(true);
}

void SyncFlow::openSettings()
{
    SyncStore sync(*m_collection->store());
    SyncSettings current = m_settings;
    if (current.computerName.isEmpty())
        current.computerName = QSysInfo::machineHostName();
    SyncDialog dialog(current, sync.lastSyncMs(), sync.peers(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SyncSettings chosen = dialog.settings();
    if (!sync.setSettings(chosen)) {
        QMessageBox::warning(m_window, tr("Settings not saved"), sync.errorString());
        return;
    }
    const bool newFolder = chosen.folder != m_settings.folder;
    m_lastError.clear();
    applySettings(chosen);
    if (chosen.isOn() && newFolder && !m_job)
        start(true);
}

void SyncFlow::start(bool manual)
{
    auto *job = new SyncJob(dataDir(), m_settings, m_clock, this);
    m_job = job;
    emit message(tr("Syncing…"));
    connect(job, &SyncJob::finished, this, [this, job, manual](const SyncReport &report) {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        finish(report, manual);
    });
    job->start();
}

void SyncFlow::finish(const SyncReport &report, bool manual)
{
    if (!report.ok) {
        m_lastError = report.error;
        updateStatus();
        if (manual)
            QMessageBox::warning(m_window, tr("Sync failed"), report.error);
        else
            emit message(tr("Sync failed: %1").arg(report.error));
        emit finished(false);
        return;
    }
    m_lastError.clear();
    // Another computer's work is in the collection now: the pages reload, and Undo forgets
    // what came before, so that it cannot take the merge back in part.
    if (report.changed())
        m_collection->replaced();
    else if (report.segmentWritten > 0)
        m_collection->clearUndo(); // what was sent (a deletion) cannot be taken back here alone
    updateStatus();
    QString text = report.reviewsIn > 0 ? tr("Synced: %n answer(s) from your other computers.", nullptr, int(report.reviewsIn))
                   : report.registersIn > 0 ? tr("Synced: changes from your other computers merged.")
                                            : tr("Synced.");
    if (!report.problems.isEmpty()) {
        text += QLatin1Char(' ') + report.problems.join(QLatin1Char(' '));
        if (manual)
            QMessageBox::information(m_window, tr("Sync"), report.problems.join(QStringLiteral("\n\n")));
    }
    emit message(text);
    emit finished(true);
}

void SyncFlow::syncOnClose()
{
    if (m_job)
        m_job->wait();
    QCoreApplication::sendPostedEvents(this);
    if (!m_settings.isOn())
        return;
    const SyncReport report = SyncService::run(*m_collection->store(), dataDir(), m_settings.folder,
                                               m_settings.computerName, m_clock->nowMs());
    if (!report.ok)
        qWarning("portdeck: the sync on close failed: %s", qPrintable(report.error));
}

QString SyncFlow::statusText() const
{
    return m_status;
}

void SyncFlow::updateStatus()
{
    QString status;
    if (m_settings.isOn()) {
        if (!m_lastError.isEmpty()) {
            status = tr("Sync failed");
        } else {
            SyncStore sync(*m_collection->store());
            const qint64 last = sync.lastSyncMs();
            QStringList names;
            for (const SyncPeer &peer : sync.peers())
                names.append(peer.name.isEmpty() ? tr("an unnamed computer") : peer.name);
            const QString when = last > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(last).toLocalTime().time(),
                                                               QLocale::ShortFormat)
                                           : QString();
            if (last <= 0)
                status = tr("Not synced yet");
            else if (names.isEmpty())
                status = tr("Synced %1; no other computer yet").arg(when);
            else
                status = tr("Synced %1 with %2").arg(when, QLocale().createSeparatedList(names));
        }
    }
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}
