#pragma once

#include "syncstore.h"

#include <QCoreApplication>
#include <QString>
#include <QSet>
#include <QStringList>

#include <optional>

class DeckStore;

/** How one sync went: what came in, what went out, and anything refused. */
struct SyncReport
{
    bool ok = false;
    QString error;                  ///< why nothing was merged (ok is false)
    QStringList problems;           ///< what was merged around: a newer journal, a damaged segment
    qint64 registersIn = 0;         ///< register writes read from other computers
    qint64 reviewsIn = 0;           ///< reviews added from other computers
    qint64 reviewsDropped = 0;      ///< reviews of cards deleted here
    qint64 cardsReplayed = 0;
    qint64 segmentsRead = 0;
    qint64 registersOut = 0;
    qint64 reviewsOut = 0;
    qint64 segmentWritten = 0;      ///< the number of this collection's new segment; 0 when nothing changed
    QString backupPath;             ///< the copy taken before the first merge with a new computer
    QList<SyncPeer> peers;          ///< every computer merged so far
    QList<std::pair<QString, double>> stagesMs; ///< how long each step took, for the benchmark
    bool changed() const { return registersIn > 0 || reviewsIn > 0 || cardsReplayed > 0; }
};

/**
 * Sync through a folder that a file-sync engine (Syncthing, Nextcloud, Dropbox) keeps the same
 * on every computer. Each collection writes only its own journal, `portdeck-<collection id>/`:
 * numbered segments (`00000001.pdj`, JournalSegmentFormat), each written whole under a
 * temporary name and renamed, and `computer.json` with the learner's name for the computer.
 * It reads every other journal from where it stopped, in order: a missing number waits (a
 * segment not copied yet), an incomplete one waits, a damaged one or a newer format is reported
 * and that journal waits for a fixed copy or an update; files with other names (the conflict
 * copies a sync engine makes) are left alone.
 *
 * A sync, on a read-write store (the window's worker connection or the command line's):
 * 1. capture what changed since the last capture (SyncStore::capture; the first sync enables);
 * 2. read the other journals' new segments;
 * 3. back up before the first merge with a computer never merged before;
 * 4. merge in one transaction: registers (newest wins, deletions always), reviews (union by id,
 *    undos by id), then every affected card replayed from its merged history (Rescheduler);
 * 5. write this collection's new segment, then record it as sent.
 * A kill anywhere leaves the collection as before the step, and the next sync repeats it:
 * reading a segment twice changes nothing.
 */
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    /** This computer's journal folder inside the sync folder. */
    static QString journalDir(const QString &folder, const QString &collectionId);

    /**
     * Replays the cards of @p keys (every card with @p all) from their review logs, as a merge
     * does, and saves their schedules (SyncStore::writeSchedules; @p memoryOnly keeps the due
     * dates of cards not in @p keys). The number of cards replayed, or nullopt with @p error.
     * Runs inside the caller's transaction.
     */
    static std::optional<qint64> replayCards(DeckStore &store, const QSet<QString> &keys, bool all, bool memoryOnly,
                                             QString *error);

    static SyncReport run(DeckStore &store, const QString &dataDir, const QString &folder,
                          const QString &computerName, qint64 nowMs);
};
