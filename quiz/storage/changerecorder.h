#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3_session;

/**
 * Records what one operation changes in the collection, with SQLite's session extension, so
 * that the change can be taken back exactly: the recorded changeset, inverted and applied,
 * restores every row it touched. Only the tables named are recorded; counters that must never
 * go back (meta.revlog_sequence) stay out.
 */
class ChangeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)

public:
    ChangeRecorder() = default;
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    /** Starts recording changes to @p tables of @p db's main database. */
    bool start(const QSqlDatabase &db, const QStringList &tables, QString *error);
    /** Stops recording and returns the changeset: empty when nothing changed. */
    QByteArray finish();

    /**
     * Applies the inverse of @p changeset to @p db, inside the caller's transaction. Fails,
     * applying nothing it could not apply whole, if a row has changed since the changeset was
     * recorded; @p error then says so.
     */
    static bool revert(const QSqlDatabase &db, const QByteArray &changeset, QString *error);

private:
    sqlite3_session *m_session = nullptr;
};
