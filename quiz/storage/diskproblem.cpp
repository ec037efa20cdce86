#include "diskproblem.h"

#include "sqlscript.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <cerrno>

#include <sys/statvfs.h>
#include <unistd.h>

DiskProblem::Kind DiskProblem::fromErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return Kind::Full;
    case EROFS:
        return Kind::ReadOnly;
    case ENOENT:
    case ESTALE:
        return Kind::Gone;
    default:
        return Kind::None;
    }
}

DiskProblem::Kind DiskProblem::ofFolder(const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        // A folder that could not be made may sit on a full or read-only disk; only a folder
        // whose parent is fine is gone.
        const QString parent = QFileInfo(folder).absolutePath();
        const Kind above = parent != folder && QFileInfo(parent).isDir() ? ofFolder(parent) : Kind::None;
        return above != Kind::None ? above : Kind::Gone;
    }
    struct statvfs disk;
    if (statvfs(QFile::encodeName(folder).constData(), &disk) != 0)
        return fromErrno(errno);
    if ((disk.f_flag & ST_RDONLY) != 0)
        return Kind::ReadOnly;
    // A folder whose mode lets this user read but not write (chmod), on a writable disk.
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0 && errno == EACCES)
        return Kind::ReadOnly;
    // A write that fails for want of space leaves a little: SQLite writes pages, a backup megabytes.
    constexpr unsigned long long kNearlyFull = 1 << 20;
    if (static_cast<unsigned long long>(disk.f_bavail) * disk.f_frsize < kNearlyFull)
        return Kind::Full;
    return Kind::None;
}

DiskProblem::Kind DiskProblem::afterSqlFailure(const QSqlDatabase &db, const QString &filePath)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return ofFolder(QFileInfo(filePath).absolutePath());
    const int code = sqlite3_extended_errcode(handle) & 0xff;
    if (code != SQLITE_IOERR && code != SQLITE_FULL && code != SQLITE_READONLY && code != SQLITE_CANTOPEN)
        return Kind::None;
    // SQLite keeps errno only for input and output errors: after another code it is stale.
    const int error = code == SQLITE_IOERR || code == SQLITE_CANTOPEN ? sqlite3_system_errno(handle) : 0;
    const Kind kind = afterFileFailure(filePath, error);
    if (kind != Kind::None)
        return kind;
    return code == SQLITE_FULL ? Kind::Full : code == SQLITE_READONLY ? Kind::ReadOnly : Kind::None;
}

DiskProblem::Kind DiskProblem::afterFileFailure(const QString &path, int error)
{
    const QString folder = QFileInfo(path).absolutePath();
    // SQLite keeps the errno of its last failed call, which may be a side file's open that
    // found nothing (ENOENT) while the folder itself is there.
    const Kind kind = fromErrno(error);
    if (kind == Kind::None || (kind == Kind::Gone && QFileInfo(folder).isDir()))
        return ofFolder(folder);
    return kind;
}

QString DiskProblem::sentence(Kind kind, const QString &path)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    switch (kind) {
    case Kind::Full:
        return tr("The disk that holds %1 is full. Nothing was changed, and what was saved before is "
                  "safe: free some space, then try again.")
            .arg(folder);
    case Kind::ReadOnly:
        return tr("%1 is on a disk or in a folder that cannot be written to (read-only). Nothing was "
                  "changed: make it writable, or copy the data folder somewhere that is, and use that.")
            .arg(folder);
    case Kind::Gone:
        return tr("%1 is gone: the folder was moved or deleted, or its disk was removed. Nothing was "
                  "changed: bring it back, then try again.")
            .arg(folder);
    case Kind::None:
        break;
    }
    return QString();
}

QString DiskProblem::explain(const QString &message, const QString &path)
{
    const Kind kind = ofFolder(QFileInfo(path).absolutePath());
    if (kind == Kind::None)
        return message;
    return tr("%1 (%2)").arg(sentence(kind, path), message);
}
