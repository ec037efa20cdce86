#pragma once

#include "coalescingthread.h"

#include <QString>

#include <cstdint>

/**
 * Makes each commit of the collection durable off the thread that made it. SQLite commits into
 * its write-ahead log without waiting for the disk (synchronous = NORMAL), and asks for a flush
 * (request(), from SQLite's WAL hook); this thread then flushes the log file while the learner
 * already sees the next card. A killed process loses nothing, since the log is in the system's
 * cache; a power cut can lose only a commit whose flush had not finished, about a millisecond.
 *
 * Requests that come while a flush runs are served by one more flush, not one each.
 */
class LogFlusher
{
public:
    explicit LogFlusher(QString logPath);
    /** Waits for the flush every request so far asked for, then stops the thread. */
    ~LogFlusher();
    LogFlusher(const LogFlusher &) = delete;
    LogFlusher &operator=(const LogFlusher &) = delete;

    /** Asks for a flush of everything written so far; returns at once. */
    void request() { m_thread.request(); }
    /** Waits until every request so far is flushed; false if a flush failed. */
    bool wait() { return m_thread.wait(); }
    /** How many flushes have run, for tests. */
    std::uint64_t flushCount() const { return m_thread.runCount(); }

private:
    bool flush();

    const QString m_logPath;
    int m_file = -1; ///< the log, opened by the thread on its first flush
    CoalescingThread m_thread;
};
