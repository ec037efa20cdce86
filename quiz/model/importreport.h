#pragma once

#include <QList>
#include <QString>

/** One row or item an import could not take, and why; line 0 when the file has no lines. */
struct ImportProblem
{
    qint64 line = 0;
    QString message;
};

/** What to do with an imported card or entry the collection has already. */
enum class DuplicatePolicy {
    Skip,     ///< keep the collection's, drop the imported one
    Update,   ///< the imported text replaces the collection's; its history is kept
    KeepBoth, ///< add the imported one beside it
};

/** What an import did, for the learner and for portdeck-cli import. */
struct ImportReport
{
    QString format;          ///< "csv", "tsv", "apkg", "iana", "services"
    int added = 0;           ///< new cards or entries
    int updated = 0;         ///< duplicates updated
    int skipped = 0;         ///< duplicates skipped
    int reviews = 0;         ///< review-log rows added
    int linked = 0;          ///< cards linked to built-in entries
    int registry = 0;        ///< registered services stored
    int mediaIgnored = 0;    ///< media files of a package, not imported
    bool entries = false;    ///< rows became entries, not plain cards
    bool cancelled = false;
    QString backupFile;      ///< the backup taken before the import
    QList<ImportProblem> problems; ///< rows left out, with their lines
};

#include <QMetaType>
Q_DECLARE_METATYPE(ImportReport)
