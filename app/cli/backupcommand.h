#pragma once

#include <QString>

/**
 * `portdeck-cli backup`: a backup of the collection now (JSON: file, size, reviews, pruned).
 * Returns the exit code: 0 done, 1 failed (the reason on standard error).
 */
int runBackup(const QString &dataDir);
/** `portdeck-cli backups`: the backups, newest first, as a JSON list. */
int runBackups(const QString &dataDir);
/**
 * `portdeck-cli restore FILE`: the collection replaced by FILE after a backup of it; refused
 * while Portdeck holds the folder. A damaged collection, which cannot be backed up, is kept
 * beside it under another name. JSON out.
 */
int runRestore(const QString &dataDir, const QString &file);
