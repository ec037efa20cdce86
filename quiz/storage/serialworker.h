#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

/**
 * One thread that runs jobs in the order they were given, while the caller goes on: an import
 * writes one batch of rows with SQLite while it prepares the next. A job returns an error
 * message, or an empty string; after the first error the jobs still waiting are dropped.
 *
 * The thread is started once and kept, since starting one per batch costs more than a
 * small batch saves. A job that uses a database connection has it to itself only if the
 * caller touches the connection after wait() alone.
 */
class SerialWorker
{
public:
    using Job = std::function<QString()>;

    /** @p maxQueued jobs may wait; submit() blocks beyond that, so memory stays bounded. */
    explicit SerialWorker(int maxQueued = 2);
    /** Drops the jobs still waiting, waits for the one running, then stops the thread. */
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    void submit(Job job);
    /** Waits until every job given so far has run (or was dropped); the first error, or empty. */
    QString wait();

private:
    void run();

    const int m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    bool m_running = false; ///< a job is being run
    bool m_stopping = false;
    QString m_error;
    std::thread m_thread;
};
