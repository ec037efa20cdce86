#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class DeckStore;

/**
 * Why a backup was taken. Scheduled ones (on close, every so many minutes, Back Up Now) are
 * thinned by BackupSettings; the others are safety copies of the collection just before a
 * change that no undo takes back, kept apart (the newest kSafetyCopies) so that a later
 * backup of the same day never replaces the state before an import.
 */
enum class BackupReason { Scheduled, BeforeImport, BeforeRestore, BeforeUpgrade, BeforeSync };

/** One backup file in `<data-dir>/backups/`. */
struct BackupInfo
{
    QString path;
    BackupReason reason = BackupReason::Scheduled;
    QDateTime time;   ///< when it was taken (UTC), from its name
    qint64 bytes = 0;
    int reviews = -1; ///< rows of its review log; -1 when the copy cannot be read, kNotCounted
    static constexpr int kNotCounted = -2; ///< backups(false): left to count, see reviewsIn()
};

/**
 * How many backups are kept, with Anki's three counts: the newest backup of each of the last
 * @c days days, of each of the last @c weeks weeks and of each of the last @c months months
 * (each counting periods that have a backup). Kept in the collection's settings, so the app and
 * portdeck-cli prune alike.
 */
struct BackupSettings
{
    int days = 20;
    int weeks = 12;
    int months = 9;
    /** Minutes between automatic backups while the app is open and the collection changed; 0: off. */
    int intervalMinutes = 30;

    bool operator==(const BackupSettings &) const = default;

    static BackupSettings of(const DeckStore &store);
    /** Writes them into the settings table; no transaction of its own. */
    bool save(DeckStore &store) const;
};

/** What a restore did. */
struct RestoreReport
{
    BackupInfo restored;     ///< the file brought back
    BackupInfo safetyCopy;   ///< the backup of the collection it replaced
    int fromSchema = 0;      ///< the restored file's schema before it was upgraded
};

/**
 * Backups of the collection: copies made with SQLite's `VACUUM INTO` on an open connection (a
 * reader in WAL mode, so answers go on meanwhile), checked with `PRAGMA quick_check` under a
 * temporary name and renamed only when sound, then pruned (BackupSettings). Names sort by time:
 * `portdeck-2026-12-02T02-16-56.123Z.sqlite`, UTC.
 *
 * A restore checks the chosen file, backs up the collection first, makes a copy of the file
 * ready (an older schema upgraded as on open, the review-log sequence never going back) and
 * copies that in with SQLite's backup API onto the open database, in one transaction, so other
 * connections to it stay open and a kill leaves the collection before or after the restore.
 *
 * No transaction may be open on the connection while a backup or a restore runs.
 */
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    explicit BackupStore(const QString &dataDir);

    /** How many safety copies (backups before an import, a restore or an upgrade) are kept. */
    static constexpr int kSafetyCopies = 5;

    static QString folderOf(const QString &dataDir);
    QString folder() const { return folderOf(m_dataDir); }
    /** The name of a backup taken at @p utcMs: its time, and why unless scheduled ("-before-import"). */
    static QString fileNameAt(qint64 utcMs, BackupReason reason = BackupReason::Scheduled);
    /** The time in a backup's name; nullopt for a name Portdeck did not give. */
    static std::optional<QDateTime> timeOfName(const QString &fileName);
    /** Why the backup named @p fileName was taken. */
    static BackupReason reasonOfName(const QString &fileName);

    /**
     * Copies @p store's collection into the backups folder and prunes old backups with the
     * store's settings. The copy is named after @p nowMs. @p pruned receives the names removed.
     */
    std::optional<BackupInfo> backUp(DeckStore &store, qint64 nowMs, QString *error,
                                     QStringList *pruned = nullptr,
                                     BackupReason reason = BackupReason::Scheduled);

    /**
     * The backups, newest first, each with its review count unless @p countReviews is false
     * (opening every copy takes a while; the Restore dialog counts them on a thread).
     */
    QList<BackupInfo> backups(bool countReviews = true) const;
    /** The rows of a backup's review log; -1 when it cannot be read. Opens it read-only. */
    static int reviewsIn(const QString &path);

    /**
     * Which of @p times (any order) the settings no longer keep. Days, weeks (ISO) and months
     * are the local calendar's.
     */
    static QList<QDateTime> obsolete(QList<QDateTime> times, const BackupSettings &settings);
    /**
     * Removes the scheduled backups obsolete() names and the safety copies beyond the newest
     * kSafetyCopies; their file names.
     */
    QStringList prune(const BackupSettings &settings);

    /**
     * Reads @p path as a backup: an SQLite file that passes quick_check, of Portdeck
     * (application_id), of a schema this version reads. Nullopt with a sentence in @p error.
     */
    static std::optional<BackupInfo> inspect(const QString &path, QString *error);

    /**
     * Brings @p path back into @p store's collection (see the class). On failure the collection
     * is as it was.
     */
    std::optional<RestoreReport> restore(DeckStore &store, const QString &path, qint64 nowMs, QString *error);

    /**
     * Puts the backup @p path in the place of a collection too damaged to open, and so to back
     * up. The damaged file keeps its log and index beside it as portdeck-damaged-TIME.sqlite:
     * all three move, or none does, as SQLite would replay a log left behind onto the copy.
     * Takes the folder's lock, so nothing may have the collection open. Opening the collection
     * afterwards upgrades an older backup as usual. The damaged file's new path; nullopt with
     * a sentence in @p error, and nothing changed.
     */
    std::optional<QString> replaceDamaged(const QString &path, qint64 nowMs, QString *error);

    /**
     * For tests: runs on each fresh copy before it is checked, so a test can damage it and see
     * the check refuse it.
     */
    void setBeforeCheck(const std::function<void(const QString &copy)> &hook) { m_beforeCheck = hook; }

    /**
     * The copy, checked and renamed, without pruning: for a caller that keeps it only when its
     * change goes through (an import prunes after its commit and removes the copy on rollback).
     */
    std::optional<BackupInfo> makeCopy(DeckStore &store, qint64 nowMs, QString *error, BackupReason reason);

    /**
     * Removes the copy a restore killed part way left in the backups folder; the opening of
     * the collection calls it while it holds the lock.
     */
    void removeUnfinishedRestore();

private:
    /** Where a restore makes the chosen file ready before it goes in: inside the backups folder. */
    QString stagingFolder() const;

    QString m_dataDir;
    std::function<void(const QString &)> m_beforeCheck;
};
