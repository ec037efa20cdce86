#include "backupstore.h"

#include "boundquery.h"
#include "diskproblem.h"
#include "deckstore.h"
#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using boundquery::exec;

namespace {

const char kPrefix[] = "portdeck-";
const char kSuffix[] = ".sqlite";
// UTC, so that names sort by time whatever the time zone and daylight saving do.
const char kTimeFormat[] = "yyyy-MM-dd'T'HH-mm-ss.zzz";

// A read-only SQLite connection of its own to a backup file, closed when it goes.
class BackupFile
{
public:
    explicit BackupFile(const QString &path, bool writable = false, bool create = false)
    {
        const int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | (create ? SQLITE_OPEN_CREATE : 0);
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    ~BackupFile() { sqlite3_close_v2(m_db); }
    BackupFile(const BackupFile &) = delete;
    BackupFile &operator=(const BackupFile &) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    /** Every row's first column of @p sql as text; nullopt when the statement fails. */
    std::optional<QStringList> column(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return std::nullopt;
        QStringList rows;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return std::nullopt;
        return rows;
    }
    std::optional<qint64> number(const char *sql) const
    {
        const std::optional<QStringList> rows = column(sql);
        if (!rows || rows->isEmpty())
            return std::nullopt;
        return rows->constFirst().toLongLong();
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// What quick_check says is wrong; empty when the file is sound.
QStringList quickCheck(const BackupFile &file)
{
    const std::optional<QStringList> rows = file.column("PRAGMA quick_check");
    if (!rows)
        return {file.error()};
    QStringList problems = *rows;
    problems.removeAll(QStringLiteral("ok"));
    return problems;
}

bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

// A file and the journal files SQLite may have left beside it.
void removeWithSideFiles(const QString &path)
{
    for (const char *side : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(side));
}

std::optional<qint64> reviewSequence(const DeckStore &store)
{
    QSqlQuery q(store.database());
    if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'revlog_sequence'")) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

// Copies @p from over @p to's main database with SQLite's backup API, in one transaction of the
// destination: all of it or nothing.
bool copyDatabase(sqlite3 *from, sqlite3 *to, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    // Another connection of this process (an answer being saved) may hold the write lock briefly.
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace

BackupSettings BackupSettings::of(const DeckStore &store)
{
    BackupSettings settings;
    const QJsonObject json = QJsonDocument::fromJson(store.setting(QStringLiteral("backups")).toUtf8()).object();
    auto read = [&json](const char *key, int fallback, int low) {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? std::max(low, value.toInt()) : fallback;
    };
    settings.days = read("days", settings.days, 1);
    settings.weeks = read("weeks", settings.weeks, 0);
    settings.months = read("months", settings.months, 0);
    settings.intervalMinutes = read("interval_minutes", settings.intervalMinutes, 0);
    return settings;
}

bool BackupSettings::save(DeckStore &store) const
{
    const QJsonObject json{{QStringLiteral("days"), days},
                           {QStringLiteral("weeks"), weeks},
                           {QStringLiteral("months"), months},
                           {QStringLiteral("interval_minutes"), intervalMinutes}};
    return store.setSetting(QStringLiteral("backups"),
                            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

BackupStore::BackupStore(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

QString BackupStore::folderOf(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("backups"));
}

QString BackupStore::stagingFolder() const
{
    // Hidden, and never a backup's name: backups() and prune() pass it by.
    return QDir(folder()).absoluteFilePath(QStringLiteral(".restoring"));
}

void BackupStore::removeUnfinishedRestore()
{
    QDir(stagingFolder()).removeRecursively();
}

namespace {

// The words a safety copy's name carries after its time; a scheduled backup's name has none.
QString reasonTag(BackupReason reason)
{
    switch (reason) {
    case BackupReason::BeforeImport: return QStringLiteral("-before-import");
    case BackupReason::BeforeRestore: return QStringLiteral("-before-restore");
    case BackupReason::BeforeUpgrade: return QStringLiteral("-before-upgrade");
    case BackupReason::BeforeSync: return QStringLiteral("-before-sync");
    case BackupReason::Scheduled: break;
    }
    return {};
}

constexpr BackupReason kSafetyReasons[] = {BackupReason::BeforeImport, BackupReason::BeforeRestore,
                                           BackupReason::BeforeUpgrade, BackupReason::BeforeSync};

} // namespace

QString BackupStore::fileNameAt(qint64 utcMs, BackupReason reason)
{
    return QLatin1String(kPrefix) + QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(QLatin1String(kTimeFormat))
           + QLatin1Char('Z') + reasonTag(reason) + QLatin1String(kSuffix);
}

BackupReason BackupStore::reasonOfName(const QString &fileName)
{
    for (BackupReason reason : kSafetyReasons) {
        if (fileName.endsWith(reasonTag(reason) + QLatin1String(kSuffix)))
            return reason;
    }
    return BackupReason::Scheduled;
}

std::optional<QDateTime> BackupStore::timeOfName(const QString &fileName)
{
    const QString tail = QStringLiteral("Z") + reasonTag(reasonOfName(fileName)) + QLatin1String(kSuffix);
    if (!fileName.startsWith(QLatin1String(kPrefix)) || !fileName.endsWith(tail))
        return std::nullopt;
    const QString stamp = fileName.mid(qsizetype(sizeof kPrefix) - 1,
                                       fileName.size() - qsizetype(sizeof kPrefix) + 1 - tail.size());
    // Date and time apart, then UTC: read as one local time, a stamp in the hour a daylight
    // saving change skips would come out shifted or invalid.
    const QDate date = QDate::fromString(stamp.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(stamp.mid(11), QStringLiteral("HH-mm-ss.zzz"));
    if (stamp.size() != 23 || stamp.at(10) != QLatin1Char('T') || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

std::optional<BackupInfo> BackupStore::backUp(DeckStore &store, qint64 nowMs, QString *error, QStringList *pruned,
                                              BackupReason reason)
{
    const std::optional<BackupInfo> info = makeCopy(store, nowMs, error, reason);
    if (!info) {
        *error = DiskProblem::explain(*error, QDir(folder()).filePath(fileNameAt(nowMs, reason)));
        return std::nullopt;
    }
    const QStringList removed = prune(BackupSettings::of(store));
    if (pruned)
        *pruned = removed;
    return info;
}

std::optional<BackupInfo> BackupStore::makeCopy(DeckStore &store, qint64 nowMs, QString *error, BackupReason reason)
{
    const QDir dir(folder());
    if (const QString outside = DeckStore::linkOutOf(m_dataDir, dir.absolutePath()); !outside.isEmpty()) {
        *error = outside;
        return std::nullopt;
    }
    if (!DeckStore::makePrivateFolder(dir.absolutePath())) {
        *error = tr("Cannot create the backups folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath()));
        return std::nullopt;
    }
    // Two backups within a millisecond (a restore's safety copy and a test's clock) get apart.
    qint64 at = nowMs;
    while (QFileInfo::exists(dir.filePath(fileNameAt(at))) || QFileInfo::exists(dir.filePath(fileNameAt(at, reason))))
        ++at;
    const QString path = dir.filePath(fileNameAt(at, reason));
    const QString temporary = path + QStringLiteral(".part");
    removeWithSideFiles(temporary);

    {
        QSqlQuery q(store.database());
        if (!exec(q, QStringLiteral("VACUUM INTO ?"), {temporary})) {
            *error = tr("The backup could not be made: %1").arg(q.lastError().text());
            removeWithSideFiles(temporary);
            return std::nullopt;
        }
    }
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the learner's alone
    if (m_beforeCheck)
        m_beforeCheck(temporary);

    // A plain file (no write-ahead log) that a read-only reader opens without side files; then
    // SQLite's check of the copy, not of the original, before it may count as a backup.
    BackupInfo info;
    QStringList problems;
    {
        BackupFile copy(temporary, true);
        if (!copy.isOpen() || !copy.column("PRAGMA journal_mode = DELETE")) {
            problems.append(copy.error());
        } else {
            problems = quickCheck(copy);
            if (problems.isEmpty())
                info.reviews = int(copy.number("SELECT count(*) FROM revlog").value_or(-1));
        }
    }
    if (problems.isEmpty() && !syncToDisk(temporary))
        problems.append(tr("it could not be written to the disk"));
    if (!problems.isEmpty() || !QFile::rename(temporary, path)) {
        removeWithSideFiles(temporary);
        *error = problems.isEmpty()
                     ? tr("The backup could not be saved as %1.").arg(QDir::toNativeSeparators(path))
                     : tr("The backup failed its check (%1) and was deleted. Your collection is unchanged.")
                           .arg(problems.constFirst());
        return std::nullopt;
    }
    info.path = path;
    info.reason = reason;
    info.time = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    info.bytes = QFileInfo(path).size();
    return info;
}

int BackupStore::reviewsIn(const QString &path)
{
    const BackupFile file(path);
    return file.isOpen() ? int(file.number("SELECT count(*) FROM revlog").value_or(-1)) : -1;
}

QList<BackupInfo> BackupStore::backups(bool countReviews) const
{
    QList<BackupInfo> list;
    const QDir dir(folder());
    const QStringList names = dir.entryList({QLatin1String(kPrefix) + QLatin1Char('*') + QLatin1String(kSuffix)},
                                            QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const std::optional<QDateTime> time = timeOfName(name);
        if (!time)
            continue;
        BackupInfo info;
        info.path = dir.filePath(name);
        info.reason = reasonOfName(name);
        info.time = *time;
        info.bytes = QFileInfo(info.path).size();
        info.reviews = countReviews ? reviewsIn(info.path) : BackupInfo::kNotCounted;
        list.append(info);
    }
    return list;
}

QList<QDateTime> BackupStore::obsolete(QList<QDateTime> times, const BackupSettings &settings)
{
    std::sort(times.begin(), times.end(), std::greater<>());
    // Each count on its own, newest first: the newest backup of each of the last `days` days
    // that have one, of the last `weeks` weeks and of the last `months` months; a backup one of
    // them wants stays. Unlike thinning in stages, this gives the same result whether it runs
    // after every backup or once over all of them, so what stays is exactly what the settings say.
    struct Count
    {
        int left;
        qint64 last = -1;
    };
    Count days{std::max(settings.days, 1)}; // the newest backup always stays
    Count weeks{settings.weeks};
    Count months{settings.months};
    auto wants = [](Count &count, qint64 period) {
        if (count.left <= 0 || period == count.last)
            return false;
        count.last = period;
        --count.left;
        return true;
    };
    QList<QDateTime> gone;
    for (const QDateTime &time : std::as_const(times)) {
        const QDate day = time.toLocalTime().date();
        int weekYear = 0;
        const int weekNumber = day.weekNumber(&weekYear);
        // Evaluated one by one: every count sees every backup.
        const bool daily = wants(days, day.toJulianDay());
        const bool weekly = wants(weeks, qint64(weekYear) * 100 + weekNumber);
        const bool monthly = wants(months, qint64(day.year()) * 12 + day.month());
        if (!daily && !weekly && !monthly)
            gone.append(time);
    }
    return gone;
}

QStringList BackupStore::prune(const BackupSettings &settings)
{
    // Copies a killed process left half made: never a backup, as large as the collection.
    const QDir folderDir(folder());
    for (const QString &name : folderDir.entryList({QLatin1String(kPrefix) + QStringLiteral("*.part*")}, QDir::Files)) {
        if (QFileInfo(folderDir.filePath(name)).lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(folderDir.filePath(name));
    }
    const QList<BackupInfo> all = [this] {
        // Names and times only: no need to open every file.
        QList<BackupInfo> list;
        const QDir dir(folder());
        for (const QString &name : dir.entryList({QLatin1String(kPrefix) + QLatin1Char('*') + QLatin1String(kSuffix)},
                                                 QDir::Files)) {
            if (const std::optional<QDateTime> time = timeOfName(name))
                list.append({dir.filePath(name), reasonOfName(name), *time, 0, -1});
        }
        return list;
    }();
    QList<QDateTime> times;
    QList<QDateTime> safetyTimes;
    for (const BackupInfo &info : all)
        (info.reason == BackupReason::Scheduled ? times : safetyTimes).append(info.time);
    const QList<QDateTime> gone = obsolete(times, settings);
    // Safety copies are kept apart from the counts: the newest few, whatever their day.
    std::sort(safetyTimes.begin(), safetyTimes.end(), std::greater<>());
    const QList<QDateTime> keptSafety = safetyTimes.mid(0, kSafetyCopies);
    QStringList removed;
    for (const BackupInfo &info : all) {
        const bool obsolete = info.reason == BackupReason::Scheduled ? gone.contains(info.time)
                                                                      : !keptSafety.contains(info.time);
        if (obsolete && QFile::remove(info.path))
            removed.append(QFileInfo(info.path).fileName());
    }
    removed.sort();
    return removed;
}

std::optional<BackupInfo> BackupStore::inspect(const QString &path, QString *error)
{
    QFile raw(path);
    if (!raw.open(QIODevice::ReadOnly)) {
        *error = tr("It cannot be read: %1.").arg(raw.errorString());
        return std::nullopt;
    }
    if (raw.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("It is not an SQLite database.");
        return std::nullopt;
    }
    raw.close();
    const BackupFile file(path);
    if (!file.isOpen()) {
        *error = tr("It cannot be opened: %1.").arg(file.error());
        return std::nullopt;
    }
    const QStringList problems = quickCheck(file);
    if (!problems.isEmpty()) {
        *error = tr("It is damaged (%1).").arg(problems.constFirst());
        return std::nullopt;
    }
    const qint64 applicationId = file.number("PRAGMA application_id").value_or(0);
    const qint64 schema = file.number("PRAGMA user_version").value_or(0);
    if (applicationId != DeckStore::kApplicationId || schema < 1) {
        *error = tr("It is an SQLite database of another program, not a Portdeck collection.");
        return std::nullopt;
    }
    if (schema > DeckStore::kSchemaVersion) {
        *error = tr("It was written by a newer Portdeck (schema %1; this version reads up to schema %2).")
                     .arg(schema)
                     .arg(DeckStore::kSchemaVersion);
        return std::nullopt;
    }
    const std::optional<qint64> reviews = file.number("SELECT count(*) FROM revlog");
    if (!reviews) {
        *error = tr("It is not a complete Portdeck collection: %1.").arg(file.error());
        return std::nullopt;
    }
    BackupInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.time = timeOfName(QFileInfo(path).fileName()).value_or(QFileInfo(path).lastModified().toUTC());
    info.bytes = QFileInfo(path).size();
    info.reviews = int(*reviews);
    return info;
}

std::optional<RestoreReport> BackupStore::restore(DeckStore &store, const QString &path, qint64 nowMs, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QString why;
    const std::optional<BackupInfo> chosen = inspect(path, &why);
    if (!chosen) {
        *error = tr("%1 cannot be restored. %2 Your collection is unchanged.").arg(name, why);
        return std::nullopt;
    }
    RestoreReport report;
    report.restored = *chosen;
    {
        const BackupFile file(path);
        report.fromSchema = int(file.number("PRAGMA user_version").value_or(0));
    }

    // The collection it replaces is kept first: a restore is never a loss. Pruning waits until
    // the chosen file has been read, as the copy may make it obsolete.
    const std::optional<BackupInfo> safety = makeCopy(store, nowMs, &why, BackupReason::BeforeRestore);
    if (!safety) {
        *error = tr("Nothing was restored: the backup of your current collection failed. %1").arg(why);
        return std::nullopt;
    }
    report.safetyCopy = *safety;
    // How backups are kept belongs to this machine's backups, not to the collection's past.
    const BackupSettings settingsBefore = BackupSettings::of(store);
    const QString idBefore = store.collectionId();
    const qint64 nodeBefore = store.collectionNode();

    // The chosen file is made ready in a copy of its own (upgraded as on open, its identity, its
    // review-id sequence and the backup settings set) and goes in whole, in one transaction: a
    // restore killed at any moment leaves the collection as before it or as after it, never with
    // the backup's older sequence, which would give review ids out a second time.
    removeUnfinishedRestore();
    const QString staging = stagingFolder();
    const QString staged = QDir(staging).absoluteFilePath(DeckStore::fileName());
    struct Cleanup
    {
        BackupStore *backups;
        ~Cleanup() { backups->removeUnfinishedRestore(); }
    } cleanup{this};
    auto stage = [&](QString *message) {
        if (!QDir().mkpath(staging)) {
            *message = tr("cannot create %1").arg(QDir::toNativeSeparators(staging));
            return false;
        }
        {
            const BackupFile source(path);
            const BackupFile target(staged, true, true);
            if (!source.isOpen() || !target.isOpen()) {
                *message = source.isOpen() ? target.error() : source.error();
                return false;
            }
            if (!copyDatabase(source.handle(), target.handle(), message))
                return false;
        }
        DeckStore copy;
        if (copy.open(staging, DeckStore::Mode::Worker, store.deck()) != DeckStore::Status::Ok || !copy.upgrade()) {
            *message = copy.errorString();
            return false;
        }
        QSqlQuery q(copy.database());
        // A file from before collections had an identity (schema 5) is this collection as it
        // was: it keeps the identity and the node its review ids were given under.
        bool ok = true;
        if (report.fromSchema < 5 && nodeBefore > 0)
            ok = exec(q, QStringLiteral("UPDATE meta SET value = CASE key WHEN 'collection_id' THEN ? ELSE ? END "
                                        "WHERE key IN ('collection_id', 'collection_node')"),
                      {idBefore, QString::number(nodeBefore)});
        // Read last, just before the copy goes in: the sequence as it is when the file is
        // replaced. Review ids given out before the restore are never given again.
        const qint64 sequenceBefore = reviewSequence(store).value_or(0);
        ok = ok && exec(q, QStringLiteral("UPDATE meta SET value = max(CAST(value AS INTEGER), ?) WHERE key = 'revlog_sequence'"),
                        {sequenceBefore});
        ok = ok && settingsBefore.save(copy);
        if (!ok)
            *message = q.lastError().isValid() ? q.lastError().text() : copy.database().lastError().text();
        return ok;
    };

    sqlite3 *live = sqliteHandle(store.database());
    auto copyIn = [live](const QString &from, QString *message) {
        const BackupFile source(from);
        if (!source.isOpen()) {
            *message = source.error();
            return false;
        }
        return copyDatabase(source.handle(), live, message);
    };
    if (!live || !stage(&why) || !copyIn(staged, &why)) {
        *error = DiskProblem::explain(tr("%1 could not be restored: %2. Your collection is unchanged.").arg(name, why), staging);
        return std::nullopt;
    }

    // The file that went in is current; this brings the connection's own view up to it.
    if (!store.upgrade()) {
        const QString problem = store.errorString();
        // Back to the collection as it was, from the copy just made.
        QString undoError;
        if (!copyIn(safety->path, &undoError)) {
            *error = tr("%1 could not be restored (%2), and putting your collection back failed too (%3). "
                        "Your collection as it was is in %4.")
                         .arg(name, problem, undoError, QDir::toNativeSeparators(safety->path));
            return std::nullopt;
        }
        *error = tr("%1 could not be restored: %2. Your collection is unchanged.").arg(name, problem);
        return std::nullopt;
    }
    prune(BackupSettings::of(store));
    return report;
}

std::optional<QString> BackupStore::replaceDamaged(const QString &path, qint64 nowMs, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QString why;
    if (!inspect(path, &why)) {
        *error = tr("%1 cannot be restored. %2 Your collection is unchanged.").arg(name, why);
        return std::nullopt;
    }
    const QDir dir(m_dataDir);
    const QString current = dir.absoluteFilePath(DeckStore::fileName());
    const QString kept = dir.absoluteFilePath(
        QStringLiteral("portdeck-damaged-%1.sqlite")
            .arg(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH-mm-ss'Z'"))));
    QLockFile lock(dir.absoluteFilePath(QStringLiteral("portdeck.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        *error = tr("Portdeck is using %1; close it first. Your collection is unchanged.").arg(QDir::toNativeSeparators(m_dataDir));
        return std::nullopt;
    }
    const QStringList sides{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    QStringList moved;
    const auto moveBack = [&] {
        for (const QString &side : std::as_const(moved))
            QFile::rename(kept + side, current + side);
    };
    for (const QString &side : sides) {
        if (!QFile::exists(current + side))
            continue;
        if (!QFile::rename(current + side, kept + side)) {
            moveBack();
            *error = DiskProblem::explain(tr("The damaged %1 could not be moved aside. Your collection is unchanged.")
                                              .arg(QDir::toNativeSeparators(current + side)),
                                          current);
            return std::nullopt;
        }
        moved.append(side);
    }
    QFile::remove(current + QStringLiteral(".sound")); // a certificate of the damaged file says nothing of the copy
    if (!QFile::copy(path, current)) {
        QFile::remove(current);
        moveBack();
        *error = DiskProblem::explain(tr("%1 could not be copied in. Your collection is unchanged.").arg(name), current);
        return std::nullopt;
    }
    QFile::setPermissions(current, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return kept;
}
