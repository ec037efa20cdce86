// CSV and TSV import: the file, Anki's "#" headers, the columns guessed from it, and the import
// itself into a collection (rolled back after each input).
#include "delimitedtext.h"
#include "fuzzinput.h"
#include "importer.h"
#include "importmapping.h"

#include <QSqlDatabase>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    fuzzinput::scratchCollection();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<DelimitedText> text = DelimitedTextReader::read(fuzzinput::bytes(data, size), &error);
    if (!text) {
        if (error.isEmpty())
            __builtin_trap(); // refused without saying why
        return 0;
    }
    const ImportMapping mapping = ImportMapping::guess(*text);
    if (!mapping.problem().isEmpty())
        return 0;
    DeckStore &store = fuzzinput::scratchCollection();
    QSqlDatabase db = store.database();
    if (!db.transaction())
        __builtin_trap();
    Importer importer(store);
    const std::optional<ImportReport> report = importer.importText(*text, mapping);
    if (!report && importer.errorString().isEmpty())
        __builtin_trap(); // failed without saying why
    db.rollback();
    return 0;
}
