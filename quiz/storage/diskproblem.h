#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

/**
 * What is wrong under a file Portdeck could not read or write, when it is the disk and not the
 * file: the disk is full, the folder is read-only, or the folder is gone. A learner told
 * "damaged" or "disk I/O error" might throw away a healthy collection; told "the disk is full"
 * they know what to do. Found from the system's error (errno, as SQLite keeps it), then by
 * looking at the folder (statvfs).
 */
class DiskProblem
{
    Q_DECLARE_TR_FUNCTIONS(DiskProblem)

public:
    enum class Kind { None, Full, ReadOnly, Gone };

    /** ENOSPC and EDQUOT: full; EROFS: read-only; ENOENT and ESTALE: gone. */
    static Kind fromErrno(int error);
    /** The folder @p folder as it is now: gone, on a read-only mount, or with less than 1 MiB free. */
    static Kind ofFolder(const QString &folder);
    /**
     * After a failed statement on @p db, whose file is @p filePath: the disk's problem when
     * SQLite's last error was one of input or output (I/O, full, read-only, cannot open).
     */
    static Kind afterSqlFailure(const QSqlDatabase &db, const QString &filePath);
    /** After a failed write of @p path (errno, else the folder it is in). */
    static Kind afterFileFailure(const QString &path, int error);

    /** A sentence for the learner: what is wrong, that nothing was lost, what to do. */
    static QString sentence(Kind kind, const QString &path);
    /**
     * @p message as it is, or the disk's problem under @p path said first when there is one
     * (ofFolder), @p message then following as the detail.
     */
    static QString explain(const QString &message, const QString &path);
};
