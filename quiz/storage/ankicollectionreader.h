#pragma once

#include "ankicollection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * Reads an Anki collection file (the SQLite database inside a package) into values, through a
 * read-only SQLite connection of its own that is closed before `read` returns. Schema 11
 * (`collection.anki2`, `.anki21`: note types and decks as JSON in `col`) and schema 15 to 18
 * (`collection.anki21b`: the `notetypes`, `fields`, `templates` and `decks` tables, templates'
 * formats in protobuf blobs). One statement a table, so 100,000 notes read in a blink.
 *
 * Refused, with a sentence for the learner: a file that is no SQLite database or is damaged,
 * an SQLite database of another program, a collection of a newer Anki, and notes with absurd
 * content (a field over `kMaxFieldBytes`, NUL bytes, text that is not UTF-8), named by their
 * first field.
 */
class AnkiCollectionReader
{
    Q_DECLARE_TR_FUNCTIONS(AnkiCollectionReader)

public:
    static constexpr qint64 kMaxFieldBytes = qint64(1) << 20;

    /** The collection in @p path; std::nullopt with the reason in @p error. */
    static std::optional<AnkiCollection> read(const QString &path, QString *error);
};
