#pragma once

// Collections in the states the storage tests need: an own entry to add, a page damaged as a
// failing disk would leave it.

#include "deck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace collectionfixtures {

/** An entry of the learner's own, on a port the built-in deck does not name. */
inline DeckFact ownEntry()
{
    DeckFact entry;
    entry.fact.kind = FactKind::Protocol;
    entry.fact.name = QStringLiteral("Acme Sync");
    entry.fact.ports = {{8443, Transport::Tcp, {}}};
    entry.fact.function = QStringLiteral("Keeps the office file shares in step");
    return entry;
}

/**
 * Overwrites 64 bytes inside the fourth page of the SQLite file at @p path, as a failing disk
 * might. With @p keepModifiedTime the file's time of change is put back, so only its bytes
 * tell. False when the file has no fourth page or cannot be written.
 */
inline bool damagePage(const QString &path, bool keepModifiedTime = false)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    QFile db(path);
    if (!db.open(QIODevice::ReadWrite) || db.size() <= 4 * 4096)
        return false;
    db.seek(3 * 4096 + 8);
    if (db.write(QByteArray(64, '\x5a')) != 64 || !db.flush())
        return false;
    return !keepModifiedTime || db.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace collectionfixtures
