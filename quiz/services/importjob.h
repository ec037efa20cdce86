#pragma once

#include "importmapping.h"
#include "importreport.h"

#include <QChar>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class DeckStore;
class QThread;

/** What to import and how: the file, and the choices the learner made up front. */
struct ImportRequest
{
    /** Registry: IANA's service-names CSV or a services file, into the Table's lookup (no cards). */
    enum class Kind { Detect, Text, AnkiPackage, Registry };

    QString path;
    Kind kind = Kind::Detect; ///< Detect: ImportJob::kindOf(path)
    /** For Anki packages: cards matching built-in entries join them. */
    bool linkEntries = true;
    /** For CSV and TSV: what each column holds; empty columns: guessed from the file. */
    ImportMapping mapping;
    bool guessMapping = true;
    QChar separator;   ///< null: the header's, else guessed
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    bool headerRow = false;  ///< the first row names the columns (also when guessed)
    QStringList tags;        ///< added to every imported card or entry
};

/**
 * One import, as a unit: the file read and checked, then written in one transaction of the
 * connection it is given, committed only when every row is in; a failure or a cancel rolls
 * everything back, so the collection is exactly as it was.
 *
 * run() works on any open read-write store (portdeck-cli import runs it on its own); start()
 * runs it on a worker thread with a connection of its own, so the window never waits, and
 * reports progress, and cancel() stops it.
 */
class ImportJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ImportJob(const QString &dataDir, const ImportRequest &request, QObject *parent = nullptr);
    ~ImportJob() override;

    /** Starts the import on a worker thread; finished() or failed() follows, once. */
    void start();
    /** Asks the running import to stop; it rolls back and reports report.cancelled. */
    void cancel();

    /**
     * An Anki package (by its name or its zip header), a port registry (IANA's header, or a
     * file named "services" that reads like one: RegistryParser::isRegistryFile), else text.
     */
    static ImportRequest::Kind kindOf(const QString &path);

    /**
     * The import on @p store, in the calling thread. std::nullopt with @p error on failure; a
     * full disk or a read-only folder is said as such.
     */
    static std::optional<ImportReport> run(DeckStore &store, const ImportRequest &request,
                                           const Progress &progress, QString *error);

signals:
    /** How far the import is (rows or items); emitted from the worker thread, queued. */
    void progressed(qint64 done, qint64 total);
    void finished(const ImportReport &report);
    void failed(const QString &message);

private:
    static std::optional<ImportReport> runUnexplained(DeckStore &store, const ImportRequest &request,
                                                      const Progress &progress, QString *error);
    /** A port registry: it replaces the registry the Table looks ports up in; no card is added. */
    static std::optional<ImportReport> runRegistry(DeckStore &store, const ImportRequest &request,
                                                   const Progress &progress, QString *error);

    QString m_dataDir;
    ImportRequest m_request;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};
