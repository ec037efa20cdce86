#include "importflow.h"

#include "collection.h"
#include "deckstore.h"
#include "importdialog.h"
#include "importjob.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

ImportFlow::ImportFlow(Collection *collection, QWidget *window)
    : QObject(window)
    , m_collection(collection)
    , m_window(window)
{
}

void ImportFlow::start(const QString &chosen)
{
    if (m_job)
        return;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(
            m_window, tr("Import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Text files (*.csv *.tsv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    ImportDialog dialog(path, file.read(DelimitedTextReader::kMaxFileBytes + 1), m_window);
    if (!dialog.isReadable()) {
        fail(tr("%1 cannot be imported. %2").arg(QFileInfo(path).fileName(), dialog.errorString()));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(dialog.request());
}

void ImportFlow::run(const ImportRequest &request)
{
    const QString dataDir = QFileInfo(m_collection->store()->filePath()).absolutePath();
    m_job = new ImportJob(dataDir, request, this);
    m_progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(request.path).fileName()), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
    connect(m_job, &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        // Permille, so a count past int's range still fits the bar.
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &ImportJob::finished, this, &ImportFlow::finish);
    connect(m_job, &ImportJob::failed, this, &ImportFlow::fail);
    m_job->start();
}

void ImportFlow::finish(const ImportReport &report)
{
    if (m_progress)
        m_progress->deleteLater();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    if (report.cancelled) {
        QMessageBox::information(m_window, tr("Import cancelled"),
                                 tr("The import was cancelled. Nothing was added to your collection."));
        emit done(report);
        return;
    }
    CollectionChanges changes;
    changes.facts = true;
    changes.reviews = report.reviews > 0;
    m_collection->announce(changes);

    const QString what = report.entries ? tr("%n entry(ies) added", nullptr, report.added)
                                        : tr("%n card(s) added", nullptr, report.added);
    QStringList parts{what};
    if (report.updated)
        parts.append(tr("%n updated", nullptr, report.updated));
    if (report.skipped)
        parts.append(tr("%n skipped as duplicates", nullptr, report.skipped));
    QMessageBox box(report.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import finished"),
                    parts.join(QStringLiteral(", ")) + QLatin1Char('.'), QMessageBox::Ok, m_window);
    if (!report.problems.isEmpty()) {
        box.setInformativeText(tr("%n row(s) were left out; the details name each line and why.", nullptr,
                                  int(report.problems.size())));
        QStringList lines;
        for (const ImportProblem &p : report.problems)
            lines.append(tr("Line %1: %2").arg(p.line).arg(p.message));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box.exec();
    emit done(report);
}

void ImportFlow::fail(const QString &message)
{
    if (m_progress)
        m_progress->deleteLater();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    QMessageBox::warning(m_window, tr("Import failed"),
                         message + QLatin1Char('\n') + tr("Your collection is as it was before."));
    emit done({});
}
