#pragma once

#include "delimitedtext.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** What one column of a CSV or TSV file holds. */
enum class ImportField {
    Ignore,
    Question, ///< a plain card's question
    Answer,   ///< a plain card's answer
    Tags,     ///< tags separated by spaces
    Key,      ///< an identity (Anki's GUID column, a Portdeck key): finds duplicates
    Name,     ///< an entry's name: the rows become entries
    FullName,
    Ports,    ///< "tcp/22 udp/53", "22", "20-21"
    Transport,///< TCP, UDP or both, for ports given as bare numbers
    Function,
    Security, ///< yes, no, partial, optional, n/a
    Aliases,  ///< other names, separated by commas
};

/**
 * How the rows of a text file become cards or entries: what each column holds, whether the
 * first row names the columns, duplicates, and tags for every row. guess() reads Anki's
 * header lines or a first row of column names; the import dialog and portdeck-cli import
 * --columns change it.
 */
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QList<ImportField> columns;
    bool headerRow = false;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    QStringList tags;

    /** Rows become entries (a Name column), not plain cards. */
    bool asEntries() const { return columns.contains(ImportField::Name); }
    ImportField field(int column) const { return column < columns.size() ? columns.at(column) : ImportField::Ignore; }

    /** Why the mapping cannot import anything, or empty when it can. */
    QString problem() const;

    static ImportMapping guess(const DelimitedText &text);
    /** "question,answer,tags" (portdeck-cli import --columns); "-" or "ignore" skips a column. */
    static std::optional<ImportMapping> parseColumns(const QString &spec, QString *error);
    /** What a column name means ("Front", "Back", "Port", …), or nullopt for none known. */
    static std::optional<ImportField> fieldOfName(const QString &name);
    /** The word portdeck-cli uses for @p field. */
    static QString fieldKey(ImportField field);
    /** @p field for the learner, e.g. "Question". */
    static QString fieldTitle(ImportField field);
    static QList<ImportField> allFields();
};
