#include "reschedulerun.h"

#include "collection.h"
#include "deckstore.h"
#include "memoryjob.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

bool RescheduleRun::run(QWidget *parent, Collection *collection, const StudySettings &settings, bool withDue)
{
    MemoryJob job(MemoryJob::Kind::Replay, QFileInfo(collection->store()->filePath()).absolutePath(), settings);
    QProgressDialog progress(withDue ? tr("Rescheduling your cards…") : tr("Updating your cards' memory…"),
                             tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("rescheduleProgress"));
    progress.setWindowTitle(tr("Reschedule"));
    progress.setWindowModality(Qt::WindowModal);
    // Shown at once: window-modal, it keeps the learner from answering or applying twice meanwhile.
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QEventLoop loop;
    bool ok = false;
    QString failure;
    QObject::connect(&job, &MemoryJob::progressed, &progress, [&](qint64 done, qint64 total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
    });
    QObject::connect(&job, &MemoryJob::replayed, &loop, [&](const std::vector<ReplayedCard> &cards) {
        progress.setLabelText(tr("Saving…"));
        ok = collection->reschedule(settings, cards, withDue);
        if (!ok)
            failure = tr("The cards could not be rescheduled; nothing was changed.");
        loop.quit();
    });
    QObject::connect(&job, &MemoryJob::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    QObject::connect(&job, &MemoryJob::cancelled, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &job, &MemoryJob::cancel);
    job.start();
    loop.exec();
    progress.reset();
    if (!failure.isEmpty())
        QMessageBox::warning(parent, tr("Reschedule"), failure);
    return ok;
}
