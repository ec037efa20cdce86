#include "changerecorder.h"

#include "sqlscript.h"

#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

namespace {

// A row that is not as the changeset expects means something else changed it since.
// Undo refuses to overwrite a value changed since, with one exception: a row it would delete
// that is gone already. Deleting an entry's row cascades to its ports, tags and texts before
// the undo reaches their own deletes; they are gone, as the undo wants.
int abortOnConflict(void *, int conflict, sqlite3_changeset_iter *iter)
{
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    if (conflict == SQLITE_CHANGESET_NOTFOUND
        && sqlite3changeset_op(iter, &table, &columns, &op, &indirect) == SQLITE_OK && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

bool ChangeRecorder::start(const QSqlDatabase &db, const QStringList &tables, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = tr("The collection's connection is not SQLite.");
        return false;
    }
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
    int rc = sqlite3session_create(handle, "main", &m_session);
    for (const QString &table : tables) {
        if (rc == SQLITE_OK)
            rc = sqlite3session_attach(m_session, table.toUtf8().constData());
    }
    if (rc != SQLITE_OK) {
        *error = tr("Changes cannot be recorded for undo: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        if (m_session)
            sqlite3session_delete(m_session);
        m_session = nullptr;
        return false;
    }
    return true;
}

QByteArray ChangeRecorder::finish()
{
    if (!m_session)
        return {};
    int size = 0;
    void *bytes = nullptr;
    QByteArray changeset;
    if (sqlite3session_changeset(m_session, &size, &bytes) == SQLITE_OK && size > 0)
        changeset = QByteArray(static_cast<const char *>(bytes), size);
    sqlite3_free(bytes);
    sqlite3session_delete(m_session);
    m_session = nullptr;
    return changeset;
}

bool ChangeRecorder::revert(const QSqlDatabase &db, const QByteArray &changeset, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = tr("The collection's connection is not SQLite.");
        return false;
    }
    if (changeset.isEmpty())
        return true;
    int size = 0;
    void *inverse = nullptr;
    int rc = sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &inverse);
    if (rc == SQLITE_OK)
        rc = sqlite3changeset_apply(handle, size, inverse, nullptr, abortOnConflict, nullptr);
    sqlite3_free(inverse);
    if (rc == SQLITE_ABORT) {
        *error = tr("what it changed has changed again since.");
        return false;
    }
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}
