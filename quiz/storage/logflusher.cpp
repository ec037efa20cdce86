#include "logflusher.h"

#include <fcntl.h>
#include <unistd.h>

LogFlusher::LogFlusher(QString logPath)
    : m_logPath(std::move(logPath))
{
}

LogFlusher::~LogFlusher()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_flushed == m_requested || !m_thread.joinable(); });
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_file >= 0)
        ::close(m_file);
}

void LogFlusher::request()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_requested;
        if (!m_thread.joinable())
            m_thread = std::thread(&LogFlusher::run, this);
    }
    m_changed.notify_all();
}

bool LogFlusher::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_flushed == m_requested; });
    const bool ok = !m_failed;
    m_failed = false;
    return ok;
}

std::uint64_t LogFlusher::flushCount() const
{
    std::lock_guard lock(m_mutex);
    return m_flushCount;
}

void LogFlusher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || m_flushed != m_requested; });
        if (m_flushed == m_requested)
            return; // stopping, with nothing left to flush
        const std::uint64_t covered = m_requested; // all written before this flush starts
        lock.unlock();
        const bool ok = flush();
        lock.lock();
        m_flushed = covered;
        ++m_flushCount;
        m_failed = m_failed || !ok;
        m_changed.notify_all();
    }
}

bool LogFlusher::flush()
{
    // Its own descriptor: the log carries no locks (SQLite locks the -shm file and the
    // database), so holding and closing it cannot drop one of SQLite's.
    if (m_file < 0)
        m_file = ::open(m_logPath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    return m_file >= 0 && ::fdatasync(m_file) == 0;
}
