#include "checkpointer.h"

#include <QFile>

#include <sqlite3.h>

Checkpointer::Checkpointer(const QString &filePath)
    : m_thread([this] { return checkpoint(); })
{
    const bool opened = sqlite3_open_v2(QFile::encodeName(filePath).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    if (opened) {
        // The collection's own connection checkpoints at close, after this one is gone.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        // A first read opens the log and its index now, beside the file just opened: SQLite
        // opens them by path, and a file put in the collection's place later has a log of its own.
        m_open = sqlite3_exec(m_db, "PRAGMA schema_version", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    if (!m_open)
        m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
}

Checkpointer::~Checkpointer()
{
    m_thread.stop(); // before the connection it uses goes
    sqlite3_close_v2(m_db);
}

bool Checkpointer::checkpoint()
{
    // PASSIVE copies what no reader holds back and waits for no lock. BUSY: another connection
    // is checkpointing at this moment, which does the same work.
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return rc == SQLITE_OK || rc == SQLITE_BUSY;
}
