#pragma once

#include "coalescingthread.h"

#include <QString>

struct sqlite3;

/**
 * Folds the collection's write-ahead log back into its file off the GUI thread, with a
 * connection of its own (a PASSIVE checkpoint: it never waits for, nor holds back, the
 * collection's own connection). On a slow disk a checkpoint's two flushes took the window
 * away from the learner for over a second (tst_slowdisk).
 *
 * The connection is opened at once, its log too, so it is the file the collection opened even
 * if the folder is moved or another file takes its path later (tst_faults folderGoesWhileOpen).
 */
class Checkpointer
{
public:
    explicit Checkpointer(const QString &filePath);
    /** Waits for a checkpoint that was asked for, then closes its connection. */
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    /** Whether its connection opened the file and its log; if not, errorString() says why. */
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    /** Asks for a checkpoint of everything committed so far; returns at once. */
    void request() { m_thread.request(); }
    /** Waits until every checkpoint asked for has run; false if one failed. */
    bool wait() { return m_thread.wait(); }

private:
    bool checkpoint();

    sqlite3 *m_db = nullptr;
    bool m_open = false;
    QString m_error;
    CoalescingThread m_thread;
};
