#include "sqlscript.h"

#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool runSqlScript(const QSqlDatabase &db, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QStringLiteral("%1: the connection is not SQLite").arg(path);
        return false;
    }
    // sqlite3_exec runs the statements one after another, triggers with their BEGIN…END too.
    char *message = nullptr;
    if (sqlite3_exec(handle, file.readAll().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(message ? message : "failed"));
        sqlite3_free(message);
        return false;
    }
    return true;
}
