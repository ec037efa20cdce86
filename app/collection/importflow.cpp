#include "importflow.h"

#include "collection.h"
#include "deckstore.h"
#include "importdialog.h"
#include "importer.h"
#include "importjob.h"
#include "ankipackage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QEventLoop>
#include <QLabel>
#include <QThread>
#include <QVBoxLayout>

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
            tr("Cards to import (*.csv *.tsv *.txt *.apkg *.colpkg);;Text files (*.csv *.tsv *.txt);;"
               "Anki packages (*.apkg *.colpkg);;Port registries (IANA's service-names CSV, services) "
               "(*.csv services);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    const ImportRequest::Kind kind = ImportJob::kindOf(path);
    if (kind == ImportRequest::Kind::AnkiPackage) {
        startAnki(path);
        return;
    }
    if (kind == ImportRequest::Kind::Registry) {
        // Nothing to choose: the registry replaces the one the Table looks ports up in.
        ImportRequest request;
        request.path = path;
        request.kind = kind;
        run(request);
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

void ImportFlow::startAnki(const QString &path)
{
    // Unpacking and rendering a large package takes a moment: on a worker thread (no database
    // there), while the window stays drawn behind a busy dialog.
    QString error;
    std::optional<AnkiCollection> package;
    AnkiPackageSummary summary;
    const QList<Fact> facts = m_collection->store()->facts();
    QThread *worker = QThread::create([&] {
        package = readAnkiPackage(path, &error);
        if (package)
            summary = Importer::summarize(*package, facts);
    });
    {
        QProgressDialog busy(tr("Reading %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, m_window);
        busy.setCancelButton(nullptr);
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(500);
        QEventLoop loop;
        connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        worker->wait();
        delete worker;
    }
    if (!package) {
        fail(tr("%1 cannot be imported. %2").arg(QFileInfo(path).fileName(), error));
        return;
    }

    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("ankiImportDialog"));
    dialog.setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(&dialog);
    QStringList parts{tr("%n note(s)", nullptr, summary.notes), tr("%n card(s)", nullptr, summary.cards),
                      tr("%n review(s) of history", nullptr, summary.reviews)};
    auto *what = new QLabel(tr("This Anki package holds %1. The cards come in as your own cards, and their "
                               "history is replayed with Portdeck's scheduler, so they are due when they would "
                               "have been had you studied them here. Your collection is backed up first.")
                                .arg(parts.join(QStringLiteral(", "))),
                            &dialog);
    what->setWordWrap(true);
    layout->addWidget(what);
    if (summary.media > 0) {
        auto *media = new QLabel(tr("%n media file(s) (pictures, sounds) are not imported; cards keep their text.",
                                    nullptr, summary.media),
                                 &dialog);
        media->setWordWrap(true);
        layout->addWidget(media);
    }
    auto *link = new QCheckBox(tr("Link the %n card(s) that ask about a built-in entry to that entry", nullptr,
                                  summary.linkable),
                               &dialog);
    link->setObjectName(QStringLiteral("linkEntries"));
    link->setChecked(summary.linkable > 0);
    link->setVisible(summary.linkable > 0);
    layout->addWidget(link);
    auto *form = new QFormLayout;
    auto *duplicates = new QComboBox(&dialog);
    duplicates->setObjectName(QStringLiteral("duplicates"));
    duplicates->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    duplicates->addItem(tr("Update their text"), int(DuplicatePolicy::Update));
    duplicates->addItem(tr("Keep both"), int(DuplicatePolicy::KeepBoth));
    form->addRow(tr("Cards you imported before:"), duplicates);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ImportRequest request;
    request.path = path;
    request.kind = ImportRequest::Kind::AnkiPackage;
    request.linkEntries = link->isChecked();
    request.duplicates = DuplicatePolicy(duplicates->currentData().toInt());
    run(request);
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
    if (report.format == QLatin1String("iana") || report.format == QLatin1String("services")) {
        finishRegistry(report);
        emit done(report);
        return;
    }

    const QString what = report.entries ? tr("%n entry(ies) added", nullptr, report.added)
                                        : tr("%n card(s) added", nullptr, report.added);
    QStringList parts{what};
    if (report.updated)
        parts.append(tr("%n updated", nullptr, report.updated));
    if (report.skipped)
        parts.append(tr("%n skipped as duplicates", nullptr, report.skipped));
    if (report.reviews)
        parts.append(tr("%n review(s) of history", nullptr, report.reviews));
    if (report.linked)
        parts.append(tr("%n linked to built-in entries", nullptr, report.linked));
    QMessageBox box(report.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import finished"),
                    parts.join(QStringLiteral(", ")) + QLatin1Char('.'), QMessageBox::Ok, m_window);
    listProblems(box, report);
    box.exec();
    emit done(report);
}

void ImportFlow::listProblems(QMessageBox &box, const ImportReport &report) const
{
    if (report.problems.isEmpty())
        return;
    box.setInformativeText(tr("%n row(s) were left out; the details name each line and why.", nullptr,
                              int(report.problems.size())));
    QStringList lines;
    for (const ImportProblem &p : report.problems)
        lines.append(tr("Line %1: %2").arg(p.line).arg(p.message));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
}

void ImportFlow::finishRegistry(const ImportReport &report)
{
    const QString from = report.format == QLatin1String("iana") ? tr("IANA's registry") : tr("the services file");
    QMessageBox box(report.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import finished"),
                    tr("%Ln registered service(s) imported from %1. Look them up in the Table's “All Registered "
                       "Ports”; no cards were added to your study.",
                       nullptr, report.registry)
                        .arg(from),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("registryImportReport"));
    listProblems(box, report);
    box.exec();
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
