#pragma once

#include "ankicollection.h"
#include "ziparchive.h"

#include <QString>

#include <optional>

/**
 * Anki packages: `.apkg` (decks) and `.colpkg` (a whole collection) are the same zip container.
 *
 * Reading picks `collection.anki21b` (zstd, schema 18) over `collection.anki21` over
 * `collection.anki2` — a current package also holds a legacy file that only says "please
 * update Anki" — unpacks it within @p limits into a temporary folder that is removed before
 * returning, and reads it with `AnkiCollectionReader`. Media are counted (numbered entries),
 * not read. Refused with a sentence for the learner: not a zip file, no collection inside,
 * unsafe entry names, zip or zstd bombs, a package of a newer Anki, a damaged or foreign
 * database.
 */
std::optional<AnkiCollection> readAnkiPackage(const QString &path, QString *error,
                                              const ZipLimits &limits = {});

/**
 * Writes @p collection as an `.apkg` every Anki since 2.1 and AnkiDroid import: a zip holding
 * `collection.anki2` (schema 11, `AnkiCollectionWriter`) and an empty media map `{}`, saved
 * through a QSaveFile (an existing file is replaced only when all went well).
 */
bool writeAnkiPackage(const QString &path, const AnkiCollection &collection, QString *error);
