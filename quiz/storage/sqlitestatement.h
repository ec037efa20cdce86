#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One statement prepared once on SQLite's own interface and run many times: the storage
 * layer's bulk paths (imports) write 100,000 rows in well under a second this way, where a
 * QSqlQuery costs several times more per row. Values are bound, never spliced into SQL.
 */
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    /** The last step failed (not merely ran out of rows). */
    bool failed() const { return m_failed || !m_statement; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    /** UTF-8 text, not copied: @p utf8 must stay unchanged until the statement has run. */
    void bindUtf8(int index, const QByteArray &utf8);
    void bindNull(int index);

    /** One step: true for a row (read it with the column functions), false when done or failed. */
    bool next();
    /** Runs the statement to its end and resets it for the next values; false on an error. */
    bool run();
    /** Ready for new values; bindings are cleared. */
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /** The column's UTF-8 bytes, not copied: valid until the next step or reset. */
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;
    /** The rowid the connection's last INSERT gave. */
    qint64 lastInsertId() const;
    /** Rows the connection's last INSERT, UPDATE or DELETE changed. */
    int changes() const;

    /** SQLite's message for the last failure. */
    QString errorString() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};
