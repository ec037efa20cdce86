#pragma once

#include <QString>

/** The choices of `portdeck-cli import`, as given on the command line (empty: the default). */
struct ImportOptions
{
    QString columns;     ///< --columns question,answer,tags
    QString separator;   ///< --separator tab|comma|semicolon|pipe|…
    QString duplicates;  ///< --duplicates skip|update|keep
    QString tags;        ///< --tags "word word": added to every imported card
    bool headerRow = false; ///< --header: the first row names the columns
};

/**
 * `portdeck-cli import FILE`: a CSV or TSV file in Anki's plain-text format, in one
 * transaction; a JSON report on standard output (added, updated, skipped, problems with their
 * lines). Returns the exit code: 0 imported, 1 nothing written (the reason on standard error),
 * 2 a usage error.
 */
int runImport(const QString &dataDir, const QString &path, const ImportOptions &options);

/** The choices of `portdeck-cli export`. */
struct ExportOptions
{
    QString format;      ///< csv, tsv, apkg, revlog
    QString output;      ///< -o FILE, or standard output
    QString search;      ///< --search QUERY: the cards to export (all when empty)
    bool entries = false; ///< --entries: the entries instead of the cards
    bool scheduling = false; ///< --scheduling: an .apkg keeps states and review history
};

/** `portdeck-cli export`: cards, entries or the review log. Returns the exit code. */
int runExport(const QString &dataDir, const ExportOptions &options);
