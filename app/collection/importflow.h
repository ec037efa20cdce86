#pragma once

#include "importreport.h"

#include <QObject>
#include <QPointer>
#include <QString>

class Collection;
#include "importjob.h"
#include <QProgressDialog>
class QMessageBox;
class QWidget;

/**
 * File → Import…: the file chosen, its columns mapped (ImportDialog), the import run on its
 * worker thread behind a progress dialog with Cancel, and a report at the end that names every
 * row left out by its line. The collection announces the change, so the pages refresh.
 */
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(Collection *collection, QWidget *window);

    /** Asks for a file, unless @p path names one, and imports it. */
    void start(const QString &path = {});
    bool isRunning() const { return m_job != nullptr; }

signals:
    /** The import ended: committed, cancelled (report.cancelled) or failed (empty report). */
    void done(const ImportReport &report);

private:
    void startAnki(const QString &path);
    void run(const ImportRequest &request);
    void finish(const ImportReport &report);
    void finishRegistry(const ImportReport &report);
    void fail(const QString &message);
    /** The rows left out, by line, in the report box's details. */
    void listProblems(QMessageBox &box, const ImportReport &report) const;

    Collection *m_collection;
    QWidget *m_window;
    QPointer<ImportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};
