// Anki packages (.apkg, .colpkg): the zip, the collection inside it (SQLite, perhaps zstd) and
// its note types, then the import itself into a collection (rolled back after each input).
#include "ankipackage.h"
#include "ankitemplate.h"
#include "deck.h"
#include "fuzzinput.h"
#include "importer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

static QString packagePath;
static QList<Fact> facts;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    static QTemporaryDir dir;
    packagePath = dir.filePath(QStringLiteral("input.apkg"));
    for (const DeckFact &f : Deck::builtin().facts)
        facts.append(f.fact);
    fuzzinput::scratchCollection();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(packagePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        __builtin_trap();
    file.close();

    // Small limits, so that a bomb is found without unpacking gigabytes.
    ZipLimits limits;
    limits.maxEntryBytes = 8 << 20;
    limits.maxTotalBytes = 16 << 20;
    limits.maxEntries = 1000;
    QString error;
    const std::optional<AnkiCollection> package = readAnkiPackage(packagePath, &error, limits);
    if (!package) {
        if (error.isEmpty())
            __builtin_trap(); // refused without saying why
        return 0;
    }
    Importer::summarize(*package, facts);
    DeckStore &store = fuzzinput::scratchCollection();
    QSqlDatabase db = store.database();
    if (!db.transaction())
        __builtin_trap();
    Importer importer(store);
    AnkiImportOptions options;
    const std::optional<ImportReport> report = importer.importAnki(*package, options);
    if (!report && importer.errorString().isEmpty())
        __builtin_trap(); // failed without saying why
    db.rollback();
    return 0;
}
