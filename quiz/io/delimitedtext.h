#pragma once

#include "importreport.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One data row of a text file: its fields and the line it starts on (1-based). */
struct TextRow
{
    qint64 line = 0;
    QStringList fields;
};

/**
 * A CSV or TSV file in Anki's plain-text format: header lines at the top ("#separator:Tab",
 * "#html:true", "#columns:Front	Back	Tags", "#tags column:3", "#notetype column:",
 * "#deck column:", "#guid column:", "#tags:"), then rows. Columns are 0-based here, -1 when
 * the header does not name one.
 */
struct DelimitedText
{
    QChar separator = QLatin1Char('\t');
    bool separatorFromHeader = false;
    bool html = false;
    QStringList columnNames;  ///< "#columns:", or empty
    int tagsColumn = -1;
    int notetypeColumn = -1;
    int deckColumn = -1;
    int guidColumn = -1;
    QStringList tags;         ///< "#tags:": tags for every row
    QList<TextRow> rows;
    QList<ImportProblem> problems; ///< rows that could not be read, with their lines

    /** The widest row's (or the column names') number of fields. */
    int columnCount() const;
};

/**
 * Reads Anki's plain-text import format (RFC 4180 quoting, fields that span lines). The file
 * must be UTF-8 (a BOM is allowed) or UTF-16 with a BOM; NUL bytes, other encodings and files
 * too large to be a deck are refused with a sentence that says why. A row that cannot be read
 * (an unterminated quote, a field over kMaxFieldBytes) is left out and reported by line.
 */
class DelimitedTextReader
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedTextReader)

public:
    static constexpr qint64 kMaxFileBytes = qint64(512) << 20;
    static constexpr int kMaxFieldChars = 1 << 20;

    /** @p separator overrides the header's and the guessed separator when not null. */
    static std::optional<DelimitedText> read(const QByteArray &bytes, QString *error,
                                             QChar separator = QChar());
    /** Reads a separator name of the "#separator:" header (Tab, Comma, …, or the character). */
    static std::optional<QChar> parseSeparator(const QString &text);
};
