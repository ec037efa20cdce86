#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

/** The SQLite handle behind a Qt connection (Qt's driver uses the system SQLite); null if none. */
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/**
 * Runs every statement of the SQL script in the resource or file @p path on @p db, in the
 * caller's transaction: the schema's migration steps, kept readable as .sql files
 * (resources/schema/). False, with SQLite's message in @p error, at the first failure.
 */
bool runSqlScript(const QSqlDatabase &db, const QString &path, QString *error);
