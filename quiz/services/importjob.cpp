#include "importjob.h"
#include "diskproblem.h"

#include "syncstore.h"

#include "ankipackage.h"
#include "backupstore.h"
#include "deckstore.h"
#include "delimitedtext.h"
#include "importer.h"
#include "registryparser.h"
#include "registrystore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QScopeGuard>
#include <QSqlError>
#include <QThread>

namespace {

// The collection as it was, kept: an import is no undo step, and this backup takes it back.
// Only an import that commits keeps it (and then prunes): a cancelled or failed one leaves
// nothing behind, and never pushes an older safety copy out.
class SafetyCopy
{
public:
    explicit SafetyCopy(DeckStore &store)
        : m_store(store)
        , m_backups(QFileInfo(store.filePath()).absolutePath())
    {
    }
    ~SafetyCopy()
    {
        if (m_copy && !m_kept)
            QFile::remove(m_copy->path);
    }
    bool make(QString *error)
    {
        QString backupError;
        m_copy = m_backups.makeCopy(m_store, QDateTime::currentMSecsSinceEpoch(), &backupError, BackupReason::BeforeImport);
        if (!m_copy)
            *error = QCoreApplication::translate("ImportJob", "Nothing was imported: the backup before the import failed. %1")
                         .arg(backupError);
        return m_copy.has_value();
    }
    void keep()
    {
        m_kept = true;
        m_backups.prune(BackupSettings::of(m_store));
    }

private:
    DeckStore &m_store;
    BackupStore m_backups;
    std::optional<BackupInfo> m_copy;
    bool m_kept = false;
};

} // namespace

ImportJob::ImportJob(const QString &dataDir, const ImportRequest &request, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_request(request)
{
    qRegisterMetaType<ImportReport>();
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    // The connection is made and used on the worker thread only, as Qt's SQL classes require.
    m_thread = QThread::create([this] {
        DeckStore store;
        if (store.open(m_dataDir, DeckStore::Mode::Worker) != DeckStore::Status::Ok) {
            emit failed(store.errorString());
            return;
        }
        QString error;
        const std::optional<ImportReport> report = run(
            store, m_request,
            [this](qint64 done, qint64 total) {
                emit progressed(done, total);
                return !m_cancel.load();
            },
            &error);
        store.close();
        if (report)
            emit finished(*report);
        else
            emit failed(error);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

ImportRequest::Kind ImportJob::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("apkg") || suffix == QLatin1String("colpkg"))
        return ImportRequest::Kind::AnkiPackage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportRequest::Kind::Text; // reading it again names the problem
    const QByteArray head = file.read(4096);
    if (head.startsWith(QByteArray("PK\x03\x04", 4)))
        return ImportRequest::Kind::AnkiPackage;
    if (RegistryParser::isRegistryFile(head, path))
        return ImportRequest::Kind::Registry;
    return ImportRequest::Kind::Text;
}

std::optional<ImportReport> ImportJob::run(DeckStore &store, const ImportRequest &request,
                                          const Progress &progress, QString *error)
{
    std::optional<ImportReport> report = runUnexplained(store, request, progress, error);
    if (!report)
        *error = DiskProblem::explain(*error, store.filePath());
    return report;
}

std::optional<ImportReport> ImportJob::runUnexplained(DeckStore &store, const ImportRequest &request,
                                                      const Progress &progress, QString *error)
{
    const ImportRequest::Kind kind = request.kind == ImportRequest::Kind::Detect ? kindOf(request.path) : request.kind;
    if (kind == ImportRequest::Kind::Registry)
        return runRegistry(store, request, progress, error);
    const QString name = QDir::toNativeSeparators(request.path);
    // Read and check the whole file before the collection is touched.
    std::optional<DelimitedText> text;
    std::optional<AnkiCollection> package;
    if (kind == ImportRequest::Kind::AnkiPackage) {
        QString readError;
        package = readAnkiPackage(request.path, &readError);
        if (!package) {
            *error = QCoreApplication::translate("ImportJob", "%1 cannot be imported. %2").arg(name, readError);
            return std::nullopt;
        }
    } else {
        QFile file(request.path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("ImportJob", "Cannot read %1: %2").arg(name, file.errorString());
            return std::nullopt;
        }
        if (file.size() > DelimitedTextReader::kMaxFileBytes) {
            *error = QCoreApplication::translate("ImportJob", "%1 is %2 MiB; Portdeck imports text files of up to %3 MiB.")
                         .arg(name)
                         .arg(file.size() >> 20)
                         .arg(DelimitedTextReader::kMaxFileBytes >> 20);
            return std::nullopt;
        }
        QString readError;
        text = DelimitedTextReader::read(file.readAll(), &readError, request.separator);
        if (!text) {
            *error = QCoreApplication::translate("ImportJob", "%1 cannot be imported. %2").arg(name, readError);
            return std::nullopt;
        }
    }

    SafetyCopy safety(store);
    if (!safety.make(error))
        return std::nullopt;

    ImportMapping mapping;
    if (text) {
        mapping = request.guessMapping ? ImportMapping::guess(*text) : request.mapping;
        mapping.duplicates = request.duplicates;
        mapping.headerRow = mapping.headerRow || request.headerRow;
        mapping.tags += request.tags;
    }
    // Cards, with their tags and reviews, refer only to rows the import made or read: their
    // references need no checking. Entries go through EntryStore, which relies on cascades.
    const bool cardsOnly = package || !mapping.asEntries();
    if (cardsOnly && !store.setForeignKeysChecked(false)) {
        *error = store.errorString();
        return std::nullopt;
    }
    const auto checkAgain = qScopeGuard([&] {
        if (cardsOnly)
            store.setForeignKeysChecked(true);
    });

    QSqlDatabase db = store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    Importer importer(store, progress);
    std::optional<ImportReport> report;
    if (package) {
        AnkiImportOptions options;
        options.duplicates = request.duplicates;
        options.linkEntries = request.linkEntries;
        report = importer.importAnki(*package, options);
    } else {
        report = importer.importText(*text, mapping);
    }
    if (!report || report->cancelled) {
        db.rollback();
        if (!report)
            *error = importer.errorString();
        return report;
    }
    // What the import added goes into the sync journal with the import's own time.
    SyncStore sync(store);
    if (!sync.capture(QDateTime::currentMSecsSinceEpoch())) {
        db.rollback();
        *error = sync.errorString();
        return std::nullopt;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    safety.keep();
    return report;
}

std::optional<ImportReport> ImportJob::runRegistry(DeckStore &store, const ImportRequest &request,
                                                  const Progress &progress, QString *error)
{
    const QString name = QDir::toNativeSeparators(request.path);
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ImportJob", "Cannot read %1: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    QString readError;
    const std::optional<RegistryFile> registry = RegistryParser::parse(file.read(RegistryParser::kMaxFileBytes + 1),
                                                                       &readError);
    if (!registry) {
        *error = QCoreApplication::translate("ImportJob", "%1 cannot be imported. %2").arg(name, readError);
        return std::nullopt;
    }
    SafetyCopy safety(store);
    if (!safety.make(error))
        return std::nullopt;
    QSqlDatabase db = store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    ImportReport report;
    report.format = registrySourceKey(registry->source);
    report.problems = registry->problems;
    RegistryStore registryStore(store);
    if (!registryStore.replace(registry->source, registry->services, progress)) {
        db.rollback();
        if (registryStore.wasCancelled()) {
            report.cancelled = true;
            return report;
        }
        *error = registryStore.errorString();
        return std::nullopt;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    safety.keep();
    report.registry = int(registry->services.size());
    return report;
}
