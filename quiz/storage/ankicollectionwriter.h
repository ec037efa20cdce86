#pragma once

#include "ankicollection.h"

#include <QCoreApplication>
#include <QString>

/**
 * Writes an `AnkiCollection` as a schema-11 collection (`collection.anki2`), the file every
 * Anki since 2.1 and AnkiDroid import: the `col` row with its `models`, `decks`, `dconf` and
 * `conf` JSON, then notes (with `sfld` and `csum` computed), cards and review-log rows as they
 * are given. Deck 1 ("Default") is added when missing, as Anki expects it. Note fields are
 * HTML: plain text must be escaped by the caller. One transaction, statements prepared once.
 */
class AnkiCollectionWriter
{
    Q_DECLARE_TR_FUNCTIONS(AnkiCollectionWriter)

public:
    /**
     * Writes @p collection to a new file @p path (an existing file is replaced). False with a
     * sentence in @p error: a note of an unknown note type, a card of an unknown note or deck,
     * or a write error. The file is then incomplete; the caller discards it.
     */
    static bool write(const QString &path, const AnkiCollection &collection, QString *error);

    /** Anki's `csum`: the first 8 hex digits of SHA-1 of the stripped first field, as a number. */
    static qint64 fieldChecksum(const QString &strippedField);
};
